"""The Qt binding itself: faults of a PySide6 release that would crash the shop's program."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def _none_references() -> int:
    gc.collect()
    return sys.getrefcount(None)


def test_filling_a_choice_list_keeps_python_whole(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released a reference to None on every addItem and setItemData: the settings
    # dialog alone (its time zones) took about a thousand, and a day of opening dialogs brings
    # None's count to zero, where Python aborts ("Fatal Python error: none_dealloc"). The version
    # is excluded in pyproject.toml; this catches it coming back.
    box = QComboBox()
    qtbot.addWidget(box)
    before = _none_references()
    for i in range(500):
        box.addItem(f"item {i}", f"data {i}")
        box.setItemData(i, f"tip {i}", Qt.ItemDataRole.ToolTipRole)
    lost = before - _none_references()
    assert lost < 50, f"{lost} references to None lost in 1,000 calls"

"""Shared widgets: digits typed in any script."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ui.widgets import DateEdit

from .conftest import type_text


def typed_date(qtbot: QtBot, keys: str, *, western_keyboard: bool = False) -> QDate:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2000, 1, 1))
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(DateEdit.Section.YearSection)
    if western_keyboard:
        qtbot.keyClicks(edit, keys)
    else:
        type_text(edit, keys)
    return edit.date()


def test_arabic_indic_and_persian_digits_type_a_date_as_western_digits_do(qtbot: QtBot) -> None:
    western = typed_date(qtbot, "1985", western_keyboard=True)
    assert western.year() == 1985
    assert typed_date(qtbot, "١٩٨٥") == western
    assert typed_date(qtbot, "۱۹۸۵") == western


def test_the_date_reads_day_month_year_left_to_right() -> None:
    edit = DateEdit()
    edit.setDate(QDate(1985, 3, 14))
    assert edit.text() == "14/03/1985"
    assert not edit.isRightToLeft()

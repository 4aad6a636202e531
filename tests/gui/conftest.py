"""Fixtures for the GUI tests: real widgets on a real database, in English or Arabic."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database

from ui import style
from ui.context import AppContext
from ui.language import install_translators
from ui.main_window import MainWindow
from ui.preferences import Preferences


@pytest.fixture(autouse=True, scope="session")
def program_look(qapp: QApplication) -> None:
    """The widgets are tested with the program's own style, fonts and sizes, as users see them."""
    style.apply(qapp)


@pytest.fixture(autouse=True)
def preferences_folder(tmp_path: Path) -> Path:
    """Each test keeps its preferences (language, window layout) in its own folder."""
    folder = tmp_path / "preferences"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the application's language (as main.py does at start); back to English afterwards."""

    def use(code: str) -> None:
        install_translators(qapp, code)

    yield use
    install_translators(qapp, "en")
    # Back to "as the translation says" (left to right for English): a direction set explicitly
    # here would keep the next test's Arabic translation from turning the layout right to left.
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


@pytest.fixture
def open_window(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> Callable[..., MainWindow]:
    def make(lang: str = "en") -> MainWindow:
        language(lang)
        window = MainWindow(AppContext(db=db, preferences=Preferences(), language=lang))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.rules_applied, timeout=10_000):  # the rules run once, off the GUI thread
            window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def sample_book(db: Database) -> dict[str, int]:
    """A few customers as a shop would have them."""
    ids = {}
    ids["ahmed"] = add_customer(
        db,
        CustomerDraft("أحمد بن سعيد", phones=("055 123 4567",), email="ahmed@example.com", tags=("VIP",), area="العليا"),
    )
    ids["fatima"] = add_customer(db, CustomerDraft("فاطمة الزهراء", phones=("0561112222",), notes="تحب الورد الأبيض"))
    ids["john"] = add_customer(db, CustomerDraft("John Smith", phones=("+44 20 7946 0958",), email="john@example.co.uk"))
    return ids


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Arabic letters and digits included (QTest.keyClicks is ASCII only)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)

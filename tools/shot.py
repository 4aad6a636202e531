"""What every picture of tools/screenshots.py starts from: a main window of one language, size and
book (a Shot), and the few things its screens do to it (let it settle, type, find a customer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from retention_desktop.db import Database

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets import SearchBox

Screen = Callable[["Shot"], QWidget | None]


@dataclass
class Shot:
    """One window of one language, size and book, from which the screens are opened."""

    window: MainWindow
    context: AppContext
    db: Database
    demo: bool


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def type_into(edit: QLineEdit, text: str) -> None:
    """Type `text` and pause, as the user would: a search box searches then (its timer, or Enter)."""
    edit.clear()
    edit.insert(text)
    if isinstance(edit, SearchBox):
        edit.timer.stop()
        edit.returnPressed.emit()


def first_customer(shot: Shot) -> int | None:
    from retention_desktop.search import BookQuery, find_customers

    rows = find_customers(shot.db, BookQuery(""), limit=1).rows
    return rows[0].id if rows else None


def settings(shot: Shot) -> QWidget:
    """File → Settings: a screen of its own, and where the data-safety and lost-customers pages open."""
    from ui.settings_dialog import SettingsDialog

    return SettingsDialog(shot.context, shot.window)

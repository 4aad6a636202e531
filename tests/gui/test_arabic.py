"""The program in Arabic: right to left, every text translated, numbers kept in reading order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from retention_desktop.db import Database

from ui.customer_model import Column
from ui.main_window import MainWindow

from .conftest import type_text


def test_arabic_lays_the_window_out_right_to_left(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window("ar")
    window.show_customers()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.windowTitle().startswith("الاحتفاظ بالعملاء")
    model = window.book.model
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "الاسم"
    assert window.findChild(QLineEdit, "customerSearch").placeholderText().startswith("ابحث")
    assert window.book.count.text() == "3 عملاء"
    # The rail of pages sits on the right edge, the search field just left of it, the card on the
    # left of the table.
    rail_left = window.rail.mapTo(window, window.rail.rect().topLeft()).x()
    assert rail_left > window.width() - 120
    search = window.book.search
    assert search.mapTo(window, search.rect().topRight()).x() > rail_left - 40
    assert window.book.card.mapTo(window, window.book.card.rect().topLeft()).x() < window.book.table.mapTo(window, window.book.table.rect().topLeft()).x()


def test_phone_numbers_keep_their_digit_order_in_arabic(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window("ar")
    model = window.book.model
    row = model.row_of(sample_book["john"])
    shown = model.data(model.index(row, Column.PHONE))
    # Isolated left to right, so the "+" stays before the country code in a right-to-left cell.
    assert shown == "\u2066+44 20 7946 0958\u2069"


def test_errors_are_in_arabic(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    window = open_window("ar")
    dialog = window.book.new_customer()
    assert dialog.windowTitle() == "عميل جديد"
    type_text(dialog.phones.edits[0], "١٢٣")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["full_name"].text() == "الاسم مطلوب."
    assert "ليس رقم هاتف صحيحًا" in dialog.errors["phones"].text()

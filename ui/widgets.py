"""Small widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from retention_desktop.text import ascii_digits


class DateEdit(QDateEdit):
    """A day/month/year field in Western digits, read left to right, that also takes Arabic-Indic
    and Persian digits from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        digit = ascii_digits(typed)
        if digit != typed and len(digit) == 1 and digit.isdigit():
            event = QKeyEvent(
                event.type(),
                Qt.Key.Key_0.value + int(digit),
                event.modifiers(),
                digit,
                event.isAutoRepeat(),
                event.count(),
            )
        super().keyPressEvent(event)

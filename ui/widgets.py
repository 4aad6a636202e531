"""Small widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

from retention_desktop.text import ascii_digits


class DateEdit(QDateEdit):
    """A day/month/year field in Western digits, read left to right, that also takes Arabic-Indic
    and Persian digits from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Left to right before the format: in a right-to-left window Qt reverses the sections of a
        # format set while the field is still right to left (24/11/2026 would show as 2026/11/24).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setDisplayFormat("dd/MM/yyyy")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(western_digit(event))


def western_digit(event: QKeyEvent) -> QKeyEvent:
    """The same key press with an Arabic-Indic or Persian digit turned into its Western digit."""
    typed = event.text()
    digit = ascii_digits(typed)
    if digit != typed and len(digit) == 1 and digit.isdigit():
        return QKeyEvent(
            event.type(),
            Qt.Key.Key_0.value + int(digit),
            event.modifiers(),
            digit,
            event.isAutoRepeat(),
            event.count(),
        )
    return event


class TimeEdit(QTimeEdit):
    """An hours:minutes field (24-hour clock) in Western digits, read left to right, that also takes
    Arabic-Indic and Persian digits from the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format, as for DateEdit
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setDisplayFormat("HH:mm")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(western_digit(event))

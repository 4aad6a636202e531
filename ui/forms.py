"""Small helpers for dialogs: a problem shown right under its field, and Qt/Python date conversions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import western_digit


ERROR_STYLE = "color: #b3261e;"  # the red of every problem shown under a field
MUTED = "color: #666;"  # the grey of hints and secondary lines


class NumberBox(QSpinBox):
    """A whole-number field in Western digits (as dates and amounts are shown) that also takes
    Arabic-Indic and Persian digits from the keyboard."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setRange(low, high)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(western_digit(event))


def error_label(name: str) -> QLabel:
    """A red, word-wrapped label for one field's problem, hidden until there is one."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(field: QWidget | QHBoxLayout, error: QLabel) -> QWidget:
    """A field with its error label right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(error)
    return box


def show_errors(labels: dict[str, QLabel], errors: dict[str, str]) -> None:
    """Show each message under its field and hide the others."""
    for name, label in labels.items():
        message = errors.get(name, "")
        label.setText(message)
        label.setVisible(bool(message))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def follow_window_direction(editor: QPlainTextEdit) -> None:
    """Lay every paragraph out in the window's direction, not the one its first letter suggests:
    an Arabic template that starts with "{dear}" must still read right to left."""
    option = editor.document().defaultTextOption()
    option.setTextDirection(editor.layoutDirection())
    right = editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
    editor.document().setDefaultTextOption(option)


def issue_cancel_buttons(
    dialog: QDialog, label: str, name: str, on_issue: Callable[[], object]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """Issue and Cancel for a dialog that issues a document. Issuing cannot be undone, so only a
    click issues: neither button is the default that Enter presses."""
    issue = QPushButton(label)
    issue.setObjectName(name)
    issue.clicked.connect(on_issue)
    cancel = QPushButton(QCoreApplication.translate("Forms", "Cancel"))
    cancel.setObjectName("cancelButton")
    cancel.clicked.connect(dialog.reject)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(issue)
    buttons.addWidget(cancel)
    return buttons, issue, cancel


class EmptyState(QWidget):
    """What a list shows instead of an empty table: a centred message (`text`) and the button that
    makes the first entry (`button`)."""

    def __init__(self, text_name: str, button_label: str, on_click: Callable[[], object], *, button_name: str = "") -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setObjectName(text_name)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.button = QPushButton(button_label)
        if button_name:
            self.button.setObjectName(button_name)
        self.button.clicked.connect(lambda: on_click())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's Save and Cancel buttons: Save (objectName "saveButton") calls `on_save`, which
    closes the dialog itself once the core has accepted the input; Cancel rejects it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("saveButton")
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save

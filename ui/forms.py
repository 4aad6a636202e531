"""Small helpers for dialogs: a problem shown right under its field, and Qt/Python date conversions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.kinds import CadenceUnit

from ui import style
from ui.buttons import name_buttons
from ui.formatting import in_direction
from ui.labels import unit_after_number
from ui.widgets import western_digit


# Older inline styles, for the screens not yet on style.py's roles ("problem", "muted").
ERROR_STYLE = "color: #b3261e;"
MUTED = "color: #666;"


class NumberBox(QSpinBox):
    """A whole-number field in Western digits (as dates and amounts are shown) that also takes
    Arabic-Indic and Persian digits from the keyboard."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setRange(low, high)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(western_digit(event))


class ProblemLabel(QLabel):
    """A red, word-wrapped message under a field. Its text keeps the UI's direction whatever it
    starts with: "«12345abc» ليس رقم هاتف صحيحًا." is an Arabic sentence, not a Latin one that
    begins with what was typed (see formatting.in_direction)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(in_direction(text, self.isRightToLeft()))


# Item data role of the words a CompactComboBox shows while closed.
SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class CompactComboBox(QComboBox):
    """A choice for a narrow table column. Closed, it shows each entry's short words when it has
    them ("15%" for "Standard rate (15%)"), and otherwise its text cut with an ellipsis, with the
    whole text as its tooltip; open, its list is as wide as its longest entry."""

    def add_choice(self, text: str, data: object, short: str | None = None) -> None:
        self.addItem(text, data)
        if short is not None:
            self.setItemData(self.count() - 1, short, SHORT_TEXT_ROLE)

    def shown_text(self) -> str:
        """What the closed box shows: the short words, or the whole text (drawn cut if too long)."""
        short = self.currentData(SHORT_TEXT_ROLE)
        return str(short) if short else self.currentText()

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        view = self.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        scroll = view.verticalScrollBar().sizeHint().width() if self.count() > self.maxVisibleItems() else 0
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0) + scroll + 2 * view.frameWidth() + 8))
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(self.shown_text(), Qt.TextElideMode.ElideRight, room.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.currentText():
            QToolTip.showText(event.globalPos(), self.currentText(), self)
            return True
        return super().event(event)


def period_units(number: QSpinBox, selected: CadenceUnit) -> QComboBox:
    """The days/weeks/months list that follows `number` ("every [12] [months]"), its names
    agreeing with the number as it changes (labels.unit_after_number); each item's data is its
    CadenceUnit."""
    units = QComboBox()
    for unit in (CadenceUnit.DAYS, CadenceUnit.WEEKS, CadenceUnit.MONTHS):
        units.addItem(unit_after_number(unit, number.value()), unit)
    units.setCurrentIndex(units.findData(selected))

    def agree(count: int) -> None:
        for index in range(units.count()):
            units.setItemText(index, unit_after_number(CadenceUnit(units.itemData(index)), count))

    number.valueChanged.connect(agree)
    return units


def suffix_agreeing(number: QSpinBox, suffix: Callable[[int], str]) -> None:
    """Keep `number`'s suffix (" days", " weeks before") in agreement with its value: `suffix`
    gives the plural form for a count."""
    number.setSuffix(suffix(number.value()))
    number.valueChanged.connect(lambda count: number.setSuffix(suffix(count)))


def wrapped_label(text: str = "", role: str = "", name: str = "") -> QLabel:
    """A label of plain text that wraps at the dialog's width, in a role of ui/style.py ("muted"
    for a hint)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        style.set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


def error_label(name: str) -> QLabel:
    """The label for one field's problem, hidden until there is one."""
    label = ProblemLabel()
    label.setObjectName(f"error_{name}")
    label.setTextFormat(Qt.TextFormat.PlainText)
    style.set_role(label, "problem")
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


class _GrowsToFit(QObject):
    """Keeps a dialog as tall as its wrapped text needs at its width (see grow_to_fit)."""

    _EVENTS = frozenset({QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Resize})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._EVENTS and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(watched.width())
                if watched.height() < needed:
                    watched.resize(watched.width(), needed)
        return False


def grow_to_fit(dialog: QWidget) -> None:
    """Let `dialog` grow when a wrapped label in it (a summary, a message under a field) needs more
    lines. Qt sizes a window by its layout's minimum, which leaves out text that wraps: without this
    a message that appears squeezes the fields above it (the payment's amount down to a few pixels,
    the message drawn over it)."""
    if dialog.findChild(_GrowsToFit) is None:
        keeper = _GrowsToFit(dialog)
        dialog.installEventFilter(keeper)


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
    click issues: neither button is the default that Enter presses. The dialog grows to fit its
    messages (grow_to_fit)."""
    issue = QPushButton(label)
    issue.setObjectName(name)
    issue.clicked.connect(on_issue)
    cancel = QPushButton(QCoreApplication.translate("Buttons", "Cancel"))
    cancel.setObjectName("cancelButton")
    cancel.clicked.connect(dialog.reject)
    grow_to_fit(dialog)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(issue)
    buttons.addWidget(cancel)
    return buttons, issue, cancel


class EmptyState(QWidget):
    """What a list shows instead of an empty table: a centred message (`text`) and the button that
    makes the first entry (`button`), with other ways to begin beside it (`add_button`)."""

    def __init__(self, text_name: str, button_label: str, on_click: Callable[[], object], *, button_name: str = "") -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setObjectName(text_name)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        self.button = self.add_button(button_label, on_click, button_name)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def add_button(self, label: str, on_click: Callable[[], object], name: str = "") -> QPushButton:
        """A button after the others, centred with them."""
        button = QPushButton(label)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda: on_click())
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's Save and Cancel buttons: Save (objectName "saveButton") calls `on_save`, which
    closes the dialog itself once the core has accepted the input; Cancel rejects it. A dialog
    with them is a form whose messages come and go: it grows to fit them (grow_to_fit)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName("saveButton")
    name_buttons(buttons)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    grow_to_fit(dialog)
    return buttons, save

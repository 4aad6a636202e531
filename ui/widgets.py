"""Small widgets shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QDateEdit, QLineEdit, QTimeEdit, QWidget

from retention_desktop.text import ascii_digits

from ui.context import AppContext
from ui.formatting import hint


def window_is_right_to_left() -> bool:
    """The program's direction, set once from the language at start."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def select_row(table: QAbstractItemView, row: int) -> QModelIndex:
    """Make `row` the list's current and only selected row; returns its first cell.

    Not QTableView.selectRow: it takes the cell under the view's leading edge, which right to left
    is one pixel past the last column, no cell at all, so that in Arabic nothing was selected (the
    first row of a list, the row kept after a refresh) and the buttons that act on it stayed off."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    return index


def align_to_window(edit: QLineEdit) -> QLineEdit:
    """Keep what is typed on the window's side of the field (the right in Arabic). Qt otherwise
    aligns a field's text by its first letter: digits typed into a search box in Arabic jump to
    the left edge."""
    side = Qt.AlignmentFlag.AlignRight if window_is_right_to_left() else Qt.AlignmentFlag.AlignLeft
    edit.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
    return edit


def left_to_right_field(edit: QLineEdit, example: str = "") -> QLineEdit:
    """A field for a phone, an amount, an email or a code: typed left to right whatever the
    window's direction, on the window's side of the field, with its example (the placeholder) read
    in the window's direction and its numbers left to right."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    align_to_window(edit)
    if example:
        edit.setPlaceholderText(hint(example, window_is_right_to_left()))
    return edit


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


class CustomerPicker(QLineEdit):
    """A field to choose a customer by typing part of a name or phone; `customer_id` is the choice.

    The completer is attached with setWidget, not setCompleter, so the chosen entry ("name —
    phone") is not written into the field as it is: the field shows the name alone.
    """

    chosen = Signal(int)
    CHOICES = 15
    DELAY_MS = 150

    def __init__(self, context: AppContext, *, exclude: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._exclude = exclude
        self.customer_id: int | None = None
        self._choices: dict[str, int] = {}
        self.setPlaceholderText(self.tr("Type a name or phone to find the customer"))
        self.setClearButtonEnabled(True)
        align_to_window(self)
        self._model = QStringListModel()
        self.choices = QCompleter(self._model, self)
        self.choices.setFilterMode(Qt.MatchFlag.MatchContains)
        self.choices.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.choices.setWidget(self)
        self.choices.activated.connect(self.choose)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.find_customers)
        self.textEdited.connect(self._edited)

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        self.customer_id = customer_id
        self.setText(name if customer_id is not None else "")

    def _edited(self, text: str) -> None:
        self.customer_id = None
        if text.strip():
            self._timer.start()

    def find_customers(self) -> None:
        """Offer the customers in the book whose name, phone, email, tags or notes match."""
        self._timer.stop()
        db = self._context.db
        from retention_desktop.search import customer_rows, matching_ids

        ids = [i for i in matching_ids(db, self.text(), limit=self.CHOICES + 1) if i != self._exclude][: self.CHOICES]
        self._choices = {}
        for row in customer_rows(db, ids):
            label = row.full_name
            if row.phone:
                label = f"{label} — {self._context.format.phone(row.phone)}"
            self._choices[label] = row.id
        self._model.setStringList(list(self._choices))
        if self._choices and self.hasFocus():
            self.choices.complete()

    def choose(self, label: str) -> None:
        customer_id = self._choices.get(label)
        if customer_id is not None:
            self.customer_id = customer_id
            self.setText(label.split(" — ")[0])
            self.chosen.emit(customer_id)


SEARCH_DELAY_MS = 120  # typing pauses this long before a list searches again


class SearchBox(QLineEdit):
    """A search field that calls `search` once typing pauses (`timer`), or at once on Enter."""

    def __init__(self, owner: QWidget, name: str, placeholder: str, search: Callable[[], None]) -> None:
        super().__init__(owner)
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder)
        align_to_window(self)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(search)
        self.textChanged.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(search)


def page_action(
    owner: QWidget, name: str, text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey | None = None
) -> QAction:
    """An action of a page (a tab): its shortcut works while the page has the focus, and its tool
    tip says the shortcut."""
    action = QAction(text, owner)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action

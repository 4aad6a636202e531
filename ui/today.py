"""The Today screen: follow-ups overdue, due today and coming up this week, and open complaints."""

from __future__ import annotations

import enum
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.followups import (
    DueList,
    FollowUpError,
    FollowUpRow,
    cancel_follow_up,
    follow_ups_due,
    mark_done,
    snooze,
)
from retention_desktop.interactions import (
    ComplaintRow,
    InteractionError,
    count_open_complaints,
    open_complaints,
    resolve_complaint,
)
from retention_desktop.kinds import FollowUpKind, Outcome

from ui.context import AppContext
from ui.labels import follow_up_kind_label, outcome_label
from ui.buttons import name_buttons
from ui.forms import ERROR_STYLE, EmptyState, error_label, save_cancel_buttons, to_date, to_qdate, with_error
from ui.ops import run_action
from ui.widgets import DateEdit, page_action

if TYPE_CHECKING:  # imported when the owner first schedules from here
    from ui.schedule_dialog import ScheduleFollowUpDialog

WARNING_TEXT = QColor("#b3261e")
WARNING_TINT = QColor("#fdecea")
NEXT_WEEK_DAYS = 7
# Each section shows its first rows; a shop with thousands due can ask for them all.
SECTION_LIMIT = 50
QUICK_OUTCOMES = (Outcome.REACHED, Outcome.NO_ANSWER, Outcome.NOT_INTERESTED)
# Asked for every row whenever the view lays the list out: computed once, not per call.
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Section(enum.IntEnum):
    OVERDUE = 0
    TODAY = 1
    UPCOMING = 2
    COMPLAINTS = 3


class Column(enum.IntEnum):
    CUSTOMER = 0
    KIND = 1
    REASON = 2
    DUE = 3
    PHONE = 4


_COLUMNS = len(Column)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
    }
)


@dataclass(frozen=True)
class Complaint:
    """An open complaint as the Today list shows it, with the customer's phone."""

    row: ComplaintRow
    phone: str


Item = FollowUpRow | Complaint


def message_dialog_available() -> bool:
    """Whether the message dialog (templates, WhatsApp, copy) is part of this build."""
    try:
        return importlib.util.find_spec("ui.message_dialog") is not None
    except (ImportError, ValueError):
        return False


class TodayModel(QAbstractItemModel):
    """Sections (overdue, today, next days, open complaints) with their rows below them.

    Holds the rows the core returned; `data()` formats only what the view asks for.
    A section's index has internal id 0; a row's index has its section's number + 1.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.day = date.min
        self._sections: list[tuple[Section, list[Item]]] = []
        self._totals: dict[Section, int] = {}
        # Each cell's text, formatted once per refresh: the view asks again on every paint.
        self._texts: dict[tuple[int, int, int], str] = {}

    # -- filling -----------------------------------------------------------------------------------
    def set_lists(self, due: DueList, complaints: list[Complaint], complaints_total: int | None = None) -> None:
        self.beginResetModel()
        self.day = due.day
        self._sections = []
        self._texts = {}
        self._totals = {
            Section.OVERDUE: due.overdue_total,
            Section.TODAY: due.today_total,
            Section.UPCOMING: due.upcoming_total,
            Section.COMPLAINTS: len(complaints) if complaints_total is None else complaints_total,
        }
        if due.overdue:
            self._sections.append((Section.OVERDUE, list(due.overdue)))
        self._sections.append((Section.TODAY, list(due.today)))
        self._sections.append((Section.UPCOMING, list(due.upcoming)))
        if complaints:
            self._sections.append((Section.COMPLAINTS, list(complaints)))
        self.endResetModel()

    def items_shown(self) -> int:
        return sum(len(rows) for _section, rows in self._sections)

    def hidden_rows(self) -> int:
        """How many rows the sections leave out (they show their first SECTION_LIMIT)."""
        return sum(self._totals.get(section, 0) - len(rows) for section, rows in self._sections)

    def is_empty(self) -> bool:
        return not any(rows for _section, rows in self._sections)

    def section_index(self, section: Section) -> QModelIndex:
        for number, (s, _rows) in enumerate(self._sections):
            if s is section:
                return self.index(number, 0)
        return QModelIndex()

    def section_of(self, index: QModelIndex) -> Section | None:
        if not index.isValid():
            return None
        number = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._sections[number][0] if 0 <= number < len(self._sections) else None

    def item(self, index: QModelIndex | QPersistentModelIndex) -> Item | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self._sections[index.internalId() - 1][1]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def find(self, item_type: type, item_id: int) -> QModelIndex:
        """The index of a follow-up (FollowUpRow) or complaint (Complaint) by its id, if listed."""
        for number, (_section, rows) in enumerate(self._sections):
            for row_number, row in enumerate(rows):
                if isinstance(row, item_type) and item_key(row)[1] == item_id:
                    return self.createIndex(row_number, 0, number + 1)
        return QModelIndex()

    # -- Qt's item model -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # Called for every row when the view lays the list out: plain checks, no hasIndex().
        if row < 0 or not 0 <= column < _COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._sections) else QModelIndex()
        number = parent.row()
        if parent.internalId() != 0 or number >= len(self._sections) or row >= len(self._sections[number][1]):
            return QModelIndex()
        return self.createIndex(row, column, number + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._sections):
            return len(self._sections[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return _COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _SECTION_FLAGS if index.internalId() == 0 else _ROW_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.CUSTOMER: self.tr("Customer"),
            Column.KIND: self.tr("Kind"),
            Column.REASON: self.tr("Reason"),
            Column.DUE: self.tr("Due"),
            Column.PHONE: self.tr("Phone"),
        }[Column(section)]

    def section_title(self, section: Section, count: int) -> str:
        total = self._totals.get(section, count)
        title = {
            Section.OVERDUE: self.tr("Overdue"),
            Section.TODAY: self.tr("Today"),
            Section.UPCOMING: self.tr("Next 7 days"),
            Section.COMPLAINTS: self.tr("Open complaints"),
        }[section]
        fmt = self._context.format
        if total > count:
            return self.tr("{section} (first {listed} of {total})").format(
                section=title, listed=fmt.number(count), total=fmt.number(total)
            )
        return self.tr("{section} ({total})").format(section=title, total=fmt.number(count))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for many roles on every paint; answer the unused ones at once.
        if role not in _ROLES or not index.isValid():
            return None
        if index.internalId() == 0:
            section, rows = self._sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.section_title(section, len(rows))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if section is Section.OVERDUE:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return WARNING_TEXT
                if role == Qt.ItemDataRole.BackgroundRole:
                    return WARNING_TINT
            return None
        item = self.item(index)
        if item is None:
            return None
        section = self._sections[index.internalId() - 1][0]
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.internalId(), index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(item, section, Column(index.column()))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            note = item.note if isinstance(item, FollowUpRow) else item.row.note
            return note or None
        if role == Qt.ItemDataRole.ForegroundRole and section is Section.OVERDUE:
            return WARNING_TEXT
        return None

    def _text(self, item: Item, section: Section, column: Column) -> str:
        fmt = self._context.format
        if isinstance(item, Complaint):
            complaint = item.row
            return {
                Column.CUSTOMER: complaint.customer_name,
                Column.KIND: self.tr("Complaint"),
                Column.REASON: " ".join(complaint.note.split()),
                Column.DUE: self.tr("since {date}").format(date=fmt.date(complaint.occurred_at)),
                Column.PHONE: fmt.phone(item.phone),
            }[column]
        if column is Column.CUSTOMER:
            return item.customer_name
        if column is Column.KIND:
            return follow_up_kind_label(item.kind)
        if column is Column.REASON:
            return item.reason
        if column is Column.PHONE:
            return fmt.phone(item.phone)
        at = fmt.time(item.due_at) if item.due_at is not None else ""
        if section is Section.TODAY:
            return at or self.tr("Any time")
        if item.due_on == self.day + timedelta(days=1):
            day = self.tr("Tomorrow")
        elif section is Section.UPCOMING:
            day = fmt.date(item.due_on, "EEE d MMM")
        else:
            day = fmt.date(item.due_on)
        return f"{day} {at}" if at else day


def item_key(item: Item) -> tuple[str, int]:
    return ("complaint", item.row.id) if isinstance(item, Complaint) else ("follow_up", item.id)


class DoneDialog(QDialog):
    """Mark a follow-up done: what came of it, a note, and for "call back" the day to call again."""

    def __init__(self, context: AppContext, follow_up: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doneDialog")
        self.setWindowTitle(self.tr("Mark done"))
        self._context = context
        self.follow_up = follow_up
        self.interaction_id: int | None = None

        about = QLabel(
            context.format.paragraph(
                self.tr("{kind} with {name}").format(kind=follow_up_kind_label(follow_up.kind), name=follow_up.customer_name)
                + (f"\n{follow_up.reason}" if follow_up.reason else "")
            )
        )
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)

        self.outcomes = QButtonGroup(self)
        outcome_box = QVBoxLayout()
        outcome_box.setSpacing(2)
        for number, outcome in enumerate(Outcome):
            button = QRadioButton(outcome_label(outcome))
            button.setObjectName(f"outcome_{outcome.value}")
            self.outcomes.addButton(button, number)
            outcome_box.addWidget(button)
        self.outcomes.button(0).setChecked(True)

        self.call_back = QCheckBox(self.tr("Put a new follow-up on the list for"))
        self.call_back.setObjectName("callBack")
        self.call_back.setChecked(True)
        self.call_back_on = DateEdit()
        self.call_back_on.setObjectName("callBackOn")
        self.call_back_on.setCalendarPopup(True)
        self.call_back_on.setDate(to_qdate(shop_today(context.db) + timedelta(days=1)))
        self.call_back.toggled.connect(self.call_back_on.setEnabled)
        call_back_row = QHBoxLayout()
        call_back_row.addWidget(self.call_back)
        call_back_row.addWidget(self.call_back_on, 1)
        self.call_back_box = with_error(call_back_row, error_label("callBackOn"))
        self.call_back_error = self.call_back_box.findChild(QLabel, "error_callBackOn")
        self.call_back_box.hide()
        self.outcomes.idToggled.connect(lambda _id, _on: self.call_back_box.setVisible(self.outcome() is Outcome.CALL_BACK))

        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.note.setFixedHeight(80)
        self.error = error_label("general")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Outcome"), outcome_box)
        form.addRow("", self.call_back_box)
        form.addRow(self.tr("Note"), self.note)

        buttons, self.save_button = save_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def outcome(self) -> Outcome:
        return list(Outcome)[max(self.outcomes.checkedId(), 0)]

    def choose(self, outcome: Outcome) -> None:
        self.outcomes.button(list(Outcome).index(outcome)).setChecked(True)

    def save(self) -> None:
        outcome = self.outcome()
        call_back_on = None
        if outcome is Outcome.CALL_BACK and self.call_back.isChecked():
            call_back_on = to_date(self.call_back_on.date())
        db, follow_up_id, note = self._context.db, self.follow_up.id, self.note.toPlainText()
        run_action(
            self,
            self.windowTitle(),
            lambda: mark_done(db, follow_up_id, outcome=outcome, note=note, call_back_on=call_back_on),
            self._saved,
            handles=(FollowUpError,),
            on_refused=self._refused,
        )

    def _saved(self, interaction_id: int) -> None:
        self.interaction_id = interaction_id
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: FollowUpError) -> None:
        shown = self.call_back_error if error.field == "call_back_on" and self.call_back_error else self.error
        for label in (self.error, self.call_back_error):
            if label is not None:
                label.setVisible(label is shown)
        shown.setText(str(error))


class SnoozeDialog(QDialog):
    """Move a follow-up to a day chosen on the calendar."""

    def __init__(self, context: AppContext, follow_up: FollowUpRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        self._context = context
        self.follow_up = follow_up
        self.until = DateEdit()
        self.until.setObjectName("snoozeUntil")
        self.until.setCalendarPopup(True)
        self.until.setDate(to_qdate(shop_today(context.db) + timedelta(days=2)))
        self.error = error_label("until")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("Snooze"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Snooze until"), with_error(self.until, self.error))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        db, follow_up_id, until = self._context.db, self.follow_up.id, to_date(self.until.date())
        run_action(
            self,
            self.windowTitle(),
            lambda: snooze(db, follow_up_id, until=until),
            lambda _none: self._saved(),
            handles=(FollowUpError,),
            on_refused=self._refused,
        )

    def _saved(self) -> None:
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: FollowUpError) -> None:
        self.error.setText(str(error))
        self.error.show()


class TodayPage(QWidget):
    """Whom to call, visit or message: the screen that opens first. `open_customer` asks the main
    window to show a customer in the book."""

    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context
        self._stale = True
        self._collapsed: set[Section] = set()
        self._can_send = message_dialog_available()

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("todayMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self._build_actions()
        bar = QHBoxLayout()
        self.done_button = QToolButton()
        self.done_button.setObjectName("doneButton")
        self.done_button.setDefaultAction(self.action_done)
        self.done_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        done_menu = QMenu(self.done_button)
        for action in self.quick_done_actions:
            done_menu.addAction(action)
        self.done_button.setMenu(done_menu)
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.tr("Snooze"), self.snooze_button)
        for action in (self.action_snooze_tomorrow, self.action_snooze_next_week, self.action_snooze_date):
            self.snooze_menu.addAction(action)
        self.snooze_button.setMenu(self.snooze_menu)
        self.buttons: dict[str, QToolButton] = {}
        for name, action in (
            ("sendMessageButton", self.action_send),
            ("cancelFollowUpButton", self.action_cancel),
            ("resolveComplaintButton", self.action_resolve),
            ("openCustomerButton", self.action_open),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            self.buttons[name] = button
        self.schedule_button = QPushButton(self.tr("Schedule follow-up…"))
        self.schedule_button.setObjectName("scheduleButton")
        self.schedule_button.clicked.connect(lambda: self.schedule())
        for widget in (self.done_button, self.snooze_button, *self.buttons.values()):
            widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.schedule_button)

        self.model = TodayModel(context)
        self.tree = QTreeView()
        self.tree.setObjectName("followUpList")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # the view never measures rows it does not show
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.collapsed.connect(lambda index: self._remember_expanded(index, False))
        self.tree.expanded.connect(lambda index: self._remember_expanded(index, True))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.CUSTOMER, 230), (Column.KIND, 90), (Column.REASON, 300), (Column.DUE, 230), (Column.PHONE, 160)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().currentChanged.connect(lambda _c, _p: self._update_actions())
        self.tree.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_actions())

        self.empty = EmptyState(
            "emptyTodayText", self.tr("Schedule a follow-up"), self.schedule, button_name="emptyScheduleButton"
        )
        self.empty.setObjectName("todayEmpty")
        self.empty_text, self.empty_schedule = self.empty.text, self.empty.button
        self.empty_text.setText(
            self.tr("Nothing due today.\nSchedule a call, a visit or a message, and it will be waiting for you here.")
        )

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.show_all = QPushButton()
        self.show_all.setObjectName("showAllFollowUps")
        self.show_all.clicked.connect(self._show_everything)
        self._limit: int | None = SECTION_LIMIT

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeading)

        context.changed.connect(self._changed)
        self.refresh()

    def _build_actions(self) -> None:
        def action(name: str, text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            return page_action(self, name, text, slot, shortcut)

        self.action_done = action("actionDone", self.tr("Done…"), self.mark_done, "Ctrl+D")
        self.quick_done_actions = []
        for outcome in QUICK_OUTCOMES:
            quick = QAction(self.tr("Done: {outcome}").format(outcome=outcome_label(outcome)), self)
            quick.setObjectName(f"actionDone_{outcome.value}")
            quick.triggered.connect(lambda _checked=False, o=outcome: self.mark_done_with(o))
            self.quick_done_actions.append(quick)
        self.action_snooze_tomorrow = action("actionSnoozeTomorrow", self.tr("Snooze to tomorrow"), self.snooze_to_tomorrow, "Ctrl+L")
        self.action_snooze_next_week = action("actionSnoozeNextWeek", self.tr("Snooze to next week"), self.snooze_to_next_week)
        self.action_snooze_date = action("actionSnoozeDate", self.tr("Snooze to a date…"), self.choose_snooze_date)
        self.action_cancel = action("actionCancelFollowUp", self.tr("Cancel follow-up"), self.cancel_selected, QKeySequence.StandardKey.Delete)
        self.action_open = action("actionOpenCustomer", self.tr("Open customer"), self.open_selected_customer, "Ctrl+O")
        self.action_send = action("actionSendMessage", self.tr("Send message…"), self.send_message, "Ctrl+M")
        self.action_resolve = action("actionResolveComplaint", self.tr("Mark resolved"), self.resolve_selected, "Ctrl+R")

    # -- what is shown -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def rows_shown(self) -> int:
        """How many follow-ups and complaints the lists show (for the start-up report of bench/)."""
        return self.model.items_shown()

    def refresh(self) -> None:
        """Read the lists for the shop's today and show them, keeping the selected row if it is still there."""
        self._stale = False
        keep = self.current_item()
        db = self._context.db
        today = shop_today(db)
        due = follow_ups_due(db, on=today, limit=self._limit)
        complaints = open_complaints(db, limit=self._limit)
        complaints_total = count_open_complaints(db) if self._limit is not None and len(complaints) >= self._limit else len(complaints)
        self.model.set_lists(due, [Complaint(c, c.phone) for c in complaints], complaints_total)
        self.heading.setText(
            self._context.format.paragraph(self.tr("Today, {date}").format(date=self._context.format.date(today, "full")))
        )
        self.tree.blockSignals(True)  # expandAll() says "expanded" for every row; the user did not
        self.tree.expandAll()  # one layout pass over the rows
        for number in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(number, QModelIndex(), True)
            if self.model.section_of(self.model.index(number, 0)) in self._collapsed:
                self.tree.collapse(self.model.index(number, 0))
        self.tree.blockSignals(False)
        self.stack.setCurrentWidget(self.empty if self.model.is_empty() else self.tree)
        hidden = self.model.hidden_rows()
        self.show_all.setVisible(hidden > 0)
        if hidden:
            self.show_all.setText(self.tr("Show the other %n follow-ups", "", hidden).replace(str(hidden), self._context.format.number(hidden)))
        index = self.model.find(type(keep), item_key(keep)[1]) if keep is not None else QModelIndex()
        if not index.isValid():
            index = self._first_row()
        self.select(index)

    def _show_everything(self) -> None:
        self._limit = None
        self.refresh()

    def _first_row(self) -> QModelIndex:
        for number in range(self.model.rowCount()):
            section = self.model.index(number, 0)
            if self.model.rowCount(section):
                return self.model.index(0, 0, section)
        return QModelIndex()

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()
        self._update_actions()

    def select_follow_up(self, follow_up_id: int) -> bool:
        index = self.model.find(FollowUpRow, follow_up_id)
        self.select(index)
        return index.isValid()

    def _remember_expanded(self, index: QModelIndex, expanded: bool) -> None:
        section = self.model.section_of(index)
        if section is not None and index.internalId() == 0:
            (self._collapsed.discard if expanded else self._collapsed.add)(section)

    def current_item(self) -> Item | None:
        selected = self.tree.selectionModel().selectedRows()
        return self.model.item(selected[0]) if selected else None

    def current_follow_up(self) -> FollowUpRow | None:
        item = self.current_item()
        return item if isinstance(item, FollowUpRow) else None

    def current_complaint(self) -> Complaint | None:
        item = self.current_item()
        return item if isinstance(item, Complaint) else None

    def _update_actions(self) -> None:
        follow_up = self.current_follow_up()
        complaint = self.current_complaint()
        for act in (self.action_done, *self.quick_done_actions, self.action_snooze_tomorrow, self.action_snooze_next_week, self.action_snooze_date, self.action_cancel):
            act.setEnabled(follow_up is not None)
        self.snooze_button.setEnabled(follow_up is not None)
        self.action_open.setEnabled(follow_up is not None or complaint is not None)
        self.action_resolve.setEnabled(complaint is not None)
        self.buttons["resolveComplaintButton"].setVisible(complaint is not None)
        is_message = follow_up is not None and follow_up.kind is FollowUpKind.MESSAGE
        self.action_send.setEnabled(self._can_send and is_message)
        self.buttons["sendMessageButton"].setVisible(self._can_send and is_message)
        listed = not self.model.is_empty()
        for widget in (self.done_button, self.snooze_button, self.buttons["cancelFollowUpButton"]):
            widget.setVisible(listed and complaint is None)
        self.buttons["openCustomerButton"].setVisible(listed)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(self._context.format.paragraph(text))
        self.message.setVisible(bool(text))

    def _context_menu(self, position: QPoint) -> QMenu:
        index = self.tree.indexAt(position)
        if index.isValid() and self.model.item(index) is not None:
            self.select(self.model.index(index.row(), 0, index.parent()))
        menu = QMenu(self)
        if self.current_complaint() is not None:
            menu.addAction(self.action_resolve)
            menu.addAction(self.action_open)
        elif self.current_follow_up() is not None:
            menu.addAction(self.action_done)
            for quick in self.quick_done_actions:
                menu.addAction(quick)
            menu.addMenu(self.snooze_menu)
            if self.action_send.isEnabled():
                menu.addAction(self.action_send)
            menu.addAction(self.action_cancel)
            menu.addSeparator()
            menu.addAction(self.action_open)
        menu.addSeparator()
        menu.addAction(self.tr("Schedule follow-up…"), lambda: self.schedule())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))
        return menu

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if isinstance(item, FollowUpRow):
            self.mark_done()
        elif isinstance(item, Complaint):
            self.open_selected_customer()

    # -- actions: one core call each, then one "changed" ----------------------------------------------------
    def _done_action(self, message: str) -> None:
        self._context.changed.emit()
        self.show_message(message)

    def mark_done(self) -> DoneDialog | None:
        follow_up = self.current_follow_up()
        if follow_up is None:
            return None
        dialog = DoneDialog(self._context, follow_up, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_message(self.tr("Marked done.")))
        dialog.open()
        return dialog

    def _refused(self, error: FollowUpError | InteractionError) -> None:
        """The follow-up or complaint is closed or gone (another window, another PC): say so, and
        show the list as it is now."""
        self.show_message(str(error), error=True)
        self.refresh()

    def _snooze_refused(self, error: FollowUpError) -> None:
        self.show_message(str(error), error=True)

    def mark_done_with(self, outcome: Outcome) -> None:
        follow_up = self.current_follow_up()
        if follow_up is None:
            return
        db = self._context.db
        run_action(
            self,
            self.tr("Mark done"),
            lambda: mark_done(db, follow_up.id, outcome=outcome),
            lambda _id: self._done_action(self.tr("Marked done: {outcome}.").format(outcome=outcome_label(outcome))),
            handles=(FollowUpError,),
            on_refused=self._refused,
        )

    def snooze_to(self, until: date) -> None:
        follow_up = self.current_follow_up()
        if follow_up is None:
            return
        db = self._context.db
        run_action(
            self,
            self.tr("Snooze"),
            lambda: snooze(db, follow_up.id, until=until),
            lambda _none: self._done_action(self.tr("Snoozed until {date}.").format(date=self._context.format.date(until))),
            handles=(FollowUpError,),
            on_refused=self._snooze_refused,
        )

    def snooze_to_tomorrow(self) -> None:
        self.snooze_to(shop_today(self._context.db) + timedelta(days=1))

    def snooze_to_next_week(self) -> None:
        self.snooze_to(shop_today(self._context.db) + timedelta(days=NEXT_WEEK_DAYS))

    def choose_snooze_date(self) -> SnoozeDialog | None:
        follow_up = self.current_follow_up()
        if follow_up is None:
            return None
        dialog = SnoozeDialog(self._context, follow_up, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_message(self.tr("Snoozed.")))
        dialog.open()
        return dialog

    def cancel_selected(self) -> QMessageBox | None:
        """Ask first; the follow-up is cancelled only on Yes."""
        follow_up = self.current_follow_up()
        if follow_up is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel follow-up"),
            self.tr("Cancel the follow-up with {name}? It leaves the list and nothing is logged.").format(
                name=follow_up.customer_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmCancelFollowUp")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self.cancel_follow_up(follow_up.id) if button is yes else None)
        box.open()
        return box

    def cancel_follow_up(self, follow_up_id: int) -> None:
        db = self._context.db
        run_action(
            self,
            self.tr("Cancel follow-up"),
            lambda: cancel_follow_up(db, follow_up_id),
            lambda _none: self._done_action(self.tr("Follow-up cancelled.")),
            handles=(FollowUpError,),
            on_refused=self._refused,
        )

    def resolve_selected(self) -> None:
        complaint = self.current_complaint()
        if complaint is None:
            return
        db, interaction_id = self._context.db, complaint.row.id
        run_action(
            self,
            self.tr("Mark resolved"),
            lambda: resolve_complaint(db, interaction_id),
            lambda _none: self._done_action(self.tr("Complaint marked resolved.")),
            handles=(InteractionError,),
            on_refused=self._refused,
        )

    @staticmethod
    def customer_of(item: Item) -> int:
        return item.row.customer_id if isinstance(item, Complaint) else item.customer_id

    def open_selected_customer(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_customer.emit(self.customer_of(item))

    def schedule(self, customer_id: int | None = None) -> ScheduleFollowUpDialog:
        from ui.schedule_dialog import ScheduleFollowUpDialog

        dialog = ScheduleFollowUpDialog(self._context, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._scheduled(dialog.saved_id))
        dialog.open()
        return dialog

    def _scheduled(self, follow_up_id: int | None) -> None:
        if follow_up_id is not None and self.select_follow_up(follow_up_id):
            self.show_message(self.tr("Follow-up scheduled."))
        else:
            self.show_message(self.tr("Follow-up scheduled. It will show here a week before it is due."))

    def send_message(self) -> QDialog | None:
        follow_up = self.current_follow_up()
        if follow_up is None or not self._can_send:
            return None
        from ui.message_dialog import MessageDialog  # written alongside; present in full builds

        dialog: QDialog = MessageDialog(self._context, follow_up.customer_id, follow_up_id=follow_up.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

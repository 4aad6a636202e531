"""The Today screen, the owner's morning: open complaints, then follow-ups overdue, due today and
coming up this week, each with what to do about it at a click. The list's model (sections, headings,
what each row paints) is ui/today_model.py; the page here builds the screen and runs its actions."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.followups import (
    FollowUpError,
    FollowUpRow,
    cancel_follow_up,
    follow_ups_due,
    mark_done,
    snooze,
)
from retention_desktop.interactions import (
    InteractionError,
    count_open_complaints,
    open_complaints,
    resolve_complaint,
)
from retention_desktop.kinds import FollowUpKind, Outcome
from retention_desktop.text import isolate_auto

from ui import style
from ui.agenda_view import AgendaView, Button
from ui.context import AppContext
from ui.labels import outcome_label
from ui.forms import EmptyState
from ui.ops import run_action
from ui.today_model import SECTION_LIMIT, Complaint, Item, Section, TodayModel, customer_name, item_key
from ui.widgets import page_action

if TYPE_CHECKING:  # imported when the owner first schedules, marks done or snoozes from here
    from retention_desktop.db import Database
    from ui.follow_up_dialogs import DoneDialog, SnoozeDialog
    from ui.schedule_dialog import ScheduleFollowUpDialog

NEXT_WEEK_DAYS = 7
QUICK_OUTCOMES = (Outcome.REACHED, Outcome.NO_ANSWER, Outcome.NOT_INTERESTED)


def message_dialog_available() -> bool:
    """Whether the message dialog (templates, WhatsApp, copy) is part of this build."""
    try:
        return importlib.util.find_spec("ui.message_dialog") is not None
    except (ImportError, ValueError):
        return False


def _book_is_empty(db: Database) -> bool:
    """Whether the book holds no customer yet; asked only when nothing is due (the search's module
    is not part of the window's start otherwise)."""
    from retention_desktop.search import book_is_empty

    return book_is_empty(db)


class TodayPage(QWidget):
    """Whom to call, visit or message: the screen that opens first. `open_customer` asks the main
    window to show a customer in the book."""

    open_customer = Signal(int)
    # An empty book's ways to begin, which the main window carries out.
    new_customer_requested = Signal()
    import_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._context = context
        self._stale = True
        self._can_send = message_dialog_available()
        # Opens tel: links (a call from the PC's phone app); tests put a recorder here.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        self._build_actions()
        self.model = TodayModel(context, self._can_send)
        self.agenda = self._build_list()
        self._build_empty_state()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.agenda)
        self.stack.addWidget(self.empty)

        self.show_all = QPushButton()
        self.show_all.setObjectName("showAllFollowUps")
        style.set_role(self.show_all, "link")
        self.show_all.clicked.connect(self._show_everything)
        self._limit: int | None = SECTION_LIMIT

        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_M)
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(self._build_header())
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeading)

        context.changed.connect(self._changed)
        # Filled when first shown (showEvent, before the window's first paint), once it sits in the
        # window: filled here, its list was laid out again at each step of building the window (the
        # page placed in the tabs, the tabs beside the rail, both in the window), 1.3 ms each.

    # -- building ------------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        style.set_role(self.heading, "title")
        self.schedule_button = QPushButton(style.icon("calendar-plus", style.COLOURS.on_accent), self.tr("Schedule follow-up…"))
        self.schedule_button.setObjectName("scheduleButton")
        style.set_role(self.schedule_button, "primary")
        self.schedule_button.clicked.connect(lambda: self.schedule())
        self.message = QLabel()
        self.message.setObjectName("todayMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.schedule_button)
        return header

    def _build_list(self) -> AgendaView:
        agenda = AgendaView()
        agenda.setObjectName("followUpList")
        agenda.entry_of = self.model.entry
        agenda.heading_of = self.model.heading
        agenda.is_heading = self.model.is_heading
        agenda.setModel(self.model)
        agenda.set_buttons(self._row_buttons())
        agenda.set_when_width(self.model.when_samples())
        agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        agenda.customContextMenuRequested.connect(self._context_menu)
        agenda.activated.connect(self._activated)
        agenda.button_clicked.connect(self._row_button)
        agenda.heading_clicked.connect(self._heading_clicked)
        agenda.selectionModel().currentChanged.connect(lambda _c, _p: self._update_actions())
        agenda.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_actions())
        return agenda

    def _row_buttons(self) -> list[Button]:
        def tip(action: QAction) -> str:
            return action.toolTip() or action.text()

        return [
            Button("call", "phone", self.tr("Call"), tip(self.action_call)),
            Button("whatsapp", "brand-whatsapp", self.tr("WhatsApp"), tip(self.action_send)),
            Button("done", "check", self.tr("Done"), self.tr("Done: what came of it (Enter)"), primary=True),
            Button("snooze", "clock-pause", self.tr("Snooze"), tip(self.action_snooze_tomorrow)),
            Button("resolve", "check", self.tr("Resolve"), tip(self.action_resolve), primary=True),
            Button("more", "dots", "", self.tr("More: other outcomes, another day, cancel, open the customer")),
        ]

    def _build_empty_state(self) -> None:
        self.empty = EmptyState(
            "emptyTodayText", self.tr("Schedule a follow-up"), self.schedule, button_name="emptyScheduleButton"
        )
        self.empty.setObjectName("todayEmpty")
        self.empty_text, self.empty_schedule = self.empty.text, self.empty.button
        # A book without customers has nothing to schedule yet: it begins with its customers.
        self.empty_add = self.empty.add_button(self.tr("Add the first customer"), self.new_customer_requested.emit, "emptyTodayAdd")
        self.empty_import = self.empty.add_button(self.tr("Import customers…"), self.import_requested.emit, "emptyTodayImport")
        self.empty_add.hide()
        self.empty_import.hide()

    def _show_empty(self, *, book_empty: bool) -> None:
        """The empty screen's words and buttons: nothing due today, or no customers at all yet."""
        self.empty_schedule.setVisible(not book_empty)
        self.schedule_button.setVisible(not book_empty)
        self.empty_add.setVisible(book_empty)
        self.empty_import.setVisible(book_empty)
        if book_empty:
            self.empty_text.setText(
                self.tr(
                    "Your customer book is empty.\nAdd your customers, or import the list you keep, and each morning "
                    "this screen will list whom to call, visit or message."
                )
            )
        else:
            self.empty_text.setText(
                self.tr("Nothing due today.\nSchedule a call, a visit or a message, and it will be waiting for you here.")
            )

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
        self.snooze_menu = QMenu(self.tr("Snooze"), self)
        for snoozing in (self.action_snooze_tomorrow, self.action_snooze_next_week, self.action_snooze_date):
            self.snooze_menu.addAction(snoozing)
        self.action_cancel = action("actionCancelFollowUp", self.tr("Cancel follow-up"), self.cancel_selected, QKeySequence.StandardKey.Delete)
        self.action_open = action("actionOpenCustomer", self.tr("Open customer"), self.open_selected_customer, "Ctrl+O")
        self.action_call = action("actionCall", self.tr("Call"), self.call_selected, "Ctrl+Shift+C")
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
        empty = self.model.is_empty()
        self._show_empty(book_empty=empty and _book_is_empty(db))
        self.stack.setCurrentWidget(self.empty if empty else self.agenda)
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
            index = self.model.index(number, 0)
            if not self.model.is_heading(index):
                return index
        return QModelIndex()

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.agenda.setCurrentIndex(index)
            self.agenda.scrollTo(index)
        else:
            self.agenda.clearSelection()
        self._update_actions()

    def select_follow_up(self, follow_up_id: int) -> bool:
        index = self.model.find(FollowUpRow, follow_up_id)
        self.select(index)
        return index.isValid()

    def fold(self, section: Section, folded: bool) -> None:
        """Show a section's heading alone (it stays so after refreshes), or its items again."""
        keep = self.current_item()
        self.model.fold(section, folded)
        index = self.model.find(type(keep), item_key(keep)[1]) if keep is not None else QModelIndex()
        self.select(index)

    def _heading_clicked(self, index: QModelIndex) -> None:
        section = self.model.section_of(index)
        if section is not None:
            self.fold(section, not self.model.is_folded(section))

    def current_item(self) -> Item | None:
        selected = self.agenda.selectionModel().selectedIndexes()
        return self.model.item(selected[0]) if selected else None

    def current_follow_up(self) -> FollowUpRow | None:
        item = self.current_item()
        return item if isinstance(item, FollowUpRow) else None

    def current_complaint(self) -> Complaint | None:
        item = self.current_item()
        return item if isinstance(item, Complaint) else None

    def _update_actions(self) -> None:
        item = self.current_item()
        follow_up = item if isinstance(item, FollowUpRow) else None
        for act in (self.action_done, *self.quick_done_actions, self.action_snooze_tomorrow, self.action_snooze_next_week, self.action_snooze_date, self.action_cancel):
            act.setEnabled(follow_up is not None)
        self.action_open.setEnabled(item is not None)
        self.action_call.setEnabled(item is not None and bool(item.phone))
        self.action_send.setEnabled(self._can_send and item is not None and bool(item.phone))
        self.action_resolve.setEnabled(isinstance(item, Complaint))

    def show_message(self, text: str, *, error: bool = False) -> None:
        style.set_role(self.message, "problem" if error else "muted")
        self.message.setText(self._context.format.paragraph(text))
        self.message.setVisible(bool(text))

    def item_menu(self) -> QMenu:
        """Everything that can be done with the selected item (its row's "more" button and the
        right click show it)."""
        menu = QMenu(self)
        menu.setObjectName("todayItemMenu")
        if self.current_complaint() is not None:
            menu.addAction(self.action_resolve)
            menu.addAction(self.action_open)
        elif self.current_follow_up() is not None:
            menu.addAction(self.action_done)
            for quick in self.quick_done_actions:
                menu.addAction(quick)
            menu.addMenu(self.snooze_menu)
            menu.addAction(self.action_cancel)
            menu.addSeparator()
            menu.addAction(self.action_open)
        menu.addSeparator()
        menu.addAction(self.tr("Schedule follow-up…"), lambda: self.schedule())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _context_menu(self, position: QPoint) -> QMenu:
        index = self.agenda.indexAt(position)
        if index.isValid() and self.model.item(index) is not None:
            self.select(index)
        menu = self.item_menu()
        menu.popup(self.agenda.viewport().mapToGlobal(position))
        return menu

    def _row_button(self, name: str, where: QRect) -> None:
        """A click on a button of the selected row."""
        if name == "more":
            below = where.bottomRight() if self.isRightToLeft() else where.bottomLeft()
            self.item_menu().popup(self.agenda.viewport().mapToGlobal(below))
            return
        {
            "call": self.call_selected,
            "whatsapp": self.send_message,
            "done": self.mark_done,
            "snooze": self.snooze_to_tomorrow,
            "resolve": self.resolve_selected,
        }[name]()

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
        from ui.follow_up_dialogs import DoneDialog

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
        from ui.follow_up_dialogs import SnoozeDialog

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

    def call_selected(self) -> None:
        """Call the selected customer through the PC's phone app (a tel: link: Phone Link, Teams,
        a softphone); where there is none, the number is copied to dial it by hand."""
        item = self.current_item()
        if item is None or not item.phone:
            return
        fmt = self._context.format
        if self.open_url(QUrl(f"tel:{item.phone}")):
            self.show_message(
                self.tr("Calling {name} on {phone}. Press Enter afterwards to note how it went.").format(
                    name=isolate_auto(customer_name(item)), phone=fmt.phone(item.phone)
                )
            )
            return
        QGuiApplication.clipboard().setText(item.phone)
        self.show_message(
            self.tr("No program on this computer makes calls: {phone} is copied, to dial it by hand.").format(
                phone=fmt.phone(item.phone)
            )
        )

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
        """A message to the selected customer (WhatsApp or copied). Sending it closes a message
        follow-up; for a call, a visit or a complaint it is logged on its own and the item stays."""
        item = self.current_item()
        if item is None or not self._can_send:
            return None
        from ui.message_dialog import MessageDialog  # written alongside; present in full builds

        follow_up_id = item.id if isinstance(item, FollowUpRow) and item.kind is FollowUpKind.MESSAGE else None
        dialog: QDialog = MessageDialog(self._context, self.customer_of(item), follow_up_id=follow_up_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

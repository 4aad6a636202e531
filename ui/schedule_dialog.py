"""The dialog to put a call, visit or message on a customer's list for a day (and a time, if wanted)."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.search import customer_rows
from retention_desktop.followups import MAX_REASON, FollowUpError, schedule_follow_up
from retention_desktop.kinds import FollowUpKind

from ui.context import AppContext
from ui.forms import error_label, save_cancel_buttons, show_errors, to_date, to_qdate, with_error
from ui.labels import follow_up_kind_label
from ui.ops import run_action
from ui.widgets import CustomerPicker, DateEdit, TimeEdit



class ScheduleFollowUpDialog(QDialog):
    """Schedule a follow-up for a given customer, or for one picked by name or phone; `saved_id`
    holds the new follow-up's id after Save."""

    def __init__(self, context: AppContext, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleFollowUpDialog")
        self.setWindowTitle(self.tr("Schedule a follow-up"))
        self._context = context
        self.customer_id = customer_id
        self.saved_id: int | None = None

        self.customer_picker: CustomerPicker | None = None
        self.customer_name = QLabel()
        self.customer_name.setObjectName("customerName")
        self.customer_name.setTextFormat(Qt.TextFormat.PlainText)
        if customer_id is None:
            self.customer_picker = CustomerPicker(context)
            self.customer_picker.setObjectName("customerPicker")
            self.customer_picker.textEdited.connect(self._forget_customer)
            self.customer_picker.chosen.connect(self._customer_chosen)
        else:
            rows = customer_rows(context.db, [customer_id])
            self.customer_name.setText(context.format.paragraph(rows[0].full_name if rows else ""))  # beside its label

        today = shop_today(context.db)
        self.due_on = DateEdit()
        self.due_on.setObjectName("dueOn")
        self.due_on.setCalendarPopup(True)
        self.due_on.setDate(to_qdate(today + timedelta(days=1)))
        self.timed = QCheckBox(self.tr("At a time"))
        self.timed.setObjectName("timed")
        self.due_at = TimeEdit()
        self.due_at.setObjectName("dueAt")
        self.due_at.setTime(QTime(10, 0))
        self.due_at.setEnabled(False)
        self.timed.toggled.connect(self.due_at.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.due_on, 1)
        when.addWidget(self.timed)
        when.addWidget(self.due_at)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in FollowUpKind:
            self.kind.addItem(follow_up_kind_label(kind), kind)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. Ask how the new phone works for them"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(70)

        self.errors = {name: error_label(name) for name in ("customer", "due_on", "reason", "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        customer_field = self.customer_picker if self.customer_picker is not None else self.customer_name
        form.addRow(self.tr("Customer"), with_error(customer_field, self.errors["customer"]))
        form.addRow(self.tr("Due on"), with_error(when, self.errors["due_on"]))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        form.addRow(self.tr("Note"), self.note)

        buttons, self.save_button = save_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(480, 0)
        (self.customer_picker or self.reason).setFocus()

    # -- the customer picker ------------------------------------------------------------------------
    def _forget_customer(self, _text: str) -> None:
        self.customer_id = None

    def _customer_chosen(self, customer_id: int) -> None:
        self.customer_id = customer_id

    # -- saving ---------------------------------------------------------------------------------------
    def _show_error(self, field: str, message: str) -> None:
        show_errors(self.errors, {field: message})

    def save(self) -> None:
        if self.customer_id is None:
            self._show_error("customer", self.tr("Choose the customer from the list."))
            if self.customer_picker is not None:
                self.customer_picker.setFocus()
            return
        due_at = None
        if self.timed.isChecked():
            t = self.due_at.time()
            due_at = time(t.hour(), t.minute())
        db, customer_id = self._context.db, self.customer_id
        due_on, kind, reason, note = to_date(self.due_on.date()), self.kind.currentData(), self.reason.text(), self.note.toPlainText()
        run_action(
            self,
            self.windowTitle(),
            lambda: schedule_follow_up(db, customer_id, due_on=due_on, due_at=due_at, kind=kind, reason=reason, note=note),
            self._saved,
            handles=(FollowUpError,),
            on_refused=self._refused,
        )

    def _saved(self, follow_up_id: int) -> None:
        self.saved_id = follow_up_id
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: FollowUpError) -> None:
        field = error.field if error.field in self.errors else "general"
        self._show_error(field, str(error))
        {"due_on": self.due_on, "reason": self.reason}.get(field, self.save_button).setFocus()

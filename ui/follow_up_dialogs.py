"""The dialogs of a follow-up on the Today screen: mark it done (with what came of it) and snooze
it to a chosen day. Loaded when the owner first opens one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.followups import FollowUpError, FollowUpRow, mark_done, snooze
from retention_desktop.kinds import Outcome
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import error_label, save_cancel_buttons, to_date, to_qdate, with_error
from ui.labels import follow_up_kind_label, outcome_label
from ui.ops import run_action
from ui.widgets import DateEdit


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

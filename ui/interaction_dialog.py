"""The dialog to write down something that happened with a customer: a call, visit, message,
purchase, feedback with its satisfaction score, a complaint or a note."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_now, shop_zone
from retention_desktop.search import customer_rows
from retention_desktop.interactions import InteractionError, log_interaction
from retention_desktop.kinds import InteractionKind, Outcome

from ui.context import AppContext
from ui.forms import MUTED, error_label, save_cancel_buttons, show_errors, to_date, to_qdate, with_error
from ui.labels import interaction_kind_label, outcome_label
from ui.ops import run_action
from ui.widgets import DateEdit, TimeEdit

# Kinds that can come with an outcome (reached, no answer, ...).
WITH_OUTCOME = (InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MESSAGE)


class InteractionDialog(QDialog):
    """Log one interaction for a customer; `saved_id` holds its id after Save."""

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        kind: InteractionKind = InteractionKind.CALL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionDialog")
        self.setWindowTitle(self.tr("Log an interaction"))
        self._context = context
        self.customer_id = customer_id
        self.saved_id: int | None = None

        rows = customer_rows(context.db, [customer_id])
        self.customer_name = QLabel(context.format.paragraph(rows[0].full_name if rows else ""))
        self.customer_name.setObjectName("customerName")
        self.customer_name.setTextFormat(Qt.TextFormat.PlainText)

        self.kind = QComboBox()
        self.kind.setObjectName("interactionKind")
        for k in InteractionKind:
            self.kind.addItem(interaction_kind_label(k), k)
        self.kind.setCurrentIndex(self.kind.findData(kind))

        now = shop_now(context.db)
        self.day = DateEdit()
        self.day.setObjectName("interactionDate")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(to_qdate(now.date()))  # nothing is logged ahead of time
        self.day.setDate(to_qdate(now.date()))
        self.at = TimeEdit()
        self.at.setTime(QTime(now.hour, now.minute))
        self.at.setObjectName("interactionTime")
        self.at.setDisplayFormat("HH:mm")
        self.at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.at.setLocale(self.day.locale())  # Western digits, like the date beside it
        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.at)

        self.outcome = QComboBox()
        self.outcome.setObjectName("interactionOutcome")
        self.outcome.addItem(self.tr("Not recorded"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome)

        self.score_buttons = QButtonGroup(self)
        self.score_buttons.setExclusive(True)
        score_row = QHBoxLayout()
        score_row.setSpacing(2)
        for n in range(1, 6):
            button = QToolButton()
            button.setObjectName(f"score{n}")
            button.setText(f"{context.format.number(n)} ★")
            button.setCheckable(True)
            self.score_buttons.addButton(button, n)
            score_row.addWidget(button)
        score_hint = QLabel(self.tr("1 = very unhappy, 5 = very happy"))
        score_hint.setStyleSheet(MUTED)
        score_row.addWidget(score_hint, 1)

        self.note = QPlainTextEdit()
        self.note.setObjectName("interactionNote")
        self.note.setFixedHeight(90)

        self.errors = {name: error_label(name) for name in ("occurred_at", "score", "note", "general")}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Customer"), self.customer_name)
        self.form.addRow(self.tr("What happened"), self.kind)
        self.form.addRow(self.tr("When"), with_error(when, self.errors["occurred_at"]))
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self._score_field = with_error(score_row, self.errors["score"])
        self.form.addRow(self.tr("Satisfaction"), self._score_field)
        self.form.addRow(self.tr("Note"), with_error(self.note, self.errors["note"]))

        buttons, self.save_button = save_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(500, 0)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.note.setFocus()

    def current_kind(self) -> InteractionKind:
        return InteractionKind(self.kind.currentData())  # Qt hands enum values back as plain strings

    def current_outcome(self) -> Outcome | None:
        value = self.outcome.currentData()
        return Outcome(value) if value else None

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.form.setRowVisible(self.outcome, kind in WITH_OUTCOME)
        self.form.setRowVisible(self._score_field, kind is InteractionKind.FEEDBACK)
        self.note.setPlaceholderText(
            {
                InteractionKind.COMPLAINT: self.tr("What went wrong? (required)"),
                InteractionKind.FEEDBACK: self.tr("What did they say?"),
                InteractionKind.PURCHASE: self.tr("What did they buy?"),
            }.get(kind, self.tr("What was said or agreed"))
        )
        show_errors(self.errors, {})

    def score(self) -> int | None:
        checked = self.score_buttons.checkedId()
        return checked if checked > 0 else None

    def occurred_at(self) -> datetime:
        t = self.at.time()
        return datetime.combine(to_date(self.day.date()), time(t.hour(), t.minute()), shop_zone(self._context.db))

    def save(self) -> None:
        kind = self.current_kind()
        db, customer_id, note, occurred_at = self._context.db, self.customer_id, self.note.toPlainText(), self.occurred_at()
        score = self.score() if kind is InteractionKind.FEEDBACK else None
        outcome = self.current_outcome() if kind in WITH_OUTCOME else None
        run_action(
            self,
            self.windowTitle(),
            lambda: log_interaction(db, customer_id, kind=kind, note=note, occurred_at=occurred_at, score=score, outcome=outcome),
            self._saved,
            handles=(InteractionError,),
            on_refused=self._refused,
        )

    def _saved(self, interaction_id: int) -> None:
        self.saved_id = interaction_id
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: InteractionError) -> None:
        field = error.field if error.field in self.errors else "general"
        show_errors(self.errors, {field: str(error)})
        {"occurred_at": self.at, "note": self.note}.get(field, self.save_button).setFocus()

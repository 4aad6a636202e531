"""The dialog that marks a customer lost: the reason, from the owner's list, and a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from retention_desktop.lifecycle import LossError, loss_reasons, mark_customer_lost, restore_lost_customer
from retention_desktop.search import customer_rows

from ui.context import AppContext
from ui.forms import MUTED, error_label, follow_window_direction, save_cancel_buttons, show_errors, with_error
from ui.ops import run_action


class MarkLostDialog(QDialog):
    """Mark one customer lost, with a reason and a note; `saved` is True after Save."""

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markLostDialog")
        self.setWindowTitle(self.tr("Mark lost"))
        self._context = context
        self.customer_id = customer_id
        self.saved = False

        rows = customer_rows(context.db, [customer_id])
        self.customer_name = QLabel(context.format.paragraph(rows[0].full_name if rows else ""))
        self.customer_name.setObjectName("customerName")
        self.customer_name.setTextFormat(Qt.TextFormat.PlainText)

        self.reason = QComboBox()
        self.reason.setObjectName("lossReason")
        self.reason.addItem(self.tr("Choose a reason"), None)
        for reason in loss_reasons(context.db):
            self.reason.addItem(reason.name, reason.id)

        self.note = QPlainTextEdit()
        self.note.setObjectName("lossNote")
        self.note.setPlaceholderText(self.tr("What they said, in their words, and what might bring them back"))
        self.note.setFixedHeight(100)
        follow_window_direction(self.note)

        hint = QLabel(
            self.tr(
                "The customer stays in the book with their history. Their open follow-ups come off the list, except a "
                "campaign's; “Won back” on their card brings the customer back, with those still to come."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)

        self.errors = {name: error_label(name) for name in ("reason", "note", "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer"), self.customer_name)
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        form.addRow(self.tr("Note"), with_error(self.note, self.errors["note"]))

        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(480, 0)
        self.reason.setFocus()

    def save(self) -> None:
        reason_id = self.reason.currentData()
        if reason_id is None:
            show_errors(self.errors, {"reason": self.tr("Choose why the customer left.")})
            self.reason.setFocus()
            return
        db, customer_id, note = self._context.db, self.customer_id, self.note.toPlainText()
        run_action(
            self,
            self.windowTitle(),
            lambda: mark_customer_lost(db, customer_id, int(reason_id), note),
            lambda _none: self._saved(),
            handles=(LossError,),
            on_refused=self._refused,
        )

    def _saved(self) -> None:
        self.saved = True
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: LossError) -> None:
        field = error.field if error.field in self.errors else "general"
        show_errors(self.errors, {field: str(error)})
        {"reason": self.reason, "note": self.note}.get(field, self.save_button).setFocus()


def win_back(parent: QWidget, context: AppContext, customer_id: int, say: Callable[[str], object]) -> None:
    """A lost customer came back without buying (a purchase does it by itself): restored, their
    loss closed and their history kept; the windows are told, and `say` is given what to show."""

    def done(_none: object) -> None:
        context.changed.emit()
        say(QCoreApplication.translate("WinBack", "Customer won back: their history is kept."))

    run_action(
        parent,
        QCoreApplication.translate("WinBack", "Won back"),
        lambda: restore_lost_customer(context.db, customer_id),
        done,
        handles=(LossError,),
        on_refused=lambda error: say(str(error)),
    )


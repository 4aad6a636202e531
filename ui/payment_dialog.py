"""The dialog to record money received against an invoice (or paid back, when a credit note came
after payment): how much, when, how."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from retention_desktop.clock import shop_today
from retention_desktop.kinds import PaymentMethod
from retention_desktop.money import MoneyError, currency_decimals, parse_amount
from retention_desktop.documents import document_details
from retention_desktop.sales import PaymentRow, record_payment, record_refund
from retention_desktop.sales_errors import SalesError
from retention_desktop.text import isolate_auto

from ui.context import AppContext
from ui.forms import error_label, save_cancel_buttons, show_errors, to_date, to_qdate, with_error
from ui.labels import payment_method_label
from ui.ops import run_action
from ui.widgets import DateEdit, left_to_right_field


class PaymentDialog(QDialog):
    """Record a payment, or a refund when the invoice is overpaid (`refund`); the amount starts at
    what is still due, or owed back. `saved` holds it after Save."""

    def __init__(self, context: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._context = context
        self.invoice_id = invoice_id
        self.saved: PaymentRow | None = None
        details = document_details(context.db, invoice_id)
        invoice = details.printable
        self.currency = invoice.currency
        fmt = context.format
        self.refund = details.balance < 0
        if self.refund:
            self.setWindowTitle(self.tr("Record refund for {number}").format(number=invoice.number))
        else:
            self.setWindowTitle(self.tr("Record payment for {number}").format(number=invoice.number))
        owed = -details.balance if self.refund else details.balance

        if self.refund:
            summary = self.tr("{customer} · paid {paid} · credited {credited} · owed back {owed}")
        else:
            summary = self.tr("{customer} · total {total} · paid {paid} · still due {due}")
        self.summary = QLabel(
            fmt.paragraph(
                summary.format(
                    customer=isolate_auto(invoice.buyer.name),
                    total=fmt.money(invoice.total, self.currency),
                    paid=fmt.money(details.paid, self.currency),
                    credited=fmt.money(details.credited, self.currency),
                    due=fmt.money(details.balance, self.currency),
                    owed=fmt.money(owed, self.currency),
                )
            )
        )
        self.summary.setObjectName("paymentSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.amount = QLineEdit(f"{owed:f}" if owed > 0 else "")
        self.amount.setObjectName("paymentAmount")
        left_to_right_field(self.amount)
        self.amount.selectAll()
        self.paid_on = DateEdit()
        self.paid_on.setObjectName("paymentDate")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDate(to_qdate(shop_today(context.db)))
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for method in PaymentMethod:
            self.method.addItem(payment_method_label(method), method)
        self.note = QLineEdit()
        self.note.setObjectName("paymentNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. the card receipt number"))

        self.errors = {name: error_label(name) for name in ("amount", "paid_on", "note", "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Amount ({currency})").format(currency=fmt.currency_symbol(self.currency)), with_error(self.amount, self.errors["amount"]))
        form.addRow(
            self.tr("Paid back on") if self.refund else self.tr("Paid on"), with_error(self.paid_on, self.errors["paid_on"])
        )
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Note"), with_error(self.note, self.errors["note"]))
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(460, 0)
        self.amount.setFocus()

    def save(self) -> None:
        try:
            amount = parse_amount(self.amount.text(), decimals=currency_decimals(self.currency), field="amount")
        except MoneyError as error:
            self._refused(error)
            return
        record = record_refund if self.refund else record_payment
        db, invoice_id, paid_on = self._context.db, self.invoice_id, to_date(self.paid_on.date())
        method, note = PaymentMethod(self.method.currentData()), self.note.text()
        run_action(
            self,
            self.windowTitle(),
            lambda: record(db, invoice_id, amount=amount, paid_on=paid_on, method=method, note=note),
            self._saved,
            handles=(SalesError, MoneyError),
            on_refused=self._refused,
        )

    def _saved(self, payment: PaymentRow) -> None:
        self.saved = payment
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: SalesError | MoneyError) -> None:
        field = error.field if error.field in self.errors else "general"
        show_errors(self.errors, {field: str(error)})
        {"amount": self.amount, "paid_on": self.paid_on, "note": self.note}.get(field, self.amount).setFocus()

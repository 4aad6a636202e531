"""One issued invoice or credit note: its lines, totals, payments and corrections, and what can be done with it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.kinds import DocumentKind
from retention_desktop.printable import PrintableLine
from retention_desktop.documents import DocumentDetails, document_details
from retention_desktop.sales import PaymentStatus
from retention_desktop.sales_errors import SalesError
from retention_desktop.text import isolate_auto

from ui.context import AppContext
from ui.forms import MUTED, error_label, show_errors
from ui.labels import document_kind_label, payment_method_label, payment_status_label

TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
STATUS_STYLE = {
    PaymentStatus.UNPAID: "background: #fdecea; color: #8c1d18;",
    PaymentStatus.PARTLY_PAID: "background: #fff4e5; color: #7a4a00;",
    PaymentStatus.PAID: "background: #e6f4ea; color: #1e5e2f;",
    PaymentStatus.CREDITED: "background: #eeeeee; color: #444;",
    PaymentStatus.REFUND_DUE: "background: #f3e5f5; color: #4a148c;",
}
BADGE = "border-radius: 8px; padding: 3px 8px;"


def status_style(status: PaymentStatus | None) -> str:
    return STATUS_STYLE.get(status, "background: #e3f0ff; color: #1a3d6b;") if status else "background: #e3f0ff; color: #1a3d6b;"


def read_only_table(name: str, headers: Sequence[str], trailing: Sequence[int] = ()) -> QTableWidget:
    """A compact table for reading: rows selected whole, nothing editable."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setProperty("trailing", list(trailing))
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], trailing: Sequence[int] = ()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c in trailing:
                cell.setTextAlignment(TRAILING)
            table.setItem(r, c, cell)
    # Each column as wide as what it shows (an amount with its currency whole), the last one the rest.
    for c in range(table.columnCount() - 1):
        table.resizeColumnToContents(c)


class InvoiceViewDialog(QDialog):
    """Shows an issued document. `open_customer` and `open_document` ask the opener to show a
    customer or another document (a credit note, the invoice it corrects)."""

    open_customer = Signal(int)
    open_document = Signal(int)

    def __init__(self, context: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceViewDialog")
        self._context = context
        self.document_id = document_id
        self.details: DocumentDetails | None = None

        title_row = self._build_title()
        self._build_header()
        self._build_lines()
        self._build_totals()
        self._build_payments_and_credit_notes()
        buttons = self._build_buttons()
        middle = self._build_middle()
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(self.header)
        layout.addWidget(self.lines, 1)
        layout.addLayout(middle)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(860, 640)

        context.changed.connect(self.refresh)
        self.refresh()

    def _build_title(self) -> QHBoxLayout:
        """The document's title and its payment status."""
        self.title = QLabel()
        self.title.setObjectName("documentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        return title_row

    def _build_header(self) -> None:
        """Date, customer, the invoice a credit note corrects, its reason, the note."""
        self.header = QFormLayout()
        self.header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        for key, label in (
            ("date", self.tr("Date")),
            ("customer", self.tr("Customer")),
            ("corrects", self.tr("Corrects invoice")),
            ("reason", self.tr("Reason")),
            ("note", self.tr("Note")),
        ):
            value = QLabel()
            value.setObjectName(f"document_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.header.addRow(label, value)
            self._values[key] = value

    def _build_lines(self) -> None:
        self.lines = read_only_table(
            "documentLines",
            [self.tr("Description"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Discount"), self.tr("VAT"), self.tr("Total")],
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 120), (3, 110), (4, 70), (5, 130)):
            header.resizeSection(column, width)

    def _build_totals(self) -> None:
        self.totals = QFormLayout()
        self.totals.setLabelAlignment(Qt.AlignmentFlag.AlignTrailing)
        self._totals: dict[str, QLabel] = {}
        for key, label in (
            ("net", self.tr("Before VAT")),
            ("vat", self.tr("VAT")),
            ("total", self.tr("Total")),
            ("credited", self.tr("Credited")),
            ("paid", self.tr("Paid")),
            ("balance", self.tr("Still due")),
        ):
            value = QLabel()
            value.setObjectName(f"document_{key}")
            value.setAlignment(TRAILING)
            value.setMinimumWidth(140)
            self.totals.addRow(label, value)
            self._totals[key] = value
        bold = self._totals["total"].font()
        bold.setBold(True)
        for key in ("total", "balance"):
            self._totals[key].setFont(bold)

    def _build_payments_and_credit_notes(self) -> None:
        self.payments_title = QLabel(self.tr("Payments"))
        self.payments = read_only_table("paymentsTable", [self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Note")])
        self.payments.horizontalHeader().setStretchLastSection(True)
        self.no_payments = QLabel(self.tr("No payments yet."))
        self.no_payments.setObjectName("noPayments")
        self.no_payments.setStyleSheet(MUTED)
        self.credit_notes_title = QLabel(self.tr("Credit notes"))
        self.credit_notes = read_only_table("creditNotesTable", [self.tr("Number"), self.tr("Date"), self.tr("Total")])
        self.credit_notes.horizontalHeader().setStretchLastSection(True)
        self.credit_notes.doubleClicked.connect(self._open_credit_note)
        for title in (self.payments_title, self.credit_notes_title):
            title_font = title.font()
            title_font.setBold(True)
            title.setFont(title_font)
        for table in (self.payments, self.credit_notes):
            table.setMaximumHeight(130)

    def _build_buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_document)
        self.payment_button = QPushButton(self.tr("Record payment…"))
        self.payment_button.setObjectName("recordPaymentButton")
        self.payment_button.clicked.connect(self.record_payment)
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setObjectName("creditNoteButton")
        self.credit_button.clicked.connect(self.credit_note)
        self.customer_button = QPushButton(self.tr("Open customer"))
        self.customer_button.setObjectName("openCustomerButton")
        self.customer_button.clicked.connect(self._open_customer)
        self.corrected_button = QPushButton(self.tr("Open corrected invoice"))
        self.corrected_button.setObjectName("openCorrectedButton")
        self.corrected_button.clicked.connect(self._open_corrected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.accept)
        self.error = error_label("document")
        buttons = QHBoxLayout()
        for button in (self.print_button, self.payment_button, self.credit_button, self.customer_button, self.corrected_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _build_middle(self) -> QHBoxLayout:
        """The payments and credit notes beside the totals."""
        middle = QHBoxLayout()
        lists = QVBoxLayout()
        lists.addWidget(self.payments_title)
        lists.addWidget(self.payments)
        lists.addWidget(self.no_payments)
        lists.addWidget(self.credit_notes_title)
        lists.addWidget(self.credit_notes)
        lists.addStretch(1)
        middle.addLayout(lists, 1)
        middle.addSpacing(24)
        totals_box = QVBoxLayout()
        totals_box.addLayout(self.totals)
        totals_box.addStretch(1)
        middle.addLayout(totals_box)
        return middle

    # -- what is shown ---------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            details = document_details(self._context.db, self.document_id)
        except SalesError as error:
            show_errors({"document": self.error}, {"document": str(error)})
            for button in (self.payment_button, self.credit_button, self.print_button):
                button.setEnabled(False)
            return
        self.details = details
        fmt = self._context.format
        doc = details.printable
        currency = doc.currency
        is_invoice = doc.kind == DocumentKind.INVOICE
        self.setWindowTitle(
            self.tr("{kind} {number}").format(kind=document_kind_label(doc.kind), number=doc.number)
        )
        self.title.setText(
            fmt.paragraph(self.tr("{kind} {number}").format(kind=document_kind_label(doc.kind), number=fmt.document_number(doc.number)))
        )
        if details.status is not None:
            self.status.setText(payment_status_label(details.status))
        else:
            self.status.setText(document_kind_label(doc.kind))
        self.status.setStyleSheet(status_style(details.status) + BADGE)

        values = {
            "date": f"{fmt.date(doc.issue_date)}  {fmt.time(doc.issue_time)}",
            "customer": isolate_auto(doc.buyer.name),
            "corrects": fmt.document_number(doc.corrects_number or ""),
            "reason": isolate_auto(doc.note) if not is_invoice else "",
            "note": isolate_auto(doc.note) if is_invoice else "",
        }
        for key, text in values.items():
            label = self._values[key]
            label.setText(fmt.paragraph(text))
            label.setVisible(bool(text))
            self.header.labelForField(label).setVisible(bool(text))

        fill_table(
            self.lines,
            [
                (
                    self._line_text(line),
                    fmt.quantity(line.quantity),
                    fmt.money(line.unit_price, currency),
                    fmt.money(line.discount, currency) if line.discount else "",
                    fmt.percent(line.vat_rate),
                    fmt.money(line.total, currency),
                )
                for line in doc.lines
            ],
            trailing=(1, 2, 3, 4, 5),
        )
        amounts = {
            "net": doc.net,
            "vat": doc.vat,
            "total": doc.total,
            "credited": -details.credited if details.credited else None,
            "paid": details.paid if is_invoice else None,
            "balance": details.balance if is_invoice else None,
        }
        for key, amount in amounts.items():
            label = self._totals[key]
            label.setText(fmt.money(amount, currency) if amount is not None else "")
            label.setVisible(amount is not None)
            self.totals.labelForField(label).setVisible(amount is not None)

        fill_table(
            self.payments,
            [(fmt.date(p.paid_on), fmt.money(p.amount, currency), payment_method_label(p.method), p.note) for p in details.payments],
            trailing=(1,),
        )
        fill_table(
            self.credit_notes,
            [(fmt.document_number(c.number), fmt.date(c.issue_date), fmt.money(c.total, currency)) for c in details.corrections],
            trailing=(2,),
        )
        self.payments_title.setVisible(is_invoice)
        self.payments.setVisible(is_invoice and bool(details.payments))
        self.no_payments.setVisible(is_invoice and not details.payments)
        self.credit_notes_title.setVisible(bool(details.corrections))
        self.credit_notes.setVisible(bool(details.corrections))

        self.payment_button.setVisible(is_invoice)
        self.credit_button.setVisible(is_invoice)
        self.corrected_button.setVisible(not is_invoice and doc.corrects_number is not None)
        self.payment_button.setEnabled(is_invoice and details.balance != 0)
        self.payment_button.setText(self.tr("Record refund…") if details.balance < 0 else self.tr("Record payment…"))
        self.credit_button.setEnabled(is_invoice and any(left > 0 for left in details.quantities_left.values()))
        self.print_button.setEnabled(True)
        show_errors({"document": self.error}, {})

    # -- actions ----------------------------------------------------------------------------------
    def print_document(self) -> QDialog | None:
        """The document in the preview, to print or save."""
        if self.details is None:
            return None
        from ui.document_preview import preview_document  # the preview and pdfium load on the first print

        return preview_document(self._context, self, self.document_id)

    def record_payment(self) -> QDialog | None:
        if self.details is None or not self.payment_button.isEnabled():
            return None
        from ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self._context, self.document_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def credit_note(self) -> QDialog | None:
        if self.details is None or not self.credit_button.isEnabled():
            return None
        from ui.credit_note_dialog import CreditNoteDialog

        dialog = CreditNoteDialog(self._context, self.document_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_document.connect(self.open_document)
        dialog.open()
        return dialog

    def _open_credit_note(self) -> None:
        if self.details is None:
            return
        row = self.credits_row()
        if row is not None:
            self.open_document.emit(self.details.corrections[row].id)

    def credits_row(self) -> int | None:
        index = self.credit_notes.currentIndex()
        return index.row() if index.isValid() else None

    def _open_corrected(self) -> None:
        if self.details is not None and self.details.corrects_id is not None:
            self.open_document.emit(self.details.corrects_id)

    def _open_customer(self) -> None:
        if self.details is not None:
            self.open_customer.emit(self.details.customer_id)
            self.accept()

    def _line_text(self, line: PrintableLine) -> str:
        """The line's description in the window's language (a catalogue item's English name in
        English), and, on a credit note, whether it corrects the price."""
        text = isolate_auto(line.text(self._context.language))
        return self.tr("{description} (price correction)").format(description=text) if line.corrects_price else text


def open_document_view(
    context: AppContext, document_id: int, parent: QWidget | None, open_customer: Callable[[int], None]
) -> InvoiceViewDialog:
    """Show a document; a credit note or corrected invoice opened from it shows on top of it, and
    "Open customer" closes the views and calls `open_customer`."""
    dialog = InvoiceViewDialog(context, document_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_customer.connect(open_customer)
    dialog.open_document.connect(lambda other: _open_from(context, other, dialog, open_customer))
    dialog.open()
    return dialog


def _open_from(context: AppContext, document_id: int, view: InvoiceViewDialog, open_customer: Callable[[int], None]) -> None:
    nested = open_document_view(context, document_id, view, open_customer)
    nested.open_customer.connect(lambda _customer_id: view.accept())

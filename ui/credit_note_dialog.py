"""The credit-note dialog: what of an invoice is taken back, and why; then Issue and Print."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.money import ZERO
from retention_desktop.sales import (
    DocumentDetails,
    IssuedDocument,
    PrintableLine,
    SalesError,
    document_details,
    issue_credit_note,
    preview_credit_note,
)
from retention_desktop.text import isolate_auto

from ui.context import AppContext
from ui.issued_page import IssuedPage
from ui.forms import MUTED, error_label, issue_cancel_buttons, show_errors, with_error
from ui.ops import run_action
from ui.widgets import western_digit

TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class QuantityBox(QDoubleSpinBox):
    """A quantity from 0 to what is left, in Western digits, that also takes Arabic-Indic and
    Persian digits from the keyboard; whole numbers unless the line's quantity has decimals."""

    def __init__(self, left: Decimal, decimals: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.setDecimals(decimals)
        self.setRange(0, float(left))
        self.left = left

    def quantity(self) -> Decimal:
        return Decimal(f"{self.value():.{self.decimals()}f}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(western_digit(event))


class CreditNoteDialog(QDialog):
    """Issue a credit note against an invoice; `issued_document` holds it afterwards."""

    open_document = Signal(int)

    def __init__(self, context: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditNoteDialog")
        self._context = context
        self.invoice_id = invoice_id
        self.issued_document: IssuedDocument | None = None
        self.details: DocumentDetails = document_details(context.db, invoice_id)
        invoice = self.details.printable
        self.currency = invoice.currency
        fmt = context.format
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=invoice.number))

        self.summary = QLabel(
            fmt.paragraph(
                self.tr("Invoice {number} of {date} to {customer}, total {total}").format(
                    number=fmt.document_number(invoice.number),
                    date=fmt.date(invoice.issue_date),
                    customer=isolate_auto(invoice.buyer.name),
                    total=fmt.money(invoice.total, self.currency),
                )
            )
        )
        self.summary.setObjectName("creditSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(len(invoice.lines), 4)
        self.table.setObjectName("creditLines")
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Invoiced"), self.tr("Left to credit"), self.tr("Take back")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 110), (3, 120)):
            header.resizeSection(column, width)
        self.boxes: dict[int, QuantityBox] = {}
        self.lines: dict[int, PrintableLine] = {}
        for row, line in enumerate(invoice.lines):
            left = self.details.quantities_left.get(line.id, ZERO)
            self.table.setItem(row, 0, QTableWidgetItem(isolate_auto(line.description)))
            for column, value in ((1, line.quantity), (2, left)):
                cell = QTableWidgetItem(fmt.quantity(value))
                cell.setTextAlignment(TRAILING)
                self.table.setItem(row, column, cell)
            box = QuantityBox(left, 0 if line.quantity == line.quantity.to_integral() else 3)
            box.setObjectName("creditQuantity")
            box.setEnabled(left > 0)
            box.valueChanged.connect(lambda _value: self.update_total())
            self.table.setCellWidget(row, 3, box)
            self.boxes[line.id] = box
            self.lines[line.id] = line

        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setObjectName("creditAllButton")
        self.all_button.setToolTip(self.tr("Take back everything that is left of the invoice"))
        self.all_button.clicked.connect(self.take_back_all)
        self.nothing_left = QLabel(self.tr("Everything on this invoice has been credited already."))
        self.nothing_left.setObjectName("nothingLeft")
        self.nothing_left.setStyleSheet(MUTED)
        self.nothing_left.setVisible(not any(box.isEnabled() for box in self.boxes.values()))
        self.all_button.setEnabled(not self.nothing_left.isVisible())

        self.reason = QLineEdit()
        self.reason.setObjectName("creditReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. returned unused, or priced wrongly"))
        self.credit_total = QLabel()
        self.credit_total.setObjectName("creditTotal")
        font = self.credit_total.font()
        font.setBold(True)
        self.credit_total.setFont(font)

        self.errors = {name: error_label(name) for name in ("lines", "reason", "general")}
        below = QHBoxLayout()
        below.addWidget(self.all_button)
        below.addWidget(self.nothing_left)
        below.addStretch(1)
        below.addWidget(QLabel(self.tr("Credit note total")))
        below.addWidget(self.credit_total)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))

        buttons, self.issue_button, self.cancel_button = issue_cancel_buttons(
            self, self.tr("Issue credit note"), "issueCreditNoteButton", self.issue
        )
        self.issue_button.setEnabled(self.all_button.isEnabled())

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.summary)
        form_layout.addWidget(self.table, 1)
        form_layout.addLayout(below)
        form_layout.addWidget(self.errors["lines"])
        form_layout.addLayout(form)
        form_layout.addWidget(self.errors["general"])
        form_layout.addLayout(buttons)
        for button in form_page.findChildren(QPushButton):
            button.setAutoDefault(False)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(680, 440)
        self.update_total()

    def _result_page(self) -> IssuedPage:
        self.result = IssuedPage(self._context, self, self.tr("Open credit note"))
        self.result.open_requested.connect(self._open_issued)
        self.result.close_requested.connect(self.accept)
        self.issued_text, self.printed_text = self.result.issued_text, self.result.printed_text
        self.print_button, self.open_button, self.close_button = (
            self.result.print_button,
            self.result.open_button,
            self.result.close_button,
        )
        return self.result

    def returns(self) -> dict[int, Decimal]:
        """Each line's quantity taken back, lines with none left out."""
        return {line_id: box.quantity() for line_id, box in self.boxes.items() if box.quantity() > 0}

    def take_back_all(self) -> None:
        for box in self.boxes.values():
            box.setValue(box.maximum())

    def update_total(self) -> None:
        """The credit note's total as it will be issued (negative): the lines' price and VAT, and
        their discount in proportion to the quantity taken back."""
        try:
            total = preview_credit_note(self.details, self.returns())
        except SalesError:
            self.credit_total.setText("—")
            return
        self.credit_total.setText(self._context.format.money(total, self.currency))

    def issue(self) -> IssuedDocument | None:
        show_errors(self.errors, {})
        db, invoice_id, returns, reason = self._context.db, self.invoice_id, self.returns(), self.reason.text()
        run_action(
            self,
            self.tr("Issue credit note"),
            lambda: issue_credit_note(db, invoice_id, returns, reason=reason),
            self._issued,
            handles=(SalesError,),
            on_refused=self._refused,
        )
        return self.issued_document

    def _refused(self, error: SalesError) -> None:
        if error.field == "reason":
            show_errors(self.errors, {"reason": str(error)})
            self.reason.setFocus()
        elif error.field in ("lines", "quantity"):
            message = str(error)
            if error.line is not None:
                message = self.tr("Line {number}: {problem}").format(number=self._context.format.number(error.line + 1), problem=message)
            show_errors(self.errors, {"lines": message})
        else:
            show_errors(self.errors, {"general": str(error)})

    def _issued(self, issued: IssuedDocument) -> None:
        self.issued_document = issued
        self._context.changed.emit()
        fmt = self._context.format
        text = fmt.paragraph(
            self.tr("Credit note {number} is issued. Total: {total}").format(
                number=fmt.document_number(issued.number), total=fmt.money(issued.total, self.currency)
            )
        )
        self.setWindowTitle(self.tr("Credit note {number}").format(number=issued.number))
        self.pages.setCurrentIndex(1)
        self.result.show_issued(issued, text)

    @property
    def printed_path(self) -> Path | None:
        return self.result.printed_path

    def _open_issued(self) -> None:
        if self.issued_document is not None:
            self.open_document.emit(self.issued_document.id)
        self.accept()

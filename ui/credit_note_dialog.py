"""The credit-note dialog: what of an invoice is taken back, and why; then Issue and Print."""

from __future__ import annotations

import enum
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

from retention_desktop.money import ZERO, MoneyError, currency_decimals, parse_amount
from retention_desktop.printable import PrintableInvoice, PrintableLine
from retention_desktop.documents import DocumentDetails, document_details
from retention_desktop.credits import LineLeft, preview_credit_note
from retention_desktop.sales import IssuedDocument, issue_credit_note
from retention_desktop.sales_errors import SalesError
from retention_desktop.text import isolate_auto

from ui import style
from ui.context import AppContext
from ui.issued_page import IssuedPage
from ui.forms import MUTED, error_label, issue_cancel_buttons, show_errors, with_error
from ui.ops import run_action
from ui.widgets import western_digit

TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
FIELD_AT_FAULT = "border: 1px solid #b3261e;"


class CreditColumn(enum.IntEnum):
    DESCRIPTION = 0
    INVOICED = 1
    LEFT = 2
    UNIT_PRICE = 3
    TAKE_BACK = 4
    RIGHT_PRICE = 5


class _PriceError(Exception):
    """A corrected price that is not a number, on the line `position`."""

    def __init__(self, position: int, error: MoneyError) -> None:
        super().__init__(str(error))
        self.position = position


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
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=invoice.number))

        self._build_summary(invoice)
        self._build_table(invoice)
        self._build_take_back_all()
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
        self.issue_button.setEnabled(not self.nothing_left.isVisible())

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
        self.resize(820, 440)
        self.update_total()

    def _build_summary(self, invoice: PrintableInvoice) -> None:
        """The invoice credited: number, date, customer, total."""
        fmt = self._context.format
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


    def _build_table(self, invoice: PrintableInvoice) -> None:
        """A row per line of the invoice: what is left of it, to take back or to price again."""
        self.table = QTableWidget(len(invoice.lines), len(CreditColumn))
        self.table.setObjectName("creditLines")
        self._set_headings()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CreditColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (CreditColumn.INVOICED, 80),
            (CreditColumn.LEFT, 100),
            (CreditColumn.UNIT_PRICE, 100),
            (CreditColumn.TAKE_BACK, 110),
            (CreditColumn.RIGHT_PRICE, 120),
        ):
            header.resizeSection(column, width)
        self.boxes: dict[int, QuantityBox] = {}
        self.prices: dict[int, QLineEdit] = {}
        self.lines: dict[int, PrintableLine] = {}
        for row, line in enumerate(invoice.lines):
            self._add_line(row, line, self.details.left.get(line.id))

    def _build_take_back_all(self) -> None:
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setObjectName("creditAllButton")
        self.all_button.setToolTip(self.tr("Take back everything that is left of the invoice"))
        self.all_button.clicked.connect(self.take_back_all)
        self.nothing_left = QLabel(self.tr("Everything on this invoice has been credited already."))
        self.nothing_left.setObjectName("nothingLeft")
        self.nothing_left.setStyleSheet(MUTED)
        self.nothing_left.setVisible(not any(edit.isEnabled() for edit in (*self.boxes.values(), *self.prices.values())))
        self.all_button.setEnabled(any(box.isEnabled() for box in self.boxes.values()))

    def _set_headings(self) -> None:
        symbol = self._context.format.currency_symbol(self.currency)
        headings = {
            CreditColumn.DESCRIPTION: self.tr("Description"),
            CreditColumn.INVOICED: self.tr("Invoiced"),
            CreditColumn.LEFT: self.tr("Left to credit"),
            CreditColumn.UNIT_PRICE: self.tr("Unit price\n({currency})").format(currency=symbol),
            CreditColumn.TAKE_BACK: self.tr("Take back"),
            CreditColumn.RIGHT_PRICE: self.tr("Right price\n({currency})").format(currency=symbol),
        }
        for column, text in headings.items():
            item = QTableWidgetItem(text)
            if column in (CreditColumn.UNIT_PRICE, CreditColumn.RIGHT_PRICE):
                item.setTextAlignment(style.AMOUNT_ALIGNMENT)
            if column is CreditColumn.RIGHT_PRICE:
                item.setToolTip(self.tr("The unit price the line should have had: the credit note credits the difference, with its VAT"))
            self.table.setHorizontalHeaderItem(column, item)

    def _add_line(self, row: int, line: PrintableLine, left: LineLeft | None) -> None:
        """One invoice line: what was invoiced and is left, the quantity to take back and the
        price it should have had (each only while something is left of it)."""
        fmt = self._context.format
        quantity_left = left.quantity if left is not None else ZERO
        self.table.setItem(row, CreditColumn.DESCRIPTION, QTableWidgetItem(isolate_auto(line.text(self._context.language))))
        for column, value in ((CreditColumn.INVOICED, line.quantity), (CreditColumn.LEFT, quantity_left)):
            cell = QTableWidgetItem(fmt.quantity(value))
            cell.setTextAlignment(TRAILING)
            self.table.setItem(row, column, cell)
        # The unit price as it stands (after earlier corrections), aligned as the price typed beside it.
        price = QTableWidgetItem(fmt.amount(left.unit_price if left is not None else line.unit_price, self.currency))
        price.setTextAlignment(style.AMOUNT_ALIGNMENT)
        price.setFont(style.tabular(self.table.font()))
        self.table.setItem(row, CreditColumn.UNIT_PRICE, price)
        box = QuantityBox(quantity_left, 0 if line.quantity == line.quantity.to_integral() else 3)
        box.setObjectName("creditQuantity")
        box.setEnabled(quantity_left > 0)
        box.valueChanged.connect(lambda _value: self.update_total())
        self.table.setCellWidget(row, CreditColumn.TAKE_BACK, box)
        right_price = QLineEdit()
        right_price.setObjectName("creditPrice")
        right_price.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        right_price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right_price.setFont(style.tabular(right_price.font()))
        right_price.setEnabled(left is not None and left.can_correct_price)
        right_price.setToolTip(self.tr("The unit price the line should have had: the credit note credits the difference, with its VAT"))
        right_price.textEdited.connect(lambda _text: self.update_total())
        self.table.setCellWidget(row, CreditColumn.RIGHT_PRICE, right_price)
        self.boxes[line.id] = box
        self.prices[line.id] = right_price
        self.lines[line.id] = line

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

    def right_prices(self) -> dict[int, Decimal]:
        """The unit price typed for each line whose price is corrected; _PriceError for one that
        is not a number."""
        decimals = currency_decimals(self.currency)
        found = {}
        for position, (line_id, edit) in enumerate(self.prices.items()):
            if not edit.text().strip():
                continue
            try:
                found[line_id] = parse_amount(edit.text(), decimals=decimals, field="price")
            except MoneyError as error:
                raise _PriceError(position, error) from error
        return found

    def take_back_all(self) -> None:
        for box in self.boxes.values():
            box.setValue(box.maximum())

    def update_total(self) -> None:
        """The credit note's total as it will be issued (negative): the lines' price and VAT, and
        their discount in proportion to the quantity taken back; the difference of a corrected
        price. A price that cannot be credited is said under the table as it is typed."""
        for edit in self.prices.values():
            edit.setStyleSheet("")
        show_errors({"lines": self.errors["lines"]}, {})
        try:
            total = preview_credit_note(self.details, self.returns(), self.right_prices())
        except _PriceError as error:
            self._show_line_problem(error.position, "price", str(error))
            self.credit_total.setText("—")
            return
        except SalesError as error:
            if error.field == "price" and error.line is not None:
                self._show_line_problem(error.line, "price", str(error))
            self.credit_total.setText("—")
            return
        self.credit_total.setText(self._context.format.money(total, self.currency))

    def _show_line_problem(self, position: int, field: str, problem: str) -> None:
        message = self.tr("Line {number}: {problem}").format(number=self._context.format.number(position + 1), problem=problem)
        show_errors({"lines": self.errors["lines"]}, {"lines": message})
        if field == "price":
            list(self.prices.values())[position].setStyleSheet(FIELD_AT_FAULT)

    def issue(self) -> IssuedDocument | None:
        show_errors(self.errors, {})
        try:
            prices = self.right_prices()
        except _PriceError as error:
            self._show_line_problem(error.position, "price", str(error))
            return None
        db, invoice_id, returns, reason = self._context.db, self.invoice_id, self.returns(), self.reason.text()
        run_action(
            self,
            self.tr("Issue credit note"),
            lambda: issue_credit_note(db, invoice_id, returns, reason=reason, prices=prices),
            self._issued,
            handles=(SalesError,),
            on_refused=self._refused,
        )
        return self.issued_document

    def _refused(self, error: SalesError) -> None:
        if error.field == "reason":
            show_errors(self.errors, {"reason": str(error)})
            self.reason.setFocus()
        elif error.field in ("lines", "quantity", "price"):
            if error.line is not None:
                self._show_line_problem(error.line, error.field, str(error))
            else:
                show_errors(self.errors, {"lines": str(error)})
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

"""The new-invoice dialog: a customer, lines from the catalogue or typed, live totals, then Issue and Print."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.search import customer_rows
from retention_desktop.kinds import PaymentMethod, VatCategory
from retention_desktop.money import ZERO, MoneyError, currency_decimals, parse_amount, parse_discount, round_money
from retention_desktop.profile import BusinessProfile, get_profile
from retention_desktop.catalogue import catalogue_items, CatalogueRow
from retention_desktop.sales import (
    InvoiceDraft,
    IssuedDocument,
    LineDraft,
    PaidNow,
    compute_invoice_totals,
    issue_invoice,
)
from retention_desktop.sales_errors import SalesError
from retention_desktop.text import isolate_auto

from ui import style
from ui.formatting import hint

from ui.catalogue_dialog import renewal_text
from ui.context import AppContext
from ui.customer_dialog import CustomerDialog
from ui.forms import ERROR_STYLE, MUTED, CompactComboBox, error_label, follow_window_direction, issue_cancel_buttons, show_errors, with_error
from ui.issued_page import IssuedPage
from ui.labels import payment_method_label, vat_category_label
from ui.ops import run_action
from ui.widgets import CustomerPicker, left_to_right_field

FIELD_AT_FAULT = "border: 1px solid #b3261e;"
NOTE_LIMIT = 1000
LINE_FIELDS = ("lines", "description", "quantity", "unit_price", "discount", "vat_rate", "item")


class LineColumn(enum.IntEnum):
    ITEM = 0
    DESCRIPTION = 1
    QUANTITY = 2
    UNIT_PRICE = 3
    DISCOUNT = 4
    VAT = 5
    TOTAL = 6
    REMOVE = 7


# The money columns of the lines: their heading names the currency, their amounts line up.
AMOUNT_COLUMNS = (LineColumn.UNIT_PRICE, LineColumn.DISCOUNT, LineColumn.TOTAL)


@dataclass
class LineEditor:
    """The fields of one invoice line, as cell widgets of the lines table."""

    item: QComboBox
    description: QLineEdit
    quantity: QLineEdit
    unit_price: QLineEdit
    discount: QLineEdit
    vat: QComboBox
    total: QLabel
    remove: QToolButton

    @property
    def item_id(self) -> int | None:
        data = self.item.currentData()
        return int(data) if data is not None else None

    def is_blank(self) -> bool:
        """Nothing typed or chosen on the line (its quantity of 1 is a default, not input)."""
        return (
            self.item_id is None
            and not self.description.text().strip()
            and not self.unit_price.text().strip()
            and not self.discount.text().strip()
        )

    def field(self, name: str) -> QWidget:
        return {
            "item": self.item,
            "description": self.description,
            "quantity": self.quantity,
            "unit_price": self.unit_price,
            "discount": self.discount,
            "vat_rate": self.vat,
        }.get(name, self.description)


class _Incomplete(Exception):
    """A line still being typed (an empty field), left out of the live totals without a complaint."""


class _LineError(Exception):
    """A field of a line whose text is not a number."""

    def __init__(self, line: LineEditor, error: MoneyError) -> None:
        super().__init__(str(error))
        self.line = line
        self.field = error.field


class NewInvoiceDialog(QDialog):
    """Issue an invoice; after Issue the dialog shows its number and offers to print it.

    `issued_document` holds what was issued; `open_document` asks the opener to show an issued
    document (the dialog closes)."""

    open_document = Signal(int)

    def __init__(self, context: AppContext, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newInvoiceDialog")
        self.setWindowTitle(self.tr("New invoice"))
        self._context = context
        self.issued_document: IssuedDocument | None = None
        self.lines: list[LineEditor] = []
        self.profile: BusinessProfile = get_profile(context.db)
        self.items: dict[int, CatalogueRow] = {}
        self._total_due: Decimal | None = None  # the total as last computed, None while a line is wrong

        self._build_profile_box()
        self._build_customer(customer_id)
        self._build_lines_table()
        self._build_line_buttons()
        self.totals = self._build_totals()
        self._build_note_and_errors()
        paid_row = self._paid_now_row()  # makes self.paid_now, its caption
        self.totals.addRow(self.paid_now, paid_row)
        form_page = self._build_form_page()

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(1000, 560)

        for button in form_page.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._load_profile()
        self.add_line()
        if self.customer.customer_id is None:
            self.customer.setFocus()
        else:
            self.lines[0].item.setFocus()


    def _build_profile_box(self) -> None:
        """The business profile must be filled in before the first invoice: this says so."""
        self.profile_box = QFrame()
        self.profile_box.setObjectName("profileMissing")
        self.profile_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.profile_box.setStyleSheet("#profileMissing { background: #fff4e5; border: 1px solid #f0a030; }")
        self.profile_text = QLabel()
        self.profile_text.setObjectName("profileMissingText")
        self.profile_text.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Open settings…"))
        self.settings_button.setObjectName("openSettingsButton")
        self.settings_button.clicked.connect(lambda: self.open_settings())
        box_layout = QHBoxLayout(self.profile_box)
        box_layout.addWidget(self.profile_text, 1)
        box_layout.addWidget(self.settings_button)

    def _build_customer(self, customer_id: int | None) -> None:
        self.customer = CustomerPicker(self._context)
        self.customer.setObjectName("invoiceCustomer")
        if customer_id is not None:
            rows = customer_rows(self._context.db, [customer_id])
            if rows:
                self.customer.set_customer(customer_id, rows[0].full_name)
        self.prices_include_vat = QCheckBox(self.tr("Prices include VAT"))
        self.prices_include_vat.setObjectName("pricesIncludeVat")
        self.prices_include_vat.setChecked(self.profile.prices_include_vat)
        self.prices_include_vat.toggled.connect(lambda _on: self.update_totals())

    def _build_lines_table(self) -> None:
        self.table = QTableWidget(0, len(LineColumn))
        self.table.setObjectName("invoiceLines")
        self._set_headings()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(QLineEdit().sizeHint().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(34)  # the style's minimum would widen the remove button's column
        for column, width in (
            (LineColumn.ITEM, 175),
            (LineColumn.QUANTITY, 70),
            (LineColumn.UNIT_PRICE, 100),
            (LineColumn.DISCOUNT, 100),
            (LineColumn.VAT, 105),
            (LineColumn.TOTAL, 110),
            (LineColumn.REMOVE, 34),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LineColumn.REMOVE, QHeaderView.ResizeMode.Fixed)

    def _build_line_buttons(self) -> None:
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.setObjectName("addLineButton")
        self.add_line_button.clicked.connect(lambda: self.add_line().item.setFocus())
        self.renewal_note = QLabel()
        self.renewal_note.setObjectName("renewalNote")
        self.renewal_note.setWordWrap(True)
        self.renewal_note.setStyleSheet(MUTED)
        self.renewal_note.hide()

    def _build_totals(self) -> QFormLayout:
        """The totals, lined up on their decimal points (the amount paid now joins them later)."""
        self.discount = QLabel()
        self.discount.setObjectName("invoiceDiscount")
        self.net = QLabel()
        self.net.setObjectName("invoiceNet")
        self.vat = QLabel()
        self.vat.setObjectName("invoiceVat")
        self.total = QLabel()
        self.total.setObjectName("invoiceTotal")
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total.setFont(font)
        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignTrailing)
        for label in (self.discount, self.net, self.vat, self.total):
            # Lined up on their decimal points (and with the amount paid under them), as on a till.
            label.setAlignment(style.AMOUNT_ALIGNMENT)
            label.setFont(style.tabular(label.font()))
            label.setMinimumWidth(140)
        totals.addRow(self.tr("Discount"), self.discount)
        totals.addRow(self.tr("Before VAT"), self.net)
        totals.addRow(self.tr("VAT"), self.vat)
        total_caption = QLabel(self.tr("Total"))
        total_caption.setFont(font)
        totals.addRow(total_caption, self.total)
        totals.setRowVisible(self.discount, False)
        return totals

    def _build_note_and_errors(self) -> None:
        self.note = QPlainTextEdit()
        self.note.setObjectName("invoiceNote")
        self.note.setPlaceholderText(self.tr("Printed on the invoice, e.g. delivery on Thursday"))
        self.note.setFixedHeight(56)
        follow_window_direction(self.note)
        self.errors = {name: error_label(name) for name in ("customer", "lines", "note", "paid", "general")}
        self.errors["lines"].setStyleSheet(ERROR_STYLE + " font-weight: bold;")

    def _build_form_page(self) -> QWidget:
        """The page the invoice is typed on: customer, lines, note and totals, and Issue."""
        top, under_table = self._build_layout(self.totals)
        # Issuing cannot be undone (a credit note corrects an invoice): only a click issues, never
        # Enter in a field, which goes on to the next line instead (see keyPressEvent).
        buttons, self.issue_button, self.cancel_button = issue_cancel_buttons(
            self, self.tr("Issue invoice"), "issueButton", self.issue
        )
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.profile_box)
        form_layout.addLayout(top)
        form_layout.addWidget(self.table, 1)
        form_layout.addLayout(under_table)
        form_layout.addWidget(self.errors["general"])
        form_layout.addLayout(buttons)
        return form_page

    def _build_layout(self, totals: QFormLayout) -> tuple[QFormLayout, QHBoxLayout]:
        """The customer row above the lines, and below them the line buttons, note and totals."""
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_customer_button = QPushButton(self.tr("New customer…"))
        self.new_customer_button.setObjectName("invoiceNewCustomerButton")
        self.new_customer_button.setToolTip(self.tr("A customer who is not in the book yet: add them, then invoice them"))
        self.new_customer_button.clicked.connect(lambda: self.add_customer())
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.new_customer_button)
        top.addRow(self.tr("Customer"), with_error(customer_row, self.errors["customer"]))
        under_table = QHBoxLayout()
        left = QVBoxLayout()
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.prices_include_vat)
        line_buttons.addStretch(1)
        left.addLayout(line_buttons)
        left.addWidget(self.errors["lines"])
        left.addWidget(self.renewal_note)
        left.addWidget(QLabel(self.tr("Note")))
        left.addWidget(with_error(self.note, self.errors["note"]))
        under_table.addLayout(left, 1)
        under_table.addSpacing(24)
        under_table.addLayout(totals)
        return top, under_table

    def _paid_now_row(self) -> QWidget:
        """Paid now: the customer pays at the counter, by the method chosen, the whole total unless
        the owner types less; recorded with the invoice, so a counter sale is one dialog."""
        self.paid_now = QCheckBox(self.tr("Paid now"))
        self.paid_now.setObjectName("paidNow")
        self.paid_now.setToolTip(self.tr("The customer pays at the counter: the payment is recorded with the invoice"))
        self.paid_method = QComboBox()
        self.paid_method.setObjectName("paidMethod")
        for method in PaymentMethod:
            self.paid_method.addItem(payment_method_label(method), method)
        self.paid_amount = QLineEdit()
        self.paid_amount.setObjectName("paidAmount")
        self.paid_amount.setMinimumWidth(110)
        left_to_right_field(self.paid_amount)
        self.paid_amount.setAlignment(style.AMOUNT_ALIGNMENT)
        self.paid_amount.setFont(style.tabular(self.paid_amount.font()))
        self._paid_typed = False  # the owner typed an amount: it no longer follows the total
        self.paid_amount.textEdited.connect(self._paid_edited)
        self.paid_now.toggled.connect(self._paid_toggled)
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        # The amount on the right in either direction, under the totals' amounts, lined up with them.
        widgets = (self.paid_amount, self.paid_method) if self._context.format.right_to_left else (self.paid_method, self.paid_amount)
        for widget in widgets:
            fields.addWidget(widget, 1 if widget is self.paid_amount else 0)
        row = with_error(fields, self.errors["paid"])
        row.setObjectName("paidNowRow")
        self._paid_toggled(False)
        return row

    def _paid_toggled(self, on: bool) -> None:
        self.paid_method.setEnabled(on)
        self.paid_amount.setEnabled(on)
        show_errors({"paid": self.errors["paid"]}, {})
        if on:
            self._follow_total()
            self.paid_amount.setFocus()
            self.paid_amount.selectAll()

    def _paid_edited(self, text: str) -> None:
        self._paid_typed = bool(text.strip())
        show_errors({"paid": self.errors["paid"]}, {})

    def _follow_total(self, total: object = None) -> None:
        """The amount paid is the total (as last computed) until the owner types another."""
        if self._paid_typed or not self.paid_now.isChecked():
            return
        amount = self._total_due if total is None else total
        self.paid_amount.setText(f"{amount:f}" if amount is not None else "")

    def add_customer(self) -> CustomerDialog:
        """Add a walk-in customer to the book without leaving the invoice; they become its customer."""
        dialog = CustomerDialog(self._context, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._customer_added(dialog.saved_id))
        dialog.open()
        return dialog

    def _customer_added(self, customer_id: int | None) -> None:
        rows = customer_rows(self._context.db, [customer_id]) if customer_id is not None else []
        if rows:
            self.customer.set_customer(rows[0].id, rows[0].full_name)
            show_errors(self.errors, {})
            self.lines[0].item.setFocus()

    def _result_page(self) -> IssuedPage:
        self.result = IssuedPage(self._context, self, self.tr("Open invoice"))
        self.result.open_requested.connect(self._open_issued)
        self.result.close_requested.connect(self.accept)
        # The page's parts under the names the dialog has always had.
        self.issued_text, self.issued_more, self.printed_text = self.result.issued_text, self.result.more, self.result.printed_text
        self.print_button, self.open_button, self.close_button = (
            self.result.print_button,
            self.result.open_button,
            self.result.close_button,
        )
        return self.result

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a line goes to the next line (a new one after the last); it never issues."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == 0:
            focus = self.focusWidget()
            for index, line in enumerate(self.lines):
                if focus in (line.item, line.description, line.quantity, line.unit_price, line.discount, line.vat):
                    if index + 1 < len(self.lines):
                        self.lines[index + 1].item.setFocus()
                    elif not line.is_blank():
                        self.add_line().item.setFocus()
                    return
            event.accept()
            return
        super().keyPressEvent(event)

    def _set_headings(self) -> None:
        """The lines' headings; the money columns name the currency (their amounts go without it)
        and are aligned as their amounts are, so the decimal points line up under them."""
        symbol = self._context.format.currency_symbol(self.profile.currency)
        headings = {
            LineColumn.ITEM: self.tr("Item"),
            LineColumn.DESCRIPTION: self.tr("Description"),
            LineColumn.QUANTITY: self.tr("Quantity"),
            # On two lines: the columns stay narrow enough for the description at 1024 pixels.
            LineColumn.UNIT_PRICE: self.tr("Unit price\n({currency})").format(currency=symbol),
            LineColumn.DISCOUNT: self.tr("Discount\n({currency} or %)").format(currency=symbol),
            LineColumn.VAT: self.tr("VAT"),
            LineColumn.TOTAL: self.tr("Line total\n({currency})").format(currency=symbol),
            LineColumn.REMOVE: "",
        }
        for column, text in headings.items():
            item = QTableWidgetItem(text)
            if column in AMOUNT_COLUMNS:
                item.setTextAlignment(style.AMOUNT_ALIGNMENT)
            if column is LineColumn.DISCOUNT:
                item.setToolTip(self.tr("An amount off the line (5), or a percentage of it (10%)"))
            self.table.setHorizontalHeaderItem(column, item)

    # -- the business profile and the catalogue ---------------------------------------------------
    def _load_profile(self) -> None:
        self.profile = get_profile(self._context.db)
        self._set_headings()
        self.profile_box.setVisible(not self.profile.is_complete)
        self.profile_text.setText(
            self.tr("The business profile is not filled in yet. Invoices print the shop's name, address and VAT number: fill them in in the settings before issuing the first invoice.")
        )
        self.items = {row.id: row for row in catalogue_items(self._context.db)}
        for line in self.lines:
            self._fill_item_choices(line.item)
        self.update_totals()

    def open_settings(self) -> QDialog:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_profile()
        dialog.accepted.connect(self._load_profile)
        dialog.open()
        return dialog

    def _item_label(self, row: CatalogueRow) -> str:
        name = row.name(self._context.language)
        if row.renewal_every is not None and row.renewal_unit is not None:
            return self.tr("{item} (renews {period})").format(
                item=name, period=renewal_text(row.renewal_every, row.renewal_unit, self._context)
            )
        return name

    def _fill_item_choices(self, combo: QComboBox) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Typed by hand"), None)
        for row in self.items.values():
            combo.addItem(self._item_label(row), row.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- lines ----------------------------------------------------------------------------------------
    def add_line(self) -> LineEditor:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = CompactComboBox()
        item.setObjectName("lineItem")
        self._fill_item_choices(item)
        description = QLineEdit()
        description.setObjectName("lineDescription")
        description.setMaxLength(500)
        quantity = QLineEdit("1")
        quantity.setObjectName("lineQuantity")
        unit_price = QLineEdit()
        unit_price.setObjectName("lineUnitPrice")
        discount = QLineEdit()
        discount.setObjectName("lineDiscount")
        discount.setPlaceholderText(hint(self.tr("5 or 10%"), self._context.format.right_to_left))
        discount.setToolTip(self.tr("An amount off the line (5), or a percentage of it (10%)"))
        vat = CompactComboBox()
        vat.setObjectName("lineVat")
        for category in VatCategory:
            # Closed, the column shows the rate ("15%", "0%") or "Exempt"; open, the words with it.
            rate = {VatCategory.STANDARD: self.profile.vat_rate, VatCategory.ZERO_RATED: Decimal(0)}.get(category)
            words = vat_category_label(category)
            if rate is None:
                vat.add_choice(words, category)
            else:
                percent = self._context.format.percent(rate)
                vat.add_choice(f"{words} ({percent})", category, short=percent)
        total = QLabel()
        total.setObjectName("lineTotal")
        # The line's amount lines up with the unit prices and its heading: right-aligned in either
        # direction, tabular figures, the currency in the heading.
        total.setAlignment(style.AMOUNT_ALIGNMENT)
        total.setContentsMargins(4, 0, 8, 0)
        total.setFont(style.tabular(total.font()))
        # Numbers read left to right ("-1" is not "1-" in an Arabic window), aligned right as
        # amounts are typed on a till.
        for edit in (quantity, unit_price, discount):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setFont(style.tabular(edit.font()))
        remove = QToolButton()
        remove.setObjectName("removeLineButton")
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this line"))
        line = LineEditor(item, description, quantity, unit_price, discount, vat, total, remove)
        for column, widget in zip(LineColumn, (item, description, quantity, unit_price, discount, vat, total, remove)):
            self.table.setCellWidget(row, column, widget)
        item.currentIndexChanged.connect(lambda _index, line=line: self._item_chosen(line))
        for edit in (description, quantity, unit_price, discount):
            edit.textEdited.connect(lambda _text: self.update_totals())
        vat.currentIndexChanged.connect(lambda _index: self.update_totals())
        remove.clicked.connect(lambda _checked=False, line=line: self.remove_line(line))
        self.lines.append(line)
        self._number_rows()
        self.update_totals()
        return line

    def remove_line(self, line: LineEditor) -> None:
        row = self.lines.index(line)
        self.lines.pop(row)
        self.table.removeRow(row)
        if not self.lines:
            self.add_line()
        self._number_rows()
        self.update_totals()

    def _number_rows(self) -> None:
        fmt = self._context.format
        self.table.setVerticalHeaderLabels([fmt.number(i + 1) for i in range(len(self.lines))])

    def _item_chosen(self, line: LineEditor) -> None:
        """A catalogue item fills the line's description, price and VAT (all still editable)."""
        item = self.items.get(line.item_id) if line.item_id is not None else None
        if item is not None:
            line.description.setText(item.name(self._context.language))
            line.unit_price.setText(f"{round_money(item.unit_price, currency_decimals(self.profile.currency)):f}")
            line.vat.setCurrentIndex(line.vat.findData(item.vat_category))
            line.quantity.setFocus()
            line.quantity.selectAll()
        self.update_totals()

    def _read_line(self, line: LineEditor, *, strict: bool) -> LineDraft:
        """The line as a draft; MoneyError for text that is not a number, _Incomplete for a line
        still being typed (only when not `strict`)."""
        if not strict and not (line.description.text().strip() and line.quantity.text().strip() and line.unit_price.text().strip()):
            raise _Incomplete
        decimals = currency_decimals(self.profile.currency)
        quantity = parse_amount(line.quantity.text(), decimals=3, allow_negative=True, field="quantity")
        unit_price = parse_amount(line.unit_price.text(), decimals=decimals, allow_negative=True, field="unit_price")
        discount_text = line.discount.text().strip()
        # "5" is an amount off the line, "10%" a percentage of it (money.parse_discount).
        discount = parse_discount(discount_text, decimals=decimals) if discount_text else None
        return LineDraft(
            description=line.description.text(),
            quantity=quantity,
            unit_price=unit_price,
            discount=discount.value if discount is not None and not discount.percent else ZERO,
            vat_category=VatCategory(line.vat.currentData()),
            item_id=line.item_id,
            discount_percent=discount.value if discount is not None and discount.percent else None,
        )

    def _drafts(self, *, strict: bool) -> tuple[list[LineDraft], list[LineEditor]]:
        """The lines to invoice and the editors they came from; blank lines are left out.
        Raises _LineError for a field that is not a number."""
        drafts: list[LineDraft] = []
        editors: list[LineEditor] = []
        for line in self.lines:
            if line.is_blank():
                line.total.setText("")
                continue
            try:
                drafts.append(self._read_line(line, strict=strict))
            except _Incomplete:
                line.total.setText("—")
                continue
            except MoneyError as error:
                raise _LineError(line, error) from error
            editors.append(line)
        return drafts, editors

    def _clear_marks(self) -> None:
        for line in self.lines:
            for widget in (line.description, line.quantity, line.unit_price, line.discount, line.vat, line.item):
                widget.setStyleSheet("")
        show_errors({"lines": self.errors["lines"]}, {})

    def _show_line_error(self, line: LineEditor | None, field: str, problem: str, *, focus: bool) -> None:
        """Under the table: which line and what is wrong; the field at fault is framed in red."""
        if line is None:
            show_errors({"lines": self.errors["lines"]}, {"lines": problem})
            return
        number = self._context.format.number(self.lines.index(line) + 1)
        message = self.tr("Line {number}: {problem}").format(number=number, problem=problem)
        show_errors({"lines": self.errors["lines"]}, {"lines": message})
        widget = line.field(field)
        widget.setStyleSheet(FIELD_AT_FAULT)
        line.total.setText("—")
        if focus:
            widget.setFocus()

    def _show_core_error(self, error: SalesError, editors: list[LineEditor], *, focus: bool) -> None:
        """A problem the core found; its `line` counts the lines it was given (blank ones left out)."""
        line = editors[error.line] if error.line is not None and error.line < len(editors) else None
        self._show_line_error(line, error.field, str(error), focus=focus)

    def update_totals(self) -> bool:
        """Recompute the totals from what is typed; a problem on a line shows under the table."""
        self._clear_marks()
        self._show_renewals()
        fmt = self._context.format
        currency = self.profile.currency
        try:
            drafts, editors = self._drafts(strict=False)
            if not drafts:
                for label in (self.net, self.vat, self.total):
                    label.setText(fmt.money(ZERO, currency))
                self.totals.setRowVisible(self.discount, False)
                self._total_due = None
                self._follow_total()
                return True
            totals = compute_invoice_totals(drafts, self.profile, self.prices_include_vat.isChecked(), credit_note=False)
        except _LineError as error:
            self._show_line_error(error.line, error.field, str(error), focus=False)
            return self._no_totals()
        except SalesError as error:
            self._show_core_error(error, editors, focus=False)
            return self._no_totals()
        for line, amounts in zip(editors, totals.lines):
            line.total.setText(fmt.amount(amounts.total, currency))
            # The discount's field says what it comes to (a percentage, most of all).
            line.discount.setToolTip(
                self.tr("{amount} off this line").format(amount=fmt.money(amounts.discount, currency))
                if amounts.discount
                else self.tr("An amount off the line (5), or a percentage of it (10%)")
            )
        self.discount.setText(fmt.money(totals.discount, currency))
        self.totals.setRowVisible(self.discount, bool(totals.discount))
        self.net.setText(fmt.money(totals.net, currency))
        self.vat.setText(fmt.money(totals.vat, currency))
        self.total.setText(fmt.money(totals.total, currency))
        self._total_due = totals.total
        self._follow_total()
        return True

    def _no_totals(self) -> bool:
        for label in (self.discount, self.net, self.vat, self.total):
            label.setText("—")
        self._total_due = None
        return False

    def _show_renewals(self) -> None:
        notes = []
        for line in self.lines:
            item = self.items.get(line.item_id) if line.item_id is not None else None
            if item is not None and item.renewal_every is not None and item.renewal_unit is not None:
                notes.append(
                    self.tr("“{item}” renews {period}: issuing the invoice moves the customer's renewal date on.").format(
                        item=item.name(self._context.language),
                        period=renewal_text(item.renewal_every, item.renewal_unit, self._context),
                    )
                )
        self.renewal_note.setText("\n".join(notes))
        self.renewal_note.setVisible(bool(notes))

    # -- issuing --------------------------------------------------------------------------------------
    def issue(self) -> IssuedDocument | None:
        """Check everything, issue the invoice in one transaction (or show what is wrong and save nothing)."""
        show_errors(self.errors, {})
        self._clear_marks()
        if self.customer.customer_id is None:
            show_errors(self.errors, {"customer": self.tr("Choose the customer from the list.")})
            self.customer.setFocus()
            return None
        if len(self.note.toPlainText()) > NOTE_LIMIT:
            show_errors(self.errors, {"note": self.tr("Keep the note under %n characters.", "", NOTE_LIMIT)})
            self.note.setFocus()
            return None
        try:
            drafts, editors = self._drafts(strict=True)
        except _LineError as error:
            self._show_line_error(error.line, error.field, str(error), focus=True)
            return None
        try:
            paid_now = self._paid_now()
        except MoneyError as error:
            show_errors(self.errors, {"paid": str(error)})
            self.paid_amount.setFocus()
            return None
        db = self._context.db
        draft = InvoiceDraft(
            customer_id=self.customer.customer_id,
            lines=drafts,
            prices_include_vat=self.prices_include_vat.isChecked(),
            note=self.note.toPlainText(),
        )

        def refused(error: SalesError) -> None:
            self._issue_failed(error, editors)

        run_action(
            self,
            self.tr("Issue invoice"),
            lambda: issue_invoice(db, draft, paid_now=paid_now),
            self._issued,
            handles=(SalesError,),
            on_refused=refused,
        )
        return self.issued_document

    def _paid_now(self) -> PaidNow | None:
        """What the customer pays now, as typed; MoneyError for an amount that is not one (the core
        checks it against the total)."""
        if not self.paid_now.isChecked():
            return None
        decimals = currency_decimals(self.profile.currency)
        amount = parse_amount(self.paid_amount.text(), decimals=decimals, field="paid_amount")
        return PaidNow(amount, PaymentMethod(self.paid_method.currentData()))

    def _issued(self, issued: IssuedDocument) -> None:
        self.issued_document = issued
        self._context.changed.emit()
        self._context.invoice_issued.emit(issued.id)
        self._show_issued(issued)

    def _issue_failed(self, error: SalesError, editors: list[LineEditor]) -> None:
        if error.field == "profile":
            self._load_profile()
            self.profile_box.show()
            self.profile_text.setText(str(error))
            self.settings_button.setFocus()
        elif error.field == "customer":
            show_errors(self.errors, {"customer": str(error)})
            self.customer.setFocus()
        elif error.field.startswith("paid_"):
            show_errors(self.errors, {"paid": str(error)})
            self.paid_amount.setFocus()
            self.paid_amount.selectAll()
        elif error.line is not None or error.field in LINE_FIELDS:
            self._show_core_error(error, editors, focus=True)
        else:
            show_errors(self.errors, {"general": str(error)})

    def _show_issued(self, issued: IssuedDocument) -> None:
        fmt = self._context.format
        text = self.tr("Invoice {number} is issued to {customer}. Total: {total}").format(
            number=fmt.document_number(issued.number),
            customer=isolate_auto(self.customer.text()),
            total=fmt.money(issued.total, self.profile.currency),
        )
        if issued.payment is not None:
            text += " " + self._paid_sentence(issued)
        text = fmt.paragraph(text)
        more = (
            fmt.paragraph(self.tr("This is the customer's first purchase: keep in touch so it is not the last."))
            if issued.first_purchase
            else ""
        )
        self.setWindowTitle(self.tr("Invoice {number}").format(number=issued.number))
        self.pages.setCurrentIndex(1)
        self.result.show_issued(issued, text, more)

    def _paid_sentence(self, issued: IssuedDocument) -> str:
        assert issued.payment is not None
        fmt, currency = self._context.format, self.profile.currency
        paid = fmt.money(issued.payment.amount, currency)
        method = payment_method_label(issued.payment.method)
        due = issued.total - issued.payment.amount
        if due > 0:
            return self.tr("Paid {amount} ({method}); {due} still due.").format(
                amount=paid, method=method, due=fmt.money(due, currency)
            )
        return self.tr("Paid {amount} ({method}).").format(amount=paid, method=method)

    @property
    def printed_path(self) -> Path | None:
        return self.result.printed_path

    def _open_issued(self) -> None:
        if self.issued_document is not None:
            self.open_document.emit(self.issued_document.id)
        self.accept()

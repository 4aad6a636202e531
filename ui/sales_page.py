"""The Sales screen: invoices and credit notes, newest first, with search, "unpaid only" and what to do with one."""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import cache
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.kinds import DocumentKind
from retention_desktop.documents import DocumentRow, amounts_due, document_currencies, list_documents
from retention_desktop.sales import PaymentStatus
from retention_desktop.text import isolate_auto

from ui import style
from ui.columns import FittedColumns
from ui.context import AppContext
from ui.forms import EmptyState
from ui.table_model import Index, RowsTableModel
from ui.labels import document_kind_label, payment_status_text
from ui.widgets import SearchBox, page_action, select_row

# The list shows the newest documents first, a page at a time: more as it is scrolled.
PAGE = 100
# After a change, the rows already fetched are fetched again (so that the list keeps its place),
# up to this many.
KEPT_ON_REFRESH = 2000
CUSTOMER_MIN_WIDTH = 160
STATUS_COLOURS = {
    PaymentStatus.UNPAID: QColor("#b3261e"),
    PaymentStatus.PARTLY_PAID: QColor("#9a5b00"),
    PaymentStatus.PAID: QColor("#1e6b35"),
    PaymentStatus.CREDITED: QColor("#666666"),
    PaymentStatus.REFUND_DUE: QColor("#6a1b9a"),
}
CREDIT_NOTE_TEXT = QColor("#555555")



class Column(enum.IntEnum):
    NUMBER = 0
    KIND = 1
    DATE = 2
    CUSTOMER = 3
    TOTAL = 4
    PAID = 5
    STATUS = 6


_AMOUNTS = (Column.TOTAL, Column.PAID)


class DocumentTableModel(RowsTableModel[DocumentRow]):
    """The documents the core listed, a page at a time (Qt's canFetchMore/fetchMore): every document
    can be reached by scrolling. Each cell is formatted when the view asks for it; when the book
    holds one currency, the amount columns name it in their heading and the amounts go without it."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.text = ""
        self.unpaid_only = False
        self.count = 0
        self.currency: str | None = None  # the one currency of every document, if there is one
        self.book_has_documents = False  # whatever the search: the book holds an invoice or a credit note
        self._more = False

    def load(self, text: str, unpaid_only: bool, wanted: int = PAGE) -> None:
        """List the documents `text` and `unpaid_only` ask for: the first `wanted` of them."""
        db = self._context.db
        self.text, self.unpaid_only = text, unpaid_only
        rows, self.count = list_documents(db, text=text, unpaid_only=unpaid_only, limit=wanted)
        currencies = document_currencies(db)
        self.book_has_documents = bool(currencies)
        currency = currencies[0] if len(currencies) == 1 else None
        if currency != self.currency:
            self.currency = currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._more = len(rows) < self.count
        self.set_rows(rows)

    def reload(self) -> None:
        """Look the rows up again, as many as were fetched, so that the list keeps its place."""
        self.load(self.text, self.unpaid_only, min(max(len(self.rows), PAGE), KEPT_ON_REFRESH))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or not self.rows:
            return
        rows, self.count = list_documents(
            self._context.db, text=self.text, unpaid_only=self.unpaid_only, limit=PAGE, after=self.rows[-1].id
        )
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self._more = bool(rows) and len(self.rows) < self.count

    def headers(self) -> dict[Column, str]:
        symbol = self._context.format.currency_symbol(self.currency) if self.currency else ""
        return {
            Column.NUMBER: self.tr("Number"),
            Column.KIND: self.tr("Document"),
            Column.DATE: self.tr("Date"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.TOTAL: self.tr("Total ({currency})").format(currency=symbol) if symbol else self.tr("Total"),
            Column.PAID: self.tr("Paid ({currency})").format(currency=symbol) if symbol else self.tr("Paid"),
            Column.STATUS: self.tr("Status"),
        }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section in _AMOUNTS:
            return style.AMOUNT_ALIGNMENT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if column in _AMOUNTS and role == Qt.ItemDataRole.TextAlignmentRole:
            return style.AMOUNT_ALIGNMENT
        if column in _AMOUNTS and role == Qt.ItemDataRole.FontRole:
            return _figures()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STATUS and row.status is not None:
                return STATUS_COLOURS[row.status]
            if row.kind == DocumentKind.CREDIT_NOTE:
                return CREDIT_NOTE_TEXT
        return None

    def _text(self, row: DocumentRow, column: Column) -> str:
        fmt = self._context.format
        if column is Column.NUMBER:
            return fmt.document_number(row.number)
        if column is Column.KIND:
            return document_kind_label(row.kind)
        if column is Column.DATE:
            return fmt.date(row.issue_date)
        if column is Column.CUSTOMER:
            return isolate_auto(row.customer_name)
        if column is Column.TOTAL:
            return self._amount(row.total, row.currency)
        if column is Column.PAID:
            return self._amount(row.paid, row.currency) if row.kind == DocumentKind.INVOICE else ""
        if row.status is None:
            return ""
        return payment_status_text(row.status, row.balance, row.total, lambda amount: fmt.money(amount, row.currency))

    def _amount(self, amount: Decimal, currency: str) -> str:
        """Without the currency when the heading names it (the book holds only this one)."""
        fmt = self._context.format
        return fmt.amount(amount, currency) if currency == self.currency else fmt.money(amount, currency)


@cache
def _figures() -> QFont:
    """The table's font with tabular figures, for the amount columns."""
    return style.tabular(QApplication.font("QTableView"))


class SalesPage(QWidget):
    """Lists documents and acts on the selected one; `open_customer` asks the main window to show
    a customer in the book."""

    open_customer = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesPage")
        self._context = context
        self._stale = True

        self._build_filters()
        self._build_actions()
        bar = self._build_action_bar()
        new_button = self._build_heading_buttons()
        self._build_table()
        self._build_empty_state()
        self._lay_out(bar, new_button)

        context.changed.connect(self._changed)
        self._update_actions()

    def _build_filters(self) -> None:
        """The search, "Unpaid only", how many are listed and what they still owe."""
        self.search = SearchBox(
            self, "salesSearch", self.tr("Search by number, or by the customer's name or phone"), self.refresh
        )
        self.unpaid_only = QCheckBox(self.tr("Unpaid only"))
        self.unpaid_only.setObjectName("unpaidOnly")
        self.unpaid_only.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("documentCount")
        # Under "Unpaid only": what the invoices listed still owe, per currency.
        self.owed = QLabel()
        self.owed.setObjectName("amountOwed")
        self.owed.setTextFormat(Qt.TextFormat.PlainText)
        self.owed.hide()

    def _build_action_bar(self) -> QHBoxLayout:
        """A button for each action on the selected document, enabled with its action."""
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, action in (
            ("openDocumentButton", self.action_open),
            ("printDocumentButton", self.action_print),
            ("recordPaymentButton", self.action_payment),
            ("creditNoteButton", self.action_credit),
        ):
            button = QPushButton(action.text())
            button.setObjectName(name)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            action.changed.connect(lambda button=button, action=action: button.setText(action.text()))
            button.setEnabled(action.isEnabled())
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _build_heading_buttons(self) -> QPushButton:
        """The title, the catalogue and the welcome kits, and the new invoice (returned)."""
        self.catalogue_button = QPushButton(style.icon("package"), self.tr("Catalogue…"))
        self.catalogue_button.setObjectName("catalogueButton")
        self.catalogue_button.clicked.connect(lambda: self.open_catalogue())
        # The page's heading, as the customer book's: its title, how many, and its main action.
        self.title = QLabel(self.tr("Sales"))
        self.title.setObjectName("salesTitle")
        style.set_role(self.title, "title")
        style.set_role(self.count, "muted")
        new_button = QPushButton(style.icon("file-invoice", style.COLOURS.on_accent), self.action_new.text())
        new_button.setObjectName("newInvoiceButton")
        new_button.setToolTip(self.action_new.toolTip())
        style.set_role(new_button, "primary")
        new_button.clicked.connect(self.action_new.trigger)
        self.action_new.enabledChanged.connect(new_button.setEnabled)
        self.buttons["newInvoiceButton"] = new_button
        self.kits_button = QPushButton(style.icon("heart-handshake"), self.tr("Welcome kits…"))
        self.kits_button.setObjectName("welcomeKitsButton")
        self.kits_button.setToolTip(self.tr("New customers and their welcome kits, printed one by one or all at once"))
        self.kits_button.clicked.connect(lambda: self.open_welcome_kits())
        return new_button

    def _build_table(self) -> None:
        self.model = DocumentTableModel(self._context)
        self.table = QTableView()
        self.table.setObjectName("documentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionsMovable(True)
        # The customer's name takes what is left; the kind goes first when the window is narrow
        # (the number says it too), then what was paid.
        self.columns = FittedColumns(
            self.table,
            Column.CUSTOMER,
            CUSTOMER_MIN_WIDTH,
            self._measure_columns(),
            (Column.NUMBER, Column.DATE, Column.TOTAL, Column.STATUS, Column.PAID, Column.KIND),
        )
        # A double-click (or Enter) activates a row; connecting doubleClicked as well would open it twice.
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_actions())
        self.table.addAction(self.action_print)

    def _build_empty_state(self) -> None:
        self.empty = EmptyState(
            "emptySalesText", self.tr("Issue the first invoice"), self.new_invoice, button_name="emptyNewInvoiceButton"
        )
        self.empty_text, self.empty_new = self.empty.text, self.empty.button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

    def _lay_out(self, bar: QHBoxLayout, new_button: QPushButton) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(style.SPACE_M)
        heading.addWidget(self.title)
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.catalogue_button)
        heading.addWidget(self.kits_button)
        heading.addWidget(new_button)
        top = QHBoxLayout()
        top.setSpacing(style.SPACE_M)
        top.addWidget(self.search, 1)
        top.addWidget(self.unpaid_only)
        top.addWidget(self.owed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_M)
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def _measure_columns(self) -> dict[int, int]:
        """Each column as wide as its usual widest content (and its heading), with the cell's padding."""
        metrics = self.table.fontMetrics()
        fmt = self._context.format
        big = Decimal("123456.00")

        def widest(column: Column, *texts: str) -> int:
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(metrics.horizontalAdvance(text) for text in (heading, *texts)) + 2 * style.SPACE_L + style.SPACE_S

        currency = self.model.currency
        money = fmt.amount(big, currency) if currency else fmt.money(big, "SAR")
        return {
            Column.NUMBER: widest(Column.NUMBER, fmt.document_number("INV-000000")),
            Column.KIND: widest(Column.KIND, *(document_kind_label(kind) for kind in DocumentKind)),
            Column.DATE: widest(Column.DATE, fmt.date(date(2026, 12, 30))),
            Column.TOTAL: widest(Column.TOTAL, money),
            Column.PAID: widest(Column.PAID, money),
            Column.STATUS: widest(
                Column.STATUS,
                *(payment_status_text(status, big, big + 1, lambda amount: fmt.money(amount, "SAR")) for status in PaymentStatus),
            ),
        }

    def _build_actions(self) -> None:
        def action(name: str, text: str, slot: Callable[[], object], shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            return page_action(self, name, text, slot, shortcut)

        self.action_new = action("actionSalesNewInvoice", self.tr("New invoice…"), self.new_invoice)
        self.action_open = action("actionOpenDocument", self.tr("Open"), self.open_selected)
        self.action_print = action("actionPrintDocument", self.tr("Print…"), self.print_selected, QKeySequence.StandardKey.Print)
        self.action_payment = action("actionRecordPayment", self.tr("Record payment…"), self.record_payment)
        self.action_credit = action("actionCreditNote", self.tr("Credit note…"), self.credit_note)

    # -- what is shown ------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again with the same search, keeping the selected document if it is still
        listed (as many rows as were fetched are read again, so the list keeps its place)."""
        self.search.timer.stop()
        self._stale = False
        keep = self.current_document()
        text, unpaid_only = self.search.text(), self.unpaid_only.isChecked()
        currency = self.model.currency
        if (text, unpaid_only) == (self.model.text, self.model.unpaid_only):
            self.model.reload()
        else:
            self.model.load(text, unpaid_only)
        if self.model.currency != currency:  # the headings and the amounts changed width
            self.columns.widths = self._measure_columns()
            self.columns.fit()
        rows, total = self.model.rows, self.model.count
        fmt = self._context.format
        self.count.setText(self.tr("%n documents", "", total).replace(str(total), fmt.number(total)))
        self._show_owed(text if unpaid_only else None)
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_empty()
            self.stack.setCurrentWidget(self.empty)
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            select_row(self.table, row)
        self._update_actions()

    def _show_owed(self, text: str | None) -> None:
        """Under "Unpaid only" (`text` the search), what the invoices listed still owe, per currency."""
        owed = amounts_due(self._context.db, text=text) if text is not None else ()
        fmt = self._context.format
        amounts = self.tr(" · ").join(fmt.money(amount, currency) for currency, amount in owed)
        self.owed.setText(self.tr("Still owed: {amounts}").format(amounts=amounts) if owed else "")
        self.owed.setVisible(bool(owed))

    def _show_empty(self) -> None:
        query = self.search.text().strip()
        # "Unpaid only" over a book without a single invoice: the book is empty, not all paid.
        unpaid_only = self.unpaid_only.isChecked() and self.model.book_has_documents
        self.empty_new.setVisible(not query and not unpaid_only)
        if query:
            self.empty_text.setText(self.tr("No invoice or credit note matches “{query}”.").format(query=query))
        elif unpaid_only:
            self.empty_text.setText(self.tr("Every invoice is paid."))
        else:
            self.empty_text.setText(self.tr("No invoices yet.\nIssue an invoice after a sale: it counts as the customer's purchase."))

    def current_document(self) -> DocumentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.rows[index.row()]

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row < 0:
            return False
        select_row(self.table, row)
        return True

    def _update_actions(self) -> None:
        row = self.current_document()
        invoice = row if row is not None and row.kind == DocumentKind.INVOICE else None
        self.action_open.setEnabled(row is not None)
        self.action_print.setEnabled(row is not None)
        # Money to take (still due) or to give back (a credit note came after payment).
        self.action_payment.setEnabled(invoice is not None and invoice.balance != 0)
        refund = invoice is not None and invoice.balance < 0
        self.action_payment.setText(self.tr("Record refund…") if refund else self.tr("Record payment…"))
        # Something is left to credit while the credit notes so far add up to less than the invoice.
        self.action_credit.setEnabled(invoice is not None and invoice.credited < invoice.total)

    # -- actions --------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_invoice(self, customer_id: int | None = None) -> QDialog:
        from ui.invoice_dialog import NewInvoiceDialog

        dialog = NewInvoiceDialog(self._context, customer_id, self)
        dialog.open_document.connect(self.open_document)
        dialog.accepted.connect(lambda: self._issued(dialog.issued_document.id if dialog.issued_document else None))
        return self._open(dialog)

    def _issued(self, document_id: int | None) -> None:
        if document_id is not None:
            self.refresh()
            self.select_document(document_id)

    def open_document(self, document_id: int) -> QDialog:
        from ui.invoice_view import open_document_view

        return open_document_view(self._context, document_id, self, self.open_customer.emit)

    def open_selected(self) -> QDialog | None:
        row = self.current_document()
        return self.open_document(row.id) if row is not None else None

    def print_selected(self) -> QDialog | None:
        """The selected document in the preview, to print or save."""
        row = self.current_document()
        if row is None:
            return None
        from ui.document_preview import preview_document  # the preview and pdfium load on the first print

        return preview_document(self._context, self, row.id)

    def record_payment(self) -> QDialog | None:
        row = self.current_document()
        if row is None or not self.action_payment.isEnabled():
            return None
        from ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self._context, row.id, self)
        dialog.accepted.connect(lambda: self.message.emit(self.tr("Payment recorded.")))
        return self._open(dialog)

    def credit_note(self) -> QDialog | None:
        row = self.current_document()
        if row is None or not self.action_credit.isEnabled():
            return None
        from ui.credit_note_dialog import CreditNoteDialog

        dialog = CreditNoteDialog(self._context, row.id, self)
        dialog.open_document.connect(self.open_document)
        return self._open(dialog)

    def open_catalogue(self) -> QDialog:
        from ui.catalogue_dialog import CatalogueDialog

        return self._open(CatalogueDialog(self._context, self))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_welcome_kits(self) -> QDialog:
        """New customers since a day, and their welcome kits (ui/kit_batch_dialog.py)."""
        from ui.kit_batch_dialog import NewCustomersKitsDialog

        return self._open(NewCustomersKitsDialog(self._context, self))

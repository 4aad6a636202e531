"""The Sales screen: invoices and credit notes, newest first, with search, "unpaid only" and what to do with one."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from retention_desktop.sales import DocumentRow, PaymentStatus, list_documents
from retention_desktop.text import isolate_auto, isolate_ltr

from ui import style
from ui.columns import FittedColumns
from ui.context import AppContext
from ui.forms import EmptyState
from ui.table_model import Index, RowsTableModel
from ui.labels import document_kind_label, payment_status_text
from ui.widgets import SearchBox, page_action
from ui.printing import print_document

# The list shows the newest documents; a search finds older ones.
LIST_LIMIT = 500
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
    """The documents the core listed; each cell formatted when the view asks for it."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context

    def headers(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("Number"),
            Column.KIND: self.tr("Document"),
            Column.DATE: self.tr("Date"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.TOTAL: self.tr("Total"),
            Column.PAID: self.tr("Paid"),
            Column.STATUS: self.tr("Status"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _AMOUNTS:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
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
            return fmt.money(row.total, row.currency)
        if column is Column.PAID:
            return fmt.money(row.paid, row.currency) if row.kind == DocumentKind.INVOICE else ""
        if row.status is None:
            return ""
        return payment_status_text(row.status, row.balance, row.total, lambda amount: fmt.money(amount, row.currency))


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

        self.search = SearchBox(
            self, "salesSearch", self.tr("Search by number, or by the customer's name or phone"), self.refresh
        )
        self.unpaid_only = QCheckBox(self.tr("Unpaid only"))
        self.unpaid_only.setObjectName("unpaidOnly")
        self.unpaid_only.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("documentCount")

        self._build_actions()
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, action in (
            ("newInvoiceButton", self.action_new),
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
        self.catalogue_button = QPushButton(self.tr("Catalogue…"))
        self.catalogue_button.setObjectName("catalogueButton")
        self.catalogue_button.clicked.connect(lambda: self.open_catalogue())
        bar.addWidget(self.catalogue_button)
        self.kits_button = QPushButton(self.tr("Welcome kits…"))
        self.kits_button.setObjectName("welcomeKitsButton")
        self.kits_button.setToolTip(self.tr("New customers and their welcome kits, printed one by one or all at once"))
        self.kits_button.clicked.connect(lambda: self.open_welcome_kits())
        bar.addWidget(self.kits_button)

        self.model = DocumentTableModel(context)
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

        self.empty = EmptyState(
            "emptySalesText", self.tr("Issue the first invoice"), self.new_invoice, button_name="emptyNewInvoiceButton"
        )
        self.empty_text, self.empty_new = self.empty.text, self.empty.button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unpaid_only)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        context.changed.connect(self._changed)
        self._update_actions()

    def _measure_columns(self) -> dict[int, int]:
        """Each column as wide as its usual widest content (and its heading), with the cell's padding."""
        metrics = self.table.fontMetrics()
        fmt = self._context.format
        big = Decimal("123456.00")

        def widest(column: Column, *texts: str) -> int:
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(metrics.horizontalAdvance(text) for text in (heading, *texts)) + 2 * style.SPACE_L + style.SPACE_S

        money = fmt.money(big, "SAR")
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
        self.action_print = action("actionPrintDocument", self.tr("Print"), self.print_selected, QKeySequence.StandardKey.Print)
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
        """Read the list again with the same search, keeping the selected document if it is still listed."""
        self.search.timer.stop()
        self._stale = False
        keep = self.current_document()
        rows, total = list_documents(
            self._context.db, text=self.search.text(), unpaid_only=self.unpaid_only.isChecked(), limit=LIST_LIMIT
        )
        self.model.set_rows(rows)
        fmt = self._context.format
        if len(rows) < total:
            self.count.setText(self.tr("newest {shown} of {total}").format(shown=fmt.number(len(rows)), total=fmt.number(total)))
        else:
            self.count.setText(self.tr("%n documents", "", total).replace(str(total), fmt.number(total)))
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_empty()
            self.stack.setCurrentWidget(self.empty)
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_actions()

    def _show_empty(self) -> None:
        query = self.search.text().strip()
        filtered = bool(query) or self.unpaid_only.isChecked()
        self.empty_new.setVisible(not filtered)
        if query:
            self.empty_text.setText(self.tr("No invoice or credit note matches “{query}”.").format(query=query))
        elif self.unpaid_only.isChecked():
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
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
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

    def print_selected(self) -> Path | None:
        row = self.current_document()
        if row is None:
            return None
        path = print_document(self._context, self, row.id, row.number)
        if path is not None:
            self.message.emit(self.tr("{number} saved as {path}").format(number=isolate_ltr(row.number), path=isolate_ltr(str(path))))
        return path

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

"""The Lost customers page's list of those marked lost: why and when each left, what they were
worth, and where the owner opens their card or wins them back."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from retention_desktop.lifecycle import LostCustomer, lost_customers
from retention_desktop.text import isolate_auto

from ui import style
from ui.context import AppContext
from ui.forms import wrapped_label
from ui.loss_dialog import win_back
from ui.table_model import PAGE, Index, PagedRowsModel
from ui.widgets import select_row



class Column(enum.IntEnum):
    NAME = 0
    PHONE = 1
    REASON = 2
    LOST_ON = 3
    LAST_PURCHASE = 4
    SPENT = 5


class LostModel(PagedRowsModel[LostCustomer]):
    """The customers lost now, the most recently lost first, a page at a time."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context

    def read(self, limit: int, offset: int) -> tuple[Sequence[LostCustomer], int]:
        found = lost_customers(self._context.db, limit=limit, offset=offset)
        return found.rows, found.total

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Customer"),
            Column.PHONE: self.tr("Phone"),
            Column.REASON: self.tr("Why they left"),
            Column.LOST_ON: self.tr("Lost on"),
            Column.LAST_PURCHASE: self.tr("Last purchase"),
            Column.SPENT: self.tr("Spent"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            fmt = self._context.format
            if column is Column.NAME:
                return isolate_auto(row.name)
            if column is Column.PHONE:
                return fmt.phone(row.phone)
            if column is Column.REASON:
                return isolate_auto(row.reason)
            if column is Column.LOST_ON:
                return fmt.date(row.lost_on)
            if column is Column.LAST_PURCHASE:
                return fmt.date(row.last_purchase) if row.last_purchase else "—"
            return "\n".join(fmt.money(amount, currency) for currency, amount in row.spent) or "—"
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SPENT:
            return style.AMOUNT_ALIGNMENT
        return None


class LostList(QWidget):
    """The tab: the list, its count, and what can be done with the chosen customer. `open_customer`
    asks the main window to show a card; `message` says what was done."""

    open_customer = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostListTab")
        self._context = context
        self.hint = wrapped_label(
            self.tr(
                "Customers you marked lost, with the reason you recorded. A purchase wins one back by itself; "
                "if they come back without buying, say so here."
            ),
            "muted",
        )
        self.count = QLabel()
        self.count.setObjectName("lostCount")
        self.model = LostModel(context)
        self.table = QTableView()
        self.table.setObjectName("lostTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Nothing to begin here: customers are marked lost from their card or from the lapsed list.
        self.empty = QLabel(self.tr("No customer is marked lost."))
        self.empty.setObjectName("lostEmptyText")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.open_button = QPushButton(style.icon("user"), self.tr("Open card"))
        self.open_button.setObjectName("lostOpenButton")
        self.open_button.clicked.connect(self.open_selected)
        self.won_back_button = QPushButton(style.icon("heart-handshake"), self.tr("Won back"))
        self.won_back_button.setObjectName("lostWonBackButton")
        self.won_back_button.setToolTip(self.tr("They came back: the customer leaves this list and keeps their history."))
        self.won_back_button.clicked.connect(self.win_back)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.won_back_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    def refresh(self) -> None:
        keep = self.selected()
        self.model.load(max(len(self.model.rows), PAGE))
        fmt = self._context.format
        total = self.model.total
        self.count.setText(self.tr("%n lost customers", "", total).replace(str(total), fmt.number(total)))
        self.table.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        if keep is not None and (row := self.model.row_of(keep.id)) >= 0:
            select_row(self.table, row)
        self._update_buttons()

    def selected(self) -> LostCustomer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.won_back_button.setEnabled(chosen)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_customer.emit(row.id)

    def win_back(self) -> None:
        """The chosen customer came back: restored, as the card's Won back does."""
        row = self.selected()
        if row is not None:
            win_back(self, self._context, row.id, self.message.emit)


__all__ = ["LostList", "LostModel"]

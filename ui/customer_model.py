"""The customer book's table model: holds only ids, fetches the rows on screen a page at a time."""

from __future__ import annotations

import enum
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from retention_desktop.customers import CustomerOrder, CustomerRow, customer_rows, search_customers

from ui.context import AppContext
from ui.labels import stage_label

PAGE_SIZE = 200
PAGES_KEPT = 40

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    PHONE = 1
    STAGE = 2
    AREA = 3
    TAGS = 4
    CREATED = 5


_ORDER_OF = {
    Column.NAME: CustomerOrder.NAME,
    Column.STAGE: CustomerOrder.STAGE,
    Column.AREA: CustomerOrder.AREA,
    Column.CREATED: CustomerOrder.CREATED,
}


class CustomerTableModel(QAbstractTableModel):
    """Rows are customer ids matching the current search; their contents are looked up when shown."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CustomerRow | None]] = OrderedDict()
        self.query = ""
        self.archived = False
        self._order = CustomerOrder.NAME
        self._descending = False

    # -- what the book shows ------------------------------------------------------------------
    def set_filter(self, query: str, archived: bool | None = None) -> None:
        self.query = query
        if archived is not None:
            self.archived = archived
        self.reload()

    def reload(self) -> None:
        """Look the matching ids up again (after a search or any change)."""
        ids = search_customers(
            self._context.db, self.query, archived=self.archived, order=self._order, descending=self._descending
        )
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int:
        """The row showing this customer, -1 if the current search does not include them."""
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> CustomerRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            found = {r.id: r for r in customer_rows(self._context.db, ids)}
            page = [found.get(i) for i in ids]
            self._pages[page_number] = page
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE_SIZE]

    # -- Qt's side ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.STAGE: self.tr("Stage"),
            Column.AREA: self.tr("Area"),
            Column.TAGS: self.tr("Tags"),
            Column.CREATED: self.tr("Customer since"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        fmt = self._context.format
        if column is Column.NAME:
            return row.full_name
        if column is Column.PHONE:
            return fmt.phone(row.phone)
        if column is Column.STAGE:
            return stage_label(row.stage)
        if column is Column.AREA:
            return row.area
        if column is Column.TAGS:
            return self.tr(", ").join(row.tags)
        return fmt.date(row.created_at)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        by = _ORDER_OF.get(Column(column))
        if by is None:
            return
        self._order = by
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

"""The customer book's table model: a page of rows at a time, more as the list is scrolled."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from retention_desktop.search import PAGE, BookQuery, Count, Cursor, CustomerOrder, CustomerRow, find_and_count, find_customers

from ui.context import AppContext
from ui.labels import stage_label

# After a change, the rows already fetched are fetched again (so that the list keeps its place),
# up to this many.
KEPT_ON_REFRESH = 2000

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    PHONE = 1
    STAGE = 2
    AREA = 3
    TAGS = 4
    CREATED = 5


ORDER_OF = {
    Column.NAME: CustomerOrder.NAME,
    Column.STAGE: CustomerOrder.STAGE,
    Column.AREA: CustomerOrder.AREA,
    Column.CREATED: CustomerOrder.CREATED,
}


class CustomerTableModel(QAbstractTableModel):
    """The rows the current search shows, fetched a page at a time (Qt's canFetchMore/fetchMore):
    typing a letter costs one page, whatever the size of the book."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._rows: list[CustomerRow] = []
        self._next: Cursor | None = None
        self.query = BookQuery()
        self.count = Count(0, True)
        self.ordered = True  # False: too many matches to put in the column's order; best first instead

    # -- what the book shows ------------------------------------------------------------------
    def set_filter(self, text: str, archived: bool | None = None) -> None:
        archived = self.query.archived if archived is None else archived
        self.set_query(BookQuery(text, archived, self.query.order, self.query.descending))

    def set_query(self, query: BookQuery) -> None:
        self.query = query
        self._load(PAGE)

    def reload(self) -> None:
        """Look the rows up again (after any change), as many as were fetched, so that the list
        keeps its place."""
        self._load(min(max(len(self._rows), PAGE), KEPT_ON_REFRESH))

    def _load(self, wanted: int) -> None:
        page, count = find_and_count(self._context.db, self.query, limit=wanted)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next = page.next
        self.ordered = page.ordered
        self.count = count
        self.endResetModel()

    def customer_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, customer_id: int) -> int:
        """The row showing this customer, -1 if they are not among the rows fetched."""
        for row, found in enumerate(self._rows):
            if found.id == customer_id:
                return row
        return -1

    def sort_by(self, column: Column, descending: bool) -> bool:
        """Put the book in a column's order; False when that column cannot be sorted."""
        by = ORDER_OF.get(column)
        if by is None:
            return False
        self.set_query(BookQuery(self.query.text, self.query.archived, by, descending))
        return True

    # -- Qt's side ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._next is None:
            return
        page = find_customers(self._context.db, self.query, cursor=self._next)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next

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
        if index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
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

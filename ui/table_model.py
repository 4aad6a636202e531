"""A thin table model over the rows a core function returned: rows in, `data()` out, columns an IntEnum."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows read at a time by a PagedRowsModel


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=_HasId)


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """Holds `rows`, replaced whole by `set_rows`; subclasses give `columns`, `headers()` and
    `data()`. Rows are found again by their `id` (`row_of`), to keep a selection across reloads."""

    columns: type[enum.IntEnum]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def headers(self) -> Mapping[enum.IntEnum, str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[self.columns(section)]


class PagedRowsModel(RowsTableModel[RowT]):
    """RowsTableModel read a page at a time (Qt's fetchMore, as the view scrolls): subclasses give
    `read(limit, offset)`, the rows and how many there are in all."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def read(self, limit: int, offset: int) -> tuple[Sequence[RowT], int]:
        raise NotImplementedError

    def load(self, wanted: int) -> None:
        """The first `wanted` rows again (as many as were shown, to keep the place)."""
        rows, self.total = self.read(wanted, 0)
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or len(self.rows) >= self.total:
            return
        rows, total = self.read(PAGE, len(self.rows))
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.total = total if rows else len(self.rows)


"""A table's columns fitted to its width: one that stretches, and beside it those that fit, the most needed first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps a table's columns fitted as the table is resized, so that it never scrolls sideways:
    the `stretch` column takes the width that is left (never less than `least`); the others, in
    the order of `by_need`, show at their `widths` while they fit, and the rest are hidden."""

    def __init__(self, table: QTableView, stretch: int, least: int, widths: Mapping[int, int], by_need: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._least = least
        self.widths = dict(widths)
        self._by_need = tuple(by_need)
        header = table.horizontalHeader()
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        # The viewport's size is final when it is told of it (the table's own is not yet).
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        room = self._table.viewport().width() - self._least
        for column in self._by_need:
            width = self.widths[column]
            fits = room >= width
            room = room - width if fits else -1  # a later column never shows where an earlier one did not fit
            if fits and header.isSectionHidden(column):
                header.resizeSection(column, width)
            header.setSectionHidden(column, not fits)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self.fit()
        return False

"""Small bar charts of our own, painted with QPainter: Qt draws their text (Arabic shaped, right to
left), they cost nothing at start-up, and the same painting goes to the screen or to a PDF page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPaintEvent, QPdfWriter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import style

ROW_HEIGHT = 26  # a horizontal bar and its gap, in pixels at the screen's scale
COLUMNS_HEIGHT = 170  # the month-by-month chart


@dataclass(frozen=True)
class Bar:
    label: str  # what the bar is (a reason, a month)
    value: float  # its length, against the largest of the chart
    text: str  # the value as shown beside the bar ("12 · 30 %")


def _colours() -> tuple[QColor, QColor, QColor]:
    return QColor(style.COLOURS.accent), QColor(style.COLOURS.text), QColor(style.COLOURS.muted)


def paint_bars(painter: QPainter, rect: QRectF, bars: Sequence[Bar], *, right_to_left: bool, row_height: float = ROW_HEIGHT) -> None:
    """Horizontal bars, one a row, in `rect`: the labels on the leading side, the bars growing from
    them, each value after its bar."""
    bar_colour, text_colour, muted = _colours()
    metrics = QFontMetricsF(painter.font())
    label_width = min(max((metrics.horizontalAdvance(b.label) for b in bars), default=0) + 12, rect.width() * 0.4)
    value_width = max((metrics.horizontalAdvance(b.text) for b in bars), default=0) + 12
    room = max(rect.width() - label_width - value_width, 10)
    largest = max((b.value for b in bars), default=0) or 1
    # Absolute: the painter is in the widget's direction, and mirrors a plain AlignRight to the
    # left in Arabic, which put the largest value a few pixels past the chart's left edge.
    leading = (Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
    for n, bar in enumerate(bars):
        top = rect.top() + n * row_height
        length = room * bar.value / largest
        if right_to_left:
            label_box = QRectF(rect.right() - label_width, top, label_width - 8, row_height)
            bar_box = QRectF(label_box.left() - 4 - length, top + row_height * 0.2, length, row_height * 0.6)
            value_box = QRectF(bar_box.left() - value_width, top, value_width - 4, row_height)
        else:
            label_box = QRectF(rect.left(), top, label_width - 8, row_height)
            bar_box = QRectF(rect.left() + label_width + 4, top + row_height * 0.2, length, row_height * 0.6)
            value_box = QRectF(bar_box.right() + 4, top, value_width - 4, row_height)
        painter.setPen(text_colour)
        elided = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_box.width())
        painter.drawText(label_box, int(leading | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.fillRect(bar_box, bar_colour)
        painter.setPen(muted)
        painter.drawText(value_box, int(leading | Qt.AlignmentFlag.AlignVCenter), bar.text)


def paint_columns(painter: QPainter, rect: QRectF, columns: Sequence[Bar], *, right_to_left: bool) -> None:
    """Vertical columns side by side (months, oldest at the leading side), each labelled under
    it and its value over it."""
    if not columns:
        return
    bar_colour, text_colour, muted = _colours()
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    largest = max(c.value for c in columns) or 1
    width = rect.width() / len(columns)
    room = rect.height() - 2 * line - 6
    # Labels every so many columns when they would not fit under each one.
    widest = max(metrics.horizontalAdvance(c.label) for c in columns) + 6
    every = max(1, int(widest // width) + 1)
    for n, column in enumerate(columns):
        left = rect.right() - (n + 1) * width if right_to_left else rect.left() + n * width
        height = room * column.value / largest
        bar = QRectF(left + width * 0.15, rect.bottom() - line - 3 - height, width * 0.7, height)
        painter.fillRect(bar, bar_colour)
        if column.value:
            painter.setPen(muted)
            painter.drawText(QRectF(left - width, bar.top() - line - 2, width * 3, line), int(Qt.AlignmentFlag.AlignCenter), column.text)
        if n % every == 0:
            painter.setPen(text_colour)
            painter.drawText(QRectF(left - width, rect.bottom() - line, width * 3, line), int(Qt.AlignmentFlag.AlignCenter), column.label)


class BarChart(QWidget):
    """A chart of horizontal bars (`columns=False`) or of columns side by side (`columns=True`)."""

    def __init__(self, *, columns: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.bars: tuple[Bar, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        height = COLUMNS_HEIGHT if self.columns else max(len(self.bars), 1) * ROW_HEIGHT
        return QSize(400, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.setLayoutDirection(self.layoutDirection())
        area = QRectF(self.rect()).marginsRemoved(QMarginsF(2, 2, 2, 2))
        rtl = self.isRightToLeft()
        if self.columns:
            paint_columns(painter, area, self.bars, right_to_left=rtl)
        else:
            paint_bars(painter, area, self.bars, right_to_left=rtl)
        painter.end()


def write_charts_pdf(
    path: Path, title: str, subtitle: str, charts: Sequence[tuple[str, Sequence[Bar], bool]], *, right_to_left: bool, font: QFont
) -> None:
    """An A4 page with a title and the charts one under the other, as the screen paints them:
    each (heading, bars, as columns)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setTitle(title)
    writer.setResolution(96)  # the screen's scale: the same pixel sizes as on screen
    painter = QPainter(writer)
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        page = QRectF(painter.viewport())
        leading = (Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        heading = QFont(font)
        heading.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setBold(True)
        painter.setFont(heading)
        line = QFontMetricsF(heading).height()
        painter.setPen(QColor(style.COLOURS.text))
        painter.drawText(QRectF(page.left(), page.top(), page.width(), line), int(leading), title)
        painter.setFont(font)
        small = QFontMetricsF(font).height()
        painter.drawText(QRectF(page.left(), page.top() + line, page.width(), small), int(leading), subtitle)
        top = page.top() + line + small * 2
        for heading_text, bars, columns in charts:
            painter.setFont(font)
            painter.setPen(QColor(style.COLOURS.text))
            painter.drawText(QRectF(page.left(), top, page.width(), small), int(leading), heading_text)
            top += small * 1.5
            height = COLUMNS_HEIGHT if columns else max(len(bars), 1) * ROW_HEIGHT
            area = QRectF(page.left(), top, page.width(), height)
            if columns:
                paint_columns(painter, area, bars, right_to_left=right_to_left)
            else:
                paint_bars(painter, area, bars, right_to_left=right_to_left)
            top += height + small * 2
    finally:
        painter.end()


__all__ = ["Bar", "BarChart", "paint_bars", "paint_columns", "write_charts_pdf"]

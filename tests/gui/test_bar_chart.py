"""The loss report's charts in Arabic: on screen and in the PDF, what is leading sits on the right
and nothing is drawn past the chart's edge."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ui.bar_chart import Bar, paint_bars, write_charts_pdf

BARS = [Bar("السعر", 14, "33% · 14"), Bar("عرض من منافس", 4, "10% · 4"), Bar("انتقل من المنطقة", 2, "5% · 2")]


def inked_columns(image: QImage) -> list[int]:
    """The x of every column of the image with a dark pixel (text or bar)."""
    return [
        x for x in range(image.width()) if any(QColor(image.pixel(x, y)).lightness() < 160 for y in range(image.height()))
    ]


def test_the_largest_value_is_drawn_whole_inside_an_arabic_chart(qapp: QApplication) -> None:
    image = QImage(600, 3 * 28 + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the widget paints in Arabic
    area = QRectF(20, 2, 560, 3 * 28)
    paint_bars(painter, area, BARS, right_to_left=True)
    painter.end()
    inked = inked_columns(image)
    # The value of the longest bar was drawn from the chart's left edge outwards (a mirrored
    # alignment): its first digit fell outside. Everything stays within the chart's area now.
    assert min(inked) >= area.left() and max(inked) <= area.right()
    # The labels are on the leading side: the right.
    assert max(inked) > area.right() - 40


def test_an_arabic_charts_pdf_puts_its_title_on_the_right(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_charts_pdf(path, "العملاء المفقودون", "من 01/12/2025 إلى 30/11/2026", [("حسب السبب", BARS, False)], right_to_left=True, font=QFont())
    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0]
        width = page.get_width()
        text = page.get_textpage()
        boxes = [text.get_charbox(i) for i in range(text.count_chars()) if not text.get_text_range(i, 1).isspace()]
        first_line_top = max(top for _left, _bottom, _right, top in boxes)
        title = [box for box in boxes if box[3] >= first_line_top - 2]
        assert min(left for left, _b, _r, _t in title) > width / 2  # the title's right half of the page, not its left
    finally:
        document.close()

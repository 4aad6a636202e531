"""What a text looks like once Qt has laid it out: the order of its characters on screen, left to right."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
# Marks and isolates: they order the text and show nothing.
INVISIBLE = frozenset("\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")


def reads_right_to_left(text: str) -> bool:
    """Qt's QString::isRightToLeft, which sets a label's (and a placeholder's) direction: the
    first strong letter outside any isolate is Arabic or Hebrew."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif depth == 0 and unicodedata.bidirectional(char) in ("R", "AL", "L"):
            return unicodedata.bidirectional(char) != "L"
    return False


def on_screen(text: str, direction: Qt.LayoutDirection, font: QFont | None = None) -> str:
    """The characters of `text` from the left edge to the right, as Qt draws them in a paragraph of
    `direction` (marks and isolates left out, spaces kept). Arabic comes out mirrored, as it is
    drawn: "مثل" reads "لثم" here."""
    layout = QTextLayout(text, font or QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    placed = []
    for index, char in enumerate(text):
        if char in INVISIBLE:
            continue
        xs = [point.x() for run in layout.glyphRuns(index, 1) for point in run.positions()]
        if xs:
            placed.append((min(xs), index, char))
    return "".join(char for _x, _index, char in sorted(placed))


def as_label_draws(text: str) -> str:
    """The characters of a label's (or a placeholder's) text on screen, left to right: Qt lays a
    label out in the direction its text reads by itself (QString::isRightToLeft)."""
    direction = Qt.LayoutDirection.RightToLeft if reads_right_to_left(text) else Qt.LayoutDirection.LeftToRight
    return on_screen(text, direction)


def mirrored(arabic: str) -> str:
    """Arabic letters in the order `on_screen` gives them (drawn right to left)."""
    return arabic[::-1]


def plain(text: str) -> str:
    """Shown text without the marks and isolates that keep its parts in order."""
    return "".join(char for char in text if char not in INVISIBLE)

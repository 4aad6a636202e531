"""The page frame every printed document shares: A4, margins, paragraphs laid out right to left or
left to right (justified when asked), the running footer with page numbers, reproducible bytes,
and writing the file whole or not at all."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from retention_desktop.files import check_target, write_atomically
from retention_desktop.pdf.arabic import NBSP, Direction, Line, isolate_ltr, isolate_numbers, lay_out
from retention_desktop.pdf.fonts import BOLD, REGULAR, register_fonts, seed_common_glyphs

# "start" and "end" as the document's language reads; "right" the same in both; "decimal" an
# amount whose decimal point lines up with the others' in its column, the column's right edge as
# far as the last digit goes (the same in both languages: numbers are written left to right).
Align = Literal["start", "end", "center", "right", "decimal"]
Op = Callable[[Canvas], None]
Colour = tuple[float, float, float]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT
TOP = PAGE_HEIGHT - MARGIN
BOTTOM = MARGIN + 6 * mm  # the running footer sits below this line
LEADING = 1.5  # line height in font sizes: Amiri's Arabic reaches far above and below the baseline
FOOTER_SIZE = 8.5
BLACK: Colour = (0, 0, 0)
GREY: Colour = (0.45, 0.45, 0.45)
RULE: Colour = (0.75, 0.75, 0.75)


@dataclass
class Page:
    """One page as drawing steps, drawn once the document's page count is known."""

    ops: list[Op] = field(default_factory=list)


def draw_line(canvas: Canvas, line: Line, font: str, size: float, x0: float, x1: float, y: float, align: str, justify: bool) -> None:
    """One visual line in the box x0..x1 at baseline y; `align` is "left", "right" or "center".

    A justified line is spread to both edges by widening the spaces between its words; the last
    line of a paragraph is not, and sits on the side where the paragraph starts (the right in
    Arabic). A line of a few long words that would open gaps wider than four spaces stays ragged.
    """
    canvas.setFont(font, size)
    if justify and line.last:
        align = "right" if line.rtl else "left"
    elif justify and " " in line.text:
        spaces = line.text.count(" ")
        space = stringWidth(" ", font, size)
        gap = space + (x1 - x0 - line.width) / spaces
        if 0 < gap < 4 * space:
            if NBSP not in line.text:
                # One run, its spaces widened by the PDF's word spacing (which reportlab's fonts
                # apply to the space, code 32, and to nothing else).
                canvas.drawString(x0, y, line.text, wordSpace=gap - space)
                return
            # An unbreakable space (inside a phone number) is drawn as a space too, and would be
            # widened with the others: the words are placed one by one instead.
            x = x0
            for word in line.text.split(" "):
                canvas.drawString(x, y, word)
                x += stringWidth(word, font, size) + gap
            return
    if align == "right":
        canvas.drawString(x1 - line.width, y, line.text)
    elif align == "center":
        canvas.drawString((x0 + x1 - line.width) / 2, y, line.text)
    else:
        canvas.drawString(x0, y, line.text)


class Flow:
    """Builds a document's pages as drawing steps, top to bottom, in its language's direction.

    Boxes are given as read in English (x0 < x1 from the left margin) and mirrored in Arabic by
    box(); a logical alignment ("start", "end") becomes the drawing one by side().
    """

    def __init__(self, language: str) -> None:
        register_fonts()  # measuring needs them
        self.language = language
        self.rtl = language == "ar"
        self.direction: Direction = "R" if self.rtl else "L"
        self.pages: list[Page] = []
        self.y = TOP
        self.first_top = TOP  # where the first page starts: lower when it follows a heading of another document

    # -- geometry --------------------------------------------------------------------------

    def side(self, align: Align) -> str:
        """The drawing alignment of a logical one: the start is the right edge in Arabic."""
        if align in ("center", "right"):
            return align
        if align == "decimal":
            return "right"
        return "right" if (align == "start") == self.rtl else "left"

    def box(self, x0: float, x1: float) -> tuple[float, float]:
        """A horizontal box given as read in English, mirrored in Arabic."""
        return (LEFT + RIGHT - x1, LEFT + RIGHT - x0) if self.rtl else (x0, x1)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def add(self, op: Op) -> None:
        self.page.ops.append(op)

    def new_page(self) -> None:
        self.y = TOP if self.pages else self.first_top
        self.pages.append(Page())

    # -- text ------------------------------------------------------------------------------

    def lines(self, text: str, width: float, *, size: float = 9.5, bold: bool = False, user_text: bool = False) -> list[Line]:
        """`text` wrapped into lines `width` wide (see text())."""
        font = BOLD if bold else REGULAR
        if user_text:
            return lay_out(isolate_numbers(text), width, font, size, default=self.direction)
        return lay_out(text, width, font, size, base=self.direction)

    def text(
        self,
        text: str,
        x0: float,
        x1: float,
        top: float,
        *,
        size: float = 9.5,
        bold: bool = False,
        align: Align = "start",
        user_text: bool = False,
        justify: bool = False,
        colour: Colour = BLACK,
        leading: float = LEADING,
    ) -> float:
        """Lay out a paragraph in the box x0..x1 (absolute) below `top`; returns its height.

        `user_text` is text typed by the owner (names, addresses, terms): its own first letter
        decides its direction, and number-like runs in it are kept in one piece.
        """
        lines = self.lines(text, x1 - x0, size=size, bold=bold, user_text=user_text)
        self.draw_lines(lines, x0, x1, top, size=size, bold=bold, align=align, justify=justify, colour=colour, leading=leading)
        return len(lines) * size * leading

    def draw_lines(
        self,
        lines: Sequence[Line],
        x0: float,
        x1: float,
        top: float,
        *,
        size: float = 9.5,
        bold: bool = False,
        align: Align = "start",
        justify: bool = False,
        colour: Colour = BLACK,
        leading: float = LEADING,
    ) -> None:
        """Lines laid out before (lines()) drawn in the box x0..x1 below `top`."""
        font = BOLD if bold else REGULAR
        step = size * leading
        side = self.side(align)
        for index, line in enumerate(lines):
            baseline = top - size * (leading - 0.4) - index * step

            def draw(canvas: Canvas, line: Line = line, baseline: float = baseline) -> None:
                canvas.setFillColorRGB(*colour)
                draw_line(canvas, line, font, size, x0, x1, baseline, side, justify)

            self.add(draw)

    def measure(
        self, text: str, width: float, *, size: float = 9.5, bold: bool = False, user_text: bool = False, leading: float = LEADING
    ) -> float:
        """The height `text` would take (see text())."""
        font = BOLD if bold else REGULAR
        source = isolate_numbers(text) if user_text else text
        return len(lay_out(source, width, font, size, default=self.direction)) * size * leading

    def rule(self, y: float, x0: float = LEFT, x1: float = RIGHT, width: float = 0.6, colour: Colour = RULE) -> None:
        def draw(canvas: Canvas) -> None:
            canvas.setStrokeColorRGB(*colour)
            canvas.setLineWidth(width)
            canvas.line(x0, y, x1, y)

        self.add(draw)


# ---------------------------------------------------------------------------------------------
# The document as a whole


@dataclass(frozen=True)
class Footer:
    """The running footer of a run of pages: "Page 2 of 5" in the document's words (`page` holds
    {page} and {pages}), and, on the other side, `note` (who it is from), when given."""

    language: str
    page: str
    note: str = ""
    numbered_alone: bool = True  # False: a document of one page carries no number
    arabic_digits: bool = False  # the page numbers in Arabic-Indic digits (٣ من ٧)
    on_first_page: bool = True  # False: a cover carries no footer (it is still page 1)

    def draw(self, canvas: Canvas, number: int, count: int) -> None:
        if number == 1 and not self.on_first_page:
            return
        direction: Direction = "R" if self.language == "ar" else "L"
        numbered = count > 1 or self.numbered_alone
        if numbered or self.note:
            canvas.setFillColorRGB(*GREY)
        if numbered:
            digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩") if self.arabic_digits else {}
            text = self.page.format(page=isolate_ltr(str(number).translate(digits)), pages=isolate_ltr(str(count).translate(digits)))
            line = lay_out(text, WIDTH, REGULAR, FOOTER_SIZE, base=direction)[0]
            align = "center" if not self.note else ("left" if direction == "R" else "right")
            draw_line(canvas, line, REGULAR, FOOTER_SIZE, LEFT, RIGHT, MARGIN, align, False)
        if self.note:
            line = lay_out(self.note, WIDTH * 0.6, REGULAR, FOOTER_SIZE, default=direction)[0]
            draw_line(canvas, line, REGULAR, FOOTER_SIZE, LEFT, RIGHT, MARGIN, "right" if direction == "R" else "left", False)


@dataclass(frozen=True)
class Part:
    """A run of pages numbered on its own (one document; a batch prints several in one file)."""

    pages: Sequence[Page]
    footer: Footer


@dataclass(frozen=True)
class DocumentInfo:
    """What the file says about itself; `created` is both its creation and modification date, so
    that the same document always gives the same bytes."""

    title: str
    author: str
    subject: str
    language: str
    created: datetime


def pdf_date(moment: datetime) -> str:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("D:%Y%m%d%H%M%S+00'00'")


def render(parts: Sequence[Part], info: DocumentInfo, *, common_glyphs_first: bool = False) -> bytes:
    """The parts drawn into one PDF, each page with its part's footer.

    Reproducible: the same parts and info give the same bytes (reportlab's invariant mode, the
    dates from `info.created`). The fonts are embedded (subsets of Amiri), and their text maps
    back to the letters typed (fonts.py), so that the file is searched and copied as it reads.
    """
    register_fonts()
    buffer = io.BytesIO()
    # Each page starts in Amiri, not reportlab's Helvetica: no font in the file goes unembedded.
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1, lang=info.language, initialFontName=REGULAR)
    created = pdf_date(info.created)
    canvas.setDateFormatter(lambda *_parts: created)
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator("Retention Desktop")
    if common_glyphs_first:  # documents made by the hundred share their fonts' first subsets
        seed_common_glyphs(canvas)
    for part in parts:
        count = len(part.pages)
        for number, page in enumerate(part.pages, start=1):
            for op in page.ops:
                op(canvas)
            part.footer.draw(canvas, number, count)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_document(path: Path, make: Callable[[], bytes]) -> Path:
    """Write the PDF that `make` draws to `path`, whole or not at all (files.write_atomically);
    a target that cannot be a file (a folder, a missing folder) is refused before the work."""
    path = Path(path)
    check_target(path)
    return write_atomically(path, make())


__all__ = [
    "BLACK",
    "BOTTOM",
    "GREY",
    "LEADING",
    "LEFT",
    "MARGIN",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "RIGHT",
    "RULE",
    "TOP",
    "WIDTH",
    "Align",
    "DocumentInfo",
    "Flow",
    "Footer",
    "Op",
    "Page",
    "Part",
    "draw_line",
    "pdf_date",
    "render",
    "write_document",
]

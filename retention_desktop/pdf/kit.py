"""The new-customer kit as a PDF on A4: a cover with the shop's logo and the customer's name, then
each section under its heading, Arabic right to left and justified, English left to right, the
invoice drawn by the invoice's own code among the kit's pages, one running footer for them all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from retention_desktop.kit_snapshot import KitRow, KitSection, KitSnapshot, invoice_from_json
from retention_desktop.pdf.layout import (
    BOTTOM,
    GREY,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    TOP,
    WIDTH,
    Align,
    Colour,
    DocumentInfo,
    Flow,
    Footer,
    Page,
    Part,
    render,
)
from retention_desktop.pdf.invoice import _LOGO_LOCK  # one lock for the logo readers the invoice shares
from retention_desktop.pdf.invoice import _logo  # the invoice's reading and scaling; a broken file is left out
from retention_desktop.pdf.qr import draw_qr

ACCENT: Colour = (0.05, 0.32, 0.43)  # headings, the cover's bar
INK: Colour = (0.12, 0.12, 0.12)  # body text: softer than black on a long page
FILL: Colour = (0.93, 0.95, 0.96)  # table headers
BODY_SIZE = 11
BODY_LEADING = 1.65
HEADING_SIZE = 15
PARAGRAPH_GAP = 2.6 * mm
SECTION_GAP = 7 * mm
BULLETS = ("•", "-", "–", "·")
BULLET_INDENT = 6 * mm
QR_SIZE = 30 * mm
COVER_LOGO = 2.0  # the cover's logo, this many times the invoice's logo box
INVOICE_START = 125 * mm  # the invoice's head and first lines, kept on the page of its section's heading


class _KitLayout(Flow):
    """Lays the kit out page by page: the cover, then the sections, the invoice's pages in its place."""

    def __init__(self, snapshot: KitSnapshot, images: Mapping[str, bytes]) -> None:
        super().__init__(snapshot.language)
        self.kit = snapshot
        self.words = snapshot.labels
        self.images = images
        self.content_pages: set[int] = set()  # the pages that carry the running header

    # -- pages -----------------------------------------------------------------------------

    def content_page(self) -> None:
        """A new page of the kit's own, with its running header: the shop, and whose kit it is."""
        self.new_page()
        self.content_pages.add(len(self.pages) - 1)
        half = WIDTH / 2
        start, end = (RIGHT - half, RIGHT), (LEFT, LEFT + half)
        if not self.rtl:
            start, end = (LEFT, LEFT + half), (RIGHT - half, RIGHT)
        first = self.text(self.kit.shop_name, *start, self.y, size=9, bold=True, user_text=True, colour=ACCENT)
        whose = f"{self.words['title']} · {self.kit.customer_name}"
        second = self.text(whose, *end, self.y, size=9, align="end", colour=GREY)
        self.y -= max(first, second) + 1 * mm
        self.rule(self.y, width=0.5)
        self.y -= 6 * mm

    def room(self, height: float) -> bool:
        return bool(self.y - height >= BOTTOM)

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits on this one."""
        if not self.room(height):
            self.content_page()

    # -- text ------------------------------------------------------------------------------

    def paragraph(self, text: str, *, x0: float = LEFT, x1: float = RIGHT, size: float = BODY_SIZE, colour: Colour = INK) -> None:
        """A paragraph of body text, justified, carried over to the next page line by line when it
        does not fit (never one line alone at the foot of a page or at the top of the next)."""
        lines = self.lines(text, x1 - x0, size=size, user_text=True)
        step = size * BODY_LEADING
        index = 0
        while index < len(lines):
            fits = max(0, int((self.y - BOTTOM) // step))
            rest = len(lines) - index
            if fits < rest:
                fits = min(fits, rest - 2) if rest >= 4 else 0  # leave two lines for the next page
                if fits < 2:
                    self.content_page()
                    continue
            taken = lines[index : index + min(fits, rest)]
            self.draw_lines(taken, x0, x1, self.y, size=size, justify=True, colour=colour, leading=BODY_LEADING)
            self.y -= len(taken) * step
            index += len(taken)
        self.y -= PARAGRAPH_GAP

    def body(self, text: str) -> None:
        """A section's text: paragraphs apart, lines that start with a bullet as a list."""
        for block in text.split("\n"):
            block = block.strip()
            if not block:
                continue
            if block[0] in BULLETS and len(block) > 1:
                self.bullet(block[1:].strip())
            else:
                self.paragraph(block)

    def bullet(self, text: str) -> None:
        """A list item: the bullet on the start side, the text indented and justified beside it."""
        x0, x1 = self.box(LEFT + BULLET_INDENT, RIGHT)
        lines = self.lines(text, x1 - x0, size=BODY_SIZE, user_text=True)
        self.need(min(len(lines), 2) * BODY_SIZE * BODY_LEADING)
        bx0, bx1 = self.box(LEFT + 1.5 * mm, LEFT + BULLET_INDENT)
        self.text("•", bx0, bx1, self.y, size=BODY_SIZE, colour=ACCENT, leading=BODY_LEADING)
        self.paragraph(text, x0=x0, x1=x1)
        self.y += PARAGRAPH_GAP * 0.55  # the items of a list sit closer than paragraphs

    def heading(self, section: KitSection) -> None:
        """The section's number and heading, kept with the start of what follows."""
        title = f"{section.number}. {section.title}" if section.number else section.title
        height = self.measure(title, WIDTH, size=HEADING_SIZE, bold=True, user_text=True)
        self.need(height + 3 * mm + 3 * BODY_SIZE * BODY_LEADING)
        self.y -= self.text(title, LEFT, RIGHT, self.y, size=HEADING_SIZE, bold=True, user_text=True, colour=ACCENT)
        x0, x1 = self.box(LEFT, LEFT + 18 * mm)
        self.rule(self.y - 0.5 * mm, x0, x1, width=1.4, colour=ACCENT)
        self.y -= 4 * mm

    # -- tables ----------------------------------------------------------------------------

    def table(
        self, header: Sequence[str], rows: Sequence[KitRow], widths: Sequence[float], *, bold_last: bool = False, values: Align = "end"
    ) -> None:
        """A small table: `widths` are the columns' shares of the width, read from the start side;
        the first column at the start of its cell, the others as `values` says (amounts at the end)."""
        size, pad = 10, 2 * mm
        total = sum(widths)
        edges = [LEFT]
        for share in widths:
            edges.append(edges[-1] + WIDTH * share / total)
        cells = [self.box(edges[i], edges[i + 1]) for i in range(len(widths))]
        if header:
            height = size * 1.5 + 2 * pad
            self.need(height + 2 * size * 1.5 + 2 * pad)
            top = self.y

            def fill(canvas: Canvas, top: float = top, height: float = height) -> None:
                canvas.setFillColorRGB(*FILL)
                canvas.rect(LEFT, top - height, WIDTH, height, stroke=0, fill=1)

            self.add(fill)
            for index, ((x0, x1), word) in enumerate(zip(cells, header)):
                self.text(word, x0 + pad, x1 - pad, top - pad, size=size, bold=True, align="start" if index == 0 else values, colour=ACCENT)
            self.y = top - height
        for number, row in enumerate(rows):
            bold = bold_last and number == len(rows) - 1
            cell_texts = (row.label, row.value, row.extra)[: len(widths)]
            heights = [self.measure(v, x1 - x0 - 2 * pad, size=size, bold=bold, user_text=True) for (x0, x1), v in zip(cells, cell_texts)]
            height = max(max(heights), size * 1.5) + 2 * pad
            if not self.room(height):
                self.content_page()
            top = self.y
            for index, ((x0, x1), value) in enumerate(zip(cells, cell_texts)):
                if value:
                    align: Align = "start" if index == 0 else values
                    self.text(value, x0 + pad, x1 - pad, top - pad, size=size, bold=bold, user_text=True, align=align, colour=INK)
            self.y = top - height
            self.rule(self.y, width=0.4)
        self.y -= PARAGRAPH_GAP * 1.5

    # -- the parts of the kit --------------------------------------------------------------------

    def cover(self, section: KitSection | None) -> None:
        self.new_page()
        top = TOP

        def bar(canvas: Canvas) -> None:
            canvas.setFillColorRGB(*ACCENT)
            canvas.rect(0, PAGE_HEIGHT - 9 * mm, 2 * LEFT + WIDTH, 9 * mm, stroke=0, fill=1)

        self.add(bar)
        top -= 14 * mm
        logo = _logo(self.images.get(self.kit.logo)) if self.kit.logo else None
        if logo is not None:
            reader, (width, height) = logo
            width, height = width * COVER_LOGO, height * COVER_LOGO
            x, y = (LEFT + RIGHT - width) / 2, top - height

            def draw(canvas: Canvas, reader: object = reader, x: float = x, y: float = y, w: float = width, h: float = height) -> None:
                with _LOGO_LOCK:
                    canvas.drawImage(reader, x, y, w, h, mask="auto")

            self.add(draw)
            top = y - 8 * mm
        top -= self.text(self.kit.shop_name, LEFT, RIGHT, top, size=17, bold=True, align="center", user_text=True, colour=ACCENT)
        top -= 30 * mm
        if section is not None:
            inner = (LEFT + 18 * mm, RIGHT - 18 * mm)
            top -= self.text(section.title, *inner, top, size=26, bold=True, align="center", user_text=True, leading=1.45)
            top -= 4 * mm
            if section.body:
                top -= self.text(section.body, *inner, top, size=13, align="center", user_text=True, colour=GREY, leading=1.6)
        top -= 14 * mm
        self.rule(top, (LEFT + RIGHT) / 2 - 20 * mm, (LEFT + RIGHT) / 2 + 20 * mm, width=1.2, colour=ACCENT)
        top -= 10 * mm
        top -= self.text(self.words["prepared_for"], LEFT, RIGHT, top, size=12, align="center", colour=GREY)
        top -= 1 * mm
        top -= self.text(self.kit.customer_name, LEFT + 10 * mm, RIGHT - 10 * mm, top, size=22, bold=True, align="center", user_text=True)
        top -= 1 * mm
        self.text(self.words["printed_on"], LEFT, RIGHT, top, size=11, align="center", colour=GREY)
        self.contents(BOTTOM + 52 * mm)

    def contents(self, top: float) -> None:
        """What the kit holds, on the cover: the sections' numbers and headings, in two columns."""
        listed = [s for s in self.kit.sections if s.number]
        if not listed:
            return
        half = (len(listed) + 1) // 2
        columns = (listed[:half], listed[half:])
        gap = 8 * mm
        width = (WIDTH - gap) / 2
        boxes = (self.box(LEFT, LEFT + width), self.box(LEFT + width + gap, RIGHT))
        self.rule(top + 3 * mm, width=0.5)
        for box, column in zip(boxes, columns):
            y = top
            for section in column:
                y -= self.text(f"{section.number}. {section.title}", *box, y, size=11, user_text=True, colour=INK, leading=1.7)

    def section(self, section: KitSection) -> None:
        self.heading(section)
        if section.body:
            self.body(section.body)
        {
            "agreed": self.agreed,
            "billing": self.billing,
            "contact": self.contact,
            "next_steps": self.next_steps,
        }.get(section.key, lambda: None)()

    def agreed(self) -> None:
        if self.kit.items:
            words = self.words
            if any(item.extra for item in self.kit.items):
                self.table((words["item"], words["quantity"], words["renews_on"]), self.kit.items, (6, 1.3, 2.4), values="center")
            else:
                self.table((words["item"], words["quantity"]), self.kit.items, (6, 1.3), values="center")
        elif self.kit.invoice is None:
            self.note(self.words["no_purchase"])

    def billing(self) -> None:
        if self.kit.billing:
            self.table((), self.kit.billing, (3, 2), bold_last=True)
        elif self.kit.invoice is None and self.kit.section("agreed") is None:
            self.note(self.words["no_purchase"])

    def note(self, text: str) -> None:
        """A remark set apart from the text: a bar on the start side, in grey."""
        x0, x1 = self.box(LEFT + 4 * mm, RIGHT)
        height = self.measure(text, x1 - x0, size=10.5)
        self.need(height)
        top = self.y
        bx0, _bx1 = self.box(LEFT, LEFT + 1.2 * mm)

        def bar(canvas: Canvas, top: float = top, height: float = height) -> None:
            canvas.setFillColorRGB(*ACCENT)
            canvas.rect(bx0, top - height, 1.2 * mm, height, stroke=0, fill=1)

        self.add(bar)
        self.y -= self.text(text, x0, x1, top, size=10.5, colour=GREY) + PARAGRAPH_GAP

    def contact(self) -> None:
        kit = self.kit
        if kit.contacts:
            self.table((), kit.contacts, (1.2, 4), values="start")
        if not kit.codes:
            return
        caption_height = 2 * 9.5 * 1.5
        self.need(QR_SIZE + caption_height + 2 * mm)
        top = self.y
        cell = QR_SIZE + 30 * mm
        for index, code in enumerate(kit.codes):
            x0, x1 = self.box(LEFT + index * (cell + 10 * mm), LEFT + index * (cell + 10 * mm) + cell)
            qx = (x0 + x1 - QR_SIZE) / 2

            def draw(canvas: Canvas, payload: str = code.value, qx: float = qx) -> None:
                draw_qr(canvas, payload, qx, top - QR_SIZE, QR_SIZE)

            self.add(draw)
            self.text(code.label, x0, x1, top - QR_SIZE - 1 * mm, size=9.5, align="center", colour=GREY)
        self.y = top - QR_SIZE - caption_height - 4 * mm

    def next_steps(self) -> None:
        if not self.kit.steps:
            self.note(self.words["nothing_scheduled"])
            return
        rows = [KitRow(step.label, f"{step.value} {step.extra}".strip()) for step in self.kit.steps]
        self.steps(rows)

    def steps(self, rows: Sequence[KitRow]) -> None:
        """The follow-ups booked: the day in bold on the start side, what and why beside it."""
        day_width = 38 * mm
        for row in rows:
            dx0, dx1 = self.box(LEFT, LEFT + day_width)
            wx0, wx1 = self.box(LEFT + day_width, RIGHT)
            height = max(self.measure(row.value, wx1 - wx0, size=BODY_SIZE), BODY_SIZE * BODY_LEADING)
            self.need(height)
            self.text(row.label, dx0, dx1, self.y, size=BODY_SIZE, bold=True, user_text=True, colour=ACCENT, leading=BODY_LEADING)
            self.y -= self.text(row.value, wx0, wx1, self.y, size=BODY_SIZE, user_text=True, colour=INK, leading=BODY_LEADING)
            self.y -= 1 * mm
        self.y -= PARAGRAPH_GAP

    def invoice(self) -> None:
        """The invoice as its own module draws it (pdf/invoice.py), in the kit's language, from
        under the section's text on; its later pages, if any, follow this one."""
        from retention_desktop.pdf.invoice import Labels, invoice_pages

        assert self.kit.invoice is not None and self.kit.invoice_labels is not None
        invoice = invoice_from_json(self.kit.invoice, self.images)
        words = Labels(**self.kit.invoice_labels)
        self.rule(self.y + PARAGRAPH_GAP / 2, width=0.5)
        _title, pages = invoice_pages(invoice, language=self.kit.language, translate=_Words(words), top=self.y - 3 * mm)
        self.page.ops.extend(pages[0].ops)
        self.pages.extend(pages[1:])

    def build(self) -> list[Page]:
        self.cover(self.kit.section("cover"))
        self.content_page()
        after_invoice = False
        for section in self.kit.sections:
            if section.key == "cover":
                continue
            if after_invoice:  # the invoice ends at the foot of its page (its terms sit there)
                self.content_page()
                after_invoice = False
            elif self.y < TOP - 20 * mm:
                self.y -= SECTION_GAP
            if section.key == "invoice" and self.kit.invoice is not None:
                # The heading, its text and the invoice's top (the shop, the title, the first lines) together.
                self.need(self.measure(section.body, WIDTH, size=BODY_SIZE, user_text=True) + INVOICE_START)
                self.section(section)
                self.invoice()
                after_invoice = True
            else:
                self.section(section)
        return self.pages


class _Words:
    """The invoice's words as the kit recorded them, given to the invoice's code as its translator
    (pdf/invoice.py's labels() asks for each by its English source)."""

    def __init__(self, words: object) -> None:
        from retention_desktop.pdf.invoice import labels

        english = labels(lambda _context, text: text)
        self._map: dict[str, str] = {}
        for name, source in vars(english).items():
            value = getattr(words, name)
            if isinstance(source, dict):
                self._map.update({source[key]: value[key] for key in source})
            else:
                self._map[source] = value

    def __call__(self, _context: str, text: str) -> str:
        return self._map.get(text, text)


def kit_part(snapshot: KitSnapshot, images: Mapping[str, bytes]) -> Part:
    """The kit's pages with their footer, for a file of one kit or of many."""
    pages = _KitLayout(snapshot, images).build()
    footer = Footer(
        snapshot.language, snapshot.labels["page"], note=snapshot.shop_name, arabic_digits=snapshot.digits == "arab", on_first_page=False
    )
    return Part(pages, footer)


def _info(snapshot: KitSnapshot) -> DocumentInfo:
    title = f"{snapshot.labels['title']} — {snapshot.customer_name}"
    return DocumentInfo(title, snapshot.shop_name, snapshot.customer_name, snapshot.language, snapshot.printed_at)


def render_kit(snapshot: KitSnapshot, images: Mapping[str, bytes]) -> bytes:
    """The kit as a PDF. The same snapshot always gives the same bytes (layout.render)."""
    return render([kit_part(snapshot, images)], _info(snapshot), common_glyphs_first=True)


def render_kits(parts: Sequence[Part], *, language: str, created: datetime, title: str = "") -> bytes:
    """Several kits in one PDF, each numbered on its own."""
    return render(parts, DocumentInfo(title or "Retention Desktop", "", "", language, created), common_glyphs_first=True)


__all__ = ["kit_part", "render_kit", "render_kits"]

"""Invoice and credit note PDFs on A4: Arabic laid out right to left, English left to right."""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel.numbers import format_decimal, get_currency_name
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from retention_desktop.files import check_target, write_atomically
from retention_desktop.i18n import translate as core_translate
from retention_desktop.kinds import DocumentKind, PaymentStatus, VatCategory
from retention_desktop.money import ZERO, currency_decimals, format_money, plain_number, round_money
from retention_desktop.pdf.arabic import NBSP, isolate_ltr, isolate_numbers
from retention_desktop.pdf.fonts import REGULAR
from retention_desktop.pdf.layout import (  # the page frame every document shares
    BOTTOM,
    GREY,
    LEADING,
    LEFT,
    MARGIN,  # noqa: F401 (the tests measure the page from it)
    RIGHT,
    TOP,
    WIDTH,
    Align,
    DocumentInfo,
    Flow,
    Footer,
    Page,
    Part,
    render,
)
from retention_desktop.pdf.qr import draw_qr
from retention_desktop.phones import format_phone
from retention_desktop.text import clean_code, clean_line, clean_paragraph, isolate_auto
from retention_desktop.words import AmountInWordsError, amount_in_words

if TYPE_CHECKING:  # the document is drawn from a PrintableInvoice alone; the book is read elsewhere
    from retention_desktop.db import Database
    from retention_desktop.printable import PrintableInvoice

log = logging.getLogger(__name__)
_LOGO_LOCK = threading.Lock()

Translate = Callable[[str, str], str]

TABLE_LEADING = 1.35  # tighter in the lines table, so that 60 lines take two pages
QR_SIZE = 34 * mm  # with its four-module quiet zone: the code itself is 27 mm or more
LOGO_BOX = (50 * mm, 24 * mm)
LOGO_DPI = 300  # a logo finer than this at its printed size is resized: more only makes the file big and slow
GAP = 4 * mm
PAD = 2.2  # inside a table cell
HEADER_FILL = (0.92, 0.92, 0.92)

# The lines table, as read left to right in English: key, share of the width in points, alignment
# (of the cells and their heading alike).
COLUMNS: tuple[tuple[str, float, Align], ...] = (
    ("position", 20, "center"),
    ("description", 0, "start"),  # takes what the others leave
    ("quantity", 42, "center"),
    ("unit_price", 62, "decimal"),
    ("discount", 54, "decimal"),
    ("vat_rate", 48, "center"),  # «نسبة الضريبة» with room on both sides: at 40 it touched «مبلغ الضريبة»
    ("vat", 58, "decimal"),
    ("total", 72, "decimal"),
)
SHORT_TERMS = 25 * mm  # terms this high or less are kept on the page of the totals, with them
KEPT_WITH_TOTALS = 2  # the last rows of the table, which go to the next page with the totals when need be
NOTE_SIZE = 7.5  # the small grey line under a cell: a price correction, a discount's percentage


@dataclass(frozen=True)
class Labels:
    """Every word the document prints of its own, in the document's language."""

    simplified_tax_invoice: str
    tax_invoice: str
    invoice: str
    credit_note: str
    invoice_number: str
    credit_note_number: str
    date: str
    hijri_date: str
    corrects: str
    reason: str
    note: str
    phone: str
    vat_number: str
    email: str
    customer: str
    currency: str
    prices_include_vat: str
    columns: dict[str, str]
    total_discount: str
    total_before_vat: str
    vat_at_rate: str
    total_with_vat: str
    total: str
    in_words: str
    terms: str
    page: str
    price_correction: str
    # Added after kits were first recorded with their words (kit.py): a kit recorded before has
    # none of these, and takes the English ones (its invoice has no exempt or zero-rated lines
    # told apart either).
    exempt: str = "Exempt"
    zero_rated_supplies: str = "Zero-rated supplies {rate}"
    exempt_supplies: str = "Exempt supplies"
    paid: str = "Paid"
    credited: str = "Less credit notes"
    balance_due: str = "Balance due"
    paid_in_full: str = "Paid in full"
    owed_back: str = "Owed back to you"


def labels(translate: Translate) -> Labels:
    """The document's words through `translate` (the program's translator unless told otherwise)."""
    return Labels(
        simplified_tax_invoice=translate("InvoicePdf", "Simplified tax invoice"),
        tax_invoice=translate("InvoicePdf", "Tax invoice"),
        invoice=translate("InvoicePdf", "Invoice"),
        credit_note=translate("InvoicePdf", "Credit note"),
        invoice_number=translate("InvoicePdf", "Invoice number: {number}"),
        credit_note_number=translate("InvoicePdf", "Credit note number: {number}"),
        date=translate("InvoicePdf", "Date: {date}"),
        hijri_date=translate("InvoicePdf", "Hijri date: {date}"),
        corrects=translate("InvoicePdf", "Corrects invoice {number}"),
        reason=translate("InvoicePdf", "Reason: {reason}"),
        note=translate("InvoicePdf", "Note: {note}"),
        phone=translate("InvoicePdf", "Phone: {phone}"),
        vat_number=translate("InvoicePdf", "VAT number: {number}"),
        email=translate("InvoicePdf", "Email: {email}"),
        customer=translate("InvoicePdf", "Customer"),
        currency=translate("InvoicePdf", "Currency: {currency}"),
        prices_include_vat=translate("InvoicePdf", "Unit prices include VAT."),
        columns={
            "position": translate("InvoicePdf", "#"),
            "description": translate("InvoicePdf", "Description"),
            "quantity": translate("InvoicePdf", "Quantity"),
            "unit_price": translate("InvoicePdf", "Unit price"),
            "discount": translate("InvoicePdf", "Discount"),
            "vat_rate": translate("InvoicePdf", "VAT %"),
            "vat": translate("InvoicePdf", "VAT amount"),
            "total": translate("InvoicePdf", "Line total"),
        },
        total_discount=translate("InvoicePdf", "Total discount"),
        total_before_vat=translate("InvoicePdf", "Total before VAT"),
        vat_at_rate=translate("InvoicePdf", "VAT {rate}"),
        total_with_vat=translate("InvoicePdf", "Total with VAT"),
        total=translate("InvoicePdf", "Total"),
        in_words=translate("InvoicePdf", "Amount in words: {words}"),
        terms=translate("InvoicePdf", "Terms and conditions"),
        page=translate("InvoicePdf", "Page {page} of {pages}"),
        price_correction=translate("InvoicePdf", "Price correction"),
        # The VAT rate column of an exempt line (its rate is no rate: zero-rated lines print 0%).
        exempt=translate("InvoicePdf", "Exempt"),
        # In the totals: the amount (before VAT) of the zero-rated lines, and of the exempt ones.
        zero_rated_supplies=translate("InvoicePdf", "Zero-rated supplies {rate}"),
        exempt_supplies=translate("InvoicePdf", "Exempt supplies"),
        # Under the total, what the invoice has been paid and credited, as it stands when printed.
        paid=translate("InvoicePdf", "Paid"),
        credited=translate("InvoicePdf", "Less credit notes"),
        balance_due=translate("InvoicePdf", "Balance due"),
        paid_in_full=translate("InvoicePdf", "Paid in full"),
        owed_back=translate("InvoicePdf", "Owed back to you"),
    )


def _program_translate(context: str, text: str) -> str:
    return core_translate(context, text)


# ---------------------------------------------------------------------------------------------
# Numbers and amounts


_AMOUNT_DIGITS = re.compile(r"[-\u2212+]?\d[\d,.]*")


class _Numbers:
    """Amounts, quantities and rates as the document's language writes them, with Western digits."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency = currency
        self.language = language
        decimals = currency_decimals(currency)
        self.amount_pattern = "#,##0." + "0" * decimals if decimals else "#,##0"

    def _ltr(self, text: str) -> str:
        return isolate_ltr(text.replace("\u200e", "").replace("\u200f", ""))

    def money(self, amount: Decimal) -> str:
        """With the currency, through Babel; the number kept in one piece among Arabic words."""
        text = format_money(amount, self.currency, self.language)
        if self.language == "ar":
            return _AMOUNT_DIGITS.sub(lambda m: self._ltr(m.group()), text)
        return text  # "SAR 1,150.50": format_money keeps the code off the digits

    def amount(self, amount: Decimal) -> str:
        """Without the currency, for the table; rounded as format_money rounds, so that zero is
        never signed (a credit note's zero VAT is "0.00", not "-0.00")."""
        rounded = round_money(amount, currency_decimals(self.currency))
        return self._ltr(format_decimal(rounded, format=self.amount_pattern, locale=self.language, numbering_system="latn"))

    def quantity(self, quantity: Decimal) -> str:
        return self._ltr(format_decimal(quantity, format="#,##0.###", locale=self.language, numbering_system="latn"))

    def rate(self, rate: Decimal) -> str:
        return isolate_ltr(f"{plain_number(rate)}%")


# ---------------------------------------------------------------------------------------------
# Page layout (the frame itself is layout.py's)


class _Layout(Flow):
    """Builds the pages as drawing steps first, so that the page count is known when they are drawn."""

    def __init__(self, invoice: PrintableInvoice, language: str, words: Labels) -> None:
        super().__init__(language)
        self.invoice = invoice
        self.words = words
        self.numbers = _Numbers(invoice.currency, language)
        self.title = self._title()

    # -- content ---------------------------------------------------------------------------

    def _title(self) -> str:
        seller = self.invoice.seller
        if self.invoice.kind == DocumentKind.CREDIT_NOTE:
            return self.words.credit_note
        if not seller.vat_number:
            return self.words.invoice
        return self.words.simplified_tax_invoice if seller.country == "SA" else self.words.tax_invoice

    def _phone(self, number: str) -> str:
        return isolate_ltr(format_phone(number, self.invoice.seller.country))

    def seller_block(self) -> None:
        seller = self.invoice.seller
        logo = _logo(seller.logo)
        text_width = WIDTH - (LOGO_BOX[0] + GAP if logo else 0)
        x0, x1 = (RIGHT - text_width, RIGHT) if self.rtl else (LEFT, LEFT + text_width)
        y = self.y
        y -= self.text(seller.name(self.language), x0, x1, y, size=15, bold=True, user_text=True)
        address = seller.address_in(self.language)
        if address:
            y -= self.text(address, x0, x1, y, user_text=True)
        if seller.phone:
            y -= self.text(self.words.phone.format(phone=self._phone(seller.phone)), x0, x1, y)
        if seller.vat_number:
            y -= self.text(self.words.vat_number.format(number=isolate_ltr(seller.vat_number)), x0, x1, y)
        bottom = y
        if logo:
            reader, (width, height) = logo
            lx = LEFT if self.rtl else RIGHT - width
            ly = self.y - height

            def draw(canvas: Canvas) -> None:
                with _LOGO_LOCK:  # the reader is shared with other invoices, maybe in other threads
                    canvas.drawImage(reader, lx, ly, width, height, mask="auto")

            self.add(draw)
            bottom = min(bottom, ly)
        self.y = bottom - 2 * mm
        self.rule(self.y, width=0.9, colour=GREY)
        self.y -= 3 * mm

    def title_block(self) -> None:
        invoice = self.invoice
        words = self.words
        qr = invoice.qr_payload
        column = WIDTH - (QR_SIZE + GAP if qr else 0)
        x0, x1 = (RIGHT - column, RIGHT) if self.rtl else (LEFT, LEFT + column)
        top = self.y
        y = top
        y -= self.text(self.title, x0, x1, y, size=17, bold=True)
        number = isolate_ltr(invoice.number)
        numbered = words.credit_note_number if invoice.kind == DocumentKind.CREDIT_NOTE else words.invoice_number
        y -= self.text(numbered.format(number=number), x0, x1, y, size=10.5, bold=True)
        # The day and the shop's clock time of issue (ZATCA's QR carries the same moment in UTC).
        issued = f"{invoice.issue_date:%d/%m/%Y}\u00a0\u00a0{invoice.issue_time:%H:%M}"
        y -= self.text(words.date.format(date=isolate_ltr(issued)), x0, x1, y)
        if invoice.seller.show_hijri_date:
            from retention_desktop.hijri import HijriRangeError, format_hijri  # only for shops that show it

            try:
                hijri = format_hijri(invoice.issue_date, self.language)
            except HijriRangeError:
                hijri = ""
            if hijri:
                y -= self.text(words.hijri_date.format(date=hijri), x0, x1, y)
        if invoice.kind == DocumentKind.CREDIT_NOTE:
            if invoice.corrects_number:
                y -= self.text(words.corrects.format(number=isolate_ltr(invoice.corrects_number)), x0, x1, y, bold=True)
            if invoice.note:
                y -= self.text(words.reason.format(reason=_typed(invoice.note)), x0, x1, y)
        elif invoice.note:
            y -= self.text(words.note.format(note=_typed(invoice.note)), x0, x1, y)
        y -= 2.5 * mm
        y -= self.buyer_block(x0, x1, y)
        bottom = y
        if qr:
            qx = LEFT if self.rtl else RIGHT - QR_SIZE
            qy = top - QR_SIZE

            def draw(canvas: Canvas) -> None:
                draw_qr(canvas, qr, qx, qy, QR_SIZE)

            self.add(draw)
            bottom = min(bottom, qy)
        self.y = bottom - 3 * mm

    def buyer_block(self, x0: float, x1: float, top: float) -> float:
        buyer = self.invoice.buyer
        y = top
        y -= self.text(self.words.customer, x0, x1, y, size=9, bold=True, colour=GREY)
        y -= self.text(buyer.name, x0, x1, y, size=11, bold=True, user_text=True)
        if buyer.phone:
            y -= self.text(self.words.phone.format(phone=self._phone(buyer.phone)), x0, x1, y)
        if buyer.address:
            y -= self.text(buyer.address, x0, x1, y, user_text=True)
        if buyer.email:
            y -= self.text(self.words.email.format(email=isolate_ltr(buyer.email)), x0, x1, y)
        return top - y

    def continuation_header(self) -> None:
        """The top of the second and later pages: who and which document, then a rule."""
        seller = self.invoice.seller
        half = WIDTH / 2
        start = (RIGHT - half, RIGHT) if self.rtl else (LEFT, LEFT + half)
        end = (LEFT, LEFT + half) if self.rtl else (RIGHT - half, RIGHT)
        first = self.text(seller.name(self.language), *start, self.y, size=11, bold=True, user_text=True)
        heading = f"{self.title} {isolate_ltr(self.invoice.number)}"
        second = self.text(heading, *end, self.y, size=11, bold=True, align="end")
        self.y -= max(first, second) + 1 * mm
        self.rule(self.y, width=0.9, colour=GREY)
        self.y -= 3 * mm

    # -- the table --------------------------------------------------------------------------

    def columns(self) -> list[tuple[str, float, float, Align]]:
        """(key, x0, x1, alignment) of each column, mirrored in Arabic."""
        fixed = sum(width for _, width, _ in COLUMNS)
        x = LEFT
        out = []
        for key, width, align in COLUMNS:
            width = width or WIDTH - fixed
            x0, x1 = self.box(x, x + width)
            out.append((key, x0, x1, align))
            x += width
        return out

    def table_header(self) -> None:
        size = 8.5
        cells = self.columns()
        height = 2 * PAD + max(
            self.measure(self.words.columns[key], x1 - x0 - 2 * PAD, size=size, bold=True, leading=TABLE_LEADING) for key, x0, x1, _ in cells
        )
        top = self.y

        def fill(canvas: Canvas) -> None:
            canvas.setFillColorRGB(*HEADER_FILL)
            canvas.rect(LEFT, top - height, WIDTH, height, stroke=0, fill=1)

        self.add(fill)
        for key, x0, x1, align in cells:
            self.text(self.words.columns[key], x0 + PAD, x1 - PAD, top - PAD, size=size, bold=True, align=align, leading=TABLE_LEADING)
        self.y = top - height
        self.rule(self.y, width=0.8, colour=GREY)

    def line_cells(self, position: int) -> dict[str, str]:
        line = self.invoice.lines[position]
        n = self.numbers
        sign = _sign(self.invoice)
        return {
            "position": isolate_ltr(str(position + 1)),
            "description": line.text(self.language),
            "quantity": n.quantity(line.quantity),
            "unit_price": n.amount(line.unit_price),
            "discount": n.amount(line.discount) if line.discount else "",
            "vat_rate": self.words.exempt if line.vat_category == VatCategory.EXEMPT else n.rate(line.vat_rate),
            "vat": n.amount(sign * line.vat),
            "total": n.amount(sign * line.total),
        }

    def cell_notes(self, position: int) -> dict[str, str]:
        """The small grey line under some cells: "Price correction" under the description of a
        credit note's line that lowers a price, the percentage under a discount typed as one."""
        line = self.invoice.lines[position]
        notes = {}
        if line.corrects_price:
            notes["description"] = self.words.price_correction
        if line.discount_percent is not None and line.discount:
            notes["discount"] = self.numbers.rate(line.discount_percent)
        return notes

    def table(self) -> None:
        size = 8.5
        cells = self.columns()
        self.table_header()
        rows = []
        for position in range(len(self.invoice.lines)):
            values = self.line_cells(position)
            notes = self.cell_notes(position)
            heights = {key: size * TABLE_LEADING for key in values}
            for key, x0, x1, _ in cells:
                if key == "description":
                    heights[key] = self.measure(values[key], x1 - x0 - 2 * PAD, size=size, user_text=True, leading=TABLE_LEADING)
            height = max(heights.values()) + (NOTE_SIZE * TABLE_LEADING if notes else 0) + 2 * PAD
            rows.append((values, notes, heights, height))
        # The last rows go to the next page with the totals when the totals do not fit under them:
        # the totals never stand alone on a page, away from what they add up.
        kept = len(rows) - min(KEPT_WITH_TOTALS, len(rows))
        totals = self.totals_height()
        terms = self.terms_height()
        if terms and terms <= SHORT_TERMS:  # short terms too: not a page of their own for two lines
            totals += 6 * mm + terms
        on_page = 0
        for position, (values, notes, heights, height) in enumerate(rows):
            with_totals = position == kept and on_page > 0 and self.y - sum(row[3] for row in rows[kept:]) - totals < BOTTOM
            if self.y - height < BOTTOM or with_totals:
                self.new_page()
                self.continuation_header()
                self.table_header()
                on_page = 0
            on_page += 1
            top = self.y
            for key, x0, x1, align in cells:
                value = values[key]
                if value and key == "description":
                    self.text(value, x0 + PAD, x1 - PAD, top - PAD, size=size, align=align, user_text=True, leading=TABLE_LEADING)
                elif value and align == "decimal":
                    self.amount(value, x0 + PAD, x1 - PAD, top - PAD, size=size, leading=TABLE_LEADING)
                elif value:
                    fitted = _fit(value, x1 - x0 - 2 * PAD, size)
                    self.text(value, x0 + PAD, x1 - PAD, top - PAD - (size - fitted), size=fitted, align=align, leading=TABLE_LEADING)
                if key in notes:
                    below = top - PAD - heights[key]
                    side: Align = "start" if key == "description" else "right"
                    self.text(notes[key], x0 + PAD, x1 - PAD, below, size=NOTE_SIZE, align=side, colour=GREY, leading=TABLE_LEADING)
            self.y = top - height
            self.rule(self.y, width=0.4)

    def amount(self, value: str, x0: float, x1: float, top: float, *, size: float, leading: float) -> None:
        """An amount in the box x0..x1 with its decimal point where every amount of the column has
        it: as far right as the currency's decimals leave room for. A very large amount is drawn
        smaller, its point still in place."""
        text = value.translate(_NO_CONTROLS)
        decimals = currency_decimals(self.invoice.currency)
        whole, point, fraction = text.rpartition(".") if decimals else (text, "", "")
        if not point:
            whole, fraction = text, ""
        dot = x1 - (stringWidth("." + "0" * decimals, REGULAR, size) if decimals else 0)
        needed = stringWidth(whole, REGULAR, size)
        fitted = size if needed <= dot - x0 else max(5.0, size * (dot - x0) / needed)
        x = dot - stringWidth(whole, REGULAR, fitted)
        baseline = top - size * (leading - 0.4)

        def draw(canvas: Canvas) -> None:
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont(REGULAR, fitted)
            canvas.drawString(x, baseline, text)

        self.add(draw)

    # -- totals, words, terms -----------------------------------------------------------------

    def totals_rows(self) -> list[tuple[str, str, bool]]:
        invoice = self.invoice
        sign = _sign(invoice)
        money = self.numbers.money
        rows: list[tuple[str, str, bool]] = []
        if invoice.discount:
            rows.append((self.words.total_discount, money(sign * invoice.discount), False))
        if not invoice.seller.vat_number and not invoice.vat:
            rows.append((self.words.total, money(sign * invoice.total), True))
            return rows
        rows.append((self.words.total_before_vat, money(sign * invoice.net), False))
        if not invoice.vat_by_category:  # a document kept by an older version (a kit's snapshot)
            for rate, _net, vat in invoice.vat_by_rate:
                rows.append((self.words.vat_at_rate.format(rate=self.numbers.rate(rate)), money(sign * vat), False))
        # Each VAT category apart: the VAT of the standard-rated lines, and the amounts of the
        # zero-rated and of the exempt ones (their VAT is nothing), never one "VAT 0%" for both.
        for category, rate, net, vat in invoice.vat_by_category:
            if category == VatCategory.EXEMPT:
                rows.append((self.words.exempt_supplies, money(sign * net), False))
            elif category == VatCategory.ZERO_RATED:
                rows.append((self.words.zero_rated_supplies.format(rate=self.numbers.rate(rate)), money(sign * net), False))
            else:
                rows.append((self.words.vat_at_rate.format(rate=self.numbers.rate(rate)), money(sign * vat), False))
        rows.append((self.words.total_with_vat, money(sign * invoice.total), True))
        return rows

    def payment_rows(self) -> list[tuple[str, str, bool]]:
        """An invoice's payment status under its total: credited and paid so far, then what is
        left to pay or what the shop owes back (bold); "Paid in full" alone when that is all."""
        invoice, money = self.invoice, self.numbers.money
        payment = invoice.payment
        if payment is None:
            return []
        rows: list[tuple[str, str, bool]] = []
        if payment.credited:
            rows.append((self.words.credited, money(payment.credited), False))  # taken off the total, as its label says
        status, due = payment.status(invoice.total), payment.due(invoice.total)
        if status is PaymentStatus.PAID:
            rows.append((self.words.paid_in_full, money(payment.paid), False))
            return rows
        if payment.paid:
            rows.append((self.words.paid, money(payment.paid), False))
        if status is PaymentStatus.REFUND_DUE:  # a credit note after payment
            rows.append((self.words.owed_back, money(-due), True))
        else:  # unpaid, partly paid, or cancelled in full by credit notes (nothing left: 0.00)
            rows.append((self.words.balance_due, money(max(due, ZERO)), True))
        return rows
        if payment.paid:
            rows.append((self.words.paid, money(payment.paid), False))
        if due < 0:  # a credit note after payment
            rows.append((self.words.owed_back, money(-due), True))
        else:
            rows.append((self.words.balance_due, money(due), True))
        return rows

    def in_words(self) -> str:
        """The amount in words as printed under the totals, its last line never a lone word (the
        English "only"): the word before goes down with it."""
        words_text = _in_words(self.invoice, self.language)
        if not words_text:
            return ""
        text = self.words.in_words.format(words=words_text)
        lines = self.lines(text, WIDTH, size=9.5)
        if len(lines) > 1 and " " not in lines[-1].text.strip() and " " in text.strip():
            before, _space, last = text.rstrip().rpartition(" ")
            text = f"{before}{NBSP}{last}"
        return text

    def totals_height(self) -> float:
        """The height the totals, the amount in words and the payment status take under the table."""
        size = 9.5
        rows = self.totals_rows() + self.payment_rows()
        height: float = 3 * mm + sum((11 if bold else size) * LEADING + (1.5 * mm if bold else 0) for _, _, bold in rows)
        in_words = self.in_words()
        if in_words:
            height += 2 * mm + self.measure(in_words, WIDTH, size=size)
        if self.payment_rows():
            height += 2 * mm
        return height

    def totals(self) -> None:
        """The totals in a box at the end of the line, the amount in words under them (of the
        total: the payment status comes after it), then what was paid and is left to pay."""
        box_width = 92 * mm
        x0, x1 = self.box(RIGHT - box_width, RIGHT)
        in_words = self.in_words()
        size = 9.5
        if self.y - self.totals_height() < BOTTOM:
            self.new_page()
            self.continuation_header()
        self.y -= 3 * mm
        label_box = (x0 + 1 * mm, x1 - 1 * mm)

        def draw_rows(rows: list[tuple[str, str, bool]]) -> None:
            for label, value, bold in rows:
                row_size = 11 if bold else size
                if bold:
                    self.rule(self.y, x0, x1, width=0.9, colour=GREY)
                    self.y -= 1.5 * mm
                self.text(label, *label_box, self.y, size=row_size, bold=bold, align="start")
                self.text(value, *label_box, self.y, size=row_size, bold=bold, align="end")
                self.y -= row_size * LEADING

        draw_rows(self.totals_rows())
        if in_words:
            self.y -= 2 * mm
            self.y -= self.text(in_words, LEFT, RIGHT, self.y, size=size)
        payment = self.payment_rows()
        if payment:
            self.y -= 2 * mm
            draw_rows(payment)

    def terms_height(self) -> float:
        """The height the terms take with their heading (0 without terms)."""
        terms = self.invoice.seller.terms_in(self.language).strip()
        if not terms:
            return 0.0
        return 9.5 * LEADING + self.measure(terms, WIDTH, size=8.5, user_text=True)

    def terms(self) -> None:
        terms = self.invoice.seller.terms_in(self.language).strip()
        if not terms:
            return
        heading_size, size = 9.5, 8.5
        height = self.terms_height()
        if self.y - 6 * mm - height < BOTTOM:
            self.new_page()
            self.continuation_header()  # its rule is the one above the terms: no second one under it
            top = self.y
        else:
            top = BOTTOM + height  # at the foot of the page
            self.rule(top + 1.5 * mm, width=0.5)
        top -= self.text(self.words.terms, LEFT, RIGHT, top, size=heading_size, bold=True)
        self.text(terms, LEFT, RIGHT, top, size=size, user_text=True, justify=True, colour=(0.15, 0.15, 0.15))

    def build(self) -> list[Page]:
        self.new_page()
        self.seller_block()
        self.title_block()
        currency = self.words.currency.format(currency=get_currency_name(self.invoice.currency, locale=self.language))
        if self.invoice.prices_include_vat:
            currency = f"{currency} \u00b7 {self.words.prices_include_vat}"
        self.y -= self.text(currency, LEFT, RIGHT, self.y, size=8.5, colour=GREY) + 0.5 * mm
        self.table()
        self.totals()
        self.terms()
        return self.pages


# ---------------------------------------------------------------------------------------------
# Pieces


_NO_CONTROLS = str.maketrans(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c")))


def _typed(text: str) -> str:
    """A value the owner typed, inside a sentence of ours: in its own direction, numbers whole."""
    return isolate_auto(isolate_numbers(text))


def _sign(invoice: PrintableInvoice) -> int:
    """Credit notes print their amounts as positive numbers, as the document they are (the core
    keeps them negative, for sums)."""
    return -1 if invoice.kind == DocumentKind.CREDIT_NOTE else 1


def _fit(text: str, width: float, size: float) -> float:
    """The font size at which `text` fits in `width` (a very large amount in a narrow column)."""
    needed = stringWidth(text.replace("\u2066", "").replace("\u2069", ""), REGULAR, size)
    return size if needed <= width else max(5.0, size * width / needed)


def _in_words(invoice: PrintableInvoice, language: str) -> str:
    try:
        return amount_in_words(abs(invoice.total), invoice.currency, language)
    except AmountInWordsError:
        return ""


def _logo(data: bytes | None) -> tuple[ImageReader, tuple[float, float]] | None:
    """The seller's logo scaled into its box, or None (no logo, or a file that does not read)."""
    return _read_logo(data) if data else None


@lru_cache(maxsize=4)
def _read_logo(data: bytes) -> tuple[ImageReader, tuple[float, float]] | None:
    """The logo read and decoded once for all the invoices that print it (by its bytes: the same
    logo from every invoice of a shop), no finer than LOGO_DPI at the size it is printed."""
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_wide, pixels_high = reader.getSize()
        if not pixels_wide or not pixels_high:
            return None
        scale = min(LOGO_BOX[0] / pixels_wide, LOGO_BOX[1] / pixels_high)
        size = (pixels_wide * scale, pixels_high * scale)
        finest = (max(1, round(size[0] / inch * LOGO_DPI)), max(1, round(size[1] / inch * LOGO_DPI)))
        if pixels_wide > finest[0]:
            reader = _downscaled(data, finest)
        reader.getRGBData()  # decoded here, once, and a file that is broken inside is found here
    except Exception as error:  # reportlab and Pillow raise many kinds for a broken image
        log.warning("the logo cannot be read: %s", error)
        return None
    return reader, size


def _downscaled(data: bytes, size: tuple[int, int]) -> ImageReader:
    """The image in `data` resized to `size` pixels; a JPEG stays a JPEG (reportlab embeds its bytes)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as file:
        kind = file.format
        image: Image.Image = file
        if image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):  # a palette: resized in full colour
            transparent = "transparency" in image.info or "A" in image.getbands()
            image = image.convert("RGBA" if transparent else "RGB")
        smaller = image.resize(size, Image.Resampling.LANCZOS)
    if kind == "JPEG":
        jpeg = io.BytesIO()
        smaller.save(jpeg, "JPEG", quality=92)
        return ImageReader(jpeg)
    return ImageReader(smaller)


def _typed_text_cleaned(invoice: PrintableInvoice) -> PrintableInvoice:
    """The document with the text people typed into it cleaned as the program cleans it when it is
    typed (text.py): one saved by an older version may hold controls, which print as boxes, or bidi
    overrides, which turn the words after them around."""
    seller, buyer = invoice.seller, invoice.buyer
    return replace(
        invoice,
        number=clean_line(invoice.number),
        seller=replace(
            seller,
            name_ar=clean_line(seller.name_ar),
            name_en=clean_line(seller.name_en),
            address=clean_line(seller.address),
            address_en=clean_line(seller.address_en),
            terms=clean_paragraph(seller.terms),
            terms_en=clean_paragraph(seller.terms_en),
        ),
        buyer=replace(buyer, name=clean_line(buyer.name), address=clean_line(buyer.address), email=clean_code(buyer.email)),
        lines=tuple(
            replace(line, description=clean_line(line.description), description_en=clean_line(line.description_en))
            for line in invoice.lines
        ),
        note=clean_paragraph(invoice.note),
    )


def invoice_pages(
    invoice: PrintableInvoice, *, language: str, translate: Translate | None = None, top: float = TOP
) -> tuple[str, list[Page]]:
    """The document's title and its pages as drawing steps, without their footer: what
    render_invoice draws, and what a document that includes a copy of the invoice (the
    new-customer kit) draws among its own pages, numbered with them; there the first page may
    start lower (`top`), under the including document's heading."""
    if language not in ("ar", "en"):
        raise ValueError(f"language must be 'ar' or 'en', not {language!r}")
    layout = _Layout(_typed_text_cleaned(invoice), language, labels(translate or _program_translate))
    layout.first_top = top
    return layout.title, layout.build()


def render_invoice(invoice: PrintableInvoice, *, language: str, translate: Translate | None = None) -> bytes:
    """The invoice or credit note as a PDF, in "ar" (right to left) or "en".

    The same invoice always gives the same bytes: a reprint is identical to the first print (the
    file's dates are the moment of issue). `translate` gives the document's words (the program's
    translator by default, so the document speaks the program's language).
    """
    words = labels(translate or _program_translate)
    title, pages = invoice_pages(invoice, language=language, translate=translate)
    clean = _typed_text_cleaned(invoice)
    # One page needs no number; a longer document says "Page 1 of 2" at the foot of each.
    footer = Footer(language, words.page, numbered_alone=False)
    info = DocumentInfo(f"{title} {clean.number}", clean.seller.name(language), clean.buyer.name, language, invoice.issued_at)
    return render([Part(pages, footer)], info)


def pdf_file_name(number: str) -> str:
    """A file name for a document number that every file system accepts: "INV-000012.pdf"."""
    return (re.sub(r"[^\w.\-]+", "_", number).strip("._") or "document") + ".pdf"


def write_invoice_pdf(
    db: Database, number_or_id: str | int, path: Path, *, language: str, translate: Translate | None = None
) -> Path:
    """Write the invoice or credit note `number_or_id` to `path` as a PDF and return the path.

    The file appears whole or not at all (files.write_atomically). An unknown number raises
    SalesError, a target that cannot be written a FileNotWritten, and nothing is written.
    """
    from retention_desktop.printable import printable_invoice

    check_target(Path(path))  # before the work: a folder or a device is refused, not replaced
    return write_document_pdf(printable_invoice(db, number_or_id), path, language=language, translate=translate)


def write_document_pdf(invoice: PrintableInvoice, path: Path, *, language: str, translate: Translate | None = None) -> Path:
    """Write an invoice or credit note already read to `path` as a PDF, as write_invoice_pdf does."""
    path = Path(path)
    check_target(path)
    return write_atomically(path, render_invoice(invoice, language=language, translate=translate))


__all__ = ["Labels", "invoice_pages", "labels", "pdf_file_name", "render_invoice", "write_document_pdf", "write_invoice_pdf"]

"""Invoice PDFs: read back with pypdf, looked at through poppler, reprinted byte for byte; the bidi behind them."""

from __future__ import annotations

import ctypes
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.i18n import set_translator
from retention_desktop.kinds import PaymentMethod, VatCategory
from retention_desktop.money import format_money
from retention_desktop.pdf.arabic import (
    NBSP,
    first_strong_direction,
    isolate_ltr,
    isolate_numbers,
    lay_out,
    shape,
    to_visual,
    wrap,
)
from retention_desktop.pdf.fonts import BOLD, REGULAR, register_fonts
from retention_desktop.pdf.invoice import MARGIN, QR_SIZE, render_invoice, write_invoice_pdf
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.printable import PrintableInvoice, printable_invoice
from retention_desktop.catalogue import add_catalogue_item, CatalogueDraft
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoice, record_payment
from retention_desktop.sales_errors import SalesError

from tests.pdf_pages import render_page, viewer_text

ISSUED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
SHOP = BusinessProfile(
    name_ar="مؤسسة النور للتجارة",
    name_en="Al Noor Trading",
    vat_number="310122393500003",
    phone="0112345678",
    address="الرياض، حي العليا (مبنى 12)",
    show_hijri_date=True,
    terms="البضاعة المباعة لا ترد ولا تستبدل بعد 14 يوماً من تاريخ الشراء. للاستفسار اتصلوا على 055 123 4567.",
)

# What the Arabic translation is to say; the tests hand it to the document as its translator.
ARABIC = {
    "Simplified tax invoice": "فاتورة ضريبية مبسطة",
    "Tax invoice": "فاتورة ضريبية",
    "Invoice": "فاتورة",
    "Credit note": "إشعار دائن",
    "Invoice number: {number}": "رقم الفاتورة: {number}",
    "Credit note number: {number}": "رقم الإشعار: {number}",
    "Date: {date}": "التاريخ: {date}",
    "Hijri date: {date}": "التاريخ الهجري: {date}",
    "Corrects invoice {number}": "تصحيح للفاتورة {number}",
    "Reason: {reason}": "السبب: {reason}",
    "Note: {note}": "ملاحظة: {note}",
    "Phone: {phone}": "الهاتف: {phone}",
    "VAT number: {number}": "الرقم الضريبي: {number}",
    "Email: {email}": "البريد الإلكتروني: {email}",
    "Customer": "العميل",
    "Currency: {currency}": "العملة: {currency}",
    "Unit prices include VAT.": "أسعار الوحدات شاملة ضريبة القيمة المضافة.",
    "#": "م",
    "Description": "الوصف",
    "Quantity": "الكمية",
    "Unit price": "سعر الوحدة",
    "Discount": "الخصم",
    "VAT %": "نسبة الضريبة",
    "VAT amount": "مبلغ الضريبة",
    "Line total": "الإجمالي",
    "Total discount": "إجمالي الخصم",
    "Total before VAT": "الإجمالي قبل الضريبة",
    "VAT {rate}": "ضريبة القيمة المضافة {rate}",
    "Total with VAT": "الإجمالي شامل الضريبة",
    "Total": "الإجمالي",
    "Amount in words: {words}": "المبلغ كتابةً: {words}",
    "Terms and conditions": "الشروط والأحكام",
    "Page {page} of {pages}": "صفحة {page} من {pages}",
    "Price correction": "تصحيح السعر",
    "Exempt": "معفاة",
    "Zero-rated supplies {rate}": "التوريدات الخاضعة للنسبة الصفرية {rate}",
    "Exempt supplies": "التوريدات المعفاة",
    "Paid": "المدفوع",
    "Less credit notes": "يخصم بإشعارات دائنة",
    "Balance due": "المتبقي للسداد",
    "Paid in full": "مدفوعة بالكامل",
    "Owed back to you": "مبلغ نعيده إليكم",
}


def arabic(context: str, text: str) -> str:
    assert context == "InvoicePdf"
    return ARABIC.get(text, text)


def plain(text: str) -> str:
    """Presentation forms back to letters, unbreakable spaces to spaces, harakat left out."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not unicodedata.combining(c))


def readable(text: str) -> str:
    """Extracted text made comparable (see plain); each line also reversed, for a reader that
    returns Arabic in visual order (pypdf turns runs of Arabic round, not always all of them)."""
    lines = text.splitlines()
    return "\n".join(plain(t) for t in (*lines, *(line[::-1] for line in lines)))


def has_words(text: str, phrase: str) -> bool:
    """Every word of `phrase` is in `text`, wherever the reader put it."""
    return all(word in text for word in plain(phrase).split())


def pages_text(data: bytes, path: Path) -> list[str]:
    """Each page's text as pypdf and as pdfium (Chrome's and Edge's viewer) read it: they differ in
    how they order a ligature's letters (لا), pdfium as viewers do (fonts.SearchableFont)."""
    path.write_bytes(data)
    return [
        readable(page.extract_text()) + "\n" + plain(viewer)
        for page, viewer in zip(PdfReader(path).pages, viewer_text(path))
    ]


@pytest.fixture
def shop(db: Database) -> Iterator[tuple[Database, int]]:
    save_profile(db, SHOP)
    customer = add_customer(
        db, CustomerDraft(full_name="سارة أحمد العتيبي", phones=("055 987 6543",), address="جدة، حي الروضة")
    )
    yield db, customer


def sell(db: Database, customer: int, count: int = 3, note: str = "") -> PrintableInvoice:
    lines = [
        LineDraft("قص شعر وتصفيف (مع الغسيل)", Decimal(1), Decimal("80.00")),
        LineDraft("صبغة شعر كاملة بلون بني فاتح مع علاج الكيراتين والترطيب العميق", Decimal(2), Decimal("350.00"), discount=Decimal(50)),
        LineDraft("Samsung Galaxy A15 (128GB)", Decimal("1.5"), Decimal("899.99")),
    ]
    if count != 3:
        lines = [LineDraft(f"خدمة صيانة L{i:02d}", Decimal(1), Decimal("25.50")) for i in range(1, count + 1)]
    issued = issue_invoice(db, InvoiceDraft(customer, lines, note=note), at=ISSUED)
    return printable_invoice(db, issued.number)


def render_png(pdf: Path, page: int = 1) -> Image.Image:
    """The page as a viewer draws it at 70 dpi, in grey levels."""
    return render_page(pdf, page)


def dark(image: Image.Image, box: tuple[float, float, float, float], *, skip_rules: bool = False) -> int:
    """How many dark pixels the box (left, top, right, bottom, in points from the top left) holds;
    `skip_rules` leaves out rows that are dark most of the way across (a rule line, not text)."""
    scale = image.width / 595.2756
    left, top, right, bottom = (round(v * scale) for v in box)
    region = image.crop((left, top, right, bottom))
    if not skip_rules:
        return sum(region.histogram()[:160])
    total = 0
    for row in range(region.height):
        count = sum(region.crop((0, row, region.width, row + 1)).histogram()[:160])
        if count < 0.7 * region.width:
            total += count
    return total


@dataclass(frozen=True)
class Glyph:
    """One character as pdfium reads it off the page: its box in points from the bottom left."""

    char: str
    left: float
    bottom: float
    right: float
    size: float
    bold: bool

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def glyphs(pdf: Path, page: int = 1) -> list[Glyph]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = document[page - 1].get_textpage()
        font = ctypes.create_string_buffer(64)
        flags = ctypes.c_int()
        found = []
        for index in range(text.count_chars()):
            left, bottom, right, _top = text.get_charbox(index)
            pdfium.FPDFText_GetFontInfo(text, index, font, 64, ctypes.byref(flags))
            size = pdfium.FPDFText_GetFontSize(text, index)
            found.append(Glyph(text.get_text_range(index, 1), left, bottom, right, size, b"Bold" in font.value))
        return found
    finally:
        document.close()


def table_decimal_points(found: list[Glyph]) -> list[tuple[Glyph, Glyph]]:
    """The decimal points of the amounts in the lines table (a digit before, two after, at the
    table's size or smaller: the totals under it are larger), each with the amount's last digit."""
    return [
        (g, found[i + 2])
        for i, g in enumerate(found[1:-2], start=1)
        if g.char == "." and g.size <= 8.6 and found[i - 1].char.isdigit() and found[i + 1].char.isdigit() and found[i + 2].char.isdigit()
    ]


def columns_of(points: list[tuple[Glyph, Glyph]]) -> list[list[tuple[Glyph, Glyph]]]:
    """Decimal points grouped by column: a gap of 10 points or more starts the next one."""
    columns: list[list[tuple[Glyph, Glyph]]] = []
    for point in sorted(points, key=lambda p: p[0].middle):
        if columns and point[0].middle - columns[-1][-1][0].middle < 10:
            columns[-1].append(point)
        else:
            columns.append([point])
    return columns


# ---------------------------------------------------------------------------------------------
# The document


def test_english_invoice_reads_back_with_its_parts(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer, note="Deliver on 2026-11-25")
    (text,) = pages_text(render_invoice(invoice, language="en"), tmp_path / "en.pdf")
    for expected in (
        "Al Noor Trading",
        "Simplified tax invoice",
        "Invoice number: INV-000001",
        "Date: 23/11/2026  12:30",  # the shop's clock in Riyadh
        "Hijri date: 13 Jumada al-Akhirah 1448 AH",
        "VAT number: 310122393500003",
        "Phone: 011 234 5678",
        "Phone: 055 987 6543",
        "سارة أحمد العتيبي",
        "Samsung Galaxy A15 (128GB)",
        "Total before VAT",
        "SAR 2,079.99",  # 80 + 650 + 1,349.99
        "VAT 15%",
        "SAR 312.00",
        "Total with VAT",
        "SAR 2,391.99",
        "Two thousand three hundred ninety-one Saudi riyals and ninety-nine halalas only",
        "Deliver on 2026-11-25",
        "Terms and conditions",
    ):
        assert expected in text, expected
    assert "Page 1 of" not in text  # one page needs no page numbers


def test_arabic_invoice_reads_back_with_its_parts(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer)
    data = render_invoice(invoice, language="ar", translate=arabic)
    (text,) = pages_text(data, tmp_path / "ar.pdf")
    for expected in (
        "مؤسسة النور للتجارة",
        "فاتورة ضريبية مبسطة",
        "رقم الفاتورة",
        "سارة أحمد العتيبي",
        "العميل",
        "الإجمالي شامل الضريبة",
        "ر.س",
        "فقط ألفان وثلاثمائة وواحد وتسعون ريالًا سعوديًا وتسع وتسعون هللة لا غير",
    ):
        assert has_words(text, expected), expected
    for number in ("INV-000001", "23/11/2026", "2,391.99", "011 234 5678", "055 987 6543", "310122393500003"):
        assert number in text, number
    assert str(PdfReader(tmp_path / "ar.pdf").root_object["/Lang"]) == "ar"


def test_an_invoice_says_what_was_paid_and_what_is_left_as_it_stands_when_printed(shop: tuple[Database, int], tmp_path: Path) -> None:
    """Under the total and its amount in words: nothing paid, part paid, paid in full, and paid
    then credited (the shop owes the difference back); a credit note says none of it."""
    db, customer = shop
    invoice = sell(db, customer)  # SAR 2,391.99

    def printed(language: str = "en") -> str:
        document = printable_invoice(db, invoice.number)
        (text,) = pages_text(render_invoice(document, language=language, translate=arabic if language == "ar" else None), tmp_path / "p.pdf")
        return text

    def pay(amount: str) -> None:
        record_payment(db, invoice.id, amount=Decimal(amount), paid_on=ISSUED.date(), method=PaymentMethod.CASH, today=ISSUED.date())

    text = printed()
    assert "Balance due" in text and "SAR 2,391.99" in text and "Paid" not in text
    assert text.index("Total with VAT") < text.index("Amount in words") < text.index("Balance due")
    pay("1000")
    text = printed()
    assert "Paid SAR 1,000.00" in text and "Balance due SAR 1,391.99" in text
    arabic_text = printed("ar")
    assert has_words(arabic_text, "المدفوع") and has_words(arabic_text, "المتبقي للسداد")
    assert "1,000.00" in arabic_text and "1,391.99" in arabic_text
    pay("1391.99")
    text = printed()
    assert "Paid in full SAR 2,391.99" in text and "Balance due" not in text
    note = issue_credit_note(db, invoice.id, {invoice.lines[0].id: Decimal(1)}, reason="Returned")  # 80 + 15 % back
    text = printed()
    assert "Less credit notes SAR 92.00" in text and "Paid SAR 2,391.99" in text and "Owed back to you SAR 92.00" in text
    (credit_text,) = pages_text(render_invoice(printable_invoice(db, note.number), language="en"), tmp_path / "cn.pdf")
    assert not any(words in credit_text for words in ("Paid", "Balance due", "Owed back"))


def test_the_words_come_from_the_programs_translator_by_default(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer)
    set_translator(lambda context, text, n: f"[{text}]" if context == "InvoicePdf" else text)
    try:
        data = render_invoice(invoice, language="en")
    finally:
        set_translator(None)
    (text,) = pages_text(data, tmp_path / "t.pdf")
    assert "[Simplified tax invoice]" in text and "[Total with VAT]" in text


def test_a_page_a_user_would_recognise(shop: tuple[Database, int], tmp_path: Path) -> None:
    """Poppler's picture of the page: not blank, a QR code of dark modules in its corner, and the
    text on the right in Arabic, on the left in English (the QR code on the other side)."""
    db, customer = shop
    invoice = sell(db, customer)
    middle = 595.2756 / 2
    band = (25 * mm, 85 * mm)  # from the seller's name to the customer's address
    qr_left = (MARGIN, band[0], MARGIN + QR_SIZE, band[1])
    qr_right = (595.2756 - MARGIN - QR_SIZE, band[0], 595.2756 - MARGIN, band[1])
    for language in ("ar", "en"):
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(render_invoice(invoice, language=language, translate=arabic if language == "ar" else None))
        page = render_png(pdf)
        assert sum(page.histogram()[:128]) > 0.01 * page.width * page.height  # not a blank page
        qr, opposite = (qr_left, qr_right) if language == "ar" else (qr_right, qr_left)
        qr_area = (QR_SIZE * page.width / 595.2756) ** 2
        assert dark(page, qr) > 0.3 * qr_area, language  # a QR code is about half dark modules
        assert dark(page, qr) > 1.5 * dark(page, opposite), language  # there only text
        # The text column: between the QR code and the middle there is little (a rule line); the
        # seller, the title and the customer sit in the half where the language starts.
        if language == "ar":
            empty, written = (MARGIN + QR_SIZE + 2 * mm, band[0], middle, band[1]), (middle, band[0], 595.2756 - MARGIN, band[1])
        else:
            empty, written = (middle, band[0], 595.2756 - MARGIN - QR_SIZE - 2 * mm, band[1]), (MARGIN, band[0], middle, band[1])
        assert dark(page, empty, skip_rules=True) < 0.1 * dark(page, written, skip_rules=True), language


def _format_words(level_bits: int) -> set[int]:
    """The eight 15-bit format words of a QR code at an error correction level (ISO/IEC 18004,
    7.9.1): five data bits (level and mask), ten BCH bits, the whole XORed with 101010000010010."""
    words = set()
    for mask in range(8):
        data = level_bits << 3 | mask
        remainder = data << 10
        for bit in range(14, 9, -1):
            if remainder >> bit & 1:
                remainder ^= 0x537 << (bit - 10)
        words.add((data << 10 | remainder) ^ 0x5412)
    return words


def _format_copies(modules: list[list[bool]]) -> tuple[int, int]:
    """The format word as written beside the top left finder, and as written beside the other two."""
    n = len(modules)
    around_top_left = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8), (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)]
    split = [(n - 1 - i, 8) for i in range(7)] + [(8, n - 8 + i) for i in range(8)]

    def word(places: list[tuple[int, int]]) -> int:  # the most significant bit first
        return sum(1 << (14 - i) for i, (row, column) in enumerate(places) if modules[row][column])

    return word(around_top_left), word(split)


def test_the_qr_code_drawn_is_the_one_encoded(shop: tuple[Database, int], tmp_path: Path) -> None:
    """Every module pdfium draws is the encoder's, dark where it is dark, in its place; the code is
    at error correction M (read from the drawn format information, which needs no decoder), has
    its quiet zone of four modules, is at least 25 mm wide, and a decoder reads the payload back."""
    import zxingcpp
    from reportlab.pdfgen.canvas import Canvas

    from retention_desktop.pdf.qr import QUIET_ZONE, draw_qr, qr_modules

    db, customer = shop
    payload = sell(db, customer).qr_payload
    assert payload is not None
    size = 200.0
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(size, size))
    draw_qr(canvas, payload, 0, 0, size)
    canvas.save()
    image = render_page(pdf, dpi=144)
    code = qr_modules(payload)
    count = len(code)
    assert QUIET_ZONE == 4 and all(len(row) == count for row in code) and (count - 17) % 4 == 0  # 21, 25, 29 … modules
    module = image.width / (count + 2 * QUIET_ZONE)
    grey = image.tobytes()

    def is_dark(row: int, column: int) -> bool:  # the middle of a module; -4 … count + 3 with the quiet zone
        return grey[int((QUIET_ZONE + row + 0.5) * module) * image.width + int((QUIET_ZONE + column + 0.5) * module)] < 128

    drawn = [[is_dark(row, column) for column in range(count)] for row in range(count)]
    assert drawn == [[bool(cell) for cell in row] for row in code]
    around = range(-QUIET_ZONE, count + QUIET_ZONE)
    quiet = [(r, c) for r in around for c in around if not (0 <= r < count and 0 <= c < count)]
    assert not any(is_dark(r, c) for r, c in quiet)  # the quiet zone is white all round
    top_left, split = _format_copies(drawn)
    assert top_left == split and top_left in _format_words(0b00)  # level M's bits are 00
    assert 0x5412 in _format_words(0b00)  # the standard's own example: level M, mask 0
    assert drawn[count - 8][8]  # the dark module every QR code has beside the format information
    assert zxingcpp.read_barcode(image).text == payload
    assert QR_SIZE * count / (count + 2 * QUIET_ZONE) >= 25 * mm  # at least 25 mm of modules on the page


def test_what_only_some_invoices_need_is_imported_when_one_needs_it(tmp_path: Path) -> None:
    """The QR encoder (invoices of a Saudi seller with a VAT number) and the Hijri calendar (shops
    that print the Hijri date) are not loaded with the module, only by the first document that uses
    them."""
    import subprocess
    import sys

    script = "import sys, retention_desktop.pdf.invoice; print(sorted({'zxingcpp', 'hijridate'} & set(sys.modules)))"
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_no_qr_code_without_a_vat_number(db: Database, tmp_path: Path) -> None:
    save_profile(db, BusinessProfile(name_ar="محل بلا ضريبة", name_en="No VAT Shop", country="SA"))
    customer = add_customer(db, CustomerDraft(full_name="John Smith"))
    invoice = sell(db, customer)
    assert invoice.qr_payload is None
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(render_invoice(invoice, language="en"))
    page = render_png(pdf)
    corner = (595.2756 - MARGIN - QR_SIZE, 25 * mm, 595.2756 - MARGIN, 110 * mm)
    assert dark(page, corner) < 0.08 * (QR_SIZE * page.width / 595.2756) ** 2  # a rule line or two
    (text,) = pages_text(pdf.read_bytes(), pdf)
    assert "Invoice" in text and "Simplified tax invoice" not in text and "VAT number" not in text


def test_a_reprint_is_byte_identical(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    first = sell(db, customer)
    data = render_invoice(first, language="ar")
    assert render_invoice(printable_invoice(db, first.number), language="ar") == data
    folder = tmp_path / "out"
    folder.mkdir()
    one = write_invoice_pdf(db, first.number, folder / "one.pdf", language="ar")
    two = write_invoice_pdf(db, first.id, folder / "two.pdf", language="ar")
    assert one.read_bytes() == two.read_bytes() == data
    two = write_invoice_pdf(db, first.id, folder / "two.pdf", language="ar")  # over the last print
    assert two.read_bytes() == data
    metadata = PdfReader(one).metadata
    assert metadata is not None and str(metadata["/CreationDate"]) == "D:20261123093000+00'00'"  # the moment of issue
    assert sorted(p.name for p in folder.iterdir()) == ["one.pdf", "two.pdf"]  # no temporary file left


def test_the_printed_file_has_ordinary_permissions(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    first = sell(db, customer)
    umask = os.umask(0o022)
    try:
        path = write_invoice_pdf(db, first.number, tmp_path / "one.pdf", language="en")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not the temporary file's 0600


def test_unknown_number_writes_nothing(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, _customer = shop
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(SalesError, match="INV-000404"):
        write_invoice_pdf(db, "INV-000404", folder / "x.pdf", language="en")
    assert list(folder.iterdir()) == []


def test_credit_note_says_what_it_corrects(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer)
    issued = issue_credit_note(db, invoice.id, {invoice.lines[0].id: Decimal(1)}, reason="Returned (faulty)", at=ISSUED)
    note = printable_invoice(db, issued.number)
    (english,) = pages_text(render_invoice(note, language="en"), tmp_path / "cn-en.pdf")
    assert "Credit note" in english and "Simplified tax invoice" not in english
    assert "Credit note number: CN-000001" in english
    assert "Corrects invoice INV-000001" in english
    assert "Reason: Returned (faulty)" in english
    assert "SAR 92.00" in english and "-" not in english.split("Total with VAT")[1].split("\n")[0]
    assert "Ninety-two Saudi riyals only" in english
    (arabic_text,) = pages_text(render_invoice(note, language="ar", translate=arabic), tmp_path / "cn-ar.pdf")
    assert has_words(arabic_text, "إشعار دائن") and has_words(arabic_text, "تصحيح للفاتورة") and "INV-000001" in arabic_text


def test_sixty_lines_run_over_two_pages_with_the_header_repeated(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer, count=60)
    first, second = pages_text(render_invoice(invoice, language="en"), tmp_path / "long.pdf")
    assert "Page 1 of 2" in first and "Page 2 of 2" in second
    assert "L01" in first and "L60" in second and "L60" not in first
    assert "Description" in second and "Unit price" in second  # the table's header again
    assert "INV-000001" in second  # which document the page belongs to
    assert "Total with VAT" in second and "Total with VAT" not in first
    _first, second_ar = pages_text(render_invoice(invoice, language="ar", translate=arabic), tmp_path / "long-ar.pdf")
    assert has_words(second_ar, "صفحة من") and "2" in second_ar


def test_a_logo_is_printed(db: Database, tmp_path: Path) -> None:
    import io

    picture = Image.new("RGB", (300, 100), (10, 60, 150))
    png = io.BytesIO()
    picture.save(png, "PNG")
    save_profile(db, BusinessProfile(name_ar="شعار", name_en="Logo Shop"), logo=png.getvalue())
    customer = add_customer(db, CustomerDraft(full_name="John Smith"))
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(render_invoice(sell(db, customer), language="ar"))
    page = render_png(pdf)
    # In Arabic the logo takes the top left corner, opposite the seller's name.
    assert dark(page, (MARGIN, MARGIN, MARGIN + 40 * mm, MARGIN + 12 * mm)) > 0.8 * (40 * 12 * (70 / 25.4) ** 2)


def _logo_images(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) in pixels of each image on the first page."""
    resources = PdfReader(pdf).pages[0]["/Resources"]
    objects = resources["/XObject"] if "/XObject" in resources else {}
    return [(int(o["/Width"]), int(o["/Height"])) for o in (x.get_object() for x in objects.values()) if o["/Subtype"] == "/Image"]


def test_a_large_logo_is_printed_at_print_resolution(db: Database, tmp_path: Path) -> None:
    """A logo of thousands of pixels is resized to 300 dpi at its printed size (50 mm wide here):
    the same place on the page, a file that stays small, the same bytes on a reprint."""
    import io

    picture = Image.new("RGB", (3000, 1000), (10, 60, 150))
    png = io.BytesIO()
    picture.save(png, "PNG")
    save_profile(db, BusinessProfile(name_ar="شعار", name_en="Logo Shop"), logo=png.getvalue())
    customer = add_customer(db, CustomerDraft(full_name="John Smith"))
    invoice = sell(db, customer)
    data = render_invoice(invoice, language="ar")
    assert render_invoice(printable_invoice(db, invoice.number), language="ar") == data
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(data)
    assert _logo_images(pdf) == [(591, 197)]  # 50 mm at 300 dpi
    page = render_png(pdf)
    assert dark(page, (MARGIN, MARGIN, MARGIN + 48 * mm, MARGIN + 15 * mm)) > 0.9 * (48 * 15 * (70 / 25.4) ** 2)


def test_a_logo_that_does_not_decode_is_left_out(shop: tuple[Database, int], tmp_path: Path) -> None:
    """A logo whose header reads but whose pixels do not (a file cut short, from an old book)
    leaves the invoice without a logo rather than without an invoice."""
    import dataclasses
    import io

    db, customer = shop
    picture = Image.effect_noise((400, 200), 60).convert("RGB")
    png = io.BytesIO()
    picture.save(png, "PNG")
    invoice = sell(db, customer)
    broken = dataclasses.replace(invoice, seller=dataclasses.replace(invoice.seller, logo=png.getvalue()[:2000]))
    pdf = tmp_path / "broken-logo.pdf"
    pdf.write_bytes(render_invoice(broken, language="en"))
    assert _logo_images(pdf) == []
    (text,) = pages_text(pdf.read_bytes(), pdf)
    assert "Al Noor Trading" in text


# ---------------------------------------------------------------------------------------------
# Arabic and bidi for print


def rtl(word: str) -> str:
    """An Arabic word as it is drawn: shaped, then its letters from left to right."""
    return shape(word)[::-1]


def test_phone_number_inside_arabic_keeps_its_order() -> None:
    assert to_visual("الهاتف: " + isolate_ltr("055 123 4567"), "R") == f"055{NBSP}123{NBSP}4567 :{rtl('الهاتف')}"
    # What isolation prevents: the groups of the number in reverse order.
    assert to_visual("الهاتف 055 123 4567", "R") == f"4567 123 055 {rtl('الهاتف')}"
    assert to_visual(isolate_numbers("اتصل على +966 55 123 4567"), "R") == f"+966{NBSP}55{NBSP}123{NBSP}4567 {rtl('على')} {rtl('اتصل')}"


def test_dates_inside_arabic_keep_their_order() -> None:
    assert to_visual("التاريخ: " + isolate_ltr("23/11/2026"), "R") == f"23/11/2026 :{rtl('التاريخ')}"
    assert to_visual(isolate_numbers("التسليم يوم 2026-11-25"), "R") == f"2026-11-25 {rtl('يوم')} {rtl('التسليم')}"


def test_invoice_number_and_vat_number_inside_arabic() -> None:
    visual = to_visual("رقم الفاتورة: " + isolate_ltr("INV-000012"), "R")
    assert visual == f"INV-000012 :{rtl('الفاتورة')} {rtl('رقم')}"
    visual = to_visual("الرقم الضريبي: " + isolate_ltr("310122393500003"), "R")
    assert visual.startswith("310122393500003 :")
    # A code typed among Arabic words is left whole, not cut into an isolated number.
    typed = isolate_numbers("راجع INV-2026-001 الآن")
    assert typed == "راجع INV-2026-001 الآن"
    assert to_visual(typed, "R") == f"{rtl('الآن')} INV-2026-001 {rtl('راجع')}"


def test_amount_inside_arabic() -> None:
    amount = format_money(Decimal("1150.50"), "SAR", "ar")  # Babel's, with its right-to-left marks
    assert to_visual("المبلغ " + amount, "R") == f".{rtl('ر.س')}{NBSP}1,150.50 {rtl('المبلغ')}"
    negative = isolate_numbers(format_money(Decimal("-1150.50"), "SAR", "ar"))
    assert to_visual(negative, "R") == f".{rtl('ر.س')}{NBSP}-1,150.50"  # the minus stays with its digits


def test_brackets_are_mirrored_in_right_to_left_runs() -> None:
    assert to_visual("المبلغ (ر.س) لا غير", "R") == f"{rtl('غير')} {rtl('لا')} ({rtl('ر.س')}) {rtl('المبلغ')}"
    assert to_visual("قال «مرحبا» [ملاحظة]", "R") == f"[{rtl('ملاحظة')}] «{rtl('مرحبا')}» {rtl('قال')}"
    # Brackets around left-to-right text keep their shape.
    assert to_visual("الجهاز Galaxy (128GB)", "R") == f"Galaxy (128GB) {rtl('الجهاز')}"
    assert to_visual("Size (large)", "L") == "Size (large)"
    assert to_visual("Customer: سارة", "L") == f"Customer: {rtl('سارة')}"


def test_harakat_are_kept_before_their_letter_for_amiri() -> None:
    visual = to_visual("مُحَمَّد", "R")
    assert "\u064f" in visual and "\u0651" in visual
    meem = shape("مُحَمَّد")[0]
    assert visual.endswith("\u064f" + meem)  # the damma drawn from just before its meem


def test_the_controls_are_gone_and_amiri_has_every_glyph() -> None:
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    text = isolate_numbers("لا إله، الهاتف: 055 123 4567 (ر.س) «نعم» 15٪ ") + format_money(Decimal("-3.5"), "SAR", "ar")
    visual = to_visual(text, "R")
    assert not set(visual) & set("\u2066\u2067\u2068\u2069\u200e\u200f")
    assert all(ord(char) in face.charToGlyph for char in visual if char != " ")


def test_wrapping_keeps_the_first_logical_line_on_top() -> None:
    register_fonts()
    words = "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
    text = " ".join(words)
    lines = lay_out(text, 90, REGULAR, 10)
    assert len(lines) > 2
    assert rtl("الأول") in lines[0].text and rtl("العاشر") in lines[-1].text
    assert all(line.width <= 90 for line in lines) and lines[-1].last and not lines[0].last
    # Each line reads right to left: its first word at the right end.
    assert lines[0].text.endswith(rtl("الأول"))
    logical = [line for line, _last in wrap(text, 90, REGULAR, 10)]
    assert " ".join(logical).split() == words


def test_wrapping_never_breaks_an_isolated_number_and_closes_cut_isolates() -> None:
    register_fonts()
    text = "للاستفسار اتصلوا على " + isolate_ltr("+966 55 123 4567") + " في أي وقت"
    lines = [line for line, _ in wrap(text, 100, BOLD, 10)]
    assert len(lines) > 1
    assert any(isolate_ltr("+966 55 123 4567") in line for line in lines)
    cut = "\u2068" + "كلمة " * 12 + "\u2069"
    for line, _ in wrap(cut, 60, REGULAR, 10):
        assert line.count("\u2068") == line.count("\u2069") == 1


def test_direction_of_typed_text() -> None:
    assert first_strong_direction("123 سارة") == "R"
    assert first_strong_direction("Galaxy جهاز") == "L"
    assert first_strong_direction(isolate_ltr("INV-1") + " فاتورة") == "R"
    assert first_strong_direction("123") is None
    assert isolate_numbers(isolate_ltr("055 123 4567")) == isolate_ltr("055 123 4567")  # not isolated twice


# ---------------------------------------------------------------------------------------------
# The till: amounts lined up, names and the shop in the document's language


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_decimal_points_line_up_under_headings_aligned_as_their_columns(
    shop: tuple[Database, int], tmp_path: Path, language: str
) -> None:
    db, customer = shop
    lines = [
        LineDraft("قص شعر", Decimal(2), Decimal("120.00")),
        LineDraft("صبغة", Decimal(1), Decimal("1234.50"), discount_percent=Decimal(10)),
        LineDraft("Shampoo", Decimal(3), Decimal("9.99"), discount=Decimal("2.00")),
        LineDraft("Wax", Decimal(11), Decimal("123456.78"), discount=Decimal("1.50")),
    ]
    invoice = printable_invoice(db, issue_invoice(db, InvoiceDraft(customer, lines), at=ISSUED).number)
    path = tmp_path / f"{language}.pdf"
    path.write_bytes(render_invoice(invoice, language=language, translate=arabic if language == "ar" else None))
    found = glyphs(path)
    columns = columns_of(table_decimal_points(found))
    # Unit price, discount, VAT amount and line total, left to right in English, mirrored in Arabic.
    assert [len(c) for c in columns] == ([4, 3, 4, 4] if language == "en" else [4, 4, 3, 4])
    for column in columns:
        assert max(p.middle for p, _last in column) - min(p.middle for p, _last in column) < 0.2
    # Each heading ends where the amounts under it end (both right-aligned, in either language).
    header = [g for g in found if g.bold and 8.4 < g.size < 8.6 and g.char.strip()]
    header_baseline = max(g.bottom for g in header)
    for column in columns:
        point = column[0][0].middle
        heading = [g for g in header if abs(g.bottom - header_baseline) < 3 and point - 45 < g.middle < point + 12]
        assert heading and abs(max(g.right for g in heading) - max(last.right for _p, last in column)) < 1.5
    # The percentage typed is printed under the amount it came to.
    text = "".join(g.char for g in found)
    assert "123.45" in text and "10%" in text


def test_english_documents_print_english_names_address_and_terms(db: Database, tmp_path: Path) -> None:
    save_profile(
        db,
        BusinessProfile(
            name_ar="صالون الورد",
            name_en="Rose Salon",
            address="الرياض، حي العليا",
            address_en="Olaya district, Riyadh",
            terms="لا ترد البضاعة بعد سبعة أيام",
            terms_en="Goods cannot be returned after seven days",
            vat_number="310122393500003",
        ),
    )
    customer = add_customer(db, CustomerDraft("سارة"))
    haircut = add_catalogue_item(db, CatalogueDraft("قص شعر", Decimal(50), "Haircut"))
    issued = issue_invoice(db, InvoiceDraft(customer, [LineDraft("قص شعر", Decimal(1), Decimal(50), item_id=haircut)]), at=ISSUED)
    invoice = printable_invoice(db, issued.number)
    (english,) = pages_text(render_invoice(invoice, language="en"), tmp_path / "en.pdf")
    for expected in ("Rose Salon", "Haircut", "Olaya district, Riyadh", "Goods cannot be returned after seven days"):
        assert expected in english, expected
    assert not has_words(english, "قص شعر") and not has_words(english, "العليا")
    (arabic_text,) = pages_text(render_invoice(invoice, language="ar", translate=arabic), tmp_path / "ar.pdf")
    for expected in ("صالون الورد", "قص شعر", "الرياض، حي العليا", "لا ترد البضاعة بعد سبعة أيام"):
        assert has_words(arabic_text, expected), expected
    assert "Olaya" not in arabic_text and "Haircut" not in arabic_text
    # A price correction says so under its line, in the document's language.
    note = issue_credit_note(db, issued.id, {}, reason="Wrong price", prices={invoice.lines[0].id: Decimal(40)}, at=ISSUED)
    (corrected,) = pages_text(render_invoice(printable_invoice(db, note.number), language="en"), tmp_path / "cn.pdf")
    assert "Haircut" in corrected and "Price correction" in corrected and "SAR 11.50" in corrected


def test_an_empty_english_address_or_terms_falls_back_on_the_arabic(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = sell(db, customer)
    (english,) = pages_text(render_invoice(invoice, language="en"), tmp_path / "en.pdf")
    assert has_words(english, "البضاعة المباعة لا ترد") and has_words(english, "حي العليا")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_totals_never_stand_alone_on_the_last_page(shop: tuple[Database, int], tmp_path: Path, language: str) -> None:
    """With enough one-line rows to fill the first page, the totals (and short terms) take the
    last rows with them to the next page rather than sitting there alone. The customer with an
    address and without (a header a line shorter) moves the window where that happens."""
    db, customer = shop
    plain_customer = add_customer(db, CustomerDraft(full_name="نورة خالد", phones=("055 111 2233",)))
    lines = [LineDraft(f"خدمة صيانة L{i:02d}", Decimal(1), Decimal("25.50")) for i in range(1, 31)]
    translate = arabic if language == "ar" else None
    for customer, count in [(c, n) for c in (customer, plain_customer) for n in range(26, 31)]:
        issued = issue_invoice(db, InvoiceDraft(customer, lines[:count]), at=ISSUED)
        data = render_invoice(printable_invoice(db, issued.number), language=language, translate=translate)
        pages = pages_text(data, tmp_path / f"rows-{customer}-{count}.pdf")
        last = pages[-1]
        total = "Total with VAT" if language == "en" else plain("الإجمالي شامل الضريبة")
        assert total in last or has_words(last, "الإجمالي شامل الضريبة"), count
        assert f"L{count:02d}" in last, (count, len(pages))  # at least the last row goes with the totals
        if len(pages) > 1:
            assert f"L{count:02d}" not in pages[0], count


def test_zero_is_never_signed_on_a_credit_note(shop: tuple[Database, int], tmp_path: Path) -> None:
    """A credit note takes back a zero-rated line and a line given away (a 100 % discount): their
    VAT, and the gift's total, are zero, printed "0.00", never "-0.00"."""
    db, customer = shop
    lines = [
        LineDraft("كتاب مدرسي", Decimal(1), Decimal("40.00"), vat_category=VatCategory.ZERO_RATED),
        LineDraft("هدية", Decimal(1), Decimal("10.00"), discount=Decimal("10.00")),
        LineDraft("Samsung Galaxy A15 (128GB)", Decimal(1), Decimal("899.99")),
    ]
    invoice = printable_invoice(db, issue_invoice(db, InvoiceDraft(customer, lines), at=ISSUED).number)
    issued = issue_credit_note(db, invoice.id, {line.id: Decimal(1) for line in invoice.lines}, reason="Returned", at=ISSUED)
    note = printable_invoice(db, issued.number)
    for language in ("en", "ar"):
        translate = arabic if language == "ar" else None
        (text,) = pages_text(render_invoice(note, language=language, translate=translate), tmp_path / f"cn-{language}.pdf")
        assert "0.00" in text
        signed = re.findall(r"[-\u2212]\s*0\.00(?!\d)|(?<![\d.])0\.00\s*[-\u2212]", text)
        assert not signed, (language, signed)


def test_exempt_and_zero_rated_lines_are_told_apart(shop: tuple[Database, int], tmp_path: Path) -> None:
    """An exempt line says so in its VAT column, a zero-rated one says 0%; the totals give each VAT
    category apart (the standard VAT, the zero-rated amount, the exempt amount), never one "VAT 0%"."""
    db, customer = shop
    lines = [
        LineDraft("كتاب مدرسي", Decimal(1), Decimal("40.00"), vat_category=VatCategory.ZERO_RATED),
        LineDraft("خدمة طبية", Decimal(1), Decimal("60.00"), vat_category=VatCategory.EXEMPT),
        LineDraft("Samsung Galaxy A15 (128GB)", Decimal(1), Decimal("100.00")),
    ]
    invoice = printable_invoice(db, issue_invoice(db, InvoiceDraft(customer, lines), at=ISSUED).number)
    (english,) = pages_text(render_invoice(invoice, language="en"), tmp_path / "vat-en.pdf")
    (book,) = {line for line in english.splitlines() if plain("مدرسي") in line and "%" in line}
    (medical,) = {line for line in english.splitlines() if plain("طبية") in line and "Exempt" in line}
    assert "0%" in book and "Exempt" not in book and "0%" not in medical
    assert "VAT 15% SAR 15.00" in english
    assert "Zero-rated supplies 0% SAR 40.00" in english
    assert "Exempt supplies SAR 60.00" in english
    assert "VAT 0%" not in english
    (arabic_text,) = pages_text(render_invoice(invoice, language="ar", translate=arabic), tmp_path / "vat-ar.pdf")
    assert has_words(arabic_text, "معفاة") and has_words(arabic_text, "التوريدات المعفاة")
    assert has_words(arabic_text, "التوريدات الخاضعة للنسبة الصفرية")


def test_the_amount_in_words_never_ends_on_a_lone_word(shop: tuple[Database, int], tmp_path: Path) -> None:
    """An amount whose English words fill a line and a word: "only" goes down with the word before it."""
    db, customer = shop
    lines = [LineDraft("عقار", Decimal(1), Decimal("778865013.66"), vat_category=VatCategory.ZERO_RATED)]
    invoice = printable_invoice(db, issue_invoice(db, InvoiceDraft(customer, lines), at=ISSUED).number)
    path = tmp_path / "words.pdf"
    path.write_bytes(render_invoice(invoice, language="en"))
    (text,) = viewer_text(path)
    shown = text.splitlines()
    start = next(i for i, line in enumerate(shown) if line.startswith("Amount in words:"))
    assert shown[start + 1].strip() != "only" and len(shown[start + 1].split()) >= 2, shown[start : start + 2]
    assert shown[start + 1].strip().endswith("halalas only")


def _rules(image: Image.Image, top: float, bottom: float) -> int:
    """How many horizontal rules cross most of the page between `top` and `bottom` (points from
    the page's top): runs of pixel rows drawn without a break across 70 % of the width, however light."""
    scale = image.width / 595.2756
    pixels = image.load()
    assert pixels is not None
    runs, inside = 0, False
    for row in range(round(top * scale), round(bottom * scale)):
        longest = length = 0
        for column in range(image.width):
            length = length + 1 if pixels[column, row] < 235 else 0
            longest = max(longest, length)
        across = longest > 0.7 * (image.width - 2 * MARGIN * scale)
        runs += across and not inside
        inside = across
    return runs


TERMS_ALONE_ROWS = 20  # the totals end low enough on page 1 to send the long terms to page 2


def test_a_page_of_terms_alone_starts_with_one_rule(db: Database, tmp_path: Path) -> None:
    """Terms too long for the foot of the last page go to a page of their own, under the page's
    header and its one rule (not a second rule just under it)."""
    terms = " ".join(["البضاعة المباعة لا ترد ولا تستبدل بعد 14 يوماً من تاريخ الشراء."] * 15)[:1000]
    terms_en = " ".join(["Goods sold are not taken back after 14 days."] * 25)[:1000]
    save_profile(db, replace(SHOP, terms=terms, terms_en=terms_en))
    customer = add_customer(db, CustomerDraft(full_name="سارة أحمد العتيبي", phones=("055 987 6543",)))
    invoice = sell(db, customer, count=TERMS_ALONE_ROWS)
    for language in ("en", "ar"):
        path = tmp_path / f"terms-{language}.pdf"
        path.write_bytes(render_invoice(invoice, language=language, translate=arabic if language == "ar" else None))
        first, second = viewer_text(path)
        assert "000001" in second and not any(word in first for word in ("Terms and", "الشروط"))
        assert _rules(render_png(path, 2), MARGIN, MARGIN + 30 * mm) == 1, language

"""The new-customer kit: its texts and placeholders, the PDF read back (pypdf, pdfium), the snapshot a
reprint draws from, new customers without a kit, batches."""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.files import FolderNotWritable
from retention_desktop.followups import schedule_follow_up
from retention_desktop.kinds import CadenceUnit, CustomerKind, FollowUpKind, Gender, PaymentMethod
from retention_desktop.kit import (
    build_kit,
    find_kit_customer,
    greeting,
    kit_prints,
    new_customers,
    print_kit,
    reprint_kit,
)
from retention_desktop.kit_snapshot import snapshot_from_json, snapshot_json
from retention_desktop.kit_texts import (
    PLACEHOLDERS,
    SECTIONS,
    KitError,
    check_kit_text,
    default_texts,
    kit_texts,
    reset_kit_texts,
    save_kit_texts,
    unknown_placeholders,
)
from retention_desktop.kit_batch import write_kits
from retention_desktop.pdf.arabic import lay_out
from retention_desktop.pdf.fonts import REGULAR, register_fonts
from retention_desktop.pdf.layout import LEFT, RIGHT, WIDTH
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.catalogue import add_catalogue_item, CatalogueDraft
from retention_desktop.documents import document_details
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoice, record_payment
from retention_desktop.tables import kit_prints as kit_prints_table

from tests.pdf_pages import viewer_text
from tests.test_invoice_pdf import arabic

SOLD = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PRINTED = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
SHOP = BusinessProfile(
    name_ar="مؤسسة النور للتجارة",
    name_en="Al Noor Trading",
    vat_number="310122393500003",
    phone="0112345678",
    address="الرياض، حي العليا (مبنى 12)",
    whatsapp="0551234567",
    map_link="https://maps.app.goo.gl/AbC123",
    opening_hours="السبت إلى الخميس: 9 صباحاً – 11 مساءً",
)
ARABIC_HEADINGS = ("أهلاً وسهلاً", "ما اتفقنا عليه", "الفواتير والسداد", "نسخة من فاتورتكم", "ما نحتاجه منكم", "لتستفيدوا أكثر", "كيف تتواصلون معنا", "ماذا بعد؟")
ENGLISH_HEADINGS = ("Welcome", "What we agreed", "How billing works", "A copy of your invoice", "What we need from you", "Getting the most out of it", "How to reach us", "What happens next")


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not unicodedata.combining(c)).replace("\u00a0", " ")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The whole document's text as pdfium (Chrome's and Edge's viewer) and pypdf read it."""
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    viewer = "\n".join(viewer_text(path))
    return plain(viewer) + "\n" + plain("\n".join(page.extract_text() for page in PdfReader(path).pages))


def has(text: str, phrase: str) -> bool:
    """`phrase` is in the extracted `text`, harakat aside (plain)."""
    return plain(phrase) in text


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def shop(db: Database) -> Iterator[tuple[Database, int]]:
    """A shop with a customer who bought three things, one of them a yearly plan, and a call booked."""
    save_profile(db, SHOP)
    customer = add_customer(db, CustomerDraft(full_name="سارة أحمد العتيبي", phones=("055 987 6543",), gender=Gender.FEMALE))
    plan = add_catalogue_item(db, CatalogueDraft("اشتراك حماية الجهاز لمدة سنة", Decimal("349.00"), "Device protection plan, one year", renewal_every=12, renewal_unit=CadenceUnit.MONTHS))
    issue_invoice(
        db,
        InvoiceDraft(
            customer,
            [
                LineDraft("جوال ذكي Samsung Galaxy A15 بسعة 128 جيجابايت", Decimal(1), Decimal("899.99")),
                LineDraft("اشتراك حماية الجهاز لمدة سنة", Decimal(1), Decimal("349.00"), item_id=plan),
                LineDraft("واقي شاشة (مع التركيب)", Decimal(2), Decimal("49.00")),
            ],
        ),
        at=SOLD,
    )
    schedule_follow_up(db, customer, due_on=date(2026, 11, 27), kind=FollowUpKind.CALL, reason="اتصال للاطمئنان", today=date(2026, 11, 24))
    yield db, customer


def make(db: Database, customer: int, language: str = "ar", **kwargs: object) -> bytes:
    return print_kit(db, customer, language=language, at=PRINTED, translate_document=arabic if language == "ar" else None, **kwargs).pdf  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# The document read back


def test_arabic_kit_has_every_section_the_customer_and_the_invoice(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    data = make(db, customer)
    text = pdf_text(data, tmp_path)
    for heading in ARABIC_HEADINGS:
        assert has(text, heading), heading
    assert "سارة أحمد العتيبي" in text and "عزيزتي سارة" in text  # she is greeted as a woman
    assert "INV-000001" in text and "1,549.04" in text  # the invoice's number and total
    assert "1,549.04 ر.س." in text and "ر.س.." not in text  # an amount that ends a sentence: one full stop
    assert "فاتورة ضريبية مبسطة" in text  # the invoice copy, in Arabic
    assert "23 نوفمبر 2026" in text and "23 نوفمبر 2027" in text  # bought, and the plan's renewal
    assert "27 نوفمبر 2026" in text  # the call booked
    assert page_count(data) == 5
    reader = PdfReader(io.BytesIO(data))
    assert str(reader.root_object["/Lang"]) == "ar"


def test_english_kit_reads_left_to_right_with_its_own_words(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    text = pdf_text(make(db, customer, "en"), tmp_path)
    for heading in ENGLISH_HEADINGS:
        assert has(text, heading), heading
    assert "Dear سارة أحمد العتيبي," in text or "Dear" in text and "سارة أحمد العتيبي" in text
    assert "23 November 2026" in text and "SAR 1,549.04" in text
    assert "Simplified tax invoice" in text
    assert "Page 2 of" in text
    # The item's English name, in what was agreed and on the invoice copy; never its Arabic one.
    assert text.count("Device protection plan, one year") >= 2 and not has(text, "اشتراك حماية الجهاز")


def test_each_kit_tells_the_shops_address_in_its_own_language(shop: tuple[Database, int], tmp_path: Path) -> None:
    """Under "How to reach us": the English kit the English address, the Arabic kit the Arabic one
    (the invoice copy keeps the seller as the invoice was issued)."""
    db, customer = shop
    save_profile(db, replace(SHOP, address_en="Building 12, Al Olaya, Riyadh"))
    english = pdf_text(make(db, customer, "en"), tmp_path)
    assert "Address Building 12, Al Olaya, Riyadh" in english
    arabic_kit = pdf_text(make(db, customer), tmp_path)
    assert has(arabic_kit, "حي العليا") and "Al Olaya" not in arabic_kit


def test_each_kit_tells_the_opening_hours_in_its_own_language(shop: tuple[Database, int], tmp_path: Path) -> None:
    """Under "How to reach us", and wherever the owner's text names {opening_hours}: the English kit
    the English hours, the Arabic kit the Arabic ones."""
    db, customer = shop
    save_profile(db, replace(SHOP, opening_hours_en="Saturday to Thursday: 9 am – 11 pm\nFriday: 4 pm – 11 pm"))
    texts = kit_texts(db, "en")
    save_kit_texts(db, "en", [replace(t, body=t.body + "\nWe are open {opening_hours}.") if t.section == "welcome" else t for t in texts])
    english = pdf_text(make(db, customer, "en"), tmp_path)
    assert "Opening hours Saturday to Thursday: 9 am – 11 pm" in english and "Friday: 4 pm – 11 pm" in english
    assert "We are open Saturday to Thursday: 9 am – 11 pm · Friday: 4 pm – 11 pm." in english
    assert not has(english, "السبت إلى الخميس")
    arabic_kit = pdf_text(make(db, customer), tmp_path)
    assert has(arabic_kit, "السبت إلى الخميس") and "Saturday" not in arabic_kit


def test_a_credit_note_after_payment_says_what_the_shop_owes_back(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    invoice = document_details(db, 1)
    record_payment(db, 1, amount=invoice.printable.total, paid_on=invoice.printable.issue_date, method=PaymentMethod.CASH, today=PRINTED.date())
    protector = invoice.printable.lines[2]
    issue_credit_note(db, 1, {protector.id: Decimal(1)}, reason="أُعيد واقٍ", at=PRINTED)
    english = pdf_text(make(db, customer, "en"), tmp_path)
    assert "Owed back to you" in english and "SAR 56.35" in english and "Paid in full" not in english
    arabic = pdf_text(make(db, customer, "ar"), tmp_path)
    assert has(arabic, "مبلغ نعيده إليكم") and not has(arabic, "مدفوعة بالكامل")


def test_an_arabic_and_an_english_kit_in_one_process_each_speak_their_language(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    arabic_kit = pdf_text(make(db, customer, "ar"), tmp_path)
    english_kit = pdf_text(make(db, customer, "en"), tmp_path)
    assert has(arabic_kit, "ماذا بعد") and "What happens next" not in arabic_kit
    assert "What happens next" in english_kit and not has(english_kit, "ماذا بعد")
    assert "صفحة 2 من" in arabic_kit and "Page 2 of" in english_kit


def test_fonts_are_embedded_and_the_text_reads_as_typed(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    reader = PdfReader(io.BytesIO(make(db, customer)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font["/FontDescriptor"].get_object()
    assert fonts and all("/FontFile2" in descriptor for descriptor in fonts.values())
    assert any("Amiri" in name for name in fonts)
    # The letters typed, not the joined presentation forms: a search for «فاتورة» finds it.
    raw = "\n".join(page.extract_text() for page in reader.pages)
    assert "فاتورة" in raw and "العتيبي" in raw
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in raw)


def _char_boxes(data: bytes, page_number: int) -> tuple[str, list[tuple[float, float, float, float]]]:
    """The page's text as pdfium extracts it, and each character's box (left, bottom, right, top)."""
    document = pypdfium2.PdfDocument(data)
    try:
        page = document[page_number]
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        boxes = [textpage.get_charbox(i) for i in range(count)]
        return text, boxes
    finally:
        document.close()


def _x_of(text: str, boxes: list[tuple[float, float, float, float]], piece: str, start: int = 0) -> float:
    index = text.index(piece, start)
    return boxes[index][0]


def test_a_phone_number_and_a_date_inside_an_arabic_sentence_read_in_order(shop: tuple[Database, int]) -> None:
    db, customer = shop
    texts = [
        replace(t, body="للحجز اتصلوا على {shop_phone} قبل {invoice_date} وشكراً.") if t.section == "welcome" else t
        for t in kit_texts(db, "ar")
    ]
    save_kit_texts(db, "ar", texts)
    data = make(db, customer)
    text, boxes = _char_boxes(data, 1)
    # Drawn left to right on the page: the phone number as written, 011 then 234 then 5678…
    assert _x_of(text, boxes, "011") < _x_of(text, boxes, "234") < _x_of(text, boxes, "5678")
    # …and the date read from the right: 23, then the month, then 2026 further left.
    month = text.index("نوفمبر")
    assert _x_of(text, boxes, "2026") < boxes[month][0] < _x_of(text, boxes, "23 ")
    # The sentence itself runs right to left: its first word is right of its last.
    assert _x_of(text, boxes, "للحجز") > _x_of(text, boxes, "وشكرا")


def test_a_wrapped_paragraph_is_justified_in_the_right_line_order(shop: tuple[Database, int]) -> None:
    db, customer = shop
    words = [f"كلمة{n}" for n in range(1, 90)]
    paragraph = " ".join(words)
    texts = [replace(t, body=paragraph) if t.section == "welcome" else t for t in kit_texts(db, "ar")]
    save_kit_texts(db, "ar", texts)
    data = make(db, customer)
    text, boxes = _char_boxes(data, 1)
    lines = [line for line in text.split("\r\n") if "كلمة" in line]
    assert len(lines) >= 3
    # The lines in reading order: the first line holds the first words, the last the last.
    assert "كلمة1 " in lines[0] + " " and "كلمة89" in lines[-1]
    numbers = [int(word.removeprefix("كلمة")) for line in lines for word in line.split() if word.startswith("كلمة")]
    assert numbers == sorted(numbers) == list(range(1, 90))
    # Justified: every line but the last reaches both margins; the last starts at the right one.
    offset = 0
    for number, line in enumerate(lines):
        start = text.index(line, offset)
        offset = start + len(line)
        xs = [boxes[i] for i in range(start, offset) if not text[i].isspace()]
        left, right = min(b[0] for b in xs), max(b[2] for b in xs)
        assert right == pytest.approx(RIGHT, abs=2.5)
        if number < len(lines) - 1:
            assert left == pytest.approx(LEFT, abs=2.5)
        else:
            assert left > LEFT + 20


def test_justified_lines_never_include_the_last_line_of_a_paragraph() -> None:
    register_fonts()
    lines = lay_out(" ".join(["نص"] * 60) + " النهاية", WIDTH, REGULAR, 11, base="R")
    assert [line.last for line in lines] == [False] * (len(lines) - 1) + [True]
    assert "ﺔﻳﺎﻬﻨﻟﺍ" in lines[-1].text  # the last word on the last line, drawn in visual order


def test_the_numbers_in_the_digits_the_owner_chose(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    save_profile(db, replace(SHOP, digits="arab"))
    texts = kit_texts(db, "ar")
    save_kit_texts(db, "ar", [replace(t, body=t.body + "\nنفتح أبوابنا {opening_hours}.") if t.section == "welcome" else t for t in texts])
    text = pdf_text(make(db, customer), tmp_path)
    # The hours in the owner's words take the chosen digits too, as under "How to reach us".
    hours = [line for line in text.splitlines() if "صباح" in line]
    assert any(line.startswith("نفتح أبوابنا") for line in hours)
    assert all("٩ صباحا – ١١ مساء" in line for line in hours), hours
    assert "٢٣ نوفمبر ٢٠٢٦" in text and "٢٧ نوفمبر ٢٠٢٦" in text
    assert "١٬٥٤٩٫٠٤" in text  # the total, with Arabic separators
    assert "صفحة ٢ من ٥" in text
    english = pdf_text(make(db, customer, "en"), tmp_path)
    assert "23 November 2026" in english  # an English kit keeps Western digits


def test_the_cover_carries_the_logo_and_the_name(shop: tuple[Database, int]) -> None:
    db, customer = shop
    logo = io.BytesIO()
    Image.new("RGB", (200, 200), (200, 30, 30)).save(logo, "PNG")
    save_profile(db, SHOP, logo=logo.getvalue())
    data = make(db, customer)
    document = pypdfium2.PdfDocument(data)
    try:
        image = document[0].render(scale=70 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    pixels = image.tobytes()
    reds = sum(1 for i in range(0, len(pixels), 3) if pixels[i] > 150 and pixels[i + 1] < 80 and pixels[i + 2] < 80)
    assert reds > 2000  # the logo, drawn large on the cover
    text, _boxes = _char_boxes(data, 0)
    assert has(plain(text), "سارة أحمد العتيبي") and has(plain(text), "مقدَّمة إلى")


# ---------------------------------------------------------------------------------------------
# Reprints


def test_a_reprint_is_byte_identical_after_the_texts_and_the_profile_change(shop: tuple[Database, int]) -> None:
    db, customer = shop
    first = print_kit(db, customer, language="ar", at=PRINTED, translate_document=arabic)
    save_kit_texts(db, "ar", [replace(t, title=t.title + " الجديد") for t in kit_texts(db, "ar")])
    save_profile(db, replace(SHOP, name_ar="اسم جديد للمتجر", phone="0113334444"))
    again = reprint_kit(db, first.print_id)
    assert again.pdf == first.pdf
    assert again.file_name == first.file_name
    newer = print_kit(db, customer, language="ar", at=PRINTED, translate_document=arabic)
    assert newer.pdf != first.pdf  # a new kit takes the new texts


def test_the_snapshot_survives_json(shop: tuple[Database, int]) -> None:
    db, customer = shop
    snapshot = build_kit(db, customer, language="en", at=PRINTED)
    assert snapshot_from_json(snapshot_json(snapshot)) == snapshot


def test_each_kit_printed_is_on_the_customers_record(shop: tuple[Database, int]) -> None:
    db, customer = shop
    assert kit_prints(db, customer) == []
    print_kit(db, customer, language="ar", at=PRINTED)
    print_kit(db, customer, language="en", at=PRINTED + timedelta(hours=1))
    rows = kit_prints(db, customer)
    assert [(r.language, r.invoice_number) for r in rows] == [("en", "INV-000001"), ("ar", "INV-000001")]


# ---------------------------------------------------------------------------------------------
# Texts and placeholders


def test_greetings_for_a_man_a_woman_a_company_and_the_unknown() -> None:
    assert greeting("ar", "أحمد", Gender.MALE, CustomerKind.PERSON) == "عزيزي أحمد"
    assert greeting("ar", "سارة", Gender.FEMALE, CustomerKind.PERSON) == "عزيزتي سارة"
    assert greeting("ar", "شركة الريم", Gender.UNSPECIFIED, CustomerKind.BUSINESS) == "السادة شركة الريم المحترمين"
    assert greeting("ar", "نور", Gender.UNSPECIFIED, CustomerKind.PERSON) == "عميلنا العزيز نور"
    assert greeting("en", "Sara", Gender.FEMALE, CustomerKind.PERSON) == "Dear Sara"


def test_default_texts_name_only_known_placeholders() -> None:
    for language in ("ar", "en"):
        for variant in ("", "demo"):
            texts = default_texts(language, variant=variant)
            assert [t.section for t in texts] == list(SECTIONS)
            for text in texts:
                assert check_kit_text(text) == text
                assert not unknown_placeholders(text.title + text.body)


def test_an_unknown_placeholder_is_named_and_nothing_is_saved(shop: tuple[Database, int]) -> None:
    db, _customer = shop
    texts = [replace(t, body=t.body + " {اسم_الزبون}") if t.section == "needs" else t for t in kit_texts(db, "ar")]
    with pytest.raises(KitError) as refused:
        save_kit_texts(db, "ar", texts)
    assert "{اسم_الزبون}" in str(refused.value) and "What we need from the customer" in str(refused.value)
    assert refused.value.section == "needs"
    assert not any(t.edited for t in kit_texts(db, "ar"))
    assert unknown_placeholders("{customer_name} {nope} {nope}") == ["nope"]
    assert set(PLACEHOLDERS) >= {"customer_name", "shop_name", "invoice_number", "first_follow_up_date"}


def test_texts_are_saved_per_language_and_reset(shop: tuple[Database, int]) -> None:
    db, _customer = shop
    texts = kit_texts(db, "en")
    save_kit_texts(db, "en", [replace(t, enabled=False) if t.section == "get_most" else t for t in texts])
    assert [t.section for t in kit_texts(db, "en") if not t.enabled] == ["get_most"]
    assert all(t.enabled for t in kit_texts(db, "ar"))
    reset_kit_texts(db, "en")
    assert kit_texts(db, "en") == default_texts("en")


def test_a_section_switched_off_or_left_empty_is_not_printed(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    texts = []
    for t in kit_texts(db, "en"):
        if t.section == "get_most":
            t = replace(t, enabled=False)
        if t.section == "needs":
            t = replace(t, body="")
        texts.append(t)
    save_kit_texts(db, "en", texts)
    text = pdf_text(make(db, customer, "en"), tmp_path)
    assert "Getting the most out of it" not in text and "What we need from you" not in text
    assert "5. How to reach us" in text  # the sections are numbered as printed


def test_a_line_naming_a_value_the_kit_lacks_is_left_out(db: Database, tmp_path: Path) -> None:
    save_profile(db, SHOP)
    customer = add_customer(db, CustomerDraft(full_name="Khalid", phones=("0561112222",), gender=Gender.MALE))
    issue_invoice(db, InvoiceDraft(customer, [LineDraft("Screen protector", Decimal(1), Decimal("49.00"))]), at=SOLD)
    text = pdf_text(make(db, customer, "en"), tmp_path)
    assert "renews on" not in text.lower() and "Your first renewal" not in text  # nothing renews
    assert "The first time we have set aside" not in text and "Nothing is booked yet" in text


# ---------------------------------------------------------------------------------------------
# Bad input


def test_a_customer_without_a_purchase_gets_a_kit_without_an_invoice_that_says_so(db: Database, tmp_path: Path) -> None:
    save_profile(db, SHOP)
    customer = add_customer(db, CustomerDraft(full_name="نورة", phones=("0561112222",), gender=Gender.FEMALE))
    printed = print_kit(db, customer, language="ar", at=PRINTED)
    text = pdf_text(printed.pdf, tmp_path)
    assert not has(text, "نسخة من فاتورتكم") and not has(text, "فاتورة ضريبية") and "INV-" not in text
    assert has(text, "لا توجد مشتريات مسجلة باسمكم بعد")
    assert printed.notes and "no purchase" in printed.notes[0]


def test_a_broken_logo_is_left_out(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    good = io.BytesIO()
    Image.new("RGB", (50, 50), "blue").save(good, "PNG")
    save_profile(db, SHOP, logo=good.getvalue())
    with db.writing() as session:  # the stored image damaged after it was saved
        from retention_desktop.tables import stored_images

        session.execute(stored_images.update().values(data=b"\x89PNG\r\n\x1a\nbroken"))
    text = pdf_text(make(db, customer), tmp_path)
    assert has(text, "أهلاً وسهلاً")


def test_a_very_long_mixed_script_name_prints(db: Database, tmp_path: Path) -> None:
    save_profile(db, SHOP)
    name = ("محمد Mohammed ابن عبد الله Al-Qahtani " * 6)[:200].strip()
    customer = add_customer(db, CustomerDraft(full_name=name, phones=("0561112222",), gender=Gender.MALE))
    issue_invoice(db, InvoiceDraft(customer, [LineDraft("Cable", Decimal(1), Decimal("20.00"))]), at=SOLD)
    printed = print_kit(db, customer, language="ar", at=PRINTED, translate_document=arabic)
    text = pdf_text(printed.pdf, tmp_path)
    assert "Al-Qahtani" in text and "Mohammed" in text
    assert len(printed.file_name) < 120 and printed.file_name.endswith(".pdf")


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder the program may not write in: one without write permission, or, for root (who
    writes anywhere), the kernel's /sys."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no folder that root cannot write to")
    yield Path("/sys/kernel")


def test_a_folder_that_cannot_be_written_is_refused_and_nothing_recorded(shop: tuple[Database, int], unwritable_folder: Path) -> None:
    db, customer = shop
    before = set(unwritable_folder.iterdir())
    with pytest.raises(FolderNotWritable):
        print_kit(db, customer, language="ar", path=unwritable_folder / "kit.pdf")
    with pytest.raises(FolderNotWritable):
        write_kits(db, [(customer, None)], language="ar", folder=unwritable_folder)
    assert kit_prints(db, customer) == [] and set(unwritable_folder.iterdir()) == before


def test_a_kit_written_to_a_file_appears_whole(shop: tuple[Database, int], tmp_path: Path) -> None:
    db, customer = shop
    target = tmp_path / "kit.pdf"
    printed = print_kit(db, customer, language="en", path=target, at=PRINTED)
    assert target.read_bytes() == printed.pdf
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == ["kit.pdf"]


# ---------------------------------------------------------------------------------------------
# New customers and batches


@pytest.fixture
def new_shop(db: Database) -> Iterator[tuple[Database, list[int]]]:
    save_profile(db, SHOP)
    ids = []
    for number, day in enumerate((date(2026, 10, 1), date(2026, 11, 2), date(2026, 11, 10), date(2026, 11, 20))):
        customer = add_customer(db, CustomerDraft(full_name=f"عميل {number}", phones=(f"05611122{number:02d}",)))
        issue_invoice(
            db,
            InvoiceDraft(customer, [LineDraft("Charger", Decimal(1), Decimal("89.00"))]),
            at=datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=9),
        )
        ids.append(customer)
    add_customer(db, CustomerDraft(full_name="لم يشتر بعد", phones=("0569998888",)))
    yield db, ids


def test_new_customers_since_a_day_and_those_without_a_kit(new_shop: tuple[Database, list[int]]) -> None:
    db, ids = new_shop
    rows = new_customers(db, since=date(2026, 11, 1))
    assert [r.customer_id for r in rows] == ids[1:]
    assert rows[0].first_purchase == date(2026, 11, 2) and rows[0].invoice_number == "INV-000002"
    print_kit(db, ids[2], language="ar")
    assert [r.customer_id for r in new_customers(db, since=date(2026, 11, 1), without_kit=True)] == [ids[1], ids[3]]
    assert [r.has_kit for r in new_customers(db, since=date(2026, 11, 1))] == [False, True, False]


def test_a_batch_in_one_file_numbers_each_kit_on_its_own(new_shop: tuple[Database, list[int]], tmp_path: Path) -> None:
    db, ids = new_shop
    target = tmp_path / "kits.pdf"
    written = write_kits(db, [(i, None) for i in ids], language="en", one_file=target)
    assert written == [target]
    text = "\n".join(viewer_text(target))
    assert text.count("Page 2 of") == 4 and all(f"عميل {n}" in text for n in range(4))
    assert all(len(kit_prints(db, i)) == 1 for i in ids)


def test_a_batch_one_file_each(new_shop: tuple[Database, list[int]], tmp_path: Path) -> None:
    db, ids = new_shop
    written = write_kits(db, [(i, None) for i in ids], language="ar", folder=tmp_path)
    assert len(written) == 4 and all(p.exists() and p.parent == tmp_path for p in written)
    assert len({p.name for p in written}) == 4


class _StopAfter(Progress):
    """Asks to stop once `steps` kits are done, as Cancel in the progress dialog would."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def step(self, count: int = 1) -> None:
        super().step(count)
        if self.state()[0] >= self.steps:
            self.cancel()


def test_a_cancelled_batch_leaves_no_half_written_file(new_shop: tuple[Database, list[int]], tmp_path: Path) -> None:
    db, ids = new_shop
    out = tmp_path / "out"
    out.mkdir()
    target = out / "kits.pdf"
    with pytest.raises(Cancelled):
        write_kits(db, [(i, None) for i in ids], language="en", one_file=target, progress=_StopAfter(2))
    assert list(out.iterdir()) == []
    with db.reading() as connection:
        assert connection.scalar(select(func.count()).select_from(kit_prints_table)) == 0
    folder = tmp_path / "each"
    folder.mkdir()
    with pytest.raises(Cancelled):
        write_kits(db, [(i, None) for i in ids], language="en", folder=folder, progress=_StopAfter(2))
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(PdfReader(f).pages for f in files)  # whole, readable files
    assert sum(len(kit_prints(db, i)) for i in ids) == 2


def test_a_customer_found_by_phone_or_number(new_shop: tuple[Database, list[int]]) -> None:
    db, ids = new_shop
    assert find_kit_customer(db, "٠٥٦١١١٢٢٠١") == ids[1]
    assert find_kit_customer(db, "+966 56 111 2202") == ids[2]
    assert find_kit_customer(db, str(ids[3])) == ids[3]
    with pytest.raises(KitError, match="No customer"):
        find_kit_customer(db, "0500000000")
    with pytest.raises(KitError):
        find_kit_customer(db, "")


def test_kits_drawn_by_other_processes_are_the_same_files(new_shop: tuple[Database, list[int]], tmp_path: Path) -> None:
    db, ids = new_shop
    written = write_kits(db, [(i, None) for i in ids], language="ar", folder=tmp_path, processes=2, at=PRINTED)
    assert len(written) == 4
    for customer, path in zip(ids, written):
        (record,) = kit_prints(db, customer)
        assert reprint_kit(db, record.id).pdf == path.read_bytes()  # drawn here again: the same bytes


def test_an_invoice_alone_reads_as_typed_too(shop: tuple[Database, int]) -> None:
    """The fonts that map the drawn Arabic forms back to letters are the shared frame's: the invoice
    printed on its own is found by a search for «فاتورة» as well."""
    from retention_desktop.pdf.invoice import render_invoice
    from retention_desktop.printable import printable_invoice

    db, _customer = shop
    reader = PdfReader(io.BytesIO(render_invoice(printable_invoice(db, "INV-000001"), language="ar", translate=arabic)))
    raw = reader.pages[0].extract_text()
    assert "فاتورة" in raw and "العتيبي" in raw
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in raw)


def test_a_kits_file_name_keeps_the_letters_of_any_script() -> None:
    from retention_desktop.kit import kit_file_name
    from retention_desktop.kit_snapshot import KitSnapshot

    snapshot = KitSnapshot("ar", "latn", PRINTED, 1, "كوثر محمّد / O'Neil", "", "", {}, (), invoice_number="INV-000012")
    assert kit_file_name(snapshot) == "kit-INV-000012-كوثر_محمد_O_Neil.pdf"

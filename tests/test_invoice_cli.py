"""`main.py invoice`: an issued invoice written to a PDF from the command line, and clear refusals."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, time, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from resources import TRANSLATIONS
from retention_desktop.translations import TranslationFile
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import open_database
from retention_desktop.kinds import DocumentKind, VatCategory
from retention_desktop.pdf.invoice import render_invoice
from retention_desktop.printable import Buyer, InvoicePayments, PrintableInvoice, PrintableLine, Seller, printable_invoice
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.catalogue import add_catalogue_item, CatalogueDraft
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoice

REPO = Path(__file__).resolve().parent.parent
MAIN = REPO / "main.py"


def run_main(tmp_path: Path, *args: str, cwd: Path | None = None, **folders: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        **folders,
    )
    return subprocess.run(
        [sys.executable, str(MAIN), *args], cwd=cwd or tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        save_profile(db, BusinessProfile(name_ar="مؤسسة النور للتجارة", name_en="Al Noor Trading", vat_number="310122393500003"))
        customer = add_customer(db, CustomerDraft(full_name="John Smith", phones=("055 123 4567",)))
        issue_invoice(
            db,
            InvoiceDraft(customer, [LineDraft("Haircut", Decimal(1), Decimal("100.00"))]),
            at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
        )
    finally:
        db.close()
    return path


def test_writes_the_pdf_and_says_where(tmp_path: Path, book: Path) -> None:
    out = tmp_path / "out" / "invoice.pdf"
    out.parent.mkdir()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "inv-000001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    reader = PdfReader(out)
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert "INV-000001" in text and "John Smith" in text and "SAR 115.00" in text
    assert str(reader.root_object["/Lang"]) == "en"
    assert [p.name for p in out.parent.iterdir()] == ["invoice.pdf"]


def test_arabic_by_default_name_from_the_number(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "invoice", " inv-000001 ")
    assert done.returncode == 0, done.stderr
    written = tmp_path / "INV-000001.pdf"
    assert str(written) in done.stdout
    assert str(PdfReader(written).root_object["/Lang"]) == "ar"  # no preference saved: Arabic


def test_the_next_document_reads_babels_data_from_the_cache_folder(tmp_path: Path, book: Path) -> None:
    """The first document keeps Babel's merged data of its language in the cache folder, as the
    windows do (retention_desktop.locale_data); the next reads it from there and prints the same."""
    cache = tmp_path / "cache"
    kept = cache / "RetentionDesktop" / "babel-ar.pickle"
    pdfs = []
    for run in ("first", "second"):
        out = tmp_path / f"{run}.pdf"
        done = run_main(tmp_path, "--db", str(book), "--lang", "ar", "invoice", "INV-000001", "--out", str(out), XDG_CACHE_HOME=str(cache))
        assert done.returncode == 0, done.stderr
        assert kept.is_file()
        if run == "first":
            written = kept.stat().st_mtime_ns
        pdfs.append(out.read_bytes())
    assert kept.stat().st_mtime_ns == written  # read the second time, not made again
    assert pdfs[0] == pdfs[1]


def test_unknown_number_is_refused_and_nothing_written(tmp_path: Path, book: Path) -> None:
    out = tmp_path / "x.pdf"
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000999", "--out", str(out))
    assert done.returncode == 2
    assert "There is no invoice or credit note numbered INV-000999." in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not out.exists()


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    done = run_main(tmp_path, "--db", str(missing), "--lang", "en", "invoice", "INV-000001", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert f"There is no database at {missing}." in done.stderr
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()


def test_bad_output_places_are_refused(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000001", "--out", str(tmp_path / "no" / "x.pdf"))
    assert done.returncode == 2 and "does not exist" in done.stderr and "Traceback" not in done.stderr
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000001", "--out", str(tmp_path))
    assert done.returncode == 2 and "is a folder" in done.stderr


# -- the invoice read without the ORM ------------------------------------------------------------


def logo() -> bytes:
    png = io.BytesIO()
    Image.new("RGB", (6, 3), (200, 30, 30)).save(png, "PNG")
    return png.getvalue()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """An invoice with every kind of line (a percentage discount, an amount off, a catalogue item
    with its English name, zero-rated, exempt, a logo, a Saudi VAT number) and a credit note that
    takes back a quantity of one line and lowers the price of another."""
    path = tmp_path / "shop.sqlite3"
    db = open_database(path)
    try:
        save_profile(
            db,
            BusinessProfile(
                name_ar="مؤسسة النور للتجارة",
                name_en="Al Noor Trading",
                vat_number="310122393500003",
                address="الرياض، حي العليا",
                address_en="Olaya, Riyadh",
                phone="+966112345678",
                terms="الدفع خلال ٣٠ يوماً",
                terms_en="Payment within 30 days",
                show_hijri_date=True,
            ),
            logo=logo(),
        )
        customer = add_customer(db, CustomerDraft(full_name="John Smith", phones=("055 123 4567",)))
        item = add_catalogue_item(db, CatalogueDraft("قص شعر", Decimal("80.00"), name_en="Haircut", vat_category=VatCategory.ZERO_RATED))
        lines = [
            LineDraft("Beard trim", Decimal(2), Decimal("35.50"), discount_percent=Decimal(10)),
            LineDraft("قص شعر", Decimal(1), Decimal("80.00"), vat_category=VatCategory.ZERO_RATED, item_id=item),
            LineDraft("Gift card", Decimal(1), Decimal("50.00"), vat_category=VatCategory.EXEMPT),
            LineDraft("Shampoo", Decimal("1.5"), Decimal("20.00"), discount=Decimal("3.00")),
        ]
        issued = issue_invoice(db, InvoiceDraft(customer, lines, note="شكراً لزيارتكم"), at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
        issue_credit_note(
            db, issued.id, {1: Decimal(1)}, reason="Returned", at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC), prices={4: Decimal("15.00")}
        )
    finally:
        db.close()
    return path


SELLER = Seller(
    name_ar="مؤسسة النور للتجارة",
    name_en="Al Noor Trading",
    address="الرياض، حي العليا",
    phone="+966112345678",
    vat_number="310122393500003",
    country="SA",
    terms="الدفع خلال ٣٠ يوماً",
    show_hijri_date=True,
    logo=logo(),
    address_en="Olaya, Riyadh",
    terms_en="Payment within 30 days",
)
BUYER = Buyer(name="John Smith", phone="+966551234567", address="", email="")
STANDARD, ZERO_RATED, EXEMPT = VatCategory.STANDARD, VatCategory.ZERO_RATED, VatCategory.EXEMPT
D = Decimal
# What the sales module's ORM reading gave for these two documents before the reading moved to
# retention_desktop.printable (Core tables): the same values, of the same types, lines in order.
AS_ISSUED = {
    "INV-000001": PrintableInvoice(
        id=1,
        kind=DocumentKind.INVOICE,
        number="INV-000001",
        issued_at=datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc),
        issue_date=date(2026, 11, 23),
        issue_time=time(12, 30),
        currency="SAR",
        prices_include_vat=False,
        seller=SELLER,
        buyer=BUYER,
        lines=(
            PrintableLine(1, "Beard trim", D("2"), D("35.50"), D("7.10"), D("15"), D("63.90"), D("9.59"), D("73.49"), "", D("10"), False, STANDARD),
            PrintableLine(2, "قص شعر", D("1"), D("80.00"), D("0"), D("0"), D("80.00"), D("0.00"), D("80.00"), "Haircut", None, False, ZERO_RATED),
            PrintableLine(3, "Gift card", D("1"), D("50.00"), D("0"), D("0"), D("50.00"), D("0.00"), D("50.00"), "", None, False, EXEMPT),
            PrintableLine(4, "Shampoo", D("1.5"), D("20.00"), D("3.00"), D("15"), D("27.00"), D("4.05"), D("31.05"), "", None, False, STANDARD),
        ),
        net=D("220.90"),
        vat=D("13.64"),
        total=D("234.54"),
        discount=D("10.10"),
        vat_by_rate=((D("0"), D("130.00"), D("0.00")), (D("15"), D("90.90"), D("13.64"))),
        corrects_number=None,
        note="شكراً لزيارتكم",
        qr_payload="ASTZhdik2LPYs9ipINin2YTZhtmI2LEg2YTZhNiq2KzYp9ix2KkCDzMxMDEyMjM5MzUwMDAwMwMUMjAyNi0xMS0yM1QwOTozMDowMFoEBjIzNC41NAUFMTMuNjQ=",
        vat_by_category=(
            (STANDARD, D("15"), D("90.90"), D("13.64")),
            (ZERO_RATED, D("0"), D("80.00"), D("0.00")),
            (EXEMPT, D("0"), D("50.00"), D("0.00")),
        ),
        payment=InvoicePayments(paid=D("0.00"), credited=D("45.37")),  # as it stands: credited the next day
    ),
    "CN-000001": PrintableInvoice(
        id=2,
        kind=DocumentKind.CREDIT_NOTE,
        number="CN-000001",
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc),
        issue_date=date(2026, 11, 24),
        issue_time=time(13, 0),
        currency="SAR",
        prices_include_vat=False,
        seller=SELLER,
        buyer=BUYER,
        lines=(
            PrintableLine(5, "Beard trim", D("1"), D("35.50"), D("3.55"), D("15"), D("-31.95"), D("-4.79"), D("-36.74"), "", None, False, STANDARD),
            PrintableLine(6, "Shampoo", D("1.5"), D("5.00"), D("0"), D("15"), D("-7.50"), D("-1.13"), D("-8.63"), "", None, True, STANDARD),
        ),
        net=D("-39.45"),
        vat=D("-5.92"),
        total=D("-45.37"),
        discount=D("-3.55"),
        vat_by_rate=((D("15"), D("-39.45"), D("-5.92")),),
        corrects_number="INV-000001",
        note="Returned",
        qr_payload="ASTZhdik2LPYs9ipINin2YTZhtmI2LEg2YTZhNiq2KzYp9ix2KkCDzMxMDEyMjM5MzUwMDAwMwMUMjAyNi0xMS0yNFQxMDowMDowMFoEBTQ1LjM3BQQ1Ljky",
        vat_by_category=((STANDARD, D("15"), D("-39.45"), D("-5.92")),),
    ),
}


def test_a_document_reads_back_as_issued(shop: Path) -> None:
    """Every value of the same type as before (Decimal places, enums, an aware time), the lines
    in their order, by number as typed, in another case, or by id."""
    db = open_database(shop)
    try:
        for number, expected in AS_ISSUED.items():
            for key in (number, number.lower(), f" {number}\u202e", expected.id):
                read = printable_invoice(db, key)
                assert read == expected and repr(read) == repr(expected), key
    finally:
        db.close()


@pytest.mark.parametrize(("number", "language"), [("INV-000001", "ar"), ("INV-000001", "en"), ("CN-000001", "en")])
def test_the_command_prints_without_the_orm_the_same_bytes(tmp_path: Path, shop: Path, number: str, language: str) -> None:
    """`main.py invoice` reads the document with Core tables alone: neither the ORM nor the sales
    module is loaded, and the file is the very PDF of the document as it was issued."""
    out = tmp_path / "out.pdf"
    args = ["--db", str(shop), "--lang", language, "invoice", number, "--out", str(out)]
    heavy = ("sqlalchemy.orm", "retention_desktop.models", "retention_desktop.sales")
    code = f"import sys; sys.path.insert(0, {str(REPO)!r}); import main; rc = main.main({args!r}); print(rc, sorted(set({heavy!r}) & set(sys.modules)))"
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"
    translate = TranslationFile.load(TRANSLATIONS / "retention_ar.qm").translate if language == "ar" else None
    assert out.read_bytes() == render_invoice(AS_ISSUED[number], language=language, translate=translate)

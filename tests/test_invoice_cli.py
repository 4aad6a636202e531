"""`main.py invoice`: an issued invoice written to a PDF from the command line, and clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import open_database
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def run_main(tmp_path: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
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

"""`main.py kit`: one customer's welcome kit, or every new customer's since a day, from the command line; clear refusals."""

from __future__ import annotations

import os
import sys
import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import open_database
from retention_desktop.kit import kit_prints
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

from tests.terminal import run_on_terminal
from tests.test_invoice_cli import MAIN, run_main


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        save_profile(db, BusinessProfile(name_ar="مؤسسة النور للتجارة", name_en="Al Noor Trading", phone="0112345678"))
        for name, phone, day in (
            ("John Smith", "055 123 4567", datetime(2026, 10, 5, 9, 0, tzinfo=UTC)),
            ("سارة العتيبي", "056 111 2222", datetime(2026, 11, 23, 9, 30, tzinfo=UTC)),
            ("خالد الدوسري", "050 333 4444", datetime(2026, 11, 25, 9, 30, tzinfo=UTC)),
        ):
            customer = add_customer(db, CustomerDraft(full_name=name, phones=(phone,)))
            issue_invoice(db, InvoiceDraft(customer, [LineDraft("Charger", Decimal(1), Decimal("89.00"))]), at=day)
        add_customer(db, CustomerDraft(full_name="Nobody Yet", phones=("054 777 8888",)))
    finally:
        db.close()
    return path


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def test_one_customer_by_phone_in_english(tmp_path: Path, book: Path) -> None:
    out = tmp_path / "kit.pdf"
    done = run_main(tmp_path, "--db", str(book), "kit", "--customer", "0551234567", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}" in done.stdout
    text = text_of(out)
    assert "Welcome to Al Noor Trading" in text and "John Smith" in text and "INV-000001" in text
    assert str(PdfReader(out).root_object["/Lang"]) == "en"
    db = open_database(book)
    try:
        assert len(kit_prints(db, 1)) == 1  # recorded on the customer's history
    finally:
        db.close()


def test_one_customer_by_number_in_arabic_with_a_name_of_its_own(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "ar", "kit", "--customer", "2")
    assert done.returncode == 0, done.stderr
    written = [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]
    assert len(written) == 1 and written[0].name.startswith("kit-INV-000002")
    assert str(written[0]) in done.stdout
    assert "فاتورة" in text_of(written[0])


def test_new_customers_since_a_day_one_file_each(tmp_path: Path, book: Path) -> None:
    folder = tmp_path / "kits"
    folder.mkdir()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "kit", "--new-since", "2026-11-01", "--out-dir", str(folder))
    assert done.returncode == 0, done.stderr
    files = sorted(folder.iterdir())
    assert len(files) == 2 and "Wrote 2 kits." in done.stdout
    assert all(str(f) in done.stdout for f in files)
    assert any("سارة" in text_of(f) for f in files) and any("خالد" in text_of(f) for f in files)


def test_the_kits_written_are_counted_on_a_terminal(tmp_path: Path, book: Path) -> None:
    folder = tmp_path / "kits"
    folder.mkdir()
    command = [sys.executable, str(MAIN), "--db", str(book), "--lang", "en", "kit", "--new-since", "2026-11-01", "--out-dir", str(folder)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    code, said, out = run_on_terminal(command, cwd=tmp_path, env=env)
    assert code == 0, said
    lines = [line.rstrip() for line in said.split("\r")]
    assert "Writing kits: 1 of 2" in lines and "Writing kits: 2 of 2" in lines
    assert lines[-2:] == ["", ""]  # cleared: the files written are said on standard output
    assert "Wrote 2 kits." in out


def test_no_new_customers_is_said_plainly(tmp_path: Path, book: Path) -> None:
    folder = tmp_path / "kits"
    folder.mkdir()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "kit", "--new-since", "2027-01-01", "--out-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "No customer made a first purchase on 2027-01-01 or later." in done.stdout
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--customer", "0500000000", "--out", "x.pdf"), "No customer has the number or phone number 0500000000."),
        (("--customer", "1", "--out-dir", "."), "--out-dir goes with --new-since"),
        (("--new-since", "2026-11-01", "--out", "x.pdf"), "--out goes with --customer"),
        (("--new-since", "2026-11-01",), "Give the folder for the kits: --out-dir DIR."),
        (("--new-since", "23/11/2026", "--out-dir", "."), "“23/11/2026” is not a date the program can use."),
        (("--new-since", "2026-11-01", "--out-dir", "missing"), "does not exist"),
        (("--customer", "1", "--out", "missing/x.pdf"), "does not exist"),
    ],
)
def test_what_cannot_be_done_is_refused_cleanly(tmp_path: Path, book: Path, arguments: tuple[str, ...], message: str) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "kit", *arguments)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "x.pdf").exists()


def test_the_customer_or_the_day_is_required(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "kit", "--out", "x.pdf")
    assert done.returncode == 2 and "--customer" in done.stderr and "Traceback" not in done.stderr

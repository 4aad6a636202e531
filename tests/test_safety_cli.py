"""The command line's backup, restore and check: what the owner (or a script run each night) sees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retention_desktop.backups import list_backups
from retention_desktop.customers import CustomerDraft, add_customer, add_customers
from retention_desktop.db import open_database
from retention_desktop.pin import set_pin

from tests.damaged_books import damage_table
from tests.old_books import query
from tests.test_cli_faults import assert_told, run_main


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        add_customer(db, CustomerDraft("أحمد العلي", phones=("0551234567",)))
        add_customers(db, [CustomerDraft(f"customer {i}") for i in range(2000)])
    finally:
        db.close()
    return path


def test_backup_writes_a_checked_copy_and_says_where(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "backup")
    assert done.returncode == 0, done.stderr
    (made,) = list_backups(tmp_path / "backups", book)
    assert re.search(rf"Backed up to {re.escape(str(made.path))} \(1\.\d MB\)\.", done.stdout), done.stdout
    assert query(made.path, "SELECT count(*) FROM customers") == [(2001,)]

    elsewhere = tmp_path / "usb stick"
    done = run_main(tmp_path, "--db", str(book), "--lang", "ar", "backup", "--to", str(elsewhere))
    assert done.returncode == 0, done.stderr
    (copy,) = list_backups(elsewhere, book)
    assert str(copy.path) in done.stdout


def test_backup_of_a_missing_book_makes_nothing(tmp_path: Path) -> None:
    done = run_main(tmp_path, "--db", str(tmp_path / "none.sqlite3"), "--lang", "en", "backup")
    assert_told(done, "There is no database")
    assert not (tmp_path / "none.sqlite3").exists() and not (tmp_path / "backups").exists()


def test_check_counts_what_the_book_holds(tmp_path: Path, book: Path) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "check")
    assert done.returncode == 0, done.stderr
    assert "passed SQLite's full check" in done.stdout
    assert "Customers:" in done.stdout and "2,001" in done.stdout
    for label in ("Follow-ups", "Interactions", "Invoices", "Credit notes", "Payments"):
        assert label in done.stdout


def test_check_of_a_damaged_book_says_so_and_fails(tmp_path: Path, book: Path) -> None:
    damage_table(book)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "check")
    assert done.returncode == 2
    assert "is damaged" in done.stdout and "malformed" in done.stdout
    assert "Restore a backup" in done.stderr and "Traceback" not in done.stderr


def test_check_of_a_book_too_damaged_to_open_fails_too(tmp_path: Path, book: Path) -> None:
    from tests.damaged_books import damage_schema

    damage_schema(book)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "check")
    assert_told(done, "is damaged")


def test_restore_brings_a_backup_back_asking_nothing(tmp_path: Path, book: Path) -> None:
    assert run_main(tmp_path, "--db", str(book), "--lang", "en", "backup").returncode == 0
    (saved,) = list_backups(tmp_path / "backups", book)
    db = open_database(book)
    add_customer(db, CustomerDraft("after the backup"))
    db.close()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "restore", str(saved.path))
    assert done.returncode == 0, done.stderr
    assert query(book, "SELECT count(*) FROM customers") == [(2001,)]
    kept = [b for b in list_backups(tmp_path / "backups", book) if b.kind.value == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in done.stdout
    assert query(kept[0].path, "SELECT count(*) FROM customers") == [(2002,)]


def test_restore_refuses_a_file_that_is_not_a_book_and_changes_nothing(tmp_path: Path, book: Path) -> None:
    not_a_book = tmp_path / "customers.csv"
    not_a_book.write_text("name,phone\n", encoding="utf-8")
    before = book.read_bytes()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "restore", str(not_a_book))
    assert_told(done, "not a Retention Desktop database", "Nothing was restored")
    assert book.read_bytes() == before
    assert not (tmp_path / "backups").exists()
    done = run_main(tmp_path, "--db", str(book), "--lang", "ar", "restore", str(not_a_book))
    assert_told(done, "ليس قاعدة بيانات")


def test_restore_of_a_book_with_a_pin_needs_the_pin(tmp_path: Path, book: Path) -> None:
    assert run_main(tmp_path, "--db", str(book), "--lang", "en", "backup").returncode == 0
    (saved,) = list_backups(tmp_path / "backups", book)
    db = open_database(book)
    set_pin(db, "2580")
    db.close()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "restore", str(saved.path))
    assert_told(done, "give it with --pin")
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "restore", str(saved.path), "--pin", "2580")
    assert done.returncode == 0, done.stderr

"""Backups: made while the book is in use, checked before they count, kept by a rotation, and
restored whole; a file that cannot be restored is refused and nothing changes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from retention_desktop.backups import (
    Backup,
    BackupKind,
    back_up,
    back_up_before_import,
    back_up_if_due,
    backup_folder,
    backups_to_remove,
    list_backups,
    make_backup,
    prune_backups,
    safety_at_start,
    size_text,
    update_backups,
)
from retention_desktop.customers import CustomerDraft, add_customer, add_customers, count_customers, search_customers
from retention_desktop.db import Database, open_database
from retention_desktop.errors import BackupFailed, BookDamaged, BookInUse, RestoreRefused
from retention_desktop.integrity import check_book
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.restoring import restore_book
from retention_desktop.settings import BACKUP_FOLDER, SettingError, set_setting

from tests.damaged_books import damage_table
from tests.old_books import make_file_at, query, raw

ROOT = Path(__file__).resolve().parent.parent


def _names(db: Database) -> list[str]:
    from retention_desktop.customers import customer_details

    return [customer_details(db, i).full_name for i in search_customers(db)]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


# --- making backups ---------------------------------------------------------------------------------


def test_a_backup_is_a_checked_self_contained_copy_beside_the_book(db: Database, tmp_path: Path) -> None:
    add_customer(db, CustomerDraft("أحمد العلي", phones=("0551234567",)))
    made = back_up(db)
    assert made.path.parent == tmp_path / "backups" == backup_folder(db)
    assert made.kind is BackupKind.MANUAL and made.size == made.path.stat().st_size > 0
    assert made.path.name.startswith("book-") and made.path.name.endswith("-manual.sqlite3")
    assert _files(made.path.parent) == [made.path.name]  # no ".partial", no -wal beside it
    assert _integrity(made.path) == "ok"
    assert query(made.path, "PRAGMA journal_mode") == [("delete",)]
    assert query(made.path, "SELECT full_name FROM customers") == [("أحمد العلي",)]
    assert list_backups(made.path.parent, db.path) == [made]  # type: ignore[arg-type]


def test_a_backup_taken_while_another_process_saves_is_one_moment_of_the_book(db: Database, tmp_path: Path) -> None:
    """The copy is consistent while the program goes on saving: every batch of customers saved in
    one transaction is in it whole, or not at all."""
    add_customers(db, [CustomerDraft(f"first {i}", phones=(f"050{i:07d}",)) for i in range(3000)])
    writer = subprocess.Popen(
        [sys.executable, "-c", _KEEP_SAVING, str(db.path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "saving"
        made = [back_up(db) for _ in range(3)]
    finally:
        writer.kill()
        writer.communicate()
    for backup in made:
        assert _integrity(backup.path) == "ok"
        batches = query(backup.path, "SELECT notes, count(*) FROM customers WHERE notes != '' GROUP BY notes")
        assert all(count == 200 for _notes, count in batches), batches
        (indexed,), = query(backup.path, "SELECT count(*) FROM customer_search")
        (customers,), = query(backup.path, "SELECT count(*) FROM customers")
        assert indexed == customers


_KEEP_SAVING = (
    "import sys\n"
    "from retention_desktop.db import open_database\n"
    "from retention_desktop.customers import CustomerDraft, add_customers\n"
    "db = open_database(sys.argv[1])\n"
    "print('saving', flush=True)\n"
    "batch = 0\n"
    "while True:\n"
    "    batch += 1\n"
    "    add_customers(db, [CustomerDraft(f'batch {batch} {i}', notes=f'batch {batch}') for i in range(200)])\n"
)


def test_the_backup_folder_setting_is_where_backups_go(db: Database, tmp_path: Path) -> None:
    chosen = tmp_path / "shop backups"
    set_setting(db, BACKUP_FOLDER, str(chosen))
    made = back_up(db)
    assert made.path.parent == chosen
    set_setting(db, BACKUP_FOLDER, str(tmp_path / "usb drive not plugged in" / "Backups"))
    with pytest.raises(BackupFailed):
        back_up(db)  # the drive's folder is not made on the system disk
    assert not (tmp_path / "usb drive not plugged in").exists()
    with pytest.raises(SettingError):
        set_setting(db, BACKUP_FOLDER, "relative/folder")
    set_setting(db, BACKUP_FOLDER, "")
    assert back_up(db).path.parent == tmp_path / "backups"


def test_a_folder_that_cannot_be_made_says_so_and_leaves_nothing(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupFailed) as caught:
        back_up(db, folder=blocker / "backups")
    assert str(blocker / "backups") in str(caught.value)
    assert "The database itself was not changed" in str(caught.value)


def test_a_damaged_book_is_not_backed_up_as_a_good_copy(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    db = open_database(book)
    add_customers(db, [CustomerDraft(f"name {i}") for i in range(2000)])
    db.close()
    damage_table(book)
    db = open_database(book)
    try:
        with pytest.raises(BookDamaged):
            back_up(db)
        assert _files(tmp_path / "backups") == []  # the copy that failed its check is not kept
        assert safety_at_start(db).damaged
    finally:
        db.close()


def test_a_cut_off_backup_never_counts_and_is_cleared_later(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    left = folder / "book-20260101-000000Z-daily.sqlite3.partial"
    left.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert list_backups(folder, tmp_path / "book.sqlite3") == []
    back_up(db)
    assert left.exists()  # a partial this young may be another copy's backup still being written
    old = time.time() - 3 * 3600
    os.utime(left, (old, old))
    back_up(db)
    assert not left.exists()


def test_a_backup_can_be_cancelled_and_leaves_nothing(db: Database, tmp_path: Path) -> None:
    add_customers(db, [CustomerDraft(f"name {i}") for i in range(20_000)])
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        back_up(db, progress=progress)
    assert _files(tmp_path / "backups") == []


def test_the_daily_backup_is_made_once_a_day(db: Database, tmp_path: Path) -> None:
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    first = back_up_if_due(db, now=monday)
    assert first is not None and first.kind is BackupKind.DAILY
    assert back_up_if_due(db, now=monday + timedelta(hours=3)) is None
    assert safety_at_start(db, now=monday + timedelta(hours=4)).backup is None  # checked, not copied
    tuesday = back_up_if_due(db, now=monday + timedelta(days=1))
    assert tuesday is not None
    assert [b.path for b in list_backups(tmp_path / "backups", tmp_path / "book.sqlite3")] == [tuesday.path, first.path]


def test_an_import_can_take_its_own_backup_first(db: Database) -> None:
    made = back_up_before_import(db)
    assert made is not None and made.kind is BackupKind.BEFORE_IMPORT and "-before-import" in made.path.name


def test_a_size_reads_as_people_read_it() -> None:
    assert size_text(300) == "1 KB"
    assert size_text(840 * 1024) == "840 KB"
    assert size_text(int(12.5 * 1024 * 1024)) == "12.5 MB"
    assert size_text(3 * 1024**3) == "3.0 GB"


# --- the rotation ------------------------------------------------------------------------------------


def _backup(kind: BackupKind, made: datetime) -> Backup:
    return Backup(Path(f"book-{made:%Y%m%d-%H%M%S}Z-{kind.value}.sqlite3"), made, kind, 1)


def test_the_rotation_keeps_a_week_of_days_two_months_of_weeks_and_the_safety_copies() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    daily = [_backup(BackupKind.DAILY, now - timedelta(days=d)) for d in range(120)]
    extra_today = [_backup(BackupKind.DAILY, now - timedelta(hours=h)) for h in (1, 2)]
    manual = [_backup(BackupKind.MANUAL, now - timedelta(minutes=m)) for m in range(10, 80, 10)]
    updates = [_backup(BackupKind.BEFORE_UPDATE, now - timedelta(days=d)) for d in (5, 200, 300, 400, 500)]
    restores = [_backup(BackupKind.BEFORE_RESTORE, now - timedelta(days=d)) for d in (1, 2, 40)]
    everything = daily + extra_today + manual + updates + restores
    removed = {b.path for b in backups_to_remove(everything, now)}
    kept = [b for b in everything if b.path not in removed]

    kept_daily = sorted((b.made_at for b in kept if b.kind is BackupKind.DAILY), reverse=True)
    # the last 7 days, then one a week, 8 weeks in all: never more than a handful of files
    assert kept_daily[:7] == [now - timedelta(days=d) for d in range(7)]
    assert len(kept_daily) <= 7 + 8
    assert min(kept_daily) >= now - timedelta(weeks=9)
    assert all(b in kept for b in manual[:5])  # the owner's own, several in a day
    assert [b for b in kept if b.kind is BackupKind.BEFORE_UPDATE] == updates[:3]  # the 30 days', and 3 at least
    assert [b for b in kept if b.kind is BackupKind.BEFORE_RESTORE] == restores  # 3 at least, whatever their age
    assert extra_today[0].path in removed or daily[0].path in removed  # one a day


def test_the_rotation_removes_only_this_books_backups(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    for days in range(40):
        make_backup(tmp_path / "book.sqlite3", folder, BackupKind.DAILY, now=now - timedelta(days=days), prune=False)
    others = [folder / "shop-20200101-000000Z-daily.sqlite3", folder / "holiday photos.jpg"]
    for other in others:
        other.write_bytes(b"someone else's")
    removed = prune_backups(folder, tmp_path / "book.sqlite3", now=now)
    assert len(removed) == 40 - len(list_backups(folder, tmp_path / "book.sqlite3"))
    assert 7 <= len(list_backups(folder, tmp_path / "book.sqlite3")) <= 15
    assert all(other.exists() for other in others)


# --- before an update ----------------------------------------------------------------------------------


def test_the_copy_before_an_update_goes_to_the_books_backup_folder(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    make_file_at(book, "0004")
    elsewhere = tmp_path / "elsewhere"
    raw(book, f"INSERT INTO settings (key, value) VALUES ('backup_folder', '\"{elsewhere}\"')")
    open_database(book).close()
    (copy,) = update_backups(book)
    assert copy.path.parent == elsewhere
    assert query(copy.path, "SELECT version_num FROM alembic_version") == [("0004",)]


# --- restoring --------------------------------------------------------------------------------------


def _book_with(tmp_path: Path, *names: str) -> Path:
    book = tmp_path / "book.sqlite3"
    db = open_database(book)
    try:
        for name in names:
            add_customer(db, CustomerDraft(name))
    finally:
        db.close()
    return book


def test_restore_brings_the_backup_back_and_keeps_the_book_as_it_was(tmp_path: Path) -> None:
    book = _book_with(tmp_path, "Ahmed")
    db = open_database(book)
    saved = back_up(db)
    add_customer(db, CustomerDraft("Fatima"))  # after the backup
    db.close()

    kept = restore_book(book, saved.path)
    assert kept is not None and kept.kind is BackupKind.BEFORE_RESTORE
    db = open_database(book)
    try:
        assert _names(db) == ["Ahmed"]
        assert check_book(db).ok
        add_customer(db, CustomerDraft("Sara"))  # and the restored book takes new work
    finally:
        db.close()
    assert query(kept.path, "SELECT full_name FROM customers ORDER BY id") == [("Ahmed",), ("Fatima",)]
    assert saved.path.exists()  # the backup itself stays as it was, for another restore
    assert query(saved.path, "SELECT count(*) FROM customers") == [(1,)]


def test_restore_replaces_a_book_whose_changes_are_still_in_its_wal(tmp_path: Path) -> None:
    """An old -wal beside the book must never be applied to the restored file."""
    book = _book_with(tmp_path, "Ahmed")
    db = open_database(book)
    saved = back_up(db)
    db.close()
    con = sqlite3.connect(book)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE customers SET full_name = 'changed in the wal'")
    con.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("book.sqlite3", "book.sqlite3-wal"):  # as a power cut left them
        shutil.copy(tmp_path / name, crashed / name)
    con.close()

    kept = restore_book(crashed / "book.sqlite3", saved.path, folder=tmp_path / "backups")
    assert not (crashed / "book.sqlite3-wal").exists()
    assert query(crashed / "book.sqlite3", "SELECT full_name FROM customers") == [("Ahmed",)]
    assert kept is not None
    assert query(kept.path, "SELECT full_name FROM customers") == [("changed in the wal",)]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("bad", ["missing", "text", "other_sqlite", "newer", "damaged"])
def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path: Path, bad: str) -> None:
    book = _book_with(tmp_path, "Ahmed")
    source = tmp_path / "chosen" / "file.sqlite3"
    source.parent.mkdir()
    if bad == "text":
        source.write_text("name,phone\nأحمد,0551234567\n", encoding="utf-8")
    elif bad == "other_sqlite":
        raw(source, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    elif bad == "newer":
        shutil.copy(book, source)
        raw(source, "UPDATE alembic_version SET version_num = '9999'")
    elif bad == "damaged":
        db = open_database(book)
        add_customers(db, [CustomerDraft(f"name {i}") for i in range(2000)])
        db.close()
        shutil.copy(book, source)
        damage_table(source)
    before = _snapshot(tmp_path)
    with pytest.raises(RestoreRefused) as caught:
        restore_book(book, source)
    message = str(caught.value)
    assert "Nothing was restored" in message
    expected = {
        "missing": "There is no file",
        "text": "not a Retention Desktop database",
        "other_sqlite": "not a Retention Desktop database",
        "newer": "newer version",
        "damaged": "damaged",
    }[bad]
    assert expected in message
    after = _snapshot(tmp_path)
    for left in (before, after):  # SQLite's own, from reading the file
        left.pop("file.sqlite3-wal", None), left.pop("file.sqlite3-shm", None)
    assert after == before


def test_restore_refuses_while_another_copy_of_the_program_has_the_book_open(tmp_path: Path) -> None:
    book = _book_with(tmp_path, "Ahmed")
    db = open_database(book)
    saved = back_up(db)
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(book)], cwd=ROOT, stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = book.read_bytes()
        with pytest.raises(BookInUse) as caught:
            restore_book(book, saved.path)
        assert "Close it there" in str(caught.value)
        assert book.read_bytes() == before
    finally:
        holder.communicate("")
    assert restore_book(book, saved.path) is not None  # once it is closed


_HOLD_OPEN = (
    "import sys\n"
    "from retention_desktop.db import open_database\n"
    "from retention_desktop.customers import count_customers\n"
    "db = open_database(sys.argv[1])\n"
    "count_customers(db)\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
    "db.close()\n"
)


def test_a_damaged_book_is_restored_and_kept_as_it_was(tmp_path: Path) -> None:
    book = _book_with(tmp_path)
    db = open_database(book)
    add_customers(db, [CustomerDraft(f"name {i}") for i in range(2000)])
    saved = back_up(db)
    db.close()
    damage_table(book)
    damaged = book.read_bytes()

    kept = restore_book(book, saved.path)
    assert kept is not None and kept.kind is BackupKind.DAMAGED
    assert kept.path.read_bytes() == damaged
    assert kept not in list_backups(kept.path.parent, book)  # never offered for a restore
    db = open_database(book)
    try:
        assert count_customers(db) == 2000 and check_book(db).ok
    finally:
        db.close()


def test_a_restore_cancelled_before_the_file_is_replaced_changes_nothing(tmp_path: Path) -> None:
    book = _book_with(tmp_path, "Ahmed")
    db = open_database(book)
    saved = back_up(db)
    add_customer(db, CustomerDraft("Fatima"))
    db.close()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        restore_book(book, saved.path, progress=progress)
    assert query(book, "SELECT count(*) FROM customers") == [(2,)]
    assert not list(tmp_path.glob("*.partial"))


def test_an_older_backup_is_restored_and_brought_up_to_date(tmp_path: Path) -> None:
    book = _book_with(tmp_path, "Ahmed")
    old = tmp_path / "old.sqlite3"
    make_file_at(old, "0004")
    restore_book(book, old)
    db = open_database(book)
    try:
        assert count_customers(db) == 0
    finally:
        db.close()

"""The database file: created new, upgraded from older versions with a backup, and never damaged
when it is not ours or comes from a newer program."""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from retention_desktop.customers import (
    CustomerDraft,
    add_customer,
    count_customers,
    customer_details,
    search_customers,
)
from retention_desktop.backups import update_backups
from retention_desktop.statements import _row_converter
from retention_desktop.db import HEAD_REVISION, KNOWN_REVISIONS, Database, DatabaseError, open_database
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.search import CustomerOrder
from retention_desktop.documents import purchase_history
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice
from retention_desktop.search_index import rebuild_search_index

from tests.old_books import alembic_config, make_file_at, query, raw

_CUSTOMER = (
    "INSERT INTO customers (id, kind, full_name, sort_name, gender, email, address, area, notes, source, "
    "stage, created_at, updated_at) VALUES ({id}, 'person', '{name}', '{name}', 'unspecified', '{email}', '', "
    "'', '', 'unknown', 'active', '2024-01-0{id} 09:00:00.000000', '2024-01-0{id} 09:00:00.000000')"
)
_PHONE = "INSERT INTO customer_phones (customer_id, number, kind, position) VALUES ({id}, '{number}', 'mobile', 0)"


def fill_revision_0001(path: Path) -> None:
    raw(
        path,
        _CUSTOMER.format(id=1, name="أحمد العلي", email="ahmed@example.com"),
        _CUSTOMER.format(id=2, name="فاطمة", email=""),
        _CUSTOMER.format(id=3, name="Bob Jones", email=""),
        _PHONE.format(id=1, number="+966551234567"),
        _PHONE.format(id=2, number="+971501234567"),
        "INSERT INTO tags (id, name, folded) VALUES (1, 'VIP', 'vip')",
        "INSERT INTO customer_tags (customer_id, tag_id) VALUES (2, 1)",
    )


class Snapshot:
    """The bytes and time stamp of a file and what else lies in its folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self.mtime = path.stat().st_mtime_ns
        self.folder = sorted(p.name for p in path.parent.iterdir())

    def assert_unchanged(self, *, wal_mode: bool = False) -> None:
        assert self.path.read_bytes() == self.data
        assert self.path.stat().st_mtime_ns == self.mtime
        if wal_mode:
            # SQLite's read-only look at a WAL-mode file may create an empty -wal (and -shm)
            # beside it, but must write nothing into it.
            wal = Path(f"{self.path}-wal")
            assert not wal.exists() or wal.stat().st_size == 0
            assert not Path(f"{self.path}-journal").exists()
            return
        assert sorted(p.name for p in self.path.parent.iterdir()) == self.folder
        for suffix in ("-wal", "-shm", "-journal"):
            assert not Path(f"{self.path}{suffix}").exists()


# --- a new file ----------------------------------------------------------------------------------


def test_new_file_gets_the_newest_schema_wal_and_foreign_keys(db: Database, tmp_path: Path) -> None:
    assert db.path == (tmp_path / "book.sqlite3").resolve()
    assert db.path.exists()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
    # no backup for a file that had nothing to migrate
    assert not (tmp_path / "backups").exists()  # no copy made


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.writing() as session:
        session.execute(
            text("INSERT INTO customer_phones (customer_id, number, kind, position) VALUES (42, '+1', 'mobile', 0)")
        )


def test_new_file_in_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    database = open_database(tmp_path / "shop" / "data" / "book.sqlite3")
    try:
        add_customer(database, CustomerDraft(full_name="Ahmed"))
        assert count_customers(database) == 1
    finally:
        database.close()


def test_reopening_an_up_to_date_file_keeps_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    first = open_database(path)
    customer_id = add_customer(first, CustomerDraft(full_name="Ahmed", phones=("0551234567",)))
    first.close()
    again = open_database(path)
    try:
        assert search_customers(again, "0551234567") == [customer_id]
    finally:
        again.close()
    assert not (tmp_path / "backups").exists()  # no copy made


def test_known_revisions_match_the_migrations_folder() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    oldest_first = tuple(reversed([s.revision for s in scripts.walk_revisions()]))
    assert KNOWN_REVISIONS == oldest_first
    assert HEAD_REVISION == scripts.get_current_head()


@pytest.mark.parametrize("content", [b"", None])
def test_empty_file_is_treated_as_new(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "book.sqlite3"
    if content is None:
        raw(path, "CREATE TABLE scratch (x)", "DROP TABLE scratch")  # a SQLite file with no tables
        assert path.stat().st_size > 0
    else:
        path.write_bytes(content)
    database = open_database(path)
    try:
        add_customer(database, CustomerDraft(full_name="Ahmed"))
        assert count_customers(database) == 1
    finally:
        database.close()
    assert query(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert not (tmp_path / "backups").exists()  # no copy made


# --- an older file -------------------------------------------------------------------------------


def test_older_file_is_upgraded_with_data_kept_search_filled_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    make_file_at(path, "0001")
    fill_revision_0001(path)
    assert query(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert not query(path, "SELECT name FROM sqlite_master WHERE name = 'customer_search'")

    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
        assert count_customers(database) == 3
        # sort keys recomputed: Arabic names first, alef forms folded
        assert search_customers(database, order=CustomerOrder.NAME) == [1, 2, 3]
        ahmed = customer_details(database, 1)
        assert ahmed.full_name == "أحمد العلي"
        assert [p.number for p in ahmed.phones] == ["+966551234567"]
        assert customer_details(database, 2).tags == ("VIP",)
        # the index was filled for customers who existed before it
        assert search_customers(database, "احمد") == [1]
        assert search_customers(database, "٠٥٥ ١٢٣ ٤٥٦٧") == [1]
        assert search_customers(database, "AHMED@example") == [1]
        assert search_customers(database, "فاطمه") == [2]
        assert search_customers(database, "0501234567") == [2]
        assert search_customers(database, "vip") == [2]
        # and it keeps working for new customers
        new = add_customer(database, CustomerDraft(full_name="سارة", phones=("0509876543",)))
        assert search_customers(database, "0509876543") == [new]
        # and the sales tables of 0004 work on the upgraded file, numbering from the first
        save_profile(database, BusinessProfile(name_ar="دكان"))
        issued = issue_invoice(database, InvoiceDraft(1, [LineDraft("خدمة", Decimal(1), Decimal(10))]))
        assert issued.number == "INV-000001" and purchase_history(database, 1).invoice_count == 1
    finally:
        database.close()

    (copy,) = update_backups(path)
    backup = copy.path
    assert backup.parent == tmp_path / "backups" and copy.revision == HEAD_REVISION
    assert query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert query(backup, "SELECT full_name FROM customers ORDER BY id") == [("أحمد العلي",), ("فاطمة",), ("Bob Jones",)]


def test_backup_holds_changes_still_in_the_wal_after_a_crash(tmp_path: Path) -> None:
    """A power cut leaves committed changes in book.sqlite3-wal; the backup must have them."""
    running = tmp_path / "running"
    running.mkdir()
    make_file_at(running / "book.sqlite3", "0001")
    con = sqlite3.connect(running / "book.sqlite3")
    try:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute(_CUSTOMER.format(id=1, name="Ahmed", email=""))
        con.commit()
        # the files as the power cut left them, while the program still had the book open
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for name in ("book.sqlite3", "book.sqlite3-wal"):
            (crashed / name).write_bytes((running / name).read_bytes())
    finally:
        con.close()

    database = open_database(crashed / "book.sqlite3")
    try:
        assert search_customers(database, "ahmed") == [1]
    finally:
        database.close()
    (copy,) = update_backups(crashed / "book.sqlite3")
    assert query(copy.path, "SELECT full_name FROM customers") == [("Ahmed",)]


# --- files that are not ours, or are newer -------------------------------------------------------


def _text_file(path: Path) -> None:
    path.write_text("name,phone\nأحمد,0551234567\n", encoding="utf-8")


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _other_application(path: Path) -> None:
    raw(
        path,
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)",
        "INSERT INTO invoices (total) VALUES ('100.00')",
    )


def _other_application_with_customers(path: Path) -> None:
    raw(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers (name) VALUES ('x')")


_LOOKS_LIKE_OURS = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE customer_phones (id INTEGER PRIMARY KEY)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY)",
)


def _another_alembic_application(path: Path) -> None:
    """Another program built with Alembic, with tables of the same names: its revisions are not ours."""
    raw(path, *_LOOKS_LIKE_OURS, "INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")


def _another_application_without_a_revision(path: Path) -> None:
    raw(path, *_LOOKS_LIKE_OURS)


def _sqlite_header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))


@pytest.mark.parametrize(
    "make",
    [
        _text_file,
        _random_bytes,
        _other_application,
        _other_application_with_customers,
        _another_alembic_application,
        _another_application_without_a_revision,
        _sqlite_header_then_garbage,
    ],
)
def test_a_file_that_is_not_ours_is_refused_and_left_untouched(tmp_path: Path, make: object) -> None:
    path = tmp_path / "book.sqlite3"
    make(path)  # type: ignore[operator]
    before = Snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert "not a Retention Desktop database" in str(caught.value)
    assert str(path) in str(caught.value)
    before.assert_unchanged()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "book.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError):
        open_database(folder)
    assert list(folder.iterdir()) == []


def test_a_file_from_a_newer_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    database = open_database(path)
    add_customer(database, CustomerDraft(full_name="Ahmed"))
    database.close()
    raw(path, "UPDATE alembic_version SET version_num = '9999'")
    assert not Path(f"{path}-wal").exists()
    before = Snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "newer version" in message
    assert "9999" in message
    before.assert_unchanged(wal_mode=True)
    assert not (tmp_path / "backups").exists()  # no copy made


# --- the search index ----------------------------------------------------------------------------


def _index(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as conn:
        return [
            *(tuple(r) for r in conn.execute(text("SELECT rowid, text FROM customer_search ORDER BY rowid"))),
            *(tuple(r) for r in conn.execute(text("SELECT rowid, first, words, phones FROM customer_words ORDER BY rowid"))),
            *(tuple(r) for r in conn.execute(text("SELECT rowid, grams FROM customer_grams ORDER BY rowid"))),
        ]


def test_rebuild_search_index_restores_the_same_content(db: Database) -> None:
    add_customer(
        db,
        CustomerDraft(full_name="أحمد", phones=("0551234567", "+971501234567"), email="A@x.com", tags=("VIP",), notes="n"),
    )
    add_customer(db, CustomerDraft(full_name="فاطمة", area="جدة"))
    add_customer(db, CustomerDraft(full_name="Sara"))
    original = _index(db)
    assert len(original) == 9

    with db.engine.begin() as conn:  # damage it: one row lost, one wrong
        for index in ("customer_search", "customer_words", "customer_grams"):
            conn.execute(text(f"DELETE FROM {index} WHERE rowid = 1"))
        conn.execute(text("UPDATE customer_search SET text = 'garbage' WHERE rowid = 2"))
        conn.execute(text("UPDATE customer_words SET first = 'garbage', words = '' WHERE rowid = 2"))
        conn.execute(text("UPDATE customer_grams SET grams = 'ga' WHERE rowid = 2"))
    assert search_customers(db, "احمد") == []

    with db.engine.begin() as conn:
        assert rebuild_search_index(conn) == 3
    assert _index(db) == original
    assert search_customers(db, "احمد") == [1]
    assert search_customers(db, "جده") == [2]

    with db.engine.begin() as conn:  # in small batches too
        assert rebuild_search_index(conn, batch=2) == 3
    assert _index(db) == original


def test_rebuild_search_index_of_an_empty_book(db: Database) -> None:
    with db.engine.begin() as conn:
        assert rebuild_search_index(conn) == 0
    assert _index(db) == []


def test_a_server_url_without_its_driver_is_explained() -> None:
    # psycopg (the program's driver) is installed; pg8000 is another that is not.
    with pytest.raises(DatabaseError, match="driver for postgresql"):
        open_database("postgresql+pg8000://shop@localhost/book")


def test_unsynced_writing_is_for_its_own_transaction_only(db: Database) -> None:
    """writing(unsynced=True) commits without waiting for the disk; every other session of the same
    pooled connection waits for it again (synchronous FULL), and settle_file leaves no log behind."""
    with db.writing(unsynced=True) as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 0
        session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('unsynced-test', '1')")
    with db.writing() as session:
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with db.reading() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert connection.exec_driver_sql("SELECT value FROM settings WHERE key = 'unsynced-test'").scalar() == "1"
    db.settle_file()
    assert db.path is not None and Path(f"{db.path}-wal").stat().st_size == 0


def _bind_samples() -> list[object]:
    """Values of every kind the program writes, and some it does not, for the bulk helpers' test."""
    from datetime import date, datetime, time, timedelta, timezone
    from zoneinfo import ZoneInfo

    from retention_desktop import kinds

    riyadh = ZoneInfo("Asia/Riyadh")
    members: list[object] = [m for enum in vars(kinds).values() if isinstance(enum, type) and issubclass(enum, kinds.enum.Enum) for m in enum]
    return [
        None, True, False, 0, 1, 2, 7, -3, 1.5, "", "text", "call", "CALL", "unknown value", b"bytes",
        Decimal("0.00"), Decimal("1150.50"), Decimal("-59.00"), Decimal("1E+3"), Decimal("NaN"),
        date(2026, 11, 30), date(999, 1, 2), time(9, 30), time(23, 59, 59, 999999), time(9, 30, tzinfo=timezone.utc),
        datetime(2026, 11, 30, 12, 0), datetime(2026, 11, 30, 12, 0, 0, 5), datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc),
        datetime(2026, 3, 1, 1, 2, 3, 456789, tzinfo=riyadh), datetime(2026, 3, 1, tzinfo=timezone(timedelta(hours=-5))),
        datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=ZoneInfo("UTC")),
        Decimal("-0"), Decimal("12.345"), Decimal("sNaN"), Decimal("Infinity"),
        *members,
    ]


def test_bulk_writes_process_values_as_sqlalchemy_does() -> None:
    """statements.insert_rows and update_rows write each value as SQLAlchemy would (its bind processors),
    through shorter processors of their own: the same text, the same numbers, the same errors."""
    from sqlalchemy.dialects import sqlite

    from retention_desktop.tables import metadata

    dialect = sqlite.dialect()
    samples = _bind_samples()
    for table in metadata.tables.values():
        names = [c.name for c in table.c]
        convert = _row_converter(dialect, table, names, names)
        for position, column in enumerate(table.c):
            general = column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)
            for value in samples:
                row = [None] * len(names)
                row[position] = value
                try:
                    expected: object = general(value)
                except Exception as error:  # noqa: BLE001 - the same kind of error is expected
                    with pytest.raises(type(error)):
                        convert(row)
                    continue
                got = convert(row)[position]
                assert (got, type(got)) == (expected, type(expected)), (table.name, column.name, value)

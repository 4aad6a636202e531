"""A book on a PostgreSQL server: migrations both ways, the search's own indexes, writers taking
turns, its backups into files, and what only a SQLite file can do said plainly (the throwaway
server of tests/conftest.py)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from retention_desktop.backups import (
    BackupKind,
    back_up,
    back_up_if_due,
    backup_name,
    choose_server_backup_folder,
    chosen_backup_folder,
    latest_backup_date,
    list_backups,
    safety_at_start,
)
from retention_desktop.customers import CustomerDraft, add_customer, add_customers, archive_customer, update_customer
from retention_desktop.db import HEAD_REVISION, KNOWN_REVISIONS, Database, book_revision, open_database
from retention_desktop.errors import UserError
from retention_desktop.integrity import book_counts, check_book
from retention_desktop.models import Base
from retention_desktop.profile import BusinessProfile, save_profile, save_settings
from retention_desktop.settings import BACKUP_FOLDER
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice
from retention_desktop.customers import search_customers
from retention_desktop.search import BookQuery, Count, find_and_count

pytestmark = pytest.mark.both_databases

SEARCH_TABLES = ("customer_search", "customer_words", "customer_grams", "customer_tokens")


def _config(connection: object) -> Config:
    from retention_desktop import db as db_module
    from pathlib import Path

    config = Config()
    config.set_main_option("script_location", str(Path(db_module.__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def test_a_new_server_database_is_migrated_down_to_nothing_and_up_again(server_url: str) -> None:
    open_database(server_url).close()
    engine = create_engine(server_url)
    try:
        for target in [*reversed(KNOWN_REVISIONS[:-1]), "base"]:
            with engine.begin() as connection:
                command.downgrade(_config(connection), target)
            with engine.connect() as connection:
                assert ("customers" in inspect(connection).get_table_names()) == (target != "base")
        with engine.begin() as connection:
            command.upgrade(_config(connection), "head")
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
    finally:
        engine.dispose()
    book = open_database(server_url)  # and the program opens it as its own
    try:
        add_customer(book, CustomerDraft("محمد العتيبي", phones=("0551234567",)))
        assert len(search_customers(book, "مح")) == 1
    finally:
        book.close()


def test_the_migrations_make_the_schema_the_program_declares_on_a_server(server_url: str) -> None:
    database = open_database(server_url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_object": lambda obj, name, kind, reflected, other: not (
                        name is not None and (name.startswith(SEARCH_TABLES) or "_trgm" in name)
                    ),
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_the_search_has_trigram_indexes_on_a_server(db: Database) -> None:
    if db.is_sqlite:
        with db.reading() as connection:
            kinds = dict(connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE name LIKE 'customer_%'").all())
        assert "fts5" in kinds["customer_words"] and "trigram" in kinds["customer_search"]
        return
    with db.reading() as connection:
        indexes = {
            name: definition
            for name, definition in connection.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('customer_words', 'customer_search')"
            )
        }
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a new book is too small to need an index
        plan = "\n".join(
            r[0]
            for r in connection.execute(
                text(
                    "EXPLAIN SELECT rowid FROM customer_words w "
                    "WHERE (' ' || w.first || ' ' || w.words || ' ' || w.phones || ' ') LIKE :pattern"
                ),
                {"pattern": "% محم%"},
            )
        )
    assert all("gin_trgm_ops" in indexes[name] for name in ("ix_customer_words_all_trgm", "ix_customer_search_trgm"))
    assert "ix_customer_words_all_trgm" in plan


def test_every_search_is_planned_for_what_was_typed(db: Database) -> None:
    """psycopg prepares a statement met five times, and the server may then keep one plan for any
    pattern: one that reads every customer. The program's connections ask for a plan per search."""
    if db.is_sqlite:
        pytest.skip("SQLite plans each statement as it runs")
    for _ in range(12):  # past psycopg's prepare threshold and the server's five custom plans
        with db.reading() as connection:
            connection.execute(text("SELECT count(*) FROM customer_words w WHERE w.first LIKE :p"), {"p": "% م%"}).scalar_one()
            assert connection.exec_driver_sql("SHOW plan_cache_mode").scalar_one() == "force_custom_plan"


def _tokens(db: Database) -> set[tuple[str, int, bool, bool]]:
    with db.reading() as connection:
        rows = connection.exec_driver_sql("SELECT token, customer_id, first, phone FROM customer_tokens")
        return {(token, customer_id, first, phone) for token, customer_id, first, phone in rows}


def _words_as_tokens(db: Database) -> set[tuple[str, int, bool, bool]]:
    """Each customer's words in customer_words, with whether they are words of the name's start
    and of the phones."""
    found: dict[tuple[str, int], tuple[bool, bool]] = {}
    with db.reading() as connection:
        for rowid, first, words, phones in connection.exec_driver_sql("SELECT rowid, first, words, phones FROM customer_words"):
            for column, flags in ((first, (True, False)), (words, (False, False)), (phones, (False, True))):
                for word in column.split():
                    was = found.get((word, rowid), (False, False))
                    found[(word, rowid)] = (was[0] or flags[0], was[1] or flags[1])
    return {(word, rowid, *flags) for (word, rowid), flags in found.items()}


def test_a_server_counts_a_search_from_each_customers_words_kept_as_they_are_saved(db: Database) -> None:
    """customer_tokens (migration 0015) follows every save: added one at a time or in bulk,
    renamed, archived; and a keystroke's count (a page of one, so that the count is not the page's
    own) is read from it: a renamed customer's old name no longer counts, an archived one is left
    out, the last digits of a phone count only the phones' words."""
    if db.is_sqlite:
        pytest.skip("a SQLite book counts from its FTS5 indexes")
    renamed = add_customer(db, CustomerDraft("محمد العتيبي", phones=("0551234567",)))
    both, other, gone = add_customers(
        db,
        [
            CustomerDraft("محمد خالد", phones=("0557654321",), email="x7654@mail.com"),  # "x7654" is no phone's word
            CustomerDraft("مها محمد", phones=("0501114567",), tags=("جملة",)),
            CustomerDraft("محمود سالم", phones=("0559994567",)),
        ],
    )
    update_customer(db, renamed, CustomerDraft("سعد العتيبي", phones=("0551234567",)))
    archive_customer(db, gone)
    tokens = _tokens(db)
    assert tokens == _words_as_tokens(db)
    assert ("سعد", renamed, True, False) in tokens and not any(t[0] == "محمد" and t[1] == renamed for t in tokens)
    assert ("x765432155669", renamed, False, True) in tokens and ("x7654", both, False, False) in tokens
    assert ("محمد", other, False, False) in tokens  # "مها محمد": not the start of the name

    def count(typed: str, *, archived: bool = False) -> Count:
        return find_and_count(db, BookQuery(typed, archived), limit=1)[1]

    assert [count("م"), count("مح"), count("محمد")] == [Count(2, True)] * 3
    assert [r.id for r in find_and_count(db, BookQuery("مح"))[0].rows] == [both, other]  # the name's start first
    assert count("مح", archived=True) == Count(1, True)
    assert count("055") == Count(2, True)  # renamed and both: phones that start so
    assert count("4567") == Count(2, True)  # renamed and other end so; not both's "x7654…" e-mail
    assert count("سعد العتيبي") == Count(1, True)


def test_an_existing_book_on_a_server_gets_its_customers_words_when_it_is_upgraded(db: Database) -> None:
    """Migration 0015 fills customer_tokens from customer_words, in SQL: the rows the program writes.
    After bulk work the table is vacuumed, so that a search reads it from its index alone."""
    if db.is_sqlite:
        pytest.skip("customer_tokens is a server's only")
    drafts = [CustomerDraft(f"عبد الله {i}", phones=(f"05500000{i:02d}",), email=f"a{i}@x.com", area="جدة") for i in range(30)]
    add_customers(db, drafts)
    written = _tokens(db)

    def vacuumed() -> int:
        with db.reading() as connection:
            counted = connection.exec_driver_sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'customer_tokens'")
            return int(counted.scalar_one())

    before = vacuumed()
    db.settle_file()  # after bulk work (the demo's): vacuumed, for index-only scans
    assert vacuumed() == before + 1
    with db.engine.begin() as connection:
        command.downgrade(_config(connection), "0014")
        assert "customer_tokens" not in inspect(connection).get_table_names()
    with db.engine.begin() as connection:
        command.upgrade(_config(connection), "head")
    assert _tokens(db) == written and len(written) > 30 * 5


def test_a_reading_session_cannot_write(db: Database) -> None:
    with pytest.raises(Exception), db.reading() as connection:
        connection.exec_driver_sql("DELETE FROM settings")


def test_two_writers_at_once_take_turns_and_number_without_gaps(db: Database) -> None:
    save_profile(db, BusinessProfile(name_ar="دكان", vat_number="310122393500003"))
    customers = [add_customer(db, CustomerDraft(f"زبون {i}")) for i in range(2)]
    start = threading.Barrier(2)
    problems: list[BaseException] = []

    def issue(customer: int) -> None:
        try:
            start.wait()
            for _ in range(15):
                issue_invoice(db, InvoiceDraft(customer, [LineDraft("x", Decimal(1), Decimal(10))]))
        except BaseException as e:  # noqa: BLE001 - reported below
            problems.append(e)

    threads = [threading.Thread(target=issue, args=(c,)) for c in customers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert problems == []
    with db.reading() as connection:
        numbers = [r[0] for r in connection.exec_driver_sql("SELECT sequence FROM invoices ORDER BY sequence")]
    assert numbers == list(range(1, 31))


def test_a_book_on_a_server_is_backed_up_into_a_file_that_is_a_whole_book(db: Database, tmp_path: Path) -> None:
    if db.is_sqlite:
        pytest.skip("a SQLite file's backups: tests/test_backups.py")
    customer = add_customer(db, CustomerDraft("نورة السبيعي", phones=("0551234567",), tags=("VIP",)))
    save_profile(db, BusinessProfile(name_ar="دكان الحي", vat_number="300000000000003"))
    issue_invoice(db, InvoiceDraft(customer, [LineDraft("خدمة", Decimal(1), Decimal(100))]))
    folder = tmp_path / "backups"
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)

    made = back_up(db, BackupKind.MANUAL, folder=folder, now=monday)
    database = str(db.engine.url.database)
    assert made.path.parent == folder and made.path.name.startswith(f"{database}-on-")
    assert made.path.name.endswith("-20261130-060000Z-manual.sqlite3") and made.size == made.path.stat().st_size
    assert [p.name for p in folder.iterdir()] == [made.path.name]  # no ".partial" left, no -wal beside it
    assert book_revision(made.path) == HEAD_REVISION
    copy = open_database(made.path)  # a whole book, opened as it is
    try:
        assert book_counts(copy) == book_counts(db)
        assert check_book(copy, full=True).ok
        assert search_customers(copy, "نوره") == [customer] == search_customers(copy, "4567")
    finally:
        copy.close()
    assert list_backups(folder, backup_name(db)) == [made]

    # The full check counts what the book holds and says that the server checks its own files.
    result = check_book(db)
    assert result.ok and result.counts is not None and not result.file_checked


def test_an_import_into_a_book_on_a_server_backs_it_up_first(db: Database, tmp_path: Path) -> None:
    if db.is_sqlite:
        pytest.skip("a SQLite file's backups: tests/test_backups.py")
    from retention_desktop.import_files import read_file
    from retention_desktop.importing import Duplicates, guess_mapping, import_customers, preview_import

    add_customer(db, CustomerDraft("Before The Import", phones=("0551234567",)))
    folder = tmp_path / "backups"
    choose_server_backup_folder(db, str(folder))
    (tmp_path / "new.csv").write_text("الاسم,الجوال\r\nعلي,0552345678\r\nسارة,0553456789\r\n", encoding="utf-8")
    source = read_file(tmp_path / "new.csv")
    preview = preview_import(db, source, guess_mapping(source))
    assert import_customers(db, preview, duplicates=Duplicates.MERGE).added == 2
    [kept] = list_backups(folder, backup_name(db))
    assert kept.kind is BackupKind.BEFORE_IMPORT
    before = open_database(kept.path)
    try:  # the book as it was before the import
        assert book_counts(before).customers == 1 and book_counts(db).customers == 3
    finally:
        before.close()


def test_a_book_on_a_server_gets_its_daily_backup_at_start_once_a_day(db: Database, tmp_path: Path) -> None:
    if db.is_sqlite:
        pytest.skip("a SQLite file's backups: tests/test_backups.py")
    add_customer(db, CustomerDraft("Ahmed", phones=("0551234567",)))
    folder = tmp_path / "backups"
    # Each PC keeps its own folder for a server's book; the book's setting (a folder of the PC that
    # chose it) is not the one used.
    save_settings(db, [(BACKUP_FOLDER, str(tmp_path / "another PC's USB drive"))])
    assert chosen_backup_folder(db) == ""
    choose_server_backup_folder(db, str(folder))
    assert chosen_backup_folder(db) == str(folder)
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
    started = safety_at_start(db, now=monday)
    assert started.backup is not None and started.backup.kind is BackupKind.DAILY and not started.damaged
    assert started.backup.path.parent == folder
    assert back_up_if_due(db, now=monday + timedelta(hours=3)) is None  # one a day
    assert latest_backup_date(db) == started.backup.made_at
    tuesday = back_up_if_due(db, now=monday + timedelta(days=1))
    assert tuesday is not None and len(list_backups(folder, backup_name(db))) == 2
    # A folder that cannot be made (a USB drive not plugged in) is said, not raised.
    choose_server_backup_folder(db, str(tmp_path / "unplugged" / "backups"))
    missing = safety_at_start(db, now=monday + timedelta(days=2))
    assert missing.backup is None and "backups" in missing.backup_problem

"""Upgrades are all or nothing: killed at any moment, a book opens at its old revision or at the
new one, whole; a failed upgrade says why and where the untouched copy is, and that copy survives
every retry."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from retention_desktop.customers import count_customers, search_customers
from retention_desktop.backups import update_backups
from retention_desktop.db import HEAD_REVISION, open_database
from retention_desktop.errors import BrokenLinks, ProgramDamaged, UpgradeFailed
from retention_desktop.models import Base

from tests.old_books import alembic_config, broken_0001_book, make_file_at, make_large_0001_book, query, raw

ROOT = Path(__file__).resolve().parent.parent
OLD_BOOK_CUSTOMERS = 10_000

# A child that opens (and so upgrades) a book; it says "go" just before, "done" after.
_OPEN_IN_CHILD = (
    "import sys\n"
    "from retention_desktop.db import open_database\n"
    "print('go', flush=True)\n"
    "open_database(sys.argv[1]).close()\n"
    "print('done', flush=True)\n"
)


def _start_child(path: Path) -> tuple[subprocess.Popen[str], float]:
    child = subprocess.Popen(
        [sys.executable, "-c", _OPEN_IN_CHILD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"
    return child, time.perf_counter()


def _time_an_upgrade(path: Path) -> float:
    child, started = _start_child(path)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "done"
    elapsed = time.perf_counter() - started
    child.communicate()
    assert child.returncode == 0
    return elapsed


def _kill_after(path: Path, delay: float) -> bool:
    """Open the book in a child and kill it with SIGKILL after `delay` seconds; True if it was
    still running then."""
    child, started = _start_child(path)
    time.sleep(max(0.0, delay - (time.perf_counter() - started)))
    running = child.poll() is None
    child.send_signal(signal.SIGKILL)
    child.communicate()
    return running


def _copy_book(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(target.parent / "backups", ignore_errors=True)
    shutil.copy(source, target)


def _tables(path: Path) -> set[str]:
    return {str(r[0]) for r in query(path, "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}


def _counts(path: Path) -> tuple[int, int, int]:
    (customers,), = query(path, "SELECT count(*) FROM customers")
    (phones,), = query(path, "SELECT count(*) FROM customer_phones")
    (tags,), = query(path, "SELECT count(*) FROM customer_tags")
    return int(customers), int(phones), int(tags)  # type: ignore[call-overload]


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


def _revision(path: Path) -> str:
    (revision,), = query(path, "SELECT version_num FROM alembic_version")
    return str(revision)


@pytest.fixture(scope="module")
def old_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("old") / "book.sqlite3"
    make_large_0001_book(path, OLD_BOOK_CUSTOMERS)
    return path


def test_an_upgrade_killed_at_any_moment_leaves_the_old_book_or_the_new_one_whole(old_book: Path, tmp_path: Path) -> None:
    old_tables = _tables(old_book)
    counts = _counts(old_book)
    book = tmp_path / "book.sqlite3"
    _copy_book(old_book, book)
    duration = _time_an_upgrade(book)
    assert _revision(book) == HEAD_REVISION

    moments = 12
    outcomes = []
    for i in range(moments):
        _copy_book(old_book, book)
        killed_while_running = _kill_after(book, duration * (i + 0.5) / moments)
        assert _integrity(book) == "ok"
        revision = _revision(book)
        assert revision in ("0001", HEAD_REVISION)
        assert _counts(book) == counts, f"rows lost after a kill at moment {i}"
        if revision == "0001":
            assert _tables(book) == old_tables, f"a half-made upgrade is left after a kill at moment {i}"
        else:
            (indexed,), = query(book, "SELECT count(*) FROM customer_search")
            assert indexed == counts[0]
        for copy in update_backups(book):  # a backup is whole, or not there at all (a ".partial" at most)
            assert _integrity(copy.path) == "ok" and _revision(copy.path) == "0001" and _counts(copy.path) == counts
        outcomes.append((killed_while_running, revision))

        if i % 3 == 0:  # and the next start finishes the upgrade
            database = open_database(book)
            try:
                assert count_customers(database) == counts[0]
                assert search_customers(database, "+966500000007") == [7]
            finally:
                database.close()
    # The kills did land inside the upgrade (not all before it began or after it ended).
    assert sum(1 for running, revision in outcomes if running and revision == "0001") >= moments // 2


def test_the_first_start_killed_at_any_moment_leaves_a_book_that_opens(tmp_path: Path) -> None:
    book = tmp_path / "new.sqlite3"
    duration = _time_an_upgrade(book)
    moments = 13
    for i in range(moments):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        _kill_after(book, duration * (i + 0.5) / moments)
        if book.exists() and book.stat().st_size:
            assert _integrity(book) == "ok"
            names = _tables(book)
            assert not names or "alembic_version" in names and _revision(book) == HEAD_REVISION
        database = open_database(book)
        try:
            assert count_customers(database) == 0
        finally:
            database.close()
        assert _revision(book) == HEAD_REVISION


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return list(con.iterdump())


def test_a_failed_upgrade_leaves_the_book_as_it_was_and_says_where_the_copy_is(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    broken_0001_book(book)
    before = _dump(book)
    with pytest.raises(UpgradeFailed) as caught:
        open_database(book)
    assert isinstance(caught.value.reason, BrokenLinks)
    message = str(caught.value)
    (copy,) = update_backups(book)
    assert "left exactly as it was" in message
    assert str(copy.path) in message
    assert _dump(book) == before
    assert _revision(book) == "0001"
    assert _dump(copy.path) == before


def test_the_first_copy_survives_any_number_of_retries(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    broken_0001_book(book)
    pristine = _dump(book)
    for _ in range(3):
        with pytest.raises(UpgradeFailed):
            open_database(book)
    (copy,) = update_backups(book)
    backup = copy.path
    first = backup.read_bytes(), backup.stat().st_mtime_ns
    with pytest.raises(UpgradeFailed):
        open_database(book)
    assert (backup.read_bytes(), backup.stat().st_mtime_ns) == first

    raw(book, "DELETE FROM customer_phones WHERE customer_id = 99")  # the owner's helper mends the link
    open_database(book).close()
    assert _revision(book) == HEAD_REVISION
    assert _dump(backup) == pristine  # still the book as it was before any attempt
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [backup.name]


def test_a_copy_of_another_revision_is_kept_and_the_new_one_goes_beside_it(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    make_file_at(book, "0002")
    # A copy from an earlier update, of the book at another revision (restored from an older backup since).
    earlier = tmp_path / "backups" / f"book-20200101-000000Z-before-update-{HEAD_REVISION}.sqlite3"
    earlier.parent.mkdir()
    make_file_at(earlier, "0001")
    kept = earlier.read_bytes()
    open_database(book).close()
    assert earlier.read_bytes() == kept
    newest, older = update_backups(book)
    assert older.path == earlier and _revision(newest.path) == "0002"


def test_migrations_import_nothing_of_the_program() -> None:
    for script in sorted((ROOT / "retention_desktop" / "migrations").rglob("*.py")):
        source = script.read_text(encoding="utf-8")
        assert "retention_desktop" not in source.replace('"""', ""), f"{script.name} imports the program's live code"


def test_every_revision_goes_down_and_up_again(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    open_database(book).close()
    config = alembic_config()
    from tests.old_books import sqlite_engine

    from retention_desktop.db import KNOWN_REVISIONS, _driver_pragma

    def run(step: object, target: str) -> None:
        with sqlite_engine(book) as engine, engine.connect() as connection:
            _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                step(config, target)  # type: ignore[operator]

    for target in [*reversed(KNOWN_REVISIONS[:-1]), "base"]:
        run(command.downgrade, target)
        names = _tables(book)
        assert ("customers" in names) == (target != "base")
    run(command.upgrade, "head")  # and up again, the whole way
    open_database(book).close()
    assert _revision(book) == HEAD_REVISION


def test_the_migrations_make_the_schema_the_program_declares(tmp_path: Path) -> None:
    database = open_database(tmp_path / "book.sqlite3")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_object": lambda obj, name, kind, reflected, other: not (
                        kind == "table" and name is not None and name.startswith(("customer_search", "customer_words", "customer_grams"))
                    ),
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


@pytest.mark.parametrize("left_out", ["migrations", "versions"])
def test_a_program_without_its_migrations_says_so_instead_of_a_traceback(tmp_path: Path, left_out: str) -> None:
    """A packaging mistake (the migrations, or their revisions, left out) must not end in Alembic's
    raw error, nor in an empty book that seems to open."""
    installed = tmp_path / "installed"
    shutil.copytree(ROOT / "retention_desktop", installed / "retention_desktop", ignore=shutil.ignore_patterns(left_out, "__pycache__"))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from retention_desktop.db import open_database\n"
            "from retention_desktop.errors import UserError\n"
            "try:\n"
            "    open_database(sys.argv[1])\n"
            "except UserError as e:\n"
            "    print(type(e).__name__, e)\n",
            str(tmp_path / "book.sqlite3"),
        ],
        cwd=installed,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.startswith(ProgramDamaged.__name__), result.stderr
    assert "install" in result.stdout


def test_the_upgrade_to_0011_rebuilds_each_customers_purchase_figures(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone
    from decimal import Decimal

    from retention_desktop.customers import CustomerDraft, add_customer
    from retention_desktop.profile import BusinessProfile, save_profile
    from retention_desktop.purchase_figures import purchase_figures
    from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoices
    from tests.old_books import sqlite_engine

    from retention_desktop.db import _driver_pragma

    book = tmp_path / "book.sqlite3"
    database = open_database(book)
    try:
        save_profile(database, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
        customers = [add_customer(database, CustomerDraft(name)) for name in ("سارة", "خالد", "منى")]
        start = datetime(2025, 1, 1, 9, tzinfo=timezone.utc)
        sales = [(0, 0), (0, 40), (0, 40), (0, 100), (1, 10), (0, 20)]  # (customer, day), one backdated
        issued = issue_invoices(
            database,
            [InvoiceDraft(customers[c], [LineDraft("خدمة", Decimal(1), Decimal("99.99"))]) for c, _ in sales],
            at=[start + timedelta(days=d) for _, d in sales],
        )
        issue_credit_note(database, issued[1].id, {issued[1].line_ids[0]: Decimal(1)}, reason="مرتجع")
        expected = {c: purchase_figures(database, c) for c in customers}
    finally:
        database.close()
    assert expected[customers[0]].purchase_days == 4 and expected[customers[2]].purchase_count == 0

    with sqlite_engine(book) as engine, engine.connect() as connection:
        _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
    assert _revision(book) == "0010"
    database = open_database(book)  # upgraded again: the figures rebuilt from the invoices
    try:
        assert {c: purchase_figures(database, c) for c in customers} == expected
    finally:
        database.close()

"""What a shop owner meets at the command line when things go wrong: a read-only or locked book, a
full disk, a bad day, a bad output file, hostile names in an old book. A message each time, never a
traceback, and the book as it was."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.backups import update_backups
from retention_desktop.db import BUSY_TIMEOUT_MS, HEAD_REVISION, open_database
from retention_desktop.followups import schedule_follow_up
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

from tests.old_books import broken_0001_book, make_file_at, query

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        **extra,
    }


def run_main(tmp_path: Path, *args: str, prefix: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, str(MAIN), *args],
        cwd=tmp_path,
        env=environment(tmp_path, **env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def bound_by_permissions() -> tuple[str, ...]:
    """A command prefix under which file permissions bind: as root, the capabilities that bypass
    them are dropped (setpriv, from util-linux); otherwise nothing is needed."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to bind")
    dropped = "-dac_override,-dac_read_search,-fowner"
    return (setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}")


def assert_told(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "Error" not in done.stderr.split(":")[0], done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        today = shop_today(db)
        customer = add_customer(db, CustomerDraft(full_name="سارة أحمد", phones=("055 123 4567",)))
        schedule_follow_up(db, customer, due_on=today, today=today, reason="Confirm the booking")
        save_profile(db, BusinessProfile(name_ar="مؤسسة النور للتجارة", name_en="Al Noor Trading"))
        issue_invoice(db, InvoiceDraft(customer, [LineDraft("قص شعر", Decimal(1), Decimal("100.00"))]), at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    finally:
        db.close()
    return path


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as con:
        return list(con.iterdump())


# --- days --------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-20", "0001-01-01", "10000-01-01"])
def test_a_day_off_the_calendar_is_explained(tmp_path: Path, book: Path, day: str) -> None:
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "due", "--date", day)
    assert done.returncode == 2
    assert_told(done, "YYYY-MM-DD", "2999-12-31")
    assert done.stdout == ""


# --- output files --------------------------------------------------------------------------------


def test_an_output_that_is_not_an_ordinary_file_is_left_alone(tmp_path: Path, book: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    device = tmp_path / "device.pdf"
    device.symlink_to(os.devnull)
    for target in (fifo, device):
        done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000001", "--out", str(target))
        assert_told(done, "is not an ordinary file")
    assert fifo.is_fifo() and device.is_symlink() and os.readlink(device) == os.devnull
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_a_pdf_that_cannot_be_replaced_says_to_close_it(tmp_path: Path, book: Path) -> None:
    """As a viewer on Windows holds an open PDF: here a file in a sticky folder that belongs to
    someone else, which the program may not replace."""
    if os.geteuid() != 0:
        pytest.skip("needs a file owned by another user, which only root can make")
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    os.chown(shared, 65534, 65534)
    target = shared / "INV-000001.pdf"
    target.write_bytes(b"%PDF-1.4 the copy the viewer shows")
    os.chown(target, 65534, 65534)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000001", "--out", str(target), prefix=bound_by_permissions())
    assert_told(done, "may be open in another program", "Close it")
    assert target.read_bytes() == b"%PDF-1.4 the copy the viewer shows"
    assert [p.name for p in shared.iterdir()] == ["INV-000001.pdf"]


# --- the demo's count ------------------------------------------------------------------------------


@pytest.mark.parametrize("count", ["-5", "0"])
def test_a_refused_demo_leaves_no_new_book(tmp_path: Path, count: str) -> None:
    path = tmp_path / "new.sqlite3"
    done = run_main(tmp_path, "--db", str(path), "--lang", "en", "demo", "--customers", count)
    assert_told(done, "must be between 1 and")
    assert not path.exists()


# --- read-only books ---------------------------------------------------------------------------


@pytest.fixture
def read_only_file(tmp_path: Path, book: Path) -> Iterator[Path]:
    os.chmod(book, 0o444)
    yield book
    os.chmod(book, 0o644)


@pytest.fixture
def read_only_folder(tmp_path: Path, book: Path) -> Iterator[Path]:
    os.chmod(book.parent, 0o555)
    yield book
    os.chmod(book.parent, 0o755)


@pytest.mark.parametrize("place", ["read_only_file", "read_only_folder"])
@pytest.mark.parametrize("command", [["due"], ["demo", "--customers", "5"]])
def test_a_read_only_book_is_said_to_be_read_only(
    request: pytest.FixtureRequest, tmp_path: Path, place: str, command: list[str]
) -> None:
    path: Path = request.getfixturevalue(place)
    before = dump(path)
    state = tmp_path / "state-rw"
    state.mkdir()
    done = run_main(tmp_path, "--db", str(path), "--lang", "en", *command, prefix=bound_by_permissions(), XDG_STATE_HOME=str(state))
    assert_told(done, "is read-only")
    assert "not a Retention Desktop database" not in done.stderr
    assert dump(path) == before


def test_the_read_only_message_is_in_arabic_for_an_arabic_user(tmp_path: Path, read_only_file: Path) -> None:
    state = tmp_path / "state-rw"
    state.mkdir()
    done = run_main(tmp_path, "--db", str(read_only_file), "--lang", "ar", "due", prefix=bound_by_permissions(), XDG_STATE_HOME=str(state))
    assert_told(done, "للقراءة فقط", str(read_only_file))


# --- a full disk ---------------------------------------------------------------------------------

# A child whose files cannot grow past a limit, as on a disk that is full: SQLite's writes fail
# past it (SIGXFSZ ignored, so that the write reports the error instead of killing the process).
_FULL_DISK = (
    "import resource, runpy, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "limit = int(sys.argv.pop(1))\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))\n"
    "sys.argv[0] = sys.argv[1]; del sys.argv[1]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)


def run_on_a_full_disk(tmp_path: Path, limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(limit), str(MAIN), *args],
        cwd=tmp_path,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_a_new_book_on_a_full_disk_says_so_and_opens_later(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    done = run_on_a_full_disk(tmp_path, 40_000, "--db", str(path), "--lang", "en", "demo", "--customers", "3")
    assert_told(done, "could not be written", "full")
    if path.exists() and path.stat().st_size:  # the half-made schema is not left behind
        assert query(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == []
    open_database(path).close()


def test_an_upgrade_on_a_full_disk_leaves_the_old_book_and_its_copy(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    make_file_at(path, "0001")
    before = dump(path)
    limit = path.stat().st_size + 8192  # room for the copy, not for the upgrade
    done = run_on_a_full_disk(tmp_path, limit, "--db", str(path), "--lang", "en", "due")
    (copy,) = update_backups(path)
    assert_told(done, "could not be updated", "could not be written", str(copy.path))
    assert dump(path) == before
    assert dump(copy.path) == before
    open_database(path).close()  # with room again, the upgrade goes through
    assert query(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_a_failed_upgrade_is_told_in_arabic_with_where_the_copy_is(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    broken_0001_book(path)
    before = dump(path)
    done = run_main(tmp_path, "--db", str(path), "--lang", "ar", "due")
    assert_told(done, "تعذر تحديث قاعدة البيانات", "تُركت كما كانت تمامًا", str(update_backups(path)[0].path))
    assert dump(path) == before


# --- a book another copy of the program is saving in ---------------------------------------------

_HOLD_THE_LOCK = (
    "import sqlite3, sys, time\n"
    "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "con.execute('BEGIN IMMEDIATE')\n"
    "print('held', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
    "con.execute('ROLLBACK')\n"
)


def test_a_book_busy_for_longer_than_the_wait_says_another_window_is_saving(tmp_path: Path) -> None:
    book = tmp_path / "empty.sqlite3"
    open_database(book).close()
    before = dump(book)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_LOCK, str(book), str(BUSY_TIMEOUT_MS / 1000 + 15)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        done = run_main(tmp_path, "--db", str(book), "--lang", "en", "demo", "--customers", "3")
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.communicate()
    assert_told(done, "Another window or another PC is saving")
    assert waited >= BUSY_TIMEOUT_MS / 1000
    assert dump(book) == before


# --- hostile names in a book written before they were refused -----------------------------------


def test_due_prints_hostile_names_harmlessly(tmp_path: Path, book: Path) -> None:
    evil = "Evil\x1b]0;pwned\x07\x1b[2J\u202egnp.exe\x9b31m"
    with closing(sqlite3.connect(book)) as con:  # as an older version let it in
        con.execute("UPDATE customers SET full_name = ?", (evil,))
        con.execute("UPDATE follow_ups SET reason = ?", ("call\x00back\x1b[31m",))
        con.commit()
    text = run_main(tmp_path, "--db", str(book), "--lang", "en", "due")
    assert text.returncode == 0, text.stderr
    for unsafe in ("\x1b", "\x07", "\x9b", "\u202e", "\x00"):
        assert unsafe not in text.stdout
    assert "Evil" in text.stdout and "call" in text.stdout

    as_json = run_main(tmp_path, "--db", str(book), "--lang", "en", "due", "--json")
    assert as_json.returncode == 0, as_json.stderr
    for unsafe in ("\x1b", "\x07", "\x9b", "\u202e", "\x00"):
        assert unsafe not in as_json.stdout
    (item,) = json.loads(as_json.stdout)
    assert item["customer"] == evil  # the data itself, escaped, not changed
    assert item["reason"] == "call\x00back\x1b[31m"


# --- output and logging --------------------------------------------------------------------------


def test_output_to_a_file_is_utf8_whatever_the_code_page(tmp_path: Path, book: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "--db", str(book), "--lang", "ar", "due"],
        cwd=tmp_path,
        env=environment(tmp_path, PYTHONIOENCODING="cp1252"),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "سارة أحمد" in done.stdout.decode("utf-8")


def test_errors_are_utf8_whatever_the_code_page(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "--db", str(tmp_path / "none.sqlite3"), "--lang", "ar", "due"],
        cwd=tmp_path,
        env=environment(tmp_path, PYTHONIOENCODING="cp1252"),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "قاعدة بيانات" in done.stderr.decode("utf-8"), done.stderr


def _log_folder(tmp_path: Path) -> Path:
    return tmp_path / "state" / "RetentionDesktop" / "log"


def test_a_big_log_is_put_aside_at_start(tmp_path: Path, book: Path) -> None:
    folder = _log_folder(tmp_path)
    folder.mkdir(parents=True)
    log = folder / "retention-desktop.log"
    log.write_text("old line\n" * 300_000)
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "due")
    assert done.returncode == 0, done.stderr
    assert (folder / "retention-desktop.log.1").read_text().startswith("old line")


def test_a_log_that_cannot_be_rotated_is_kept_and_nothing_is_said(tmp_path: Path, book: Path) -> None:
    """On Windows the log cannot be renamed while another copy of the program writes to it; here
    the rename is refused by a log folder that takes no new names (the file itself can still grow)."""
    folder = _log_folder(tmp_path)
    folder.mkdir(parents=True)
    log = folder / "retention-desktop.log"
    log.write_text("old line\n" * 300_000)
    os.chmod(log, 0o666)
    os.chmod(folder, 0o555)
    try:
        done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000999", prefix=bound_by_permissions())
    finally:
        os.chmod(folder, 0o755)
    assert done.returncode == 2 and "INV-000999" in done.stderr
    assert "Logging error" not in done.stderr and "Traceback" not in done.stderr
    assert log.read_text().startswith("old line") and not (folder / "retention-desktop.log.1").exists()


def test_an_unexpected_problem_is_logged_and_told_politely(tmp_path: Path, book: Path) -> None:
    with closing(sqlite3.connect(book)) as con:  # a value no version of the program writes
        con.execute("PRAGMA ignore_check_constraints = ON")
        con.execute("UPDATE follow_ups SET kind = 'teleport'")
        con.commit()
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "due")
    assert done.returncode == 1
    assert_told(done, "unexpected problem", "retention-desktop.log")
    logged = (_log_folder(tmp_path) / "retention-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "teleport" in logged


def test_reprinting_leaves_the_book_unchanged(tmp_path: Path, book: Path) -> None:
    before = book.read_bytes()
    for _ in range(2):
        done = run_main(tmp_path, "--db", str(book), "--lang", "en", "invoice", "INV-000001", "--out", str(tmp_path / "a.pdf"))
        assert done.returncode == 0, done.stderr
    assert book.read_bytes() == before
    done = run_main(tmp_path, "--db", str(book), "--lang", "en", "due", "--date", (datetime.now(UTC).date() + timedelta(days=400)).isoformat())
    assert done.returncode == 0
    assert book.read_bytes() == before

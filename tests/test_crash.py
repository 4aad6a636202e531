"""Nothing lost: a process killed (SIGKILL) in the middle of large writes leaves a whole book with
every committed record, and no half of any transaction; two copies of the program saving in the
same book at once both get their work saved."""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import warnings
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from retention_desktop.customers import CustomerDraft, PreparedCustomer, add_customers, add_prepared_customers, prepare_customers
from retention_desktop.db import open_database
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoices

ROOT = Path(__file__).resolve().parent.parent

KILLS = 30
IMPORT_SIZE = 20_000  # customers in one transaction, as an import of a shop's spreadsheet makes
SMALL_IMPORT = 500
INVOICES = 2000  # invoices in one transaction, as a week of sales issued at once: long enough (0.3 s at the least, on a quiet machine) that a kill soon after the start falls inside it
TEMPLATE_CUSTOMERS = 100
KILL_WITHIN = 1.0  # seconds after the writer is ready (a 20,000-customer import takes longer on any machine)
NEW_BOOK_EVERY = 3  # kills on the same book before it starts again from the template (keeps checks quick)

# What the writer does, round after round; each step is one transaction, printed once committed.
PLAN = [("customers", IMPORT_SIZE), ("invoices", INVOICES), ("customers", SMALL_IMPORT), ("invoices", INVOICES)]


@dataclass
class Expected:
    """What the book must hold: whole transactions only, every committed one."""

    customers: int = TEMPLATE_CUSTOMERS
    invoices: int = 0
    committed: list[tuple[str, int, int]] = field(default_factory=list)  # (what, first id or sequence, last)


def _template(folder: Path) -> Path:
    path = folder / "template.sqlite3"
    db = open_database(path)
    try:
        save_profile(db, BusinessProfile(name_ar="دكان الاختبار"))
        add_customers(db, [CustomerDraft(f"زبون {i}", phones=(f"055{i:07d}",)) for i in range(TEMPLATE_CUSTOMERS)])
    finally:
        db.close()
    return path


def _prepared() -> list[PreparedCustomer]:
    """An import's customers, checked once (the half of add_customers without the database)."""
    drafts = [CustomerDraft(f"عميل مستورد {i}", notes="import", tags=("مستورد",)) for i in range(IMPORT_SIZE)]
    return prepare_customers(drafts, default_country="SA", today=date(2026, 11, 30))


def _write_until_killed(book: str, prepared: list[PreparedCustomer], first: int, out: int) -> None:
    """The child: open the book and write PLAN over and over through the core, from its step
    `first`, telling the parent each transaction once it is committed."""
    db = open_database(book)
    os.write(out, b"ready\n")
    step = first
    while True:
        what, size = PLAN[step % len(PLAN)]
        if what == "customers":
            with db.writing() as session:
                ids = add_prepared_customers(session, prepared[:size])
            os.write(out, f"customers {ids[0]} {ids[-1]}\n".encode())
        else:
            drafts = [
                InvoiceDraft(1 + (step * size + i) % TEMPLATE_CUSTOMERS, [LineDraft("خدمة", Decimal(2), Decimal("12.50"))])
                for i in range(size)
            ]
            issued = issue_invoices(db, drafts)
            os.write(out, f"invoices {issued[0].number} {issued[-1].number}\n".encode())
        step += 1


def _run_and_kill(book: Path, prepared: list[PreparedCustomer], first: int, delay: float) -> list[str]:
    """Fork a writer (a real process, which already has the core loaded: a fresh interpreter would
    take a second to start each time), kill it with SIGKILL `delay` seconds after it is ready,
    and return the lines it printed."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12 warns about fork in a process with threads (a pytest-xdist worker has some);
        # the child touches none of their locks: it opens its own book and writes until killed.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            _write_until_killed(str(book), prepared, first, write_end)
        except BaseException as error:  # noqa: BLE001 - told to the parent, which fails the test
            os.write(write_end, f"error {error!r}\n".encode())
        os._exit(1)
    os.close(write_end)
    output = b""
    try:
        output += _read_line(read_end, timeout=30)
        assert output == b"ready\n", output
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([read_end], [], [], left)
            if ready:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    break
                output += chunk
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        output += chunk
    os.close(read_end)
    lines = output.decode().split("\n")
    complete = lines[:-1]  # the last one, unfinished, was cut by the kill
    assert not any(line.startswith("error") for line in complete), complete
    return complete[1:]


def _read_line(handle: int, timeout: float) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([handle], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, "the writer did not start"
        chunk = os.read(handle, 1)
        assert chunk, "the writer ended before it was ready"
        data += chunk
    return data


def _sequence(number: str) -> int:
    return int(number.removeprefix("INV-"))


def _check_whole(book: Path, lines: list[str], expected: Expected, first: int) -> int:
    """The book after a kill of a writer that started at step `first` of PLAN: whole, every
    committed transaction in it, no part of another. Returns how many steps the writer committed
    (one more than it printed when the kill fell between a commit and its line)."""
    with closing(sqlite3.connect(book)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        for line in lines:
            what, low, high = line.split()
            if what == "customers":
                start, end = int(low), int(high)
                assert (end - start + 1) in (IMPORT_SIZE, SMALL_IMPORT)
                expected.customers += end - start + 1
            else:
                start, end = _sequence(low), _sequence(high)
                assert end - start + 1 == INVOICES
                expected.invoices += INVOICES
            expected.committed.append((what, start, end))
        steps = len(lines)
        customers = con.execute("SELECT count(*), max(id) FROM customers").fetchone()
        invoices = con.execute("SELECT count(*), coalesce(max(sequence), 0) FROM invoices").fetchone()
        # a transaction committed just before the kill, before its line was written, is there whole
        what, size = PLAN[(first + steps) % len(PLAN)]
        if customers[0] != expected.customers:
            assert what == "customers" and customers[0] == expected.customers + size, (customers, expected)
            expected.customers += size
            steps += 1
        elif invoices[0] != expected.invoices:
            assert what == "invoices" and invoices[0] == expected.invoices + size, (invoices, expected)
            expected.invoices += size
            steps += 1
        assert customers == (expected.customers, expected.customers)  # no id missing, none half there
        assert con.execute("SELECT count(*) FROM customer_search").fetchone() == (expected.customers,)
        tagged = con.execute("SELECT count(*) FROM customer_tags").fetchone()[0]
        assert tagged == expected.customers - TEMPLATE_CUSTOMERS  # each imported customer with its tag
        assert invoices == (expected.invoices, expected.invoices)  # gapless, one to the last
        assert con.execute("SELECT coalesce(max(last_sequence), 0) FROM document_counters").fetchone() == (expected.invoices,)
        assert con.execute(
            "SELECT count(*) FROM invoices WHERE id NOT IN (SELECT invoice_id FROM invoice_lines)"
        ).fetchone() == (0,)
        for what, start, end in expected.committed:
            if what == "customers":
                assert con.execute("SELECT count(*) FROM customers WHERE id BETWEEN ? AND ?", (start, end)).fetchone() == (end - start + 1,)
            else:
                assert con.execute(
                    "SELECT count(*) FROM invoices WHERE sequence BETWEEN ? AND ? AND total = '28.75'", (start, end)
                ).fetchone() == (end - start + 1,)
    return steps


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")
def test_a_process_killed_in_the_middle_of_large_writes_loses_nothing_committed(tmp_path: Path) -> None:
    started = time.monotonic()
    template = _template(tmp_path)
    prepared = _prepared()
    book = tmp_path / "book.sqlite3"
    randomness = random.Random(20261130)
    expected = Expected()
    interrupted = {"customers": 0, "invoices": 0}
    for kill in range(KILLS):
        if kill % NEW_BOOK_EVERY == 0:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{book}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, book)
            expected = Expected()
        first = kill % len(PLAN)  # each writer starts at another step: kills land in each kind of write
        # a writer that starts with invoices is killed soon, mostly while it issues them
        within = KILL_WITHIN if PLAN[first][0] == "customers" else 0.25
        lines = _run_and_kill(book, prepared, first, randomness.uniform(0.0, within))
        steps = _check_whole(book, lines, expected, first)
        interrupted[PLAN[(first + steps) % len(PLAN)][0]] += 1  # what the writer was doing when killed
    # the kills fell in the middle of imports and of invoicing alike
    assert interrupted["customers"] >= KILLS // 6 and interrupted["invoices"] >= KILLS // 6, interrupted
    print(f"{KILLS} kills in {time.monotonic() - started:.1f} s; interrupted: {interrupted}")


# --- two copies of the program on one book ------------------------------------------------------------

_ADD_ONE_BY_ONE = (
    "import sys\n"
    "from retention_desktop.db import open_database\n"
    "from retention_desktop.customers import CustomerDraft, add_customer, add_customers\n"
    "db = open_database(sys.argv[1])\n"
    "who, count, prefix = sys.argv[2], int(sys.argv[3]), sys.argv[4]\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "for i in range(count):\n"
    "    if i == count // 2:  # an import in the middle: the other copy waits for it\n"
    "        ids = add_customers(db, [CustomerDraft(f'{who} import {j}') for j in range(5000)])\n"
    "        print('import', ids[0], ids[-1], flush=True)\n"
    "    print('added', add_customer(db, CustomerDraft(f'{who} {i}', phones=(f'{prefix}{i:06d}',))), flush=True)\n"
    "db.close()\n"
)


def test_two_copies_saving_in_one_book_at_once_both_keep_every_edit(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    open_database(book).close()
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _ADD_ONE_BY_ONE, str(book), who, str(count), prefix],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who, prefix in (("counter", "0551"), ("office", "0562"))
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start at once
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [writer.communicate(timeout=300) for writer in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0 and err == "", err  # no error escaped, no BookBusy
    with closing(sqlite3.connect(book)) as con:
        names = dict(con.execute("SELECT id, full_name FROM customers").fetchall())
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(names) == 2 * (count + 5000)
    for who, (out, _err) in zip(("counter", "office"), results):
        added = [int(line.split()[1]) for line in out.splitlines() if line.startswith("added")]
        assert [names[i] for i in added] == [f"{who} {i}" for i in range(count)]
        (first, last), = [map(int, line.split()[1:]) for line in out.splitlines() if line.startswith("import")]
        assert [names[i] for i in range(first, last + 1)] == [f"{who} import {j}" for j in range(5000)]

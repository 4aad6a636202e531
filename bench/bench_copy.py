"""`main.py copy-to`: a whole demo book copied into a new file and, when a server's empty database is
given, onto a PostgreSQL server, each timed as a whole process (wall time, CPU time, peak memory),
with how many rows it copied a second. The copy is checked too: the copy's counts are the book's."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import build_demo_book  # noqa: E402

from retention_desktop.db import open_database  # noqa: E402
from retention_desktop.integrity import book_counts  # noqa: E402
from retention_desktop.tables import metadata  # noqa: E402

GOAL = 60.0  # seconds at 100,000 customers, as the README says ("about a minute"); none is set at a million


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="the demo book to copy (made if missing; default: a new one in a temp folder)")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--server", help="an empty PostgreSQL database to copy into as well (postgresql+psycopg://…)")
    return parser.parse_args()


def copy_to(book: Path, target: str) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak memory (bytes) of `main.py copy-to` as a whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "--db", str(book), "--lang", "en", "copy-to", target],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    said = process.stderr.read().decode(errors="replace")  # read before waiting: a full pipe would block it
    _pid, status, usage = os.wait4(process.pid, 0)  # this process's own usage, not the demo planner's before it
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"copy-to {target} failed:\n{said}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def main() -> None:
    args = parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-copy-"))
    book = args.db or folder / "book.sqlite3"
    build_demo_book(book, args.customers)
    db = open_database(book)  # brought up to date now, not inside the timed copies
    try:
        counts = book_counts(db)
        with db.reading() as connection:
            rows = sum(
                int(connection.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar() or 0)
                for table in metadata.sorted_tables
            )
    finally:
        db.close()
    targets = [("into a new file", str(folder / "copy.sqlite3"))]
    if args.server:
        targets.append(("onto the server", args.server))
    print(f"main.py copy-to, a book of {counts.customers + counts.archived_customers:,} customers ({rows:,} rows):")
    for label, target in targets:
        wall, cpu, peak = copy_to(book, target)
        copy = open_database(target)
        try:
            same = book_counts(copy) == counts
        finally:
            copy.close()
        goal = f"goal ≤ {GOAL:.0f} s" if args.customers <= 100_000 else "no goal"
        verdict = "" if args.customers > 100_000 else ("ok" if wall <= GOAL else "MISSED")
        print(
            f"  {label:<16} {wall:7.1f} s  ({cpu:.1f} s of CPU here, {rows / wall:,.0f} rows/s, {peak / 2**20:,.0f} MB)"
            f"  {goal} {verdict}  {'the same counts' if same else 'COUNTS DIFFER'}"
        )


if __name__ == "__main__":
    main()

"""Measures data safety at shop scale: a backup of a 100,000-customer book, its check, the start-up check, the full check, a restore."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from figures import build_demo_book, row  # noqa: E402
from retention_desktop.backups import BackupKind, back_up, copy_book, size_text, verify_copy  # noqa: E402
from retention_desktop.restoring import restore_book  # noqa: E402
from retention_desktop.customers import count_customers  # noqa: E402
from retention_desktop.db import open_database  # noqa: E402
from retention_desktop.integrity import check_book  # noqa: E402

BACKUP_GOAL_S = 2.0
CUSTOMERS = 100_000
WIDTH = 58


def timed(runs: int, work: Callable[[], object]) -> tuple[float, list[float]]:
    """Median seconds of `runs` calls (no warm-up: the first run is what the owner meets too)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--copy-of", type=Path, metavar="BOOK", help="copy this book into a temporary folder and measure the copy (the book itself is never opened)")
    source.add_argument("--db", type=Path, help="measure this book in place (built with 100,000 demo customers if new)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each quick figure (default 5)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-backup-") as scratch:
        folder = Path(scratch)
        if args.copy_of is not None:
            book = folder / "book.sqlite3"
            shutil.copyfile(args.copy_of, book)  # never the original: opening may update it
        else:
            book = args.db or folder / "book.sqlite3"
            build_demo_book(book, CUSTOMERS)
        open_database(book).close()  # an older book is updated here (with its own backup first)
        started = time.perf_counter()
        db = open_database(book)  # as each start opens it
        opened = time.perf_counter() - started
        customers = count_customers(db)
        size = book.stat().st_size
        print(f"Book: {customers:,} customers, {size_text(size)} ({book})")
        target = folder / "backups"

        backup, backups = timed(args.runs, lambda: back_up(db, BackupKind.MANUAL, folder=target))
        copies = folder / "copies"
        copies.mkdir()
        counter = iter(range(10_000))
        copy, _ = timed(args.runs, lambda: copy_book(book, copies / f"copy-{next(counter)}.sqlite3", check=False))
        one_copy = copies / "copy-0.sqlite3"
        check_copy, _ = timed(args.runs, lambda: verify_copy(one_copy, quick=True))

        def quick_check_of_the_book() -> None:
            with closing(sqlite3.connect(f"{book.absolute().as_uri()}?mode=ro", uri=True)) as con:
                assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]

        quick, _ = timed(args.runs, quick_check_of_the_book)
        full, _ = timed(1, lambda: check_book(db, full=True))
        db.close()
        saved = sorted(target.glob("*.sqlite3"))[0]
        restore, _ = timed(1, lambda: restore_book(book, saved, folder=target))

        print()
        row("figure", "value", "goal", None, width=WIDTH)
        row("opening the book (start-up's own checks)", seconds(opened), "", None, width=WIDTH)
        row("backup: copy, quick_check of the copy, rename, rotation", seconds(backup), f"< {BACKUP_GOAL_S:.0f} s", backup < BACKUP_GOAL_S, width=WIDTH)
        row("  of which the copy (online backup API)", seconds(copy), "", None, width=WIDTH)
        row("  of which the copy's quick_check", seconds(check_copy), "", None, width=WIDTH)
        row("quick_check of the book (start-up, off the GUI thread)", seconds(quick), "", None, width=WIDTH)
        row("full check: integrity_check + foreign_key_check + counts", seconds(full), "", None, width=WIDTH)
        row("restore: check the file, back up the book, replace it", seconds(restore), "", None, width=WIDTH)
        print(f"\nbackup runs: {', '.join(f'{t:.2f}' for t in backups)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

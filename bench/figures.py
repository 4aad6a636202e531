"""What the bench scripts share: timing medians, printing figures next to goals, reusing a book."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from retention_desktop.customers import count_customers
from retention_desktop.db import open_database
from retention_desktop.demo import fill_demo_book


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def median_of(runs: int, work: Callable[[], object]) -> float:
    """Median seconds of `runs` calls, after one warm-up call (SQLite, SQLAlchemy and file caches)."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(label: str, value: str, goal: str, ok: bool | None, *, width: int) -> None:
    """One line of the figures table: the figure, its value, its goal and whether it was met."""
    verdict = "" if ok is None else ("ok" if ok else "MISSED")
    print(f"  {label:<{width}} {value:>12}   {goal:<14} {verdict}")


def reuse_book(path: Path, customers: int) -> bool:
    """True when `path` already holds a book of at least `customers` to reuse; False when it is new
    or empty. A smaller book ends the script: it would measure something else."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    db = open_database(path)
    try:
        existing = count_customers(db) + count_customers(db, archived=True)
    finally:
        db.close()
    if existing >= customers:
        print(f"Reusing {path}: {existing:,} customers.")
        return True
    if existing:
        sys.exit(f"{path} holds {existing:,} customers, fewer than {customers:,}; give a new file or a bigger book.")
    return False


def build_demo_book(path: Path, customers: int) -> float | None:
    """Fill the book with fill_demo_book; returns seconds, None when an existing book is reused."""
    if reuse_book(path, customers):
        return None
    db = open_database(path)
    try:
        print(f"Building a demo book of {customers:,} customers in {path} ...", flush=True)
        started = time.perf_counter()
        fill_demo_book(db, customers, seed=20240601)
        return time.perf_counter() - started
    finally:
        db.close()

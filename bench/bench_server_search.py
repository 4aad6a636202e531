"""The customer search on PostgreSQL next to SQLite: the speed issue's search figures on a demo book
of each (the same demo customers), with whether both find the same customers in the same order."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import median_of  # noqa: E402

from retention_desktop.customers import count_customers  # noqa: E402
from retention_desktop.db import Database, open_database  # noqa: E402
from retention_desktop.demo import fill_demo_book  # noqa: E402
from retention_desktop.search import BookQuery, count_found, find_and_count, find_customers, matching_ids  # noqa: E402

GOAL = 0.005  # seconds: the first page and the count, at 100,000 customers (bench_speed.py's GOALS)
QUERIES = {
    "a common name": "محمد",
    "one letter": "م",
    "two letters": "مح",
    "the cleared box": "",
    "two words": "محمد ال",
    "last digits of a phone": "4567",
    "a piece inside a word": "حمد",
    "nothing found": "zzq",
}
GOALED = {"a common name", "one letter", "two letters", "the cleared box"}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", required=True, help="a PostgreSQL URL (postgresql+psycopg://…); an empty database is filled")
    parser.add_argument("--file", type=Path, required=True, help="a SQLite book; a new one is filled")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=14, help="the demo's seed, the same for both books (default 14)")
    return parser.parse_args()


def ensure_book(target: str, customers: int, seed: int) -> None:
    """A demo book of `customers` made from `seed` (fill_demo_book, as `main.py demo` makes one), so
    that the two books hold the same customers; an existing one is reused."""
    db = open_database(target)
    try:
        existing = count_customers(db) + count_customers(db, archived=True)
        if existing >= customers:
            return
        if existing:
            sys.exit(f"{target} holds {existing:,} customers, fewer than {customers:,}")
        print(f"Building a demo book of {customers:,} customers in {target} ...", flush=True)
        started = time.perf_counter()
        fill_demo_book(db, customers, seed=seed)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        db.close()


def first_names(db: Database) -> list[str]:
    return [r.full_name for r in find_customers(db, BookQuery("")).rows]


def keystroke(db: Database, text: str) -> object:
    """What one keystroke asks of the core: the first page and the count."""
    return find_and_count(db, BookQuery(text))


def main() -> None:
    args = parse_args()
    for target in (args.server, str(args.file)):
        ensure_book(target, args.customers, args.seed)
    server, file = open_database(args.server), open_database(args.file)
    try:
        if not server.is_sqlite:
            # What autovacuum does soon after a big change: the planner's statistics, and the GIN
            # indexes' pending entries merged into them.
            with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        alike = first_names(server) == first_names(file)
        if not alike:
            print("The two books hold different customers (not made from one seed): their results are not compared.")
        print(f"Search at {args.customers:,} customers: the first page and the count, median of {args.runs}")
        print(f"  {'query':<26} {'PostgreSQL':>12}   {'SQLite':>12}   goal       same customers, same order")
        missed = 0
        for label, text in QUERIES.items():
            on_server = median_of(args.runs, lambda: keystroke(server, text))
            on_file = median_of(args.runs, lambda: keystroke(file, text))
            same: bool | None = None
            if alike:
                same = matching_ids(server, text, limit=1000) == matching_ids(file, text, limit=1000)
                same = same and count_found(server, BookQuery(text)) == count_found(file, BookQuery(text))
            goal = f"≤ {GOAL * 1000:.0f} ms" if label in GOALED else "reported"
            ok = on_server <= GOAL if label in GOALED else None
            missed += ok is False
            verdict = "" if ok is None else ("ok" if ok else "MISSED")
            print(f"  {label:<26} {on_server * 1000:>9.2f} ms   {on_file * 1000:>9.2f} ms   {goal:<10} {'-' if same is None else 'yes' if same else 'NO'} {verdict}")
    finally:
        server.close()
        file.close()


if __name__ == "__main__":
    main()

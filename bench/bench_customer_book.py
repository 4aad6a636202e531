"""Measures the customer book at shop scale: demo build time, search time, start-up time and memory."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from retention_desktop.customers import search_customers  # noqa: E402
import figures  # noqa: E402
from figures import ms, reuse_book  # noqa: E402
from retention_desktop.db import Database, open_database  # noqa: E402
from retention_desktop.models import Customer, CustomerKind, CustomerPhone, Tag  # noqa: E402
from sqlalchemy import select  # noqa: E402

BUILD_GOAL_S = 60.0
SEARCH_GOAL_MS = 30.0
STARTUP_GOAL_S = 1.0
RSS_GOAL_MB = 250.0

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Spellings people type without the hamza or with ha for ta marbuta (and the reverse).
RESPELL = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the customer book: build a demo book with `main.py demo`, time searches through "
            "the core (search_customers) and time the program from start to main window shown. "
            "Prints medians next to their goals."
        )
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="database file; reused as is when it already holds at least N customers, built when it is new "
        "or empty (default: a new file in a temporary folder, removed at the end)",
    )
    parser.add_argument("--customers", type=int, default=100_000, metavar="N", help="size of the book (default 100000)")
    parser.add_argument(
        "--runs", type=int, default=7, help="start-ups to time, and repetitions of each search query (default 7)"
    )
    return parser.parse_args()


def build_book(path: Path, customers: int) -> float | None:
    """Fill the book through the command line, as a user would; returns seconds, None when reused."""
    if reuse_book(path, customers):
        return None
    print(f"Building a demo book of {customers:,} customers in {path} ...", flush=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "demo", "--customers", str(customers)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"main.py demo failed ({done.returncode}):\n{done.stderr}")
    return took


def pick(values: list[str], count: int) -> list[str]:
    """Up to `count` values spread evenly over `values` (deterministic)."""
    if not values:
        return []
    step = max(1, len(values) // count)
    return values[::step][:count]


def queries_from_book(db: Database) -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, query) pairs a shop would type, taken from the book itself, and 1-2 letter queries."""
    with db.session() as session:
        names = list(
            session.scalars(
                select(Customer.full_name).where(Customer.kind == CustomerKind.PERSON).order_by(Customer.id).limit(5000)
            )
        )
        numbers = list(
            session.scalars(
                select(CustomerPhone.number)
                .where(CustomerPhone.number.like("+9665%"))
                .order_by(CustomerPhone.id)
                .limit(2000)
            )
        )
        emails = list(session.scalars(select(Customer.email).where(Customer.email != "").limit(2000)))
        areas = list(session.scalars(select(Customer.area).where(Customer.area != "").limit(2000)))
        tags = list(session.scalars(select(Tag.name).order_by(Tag.id)))

    arabic = [n for n in names if any("\u0621" <= ch <= "\u064a" for ch in n) and " " in n]
    latin = [n for n in names if n.isascii()]
    queries: list[tuple[str, str]] = []
    for name in pick(arabic, 4):
        queries.append(("Arabic first name", name.split()[0]))
    # Partial words (the last letter not typed yet) spelled without hamza, or ha for ta marbuta.
    respelled = [w for n in arabic for w in n.split() if len(w) >= 4 and w.translate(RESPELL) != w]
    for word in pick(respelled, 3):
        queries.append(("Arabic, other spelling", word.translate(RESPELL)[:-1]))
    for name in pick(latin, 1):
        queries.append(("Latin name, lower case", name.split()[-1].lower()))
    for number in pick(numbers, 3):
        national = "0" + number[4:]
        queries.append(("phone, local", f"{national[:3]} {national[3:6]}"))
    for number in pick(numbers[3:], 1):
        queries.append(("phone, whole number", "0" + number[4:]))
    for number in pick(numbers[1:], 2):
        queries.append(("phone, +966", number[:9]))
    for number in pick(numbers[2:], 2):
        queries.append(("phone, Arabic digits", ("0" + number[4:])[:7].translate(ARABIC_DIGITS)))
    for email in pick(emails, 1):
        queries.append(("email fragment", email.split("@")[0][:6]))
    for tag in tags[:2]:
        queries.append(("tag", tag))
    for first, area in zip(pick(arabic, 2), pick(areas, 2)):
        queries.append(("two words", f"{first.split()[0]} {area.split('،')[-1].strip()}"))
    if arabic:
        words = arabic[len(arabic) // 2].split()
        queries.append(("two words", f"{words[0]} {words[-1]}"))

    short = ["م", "ع", "Jo", "05", "مح", "ال"]
    return queries, short


def time_query(db: Database, query: str, runs: int) -> tuple[float, int]:
    """Median seconds of `runs` searches, and how many customers they found."""
    times = []
    found = 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(search_customers(db, query))
        times.append(time.perf_counter() - started)
    return statistics.median(times), found


def bench_search(path: Path, runs: int) -> tuple[list[float], list[float]]:
    db = open_database(path)
    try:
        search_customers(db, "warm up")
        queries, short = queries_from_book(db)
        print(f"\nSearch through search_customers(), median of {runs} runs per query:")
        normal: list[float] = []
        for kind, query in queries:
            took, found = time_query(db, query, runs)
            normal.append(took)
            print(f"  {kind:<24} {query!r:<28} {ms(took):>10}  {found:>7,} found")
        short_times: list[float] = []
        for query in short:
            took, found = time_query(db, query, runs)
            short_times.append(took)
            print(f"  {'1-2 letters (no index)':<24} {query!r:<28} {ms(took):>10}  {found:>7,} found")
    finally:
        db.close()
    return normal, short_times


def bench_startup(path: Path, runs: int) -> tuple[list[float], list[float], list[int]]:
    """Start the program `runs` times with --report-startup; startup seconds, RSS in MB, row counts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    startups: list[float] = []
    rss: list[float] = []
    rows: list[int] = []
    print(f"\nStart-up to main window shown, {runs} runs:")
    for run in range(runs):
        started = time.time()
        try:
            done = subprocess.run(
                [sys.executable, "main.py", "--db", str(path), "--report-startup"],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
        except subprocess.TimeoutExpired:
            print(f"  run {run + 1}: no report within 120 s; skipping start-up figures.")
            break
        report: dict[str, float] | None = None
        for line in reversed(done.stdout.splitlines()):
            try:
                report = json.loads(line)
                break
            except ValueError:
                continue
        if done.returncode != 0 or report is None or "window_shown" not in report:
            tail = "\n    ".join((done.stderr or done.stdout).strip().splitlines()[-5:])
            print(f"  run {run + 1}: main.py --report-startup did not report (exit {done.returncode}); skipping.\n    {tail}")
            break
        startups.append(float(report["window_shown"]) - started)
        rss.append(float(report.get("rss_mb", 0.0)))
        rows.append(int(report.get("rows", 0)))
        print(f"  run {run + 1}: {startups[-1]:.2f} s, {rss[-1]:.0f} MB, {rows[-1]:,} rows")
    return startups, rss, rows


def row(label: str, value: str, goal: str, ok: bool | None) -> None:
    figures.row(label, value, goal, ok, width=36)


def main() -> int:
    args = parse_args()
    if args.customers < 1 or args.runs < 1:
        sys.exit("--customers and --runs must be at least 1")
    folder = tempfile.TemporaryDirectory(prefix="bench-book-") if args.db is None else None
    path = Path(folder.name) / "book.sqlite3" if folder else args.db.expanduser().resolve()
    try:
        build = build_book(path, args.customers)
        normal, short = bench_search(path, args.runs)
        startups, rss, rows = bench_startup(path, args.runs)
    finally:
        if folder:
            folder.cleanup()

    print(f"\nFigures ({args.customers:,} customers, medians):")
    row("figure", "measured", "goal", None)
    if build is None:
        row("demo build (main.py demo)", "reused", f"< {BUILD_GOAL_S:.0f} s", None)
    else:
        row("demo build (main.py demo)", f"{build:.1f} s", f"< {BUILD_GOAL_S:.0f} s", build < BUILD_GOAL_S)
    if normal:
        median = statistics.median(normal)
        row(f"search, median of {len(normal)} queries", ms(median), f"< {SEARCH_GOAL_MS:.0f} ms", median * 1000 < SEARCH_GOAL_MS)
        row("search, slowest query", ms(max(normal)), "", None)
    if short:
        row("search, 1-2 letters, median", ms(statistics.median(short)), "(no index)", None)
    if startups:
        startup = statistics.median(startups)
        memory = statistics.median(rss)
        row("start-up to window shown", f"{startup:.2f} s", f"< {STARTUP_GOAL_S:.1f} s", startup < STARTUP_GOAL_S)
        row("memory (RSS) at window shown", f"{memory:.0f} MB", f"< {RSS_GOAL_MB:.0f} MB", memory < RSS_GOAL_MB)
        row("rows in the table at start", f"{statistics.median(rows):,.0f}", "", None)
    else:
        row("start-up to window shown", "n/a", f"< {STARTUP_GOAL_S:.1f} s", None)
        row("memory (RSS) at window shown", "n/a", f"< {RSS_GOAL_MB:.0f} MB", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

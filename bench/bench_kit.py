"""Measures the new-customer kit: one kit in process (made, drawn and recorded), and a batch of 1,000 kits written to files."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import figures  # noqa: E402
from figures import ms  # noqa: E402
from retention_desktop.db import Database, open_database  # noqa: E402
from retention_desktop.kit import NewCustomerRow, new_customers, print_kit  # noqa: E402
from retention_desktop.kit_batch import write_kits  # noqa: E402

ONE_GOAL_MS = 50.0
BATCH = 1000
BATCH_GOAL_S = 30.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the new-customer kit on a demo book: one kit made, drawn and recorded in process (Arabic, "
            "different customers each once, and one customer again and again), and a batch of kits written one "
            "file each and all in one file. Prints medians and totals next to their goals, wall time and CPU time "
            "(the CPU time moves less when other work shares the machine)."
        )
    )
    parser.add_argument("--book", type=Path, help="a demo book to reuse (made in a temporary folder otherwise)")
    parser.add_argument("--customers", type=int, default=1500, help="customers in the demo book made (default 1500)")
    parser.add_argument("--runs", type=int, default=30, help="single kits to take the median of (default 30)")
    parser.add_argument("--batch", type=int, default=BATCH, help=f"kits in the batch (default {BATCH})")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's view of the single kits")
    return parser.parse_args()


def time_one(db: Database, rows: list[NewCustomerRow], runs: int, profile: bool) -> tuple[float, float, float, float, float]:
    """(first kit in the process, median wall and CPU seconds of different customers' kits, each
    once, median wall and CPU seconds of one customer's kit again and again)."""
    started = time.perf_counter()
    print_kit(db, rows[0].customer_id, language="ar")
    first = time.perf_counter() - started
    walls, cpus = [], []
    for row in rows[1 : runs + 1]:
        wall, cpu = time.perf_counter(), time.process_time()
        print_kit(db, row.customer_id, language="ar", invoice_id=row.invoice_id)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    same_walls, same_cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        print_kit(db, rows[1].customer_id, language="ar", invoice_id=rows[1].invoice_id)
        same_walls.append(time.perf_counter() - wall)
        same_cpus.append(time.process_time() - cpu)
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for row in rows[runs + 1 : 2 * runs + 1]:
            print_kit(db, row.customer_id, language="ar", invoice_id=row.invoice_id)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return first, statistics.median(walls), statistics.median(cpus), statistics.median(same_walls), statistics.median(same_cpus)


def children_cpu() -> float:
    """CPU seconds of the child processes that ended (those that drew kits), 0 where not told."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_batch(db: Database, rows: list[NewCustomerRow], folder: Path, one_file: bool) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process and of those that drew, bytes written) of
    write_kits over `rows`."""
    targets = [(row.customer_id, row.invoice_id) for row in rows]
    wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
    if one_file:
        written = write_kits(db, targets, language="ar", one_file=folder / "kits.pdf")
    else:
        written = write_kits(db, targets, language="ar", folder=folder)
    elapsed = time.perf_counter() - wall
    used = time.process_time() - cpu + children_cpu() - children
    return elapsed, used, sum(path.stat().st_size for path in written)


def row(label: str, value: str, goal: str, ok: bool | None) -> None:
    figures.row(label, value, goal, ok, width=56)


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-kit-") as folder:
        book = args.book or Path(folder) / "demo.sqlite3"
        figures.build_demo_book(book, args.customers)
        db = open_database(book)
        try:
            rows = new_customers(db, since=date(1900, 1, 1))
            if len(rows) < max(args.batch, 2 * args.runs + 2):
                sys.exit(f"the book has {len(rows)} customers with a purchase; give --customers more, or --batch fewer")
            first, wall, cpu, same_wall, same_cpu = time_one(db, rows, args.runs, args.profile)
            each = Path(folder) / "each"
            each.mkdir()
            batch_wall, batch_cpu, batch_bytes = time_batch(db, rows[: args.batch], each, one_file=False)
            together = Path(folder) / "together"
            together.mkdir()
            one_wall, one_cpu, one_bytes = time_batch(db, rows[: args.batch], together, one_file=True)
        finally:
            db.close()
    print()
    row("one kit, Arabic, different customers each once (median)", ms(wall), f"at most {ONE_GOAL_MS:.0f} ms", wall * 1000 <= ONE_GOAL_MS)
    row("  the same in CPU time (median)", ms(cpu), f"at most {ONE_GOAL_MS:.0f} ms", cpu * 1000 <= ONE_GOAL_MS)
    row("  one customer's kit again and again (median)", ms(same_wall), "", None)
    row("  the same in CPU time (median)", ms(same_cpu), "", None)
    row("  the first kit in the process", ms(first), "", None)
    row(f"{args.batch:,} kits, one file each", f"{batch_wall:.1f} s", f"under {BATCH_GOAL_S:.0f} s", batch_wall < BATCH_GOAL_S)
    row("  the same in CPU time, of the three processes", f"{batch_cpu:.1f} s", "", None)
    row("  per kit; size of a kit", f"{batch_wall / args.batch * 1000:.1f} ms", f"{batch_bytes / args.batch / 1024:.0f} KB", None)
    row(f"{args.batch:,} kits in one file", f"{one_wall:.1f} s", f"under {BATCH_GOAL_S:.0f} s", one_wall < BATCH_GOAL_S)
    row("  the same in CPU time; size of the file", f"{one_cpu:.1f} s", f"{one_bytes / 1024 / 1024:.1f} MB", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

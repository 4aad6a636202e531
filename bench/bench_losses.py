"""Measures lost and lapsed customers at shop scale: the lapsed list, the loss report, and what the
purchase figures kept with the customer save over summing the invoices."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select  # noqa: E402

from figures import build_demo_book, median_of, ms, row  # noqa: E402
from retention_desktop.clock import add_months, shop_today  # noqa: E402
from retention_desktop.db import open_database  # noqa: E402
from retention_desktop.lifecycle import lapsed_customers  # noqa: E402
from retention_desktop.loss_report import loss_report  # noqa: E402
from retention_desktop.tables import customer_losses, customer_spending, invoices  # noqa: E402

LAPSED_GOAL_MS = 300.0
REPORT_GOAL_MS = 300.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark lost and lapsed customers: build a demo book (fill_demo_book) or reuse one, then time the "
            "lapsed list (its first page, as the screen asks, and every row), the loss report over the last year "
            "and over all time, and each customer's spending summed from the invoices in Python against the "
            "integer sums kept with the customer. Prints medians next to their goals."
        )
    )
    parser.add_argument("--db", type=Path, help="database file; reused when it holds N customers, built when new or empty")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    folder = None if args.db else tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "book.sqlite3"  # type: ignore[union-attr]
    built = build_demo_book(path, args.customers)
    if built is not None:
        print(f"Built the demo book in {built:.1f} s.")
    db = open_database(path)
    try:
        today = shop_today(db)
        with db.reading() as connection:
            losses = connection.scalar(select(func.count()).select_from(customer_losses))
            invoice_count = connection.scalar(select(func.count()).select_from(invoices))
        lapsed = lapsed_customers(db, today=today, limit=0).total
        print(f"{invoice_count:,} invoices and credit notes, {losses:,} losses recorded, {lapsed:,} lapsed customers.")

        def python_sums() -> None:
            sums: dict[tuple[int, str], Decimal] = {}
            with db.reading() as connection:
                for customer_id, currency, total in connection.execute(select(invoices.c.customer_id, invoices.c.currency, invoices.c.total)):
                    key = (customer_id, currency)
                    sums[key] = sums.get(key, Decimal(0)) + total

        def kept_sums() -> None:
            s = customer_spending.c
            with db.reading() as connection:
                connection.execute(select(s.customer_id, s.currency, func.sum(s.spent_minor)).group_by(s.customer_id, s.currency)).all()

        year_ago = add_months(today, -12)
        figures = [
            ("lapsed list, first page of 200", median_of(args.runs, lambda: lapsed_customers(db, today=today)), LAPSED_GOAL_MS),
            ("lapsed list, every row", median_of(args.runs, lambda: lapsed_customers(db, today=today, limit=None)), None),
            ("loss report, last 12 months", median_of(args.runs, lambda: loss_report(db, start=year_ago, end=today)), REPORT_GOAL_MS),
            ("loss report, all time", median_of(args.runs, lambda: loss_report(db, end=today)), REPORT_GOAL_MS),
            ("spending per customer: Decimal sums of the invoices", median_of(3, python_sums), None),
            ("spending per customer: integer SUM GROUP BY kept", median_of(args.runs, kept_sums), None),
        ]
        width = max(len(label) for label, _value, _goal in figures)
        for label, seconds, goal in figures:
            goal_text = f"< {goal:.0f} ms" if goal is not None else "reported only"
            row(label, ms(seconds), goal_text, None if goal is None else seconds * 1000 < goal, width=width)
    finally:
        db.close()
        if folder is not None:
            folder.cleanup()


if __name__ == "__main__":
    main()

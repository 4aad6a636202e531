"""Measures the invoice PDF: one invoice drawn in process, the PDF module's import, and `main.py invoice` whole."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import figures  # noqa: E402
from figures import ms  # noqa: E402
from retention_desktop.customers import CustomerDraft, add_customer  # noqa: E402
from retention_desktop.db import Database, open_database  # noqa: E402
from retention_desktop.demo import _demo_logo, fill_demo_book  # noqa: E402
from retention_desktop.profile import BusinessProfile, save_profile  # noqa: E402
from retention_desktop.printable import printable_invoice  # noqa: E402
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice  # noqa: E402

RENDER_GOAL_MS = 20.0
PROCESS_GOAL_S = 0.5

# The shop and sale of tests/test_invoice_pdf.py: a Saudi seller with a VAT number (so the ZATCA QR
# code is drawn), a Hijri date, terms, a logo, three lines in Arabic and English.
SHOP = BusinessProfile(
    name_ar="مؤسسة النور للتجارة",
    name_en="Al Noor Trading",
    vat_number="310122393500003",
    phone="0112345678",
    address="الرياض، حي العليا (مبنى 12)",
    show_hijri_date=True,
    terms="البضاعة المباعة لا ترد ولا تستبدل بعد 14 يوماً من تاريخ الشراء. للاستفسار اتصلوا على 055 123 4567.",
)
LINES = (
    LineDraft("قص شعر وتصفيف (مع الغسيل)", Decimal(1), Decimal("80.00")),
    LineDraft("صبغة شعر كاملة بلون بني فاتح مع علاج الكيراتين والترطيب العميق", Decimal(2), Decimal("350.00"), discount=Decimal(50)),
    LineDraft("Samsung Galaxy A15 (128GB)", Decimal("1.5"), Decimal("899.99")),
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the invoice PDF: render_invoice in process (Arabic, with the QR code and a logo; the same "
            "invoice again and again, and different invoices once each), "
            "the import of retention_desktop.pdf.invoice, and `main.py invoice` as a whole process on a "
            "300-customer demo book. Prints medians next to their goals."
        )
    )
    parser.add_argument("--runs", type=int, default=20, help="renders to take the median of (default 20)")
    parser.add_argument("--processes", type=int, default=5, help="whole processes to take the median of (default 5)")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's view of the renders")
    return parser.parse_args()


def make_book(path: Path) -> Database:
    db = open_database(path)
    save_profile(db, SHOP, logo=_demo_logo())
    customer = add_customer(db, CustomerDraft(full_name="سارة أحمد العتيبي", phones=("055 987 6543",), address="جدة، حي الروضة"))
    issue_invoice(db, InvoiceDraft(customer, LINES), at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    return db


def time_renders(db: Database, runs: int, profile: bool) -> tuple[float, float, float]:
    """(first render, median wall seconds, median CPU seconds) of render_invoice in Arabic."""
    from retention_desktop.pdf.invoice import render_invoice

    invoice = printable_invoice(db, "INV-000001")
    started = time.perf_counter()
    first = render_invoice(invoice, language="ar")
    first_in = time.perf_counter() - started
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        data = render_invoice(invoice, language="ar")
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if data != first:
            sys.exit("render_invoice gave other bytes for the same invoice")
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(runs):
            render_invoice(invoice, language="ar")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return first_in, statistics.median(walls), statistics.median(cpus)


def time_batch(db: Database, count: int) -> float:
    """Median seconds of render_invoice in Arabic over `count` different invoices of the demo book,
    each drawn once (as a batch of kits prints them), after one warm-up invoice."""
    from retention_desktop.pdf.invoice import render_invoice

    invoices = [printable_invoice(db, f"INV-{number:06d}") for number in range(1, count + 2)]
    render_invoice(invoices.pop(), language="ar")
    times = []
    for invoice in invoices:
        started = time.perf_counter()
        render_invoice(invoice, language="ar")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


_IMPORT = """
import time
import retention_desktop.sales, retention_desktop.db
started = time.perf_counter()
import retention_desktop.pdf.invoice
print(time.perf_counter() - started)
"""


def time_import(runs: int) -> tuple[float, float]:
    """(median seconds of importing the PDF module alone in a new process, with the core it needs
    already there; median seconds of the whole import from nothing)."""
    alone, whole = [], []
    python = sys.executable
    for _ in range(runs + 1):
        out = subprocess.run([python, "-c", _IMPORT], cwd=REPO, capture_output=True, text=True, check=True)
        alone.append(float(out.stdout))
        started = time.perf_counter()
        subprocess.run([python, "-c", "import retention_desktop.pdf.invoice"], cwd=REPO, check=True)
        whole.append(time.perf_counter() - started)
    return statistics.median(alone[1:]), statistics.median(whole[1:])


def children_cpu() -> float:
    """CPU seconds (user and system) of the child processes that ended, 0 where the platform does not tell."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_process(book: Path, out: Path, runs: int) -> tuple[float, float]:
    """Median (wall seconds, CPU seconds) of `main.py --db BOOK --lang ar invoice INV-000001 --out OUT`,
    after a warm-up. The CPU time (user and system) moves less when other work shares the machine."""
    command = [sys.executable, str(REPO / "main.py"), "--db", str(book), "--lang", "ar", "invoice", "INV-000001", "--out", str(out)]
    walls, cpus = [], []
    for _ in range(runs + 1):
        before = children_cpu()
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        cpus.append(children_cpu() - before)
    return statistics.median(walls[1:]), statistics.median(cpus[1:])


def row(label: str, value: str, goal: str, ok: bool | None) -> None:
    figures.row(label, value, goal, ok, width=52)


def main() -> int:
    args = parse_args()
    if min(args.runs, args.processes) < 1:
        sys.exit("--runs and --processes must be at least 1")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        db = make_book(Path(folder) / "shop.sqlite3")
        try:
            first, wall, cpu = time_renders(db, args.runs, args.profile)
        finally:
            db.close()
        alone, whole = time_import(args.processes)
        demo = Path(folder) / "demo.sqlite3"
        demo_db = open_database(demo)
        try:
            fill_demo_book(demo_db, 300, seed=20240601)
            batch = time_batch(demo_db, args.runs)
        finally:
            demo_db.close()
        process, process_cpu = time_process(demo, Path(folder) / "x.pdf", args.processes)
    print()
    row("render_invoice, Arabic, QR code and logo (median)", ms(wall), f"under {RENDER_GOAL_MS:.0f} ms", wall * 1000 <= RENDER_GOAL_MS)
    row("  the same in CPU time (median)", ms(cpu), "", None)
    row("  the first render in the process", ms(first), "", None)
    row(f"  {args.runs} different demo invoices, each once (median)", ms(batch), "", None)
    row("import retention_desktop.pdf.invoice, core loaded", ms(alone), "", None)
    row("python -c 'import retention_desktop.pdf.invoice'", ms(whole), "", None)
    row("main.py --lang ar invoice INV-000001 --out F", f"{process:.2f} s", f"under {PROCESS_GOAL_S} s", process <= PROCESS_GOAL_S)
    row("  the same in CPU time (median)", f"{process_cpu:.2f} s", "", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed at every size: each figure of the speed issue, measured on a demo book and printed next to its goal."""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import median_of, reuse_book  # noqa: E402

# The program's preferences while it is measured, here and in the processes it starts: a folder
# of its own, so that the books the bench opens do not land in the "Open recent" list (or the
# window layout) of whoever runs it.
_PREFERENCES = Path(tempfile.mkdtemp(prefix="bench-preferences-"))
atexit.register(shutil.rmtree, _PREFERENCES, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_PREFERENCES)

# Goals: (at 100,000 customers or fewer, at 1,000,000); seconds.
GOALS = {
    "search_common": (0.005, 0.010),
    "search_short": (0.005, 0.010),
    "search_cleared": (0.005, 0.010),
    "keystroke": (0.030, 0.050),
    "startup": (0.6, 1.0),
    "memory": (150.0, 300.0),  # MB
    "today": (0.030, 0.050),
    "due": (0.5, 1.0),
    "invoice": (0.5, 0.5),
    "pdf": (0.020, 0.020),
    "demo": (30.0, 300.0),
    "demo_memory": (2048.0, 2048.0),  # MB, the larger of its two processes
}
COMMON_NAME = "محمد"
ONE_LETTER, TWO_LETTERS = "م", "مح"


@dataclass
class Figure:
    key: str
    label: str
    value: float | None  # seconds (MB for memory); None: not measured
    how: str

    def goal(self, customers: int) -> float:
        small, large = GOALS[self.key]
        return small if customers <= 100_000 else large

    def shown(self, value: float) -> str:
        if self.key in ("memory", "demo_memory"):
            return f"{value:.0f} MB"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure every figure of the speed issue on a demo book of N customers and print each next to its "
        "goal (the goals at 100,000 apply up to 100,000 customers, those at 1,000,000 above)."
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="the book: reused when it holds N customers already, made with `main.py demo` when it is new or empty "
        "(default: a new book in a temporary folder, removed at the end)",
    )
    parser.add_argument("--customers", type=int, default=100_000, metavar="N", help="size of the book (default 100000)")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each measure; the median is printed (default 7)")
    parser.add_argument(
        "--demo-only",
        action="store_true",
        help="build the book with `main.py demo` and print only the demo's figures (time and memory)",
    )
    return parser.parse_args()


def environment() -> dict[str, str]:
    """The processes run as on a shop's PC: offscreen here, and with Python's compiled modules kept
    (a development shell may set PYTHONDONTWRITEBYTECODE, which would compile the program anew in
    every process)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def build_book(path: Path, customers: int) -> tuple[float, float | None] | None:
    """`main.py demo --customers N`, timed as a whole process, with the peak resident memory of
    the larger of its two processes (the writer, and the plan it forks) in MB where the system
    says it; None when the book is reused. Run first: the memory is the largest child's so far."""
    if reuse_book(path, customers):
        return None
    print(f"Building a demo book of {customers:,} customers in {path} ...", flush=True)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "--lang", "en", "demo", "--customers", str(customers)],
        cwd=REPO,
        env=environment(),
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"main.py demo failed ({done.returncode}):\n{done.stderr}")
    return seconds, children_peak_mb()


def children_peak_mb() -> float | None:
    """The peak resident memory of the largest process this one has waited for (and those it waited
    for), in MB; None where the system does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, kB elsewhere


def process_median(runs: int, *args: str) -> float:
    """Median seconds of a whole `main.py` process, start to exit, after a warm-up run."""

    def once() -> None:
        done = subprocess.run([sys.executable, "main.py", *args], cwd=REPO, env=environment(), capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"main.py {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")

    return median_of(runs, once)


def startup(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds from process start to the main window shown with Today filled, and the
    median resident memory then (main.py --report-startup, offscreen)."""
    times: list[float] = []
    memory: list[float] = []
    for run in range(runs + 1):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "main.py", "--db", str(path), "--lang", "ar", "--report-startup"],
            cwd=REPO,
            env=environment(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        report = next((json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")), None)
        if done.returncode != 0 or report is None:
            sys.exit(f"main.py --report-startup did not report ({done.returncode}):\n{done.stderr}")
        if run:  # the first run warms the file cache
            times.append(float(report["window_shown"]) - started)
            memory.append(float(report["rss_mb"]))
    return statistics.median(times), statistics.median(memory)


def in_process(path: Path, runs: int) -> dict[str, float]:
    """The core's search, the book's keystroke, the Today screen and one PDF, inside one process."""
    from PySide6.QtWidgets import QApplication

    from retention_desktop.db import open_database
    from retention_desktop.pdf.invoice import render_invoice
    from retention_desktop.printable import printable_invoice
    from retention_desktop.search import BookQuery, find_and_count

    from ui.language import install_translators
    from ui.context import AppContext
    from ui.customer_book import CustomerBook
    from ui.preferences import Preferences
    from ui.today import TodayPage

    from ui import style

    app = QApplication.instance() or QApplication([])
    style.apply(app)  # measured with the program's look (its style sheet, its font), as the shop sees the screens
    install_translators(app, "ar")
    db = open_database(path)
    figures: dict[str, float] = {}
    try:

        def search(text: str) -> Callable[[], object]:
            # What one keystroke asks of the core: the first page and the count (find_and_count, as the book asks).
            return lambda: find_and_count(db, BookQuery(text))

        figures["search_common"] = median_of(runs, search(COMMON_NAME))
        figures["search_one"] = median_of(runs, search(ONE_LETTER))
        figures["search_two"] = median_of(runs, search(TWO_LETTERS))
        figures["search_cleared"] = median_of(runs, search(""))

        context = AppContext(db=db, preferences=Preferences(), language="ar")
        book = CustomerBook(context)
        book.resize(1100, 650)
        book.show()
        app.processEvents()
        keystrokes = []
        for text in (ONE_LETTER, TWO_LETTERS, COMMON_NAME, "٠٥٥", "zz", ""):

            def keystroke(text: str = text) -> None:
                book.search.setText(text)
                book.apply_search()  # what the debounce timer calls
                book.table.viewport().repaint()

            keystrokes.append(median_of(runs, keystroke))
        figures["keystroke"] = max(keystrokes)
        book.close()

        today = TodayPage(context)
        today.resize(1100, 650)
        today.show()
        app.processEvents()

        def open_today() -> None:
            today.refresh()
            today.repaint()

        figures["today"] = median_of(runs, open_today)
        today.close()

        invoice = printable_invoice(db, 1)
        figures["pdf"] = median_of(runs, lambda: render_invoice(invoice, language="ar"))
        figures["invoice_number"] = float(invoice.id)
    finally:
        db.close()
    return figures


def main() -> int:
    args = parse_args()
    if args.customers < 1 or args.runs < 1:
        sys.exit("--customers and --runs must be at least 1")
    folder = tempfile.TemporaryDirectory(prefix="bench-speed-") if args.db is None else None
    path = Path(folder.name) / "book.sqlite3" if folder else args.db.expanduser().resolve()
    try:
        built = build_book(path, args.customers)
        if args.demo_only:
            print_figures(args, demo_figures(args.customers, built))
            return 0
        inside = in_process(path, args.runs)
        shown, memory = startup(path, args.runs)
        due = process_median(args.runs, "--db", str(path), "--lang", "ar", "due", "--json")
        out = Path(tempfile.gettempdir()) / f"bench-invoice-{os.getpid()}.pdf"
        invoice = process_median(args.runs, "--db", str(path), "--lang", "ar", "invoice", "INV-000001", "--out", str(out))
        out.unlink(missing_ok=True)
    finally:
        if folder:
            folder.cleanup()

    figures = [
        Figure("search_common", f"search '{COMMON_NAME}' (first page and count, in the core)", inside["search_common"], "core"),
        Figure("search_short", f"one letter '{ONE_LETTER}'", inside["search_one"], "core"),
        Figure("search_short", f"two letters '{TWO_LETTERS}'", inside["search_two"], "core"),
        Figure("search_cleared", "search box cleared (the whole book listed)", inside["search_cleared"], "core"),
        Figure("keystroke", "keystroke to rows painted, slowest of six queries", inside["keystroke"], "GUI, offscreen"),
        Figure("startup", "process start to main window with Today filled", shown, "process"),
        Figure("memory", "peak memory, window shown", memory, "process"),
        Figure("today", "Today screen opened (query and list painted)", inside["today"], "GUI, offscreen"),
        Figure("due", "main.py due --json", due, "process"),
        Figure("invoice", "main.py invoice N --out F", invoice, "process"),
        Figure("pdf", "one invoice PDF (Arabic), in process", inside["pdf"], "core"),
        *demo_figures(args.customers, built),
    ]
    print_figures(args, figures)
    return 0


def demo_figures(customers: int, built: tuple[float, float | None] | None) -> list[Figure]:
    """The demo's time, and its memory, from build_book (None: the book was reused)."""
    seconds, memory = built if built is not None else (None, None)
    return [
        Figure("demo", f"main.py demo --customers {customers} (build the book)", seconds, "process"),
        Figure("demo_memory", "  its peak memory (the larger of its two processes)", memory, "process"),
    ]


def print_figures(args: argparse.Namespace, figures: list[Figure]) -> None:
    print(f"\nFigures at {args.customers:,} customers (median of {args.runs} runs; goals for "
          f"{'100,000' if args.customers <= 100_000 else '1,000,000'} customers):")
    print(f"  {'figure':<56} {'measured':>10}   {'goal':>10}")
    for figure in figures:
        goal = figure.goal(args.customers)
        if figure.value is None:
            print(f"  {figure.label:<56} {'reused':>10}   {figure.shown(goal):>10}")
            continue
        verdict = "ok" if figure.value <= goal else "MISSED"
        print(f"  {figure.label:<56} {figure.shown(figure.value):>10}   {figure.shown(goal):>10}  {verdict}  ({figure.how})")


if __name__ == "__main__":
    sys.exit(main())

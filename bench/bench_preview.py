"""Measures the document preview: opening an invoice and a 10-page document, turning its pages, its memory, and printing."""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import figures  # noqa: E402
from figures import ms  # noqa: E402
from retention_desktop.customers import CustomerDraft, add_customer  # noqa: E402
from retention_desktop.db import open_database  # noqa: E402
from retention_desktop.demo import _demo_logo  # noqa: E402
from retention_desktop.profile import BusinessProfile, save_profile  # noqa: E402
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice  # noqa: E402

OPEN_GOAL_MS = 100.0  # the preview is open with its first page drawn
TURN_GOAL_MS = 100.0  # Page Down until the next page is drawn
SCREEN = QSize(1366, 768)


def rss_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ten_pages() -> bytes:
    """A 10-page A4 document of text, rules and a picture per page, as a kit would be."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    words = "Welcome to the shop: what was agreed, how billing works, what happens next. " * 3
    for page in range(1, 11):
        canvas.setFont("Helvetica-Bold", 22)
        canvas.drawString(20 * mm, 270 * mm, f"Section {page}")
        canvas.setFont("Helvetica", 10.5)
        for line in range(55):
            canvas.drawString(20 * mm, (255 - line * 4.3) * mm, words[line % 40 : line % 40 + 95])
        canvas.setFillGray(0.85)
        canvas.rect(150 * mm, 20 * mm, 40 * mm, 30 * mm, stroke=0, fill=1)
        canvas.setFillGray(0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the document preview (offscreen, a 1366x768 screen): an Arabic invoice with its QR code and "
            "logo made and opened until its first page is drawn, the same for a 10-page document, Page Down through "
            "it, the memory it holds, and printing it to a PDF file at 300 and 600 dpi. Prints medians next to goals."
        )
    )
    parser.add_argument("--runs", type=int, default=10, help="openings to take the median of (default 10)")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui import style
    from ui.context import AppContext
    from ui.document_preview import DocumentPreviewDialog
    from ui.language import install_translators
    from ui.pdf_pages import PdfPages
    from ui.preferences import Preferences
    from ui.printing import invoice_pages, new_printer, print_pages

    style.apply(app)  # type: ignore[arg-type]
    install_translators(app, "ar")
    scratch = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "preferences"))
    db = open_database(scratch / "book.sqlite3")
    shop = BusinessProfile(name_ar="مؤسسة النور للتجارة", name_en="Al Noor Trading", vat_number="310122393500003", address="الرياض", show_hijri_date=True)
    save_profile(db, shop, logo=_demo_logo())
    customer = add_customer(db, CustomerDraft("أحمد بن سعيد", phones=("0551234567",)))
    lines = [LineDraft(f"خدمة رقم {n}", Decimal(1), Decimal("80.00")) for n in range(1, 6)]
    invoice = issue_invoice(db, InvoiceDraft(customer, lines)).id
    context = AppContext(db=db, preferences=Preferences(), language="ar")
    parent = QWidget()
    parent.resize(SCREEN)

    def settle(dialog: DocumentPreviewDialog) -> None:
        view = dialog.preview.view
        while view.drawing() or view.image(view.current_page) is None:
            app.processEvents()
            time.sleep(0.0005)

    def open_invoice() -> DocumentPreviewDialog:
        pages = invoice_pages(context, parent, invoice)
        assert pages is not None
        return shown(pages)

    def shown(pages: PdfPages) -> DocumentPreviewDialog:
        dialog = DocumentPreviewDialog(context, pages, parent)
        dialog.resize(dialog.size_for(SCREEN))
        dialog.show()
        settle(dialog)
        return dialog

    def timed(open_one: object, runs: int) -> tuple[float, float]:
        walls, cpus = [], []
        for _ in range(runs + 1):
            wall, cpu = time.perf_counter(), time.process_time()
            dialog = open_one()  # type: ignore[operator]
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        return statistics.median(walls[1:]), statistics.median(cpus[1:])

    first = time.perf_counter()
    open_invoice().close()
    first = time.perf_counter() - first
    invoice_wall, invoice_cpu = timed(open_invoice, args.runs)
    data = ten_pages()
    ten_wall, ten_cpu = timed(lambda: shown(PdfPages(data, "kit.pdf")), args.runs)

    before = rss_mb()
    dialog = shown(PdfPages(data, "kit.pdf"))
    view = dialog.preview.view
    turns = []
    for page in range(1, 10):
        started = time.perf_counter()
        view.next_page()
        settle(dialog)
        turns.append(time.perf_counter() - started)
    fit_width_mb = rss_mb() - before
    fit_width_images = view.images_bytes() / 2**20
    view.set_zoom(4.0)
    for page in range(10):
        view.go_to(page)
        settle(dialog)
    zoomed_mb = rss_mb() - before
    zoomed_images = view.images_bytes() / 2**20

    printed = {}
    for dpi in (300, 600):
        printer = new_printer(dialog.pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = scratch / f"printed-{dpi}.pdf"
        printer.setOutputFileName(str(out))
        printer.setResolution(dpi)
        started = time.perf_counter()
        print_pages(dialog.pages, printer)
        printed[dpi] = (time.perf_counter() - started, out.stat().st_size / 2**20, rss_mb() - before)
    dialog.close()

    width = 62
    print(f"Document preview, offscreen, a {SCREEN.width()}x{SCREEN.height()} screen, device pixel ratio 1:")
    figures.row("first invoice opened in the process (reportlab loads)", ms(first), "reported", None, width=width)
    figures.row("invoice PDF made + preview open + page 1 drawn (median)", ms(invoice_wall), f"< {OPEN_GOAL_MS:.0f} ms", invoice_wall * 1000 < OPEN_GOAL_MS, width=width)
    figures.row("  the same in CPU time", ms(invoice_cpu), "", None, width=width)
    figures.row("10-page document: preview open + page 1 drawn (median)", ms(ten_wall), f"< {OPEN_GOAL_MS:.0f} ms", ten_wall * 1000 < OPEN_GOAL_MS, width=width)
    figures.row("  the same in CPU time", ms(ten_cpu), "", None, width=width)
    turn = statistics.median(turns)
    figures.row("Page Down until the next page is drawn (median)", ms(turn), f"< {TURN_GOAL_MS:.0f} ms", turn * 1000 < TURN_GOAL_MS, width=width)
    figures.row("memory after reading 10 pages at fit width (RSS growth)", f"{fit_width_mb:.0f} MB", "reported", None, width=width)
    figures.row("  of which the pages' images kept", f"{fit_width_images:.0f} MB", "reported", None, width=width)
    figures.row("memory after 10 pages at 400 % (RSS growth)", f"{zoomed_mb:.0f} MB", "reported", None, width=width)
    figures.row("  of which the pages' images kept", f"{zoomed_images:.0f} MB", "≤ 96 MB + in sight", None, width=width)
    for dpi, (seconds, size, grown) in printed.items():
        figures.row(f"10 pages printed to a PDF file at {dpi} dpi", f"{seconds:.2f} s", "reported", None, width=width)
        figures.row(f"  file size; RSS growth since the preview opened", f"{size:.1f} MB; {grown:.0f} MB", "", None, width=width)
    db.close()


if __name__ == "__main__":
    main()

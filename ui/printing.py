"""What can be done with a document the program made (an invoice, a credit note, later the new-customer
kit): print it through the system's print dialog, save it as a PDF file, or open it in the PC's viewer.

Printing draws each page with pdfium at the printer's resolution (at most PRINT_DPI), in bands so
that a page never needs more than BAND_BYTES of memory, fitted to the printable area.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from retention_desktop.errors import UserError
from retention_desktop.files import FileInUse, beside, write_atomically
from retention_desktop.progress import Cancelled
from retention_desktop.text import isolate_auto

from ui.context import AppContext
from ui.ops import PROGRESS_DELAY_MS, run_action, show_problem
from ui.pdf_pages import PdfPages

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

PRINT_DPI = 600  # finer gains nothing on paper and costs memory and time
BAND_BYTES = 8 << 20  # a page is drawn for the printer a band of rows at a time

_PrintRange = QPrinter.PrintRange
_Option = QAbstractPrintDialog.PrintDialogOption


# -- what the user reads -------------------------------------------------------------------------


class NoPrinter(UserError):
    """QPrinterInfo knows no printer on this PC."""

    def __str__(self) -> str:
        return translate(
            "Printing",
            "No printer is installed on this PC. Add one in the system's printer settings, "
            "or use Save as PDF and print the file from another PC.",
        )


class PrinterNotReady(UserError):
    """The printer chosen could not be opened (gone, switched off, not allowed)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return translate(
            "Printing", "The printer {name} cannot be used now. Check that it is switched on and connected, then try again."
        ).format(name=isolate_auto(self.name))


class PrintFailed(PrinterNotReady):
    """The printer took the job and then failed part-way."""

    def __str__(self) -> str:
        return translate(
            "Printing", "The document could not be printed on {name}. Check the printer, then try again."
        ).format(name=isolate_auto(self.name))


class NoViewer(UserError):
    def __str__(self) -> str:
        return translate(
            "Printing", "This PC has no program that opens PDF files. Install a PDF viewer, or use Print or Save as PDF."
        )


# -- printing --------------------------------------------------------------------------------------


def printers_installed() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def new_printer(pages: PdfPages) -> QPrinter:
    """A printer set up for the document: its name in the print queue, the paper of its first page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pages.file_name).stem)
    if pages.count:
        size = pages.sizes[0]
        landscape = size.width() > size.height()
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
        printer.setFromTo(1, pages.count)
    return printer


def ask_printer(parent: QWidget, printer: QPrinter, page_count: int) -> bool:
    """The system's print dialog (printer, pages, copies); True if the user chose Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    for option in (_Option.PrintPageRange, _Option.PrintCurrentPage, _Option.PrintCollateCopies, _Option.PrintShowPageSize):
        dialog.setOption(option, True)
    dialog.setOption(_Option.PrintSelection, False)
    dialog.setMinMax(1, max(1, page_count))
    return dialog.exec() == QDialog.DialogCode.Accepted


def pages_to_print(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The pages (from 0) the print dialog asked for, in the order they go to the printer, copies
    included when the printer cannot make them itself."""
    chosen = list(range(count))
    if printer.printRange() == _PrintRange.CurrentPage:
        chosen = [current] if 0 <= current < count else []
    elif printer.printRange() == _PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            chosen = [index for index in range(count) if ranges.contains(index + 1)]
        elif printer.fromPage() > 0:
            last = printer.toPage() or count
            chosen = [index for index in range(count) if printer.fromPage() <= index + 1 <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies > 1:
        chosen = chosen * copies if printer.collateCopies() else [index for index in chosen for _ in range(copies)]
    return chosen


def print_pages(
    pages: PdfPages, printer: QPrinter, current: int = 0, between_pages: Callable[[int, int], None] | None = None
) -> int:
    """Print the pages the printer was set up for (after its dialog): each page fitted to the
    printable area, its shape kept, centred. The number of pages sent; PrinterNotReady or
    PrintFailed when the printer will not take them. `between_pages(sent, total)` is called before
    each page; the Cancelled it may raise abandons the job (nothing more reaches the printer)."""
    chosen = pages_to_print(printer, pages.count, current)
    if not chosen:
        return 0
    if printer.resolution() > PRINT_DPI:
        printer.setResolution(PRINT_DPI)  # a request: some drivers keep their own
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotReady(printer.printerName())
    try:
        for sent, index in enumerate(chosen):
            if between_pages is not None:
                between_pages(sent, len(chosen))
            if sent and not printer.newPage():
                raise PrintFailed(printer.printerName())
            _print_page(painter, printer, pages, index)
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailed(printer.printerName())
    return len(chosen)


def _print_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int) -> None:
    dpi = printer.resolution()
    area = printer.pageLayout().paintRectPixels(dpi)  # the painter's origin is its top-left corner
    target = pages.sizes[index].scaled(QSizeF(area.size()), Qt.AspectRatioMode.KeepAspectRatio)
    left = (area.width() - target.width()) / 2
    top = (area.height() - target.height()) / 2
    # Drawn at the device's own pixels, or at PRINT_DPI and scaled up when the driver kept a finer one.
    scale = min(1.0, PRINT_DPI / dpi)
    size = QSize(max(1, round(target.width() * scale)), max(1, round(target.height() * scale)))
    rows = max(1, BAND_BYTES // (4 * size.width()))
    grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
    to_device = target.height() / size.height()
    for first in range(0, size.height(), rows):
        band = pages.draw(index, size, top=first, rows=rows, grey=grey, printing=True)
        if band is None:  # the document was closed under the printing
            raise PrintFailed(printer.printerName())
        painter.drawImage(QRectF(left, top + first * to_device, target.width(), band.height() * to_device), band)


# -- saving and opening ------------------------------------------------------------------------------


def default_documents_folder() -> str:
    """The PC's Documents folder (the home folder if it has none)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def choose_documents_folder(parent: QWidget | None, start: str = "") -> str:
    """Ask for the folder Save as PDF starts in; "" if the user cancelled."""
    return QFileDialog.getExistingDirectory(
        parent, translate("Printing", "Choose the folder for saved documents"), start or default_documents_folder()
    )


def save_folder(context: AppContext) -> Path:
    """Where Save as PDF starts: the folder saved in last (or chosen in the settings), else Documents."""
    folder = context.preferences.documents_folder
    return Path(folder) if folder and Path(folder).is_dir() else Path(default_documents_folder())


def ask_save_path(parent: QWidget, start: Path) -> Path | None:
    """The system's save dialog, on `start` (a folder and a suggested file name); None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("Printing", "Save as PDF"), str(start), translate("Printing", "PDF documents (*.pdf)")
    )
    return Path(chosen) if chosen else None


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


_viewer_folder: Path | None = None


def viewer_folder() -> Path:
    """A folder of this user's own for the copies opened in the PC's viewer, removed at quit (a copy
    a viewer still holds open stays until the system clears its temporary files)."""
    global _viewer_folder
    if _viewer_folder is None or not _viewer_folder.is_dir():
        _viewer_folder = Path(tempfile.mkdtemp(prefix="retention-documents-"))
        atexit.register(shutil.rmtree, _viewer_folder, True)
    return _viewer_folder


def viewer_copy(data: bytes, file_name: str) -> Path:
    """The document written under its own name for the viewer; beside it ("INV-000001 (2).pdf") when
    a viewer holds the first copy open."""
    target = viewer_folder() / file_name
    try:
        return write_atomically(target, data)
    except FileInUse:
        return write_atomically(beside(target), data)


def open_file(path: Path) -> bool:
    """Open a written file in the PC's viewer. Not under the offscreen platform of the tests, where
    there is no viewer to open (True there: nothing went wrong)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        log.info("not opening %s on the %s platform", path, QGuiApplication.platformName())
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- the actions on one document ---------------------------------------------------------------------


class DocumentActions:
    """Print…, Save as PDF… and Open in the PC's viewer for one document, their problems shown
    politely over `parent`. Each action is the system's dialog (one call) and then the work, which
    the tests run without the dialog: print_to(printer), save_to(path)."""

    def __init__(self, context: AppContext, parent: QWidget, pages: PdfPages, current_page: Callable[[], int] = lambda: 0) -> None:
        self._context = context
        self._parent = parent
        self.pages = pages
        self._current_page = current_page
        self.saved_path: Path | None = None
        self.viewer_path: Path | None = None

    def print_document(self) -> int:
        """Ask for the printer and the pages, then print; the number of pages sent."""
        if not printers_installed():
            show_problem(self._parent, translate("Printing", "Print"), str(NoPrinter()))
            return 0
        printer = new_printer(self.pages)
        if not ask_printer(self._parent, printer, self.pages.count):
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on a printer set up as after the print dialog; the number of pages sent (0 if a
        problem was shown or the user cancelled). A long job shows its pages go by, with Cancel."""
        sent: list[int] = []
        pages, current = self.pages, self._current_page()
        progress = QProgressDialog(translate("Printing", "Printing…"), translate("Ops", "Cancel"), 0, 0, self._parent)
        progress.setObjectName("printingProgress")
        progress.setWindowTitle(translate("Printing", "Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def between_pages(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)  # the dialog, once shown, takes the events (Cancel) here
            if progress.wasCanceled():
                raise Cancelled()

        try:
            run_action(
                self._parent, translate("Printing", "Print"), lambda: print_pages(pages, printer, current, between_pages), sent.append
            )
        finally:
            progress.reset()
            progress.deleteLater()
        return sent[0] if sent else 0

    def save_as(self) -> Path | None:
        """Ask where, then save; the file written, or None."""
        chosen = ask_save_path(self._parent, save_folder(self._context) / self.pages.file_name)
        return self.save_to(chosen) if chosen is not None else None

    def save_to(self, path: Path) -> Path | None:
        """Write the document's very bytes to `path` (".pdf" added if missing), whole or not at all;
        its folder is where the next Save as PDF starts."""
        target = with_pdf_suffix(Path(path))
        data = self.pages.data
        saved: list[Path] = []
        run_action(self._parent, translate("Printing", "Save as PDF"), lambda: write_atomically(target, data), saved.append)
        if not saved:
            return None
        self.saved_path = saved[0]
        self._context.preferences.documents_folder = str(saved[0].parent)
        self._context.preferences.sync()
        return saved[0]

    def open_in_viewer(self) -> Path | None:
        """Open a copy in the PC's own PDF viewer; the copy, or None."""
        data, name = self.pages.data, self.pages.file_name
        written: list[Path] = []
        title = translate("Printing", "Open in viewer")
        run_action(self._parent, title, lambda: viewer_copy(data, name), written.append)
        if not written:
            return None
        self.viewer_path = written[0]
        if not open_file(written[0]):
            show_problem(self._parent, title, str(NoViewer()))
        return written[0]


# -- invoices and credit notes ---------------------------------------------------------------------------


def invoice_pages(context: AppContext, parent: QWidget, document_id: int) -> PdfPages | None:
    """An issued invoice or credit note as a PDF, in the UI's language; None if a problem was shown."""
    # reportlab loads on the first print, not at start-up.
    from retention_desktop.pdf.invoice import pdf_file_name, render_invoice
    from retention_desktop.printable import printable_invoice

    db, language = context.db, context.language

    def make() -> PdfPages:
        document = printable_invoice(db, document_id)
        return PdfPages(render_invoice(document, language=language), pdf_file_name(document.number))

    made: list[PdfPages] = []
    run_action(parent, translate("Printing", "Print"), make, made.append)
    return made[0] if made else None

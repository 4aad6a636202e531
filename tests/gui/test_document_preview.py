"""The document preview as a shop owner uses it: pages shown and turned, zoom, Print… (on a printer
set up as after the print dialog, printing to a PDF file), Save as PDF…, Open in viewer, and the
issued invoice shown on the dialog that issued it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.db import Database
from retention_desktop.files import FolderNotWritable
from retention_desktop.progress import Cancelled
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

from ui.context import AppContext
from ui.document_preview import IMAGE_BYTES, DocumentPreviewDialog, Fit, PageView
from ui.invoice_dialog import NewInvoiceDialog
from ui.invoice_view import InvoiceViewDialog
from ui.pdf_pages import NotAPdf, PdfPages
from ui.preferences import Preferences
from ui.printing import NoPrinter, invoice_pages, new_printer, print_pages
from ui.sales_page import SalesPage

from .conftest import type_text

MARKS = {c: None for c in (0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)}


def plain(text: str) -> str:
    return text.translate(MARKS).replace("\u00a0", " ")


def numbered_pdf(pages: int) -> bytes:
    """A PDF of `pages` A4 pages, each with its number in big type and a black box whose place
    on the page moves with it (a page told from another by its pixels), the box on the left half."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 96)
        canvas.drawString(72, 640, f"Page {number}")
        canvas.rect(40, 700 - 60 * number, 200, 50, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def make_context(db: Database, language: Callable[[str], None]) -> Callable[..., AppContext]:
    def make(lang: str = "en") -> AppContext:
        language(lang)
        return AppContext(db=db, preferences=Preferences(), language=lang)

    return make


@pytest.fixture
def invoice(db: Database, sample_book: dict[str, int]) -> int:
    save_profile(db, BusinessProfile(name_ar="صالون الورد", name_en="Rose Salon", vat_number="300000000000003", address="الرياض"))
    lines = [LineDraft(f"خدمة {n}", Decimal(1), Decimal("50.00")) for n in range(1, 4)]
    return issue_invoice(db, InvoiceDraft(sample_book["ahmed"], lines)).id


def open_preview(qtbot: QtBot, context: AppContext, data: bytes, size: QSize = QSize(900, 700)) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(context, PdfPages(data, "sample.pdf"))
    qtbot.addWidget(dialog)
    dialog.resize(size)
    dialog.show()
    qtbot.waitExposed(dialog)
    drawn(qtbot, dialog.preview.view)
    return dialog


def drawn(qtbot: QtBot, view: PageView) -> None:
    """Wait until the pages in sight are drawn."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not view.drawing() and view.image(view.current_page) is not None, timeout=10_000)


def dark_share(image: QImage) -> float:
    """The share of an image's pixels that are dark, sampled on a grid."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    step = max(1, min(grey.width(), grey.height()) // 100)
    samples = [grey.pixelColor(x, y).value() for y in range(0, grey.height(), step) for x in range(0, grey.width(), step)]
    return sum(1 for value in samples if value < 128) / len(samples)


def small_grey(image: QImage, size: QSize = QSize(60, 85)) -> list[int]:
    scaled = image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return [scaled.pixelColor(x, y).value() for y in range(size.height()) for x in range(size.width())]


def looks_alike(first: QImage, second: QImage) -> float:
    """The mean difference of two pages' grey levels, both shrunk to the same few pixels (0: alike)."""
    a, b = small_grey(first), small_grey(second)
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def page_image(data: bytes | Path, index: int = 0, width: int = 300) -> QImage:
    pages = PdfPages(data if isinstance(data, bytes) else Path(data).read_bytes())
    try:
        size = pages.sizes[index]
        image = pages.draw(index, QSize(width, round(width * size.height() / size.width())))
        assert image is not None
        return image
    finally:
        pages.close()


# -- showing the pages --------------------------------------------------------------------------------


def test_a_ten_page_document_opens_drawing_only_the_pages_in_sight_and_turns_page_by_page(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(10))
    preview, view = dialog.preview, dialog.preview.view
    assert view.page_count == 10 and plain(preview.page_count.text()) == "of 10"
    assert preview.page_text() == "Page 1 of 10"
    assert preview.print_button.isDefault()

    # The first page is drawn, sharp (at the screen's device pixels), and not blank; the pages
    # out of sight are not drawn at all.
    first = view.image(0)
    assert first is not None
    rect = view.page_rect(0)
    ratio = view.viewport().devicePixelRatioF()
    assert abs(first.width() - rect.width() * ratio) <= 1 and abs(first.height() - rect.height() * ratio) <= 1
    assert 0.02 < dark_share(first) < 0.5
    assert view.image(9) is None and sum(view.image(n) is not None for n in range(10)) <= 3

    # What the user sees is that page: the window's own pixels match the page drawn directly.
    shot = view.viewport().grab(rect.intersected(view.viewport().rect())).toImage()
    expected = page_image(numbered_pdf(10), 0, rect.width()).copy(0, 0, shot.width(), shot.height())
    assert looks_alike(shot, expected) < 12

    # Next, Page Down, Page Up, a page typed in, Ctrl+End.
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert view.current_page == 1 and preview.page_text() == "Page 2 of 10"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page == 2 and preview.page_box.value() == 3
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page == 1
    preview.page_box.setFocus()
    preview.page_box.selectAll()
    type_text(preview.page_box, "٧")  # an Arabic-Indic 7
    qtbot.keyClick(preview.page_box, Qt.Key.Key_Return)
    assert view.current_page == 6 and preview.page_text() == "Page 7 of 10"
    assert dialog.findChild(QMessageBox) is None  # Enter went to the page, not to Print…
    qtbot.keyClick(preview.page_box, Qt.Key.Key_PageDown)  # the keys work from the page box too
    assert view.current_page == 7 and preview.page_box.text() == "8"
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.current_page == 9 and not preview.next_button.isEnabled()
    drawn(qtbot, view)
    last = view.image(9)
    assert last is not None and looks_alike(last, page_image(numbered_pdf(10), 9)) < 12
    assert looks_alike(last, page_image(numbered_pdf(10), 0)) > 3  # another page, not the first again
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_page == 8


def test_zoom_fits_the_page_or_the_width_and_steps_and_the_pages_are_drawn_again_at_the_new_size(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(3))
    preview, view = dialog.preview, dialog.preview.view
    assert view.fit == Fit.WIDTH and preview.zoom_box.currentText() == "Fit width"
    width = view.page_rect(0).width()
    assert width >= view.viewport().width() - 40

    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData(Fit.PAGE))
    preview.zoom_box.activated.emit(preview.zoom_box.currentIndex())
    page = view.page_rect(0)
    assert page.height() <= view.viewport().height() and page.width() < width
    drawn(qtbot, view)
    image = view.image(0)
    assert image is not None and abs(image.height() - page.height() * view.viewport().devicePixelRatioF()) <= 1

    view.set_zoom(1.0)
    assert plain(preview.zoom_box.currentText()) == "100%"
    actual = view.page_rect(0).width()
    assert abs(actual - 210 / 25.4 * 96) <= 2  # A4's 210 mm at 96 pixels an inch
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.25 and view.page_rect(0).width() > actual
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 0.75
    drawn(qtbot, view)
    image = view.image(view.current_page)
    assert image is not None and abs(image.width() - view.page_rect(0).width() * view.viewport().devicePixelRatioF()) <= 1


def test_memory_stays_bounded_when_a_long_document_is_read_at_a_large_zoom(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(10))
    view = dialog.preview.view
    view.set_zoom(4.0)
    most = 0
    for page in range(10):
        view.go_to(page)
        drawn(qtbot, view)
        most = max(most, view.images_bytes())
    assert most <= IMAGE_BYTES + 2 * view.image(9).sizeInBytes()  # type: ignore[union-attr]
    assert sum(view.image(n) is not None for n in range(10)) < 10


def test_a_file_that_is_not_a_pdf_is_refused_with_a_message() -> None:
    with pytest.raises(NotAPdf) as refused:
        PdfPages(b"%PDF-1.4 this is not really a PDF")
    assert str(refused.value) == "This document cannot be shown: it is not a PDF, or the file is damaged."


def test_in_arabic_the_toolbar_reads_right_to_left_but_the_page_is_not_mirrored(
    qtbot: QtBot, make_context: Callable[..., AppContext]
) -> None:
    dialog = open_preview(qtbot, make_context("ar"), numbered_pdf(3))
    preview, view = dialog.preview, dialog.preview.view
    assert preview.isRightToLeft()

    def x(widget: QWidget) -> int:
        return widget.mapTo(dialog, widget.rect().center()).x()

    # Print… starts the toolbar on the right; the next page is to the left of the previous one.
    assert x(preview.print_button) > x(preview.save_button) > x(preview.zoom_box)
    assert x(preview.next_button) < x(preview.page_box) < x(preview.previous_button)
    # The box printed on the left of the first page is on the left on screen too.
    rect = view.page_rect(0)
    shot = view.viewport().grab(rect).toImage()
    left = shot.copy(0, 0, shot.width() // 2, shot.height())
    right = shot.copy(shot.width() // 2, 0, shot.width() - shot.width() // 2, shot.height())
    assert dark_share(left) > 2 * dark_share(right)


# -- saving and opening --------------------------------------------------------------------------------


def test_save_as_pdf_writes_the_very_bytes_and_remembers_the_folder(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    context = make_context("en")
    data = numbered_pdf(2)
    dialog = open_preview(qtbot, context, data)
    folder = tmp_path / "saved"
    folder.mkdir()
    path = dialog.preview.save_to(folder / "copy")  # what follows the save dialog
    assert path == folder / "copy.pdf" and path.read_bytes() == data
    assert plain(dialog.preview.message.text()) == f"Saved as {path}"
    assert Preferences().documents_folder == str(folder)  # the next Save as PDF starts there
    assert [p.name for p in folder.iterdir()] == ["copy.pdf"]  # no temporary file left


def test_open_in_viewer_writes_a_copy_under_the_documents_name(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    data = numbered_pdf(1)
    dialog = open_preview(qtbot, make_context("en"), data)
    copy = dialog.preview.open_in_viewer()  # the offscreen platform has no viewer to start
    assert copy is not None and copy.name == "sample.pdf" and copy.read_bytes() == data
    again = dialog.preview.open_in_viewer()
    assert again is not None and again.read_bytes() == data


def _permissions_bind(test: str) -> bool:
    """True to run the test here; as root, it runs again without the power to ignore permissions
    (setpriv, from util-linux) and this run only checks that run passed."""
    if os.geteuid() != 0 or os.environ.get("RETENTION_PERMISSIONS_BIND"):
        return True
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to bind")
    dropped = "-dac_override,-dac_read_search,-fowner"
    done = subprocess.run(
        [setpriv, f"--inh-caps={dropped}", f"--bounding-set={dropped}", sys.executable, "-m", "pytest", "-q",
         "-p", "no:cacheprovider", "-n0", f"{__file__}::{test}"],
        env={**os.environ, "RETENTION_PERMISSIONS_BIND": "1", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return False


def test_saving_into_a_folder_that_cannot_be_written_says_so_and_writes_nothing(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    if not _permissions_bind("test_saving_into_a_folder_that_cannot_be_written_says_so_and_writes_nothing"):
        return
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(1))
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert dialog.preview.save_to(folder / "sample.pdf") is None
    finally:
        folder.chmod(0o755)
    box = dialog.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible() and box.windowTitle() == "Save as PDF"
    assert box.text() == str(FolderNotWritable(folder / "sample.pdf"))
    assert plain(box.text()) == f"The folder {folder} cannot be written to. Choose another folder."
    assert list(folder.iterdir()) == [] and not dialog.preview.message.isVisible()
    assert dialog.findChild(QMessageBox, "unexpectedProblemBox") is None


# -- printing ---------------------------------------------------------------------------------------


def pdf_printer(pages: PdfPages, path: Path) -> QPrinter:
    """A printer as the print dialog leaves it, printing to a PDF file (a coarse resolution: quick)."""
    printer = new_printer(pages)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_print_sends_every_page_fitted_to_the_paper_and_looking_like_the_document(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    pypdf = pytest.importorskip("pypdf")
    data = numbered_pdf(3)
    dialog = open_preview(qtbot, make_context("en"), data)
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(dialog.pages, printed)
    assert printer.pageLayout().pageSize().id().name == "A4" and printer.docName() == "sample"
    assert dialog.preview.document_actions.print_to(printer) == 3
    assert len(pypdf.PdfReader(printed).pages) == 3
    for page in (0, 2):
        assert looks_alike(page_image(printed, page), page_image(data, page)) < 10
    assert looks_alike(page_image(printed, 2), page_image(data, 0)) > 3

    # Pages 2 to 3 only; the current page only; two copies, collated, made by the program when the
    # printer (a PDF file) cannot make them.
    some = tmp_path / "some.pdf"
    printer = pdf_printer(dialog.pages, some)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.preview.document_actions.print_to(printer) == 2
    assert looks_alike(page_image(some, 0), page_image(data, 1)) < 10
    dialog.preview.view.go_to(2)
    current = pdf_printer(dialog.pages, tmp_path / "current.pdf")
    current.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert dialog.preview.document_actions.print_to(current) == 1
    assert looks_alike(page_image(tmp_path / "current.pdf", 0), page_image(data, 2)) < 10
    copies = pdf_printer(dialog.pages, tmp_path / "copies.pdf")
    copies.setCopyCount(2)
    copies.setCollateCopies(True)
    expected = 3 if copies.supportsMultipleCopies() else 6
    assert dialog.preview.document_actions.print_to(copies) == expected


def test_print_without_any_printer_installed_says_so_plainly(qtbot: QtBot, make_context: Callable[..., AppContext]) -> None:
    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(1))
    qtbot.keyClick(dialog.preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    box = dialog.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible() and box.windowTitle() == "Print"
    assert box.text() == str(NoPrinter())
    assert box.text().startswith("No printer is installed on this PC.")


def test_a_printer_that_cannot_be_opened_is_said_politely(
    qtbot: QtBot, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, make_context("en"), numbered_pdf(1))
    printer = pdf_printer(dialog.pages, tmp_path / "no such folder" / "printed.pdf")
    assert dialog.preview.document_actions.print_to(printer) == 0
    box = dialog.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible() and box.windowTitle() == "Print"
    assert box.text().startswith("The printer ") and "cannot be used now" in box.text()
    assert dialog.findChild(QMessageBox, "unexpectedProblemBox") is None


# -- invoices ------------------------------------------------------------------------------------------


def test_print_from_the_sales_list_and_the_invoice_opens_the_invoice_in_the_preview(
    qtbot: QtBot, db: Database, invoice: int, make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    from retention_desktop.pdf.invoice import render_invoice
    from retention_desktop.printable import printable_invoice

    context = make_context("en")
    expected = render_invoice(printable_invoice(db, invoice), language="en")
    page = SalesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_document(invoice)
    page.action_print.trigger()
    dialog = page.findChild(DocumentPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages.data == expected and dialog.pages.file_name == "INV-000001.pdf"
    assert "INV-000001" in dialog.windowTitle()
    drawn(qtbot, dialog.preview.view)
    assert dark_share(dialog.preview.view.image(0)) > 0.005  # type: ignore[arg-type]
    saved = dialog.preview.save_to(tmp_path / "INV-000001.pdf")
    assert saved is not None and saved.read_bytes() == expected
    dialog.close()

    view = InvoiceViewDialog(context, invoice)
    qtbot.addWidget(view)
    view.show()
    assert view.print_button.text() == "Print…"
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    from_view = view.findChild(DocumentPreviewDialog)
    assert from_view is not None and from_view.isVisible() and from_view.pages.data == expected


def test_the_issued_invoice_is_shown_on_the_dialog_that_issued_it_with_its_actions(
    qtbot: QtBot, db: Database, invoice: int, sample_book: dict[str, int], make_context: Callable[..., AppContext], tmp_path: Path
) -> None:
    context = make_context("en")
    dialog = NewInvoiceDialog(context, sample_book["fatima"])
    qtbot.addWidget(dialog)
    dialog.resize(1000, 560)
    dialog.show()
    line = dialog.lines[0]
    line.description.setText("قص شعر")
    line.quantity.setText("1")
    line.unit_price.setText("80")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = dialog.issued_document
    assert issued is not None and issued.number == "INV-000002"

    page = dialog.result
    assert page.isVisible() and "INV-000002" in plain(page.issued_text.text())
    for button in (page.print_button, page.save_button, page.viewer_button, page.open_button, page.close_button):
        assert button.isVisible() and button.isEnabled()
    assert page.print_button.isDefault()
    # The picture is the invoice's first page, whole, on the grey desk, drawn and not blank.
    picture = page.picture
    drawn(qtbot, picture)
    rect = picture.page_rect(0)
    assert picture.viewport().rect().contains(rect)
    assert rect.height() >= 0.8 * picture.viewport().height() - 40 and rect.width() > 250
    image = picture.image(0)
    assert image is not None and dark_share(image) > 0.005
    assert looks_alike(image, page_image(invoice_pages(context, dialog, issued.id).data)) < 10  # type: ignore[union-attr]
    corner = picture.viewport().grab().toImage().pixelColor(2, 2)
    assert corner.name() != "#ffffff"  # the desk around the page is not white

    # Save as PDF from the issued page, then the whole document from its picture.
    saved = page.save_to(tmp_path / "INV-000002")
    assert saved == tmp_path / "INV-000002.pdf" and dialog.printed_path == saved
    assert saved.read_bytes() == page.pages.data  # type: ignore[union-attr]
    assert plain(dialog.printed_text.text()) == f"Saved as {saved}"
    qtbot.mouseClick(picture.viewport(), Qt.MouseButton.LeftButton)
    whole = dialog.findChild(DocumentPreviewDialog)
    assert whole is not None and whole.isVisible() and whole.pages.data == page.pages.data  # type: ignore[union-attr]
    whole.close()
    drawn(qtbot, picture)  # the picture keeps its own copy of the document
    assert picture.image(0) is not None


def test_a_print_job_cancelled_between_pages_sends_no_more(qtbot: QtBot, tmp_path: Path) -> None:
    pages = PdfPages(numbered_pdf(3), "sample.pdf")
    printer = pdf_printer(pages, tmp_path / "cancelled.pdf")
    seen: list[int] = []

    def between_pages(sent: int, total: int) -> None:
        seen.append(sent)
        if sent == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        print_pages(pages, printer, 0, between_pages)
    assert seen == [0, 1]
    # A printer drops the job (abort); a PDF file, which cannot be aborted, keeps the one page sent.
    cancelled = tmp_path / "cancelled.pdf"
    assert not cancelled.exists() or len(pytest.importorskip("pypdf").PdfReader(cancelled).pages) == 1
    pages.close()

"""Printing an invoice or credit note: a PDF written to the folder chosen once, then opened in the PC's viewer."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.context import AppContext
from ui.ops import run_action

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def default_documents_folder() -> str:
    """The PC's Documents folder (the home folder if it has none)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def choose_documents_folder(parent: QWidget | None, start: str = "") -> str:
    """Ask for the folder printed documents go to; "" if the user cancelled."""
    return QFileDialog.getExistingDirectory(
        parent,
        translate("Printing", "Choose the folder for printed invoices"),
        start or default_documents_folder(),
    )


def documents_folder(context: AppContext, parent: QWidget | None) -> Path | None:
    """The folder chosen before, or one the user chooses now (and is remembered); None if cancelled."""
    folder = context.preferences.documents_folder
    if folder and Path(folder).is_dir():
        return Path(folder)
    chosen = choose_documents_folder(parent)
    if not chosen:
        return None
    context.preferences.documents_folder = chosen
    context.preferences.sync()
    return Path(chosen)


def print_document(context: AppContext, parent: QWidget, document_id: int, number: str) -> Path | None:
    """Write the document's PDF in the UI's language and open it; its path, or None if nothing was
    written (folder choice cancelled, or a problem the user was told about)."""
    folder = documents_folder(context, parent)
    if folder is None:
        return None
    # reportlab loads on the first print, not at start-up.
    from retention_desktop.pdf.invoice import pdf_file_name, write_invoice_pdf

    target = folder / pdf_file_name(number)
    db, language = context.db, context.language
    written: list[Path] = []
    # A file that cannot be written (a folder in the way, a full disk, a viewer holding it) comes
    # back as a UserError naming the file, and ops shows it.
    run_action(
        parent,
        translate("Printing", "Print"),
        lambda: write_invoice_pdf(db, document_id, target, language=language),
        written.append,
    )
    if not written:
        return None
    open_file(written[0])
    return written[0]


def open_file(path: Path) -> bool:
    """Open a written file in the PC's viewer (print from there). Not under the offscreen platform
    of the tests, where there is no viewer to open."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        log.info("not opening %s on the %s platform", path, QGuiApplication.platformName())
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

"""Printing an invoice or credit note: a PDF written to the folder chosen once, then opened in the PC's viewer."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from retention_desktop.sales import SalesError
from retention_desktop.text import isolate_ltr

from ui.context import AppContext

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


def print_document(context: AppContext, parent: QWidget | None, document_id: int, number: str) -> Path | None:
    """Write the document's PDF in the UI's language and open it; its path, or None if nothing was
    written (folder choice cancelled, or a problem the user was told about)."""
    folder = documents_folder(context, parent)
    if folder is None:
        return None
    # reportlab loads on the first print, not at start-up.
    from retention_desktop.pdf.invoice import pdf_file_name, write_invoice_pdf

    target = folder / pdf_file_name(number)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        path = write_invoice_pdf(context.db, document_id, target, language=context.language)
    except SalesError as error:
        warn(parent, str(error))
        return None
    except OSError as error:
        log.warning("cannot write %s: %s", target, error)
        warn(
            parent,
            translate("Printing", "The file {path} could not be written: {reason}").format(
                path=isolate_ltr(str(target)), reason=error.strerror or error
            ),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    open_file(path)
    return path


def open_file(path: Path) -> bool:
    """Open a written file in the PC's viewer (print from there). Not under the offscreen platform
    of the tests, where there is no viewer to open."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        log.info("not opening %s on the %s platform", path, QGuiApplication.platformName())
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def warn(parent: QWidget | None, text: str) -> QMessageBox:
    """A warning that does not block the caller (tests keep running, the user reads and closes it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Printing", "Print"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("printWarning")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

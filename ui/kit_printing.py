"""Printing welcome kits from the windows: one customer's kit made, recorded and shown; a kit printed
before shown again from its record. show_pdf is the one place a kit's PDF reaches the screen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from retention_desktop.kit import PrintedKit, customer_of_invoice, print_kit, reprint_kit

from ui.context import AppContext
from ui.ops import run_action

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def show_pdf(parent: QWidget, context: AppContext, pdf: bytes, suggested_file_name: str) -> QDialog | None:
    """Show a PDF made in memory in the print preview (Print…, Save as PDF…, Open in viewer), as
    invoices are shown; `suggested_file_name` is what Save and the viewer's copy are called.
    Returns the preview window, or None (a problem the user was told about)."""
    from ui.document_preview import DocumentPreviewDialog
    from ui.pdf_pages import PdfPages

    opened: list[PdfPages] = []
    run_action(parent, translate("KitPrinting", "Print"), lambda: PdfPages(pdf, suggested_file_name), opened.append)
    if not opened:
        return None
    dialog = DocumentPreviewDialog(context, opened[0], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _shown(parent: QWidget, context: AppContext, printed: PrintedKit) -> QDialog | None:
    if printed.notes:
        box = QMessageBox(QMessageBox.Icon.Information, translate("KitPrinting", "Welcome kit"), "\n".join(printed.notes), parent=parent)
        box.setObjectName("kitNotes")
        box.open()
    context.changed.emit()  # the kit is on the customer's history now
    return show_pdf(parent, context, printed.pdf, printed.file_name)


def print_welcome_kit(
    context: AppContext,
    parent: QWidget,
    *,
    customer_id: int | None = None,
    invoice_id: int | None = None,
    language: str | None = None,
) -> PrintedKit | None:
    """Make the customer's welcome kit (about `invoice_id`, or their first purchase), record it on
    their history and show it; in `language`, the UI's by default. The kit made, or None."""
    db, kit_language = context.db, language or context.language
    made: list[PrintedKit] = []

    def work() -> PrintedKit:
        customer = customer_id if customer_id is not None else customer_of_invoice(db, invoice_id or 0)
        if invoice_id is not None:
            # Right after the sale the rules may not have booked the satisfaction call yet (they
            # run in the background): booked now, the kit's "what happens next" lists it. They
            # add each follow-up once only, whoever runs them first.
            from retention_desktop.clock import shop_today
            from retention_desktop.rules import apply_follow_up_rules

            apply_follow_up_rules(db, today=shop_today(db))
        return print_kit(db, customer, language=kit_language, invoice_id=invoice_id)

    run_action(parent, translate("KitPrinting", "Print welcome kit"), work, made.append)
    if not made:
        return None
    _shown(parent, context, made[0])
    return made[0]


def reprint_welcome_kit(context: AppContext, parent: QWidget, print_id: int) -> PrintedKit | None:
    """A kit printed before, drawn again from its record (the same file) and shown."""
    db = context.db
    made: list[PrintedKit] = []
    run_action(parent, translate("KitPrinting", "Reprint welcome kit"), lambda: reprint_kit(db, print_id), made.append)
    if not made:
        return None
    show_pdf(parent, context, made[0].pdf, made[0].file_name)
    return made[0]


__all__ = ["print_welcome_kit", "reprint_welcome_kit", "show_pdf"]

"""The screens and dialogs tools/screenshots.py pictures, each opened from a main window of one
language, size and book (a Shot, tools/shot.py); SCREENS names them in the order of the pictures:
the everyday screens here, data in and out and its safety in screens_data.py, lost customers and
campaigns in screens_retention.py."""

from __future__ import annotations


from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from retention_desktop.db import default_database_path


from tools.shot import Screen, Shot, first_customer, settings, settle, type_into
from tools.screens_data import (
    check,
    check_damaged,
    damaged,
    export,
    import_choose,
    import_mapping,
    import_preview,
    import_result,
    pin,
    pin_set,
    pin_set_error,
    restore,
    server,
    server_copied,
    server_error,
    settings_safety,
)
from tools.screens_retention import (
    campaign_costs,
    campaign_new,
    campaign_new_error,
    campaign_view,
    campaigns,
    customer_lost,
    lost,
    lost_marked,
    lost_report,
    mark_lost,
    mark_lost_error,
    sequence,
    sequence_error,
    settings_losses,
)

# --- the screens -------------------------------------------------------------------------------


def _tab(index: int) -> Screen:
    def show(shot: Shot) -> QWidget:
        shot.window.tabs.setCurrentIndex(index)
        return shot.window

    return show




def _first_invoice(shot: Shot) -> int | None:
    from retention_desktop.documents import list_documents

    rows, _total = list_documents(shot.db, limit=20)
    invoices = [r for r in rows if r.kind.value == "invoice"]
    return invoices[0].id if invoices else None


def _first_follow_up(shot: Shot):  # type: ignore[no-untyped-def]
    from retention_desktop.clock import shop_today
    from retention_desktop.followups import follow_ups_due

    due = follow_ups_due(shot.db, on=shop_today(shot.db), limit=5)
    for rows in (due.today, due.overdue, due.upcoming):
        if rows:
            return rows[0]
    return None


def customers_tab(shot: Shot) -> QWidget:
    shot.window.show_customers()
    customer = first_customer(shot)
    if customer is not None:
        shot.window.book.open_customer(customer)
    return shot.window


def new_customer(shot: Shot) -> QWidget:
    from ui.customer_dialog import CustomerDialog

    return CustomerDialog(shot.context, None, shot.window)


def new_customer_error(shot: Shot) -> QWidget:
    dialog = new_customer(shot)
    type_into(dialog.full_name, "محمد العتيبي")  # type: ignore[attr-defined]
    type_into(dialog.phones.edits[0], "12345abc")  # type: ignore[attr-defined]
    type_into(dialog.email, "mohammed@")  # type: ignore[attr-defined]
    dialog._save(allow_duplicate=False)  # type: ignore[attr-defined]
    return dialog


def edit_customer(shot: Shot) -> QWidget | None:
    from ui.customer_dialog import CustomerDialog

    customer = first_customer(shot)
    return None if customer is None else CustomerDialog(shot.context, customer, shot.window)


def schedule(shot: Shot) -> QWidget:
    from ui.schedule_dialog import ScheduleFollowUpDialog

    return ScheduleFollowUpDialog(shot.context, first_customer(shot), shot.window)


def done(shot: Shot) -> QWidget | None:
    from ui.follow_up_dialogs import DoneDialog

    row = _first_follow_up(shot)
    return None if row is None else DoneDialog(shot.context, row, shot.window)


def snooze(shot: Shot) -> QWidget | None:
    from ui.follow_up_dialogs import SnoozeDialog

    row = _first_follow_up(shot)
    return None if row is None else SnoozeDialog(shot.context, row, shot.window)


def interaction(shot: Shot) -> QWidget | None:
    from ui.interaction_dialog import InteractionDialog

    customer = first_customer(shot)
    return None if customer is None else InteractionDialog(shot.context, customer, shot.window)


def message(shot: Shot) -> QWidget | None:
    from ui.message_dialog import MessageDialog

    customer = first_customer(shot)
    return None if customer is None else MessageDialog(shot.context, customer, None, shot.window)


def templates(shot: Shot) -> QWidget:
    from ui.template_dialog import TemplatesDialog

    return TemplatesDialog(shot.context, shot.window)


def settings_profile(shot: Shot) -> QWidget:
    dialog = settings(shot)
    dialog.show_profile()  # type: ignore[attr-defined]
    return dialog


def settings_profile_kit(shot: Shot) -> QWidget:
    """The profile scrolled to its last fields, those of the new-customer kit (opening hours…)."""
    from PySide6.QtWidgets import QScrollArea

    dialog = settings_profile(shot)
    dialog.show()
    settle(QApplication.instance())  # type: ignore[arg-type]
    scroll = dialog.findChild(QScrollArea, "businessProfileScroll")
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    return dialog


def catalogue(shot: Shot) -> QWidget:
    from ui.catalogue_dialog import CatalogueDialog

    return CatalogueDialog(shot.context, shot.window)


def catalogue_item(shot: Shot) -> QWidget:
    from ui.catalogue_dialog import CatalogueItemDialog

    return CatalogueItemDialog(shot.context, None, shot.window)


def new_invoice(shot: Shot) -> QWidget:
    from ui.invoice_dialog import NewInvoiceDialog

    return NewInvoiceDialog(shot.context, first_customer(shot), shot.window)


def new_invoice_filled(shot: Shot) -> QWidget:
    """A counter sale being typed: catalogue items, a discount as a percentage and one as an
    amount, paid now in part (nothing is issued)."""
    from retention_desktop.catalogue import catalogue_items

    dialog = new_invoice(shot)
    items = catalogue_items(shot.db)[:3]
    typed = [("", "1", "120.00", "10%"), ("", "2", "1,234.50", "15.50"), ("", "3", "9.99", "")]
    for index, (description, quantity, price, discount) in enumerate(typed):
        line = dialog.lines[index] if index < len(dialog.lines) else dialog.add_line()  # type: ignore[attr-defined]
        if index < len(items):
            line.item.setCurrentIndex(line.item.findData(items[index].id))
        else:
            type_into(line.description, description or "Delivery")
        type_into(line.quantity, quantity)
        type_into(line.unit_price, price)
        type_into(line.discount, discount)
    dialog.paid_now.setChecked(True)  # type: ignore[attr-defined]
    type_into(dialog.paid_amount, "500")  # type: ignore[attr-defined]
    dialog._paid_typed = True  # type: ignore[attr-defined]
    dialog.update_totals()  # type: ignore[attr-defined]
    return dialog


def new_invoice_error(shot: Shot) -> QWidget:
    """Paid now with an amount that is not one: the message under the field (nothing is issued)."""
    dialog = new_invoice_filled(shot)
    type_into(dialog.paid_amount, "abc")  # type: ignore[attr-defined]
    dialog.issue()  # type: ignore[attr-defined]
    return dialog


def invoice_view(shot: Shot) -> QWidget | None:
    from ui.invoice_view import InvoiceViewDialog

    invoice = _first_invoice(shot)
    return None if invoice is None else InvoiceViewDialog(shot.context, invoice, shot.window)


def _first_document(shot: Shot, kind: str, credited: bool = False) -> int | None:
    from retention_desktop.documents import list_documents

    rows, _total = list_documents(shot.db, limit=500)
    found = [r for r in rows if r.kind.value == kind and (not credited or r.credited)]
    return found[0].id if found else None


def credit_note_view(shot: Shot) -> QWidget | None:
    from ui.invoice_view import InvoiceViewDialog

    document = _first_document(shot, "credit_note")
    return None if document is None else InvoiceViewDialog(shot.context, document, shot.window)


def invoice_view_credited(shot: Shot) -> QWidget | None:
    from ui.invoice_view import InvoiceViewDialog

    document = _first_document(shot, "invoice", credited=True)
    return None if document is None else InvoiceViewDialog(shot.context, document, shot.window)


def _drawn(widget: QWidget) -> QWidget:
    """Shown, and its pages drawn (off the GUI thread) before the picture is taken."""
    import time

    from ui.document_preview import PageView

    widget.show()
    app = QApplication.instance()
    deadline = time.monotonic() + 10
    views = widget.findChildren(PageView)
    while time.monotonic() < deadline and (not app or any(v.drawing() or v.image(v.current_page) is None for v in views if v.page_count)):
        QApplication.processEvents()
        time.sleep(0.005)
    return widget


def document_preview(shot: Shot) -> QWidget | None:
    from ui.document_preview import DocumentPreviewDialog
    from ui.printing import invoice_pages

    invoice = _first_invoice(shot)
    pages = None if invoice is None else invoice_pages(shot.context, shot.window, invoice)
    if pages is None:
        return None
    dialog = DocumentPreviewDialog(shot.context, pages, shot.window)
    dialog.resize(dialog.size_for(shot.window.size()))  # as on a screen of the picture's size
    return _drawn(dialog)


def _issued(dialog: QWidget, document_id: int, kind: str) -> None:
    """The dialog turned to its issued page for a document already in the book (nothing is issued)."""
    from retention_desktop.kinds import DocumentKind
    from retention_desktop.documents import document_details
    from retention_desktop.sales import IssuedDocument

    details = document_details(dialog._context.db, document_id)  # type: ignore[attr-defined]
    doc = details.printable
    issued = IssuedDocument(document_id, doc.number, DocumentKind(kind), doc.total, first_purchase=False)
    if kind == "invoice":
        dialog.customer.set_customer(details.customer_id, doc.buyer.name)  # type: ignore[attr-defined]
        dialog._show_issued(issued)  # type: ignore[attr-defined]
    else:
        dialog.pages.setCurrentIndex(1)  # type: ignore[attr-defined]
        fmt = dialog._context.format  # type: ignore[attr-defined]
        text = dialog.tr("Credit note {number} is issued. Total: {total}").format(
            number=fmt.document_number(doc.number), total=fmt.money(doc.total, doc.currency)
        )
        dialog.result.show_issued(issued, fmt.paragraph(text))  # type: ignore[attr-defined]


def invoice_issued(shot: Shot) -> QWidget | None:
    from ui.invoice_dialog import NewInvoiceDialog

    invoice = _first_invoice(shot)
    if invoice is None:
        return None
    dialog = NewInvoiceDialog(shot.context, None, shot.window)
    _issued(dialog, invoice, "invoice")
    return _drawn(dialog)


def credit_note_issued(shot: Shot) -> QWidget | None:
    from ui.credit_note_dialog import CreditNoteDialog

    invoice = _first_invoice(shot)
    credit_note = _first_document(shot, "credit_note")
    if invoice is None or credit_note is None:
        return None
    dialog = CreditNoteDialog(shot.context, invoice, shot.window)
    _issued(dialog, credit_note, "credit_note")
    return _drawn(dialog)


def payment(shot: Shot) -> QWidget | None:
    from ui.payment_dialog import PaymentDialog

    invoice = _first_invoice(shot)
    return None if invoice is None else PaymentDialog(shot.context, invoice, shot.window)


def payment_error(shot: Shot) -> QWidget | None:
    dialog = payment(shot)
    if dialog is not None:
        type_into(dialog.amount, "abc")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
    return dialog


def credit_note(shot: Shot) -> QWidget | None:
    from ui.credit_note_dialog import CreditNoteDialog

    invoice = _first_invoice(shot)
    return None if invoice is None else CreditNoteDialog(shot.context, invoice, shot.window)


def credit_note_chosen(shot: Shot) -> QWidget | None:
    dialog = credit_note(shot)
    if dialog is not None:
        dialog.take_back_all()  # type: ignore[attr-defined]
    return dialog


def credit_note_price(shot: Shot) -> QWidget | None:
    """A credit note that corrects the price of the first line (typed, not issued)."""
    dialog = credit_note(shot)
    if dialog is not None:
        line = next(iter(dialog.prices.values()))  # type: ignore[attr-defined]
        type_into(line, "1.00")
        dialog.update_total()  # type: ignore[attr-defined]
    return dialog


def sales_unpaid(shot: Shot) -> QWidget:
    """The sales list under "Unpaid only", with what is still owed."""
    shot.window.tabs.setCurrentIndex(2)
    search = shot.window.findChild(QLineEdit, "salesSearch")
    if search is not None:
        type_into(search, "")  # the search of the picture before would leave nothing unpaid to show
    box = shot.window.findChild(QCheckBox, "unpaidOnly")
    if box is not None:
        box.setChecked(True)
    return shot.window


def sales_search(shot: Shot) -> QWidget:
    shot.window.tabs.setCurrentIndex(2)
    page = shot.window.findChild(QLineEdit, "salesSearch")
    if page is not None:
        type_into(page, "0550")
    return shot.window


def customers_search(shot: Shot) -> QWidget:
    shot.window.show_customers()
    type_into(shot.window.book.search, "0550")
    return shot.window


def about(shot: Shot) -> QWidget:
    return shot.window.about()


def open_instead(shot: Shot) -> QWidget:
    """At start, the book open last (a shop's server here) does not answer."""
    from retention_desktop.errors import ServerUnreachable

    from ui.books import open_instead_box

    problem = ServerUnreachable('connection to server at "192.168.1.10", port 5432 failed: Connection refused')
    return open_instead_box(str(problem), default_database_path())


def kit_editor(shot: Shot) -> QWidget:
    from ui.kit_editor import KitEditorDialog

    dialog = KitEditorDialog(shot.context, shot.window)
    dialog.resize(shot.window.width() - 40, shot.window.height() - 60)
    dialog.sections.setCurrentRow(1)
    dialog.preview_now()
    return dialog


def kit_editor_error(shot: Shot) -> QWidget:
    dialog = kit_editor(shot)
    dialog.body.insertPlainText(" {اسم_الزبون}")  # type: ignore[attr-defined]
    return dialog


def kits_without(shot: Shot) -> QWidget:
    from ui.kit_batch_dialog import NewCustomersKitsDialog

    return NewCustomersKitsDialog(shot.context, shot.window)


SCREENS: dict[str, Screen] = {
    "today": _tab(0),
    "customers": customers_tab,
    "sales": _tab(2),
    "customer-new": new_customer,
    "customer-new-error": new_customer_error,
    "customer-edit": edit_customer,
    "schedule": schedule,
    "done": done,
    "snooze": snooze,
    "interaction": interaction,
    "message": message,
    "templates": templates,
    "settings": settings,
    "settings-profile": settings_profile,
    "settings-profile-kit": settings_profile_kit,
    "catalogue": catalogue,
    "catalogue-item": catalogue_item,
    "invoice-new": new_invoice,
    "invoice-new-filled": new_invoice_filled,
    "invoice-new-error": new_invoice_error,
    "invoice-view": invoice_view,
    "payment": payment,
    "payment-error": payment_error,
    "credit-note": credit_note,
    "credit-note-chosen": credit_note_chosen,
    "credit-note-price": credit_note_price,
    "credit-note-view": credit_note_view,
    "invoice-view-credited": invoice_view_credited,
    "document-preview": document_preview,
    "invoice-issued": invoice_issued,
    "credit-note-issued": credit_note_issued,
    "sales-search": sales_search,
    "sales-unpaid": sales_unpaid,
    "customers-search": customers_search,
    "about": about,
    "open_instead": open_instead,
    "kit-editor": kit_editor,
    "kit-editor-error": kit_editor_error,
    "kits-without": kits_without,
    "import-choose": import_choose,
    "import-mapping": import_mapping,
    "import-preview": import_preview,
    "import-result": import_result,
    "export": export,
    "restore": restore,
    "damaged": damaged,
    "pin": pin,
    "pin-set": pin_set,
    "pin-set-error": pin_set_error,
    "server": server,
    "server-error": server_error,
    "server-copied": server_copied,
    "check": check,
    "check-damaged": check_damaged,
    "settings-safety": settings_safety,
    "lost": lost,
    "lost-marked": lost_marked,
    "lost-report": lost_report,
    "customer-lost": customer_lost,
    "mark-lost": mark_lost,
    "mark-lost-error": mark_lost_error,
    "settings-losses": settings_losses,
    "campaigns": campaigns,
    "campaign-view": campaign_view,
    "campaign-costs": campaign_costs,
    "campaign-new": campaign_new,
    "campaign-new-error": campaign_new_error,
    "sequence": sequence,
    "sequence-error": sequence_error,
}

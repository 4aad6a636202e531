"""Sales as a shop owner clicks through it: the business profile, the catalogue, issuing an invoice,
the Sales list, payments, credit notes, and the customer's card and stage (printing: test_document_preview.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QStyle, QStyleOptionComboBox, QToolTip
from pytestqt.qtbot import QtBot

from retention_desktop.clock import add_months, shop_today
from retention_desktop.customers import customer_details
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups
from retention_desktop.models import CadenceUnit, DocumentKind, PaymentMethod, Stage, VatCategory
from retention_desktop.profile import BusinessProfile, get_profile, logo_bytes, save_profile
from retention_desktop.catalogue import add_catalogue_item, catalogue_items, CatalogueDraft
from retention_desktop.documents import document_details, list_documents
from retention_desktop.sales import (
    InvoiceDraft,
    LineDraft,
    PaymentStatus,
    issue_invoice,
    issue_invoices,
    issue_credit_note,
    record_payment,
)
from retention_desktop.settings import TIME_ZONE, get_setting

from ui.catalogue_dialog import CatalogueDialog, CatalogueItemDialog
from ui.context import AppContext
from ui.credit_note_dialog import CreditNoteDialog
from ui.customer_model import Column as BookColumn
from ui.forms import to_date
from ui.invoice_dialog import LineEditor, NewInvoiceDialog
from ui.invoice_view import InvoiceViewDialog
from ui.main_window import MainWindow
from ui.payment_dialog import PaymentDialog
from ui.preferences import Preferences
from ui.sales_page import Column, SalesPage
from ui.settings_dialog import SettingsDialog

from ui import style

from .conftest import type_text

MARKS = {c: None for c in (0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)}


def plain(text: str) -> str:
    """Shown text without direction marks and isolates, with plain spaces."""
    return text.translate(MARKS).replace("\u00a0", " ")


@pytest.fixture
def shop(db: Database, sample_book: dict[str, int]) -> dict[str, int]:
    """A filled-in business profile, a small catalogue and the sample customers."""
    save_profile(
        db,
        BusinessProfile(name_ar="صالون الورد", name_en="Rose Salon", vat_number="300000000000003", address="الرياض"),
    )
    ids = dict(sample_book)
    ids["haircut"] = add_catalogue_item(db, CatalogueDraft("قص شعر", Decimal("50.00"), "Haircut"))
    ids["membership"] = add_catalogue_item(
        db,
        CatalogueDraft("اشتراك سنوي", Decimal("1200.00"), "Yearly membership", renewal_every=12, renewal_unit=CadenceUnit.MONTHS),
    )
    return ids


@pytest.fixture
def make_context(db: Database, language: Callable[[str], None]) -> Callable[..., AppContext]:
    def make(lang: str = "en") -> AppContext:
        language(lang)
        return AppContext(db=db, preferences=Preferences(), language=lang)

    return make


def retype(edit: QLineEdit, text: str) -> None:
    """Clear a field and type into it as the user would (any script)."""
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


def invoice_for(db: Database, customer_id: int, *lines: tuple[str, str, str]) -> int:
    """An invoice issued through the core: lines of (description, quantity, unit price)."""
    return issue_invoice(
        db, InvoiceDraft(customer_id, [LineDraft(d, Decimal(q), Decimal(p)) for d, q, p in lines])
    ).id


def new_invoice(qtbot: QtBot, context: AppContext, customer_id: int | None = None) -> NewInvoiceDialog:
    dialog = NewInvoiceDialog(context, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_item(line: LineEditor, item_id: int) -> None:
    line.item.setCurrentIndex(line.item.findData(item_id))


def listed(page: SalesPage, column: Column = Column.NUMBER) -> list[str]:
    model = page.model
    return [plain(model.data(model.index(row, column))) for row in range(model.rowCount())]


# -- issuing an invoice ---------------------------------------------------------------------------


def test_an_invoice_typed_with_arabic_digits_is_issued_and_numbered(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    context = make_context("en")
    dialog = new_invoice(qtbot, context)
    assert not dialog.profile_box.isVisible()
    assert dialog.prices_include_vat.isChecked() is False  # as the profile says

    # The customer is found by part of the name, the Arabic letter variant folded.
    dialog.customer.setFocus()
    type_text(dialog.customer, "فاطمه")
    popup = dialog.customer.choices.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.customer.customer_id == shop["fatima"]

    # A catalogue item fills the line; the quantity is typed in Arabic-Indic digits.
    first = dialog.lines[0]
    choose_item(first, shop["haircut"])
    assert first.description.text() == "Haircut" and first.unit_price.text() == "50.00"
    retype(first.quantity, "٢")
    assert plain(first.total.text()) == "115.00"  # 2 × 50 + 15 % VAT; the heading names the currency

    # A line typed by hand: Arabic decimal separator in the price, a discount.
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    second = dialog.lines[1]
    type_text(second.description, "صبغة شعر")
    retype(second.quantity, "1")
    type_text(second.unit_price, "١٥٠٫٥٠")
    type_text(second.discount, "10.50")
    assert plain(second.total.text()) == "161.00"  # (150.50 - 10.50) × 1.15
    assert plain(dialog.net.text()) == "SAR 240.00"
    assert plain(dialog.vat.text()) == "SAR 36.00"
    assert plain(dialog.total.text()) == "SAR 276.00"
    assert not dialog.errors["lines"].isVisible()

    # Enter goes on to a new line, it does not issue; the blank line is left out.
    qtbot.keyClick(second.discount, Qt.Key.Key_Return)
    assert len(dialog.lines) == 3 and dialog.issued_document is None
    assert dialog.focusWidget() is dialog.lines[2].item
    type_text(dialog.note, "التسليم يوم الخميس")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = dialog.issued_document
    assert issued is not None and issued.number == "INV-000001" and issued.first_purchase
    assert dialog.pages.currentIndex() == 1
    assert "INV-000001" in plain(dialog.issued_text.text()) and "SAR 276.00" in plain(dialog.issued_text.text())
    assert dialog.issued_more.isVisible()

    printable = document_details(db, issued.id).printable
    # The catalogue's line keeps both its names (an English invoice prints "Haircut").
    assert [(line.description, line.description_en, line.quantity, line.unit_price, line.discount) for line in printable.lines] == [
        ("قص شعر", "Haircut", Decimal(2), Decimal("50.00"), Decimal(0)),
        ("صبغة شعر", "", Decimal(1), Decimal("150.50"), Decimal("10.50")),
    ]
    assert printable.total == Decimal("276.00") and printable.note == "التسليم يوم الخميس"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_bad_lines_are_shown_at_the_line_and_nothing_is_issued(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"), shop["john"])
    assert dialog.customer.text() == "John Smith"

    # No lines at all.
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["lines"].isVisible()
    assert dialog.errors["lines"].text() == "Add at least one line to the invoice."

    # A negative quantity: the core's message, on line 1, the quantity framed.
    line = dialog.lines[0]
    type_text(line.description, "Repair")
    retype(line.quantity, "-1")
    type_text(line.unit_price, "100")
    assert dialog.errors["lines"].text() == "Line 1: The quantity cannot be negative. To take something back, issue a credit note."
    assert "b3261e" in line.quantity.styleSheet()
    assert dialog.total.text() == "—"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is None

    # A discount above the line amount, on the second line.
    retype(line.quantity, "1")
    assert not dialog.errors["lines"].isVisible() and line.quantity.styleSheet() == ""
    other = dialog.add_line()
    type_text(other.description, "Screen")
    type_text(other.unit_price, "20")
    type_text(other.discount, "25")
    assert dialog.errors["lines"].text() == "Line 2: The discount (25) is more than the line amount (20.00)."
    assert "b3261e" in other.discount.styleSheet()

    # Text that is not a number; and a line without a description when issuing.
    retype(other.discount, "abc")
    assert plain(dialog.errors["lines"].text()).startswith("Line 2: “abc” is not an amount.")
    other.discount.clear()
    other.description.clear()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["lines"].text() == "Line 2: Describe what was sold on this line."
    assert dialog.issued_document is None
    assert list_documents(db) == ([], 0)

    # Removing the bad line lets the invoice go.
    qtbot.mouseClick(other.remove, Qt.MouseButton.LeftButton)
    assert len(dialog.lines) == 1
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None and dialog.issued_document.total == Decimal("115.00")


def test_a_customer_must_be_chosen_from_the_list(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"))
    choose_item(dialog.lines[0], shop["haircut"])
    type_text(dialog.customer, "Nobody")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["customer"].isVisible()
    assert dialog.errors["customer"].text() == "Choose the customer from the list."
    assert list_documents(db)[1] == 0


def test_a_walk_in_customer_is_added_from_the_invoice_and_invoiced(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"))
    adding = dialog.add_customer()
    type_text(adding.full_name, "منيرة الدوسري")
    type_text(adding.phones.edits[0], "0551112233")
    qtbot.mouseClick(adding.save_button, Qt.MouseButton.LeftButton)
    assert dialog.customer.customer_id is not None and dialog.customer.text() == "منيرة الدوسري"
    choose_item(dialog.lines[0], shop["haircut"])
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None
    details = customer_details(db, dialog.customer.customer_id)
    assert details.full_name == "منيرة الدوسري" and details.stage == Stage.FIRST_PURCHASE


def test_without_a_business_profile_the_dialog_says_so_and_opens_the_settings(
    qtbot: QtBot, db: Database, sample_book: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"), sample_book["john"])
    assert dialog.profile_box.isVisible()
    line = dialog.lines[0]
    type_text(line.description, "Repair")
    type_text(line.unit_price, "100")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is None and list_documents(db)[1] == 0
    assert dialog.profile_text.text() == "Fill in the business profile in Settings before issuing invoices."

    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings = dialog.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    assert settings.tabs.currentWidget().widget() is settings.profile
    type_text(settings.profile.name_ar, "محل الجوالات")
    qtbot.mouseClick(settings.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert not settings.isVisible()
    assert not dialog.profile_box.isVisible()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None


def test_a_renewal_item_is_noted_and_moves_the_renewal_date(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"), shop["ahmed"])
    assert dialog.lines[0].item.itemText(dialog.lines[0].item.findData(shop["membership"])) == "Yearly membership (renews every 12 months)"
    choose_item(dialog.lines[0], shop["membership"])
    assert dialog.renewal_note.isVisible()
    assert "renewal date" in dialog.renewal_note.text()
    dialog.prices_include_vat.setChecked(True)
    assert plain(dialog.total.text()) == "SAR 1,200.00"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None
    assert customer_details(db, shop["ahmed"]).renewal_on == add_months(shop_today(db), 12)


# -- the Sales tab ----------------------------------------------------------------------------------


def test_the_sales_tab_lists_searches_and_filters_documents(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    window = open_window()
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Today", "Customers", "Sales", "Lost customers", "Campaigns"]
    window.show_sales()
    page = window.sales
    assert page.stack.currentWidget() is page.empty
    assert not page.buttons["openDocumentButton"].isEnabled()
    assert not page.buttons["recordPaymentButton"].isEnabled()
    page.unpaid_only.setChecked(True)  # no invoice at all: the book is empty, not all paid
    assert page.empty_text.text().startswith("No invoices yet.") and page.empty_new.isVisible()
    page.unpaid_only.setChecked(False)

    first = invoice_for(db, shop["ahmed"], ("قص شعر", "1", "50.00"))
    invoice_for(db, shop["john"], ("Repair", "2", "100.00"))
    record_payment(db, first, amount=Decimal("57.50"), paid_on=shop_today(db), method=PaymentMethod.CARD)
    window._context.changed.emit()
    assert listed(page) == ["INV-000002", "INV-000001"]
    assert listed(page, Column.CUSTOMER) == ["John Smith", "أحمد بن سعيد"]
    # One currency in the book: the heading names it, the amounts go without.
    assert listed(page, Column.TOTAL) == ["230.00", "57.50"]
    assert page.model.headerData(Column.TOTAL, Qt.Orientation.Horizontal) == "Total (SAR)"
    assert listed(page, Column.STATUS) == ["Unpaid", "Paid"]
    assert page.count.text() == "2 documents"
    assert page.buttons["recordPaymentButton"].isEnabled() and page.buttons["creditNoteButton"].isEnabled()

    page.unpaid_only.setChecked(True)
    assert listed(page) == ["INV-000002"]
    page.search.setText("احمد")  # his one invoice is paid
    page.refresh()
    assert page.stack.currentWidget() is page.empty and "احمد" in page.empty_text.text()
    page.search.clear()
    page.unpaid_only.setChecked(False)
    type_text(page.search, "احمد")  # the customer found as the book finds them
    page.refresh()
    assert listed(page) == ["INV-000001"]
    assert not page.buttons["recordPaymentButton"].isEnabled()  # paid
    retype(page.search, "000002")
    page.refresh()
    assert listed(page) == ["INV-000002"]
    retype(page.search, "nothing like it")
    page.refresh()
    assert page.stack.currentWidget() is page.empty and "nothing like it" in page.empty_text.text()

    # Double-click opens the document.
    page.search.clear()
    page.refresh()
    rect = page.table.visualRect(page.model.index(1, Column.NUMBER))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a view opens on a double
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    views = page.findChildren(InvoiceViewDialog)
    assert len(views) == 1
    view = views[0]
    assert view.isVisible() and view.document_id == first
    assert plain(view.title.text()) == "Invoice INV-000001"
    assert view.status.text() == "Paid"
    view.accept()


def test_the_catalogue_opens_from_the_sales_tab_and_the_menu(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    window = open_window()
    window.show_sales()
    qtbot.mouseClick(window.sales.catalogue_button, Qt.MouseButton.LeftButton)
    dialog = window.sales.findChild(CatalogueDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.action_catalogue.trigger()
    assert any(d.isVisible() for d in window.sales.findChildren(CatalogueDialog))
    new_invoice_action = window.findChild(type(window.action_catalogue), "actionNewInvoice")
    assert new_invoice_action is not None and new_invoice_action.shortcut().toString() == "Ctrl+I"


def test_a_credit_note_after_payment_owes_a_refund_that_is_recorded(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    invoice = invoice_for(db, shop["ahmed"], ("قص شعر", "2", "50.00"))  # 115.00
    today = shop_today(db)
    record_payment(db, invoice, amount=Decimal("115.00"), paid_on=today, method=PaymentMethod.CARD)
    line = document_details(db, invoice).printable.lines[0].id
    issue_credit_note(db, invoice, {line: Decimal(1)}, reason="مرتجع")
    window = open_window()
    window.show_sales()
    page = window.sales
    page.refresh()
    page.table.selectRow(1)  # the invoice, under its credit note
    assert listed(page, Column.STATUS)[1] == "Refund due: SAR 57.50"
    button = page.buttons["recordPaymentButton"]
    assert button.isEnabled() and button.text() == "Record refund…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(PaymentDialog)
    assert isinstance(dialog, PaymentDialog) and dialog.refund
    assert dialog.windowTitle() == f"Record refund for {document_details(db, invoice).printable.number}"
    assert dialog.amount.text() == "57.50"  # what is owed back
    retype(dialog.amount, "60")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert plain(dialog.errors["amount"].text()) == "This is more than is owed back on the invoice (SAR 57.50)."
    retype(dialog.amount, "57.50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    details = document_details(db, invoice)
    assert details.status == PaymentStatus.PAID and [p.amount for p in details.payments] == [Decimal("115.00"), Decimal("-57.50")]
    assert listed(page, Column.STATUS)[1] == "Paid"


def test_partial_then_full_payment_changes_the_status(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    invoice = invoice_for(db, shop["ahmed"], ("قص شعر", "2", "50.00"))  # 115.00
    window = open_window()
    window.show_sales()
    page = window.sales
    page.refresh()
    qtbot.mouseClick(page.buttons["recordPaymentButton"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(PaymentDialog)
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    assert dialog.amount.text() == "115.00"  # the balance
    assert to_date(dialog.paid_on.date()) == shop_today(db)

    # More than is due, then a day in the future: shown under the field, nothing saved.
    retype(dialog.amount, "200")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["amount"].isVisible()
    assert plain(dialog.errors["amount"].text()) == "This is more than is still due on the invoice (SAR 115.00)."
    retype(dialog.amount, "٥٠")
    dialog.paid_on.setDate(dialog.paid_on.date().addDays(1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["amount"].isVisible()
    assert dialog.errors["paid_on"].text() == "The payment day cannot be in the future."
    assert document_details(db, invoice).payments == ()

    dialog.paid_on.setDate(dialog.paid_on.date().addDays(-1))
    dialog.method.setCurrentIndex(dialog.method.findData(PaymentMethod.BANK_TRANSFER))
    type_text(dialog.note, "تحويل")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert listed(page, Column.STATUS) == ["Partly paid: SAR 65.00 due"]
    assert listed(page, Column.PAID) == ["50.00"]
    assert window.statusBar().currentMessage() == "Payment recorded."

    # The rest, from the invoice view: the amount starts at what is left.
    view = page.open_selected()
    assert isinstance(view, InvoiceViewDialog)
    assert view.payments.rowCount() == 1
    assert plain(view.payments.item(0, 1).text()) == "SAR 50.00" and view.payments.item(0, 2).text() == "Bank transfer"
    second = view.record_payment()
    assert isinstance(second, PaymentDialog) and second.amount.text() == "65.00"
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Paid"
    assert plain(view._totals["balance"].text()) == "SAR 0.00"
    assert not view.payment_button.isEnabled()
    assert listed(page, Column.STATUS) == ["Paid"]
    assert not page.buttons["recordPaymentButton"].isEnabled()
    assert document_details(db, invoice).status == PaymentStatus.PAID
    view.accept()


def test_a_credit_note_takes_back_part_of_an_invoice(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    invoice = invoice_for(db, shop["john"], ("Repair", "3", "100.00"), ("Screen", "1", "40.00"))  # 345 + 46
    window = open_window()
    window.show_sales()
    page = window.sales
    page.refresh()
    view = page.open_selected()
    assert isinstance(view, InvoiceViewDialog)
    qtbot.mouseClick(view.credit_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(CreditNoteDialog)
    assert isinstance(dialog, CreditNoteDialog) and dialog.isVisible()
    boxes = list(dialog.boxes.values())
    assert [box.maximum() for box in boxes] == [3, 1]

    # Nothing chosen, then no reason: each said where it belongs; nothing issued.
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["reason"].text() == "Say why the invoice is corrected (ZATCA asks for a reason)."
    type_text(dialog.reason, "أعيد جهاز")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["lines"].text() == "Choose at least one line: the quantity taken back, or the price it should have had."
    assert document_details(db, invoice).corrections == ()

    boxes[0].setFocus()
    boxes[0].selectAll()
    type_text(boxes[0], "٢")  # Arabic-Indic digit in the spin box
    assert boxes[0].value() == 2
    assert plain(dialog.credit_total.text()) == "-SAR 230.00"
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert [box.value() for box in boxes] == [3, 1]
    assert plain(dialog.credit_total.text()) == "-SAR 391.00"
    boxes[0].setValue(1)
    boxes[1].setValue(0)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = dialog.issued_document
    assert issued is not None and issued.number == "CN-000001" and issued.kind == DocumentKind.CREDIT_NOTE
    assert "CN-000001" in plain(dialog.issued_text.text()) and dialog.print_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    # The view shows the correction and what is left; the list shows both documents.
    assert view.credit_notes.rowCount() == 1 and plain(view.credit_notes.item(0, 0).text()) == "CN-000001"
    assert plain(view._totals["credited"].text()) == "-SAR 115.00"
    assert plain(view._totals["balance"].text()) == "SAR 276.00"
    assert list(document_details(db, invoice).quantities_left.values()) == [Decimal(2), Decimal(1)]
    assert listed(page) == ["CN-000001", "INV-000001"]
    assert listed(page, Column.KIND) == ["Credit note", "Invoice"]
    assert listed(page, Column.TOTAL) == ["-115.00", "391.00"]
    assert listed(page, Column.STATUS) == ["", "Unpaid: SAR 276.00 due"]

    # The credit note opens from the invoice, and leads back to it.
    view.credit_notes.setCurrentCell(0, 0)
    view._open_credit_note()
    note_view = view.findChild(InvoiceViewDialog)
    assert note_view is not None and plain(note_view.title.text()) == "Credit note CN-000001"
    assert note_view._values["reason"].isVisible() and plain(note_view._values["reason"].text()) == "أعيد جهاز"
    assert not note_view.payment_button.isVisible() and note_view.corrected_button.isVisible()
    note_view.accept()
    view.accept()


# -- the catalogue -------------------------------------------------------------------------------------


def test_catalogue_items_are_added_edited_archived_and_restored(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    context = make_context("en")
    dialog = CatalogueDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert [r.name_en for r in model.rows] == ["Yearly membership", "Haircut"]
    assert plain(model.data(model.index(0, 2))) == "1,200.00"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Price (SAR)"
    assert model.data(model.index(0, 4)) == "every 12 months"

    editor = dialog.add_item()
    assert isinstance(editor, CatalogueItemDialog)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["unit_price"].text() == "Enter an amount."
    type_text(editor.price, "٣٥٫٥")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["name_ar"].text() == "Enter the name in Arabic."
    type_text(editor.name_ar, "تنظيف بشرة")
    type_text(editor.name_en, "Facial")
    editor.vat_category.setCurrentIndex(editor.vat_category.findData(VatCategory.EXEMPT))
    editor.renews.setChecked(True)
    editor.renewal_every.setValue(0)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["renewal_every"].text() == "The renewal period must be from 1 to 120."
    assert len(catalogue_items(db)) == 2
    editor.renews.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    added = [r for r in catalogue_items(db) if r.name_en == "Facial"][0]
    assert added.unit_price == Decimal("35.5") and added.vat_category == VatCategory.EXEMPT and added.renewal_every is None
    assert dialog.current_item_id() == added.id

    edit = dialog.edit_item()
    assert isinstance(edit, CatalogueItemDialog) and edit.price.text() == "35.50"
    retype(edit.price, "40")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert [r.unit_price for r in catalogue_items(db) if r.id == added.id] == [Decimal("40.00")]

    assert dialog.archive_button.text() == "Archive"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert added.id not in [r.id for r in model.rows]
    dialog.show_archived.setChecked(True)
    row = model.row_of(added.id)
    assert plain(model.data(model.index(row, 0))) == "تنظيف بشرة (archived)"
    dialog.table.selectRow(row)
    dialog.table.setCurrentIndex(model.index(row, 0))
    assert dialog.archive_button.text() == "Restore"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert added.id in [r.id for r in catalogue_items(db)]


# -- the business profile ----------------------------------------------------------------------------


def test_the_business_profile_is_saved_from_the_settings(
    qtbot: QtBot, db: Database, tmp_path: Path, make_context: Callable[..., AppContext]
) -> None:
    dialog = SettingsDialog(make_context("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_profile()
    page = dialog.profile
    assert dialog.tabs.tabText(1) == "Business profile"
    type_text(page.name_ar, "محل الجوالات")
    type_text(page.name_en, "Phone Shop")
    type_text(page.address, "جدة، شارع التحلية")
    type_text(page.phone, "٢٢٢٢ ٣٣٣٣")
    page.country.setCurrentIndex(page.country.findData("KW"))
    page.currency.setCurrentIndex(page.currency.findData("KWD"))
    retype(page.vat_rate, "٥")
    page.prices_include_vat.setChecked(True)
    page.show_hijri_date.setChecked(True)
    retype(page.invoice_prefix, "F-")
    assert plain(page.numbers_example.text()) == "For example F-000001 and CN-000001"
    page.terms.setPlainText("البضاعة المباعة لا ترد")
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a5fb4"))
    assert image.save(str(logo))
    assert page.use_logo_file(logo)
    assert not page.logo_preview.pixmap().isNull() and page.remove_logo_button.isEnabled()
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("hello")
    assert not page.use_logo_file(not_an_image)
    assert page.errors["logo"].text() == "The logo must be a PNG or JPEG image."
    assert dialog.documents_folder.text() == "The Documents folder"
    dialog.set_documents_folder(str(tmp_path))  # as chosen with "Choose…"
    dialog.save()
    assert not dialog.isVisible()
    assert Preferences().documents_folder == str(tmp_path)

    profile = get_profile(db)
    assert (profile.name_ar, profile.name_en, profile.country, profile.currency) == ("محل الجوالات", "Phone Shop", "KW", "KWD")
    assert profile.vat_rate == Decimal(5) and profile.prices_include_vat and profile.show_hijri_date
    assert profile.phone == "+96522223333"
    assert profile.invoice_prefix == "F-" and profile.terms == "البضاعة المباعة لا ترد"
    assert logo_bytes(db, profile.logo_id) == logo.read_bytes()

    # Opened again: as saved; removing the logo is saved too.
    again = SettingsDialog(make_context("en"))
    qtbot.addWidget(again)
    assert again.profile.name_en.text() == "Phone Shop" and again.profile.vat_rate.text() == "5"
    assert again.profile.currency.currentData() == "KWD"
    assert not again.profile.logo_preview.pixmap().isNull()
    again.profile.remove_logo()
    again.save()
    assert get_profile(db).logo_id == 0


def test_switching_price_terms_warns_that_catalogue_prices_stay(
    qtbot: QtBot, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = SettingsDialog(make_context("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.profile
    assert page.prices_changed_hint.isHidden()
    page.prices_include_vat.setChecked(not page.prices_include_vat.isChecked())
    assert not page.prices_changed_hint.isHidden()
    page.prices_include_vat.setChecked(not page.prices_include_vat.isChecked())
    assert page.prices_changed_hint.isHidden()


def test_a_bad_vat_number_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, db: Database, make_context: Callable[..., AppContext]
) -> None:
    dialog = SettingsDialog(make_context("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.profile
    type_text(page.name_ar, "صالون الورد")
    type_text(page.vat_number, "12345")
    dialog.time_zone.setCurrentText("Africa/Cairo")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget().widget() is page
    assert page.errors["vat_number"].isVisible()
    assert page.errors["vat_number"].text() == "A Saudi VAT number has 15 digits and starts and ends with 3."
    assert get_profile(db) == BusinessProfile()
    assert get_setting(db, TIME_ZONE) == "Asia/Riyadh"

    retype(page.vat_rate, "1O")
    page.vat_number.clear()
    dialog.save()
    assert page.errors["vat_rate"].isVisible() and not page.errors["vat_number"].isVisible()
    retype(page.vat_rate, "150")
    dialog.save()
    assert page.errors["vat_rate"].text() == "Enter a VAT rate from 0 to 100 %, with at most two decimals."
    assert get_profile(db) == BusinessProfile()
    retype(page.vat_rate, "15")
    dialog.save()
    assert not dialog.isVisible()
    assert get_profile(db).name_ar == "صالون الورد" and get_setting(db, TIME_ZONE) == "Africa/Cairo"


# -- the customer: stage and card ------------------------------------------------------------------------


def test_the_first_invoice_makes_a_first_purchase_then_active_with_a_satisfaction_call(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    window = open_window()
    window.open_customer(shop["john"])
    model = window.book.model

    def stage() -> str:
        return model.data(model.index(model.row_of(shop["john"]), BookColumn.STAGE))

    assert stage() == "Prospect"
    dialog = window.new_invoice()  # for the customer selected in the book
    assert isinstance(dialog, NewInvoiceDialog) and dialog.customer.customer_id == shop["john"]
    choose_item(dialog.lines[0], shop["haircut"])
    with qtbot.waitSignal(window.rules_applied, timeout=10_000):  # the rules run again after a sale
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert stage() == "First purchase"
    assert window.book.card.badge.text() == "First purchase"
    calls = customer_follow_ups(db, shop["john"])
    assert len(calls) == 1 and calls[0].due_on > shop_today(db)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    second = window.new_invoice()
    choose_item(second.lines[0], shop["haircut"])
    with qtbot.waitSignal(window.rules_applied, timeout=10_000):
        qtbot.mouseClick(second.issue_button, Qt.MouseButton.LeftButton)
    assert stage() == "Active"
    assert customer_details(db, shop["john"]).stage == Stage.ACTIVE
    second.accept()


def test_the_card_shows_purchases_and_opens_them(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    window = open_window()
    window.open_customer(shop["fatima"])
    card = window.book.card
    assert plain(card.purchases_summary.text()) == "No purchases yet."
    assert not card.documents.isVisible()

    first = invoice_for(db, shop["fatima"], ("قص شعر", "1", "100.00"))  # 115
    invoice_for(db, shop["fatima"], ("صبغة", "2", "50.00"))  # 115
    record_payment(db, first, amount=Decimal("115.00"), paid_on=shop_today(db), method=PaymentMethod.CASH)
    window._context.changed.emit()
    today = window._context.format.date(shop_today(db))
    summary = plain(card.purchases_summary.text()).split("\n")
    assert summary == [
        f"2 invoices · first {plain(today)} · last {plain(today)}",
        "spent SAR 230.00 · paid SAR 115.00 · due SAR 115.00",
    ]
    assert card.documents.count() == 2
    assert plain(card.documents.item(0).text()).startswith("INV-000002 · ")
    assert plain(card.documents.item(1).text()).endswith("SAR 115.00 · Paid")

    rect = card.documents.visualItemRect(card.documents.item(1))
    qtbot.mouseClick(card.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(card.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = card.findChild(InvoiceViewDialog)
    assert view is not None and view.document_id == first
    qtbot.mouseClick(view.customer_button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()
    assert window.book.current_customer_id() == shop["fatima"]

    qtbot.mouseClick(card.new_invoice_button, Qt.MouseButton.LeftButton)
    dialog = card.findChild(NewInvoiceDialog)
    assert dialog is not None and dialog.customer.customer_id == shop["fatima"] and dialog.customer.text() == "فاطمة الزهراء"
    dialog.reject()


# -- right to left -----------------------------------------------------------------------------------


def test_in_arabic_numbers_dates_and_amounts_keep_their_order(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    invoice_for(db, shop["ahmed"], ("قص شعر", "1", "50.00"))
    window = open_window("ar")
    window.show_sales()
    page = window.sales
    assert page.isRightToLeft()
    model = page.model
    number = model.data(model.index(0, Column.NUMBER))
    assert number == "\u2066INV-000001\u2069"  # isolated: the prefix stays before the digits
    date_text = model.data(model.index(0, Column.DATE))
    assert date_text.startswith("\u2066") and date_text.endswith("\u2069")
    assert model.data(model.index(0, Column.TOTAL)) == "\u206657.50\u2069"  # the heading says ر.س.
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(Column.NUMBER) > header.sectionViewportPosition(Column.TOTAL)

    dialog = page.new_invoice(shop["ahmed"])
    assert isinstance(dialog, NewInvoiceDialog)
    line = dialog.lines[0]
    type_text(line.description, "قص شعر")
    type_text(line.unit_price, "١٠٠")
    assert dialog.total.text() == "\u200f115.00\u00a0ر.س.\u200f"
    # The line's fields run right to left: the item first, on the right.
    assert line.item.mapTo(dialog, line.item.rect().topLeft()).x() > line.total.mapTo(dialog, line.total.rect().topLeft()).x()
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_at_1024_by_768_the_sales_list_shows_the_status_whole_and_never_scrolls_sideways(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int], lang: str
) -> None:
    first = invoice_for(db, shop["ahmed"], ("قص شعر", "3", "1500.00"))
    record_payment(db, first, amount=Decimal("100.00"), paid_on=shop_today(db), method=PaymentMethod.CASH)
    window = open_window(lang)
    window.resize(1024, 768)
    window.show_sales()
    table = window.sales.table
    qtbot.waitUntil(lambda: table.viewport().width() < 1024 - 84)
    header = table.horizontalHeader()
    shown = [column for column in Column if not header.isSectionHidden(column)]
    assert {Column.NUMBER, Column.DATE, Column.CUSTOMER, Column.TOTAL, Column.STATUS} <= set(shown)
    assert sum(header.sectionSize(column) for column in shown) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    status = window.sales.model.data(window.sales.model.index(0, Column.STATUS))
    assert table.fontMetrics().horizontalAdvance(status) < header.sectionSize(Column.STATUS)  # "Partly paid: … due", whole


# -- the till: paid now, discounts, price corrections, the list a page at a time, amounts lined up --


def fill_line(line: LineEditor, description: str, quantity: str, price: str, discount: str = "") -> None:
    type_text(line.description, description)
    retype(line.quantity, quantity)
    type_text(line.unit_price, price)
    if discount:
        type_text(line.discount, discount)


def test_paid_now_makes_a_counter_sale_one_dialog(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = new_invoice(qtbot, make_context("en"), shop["john"])
    assert not dialog.paid_now.isChecked() and not dialog.paid_amount.isEnabled()
    choose_item(dialog.lines[0], shop["haircut"])
    retype(dialog.lines[0].quantity, "2")
    qtbot.mouseClick(dialog.paid_now, Qt.MouseButton.LeftButton)
    # The whole total by default, and it follows the total while the owner has not typed another.
    assert dialog.paid_amount.isEnabled() and dialog.paid_amount.text() == "115.00"
    retype(dialog.lines[0].quantity, "3")
    assert dialog.paid_amount.text() == "172.50"
    dialog.paid_method.setCurrentIndex(dialog.paid_method.findData(PaymentMethod.CARD))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    issued = dialog.issued_document
    assert issued is not None and issued.payment is not None
    assert "Paid SAR 172.50 (Card)." in plain(dialog.issued_text.text())
    details = document_details(db, issued.id)
    assert details.status == PaymentStatus.PAID
    assert [(p.amount, p.method, p.paid_on) for p in details.payments] == [(Decimal("172.50"), PaymentMethod.CARD, details.printable.issue_date)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("200", "This is more than is still due on the invoice (SAR 57.50)."),
        ("-5", "The amount cannot be negative."),
        ("abc", "“abc” is not an amount. Type digits, for example 1,150.50."),
        ("", "Enter an amount."),
        ("0", "Enter the amount received, above zero."),
    ],
)
def test_a_bad_amount_paid_now_is_said_under_the_field_and_nothing_is_saved(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext], typed: str, message: str
) -> None:
    dialog = new_invoice(qtbot, make_context("en"), shop["john"])
    choose_item(dialog.lines[0], shop["haircut"])
    dialog.paid_now.setChecked(True)
    retype(dialog.paid_amount, typed)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is None and dialog.pages.currentIndex() == 0
    assert dialog.errors["paid"].isVisible() and plain(dialog.errors["paid"].text()) == message
    assert list_documents(db) == ([], 0)
    # Less than the total is a payment in part: the invoice is partly paid.
    retype(dialog.paid_amount, "20")
    assert not dialog.errors["paid"].isVisible()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None
    assert "Paid SAR 20.00 (Cash); SAR 37.50 still due." in plain(dialog.issued_text.text())
    assert document_details(db, dialog.issued_document.id).status == PaymentStatus.PARTLY_PAID


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_discount_is_typed_as_an_amount_or_a_percentage(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext], lang: str
) -> None:
    dialog = new_invoice(qtbot, make_context(lang), shop["john"])
    heading = dialog.table.horizontalHeaderItem(4).text()
    assert heading == ("Discount\n(SAR or %)" if lang == "en" else "الخصم\n(ر.س. أو %)") or "%" in heading
    fill_line(dialog.lines[0], "Repair", "3", "33.33", "١٠٪")  # 10 %, in Arabic digits and sign
    dialog.add_line()
    fill_line(dialog.lines[1], "Cable", "1", "20", "5")  # 5 off
    assert plain(dialog.lines[0].total.text()) == "103.49"  # 99.99 less 10.00, + 15 %
    assert plain(dialog.lines[1].total.text()) == "17.25"
    assert "10.00" in plain(dialog.lines[0].discount.toolTip())
    assert dialog.totals.isRowVisible(dialog.discount) and "15.00" in plain(dialog.discount.text())
    retype(dialog.lines[1].discount, "101%")
    assert dialog.errors["lines"].isVisible() and "b3261e" in dialog.lines[1].discount.styleSheet()
    retype(dialog.lines[1].discount, "5")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None
    lines = document_details(db, dialog.issued_document.id).printable.lines
    assert [(line.discount, line.discount_percent) for line in lines] == [(Decimal("10.00"), Decimal(10)), (Decimal(5), None)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_line_choices_fit_their_columns_the_vat_as_its_rate_and_a_long_item_cut_with_an_ellipsis(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext], lang: str
) -> None:
    long_id = add_catalogue_item(db, CatalogueDraft("حماية الجهاز لمدة سنة كاملة مع التوصيل", Decimal("120"), "Device protection plan, one full year"))
    dialog = new_invoice(qtbot, make_context(lang), shop["john"])
    dialog.resize(1000, 560)
    line = dialog.lines[0]
    choose_item(line, long_id)
    line.vat.setCurrentIndex(line.vat.findData(VatCategory.STANDARD))

    def drawn_like(combo: QComboBox, text: str) -> bool:
        """The closed choice looks exactly like a plain one of the same size that holds only `text`."""
        plain_box = QComboBox()
        qtbot.addWidget(plain_box)
        plain_box.setLayoutDirection(combo.layoutDirection())
        plain_box.setFont(combo.font())
        plain_box.addItem(text)
        plain_box.resize(combo.size())
        pictures = [box.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32) for box in (plain_box, combo)]
        return pictures[0] == pictures[1]

    qtbot.waitUntil(lambda: line.vat.width() > 0 and line.item.isVisible())
    # Closed, VAT shows the rate alone, whole; open, its list says what the rate is.
    assert drawn_like(line.vat, dialog._context.format.percent(Decimal(15)))
    words = [line.vat.itemText(i) for i in range(line.vat.count())]
    assert words[0].startswith("Standard rate" if lang == "en" else "النسبة")
    assert "15%" in plain(words[0]) and "0%" in plain(words[1])
    line.vat.setCurrentIndex(line.vat.findData(VatCategory.EXEMPT))
    assert drawn_like(line.vat, "Exempt" if lang == "en" else line.vat.itemText(2))
    # The item's long name is cut with an ellipsis (not clipped mid-letter), whole in its tooltip.
    name = line.item.currentText()
    room = line.item.fontMetrics().horizontalAdvance(name)
    assert room > line.item.width()
    assert not drawn_like(line.item, name)
    option = QStyleOptionComboBox()
    line.item.initStyleOption(option)
    field = line.item.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, line.item)
    cut = line.item.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, field.width())
    assert cut.endswith("…") and len(cut) > 8
    assert drawn_like(line.item, cut)
    point = QPoint(10, 10)
    QApplication.sendEvent(line.item, QHelpEvent(QEvent.Type.ToolTip, point, line.item.mapToGlobal(point)))
    assert QToolTip.text() == name
    # The open list is wide enough for the whole name.
    line.item.showPopup()
    assert line.item.view().width() >= room
    line.item.hidePopup()


def test_a_credit_note_corrects_a_price_and_refuses_a_higher_one(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    invoice = invoice_for(db, shop["ahmed"], ("Screen protector", "1", "120.00"), ("Cable", "2", "10.00"))
    dialog = CreditNoteDialog(make_context("en"), invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = dialog.prices.values()
    assert plain(dialog.table.item(0, 3).text()) == "120.00"  # the price as it stands
    type_text(first, "130")
    assert plain(dialog.errors["lines"].text()) == "Line 1: A credit note lowers a price: type a price below 120.00."
    assert "b3261e" in first.styleSheet() and dialog.credit_total.text() == "—"
    retype(first, "100")
    assert not dialog.errors["lines"].isVisible()
    assert plain(dialog.credit_total.text()) == "-SAR 23.00"
    type_text(dialog.reason, "Priced wrongly")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.issued_document is not None and dialog.issued_document.total == Decimal("-23.00")
    (credit,) = document_details(db, dialog.issued_document.id).printable.lines
    assert credit.corrects_price and credit.unit_price == Decimal(20)
    # Opened again: the price stands at 100, and the credit note's view says what the line is.
    again = CreditNoteDialog(make_context("en"), invoice)
    qtbot.addWidget(again)
    assert plain(again.table.item(0, 3).text()) == "100.00" and again.prices[credit_line_of(db, invoice)].isEnabled()
    view = InvoiceViewDialog(make_context("en"), dialog.issued_document.id)
    qtbot.addWidget(view)
    assert plain(view.lines.item(0, 0).text()) == "Screen protector (price correction)"


def credit_line_of(db: Database, invoice: int) -> int:
    return document_details(db, invoice).printable.lines[0].id


def test_every_invoice_is_reached_by_scrolling_and_unpaid_says_what_is_owed(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int]
) -> None:
    drafts = [InvoiceDraft(shop["john"], [LineDraft("Repair", Decimal(1), Decimal(10 + i))]) for i in range(250)]
    issued = issue_invoices(db, drafts)
    record_payment(db, issued[0].id, amount=Decimal("11.50"), paid_on=shop_today(db), method=PaymentMethod.CASH)
    window = open_window()
    window.show_sales()
    page = window.sales
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    assert page.count.text() == "250 documents" and not page.owed.isVisible()
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        qtbot.wait(10)
    numbers = listed(page)
    assert len(numbers) == 250 and len(set(numbers)) == 250
    assert numbers[-1] == "INV-000001" and page.count.text() == "250 documents"
    # A change keeps the rows fetched, so the list keeps its place.
    page.table.selectRow(240)
    window._context.changed.emit()
    assert page.model.rowCount() == 250 and page.current_document() is not None and page.current_document().number == numbers[240]
    # Unpaid only: what the 249 unpaid invoices still owe.
    page.unpaid_only.setChecked(True)
    owed = sum(Decimal(10 + i) * Decimal("1.15") for i in range(1, 250))
    assert page.owed.isVisible() and plain(page.owed.text()) == f"Still owed: SAR {owed:,.2f}"
    assert page.count.text() == "249 documents"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_money_columns_line_up_their_decimal_points_in_either_direction(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, shop: dict[str, int], lang: str
) -> None:
    for price in ("5.00", "1234.50", "99.99"):
        invoice_for(db, shop["john"], ("Repair", "1", price))
    window = open_window(lang)
    window.show_sales()
    page = window.sales
    model, view = page.model, page.table
    symbol = "SAR" if lang == "en" else "ر.س."
    for column in (Column.TOTAL, Column.PAID):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        assert symbol in heading and model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == style.AMOUNT_ALIGNMENT
        for row in range(model.rowCount()):
            index = model.index(row, column)
            assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == style.AMOUNT_ALIGNMENT
            assert symbol not in model.data(index)
    assert listed(page, Column.TOTAL) == ["114.99", "1,419.68", "5.75"]
    # As drawn: the amounts end at the same pixel (their decimal points one above the other),
    # on the right of the cell in Arabic as in English.
    view.clearSelection()
    view.setCurrentIndex(model.index(0, Column.NUMBER))
    image = view.viewport().grab().toImage()
    ends = []
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, Column.TOTAL))
        dark = [
            x
            for x in range(rect.left(), rect.right())
            for y in range(rect.top() + 4, rect.bottom() - 4)
            if QColor(image.pixel(x, y)).lightness() < 120
        ]
        ends.append((max(dark), min(dark), rect.right()))
    assert max(e[0] for e in ends) - min(e[0] for e in ends) <= 1
    assert all(rect_right - end < 20 for end, _start, rect_right in ends)  # at the right of the cell
    assert ends[1][1] < ends[0][1] < ends[2][1]  # longer amounts reach further left

    catalogue = CatalogueDialog(window._context, window)
    qtbot.addWidget(catalogue)
    cat = catalogue.model
    assert symbol in cat.headerData(2, Qt.Orientation.Horizontal)
    assert cat.data(cat.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) == style.AMOUNT_ALIGNMENT
    assert symbol not in cat.data(cat.index(0, 2))

    dialog = NewInvoiceDialog(window._context, shop["john"], window)
    qtbot.addWidget(dialog)
    fill_line(dialog.lines[0], "Repair", "1", "5")
    for column in (3, 4, 6):
        item = dialog.table.horizontalHeaderItem(column)
        assert Qt.AlignmentFlag(item.textAlignment()) == style.AMOUNT_ALIGNMENT and symbol in item.text()
    assert dialog.lines[0].total.alignment() == style.AMOUNT_ALIGNMENT and plain(dialog.lines[0].total.text()) == "5.75"
    assert dialog.lines[0].unit_price.alignment() & Qt.AlignmentFlag.AlignRight
    assert dialog.lines[0].unit_price.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_profile_holds_the_address_and_terms_in_english_too(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    dialog = SettingsDialog(make_context("ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_profile()
    page = dialog.profile
    type_text(page.address_en, "Olaya, Riyadh")
    page.terms_en.setPlainText("No returns after 7 days")
    dialog.save()
    profile = get_profile(db)
    assert (profile.address, profile.address_en, profile.terms_en) == ("الرياض", "Olaya, Riyadh", "No returns after 7 days")
    again = SettingsDialog(make_context("en"))
    qtbot.addWidget(again)
    assert again.profile.address_en.text() == "Olaya, Riyadh" and again.profile.terms_en.toPlainText() == "No returns after 7 days"


def test_the_profile_holds_the_opening_hours_in_english_too(
    qtbot: QtBot, db: Database, shop: dict[str, int], make_context: Callable[..., AppContext]
) -> None:
    """Beside the Arabic hours, the English ones: typed left to right in an Arabic window, checked
    as the Arabic ones (a problem shown under the field, nothing saved), saved and shown again."""
    dialog = SettingsDialog(make_context("ar"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_profile()
    page = dialog.profile
    assert page.opening_hours.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert page.opening_hours_en.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    page.opening_hours.setPlainText("السبت إلى الخميس: 10:00 – 23:00")
    page.opening_hours_en.setPlainText("x" * 301)
    dialog.save()
    assert dialog.isVisible() and page.errors["opening_hours_en"].isVisibleTo(page) and page.errors["opening_hours_en"].text()
    assert dialog.focusWidget() is page.opening_hours_en
    assert get_profile(db).opening_hours == ""  # nothing saved
    page.opening_hours_en.clear()
    page.opening_hours_en.setFocus()
    type_text(page.opening_hours_en, "Saturday to Thursday: 10:00 – 23:00")
    QTest.keyClick(page.opening_hours_en, Qt.Key.Key_Return)
    type_text(page.opening_hours_en, "Friday: 16:00 – 23:00")
    dialog.save()
    assert not dialog.isVisible()
    profile = get_profile(db)
    assert profile.opening_hours == "السبت إلى الخميس: 10:00 – 23:00"
    assert profile.opening_hours_en == "Saturday to Thursday: 10:00 – 23:00\nFriday: 16:00 – 23:00"
    assert profile.opening_hours_in("en") == profile.opening_hours_en
    again = SettingsDialog(make_context("en"))
    qtbot.addWidget(again)
    assert again.profile.opening_hours_en.toPlainText() == profile.opening_hours_en
    assert not again.profile.changed()
    # In an English window the Arabic fields still read right to left: the days on the right, the
    # times after them on their left, not the other way round.
    for field in (again.profile.opening_hours, again.profile.terms):
        assert field.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    again.show()
    again.show_profile()
    block = again.profile.opening_hours.document().firstBlock()
    layout = block.layout()
    text = block.text()

    def x_of(index: int) -> float:
        return min(p.x() for run in layout.glyphRuns(index, 1) for p in run.positions())

    assert x_of(text.index("10")) < x_of(text.index("الخميس"))

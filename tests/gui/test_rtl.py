"""Right to left as it is drawn: messages, examples, typed digits, mixed names, amounts and forms in Arabic."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.db import Database
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.catalogue import add_catalogue_item, CatalogueDraft
from retention_desktop.documents import document_details
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoice

from ui.catalogue_dialog import CatalogueDialog, Column as CatalogueColumn
from ui.context import AppContext
from ui.credit_note_dialog import CreditNoteDialog
from ui.customer_dialog import CustomerDialog
from ui.formatting import Formatter
from ui.invoice_view import InvoiceViewDialog
from ui.main_window import MainWindow
from ui.payment_dialog import PaymentDialog
from ui.preferences import Preferences
from ui.sales_page import Column as SalesColumn
from ui.settings_dialog import SettingsDialog
from ui.widgets import DateEdit, TimeEdit

from .bidi import LTR, RTL, as_label_draws, mirrored, on_screen, plain, reads_right_to_left
from .conftest import type_text


@pytest.fixture
def profile(db: Database) -> None:
    """A business profile complete enough to issue invoices."""
    save_profile(db, BusinessProfile(name_ar="متجر الجوال", name_en="Phone Shop", vat_number="300000000000003", address="الرياض"))


@pytest.fixture
def arabic(db: Database, language: Callable[[str], None], profile: None) -> AppContext:
    """The program in Arabic, on a book with a business profile."""
    language("ar")
    return AppContext(db=db, preferences=Preferences(), language="ar")


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def minus_first(amount: str) -> bool:
    """A negative amount drawn in a right-to-left line reads "-49.00", not "49.00-"."""
    drawn = on_screen(amount, RTL)
    return re.search(r"-\d", drawn) is not None and re.search(r"\d-", drawn) is None


def test_a_message_that_quotes_what_was_typed_is_an_arabic_sentence(qtbot: QtBot, arabic: AppContext) -> None:
    dialog = shown(qtbot, CustomerDialog(arabic))
    assert isinstance(dialog, CustomerDialog)
    type_text(dialog.full_name, "محمد العتيبي")
    type_text(dialog.phones.edits[0], "12345abc")
    type_text(dialog.email, "mohammed@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    for name, typed in (("phones", "12345abc"), ("email", "mohammed@")):
        message = dialog.errors[name].text()
        assert "ليس" in message
        # Laid out right to left (and so aligned right), not by the Latin letter it starts with.
        assert reads_right_to_left(message)
        drawn = as_label_draws(message)
        # What was typed keeps its order, quoted, at the sentence's start on the right; the full
        # stop ends the sentence on the left.
        assert f"«{typed}»" in drawn or f"»{typed}«" in drawn
        assert drawn.index(typed) > drawn.index(mirrored("ليس"))
        assert drawn.startswith(".")


@pytest.mark.parametrize(
    ("name", "right_to_left", "shown"),
    [
        ("عملاء المحل.csv", False, "لحملا ءلامع.csv"),  # English window: the extension on the right, as Windows shows it
        ("عملاء المحل.csv", True, "csv.لحملا ءلامع"),  # Arabic window: the extension on the left, as Windows shows it there
        ("customers 2026.xlsx", True, "customers 2026.xlsx"),
        ("customers 2026.xlsx", False, "customers 2026.xlsx"),
    ],
)
def test_a_files_name_reads_as_the_system_shows_it(qtbot: QtBot, name: str, right_to_left: bool, shown: str) -> None:
    """The import's "{file}: 8 rows", Open recent, "Writing {file}…": a file's name inside a sentence
    of either language. (Arabic is listed as drawn: right to left, lam-alef one glyph.)"""
    from ui.formatting import file_name

    sentence = f"{file_name(name, right_to_left)}: 8"
    drawn = on_screen(sentence, RTL if right_to_left else LTR)
    assert drawn == (f"8 :{shown}" if right_to_left else f"{shown}: 8")


def test_examples_in_empty_fields_read_in_the_window_direction(qtbot: QtBot, arabic: AppContext) -> None:
    dialog = shown(qtbot, CustomerDialog(arabic))
    assert isinstance(dialog, CustomerDialog)
    phone = dialog.phones.edits[0]
    # "مثال: 055 123 4567": the word on the right, the number read left to right beside it.
    drawn = as_label_draws(phone.placeholderText())
    assert drawn.startswith("055 123 4567 ") and reads_right_to_left(drawn[len("055 123 4567 ") :])
    assert phone.alignment() & Qt.AlignmentFlag.AlignRight
    settings = shown(qtbot, SettingsDialog(arabic))
    assert isinstance(settings, SettingsDialog)
    drawn = as_label_draws(settings.profile.phone.placeholderText())
    assert drawn.startswith("011 234 5678 ") and reads_right_to_left(drawn[len("011 234 5678 ") :])


@pytest.mark.parametrize("page", ["customers", "sales"])
def test_digits_typed_into_a_search_box_stay_on_the_right(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int], page: str
) -> None:
    window = open_window("ar")
    if page == "customers":
        window.show_customers()
        search = window.book.search
    else:
        window.tabs.setCurrentIndex(2)
        search = window.findChild(QLineEdit, "salesSearch")
    search.setFocus()
    type_text(search, "0550")
    qtbot.wait(10)
    # The cursor, after the digits, is at the right edge where Arabic typing starts too.
    assert search.cursorRect().center().x() > search.width() * 0.7


def test_a_mixed_item_name_keeps_its_order_in_the_catalogue(qtbot: QtBot, arabic: AppContext, db: Database) -> None:
    add_catalogue_item(db, CatalogueDraft("شاحن سريع 20 واط مع كيبل", Decimal("89"), "20 W fast charger with cable"))
    dialog = shown(qtbot, CatalogueDialog(arabic))
    assert isinstance(dialog, CatalogueDialog)
    model = dialog.model
    english = model.data(model.index(0, CatalogueColumn.NAME_EN))
    assert on_screen(english, RTL) == "20 W fast charger with cable"


def test_the_payment_dialog_keeps_its_amount_field_when_a_problem_shows(
    qtbot: QtBot, arabic: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    invoice = issue_invoice(db, InvoiceDraft(sample_book["fatima"], [LineDraft("قص شعر", Decimal(1), Decimal("277"))])).id
    dialog = shown(qtbot, PaymentDialog(arabic, invoice))
    assert isinstance(dialog, PaymentDialog)
    label = dialog.findChild(QFormLayout).labelForField(dialog.amount.parentWidget())
    assert isinstance(label, QLabel) and "ر.س." in label.text() and "SAR" not in label.text()
    dialog.amount.setText("abc")
    dialog.save()
    error = dialog.errors["amount"]
    qtbot.waitUntil(error.isVisible)
    qtbot.wait(50)
    assert dialog.amount.height() >= dialog.amount.sizeHint().height()
    # The message is under the field, not drawn over it.
    assert top_left(error).y() >= top_left(dialog.amount).y() + dialog.amount.height()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def test_negative_amounts_keep_their_minus_before_the_digits(
    qtbot: QtBot, arabic: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    invoice = issue_invoice(db, InvoiceDraft(sample_book["fatima"], [LineDraft("قص شعر", Decimal(1), Decimal("49"))]))
    line_id = document_details(db, invoice.id).printable.lines[0].id
    credit = issue_credit_note(db, invoice.id, {line_id: Decimal(1)}, reason="خطأ في الفاتورة")
    view = shown(qtbot, InvoiceViewDialog(arabic, invoice.id))
    assert isinstance(view, InvoiceViewDialog)
    assert minus_first(view._totals["credited"].text())
    assert minus_first(view.credit_notes.item(0, 2).text())
    credit_view = shown(qtbot, InvoiceViewDialog(arabic, credit.id))
    assert isinstance(credit_view, InvoiceViewDialog)
    assert minus_first(credit_view._totals["total"].text())
    other = issue_invoice(db, InvoiceDraft(sample_book["ahmed"], [LineDraft("قص شعر", Decimal(1), Decimal("49"))]))
    dialog = shown(qtbot, CreditNoteDialog(arabic, other.id))
    assert isinstance(dialog, CreditNoteDialog)
    dialog.take_back_all()
    assert minus_first(dialog.credit_total.text())


def test_sales_list_shows_a_credit_note_with_its_minus_first(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int], profile: None
) -> None:
    invoice = issue_invoice(db, InvoiceDraft(sample_book["fatima"], [LineDraft("قص شعر", Decimal(1), Decimal("49"))]))
    line_id = document_details(db, invoice.id).printable.lines[0].id
    issue_credit_note(db, invoice.id, {line_id: Decimal(1)}, reason="خطأ")
    window = open_window("ar")
    window.tabs.setCurrentIndex(2)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    total = page.model.data(page.model.index(0, SalesColumn.TOTAL))
    assert minus_first(total)


@pytest.mark.parametrize(("language_code", "month"), [("ar", "مايو"), ("en", "May")])
def test_one_form_of_date_and_time_per_context(language_code: str, month: str) -> None:
    fmt = Formatter(language_code, "SA", ZoneInfo("Asia/Riyadh"))
    day = date(2026, 5, 21)
    # Lists, tables and fields: digits, day first, as the date fields are typed.
    assert plain(fmt.date(day)) == plain(fmt.date(day, "short")) == "21/05/2026"
    # Sentences and cards: the month by name, day first.
    assert fmt.date(day, "long") == f"21 {month} 2026"
    # The 24-hour clock everywhere, as the time fields.
    assert fmt.time(time(14, 30)) == "14:30"
    assert fmt.time(time(9, 5)) == "09:05"


def test_an_invoice_shows_its_date_and_time_as_they_are_typed(
    qtbot: QtBot, arabic: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    issued_at = datetime(2026, 11, 26, 17, 14, tzinfo=ZoneInfo("UTC"))  # 20:14 in Riyadh
    invoice = issue_invoice(
        db, InvoiceDraft(sample_book["fatima"], [LineDraft("قص شعر", Decimal(1), Decimal("49"))]), at=issued_at
    )
    view = shown(qtbot, InvoiceViewDialog(arabic, invoice.id))
    assert isinstance(view, InvoiceViewDialog)
    assert plain(view._values["date"].text()).split() == ["26/11/2026", "20:14"]
    editor = DateEdit()
    editor.setDate(QDate(2026, 11, 26))
    assert editor.text() == "26/11/2026"
    assert TimeEdit().displayFormat() == "HH:mm"


def test_an_arabic_file_name_keeps_its_extension_after_it_and_the_choices_show_whole(qtbot: QtBot, arabic: AppContext, tmp_path) -> None:
    """The import's heading names the file as the owner named it: «عملاء المحل.csv» reads with
    its extension last (on the left), not before the name, in the Arabic sentence."""
    from ui.import_dialog import ImportDialog

    path = tmp_path / "قائمة زبائن.csv"  # no lam-alef: its ligature draws two letters at one place
    path.write_text("الاسم,الجوال,المدينة\nسارة,0551234567,الرياض\n", encoding="utf-8-sig")
    dialog = shown(qtbot, ImportDialog(arabic))
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    drawn = as_label_draws(dialog.file_label.text())
    # Left to right on screen: "csv." then the name mirrored, as an Arabic line draws it.
    assert "csv." + mirrored("قائمة زبائن") in drawn, drawn
    # Each column's choice is shown whole, the longest too («المنطقة أو المدينة»).
    assert [combo.currentText() for combo in dialog.combos][-1] == "المنطقة أو المدينة"
    assert all(combo.width() >= combo.sizeHint().width() for combo in dialog.combos)


def test_a_payment_shows_its_amount_and_currency_whole(
    qtbot: QtBot, arabic: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    """An amount of four digits and its currency («1,940.00 ر.س.») fit their column of the invoice
    view's payments, in a dialog of the size a 1024×768 screen gives it."""
    from retention_desktop.kinds import PaymentMethod
    from retention_desktop.sales import PaidNow

    invoice = issue_invoice(
        db,
        InvoiceDraft(sample_book["fatima"], [LineDraft("جوال ذكي 128 جيجابايت", Decimal(1), Decimal("1940"))]),
        paid_now=PaidNow(Decimal("2231.00"), PaymentMethod.CARD),
    )
    view = shown(qtbot, InvoiceViewDialog(arabic, invoice.id))
    assert isinstance(view, InvoiceViewDialog)
    view.resize(860, 640)
    qtbot.wait(20)
    table = view.payments
    amount = table.item(0, 1).text()
    assert "2,231.00" in plain(amount)
    # What the cell needs, its margins included, as Qt measures it: nothing cut off with "…".
    assert table.columnWidth(1) >= table.sizeHintForColumn(1), (table.columnWidth(1), table.sizeHintForColumn(1))


def test_file_endings_and_calling_codes_keep_their_order_in_arabic(qtbot: QtBot, arabic: AppContext) -> None:
    """«مصنف Excel (.xlsx)» read «(xlsx.)», and the country «(+966)» read «(966+)»: each is a
    left-to-right run inside the Arabic text."""
    from ui.export_dialog import ExportDialog

    dialog = shown(qtbot, ExportDialog(arabic))
    assert isinstance(dialog, ExportDialog)
    # on_screen lists the characters from the left edge; in a right-to-left line a parenthesis is
    # drawn mirrored, so ")" then "(" around the ending is «(.xlsx)» on screen.
    assert ").xlsx(" in on_screen(dialog.xlsx.text(), RTL)
    assert ").csv(" in on_screen(dialog.csv.text(), RTL)
    settings = shown(qtbot, SettingsDialog(arabic))
    assert isinstance(settings, SettingsDialog)
    country = settings.profile.country
    saudi = country.itemText(country.findData("SA"))
    assert ")+966(" in on_screen(saudi, RTL), on_screen(saudi, RTL)


def test_lists_select_their_rows_right_to_left(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    """In Arabic a list's first row is chosen for the owner, and the row they chose is kept after
    the list is read again (QTableView.selectRow chose nothing right to left: the buttons that act
    on the row stayed off)."""
    from datetime import timedelta

    from retention_desktop.audiences import TagAudience
    from retention_desktop.campaigns import CampaignDraft, create_campaign
    from retention_desktop.clock import shop_today
    from retention_desktop.kinds import Channel
    from retention_desktop.lifecycle import loss_reasons, mark_customer_lost

    today = shop_today(db)
    campaign = create_campaign(db, CampaignDraft("عودة", "خصم لكم", Channel.WHATSAPP, TagAudience("VIP"), today, today + timedelta(days=30)), today=today)
    for name in ("fatima", "john"):
        mark_customer_lost(db, sample_book[name], loss_reasons(db)[0].id)
    window = open_window("ar")
    assert window.isRightToLeft()

    window.show_campaigns()
    page = window.campaigns
    assert page.selected_id() == campaign and page.open_button.isEnabled()

    window.tabs.setCurrentIndex(3)
    lost = window.page_at(3).lost  # type: ignore[attr-defined]
    window.page_at(3).tabs.setCurrentWidget(lost)  # type: ignore[attr-defined]
    assert lost.model.rowCount() == 2 and not lost.open_button.isEnabled()
    second = lost.model.index(1, 0)
    qtbot.mouseClick(lost.table.viewport(), Qt.MouseButton.LeftButton, pos=lost.table.visualRect(second).center())
    chosen = lost.selected()
    assert chosen is not None and lost.open_button.isEnabled()
    lost.refresh()
    assert lost.selected() == chosen and lost.open_button.isEnabled()

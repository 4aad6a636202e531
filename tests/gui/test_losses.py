"""Lost customers in the GUI: Mark lost… and Won back on the card, the stage the customer dialog
shows, the reasons in Settings, and the Lost customers page with its lapsed list, its report, its
charts and their PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path

import pypdfium2
import pytest
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, customer_details
from retention_desktop.db import Database
from retention_desktop.kinds import Stage
from retention_desktop.lifecycle import current_loss, loss_reasons, mark_customer_lost
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoices
from retention_desktop.settings import LAPSE_ONE_OFF_DAYS, get_setting

from ui.context import AppContext
from ui.customer_book import CustomerBook
from ui.customer_dialog import CustomerDialog
from ui.loss_dialog import MarkLostDialog
from ui.lost_page import LostPage
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.settings_dialog import SettingsDialog

from .conftest import type_text


def plain(text: str) -> str:
    return text.translate({c: None for c in (0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)})


@pytest.fixture
def book(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> CustomerBook:
    language("en")
    widget = CustomerBook(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_customer_is_marked_lost_from_the_card_and_won_back(qtbot: QtBot, db: Database, sample_book: dict[str, int], book: CustomerBook) -> None:
    customer = sample_book["fatima"]
    book.open_customer(customer)
    card = book.card
    assert card.lost_button.isVisible() and not card.won_back_button.isVisible() and not card.loss.isVisible()
    dialog = card.mark_lost()
    assert isinstance(dialog, MarkLostDialog) and dialog.isVisible()
    dialog.save_button.click()  # no reason chosen: said under the field, nothing saved
    assert dialog.isVisible() and dialog.errors["reason"].isVisible()
    assert customer_details(db, customer).stage is Stage.PROSPECT
    dialog.reason.setCurrentIndex(dialog.reason.findText("Cleanliness and hygiene"))
    type_text(dialog.note, "وجدت المكان غير نظيف")
    said: list[str] = []
    card.message.connect(said.append)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert said == ["Marked lost: the customer is listed under Lost customers → Marked lost."]  # where to find them
    assert customer_details(db, customer).stage is Stage.LOST
    loss = current_loss(db, customer)
    assert loss is not None and (loss.reason, loss.note) == ("Cleanliness and hygiene", "وجدت المكان غير نظيف")
    assert card.loss.isVisible() and "Cleanliness and hygiene" in plain(card.loss.text()) and "وجدت المكان" in card.loss.text()
    assert card.won_back_button.isVisible() and not card.lost_button.isVisible()
    assert plain(card.badge.text()) == "Lost"

    card.won_back_button.click()
    assert customer_details(db, customer).stage is Stage.WON_BACK and current_loss(db, customer) is None
    assert not card.loss.isVisible() and card.lost_button.isVisible() and not card.won_back_button.isVisible()


def test_the_customer_dialog_shows_the_lifecycles_stage(qtbot: QtBot, db: Database, sample_book: dict[str, int], language: Callable[[str], None]) -> None:
    language("en")
    context = AppContext(db=db, preferences=Preferences(), language="en")
    mark_customer_lost(db, sample_book["john"], loss_reasons(db)[0].id)
    edit = CustomerDialog(context, sample_book["john"])
    qtbot.addWidget(edit)
    assert edit.stage.currentData() == Stage.LOST and not edit.stage.isEnabled()
    edit._save(allow_duplicate=False)
    assert customer_details(db, sample_book["john"]).stage is Stage.LOST
    new = CustomerDialog(context, None)
    qtbot.addWidget(new)
    offered = {new.stage.itemData(i) for i in range(new.stage.count())}
    assert new.stage.isEnabled() and Stage.LOST not in offered and Stage.WON_BACK not in offered and Stage.ACTIVE in offered


def test_the_reasons_are_edited_in_settings(qtbot: QtBot, db: Database, sample_book: dict[str, int], language: Callable[[str], None]) -> None:
    language("en")
    dialog = SettingsDialog(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.losses
    dialog.tabs.setCurrentWidget(page)
    assert page.reasons.count() == 11 and page.reasons.item(0).text() == "Price"
    page.add("لا يوجد موقف")
    assert page.reasons.item(11).text() == "لا يوجد موقف" and page.current() is not None
    page.add("Price")  # already there: said, nothing added
    assert page.error.isVisible() and "already" in page.error.text() and page.reasons.count() == 12
    page.reasons.setCurrentRow(0)
    page.rename("الأسعار")
    assert page.reasons.item(0).text() == "الأسعار" and not page.error.isVisible()
    mark_customer_lost(db, sample_book["ahmed"], loss_reasons(db)[0].id)
    page.reasons.setCurrentRow(0)
    page.remove()  # in use: taken off the list, kept with the customer
    assert page.reasons.count() == 11 and current_loss(db, sample_book["ahmed"]).reason == "الأسعار"  # type: ignore[union-attr]
    page.show_archived.setChecked(True)
    assert page.reasons.item(0).text() == "الأسعار (off the list)"
    page.reasons.setCurrentRow(0)
    page.restore()
    assert [r.name for r in loss_reasons(db)][0] == "الأسعار"
    page.lapse_days.setValue(120)
    dialog.save()
    assert get_setting(db, LAPSE_ONE_OFF_DAYS) == 120


def _history(db: Database) -> dict[str, int]:
    """A regular gone quiet, a regular still coming, and two customers lost for a reason."""
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
    today = shop_today(db)
    ids = {name: add_customer(db, CustomerDraft(name)) for name in ("سارة المنقطعة", "خالد المنتظم", "منى", "ريم")}
    sales = [("سارة المنقطعة", d) for d in (300, 270, 240)] + [("خالد المنتظم", d) for d in (40, 10)] + [("منى", 200), ("ريم", 100)]
    issue_invoices(
        db,
        [InvoiceDraft(ids[name], [LineDraft("خدمة", D(1), D(100))]) for name, _ in sales],
        at=[datetime.combine(today - timedelta(days=d), time(9), timezone.utc) for _, d in sales],
    )
    reasons = {r.key: r.id for r in loss_reasons(db)}
    mark_customer_lost(db, ids["منى"], reasons["price"])
    mark_customer_lost(db, ids["ريم"], reasons["moved_away"])
    return ids


def test_the_lost_customers_page_lists_the_lapsed_and_reports_the_reasons(
    qtbot: QtBot, db: Database, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    ids = _history(db)
    window = open_window("en")
    assert not window.page_built("lost")  # built on first show, not at start
    window.tabs.setCurrentIndex(3)
    assert window.page_built("lost")
    page = window.current_page()
    assert isinstance(page, LostPage)
    assert [r.id for r in page.model.rows] == [ids["سارة المنقطعة"]] and plain(page.lapsed_count.text()) == "1 lapsed customer"
    assert page.model.data(page.model.index(0, 3)) == "240 days"

    page.table.selectRow(0)
    assert page.reason_button.isEnabled()
    page.record_reason()
    dialog = page.findChild(MarkLostDialog)
    assert dialog is not None
    dialog.reason.setCurrentIndex(dialog.reason.findText("Lost touch"))
    dialog.save_button.click()
    assert page.model.rows == [] and current_loss(db, ids["سارة المنقطعة"]) is not None  # off the lapsed list: lost now

    page.tabs.setCurrentWidget(page.report_tab)
    report = page.report
    assert report is not None and report.total == 3
    assert "3 customers lost in this period" in plain(page.summary.text())
    assert sorted(b.label for b in page.by_reason.bars) == ["Lost touch", "Moved away", "Price"]
    assert page.reasons.rowCount() == 3 and page.by_month.bars
    pdf = page.save_pdf(tmp_path / "losses.pdf")
    assert pdf is not None
    text = pypdfium2.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    for words in ("Lost customers", "By reason", "Month by month", "Moved away", "Lost touch"):
        assert words in text


def test_the_report_and_its_pdf_in_arabic(qtbot: QtBot, db: Database, language: Callable[[str], None], tmp_path: Path) -> None:
    _history(db)
    language("ar")
    page = LostPage(AppContext(db=db, preferences=Preferences(), language="ar"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.report_tab)
    assert page.isRightToLeft() and page.by_reason.isRightToLeft()
    pdf = page.save_pdf(tmp_path / "خسائر.pdf")
    assert pdf is not None
    text = pypdfium2.PdfDocument(str(pdf))[0].get_textpage().get_text_range()
    assert all(label in text for label in [b.label for b in page.by_reason.bars])


def test_a_customer_who_bought_once_has_no_usual_interval_shown(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    """«Usually every: once» said nothing: a one-time buyer's rhythm is a dash, explained on hover."""
    from PySide6.QtCore import Qt

    from ui.lost_page import Column

    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
    once = add_customer(db, CustomerDraft("نورة مرة واحدة"))
    issue_invoices(
        db,
        [InvoiceDraft(once, [LineDraft("خدمة", D(1), D(100))])],
        at=[datetime.combine(shop_today(db) - timedelta(days=400), time(9), timezone.utc)],
    )
    language("en")
    page = LostPage(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(page)
    page.show()
    assert [r.id for r in page.model.rows] == [once]
    rhythm = page.model.index(0, Column.RHYTHM)
    assert page.model.data(rhythm) == "—"
    assert "Bought once" in page.model.data(rhythm, Qt.ItemDataRole.ToolTipRole)


def test_those_marked_lost_are_listed_and_won_back_from_the_lost_page(
    qtbot: QtBot, db: Database, open_window: Callable[..., MainWindow]
) -> None:
    """Marked lost, a customer is on the page's list with the reason recorded; Won back there
    takes them off it and restores them, history kept (the page offered no way back before)."""
    ids = _history(db)
    window = open_window("en")
    window.tabs.setCurrentIndex(3)
    page = window.current_page()
    assert isinstance(page, LostPage)
    page.tabs.setCurrentWidget(page.lost)
    lost = page.lost
    assert [r.name for r in lost.model.rows] == ["ريم", "منى"]  # the latest first
    assert plain(lost.count.text()) == "2 lost customers"
    assert plain(lost.model.data(lost.model.index(1, 2))) == "Price"
    assert not lost.won_back_button.isEnabled()
    lost.table.selectRow(1)
    opened: list[int] = []
    lost.open_customer.connect(opened.append)
    lost.open_button.click()
    assert opened == [ids["منى"]] and window.current_page() is not page  # the card, in the book
    window.tabs.setCurrentIndex(3)  # back to the list
    lost.table.selectRow(1)
    lost.won_back_button.click()
    qtbot.waitUntil(lambda: [r.name for r in lost.model.rows] == ["ريم"])
    assert customer_details(db, ids["منى"]).stage is Stage.WON_BACK and current_loss(db, ids["منى"]) is None

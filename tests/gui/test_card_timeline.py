"""The customer card's follow-ups and interaction log, the interaction dialog, and the customer
dialog's renewal date and stay-in-touch cadence, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today
from retention_desktop.customers import customer_details
from retention_desktop.db import Database
from retention_desktop.followups import schedule_follow_up
from retention_desktop.interactions import customer_timeline, log_interaction, open_complaints
from retention_desktop.models import CadenceUnit, FollowUpKind, InteractionKind, Outcome
from retention_desktop.settings import TIME_ZONE, set_setting

from ui.context import AppContext
from ui.customer_book import CustomerBook
from ui.customer_card import TIMELINE_PAGE, CustomerCard, initials
from ui.customer_dialog import CustomerDialog
from ui.interaction_dialog import InteractionDialog
from ui.preferences import Preferences

from .conftest import type_text


@pytest.fixture
def open_book(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> Callable[..., CustomerBook]:
    """The customer book screen (list and card) on its own, answering the context's `changed`."""

    def make(lang: str = "en") -> CustomerBook:
        language(lang)
        book = CustomerBook(AppContext(db=db, preferences=Preferences(), language=lang))
        qtbot.addWidget(book)
        book.resize(1100, 700)
        book.show()
        qtbot.waitExposed(book)
        return book

    return make


def card_for(book: CustomerBook, customer_id: int) -> CustomerCard:
    book.open_customer(customer_id)
    assert book.card.customer_id == customer_id
    return book.card


def plain(text: str) -> str:
    """Shown text without the direction marks and isolates that keep its parts in order."""
    return text.translate({c: None for c in (0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069)})


def entries(card: CustomerCard) -> list[str]:
    """The interaction log's entries as shown (rich text, marks removed), top to bottom."""
    texts = []
    for i in range(card.timeline.count()):
        widget = card.timeline.itemAt(i).widget()
        label = widget if isinstance(widget, QLabel) else widget.findChild(QLabel, "timelineEntry")
        if label is not None and label.objectName() == "timelineEntry":
            texts.append(plain(label.text()))
    return texts


def card_text(card: CustomerCard, field: str) -> str:
    return plain(card._values[field].text())


def log_dialog(card: CustomerCard) -> InteractionDialog:
    dialog = card.log_interaction()
    assert isinstance(dialog, InteractionDialog) and dialog.isVisible()
    return dialog


def choose_kind(dialog: InteractionDialog, kind: InteractionKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_logged_interactions_show_newest_first_with_kind_time_outcome_and_note(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    book = open_book()
    card = card_for(book, sample_book["ahmed"])
    assert card.timeline_rows == []
    assert "No interactions yet" in card.timeline.itemAt(0).widget().text()

    dialog = log_dialog(card)
    choose_kind(dialog, InteractionKind.VISIT)
    assert dialog.outcome.isVisible() and not dialog.score_buttons.button(1).isVisible()
    dialog.day.setDate(dialog.day.date().addDays(-1))
    dialog.at.setTime(QTime(9, 15))
    type_text(dialog.note, "Came to see the new colours")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    dialog = log_dialog(card)
    choose_kind(dialog, InteractionKind.CALL)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.NO_ANSWER))
    type_text(dialog.note, "اتصلت ولم يرد")
    dialog.save_button.click()
    assert not dialog.isVisible()

    shown = entries(card)
    assert len(shown) == 2
    assert "Call" in shown[0] and "No answer" in shown[0] and "اتصلت ولم يرد" in shown[0]
    assert "Visit" in shown[1] and "Came to see the new colours" in shown[1]
    fmt = book._context.format
    yesterday = shop_today(db) - timedelta(days=1)
    assert f"{plain(fmt.date(yesterday))} {fmt.time(datetime(2000, 1, 1, 9, 15).time())}" in shown[1]

    saved = customer_timeline(db, sample_book["ahmed"])
    assert [r.kind for r in saved] == [InteractionKind.CALL, InteractionKind.VISIT]
    assert saved[1].occurred_at == datetime.combine(yesterday, datetime(2000, 1, 1, 9, 15).time(), ZoneInfo("Asia/Riyadh"))


def test_feedback_needs_a_score_from_1_to_5(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    card = card_for(open_book(), sample_book["fatima"])
    dialog = log_dialog(card)
    choose_kind(dialog, InteractionKind.FEEDBACK)
    assert dialog.score_buttons.button(1).isVisible() and not dialog.outcome.isVisible()
    type_text(dialog.note, "Loved the service")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors["score"].isVisible()
    assert dialog.errors["score"].text() == "Choose a satisfaction score from 1 to 5."
    assert customer_timeline(db, sample_book["fatima"]) == []

    qtbot.mouseClick(dialog.findChild(type(dialog.score_buttons.button(4)), "score4"), Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert [(r.kind, r.score) for r in customer_timeline(db, sample_book["fatima"])] == [(InteractionKind.FEEDBACK, 4)]
    assert "★★★★☆" in entries(card)[0] and "4/5" in entries(card)[0]


def test_a_complaint_needs_a_description_and_stays_open_until_resolved(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    card = card_for(open_book(), sample_book["ahmed"])
    dialog = log_dialog(card)
    choose_kind(dialog, InteractionKind.COMPLAINT)
    dialog.save_button.click()
    assert dialog.errors["note"].isVisible() and dialog.errors["note"].text() == "Describe the complaint."
    assert customer_timeline(db, sample_book["ahmed"]) == []
    type_text(dialog.note, "الطلب وصل متأخرًا")
    dialog.save_button.click()
    assert not dialog.isVisible()

    assert "open" in entries(card)[0] and "الطلب وصل متأخرًا" in entries(card)[0]
    assert [c.note for c in open_complaints(db)] == ["الطلب وصل متأخرًا"]
    resolve = card.findChild(QPushButton, "resolveComplaintButton")
    assert resolve is not None
    qtbot.waitUntil(resolve.isVisible)
    qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    assert open_complaints(db) == []
    assert "resolved on" in entries(card)[0]
    assert not any(b.isVisible() for b in card.findChildren(QPushButton, "resolveComplaintButton"))


def test_an_interaction_in_the_future_is_refused_next_to_the_time(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    # A shop zone where it is not yet 20:00, so that 23:59 today is still ahead.
    for zone in ("Pacific/Kiritimati", "Asia/Riyadh", "America/New_York", "Pacific/Pago_Pago"):
        if datetime.now(ZoneInfo(zone)).hour < 20:
            set_setting(db, TIME_ZONE, zone)
            break
    card = card_for(open_book(), sample_book["john"])
    dialog = log_dialog(card)
    choose_kind(dialog, InteractionKind.NOTE)
    assert dialog.day.maximumDate() == QDate.fromString(shop_today(db).isoformat(), Qt.DateFormat.ISODate)
    dialog.at.setTime(QTime(23, 59))
    dialog.save_button.click()
    assert dialog.errors["occurred_at"].text() == "The time is in the future."
    assert customer_timeline(db, sample_book["john"]) == []


def test_a_long_history_shows_the_newest_50_and_the_rest_on_request(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    start = datetime.now(timezone.utc) - timedelta(days=100)
    for day in range(TIMELINE_PAGE + 5):
        log_interaction(db, sample_book["john"], kind=InteractionKind.NOTE, note=f"note {day}", occurred_at=start + timedelta(days=day))
    card = card_for(open_book(), sample_book["john"])
    shown = entries(card)
    assert len(shown) == TIMELINE_PAGE
    assert "note 54" in shown[0] and "note 5<" not in shown[-1] and shown[-1].endswith("note 5")
    assert card.show_all_button.isVisible()
    qtbot.mouseClick(card.show_all_button, Qt.MouseButton.LeftButton)
    assert len(entries(card)) == TIMELINE_PAGE + 5
    assert entries(card)[-1].endswith("note 0")
    assert not card.show_all_button.isVisible()


def test_the_card_lists_open_follow_ups_and_marks_overdue_ones(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    schedule_follow_up(db, sample_book["fatima"], due_on=today - timedelta(days=2), today=today - timedelta(days=3), reason="Ask about the order")
    schedule_follow_up(db, sample_book["fatima"], due_on=today + timedelta(days=5), kind=FollowUpKind.VISIT, reason="Fitting")
    card = card_for(open_book(), sample_book["fatima"])
    labels = [plain(label.text()) for label in card.findChildren(QLabel, "cardFollowUp")]
    assert [text.endswith("(overdue)") for text in labels] == [True, False]
    assert "Ask about the order" in labels[0] and "Visit · Fitting" in labels[1]


def test_scheduling_from_the_card_shows_the_new_follow_up(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    card = card_for(open_book(), sample_book["ahmed"])
    dialog = card.schedule_follow_up()
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.reason, "Offer the new package")  # type: ignore[attr-defined]
    dialog.save_button.click()  # type: ignore[attr-defined]
    assert not dialog.isVisible()
    assert [f.reason for f in card.follow_up_rows] == ["Offer the new package"]


def test_renewal_date_and_cadence_round_trip_through_the_customer_dialog(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    book = open_book()
    dialog = book.edit_customer(sample_book["john"])
    assert dialog is not None
    assert not dialog.renewal_known.isChecked() and not dialog.contact_every.isEnabled()
    dialog.renewal_known.setChecked(True)
    dialog.renewal_on.setDate(QDate(2027, 6, 30))
    qtbot.mouseClick(dialog.cadence_on, Qt.MouseButton.LeftButton)
    dialog.contact_every.setValue(3)
    dialog.contact_unit.setCurrentIndex(dialog.contact_unit.findData(CadenceUnit.WEEKS))
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = customer_details(db, sample_book["john"])
    assert (saved.renewal_on, saved.contact_every, saved.contact_unit) == (date(2027, 6, 30), 3, CadenceUnit.WEEKS)
    assert "every 3 weeks" in book.card._values["cadence"].text()
    assert card_text(book.card, "renewal").endswith("30 June 2027")

    again = CustomerDialog(book._context, sample_book["john"])
    qtbot.addWidget(again)
    assert again.renewal_known.isChecked() and again.renewal_on.date() == QDate(2027, 6, 30)
    assert again.cadence_on.isChecked() and again.contact_every.value() == 3
    assert again.contact_unit.currentData() == CadenceUnit.WEEKS
    again.cadence_on.setChecked(False)
    again.renewal_known.setChecked(False)
    again.save_button.click()
    saved = customer_details(db, sample_book["john"])
    assert (saved.renewal_on, saved.contact_every, saved.contact_unit) == (None, None, None)


def test_a_cadence_of_zero_is_refused_next_to_the_field(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    book = open_book()
    dialog = book.edit_customer(sample_book["fatima"])
    assert dialog is not None
    dialog.cadence_on.setChecked(True)
    dialog.contact_every.setValue(0)
    dialog.save_button.click()
    assert dialog.isVisible()
    error = dialog.errors["contact_every"]
    assert error.isVisible() and error.text() == "Keep in touch at least every 1 day, week or month."
    assert error.parentWidget() is dialog.contact_every.parentWidget()
    assert customer_details(db, sample_book["fatima"]).contact_every is None


# -- the card as a profile ----------------------------------------------------------------------------


def figure(card: CustomerCard, key: str) -> tuple[str, str]:
    """A key figure's tile as shown: its value and the line under it."""
    _tile, value, detail = card.figure_tiles[key]
    return plain(value.text()), plain(detail.text())


def test_the_card_opens_with_the_key_figures(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    from decimal import Decimal

    from retention_desktop.profile import BusinessProfile, save_profile
    from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

    fatima = sample_book["fatima"]
    card = card_for(open_book(), fatima)
    assert figure(card, "spent") == ("—", "No purchases yet.")
    assert figure(card, "next_follow_up") == ("—", "Nothing scheduled.")
    assert figure(card, "last_contact")[0] == "—"
    assert not card.complaints.isVisible()

    save_profile(db, BusinessProfile(name_ar="صالون الورد", name_en="Rose Salon", vat_number="300000000000003", address="الرياض"))
    issue_invoice(db, InvoiceDraft(fatima, [LineDraft("قص شعر", Decimal("1"), Decimal("100.00"))]))  # SAR 115.00
    today = shop_today(db)
    schedule_follow_up(db, fatima, due_on=today - timedelta(days=1), today=today - timedelta(days=2), reason="Thank her")
    log_interaction(db, fatima, kind=InteractionKind.COMPLAINT, note="The colour faded")
    card._context.changed.emit()
    card.refresh()
    fmt = card._context.format
    sar = plain(fmt.money(Decimal("115.00"), "SAR"))
    assert figure(card, "spent") == (sar, f"1 invoice · {sar} due")
    assert figure(card, "last_purchase") == (plain(fmt.date(today)), "today")
    assert figure(card, "next_follow_up") == (plain(fmt.date(today - timedelta(days=1))), "Call, overdue")
    assert figure(card, "last_contact") == (plain(fmt.date(today)), "Complaint")
    assert card.complaints.isVisible() and plain(card.complaints.text()).startswith("1 open complaint")
    assert card.figure_tiles["next_follow_up"][2].property("role") == "problem"  # late: in the warning colour
    assert card.figures is not None and card.figures.invoice_count == 1


def too_narrow(widget: QWidget) -> list[str]:
    """The visible labels and buttons of a widget that are narrower (or, wrapping, lower) than their text."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or child.width() == 0:
            continue
        if isinstance(child, QLabel) and child.text():
            if child.wordWrap():
                if child.height() < child.heightForWidth(child.width()):
                    found.append(f"{child.objectName() or plain(child.text())[:30]}: {child.height()} < {child.heightForWidth(child.width())} high")
            elif child.width() < child.minimumSizeHint().width():
                found.append(f"{child.objectName() or plain(child.text())[:30]}: {child.width()} < {child.minimumSizeHint().width()} wide")
        elif isinstance(child, QPushButton) and child.width() < child.sizeHint().width():
            found.append(f"{child.objectName() or child.text()}: {child.width()} < {child.sizeHint().width()} wide")
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_at_1024_by_768_nothing_on_the_card_is_cut_and_the_list_does_not_scroll_sideways(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int], lang: str
) -> None:
    from ui.customer_card import CARD_MIN_WIDTH
    from ui.customer_model import Column

    today = shop_today(db)
    schedule_follow_up(db, sample_book["ahmed"], due_on=today + timedelta(days=2), reason="Ask about the new phone and the case")
    log_interaction(db, sample_book["ahmed"], kind=InteractionKind.COMPLAINT, note="The screen protector came off after a day")
    log_interaction(db, sample_book["ahmed"], kind=InteractionKind.FEEDBACK, score=4, note="Friendly staff")
    book = open_book(lang)
    book.resize(1024 - 84, 768 - 30)  # the window less the rail and the menu bar
    card = card_for(book, sample_book["ahmed"])
    for _ in range(10):  # laid out again for the smaller size, panel by panel
        QApplication.processEvents()
    assert card.width() >= CARD_MIN_WIDTH
    assert card.widget().width() <= card.viewport().width()  # the profile is not cut at its side
    assert too_narrow(card) == []
    assert not card.horizontalScrollBar().isVisible()
    # The list beside it: the name, the phone and the stage, and no sideways scrolling.
    header = book.table.horizontalHeader()
    shown = [column for column in Column if not header.isSectionHidden(column)]
    assert shown[:3] == [Column.NAME, Column.PHONE, Column.STAGE]
    assert sum(header.sectionSize(column) for column in shown) <= book.table.viewport().width()
    assert not book.table.horizontalScrollBar().isVisible()


def test_what_the_owner_typed_keeps_its_own_direction_on_an_arabic_card(
    qtbot: QtBot, open_book: Callable[..., CustomerBook], db: Database, sample_book: dict[str, int]
) -> None:
    card = card_for(open_book("ar"), sample_book["john"])
    assert card.name.text() == "\u200f\u2068John Smith\u2069"  # a Latin name in an Arabic card: isolated
    assert "\u2066john@example.co.uk\u2069" in card._values["email"].text()
    assert "\u2066+44 20 7946 0958\u2069" in card._values["phones"].text()
    fatima = card_for(open_book("ar"), sample_book["fatima"])
    assert fatima.notes.text() == "\u200f\u2068تحب الورد الأبيض\u2069"
    assert initials("فاطمة الزهراء") == "ف\u200cز" and initials("John Smith") == "JS"
    assert initials("سارة Smith") == "س" and initials("John العتيبي") == "J"  # never two scripts in one mark

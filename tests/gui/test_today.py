"""The Today screen as the owner uses it each morning: what is due, done, snoozed, cancelled, scheduled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListView, QMenu, QMessageBox, QRadioButton, QTabWidget
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today, shop_zone
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups, follow_up, schedule_follow_up
from retention_desktop.interactions import customer_timeline, log_interaction, open_complaints
from retention_desktop.models import FollowUpKind, FollowUpStatus, InteractionKind, Outcome

from ui.main_window import MainWindow
from ui.notifications import DueWatcher
from ui.schedule_dialog import ScheduleFollowUpDialog
from ui.follow_up_dialogs import DoneDialog, SnoozeDialog
from ui.today import TodayPage, message_dialog_available
from ui.today_model import Column, Section

from .conftest import type_text


def due(db: Database, customer_id: int, on: date, **details: object) -> int:
    """A follow-up on any day, past days included (as if it had been scheduled back then)."""
    return schedule_follow_up(db, customer_id, due_on=on, today=min(on, shop_today(db)), **details)  # type: ignore[arg-type]


def listed(page: TodayPage, section: Section, column: Column = Column.CUSTOMER) -> list[str]:
    model = page.model
    return [model.text(section, position, column) for position in range(len(model.items_of(section)))]


def section_titles(page: TodayPage) -> list[str]:
    return [page.model.section_title(section) for section in page.model.sections()]


def row_buttons(page: TodayPage) -> list[str]:
    """The buttons drawn on the selected row, in their order."""
    return list(page.agenda.button_rects(page.agenda.currentIndex()))


def click_row_button(qtbot: QtBot, page: TodayPage, name: str) -> None:
    """Click one of the buttons drawn on the selected row, where it is drawn."""
    rect = page.agenda.button_rects(page.agenda.currentIndex())[name]
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def item_menu(qtbot: QtBot, page: TodayPage) -> QMenu:
    """The menu of the selected row's "more" button."""
    click_row_button(qtbot, page, "more")
    menus = [m for m in page.findChildren(QMenu, "todayItemMenu") if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def open_today(open_window: Callable[..., MainWindow], lang: str = "en") -> tuple[MainWindow, TodayPage]:
    window = open_window(lang)
    return window, window.today


def test_the_today_tab_is_first_and_selected(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    due(db, sample_book["ahmed"], shop_today(db), reason="Ask about the new phone")
    window, page = open_today(open_window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs.currentIndex() == 0 and tabs.widget(0) is page
    assert tabs.tabText(0) == "Today" and window.page_at(1) is window.book
    agenda = window.findChild(QListView, "followUpList")
    assert agenda is page.agenda and agenda.isVisible()
    assert listed(page, Section.TODAY, Column.REASON) == ["Ask about the new phone"]


def test_overdue_today_and_upcoming_in_their_order(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    ahmed, fatima, john = sample_book["ahmed"], sample_book["fatima"], sample_book["john"]
    due(db, ahmed, today - timedelta(days=1), reason="yesterday")
    due(db, john, today - timedelta(days=9), reason="last week", kind=FollowUpKind.VISIT)
    due(db, fatima, today, reason="any time today")
    due(db, john, today, reason="at nine", due_at=time(9, 0))
    due(db, fatima, today + timedelta(days=7), reason="in a week")
    due(db, ahmed, today + timedelta(days=1), reason="tomorrow", kind=FollowUpKind.MESSAGE)
    due(db, ahmed, today + timedelta(days=8), reason="too far ahead")
    _window, page = open_today(open_window)

    assert section_titles(page) == ["Overdue (2)", "Today (2)", "Next 7 days (2)"]
    assert listed(page, Section.OVERDUE, Column.REASON) == ["last week", "yesterday"]  # oldest first
    assert listed(page, Section.OVERDUE) == ["John Smith", "أحمد بن سعيد"]
    assert listed(page, Section.TODAY, Column.REASON) == ["at nine", "any time today"]
    assert listed(page, Section.UPCOMING, Column.REASON) == ["tomorrow", "in a week"]
    assert listed(page, Section.OVERDUE, Column.KIND) == ["Visit", "Call"]
    assert listed(page, Section.UPCOMING, Column.KIND) == ["Message", "Call"]
    assert listed(page, Section.TODAY, Column.DUE) == ["09:00", "Any time"]
    assert listed(page, Section.UPCOMING, Column.DUE)[0] == "Tomorrow"
    # The phone, isolated so a right-to-left line never reorders its digits.
    assert listed(page, Section.OVERDUE, Column.PHONE)[0] == "\u2066+44 20 7946 0958\u2069"
    # Overdue painted late (in the warning colour, how many days late under the day), the others not.
    model = page.model
    overdue = model.entry(model.item_index(Section.OVERDUE, 0))
    yesterday = model.entry(model.item_index(Section.OVERDUE, 1))
    at_nine = model.entry(model.item_index(Section.TODAY, 0))
    any_time = model.entry(model.item_index(Section.TODAY, 1))
    assert overdue is not None and yesterday is not None and at_nine is not None and any_time is not None
    assert overdue.late and overdue.when_detail == "9 days late" and yesterday.when_detail.endswith(" late")
    assert not at_nine.late and at_nine.when == "09:00" and at_nine.timed and not any_time.timed
    assert (overdue.icon, at_nine.icon) == ("walk", "phone")  # how: a visit, a call
    # Section lines are headings, not something to act on.
    assert not model.flags(model.section_index(Section.TODAY)) & Qt.ItemFlag.ItemIsSelectable
    assert model.entry(model.section_index(Section.TODAY)) is None


def test_marking_done_with_an_outcome_logs_the_interaction(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    fatima = sample_book["fatima"]
    follow_up_id = due(db, fatima, shop_today(db), reason="Confirm Sunday's appointment")
    window, page = open_today(open_window)
    assert page.select_follow_up(follow_up_id)
    click_row_button(qtbot, page, "done")
    dialog = window.findChild(DoneDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.findChild(QRadioButton, "outcome_no_answer").click()
    assert not dialog.call_back_box.isVisible()  # only for "call back"
    type_text(dialog.note, "رن الهاتف ولم ترد")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert listed(page, Section.TODAY) == []
    assert follow_up(db, follow_up_id).status is FollowUpStatus.DONE
    logged = customer_timeline(db, fatima)[0]
    assert logged.kind is InteractionKind.CALL and logged.outcome is Outcome.NO_ANSWER
    assert logged.note == "Confirm Sunday's appointment — رن الهاتف ولم ترد"
    assert logged.follow_up_id == follow_up_id
    assert page.message.text().endswith("Marked done.")


def test_call_back_puts_a_new_follow_up_on_the_chosen_day(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    follow_up_id = due(db, sample_book["john"], today, reason="Quote for the repair")
    _window, page = open_today(open_window)
    page.select_follow_up(follow_up_id)
    dialog = page.mark_done()
    assert dialog is not None
    dialog.choose(Outcome.CALL_BACK)
    assert dialog.call_back_box.isVisible()
    dialog.call_back_on.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    dialog.save()  # a call-back in the past: refused under its field, nothing changes
    assert dialog.isVisible()
    assert "past" in dialog.call_back_error.text() and dialog.call_back_error.isVisible()
    assert follow_up(db, follow_up_id).status is FollowUpStatus.OPEN
    dialog.call_back_on.setDate(QDate(today.year, today.month, today.day).addDays(3))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert listed(page, Section.TODAY) == []
    assert listed(page, Section.UPCOMING, Column.REASON) == ["Quote for the repair"]
    assert [f.due_on for f in customer_follow_ups(db, sample_book["john"])] == [today + timedelta(days=3)]


def test_one_click_done_from_the_menu(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    follow_up_id = due(db, sample_book["ahmed"], shop_today(db))
    _window, page = open_today(open_window)
    page.select_follow_up(follow_up_id)
    menu = item_menu(qtbot, page)
    reached = next(a for a in menu.actions() if a.objectName() == "actionDone_reached")
    menu.close()
    reached.trigger()
    assert listed(page, Section.TODAY) == []
    assert customer_timeline(db, sample_book["ahmed"])[0].outcome is Outcome.REACHED


def test_snooze_to_tomorrow_moves_it_to_upcoming(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    follow_up_id = due(db, sample_book["fatima"], today, reason="snooze me")
    _window, page = open_today(open_window)
    page.select_follow_up(follow_up_id)
    click_row_button(qtbot, page, "snooze")  # one click: to tomorrow
    assert listed(page, Section.TODAY) == []
    assert listed(page, Section.UPCOMING, Column.REASON) == ["snooze me"]
    assert listed(page, Section.UPCOMING, Column.DUE) == ["Tomorrow"]
    assert follow_up(db, follow_up_id).due_on == today + timedelta(days=1)
    assert page.current_follow_up() is not None and page.current_follow_up().id == follow_up_id  # still selected


def test_snooze_into_the_past_is_refused_and_changes_nothing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    follow_up_id = due(db, sample_book["fatima"], today - timedelta(days=2))
    window, page = open_today(open_window)
    page.select_follow_up(follow_up_id)
    page.snooze_to(today - timedelta(days=1))
    assert page.message.isVisible()
    assert "only be snoozed to a day after today" in page.message.text()
    assert page.message.property("role") == "problem"
    assert follow_up(db, follow_up_id).due_on == today - timedelta(days=2)
    assert listed(page, Section.OVERDUE) == ["فاطمة الزهراء"]
    # The same through "choose a date…": the problem shows in the dialog, which stays open.
    dialog = page.choose_snooze_date()
    assert isinstance(dialog, SnoozeDialog)
    dialog.until.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert follow_up(db, follow_up_id).due_on == today - timedelta(days=2)
    dialog.until.setDate(QDate(today.year, today.month, today.day).addDays(5))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.findChild(SnoozeDialog) or not window.findChild(SnoozeDialog).isVisible())
    assert follow_up(db, follow_up_id).due_on == today + timedelta(days=5)
    assert listed(page, Section.UPCOMING) == ["فاطمة الزهراء"]


def test_cancel_asks_first_then_removes_it(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    follow_up_id = due(db, sample_book["john"], shop_today(db))
    _window, page = open_today(open_window)
    page.select_follow_up(follow_up_id)
    box = page.cancel_selected()
    assert box is not None and "John Smith" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert listed(page, Section.TODAY) == ["John Smith"]
    box = page.cancel_selected()
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert listed(page, Section.TODAY) == []
    assert follow_up(db, follow_up_id).status is FollowUpStatus.CANCELLED
    assert customer_timeline(db, sample_book["john"]) == []  # nothing logged


def test_scheduling_from_the_today_screen(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    window, page = open_today(open_window)
    assert page.empty.isVisible() and page.empty_schedule.isVisible()
    assert page.empty_text.text().startswith("Nothing due today.")
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget() or window.findChild(ScheduleFollowUpDialog)
    assert isinstance(dialog, ScheduleFollowUpDialog)
    assert dialog.objectName() == "scheduleFollowUpDialog"
    assert dialog.due_on.date() == QDate(today.year, today.month, today.day).addDays(1)  # tomorrow by default

    # Saving without choosing a customer: a message next to the field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["customer"].isVisible()
    picker = dialog.customer_picker
    assert picker is not None
    picker.setFocus()
    type_text(picker, "فاطمه")
    popup = dialog.customer_picker.choices.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "فاطمة الزهراء"
    assert dialog.customer_id == sample_book["fatima"]

    # A day in the past is refused next to the date; nothing saved, the dialog stays.
    dialog.due_on.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    type_text(dialog.reason, "موعد الأحد")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["due_on"].isVisible() and "past" in dialog.errors["due_on"].text()
    assert not dialog.errors["customer"].isVisible()
    assert customer_follow_ups(db, sample_book["fatima"]) == []

    dialog.due_on.setDate(QDate(today.year, today.month, today.day).addDays(2))
    dialog.timed.setChecked(True)
    dialog.due_at.setTime(dialog.due_at.time().fromString("16:45", "HH:mm"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.VISIT))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = follow_up(db, dialog.saved_id)
    assert (saved.due_on, saved.due_at, saved.kind, saved.reason) == (
        today + timedelta(days=2),
        time(16, 45),
        FollowUpKind.VISIT,
        "موعد الأحد",
    )
    assert page.agenda.isVisible()
    assert listed(page, Section.UPCOMING, Column.REASON) == ["موعد الأحد"]
    assert page.current_follow_up() is not None and page.current_follow_up().id == saved.id


def test_an_archived_customer_cannot_be_given_a_follow_up(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    archive_customer(db, sample_book["john"])
    dialog = ScheduleFollowUpDialog(window._context, sample_book["john"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.customer_name.text() == "\u200eJohn Smith"  # in the window's direction, beside its label
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["customer"].isVisible()
    assert "archived" in dialog.errors["customer"].text()
    assert dialog.saved_id is None and dialog.result() == 0
    assert customer_follow_ups(db, sample_book["john"]) == []


def test_open_complaints_are_listed_and_can_be_resolved(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    log_interaction(db, sample_book["fatima"], kind=InteractionKind.COMPLAINT, note="The delivery came two days late")
    log_interaction(db, sample_book["john"], kind=InteractionKind.FEEDBACK, score=5)
    _window, page = open_today(open_window)
    assert section_titles(page)[0] == "Open complaints (1)"  # before anything else
    assert listed(page, Section.COMPLAINTS) == ["فاطمة الزهراء"]
    assert listed(page, Section.COMPLAINTS, Column.REASON) == ["The delivery came two days late"]
    assert listed(page, Section.COMPLAINTS, Column.PHONE) == ["\u2066056 111 2222\u2069"]
    model = page.model
    page.select(model.item_index(Section.COMPLAINTS, 0))
    reach = ["call", "whatsapp"] if message_dialog_available() else ["call"]
    assert row_buttons(page) == [*reach, "resolve", "more"]  # no "done", no "snooze"
    click_row_button(qtbot, page, "resolve")
    assert open_complaints(db) == []
    assert "Open complaints (0)" not in section_titles(page) and len(section_titles(page)) == 2
    assert page.empty.isVisible()
    assert not page.action_open.isEnabled() and not page.action_done.isEnabled()


def test_open_customer_shows_them_in_the_book(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    follow_up_id = due(db, sample_book["john"], shop_today(db))
    window, page = open_today(open_window)
    window.book.search.setText("فاطمة")  # a search that hides him
    window.book.apply_search()
    page.select_follow_up(follow_up_id)
    menu = item_menu(qtbot, page)
    open_customer = next(a for a in menu.actions() if a.objectName() == "actionOpenCustomer")
    menu.close()
    open_customer.trigger()
    assert window.current_page() is window.book
    assert window.book.current_customer_id() == sample_book["john"]


def test_whatsapp_on_every_row_with_a_phone_and_sending_closes_a_message_follow_up(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    if not message_dialog_available():
        pytest.skip("the message dialog is not part of this build")
    call = due(db, sample_book["ahmed"], shop_today(db), kind=FollowUpKind.CALL)
    message = due(db, sample_book["fatima"], shop_today(db), kind=FollowUpKind.MESSAGE, reason="Birthday greeting")
    _window, page = open_today(open_window)
    page.select_follow_up(call)
    assert row_buttons(page) == ["call", "whatsapp", "done", "snooze", "more"]
    click_row_button(qtbot, page, "whatsapp")
    dialog = page.findChild(QDialog, "messageDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.follow_up_id is None  # a message to someone due a call is logged apart; the call stays
    dialog.reject()
    page.select_follow_up(message)
    sent = page.send_message()  # Ctrl+M
    assert sent is not None and sent.follow_up_id == message  # sending it closes the follow-up
    sent.reject()


def test_call_opens_the_phone_app_or_copies_the_number(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    follow_up_id = due(db, sample_book["john"], shop_today(db))
    _window, page = open_today(open_window)
    links: list[QUrl] = []
    page.open_url = lambda url: links.append(url) or True
    page.select_follow_up(follow_up_id)
    click_row_button(qtbot, page, "call")
    assert [url.toString() for url in links] == ["tel:+442079460958"]
    shown = page.message.text()
    assert "Calling \u2068John Smith\u2069 on \u2066+44 20 7946 0958\u2069." in shown  # name and number isolated
    # No program takes tel: links: the number is copied, to dial it by hand.
    page.open_url = lambda url: False
    QApplication.clipboard().clear()
    click_row_button(qtbot, page, "call")
    assert QApplication.clipboard().text() == "+442079460958"
    assert "copied" in page.message.text()
    assert follow_up(db, follow_up_id).status is FollowUpStatus.OPEN  # calling is not yet done


def test_keyboard_shortcuts_between_today_and_the_book(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    follow_up_id = due(db, sample_book["ahmed"], shop_today(db))
    window, page = open_today(open_window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.book
    assert window.findChild(QLineEdit, "customerSearch").hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page and page.agenda.hasFocus()
    # Delete on the Today list cancels the follow-up (after asking), it archives nobody.
    page.select_follow_up(follow_up_id)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "confirmCancelFollowUp"
    box.button(QMessageBox.StandardButton.No).click()
    assert follow_up(db, follow_up_id).status is FollowUpStatus.OPEN
    assert window.book.model.rowCount() == 3
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleFollowUpDialog))
    QApplication.activeModalWidget().reject()


def test_follow_up_rules_run_once_the_window_is_shown(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    soon = shop_today(db) + timedelta(days=2)
    add_customer(db, CustomerDraft("سارة", phones=("0509998888",), birthday=date(1990, soon.month, soon.day)))
    window, page = open_today(open_window)
    qtbot.waitUntil(lambda: listed(page, Section.UPCOMING) == ["سارة"])
    assert listed(page, Section.UPCOMING, Column.KIND) == ["Message"]
    window.close()
    again, page = open_today(open_window)  # opened twice in a day: still one greeting
    qtbot.waitUntil(lambda: again._day is not None)
    assert listed(page, Section.UPCOMING) == ["سارة"]


def test_a_customer_marked_lost_from_the_card_leaves_todays_list(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    from ui.loss_dialog import MarkLostDialog

    soon = shop_today(db) + timedelta(days=2)
    sara = add_customer(db, CustomerDraft("سارة", phones=("0509998888",), birthday=date(1992, soon.month, soon.day)))
    hind = add_customer(db, CustomerDraft("هند", phones=("0509998877",)))
    due(db, sara, soon + timedelta(days=1), reason="Bring the order")
    due(db, hind, soon + timedelta(days=1), reason="Bring the order")
    window, page = open_today(open_window)
    qtbot.waitUntil(lambda: listed(page, Section.UPCOMING) == ["سارة", "سارة", "هند"])
    window.book.open_customer(sara)
    dialog = window.book.card.mark_lost()
    assert isinstance(dialog, MarkLostDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findText("Moved away"))
    dialog.save_button.click()
    # Her birthday greeting and the call scheduled for her are gone; the others' stay.
    qtbot.waitUntil(lambda: listed(page, Section.UPCOMING) == ["هند"])


def test_the_due_watcher_announces_a_rising_count(qtbot: QtBot, db: Database, sample_book: dict[str, int]) -> None:
    today = shop_today(db)
    zone = shop_zone(db)

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today, time(hour, minute), zone)

    due(db, sample_book["ahmed"], today)  # any time today
    due(db, sample_book["fatima"], today, due_at=time(10, 0))
    watcher = DueWatcher(db)
    with qtbot.waitSignal(watcher.announce) as started:
        watcher.check(at(9))
    assert started.args == [1]
    with qtbot.assertNotEmitted(watcher.announce):
        watcher.check(at(9, 30))
    with qtbot.waitSignal(watcher.announce) as rose:
        watcher.check(at(10, 1))  # Fatima's call is due now
    assert rose.args == [2]
    # Something the user schedules for today is taken in quietly; only time passing is announced.
    due(db, sample_book["john"], today)
    watcher.take_in()
    with qtbot.assertNotEmitted(watcher.announce):
        watcher.check(at(10, 5))
    assert watcher.due == 3


def test_the_watcher_says_nothing_when_nothing_is_due(qtbot: QtBot, db: Database, sample_book: dict[str, int]) -> None:
    due(db, sample_book["ahmed"], shop_today(db) + timedelta(days=1))
    watcher = DueWatcher(db)
    with qtbot.assertNotEmitted(watcher.announce):
        watcher.check()
    assert watcher.due == 0


def test_the_window_announces_at_start_and_the_tray_opens_today(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    due(db, sample_book["ahmed"], shop_today(db) - timedelta(days=1))
    due(db, sample_book["john"], shop_today(db))
    window, page = open_today(open_window)
    qtbot.waitUntil(lambda: window.due_watcher.due == 2)
    assert window.notifier.last_message == "Follow-ups due today: 2"
    window.show_customers()
    window.notifier.open_today.emit()  # what a click on the message or the tray icon does
    assert window.tabs.currentWidget() is page


@pytest.mark.parametrize("lang", ["ar"])
def test_in_arabic_the_window_opens_on_today_right_to_left(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int], lang: str
) -> None:
    due(db, sample_book["john"], shop_today(db), reason="Quote")
    window, page = open_today(open_window, lang)
    assert window.isRightToLeft() and page.isRightToLeft() and page.agenda.isRightToLeft()
    assert window.tabs.currentWidget() is page
    # The rail of pages sits on the right; on each row, when it is due is at the right, then how,
    # then who and why, and the buttons at the left.
    assert window.rail.mapTo(window, window.rail.rect().topLeft()).x() > page.agenda.mapTo(window, page.agenda.rect().topLeft()).x()
    agenda = page.agenda
    index = page.model.item_index(Section.TODAY, 0)
    entry = page.model.entry(index)
    assert entry is not None
    when, badge, text, buttons = agenda.parts(agenda.row_rect(index), entry, True)
    assert when.left() > badge.right() and badge.left() > text.right() and text.left() > dict(buttons)["more"].right()
    assert listed(page, Section.TODAY, Column.PHONE) == ["\u2066+44 20 7946 0958\u2069"]
    assert entry.phone == "\u2066+44 20 7946 0958\u2069" and entry.name == "\u2068John Smith\u2069"
    # The date fields read day/month/year left to right in an Arabic window too.
    dialog = page.schedule()
    tomorrow = shop_today(db) + timedelta(days=1)
    assert dialog.due_on.text() == tomorrow.strftime("%d/%m/%Y")
    assert dialog.due_at.text() == "10:00"
    dialog.reject()


def test_scheduling_from_the_book_is_for_the_selected_customer(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.open_customer(sample_book["john"])
    dialog = window.schedule_follow_up()
    assert dialog.customer_picker is None and dialog.customer_name.text() == "\u200eJohn Smith"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [f.due_on for f in customer_follow_ups(db, sample_book["john"])] == [shop_today(db) + timedelta(days=1)]
    assert window.statusBar().currentMessage() == "Follow-up scheduled."
    window.show_today()
    assert listed(window.today, Section.UPCOMING) == ["John Smith"]


def test_a_collapsed_section_stays_collapsed_after_a_change(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    due(db, sample_book["john"], today + timedelta(days=3))
    first = due(db, sample_book["ahmed"], today)
    due(db, sample_book["fatima"], today)
    _window, page = open_today(open_window)
    model, agenda = page.model, page.agenda
    # A click on a heading folds its section: the heading stays, its items go.
    heading = agenda.visualRect(model.section_index(Section.UPCOMING))
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    assert model.is_folded(Section.UPCOMING) and not model.item_index(Section.UPCOMING, 0).isValid()
    page.select_follow_up(first)
    page.mark_done_with(Outcome.REACHED)
    assert listed(page, Section.TODAY) == ["فاطمة الزهراء"]
    assert model.is_folded(Section.UPCOMING) and model.section_index(Section.UPCOMING).isValid()
    assert not model.is_folded(Section.TODAY)
    heading = agenda.visualRect(model.section_index(Section.UPCOMING))
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    assert model.item_index(Section.UPCOMING, 0).isValid()


def test_the_context_menu_offers_what_fits_the_row(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    due(db, sample_book["ahmed"], shop_today(db))
    log_interaction(db, sample_book["john"], kind=InteractionKind.COMPLAINT, note="Wrong size")
    _window, page = open_today(open_window)
    agenda, model = page.agenda, page.model

    def menu_at(section: Section) -> list[str]:
        rect = agenda.visualRect(model.item_index(section, 0))
        menu = page._context_menu(rect.center())
        names = [a.objectName() for a in menu.actions() if a.objectName()]
        menu.close()
        return names

    assert menu_at(Section.TODAY)[:2] == ["actionDone", "actionDone_reached"]
    assert "actionCancelFollowUp" in menu_at(Section.TODAY) and "actionOpenCustomer" in menu_at(Section.TODAY)
    assert menu_at(Section.COMPLAINTS) == ["actionResolveComplaint", "actionOpenCustomer"]
    assert page.current_complaint() is not None


def test_a_long_list_shows_its_first_rows_and_can_show_them_all(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    from retention_desktop.customers import add_customers
    from ui.today_model import SECTION_LIMIT

    today = shop_today(db)
    ids = add_customers(db, [CustomerDraft(f"Customer {i:03d}") for i in range(SECTION_LIMIT + 20)])
    for customer_id in ids:
        due(db, customer_id, today)
    _window, page = open_today(open_window)
    assert len(listed(page, Section.TODAY)) == SECTION_LIMIT
    assert f"first {SECTION_LIMIT} of {SECTION_LIMIT + 20}" in " ".join(section_titles(page))
    assert page.show_all.isVisible() and "20" in page.show_all.text()
    qtbot.mouseClick(page.show_all, Qt.MouseButton.LeftButton)
    assert len(listed(page, Section.TODAY)) == SECTION_LIMIT + 20
    assert not page.show_all.isVisible()


def test_the_rules_run_off_the_gui_thread_and_fill_today(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    # A birthday in two days: the rules (run in the background when the window opens) put the
    # greeting among the upcoming follow-ups, and the list shows it when they are done.
    soon = shop_today(db) + timedelta(days=2)
    add_customer(db, CustomerDraft("Mona Birthday", birthday=soon.replace(year=soon.year - 32)))
    window, page = open_today(open_window)
    assert "Mona Birthday" in listed(page, Section.UPCOMING)


def test_what_matters_most_comes_first(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    if (today.month, today.day) == (2, 29):
        pytest.skip("a birthday on 29 February is greeted on the 28th")
    add_customer(db, CustomerDraft("Mona Birthday", phones=("0501234567",), birthday=today.replace(year=today.year - 30)))
    log_interaction(db, sample_book["john"], kind=InteractionKind.COMPLAINT, note="The order came late")
    _window, page = open_today(open_window)  # the rules put Mona's greeting on today's list
    due(db, sample_book["ahmed"], today, reason="Collect the balance")  # put on the list after the greeting
    page.refresh()
    model, agenda = page.model, page.agenda
    assert model.sections() == [Section.COMPLAINTS, Section.TODAY, Section.UPCOMING]
    assert listed(page, Section.TODAY) == ["أحمد بن سعيد", "Mona Birthday"]  # the owner's own call before a greeting
    greeting = model.entry(model.item_index(Section.TODAY, 1))
    assert greeting is not None and greeting.origin_icon == "cake" and greeting.icon == "message"
    # On screen: the open complaint above today's call, the call above the birthday greeting.
    complaint_y = agenda.visualRect(model.item_index(Section.COMPLAINTS, 0)).y()
    call_y = agenda.visualRect(model.item_index(Section.TODAY, 0)).y()
    greeting_y = agenda.visualRect(model.item_index(Section.TODAY, 1)).y()
    assert complaint_y < call_y < greeting_y


def test_a_later_day_offers_no_snooze_and_a_click_acts_on_its_own_row(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    from retention_desktop.followups import FollowUpRow

    today = shop_today(db)
    later = due(db, sample_book["john"], today + timedelta(days=3))
    now = due(db, sample_book["ahmed"], today)
    _window, page = open_today(open_window)
    page.select_follow_up(later)
    assert "snooze" not in row_buttons(page) and "done" in row_buttons(page)  # to tomorrow would be sooner
    # The buttons of another row (drawn under the mouse): one click there acts on that row.
    index = page.model.find(FollowUpRow, now)
    snooze_there = page.agenda.button_rects(index)["snooze"]
    qtbot.mouseMove(page.agenda.viewport(), snooze_there.center())
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=snooze_there.center())
    assert follow_up(db, now).due_on == today + timedelta(days=1)
    assert follow_up(db, later).due_on == today + timedelta(days=3)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_at_1024_by_768_a_row_keeps_its_words_and_nothing_scrolls_sideways(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int], lang: str
) -> None:
    from ui.agenda_view import BUTTON_HEIGHT, MIN_TEXT_WIDTH

    follow_up_id = due(db, sample_book["fatima"], shop_today(db), reason="Confirm Sunday's appointment", due_at=time(16, 30))
    window, page = open_today(open_window, lang)
    window.resize(1024, 768)
    page.select_follow_up(follow_up_id)
    qtbot.waitUntil(lambda: page.agenda.viewport().width() < 1024 - 84)
    agenda = page.agenda
    index = agenda.currentIndex()
    entry = page.model.entry(index)
    assert entry is not None
    when, _badge, text, buttons = agenda.parts(agenda.row_rect(index), entry, True)
    assert text.width() >= MIN_TEXT_WIDTH
    assert all(rect.width() > BUTTON_HEIGHT for name, rect in buttons if name != "more")  # icon and word
    assert agenda.body.metrics.horizontalAdvance(entry.when) <= when.width()
    assert agenda.name.metrics.horizontalAdvance(entry.name) + agenda.body.metrics.horizontalAdvance(entry.phone) < text.width()
    assert agenda.body.metrics.horizontalAdvance(entry.line) <= text.width()  # the reason, whole
    assert not agenda.horizontalScrollBar().isVisible()


def test_the_arrow_keys_go_from_item_to_item_over_the_headings(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    today = shop_today(db)
    late = due(db, sample_book["john"], today - timedelta(days=2))
    now = due(db, sample_book["ahmed"], today)
    _window, page = open_today(open_window)
    page.select_follow_up(late)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Down)
    assert page.current_follow_up() is not None and page.current_follow_up().id == now
    qtbot.keyClick(page.agenda, Qt.Key.Key_Up)
    assert page.current_follow_up() is not None and page.current_follow_up().id == late
    qtbot.keyClick(page.agenda, Qt.Key.Key_Up)  # the first item: nowhere further up to go
    assert page.current_follow_up() is not None and page.current_follow_up().id == late


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_selected_row_is_marked_from_edge_to_edge_beside_the_scroll_bar(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, lang: str
) -> None:
    """A row is painted as wide as the list's viewport (the scroll bar shown): its accent stripe on
    the leading edge, its tint up to the trailing one, in either direction."""
    from PySide6.QtGui import QColor

    from retention_desktop.customers import add_customers
    from ui import style

    today = shop_today(db)
    for customer_id in add_customers(db, [CustomerDraft(f"Customer {i:02d}") for i in range(40)]):
        due(db, customer_id, today)
    _window, page = open_today(open_window, lang)
    agenda = page.agenda
    assert agenda.verticalScrollBar().isVisible()
    index = agenda.currentIndex()
    assert page.model.entry(index) is not None
    picture = agenda.viewport().grab().toImage()
    width = agenda.viewport().width()
    assert picture.width() == width
    y = agenda.visualRect(index).center().y()
    leading, trailing = (0, width - 1) if lang == "en" else (width - 1, 0)
    assert picture.pixelColor(leading, y) == QColor(style.COLOURS.accent)
    assert picture.pixelColor(trailing, y) == QColor(style.COLOURS.accent_soft)


def test_the_first_frame_of_the_window_shows_today_filled(
    qtbot: QtBot, db: Database, sample_book: dict[str, int], language: Callable[[str], None]
) -> None:
    """Today's lists are read as the window is shown, before anything of it is painted: the first
    picture of the list holds the day's follow-ups under its heading, never an empty screen."""
    from PySide6.QtCore import QEvent, QObject

    from ui.context import AppContext
    from ui.preferences import Preferences

    due(db, sample_book["ahmed"], shop_today(db), reason="Collect the balance")
    language("en")
    window = MainWindow(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(window)
    page = window.today
    seen: list[tuple[int, str]] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append((page.rows_shown(), page.heading.text()))
            return False

    watcher = FirstPaint()
    page.agenda.viewport().installEventFilter(watcher)
    with qtbot.waitSignal(window.rules_applied, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(seen))
    rows, heading = seen[0]
    assert rows == 1 and "Today, " in heading
    assert "أحمد بن سعيد" in listed(page, Section.TODAY)


def test_an_empty_book_begins_with_its_customers_not_with_scheduling(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    """A new shop's first screen: no customer yet, so nothing to schedule; it offers adding the
    first customer and importing the list the shop keeps, and both open their dialogs."""
    from ui.customer_dialog import CustomerDialog
    from ui.import_dialog import ImportDialog

    window, page = open_today(open_window)
    assert page.empty.isVisible() and page.empty_text.text().startswith("Your customer book is empty.")
    assert page.empty_add.isVisible() and page.empty_import.isVisible()
    assert not page.empty_schedule.isVisible() and not page.schedule_button.isVisible()
    qtbot.mouseClick(page.empty_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None and window.findChild(ImportDialog).isVisible())
    window.findChild(ImportDialog).reject()
    qtbot.mouseClick(page.empty_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CustomerDialog) is not None and window.findChild(CustomerDialog).isVisible())
    dialog = window.findChild(CustomerDialog)
    dialog.reject()
    # The first customer saved: Today is the day's list again, empty of follow-ups for now.
    add_customer(db, CustomerDraft("سارة", phones=("0551234567",)))
    window.tabs.setCurrentWidget(page)
    page.refresh()
    assert page.empty_text.text().startswith("Nothing due today.")
    assert page.empty_schedule.isVisible() and page.schedule_button.isVisible()
    assert not page.empty_add.isVisible() and not page.empty_import.isVisible()

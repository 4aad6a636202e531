"""Sending a customer a message: templates filled in, WhatsApp click-to-chat, copy, the log and the
follow-up it closes, and the template manager."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer, QUrl, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, update_customer
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups, follow_up, schedule_follow_up
from retention_desktop.interactions import customer_timeline
from retention_desktop.models import FollowUpKind, FollowUpStatus, Gender, InteractionKind, Outcome
from retention_desktop.settings import SHOP_NAME, set_setting
from retention_desktop.templates import add_template, list_templates

from ui.context import AppContext
from ui.message_dialog import MessageDialog
from ui.preferences import Preferences
from ui.template_dialog import TemplatesDialog

from .conftest import type_text


@pytest.fixture
def context(db: Database, language: Callable[[str], None]) -> AppContext:
    language("en")
    return AppContext(db=db, preferences=Preferences(), language="en")


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[None]:
    QApplication.clipboard().clear()
    yield
    QApplication.clipboard().clear()


class Opener:
    """Stands in for the desktop's URL handler: records each link and answers as told."""

    def __init__(self, works: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.works = works

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.works


def message_dialog(qtbot: QtBot, context: AppContext, customer_id: int, follow_up_id: int | None = None) -> MessageDialog:
    dialog = MessageDialog(context, customer_id, follow_up_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def changed_count(context: AppContext) -> list[int]:
    seen: list[int] = []
    context.changed.connect(lambda: seen.append(1))
    return seen


def test_send_on_whatsapp_opens_the_click_to_chat_link_and_logs_the_message(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["ahmed"])  # 055 123 4567 in Saudi Arabia: a mobile
    assert dialog.mobile == "+966551234567"
    assert dialog.whatsapp_button.isEnabled()
    dialog.text.clear()
    type_text(dialog.text, "مرحبا أحمد، خصم 20% & هدية")
    opener = Opener()
    dialog.open_url = opener
    changes = changed_count(context)
    qtbot.mouseClick(dialog.whatsapp_button, Qt.MouseButton.LeftButton)

    expected = (
        "https://wa.me/966551234567?text="
        "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%D8%A3%D8%AD%D9%85%D8%AF%D8%8C%20"
        "%D8%AE%D8%B5%D9%85%2020%25%20%26%20%D9%87%D8%AF%D9%8A%D8%A9"
    )
    assert [bytes(u.toEncoded().data()).decode() for u in opener.urls] == [expected]
    assert opener.urls[0].query(QUrl.ComponentFormattingOption.FullyDecoded) == "text=مرحبا أحمد، خصم 20% & هدية"
    logged = customer_timeline(db, sample_book["ahmed"])
    assert [(r.kind, r.note) for r in logged] == [(InteractionKind.MESSAGE, "مرحبا أحمد، خصم 20% & هدية")]
    assert changes == [1]
    assert not dialog.isVisible()


def test_whatsapp_is_off_for_a_customer_with_only_a_landline(
    qtbot: QtBot, context: AppContext, sample_book: dict[str, int]
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["john"])  # +44 20 …: a London landline
    assert dialog.mobile == ""
    assert not dialog.whatsapp_button.isEnabled()
    assert "no mobile number" in dialog.whatsapp_button.toolTip()
    assert dialog.copy_button.isEnabled()


def test_copy_puts_the_text_on_the_clipboard_and_logs_it(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int], clipboard: None
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["john"])
    dialog.text.setPlainText("Your order is ready, John.")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Your order is ready, John."
    assert [(r.kind, r.note) for r in customer_timeline(db, sample_book["john"])] == [
        (InteractionKind.MESSAGE, "Your order is ready, John.")
    ]
    assert not dialog.isVisible()


def test_an_empty_message_is_neither_sent_nor_logged(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int], clipboard: None
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["ahmed"])
    dialog.text.setPlainText("   ")
    opener = Opener()
    dialog.open_url = opener
    dialog.whatsapp_button.click()
    dialog.copy_button.click()
    assert dialog.errors["general"].text() == "Write the message first."
    assert opener.urls == [] and QApplication.clipboard().text() == ""
    assert customer_timeline(db, sample_book["ahmed"]) == []
    assert dialog.isVisible()


def test_a_message_for_a_follow_up_closes_it_instead_of_a_separate_log(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int], clipboard: None
) -> None:
    today = shop_today(db)
    follow_up_id = schedule_follow_up(db, sample_book["fatima"], due_on=today, kind=FollowUpKind.MESSAGE, reason="Birthday greeting")
    dialog = message_dialog(qtbot, context, sample_book["fatima"], follow_up_id)
    dialog.text.setPlainText("كل عام وأنت بخير")
    dialog.open_url = Opener()
    dialog.whatsapp_button.click()
    assert follow_up(db, follow_up_id).status is FollowUpStatus.DONE
    assert customer_follow_ups(db, sample_book["fatima"]) == []
    logged = customer_timeline(db, sample_book["fatima"])
    assert len(logged) == 1
    assert logged[0].follow_up_id == follow_up_id and logged[0].outcome is Outcome.REACHED
    assert "كل عام وأنت بخير" in logged[0].note


def test_a_follow_up_closed_meanwhile_is_reported_and_nothing_is_sent(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    from retention_desktop.followups import cancel_follow_up

    follow_up_id = schedule_follow_up(db, sample_book["ahmed"], due_on=shop_today(db) + timedelta(days=1))
    dialog = message_dialog(qtbot, context, sample_book["ahmed"], follow_up_id)
    cancel_follow_up(db, follow_up_id)  # on another screen
    dialog.text.setPlainText("Hello")
    opener = Opener()
    dialog.open_url = opener
    dialog.whatsapp_button.click()
    assert dialog.errors["general"].text() == "This follow-up is already closed."
    assert opener.urls == [] and customer_timeline(db, sample_book["ahmed"]) == []


def test_when_whatsapp_cannot_be_opened_the_text_is_copied(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int], clipboard: None
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["ahmed"])
    dialog.text.setPlainText("Hello Ahmed")
    dialog.open_url = Opener(works=False)
    dialog.whatsapp_button.click()
    assert QApplication.clipboard().text() == "Hello Ahmed"
    assert "copied" in dialog.errors["general"].text()
    assert not dialog.whatsapp_button.isEnabled() and not dialog.copy_button.isEnabled()
    assert len(customer_timeline(db, sample_book["ahmed"])) == 1


def test_templates_are_filled_for_the_customer(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    set_setting(db, SHOP_NAME, "Rose Salon")
    sara = add_customer(db, CustomerDraft("Sara Ali", phones=("0501234567",), gender=Gender.FEMALE))
    dialog = message_dialog(qtbot, context, sara)
    # The defaults are written the first time, and the first one is chosen.
    assert [t.name for t in list_templates(db)] == ["Greeting", "Birthday", "Thank you", "We miss you"]
    assert dialog.template.currentText() == "Greeting"
    assert dialog.message().startswith("Dear Sara Ali, greetings from Rose Salon.")
    dialog.choose_template("Birthday")
    assert dialog.message() == "Dear Sara Ali, everyone at Rose Salon wishes you a very happy birthday!"
    assert not dialog.warning.isVisible()


def test_dear_is_in_the_language_the_template_is_written_in(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    """An Arabic template sent from the English program greets in Arabic, by gender: not
    "Dear فاطمة…"; an English one in English."""
    update_customer(db, sample_book["fatima"], CustomerDraft("فاطمة الزهراء", phones=("0561112222",), gender=Gender.FEMALE))
    add_template(db, name="تهنئة", body="{dear} {name}، كل عام وأنتم بخير")
    add_template(db, name="Hello", body="{dear} {name}, hello")
    dialog = message_dialog(qtbot, context, sample_book["fatima"])
    dialog.choose_template("تهنئة")
    assert dialog.message() == "عزيزتي فاطمة الزهراء، كل عام وأنتم بخير"
    dialog.choose_template("Hello")
    assert dialog.message() == "Dear فاطمة الزهراء, hello"


def test_a_shop_without_a_name_is_pointed_out_before_sending(
    qtbot: QtBot, context: AppContext, db: Database, sample_book: dict[str, int]
) -> None:
    dialog = message_dialog(qtbot, context, sample_book["john"])
    assert "{shop}" in dialog.message()
    assert dialog.warning.isVisible() and "Settings" in dialog.warning.text()

    def add_in_the_manager() -> None:
        manager = QApplication.activeModalWidget()
        assert isinstance(manager, TemplatesDialog)
        manager.new_template()
        manager.name.setText("Offer")
        manager.body.setPlainText("{name}: {50% off} on {day}")
        manager.save()
        manager.reject()

    QTimer.singleShot(0, add_in_the_manager)
    qtbot.mouseClick(dialog.manage_button, Qt.MouseButton.LeftButton)  # returns when the manager closes
    assert dialog.template.findText("Offer") > 0
    dialog.choose_template("Offer")
    assert dialog.message() == "John Smith: {50% off} on {day}"
    assert "{day}" in dialog.warning.text()


def test_the_template_manager_adds_edits_and_deletes(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = TemplatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    defaults = ["Greeting", "Birthday", "Thank you", "We miss you"]
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == defaults
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem() is None and dialog.name.text() == ""
    type_text(dialog.name, "عرض رمضان")
    type_text(dialog.body, "رمضان كريم ")
    qtbot.mouseClick(dialog.findChild(type(dialog.new_button), "insert_name"), Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    assert [(t.name, t.body) for t in list_templates(db)][-1] == ("عرض رمضان", "رمضان كريم {name}")
    assert dialog.list.currentItem().text() == "عرض رمضان"

    dialog.body.setPlainText("")
    dialog.save_button.click()
    assert dialog.errors["template"].text() == "Write the text of the message."
    assert list_templates(db)[-1].body == "رمضان كريم {name}"

    dialog.body.setPlainText("رمضان مبارك {name}")
    dialog.save_button.click()
    assert [t.body for t in list_templates(db)][-1] == "رمضان مبارك {name}"
    assert len(list_templates(db)) == 5

    dialog.delete_button.click()
    assert [t.name for t in list_templates(db)] == defaults and dialog.list.count() == 4
    assert dialog.body.toPlainText() == "رمضان مبارك {customer_name}"  # Save brings it back, in the kit's words


def test_the_message_dialog_says_cancel_in_our_words(
    qtbot: QtBot, db: Database, sample_book: dict[str, int], language: Callable[[str], None]
) -> None:
    """Every dialog's Cancel is «إلغاء» in Arabic; this one showed Qt's own imperative «ألغِ»."""
    language("ar")
    dialog = message_dialog(qtbot, AppContext(db=db, preferences=Preferences(), language="ar"), sample_book["john"])
    assert dialog.close_button.text() == "إلغاء"

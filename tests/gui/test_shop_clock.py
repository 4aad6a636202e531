"""The shop's day, not the computer's: the customer card and the customer dialog count days on the shop's clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from retention_desktop.clock import add_months, shop_today
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.followups import schedule_follow_up
from retention_desktop.settings import TIME_ZONE, set_setting

from ui.context import AppContext
from ui.customer_book import CustomerBook
from ui.customer_dialog import CustomerDialog
from ui.forms import to_date
from ui.preferences import Preferences

# 25 hours apart: at any moment at least one of them is on another day than this computer.
FAR_ZONES = ("Pacific/Kiritimati", "Pacific/Pago_Pago")


@pytest.fixture
def shop_elsewhere(db: Database) -> tuple[date, date]:
    """The shop's clock set to a zone where today is not this computer's today: (shop's day, computer's day)."""
    here = date.today()
    zone = next(z for z in FAR_ZONES if datetime.now(ZoneInfo(z)).date() != here)
    set_setting(db, TIME_ZONE, zone)
    shop = shop_today(db)
    if shop == here:  # midnight passed in between
        pytest.skip("the computer's day changed during the test")
    return shop, here


def years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def test_the_card_counts_age_and_overdue_on_the_shops_day(
    qtbot: QtBot, db: Database, language: Callable[[str], None], shop_elsewhere: tuple[date, date]
) -> None:
    shop, here = shop_elsewhere
    later = max(shop, here)
    # Born 30 years before the later of the two days: 30 on one clock, 29 on the other.
    if (later.month, later.day) == (2, 29):
        pytest.skip("no 29 February thirty years before")
    birthday = later.replace(year=later.year - 30)
    customer = add_customer(db, CustomerDraft("Nadia Saleh", birthday=birthday))
    # Due on the earlier day: overdue only if the shop's day is the later one.
    earlier = min(shop, here)
    schedule_follow_up(db, customer, due_on=earlier, today=earlier, reason="Thank her for the referral")
    language("en")
    book = CustomerBook(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(book)
    book.show()
    book.open_customer(customer)
    assert f"(age {years_between(birthday, shop)})" in book.card._values["birthday"].text()
    follow_up = book.card.follow_ups_box.findChild(QLabel, "cardFollowUp")
    assert follow_up is not None
    assert follow_up.text().endswith("(overdue)") == (earlier < shop)


def test_a_new_renewal_date_starts_a_year_from_the_shops_day(
    qtbot: QtBot, db: Database, language: Callable[[str], None], shop_elsewhere: tuple[date, date]
) -> None:
    shop, _here = shop_elsewhere
    language("en")
    dialog = CustomerDialog(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(dialog)
    assert to_date(dialog.renewal_on.date()) == add_months(shop, 12)

"""The Campaigns screen: campaigns side by side, a new campaign and an occasion sequence made from
their dialogs, outcomes and costs recorded on a campaign's page, and bad input kept from the book."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from retention_desktop.audiences import TagAudience
from retention_desktop.campaigns import (
    CampaignDraft,
    CostLine,
    campaign_details,
    campaign_figures,
    create_campaign,
    record_outcome,
    set_costs,
)
from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups
from retention_desktop.lifecycle import loss_reasons, mark_customer_lost
from retention_desktop.kinds import CampaignKind, Channel, CostKind, FollowUpKind, TargetOutcome
from retention_desktop.occasions import EID_AL_ADHA, next_occasion_day

from ui.campaign_dialogs import NewCampaignDialog, SequenceDialog
from ui.campaign_view import CampaignView
from ui.campaigns_page import Column
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.preferences import Preferences

from .conftest import type_text

ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f"


@pytest.fixture
def context(db: Database, language: Callable[[str], None]) -> AppContext:
    language("en")
    return AppContext(db=db, preferences=Preferences(), language="en")


def vip_customers(db: Database, n: int = 4) -> list[int]:
    return [add_customer(db, CustomerDraft(full_name=f"عميل {i}", tags=("VIP",))) for i in range(n)]


def a_campaign(db: Database, name: str = "Renewals", call_after: int | None = 3) -> int:
    today = shop_today(db)
    draft = CampaignDraft(name, "{name}: 20% off", Channel.SMS, TagAudience("VIP"), today, today + timedelta(days=30), call_after)
    return create_campaign(db, draft, today=today)


def test_the_campaigns_page_compares_campaigns_by_their_yardstick(
    qtbot: QtBot, db: Database, open_window: Callable[..., MainWindow]
) -> None:
    ids = vip_customers(db)
    first = a_campaign(db, "Offer alone", call_after=None)
    second = a_campaign(db, "Offer and a call")
    record_outcome(db, first, ids[0], TargetOutcome.RETURNED)
    set_costs(db, first, [CostLine(CostKind.MESSAGES, "800")])
    for customer in ids[:2]:
        record_outcome(db, second, customer, TargetOutcome.RETURNED)
    set_costs(db, second, [CostLine(CostKind.DISCOUNTS, "650")])
    window = open_window()
    assert not window.page_built("campaigns")  # built when first shown
    [button] = [b for b in window.rail.findChildren(QToolButton) if b.text() == "Campaigns"]
    button.click()
    page = window.campaigns
    assert window.current_page() is page
    assert page.count.text() == "2 campaigns"
    model = page.model

    def cell(row: int, column: Column) -> str:
        return str(model.data(model.index(row, column))).strip(ISOLATES)

    rows = {cell(r, Column.NAME): r for r in range(model.rowCount())}
    assert set(rows) == {"Offer alone", "Offer and a call"}
    assert cell(rows["Offer alone"], Column.WIN_BACK_RATE) == "25%"
    assert cell(rows["Offer alone"], Column.COST_PER_RETURNED) == "SAR\u00a0800.00"
    assert cell(rows["Offer and a call"], Column.WIN_BACK_RATE) == "50%"
    assert cell(rows["Offer and a call"], Column.COST_PER_RETURNED) == "SAR\u00a0325.00"
    assert "$800 to $325" in page.yardstick.text()


def test_a_new_campaign_is_made_from_the_dialog_with_its_follow_ups(qtbot: QtBot, db: Database, context: AppContext) -> None:
    ids = vip_customers(db, 3)
    dialog = NewCampaignDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "VIP come back")
    dialog.audience.kind.setCurrentIndex(dialog.audience.kind.findData("tag"))
    dialog.audience.tag.setCurrentText("VIP")
    assert dialog.audience.count() == 3
    assert dialog.audience.matches.text() == "3 customers match today"
    dialog.offer.text.insertPlainText("Hello ")
    dialog.findChild(QPushButton, "offer_insert_name").click()
    type_text(dialog.offer.text, ", 20% off this month")
    dialog.call_days.setValue(5)
    with qtbot.waitSignal(dialog.created) as created:
        dialog.save_button.click()
    campaign_id = created.args[0]
    details = campaign_details(context.db, campaign_id)
    assert details.offer == "Hello {name}, 20% off this month"
    assert details.figures.targeted == 3 and details.figures.call_after_days == 5
    today = shop_today(db)
    follow_ups = customer_follow_ups(db, ids[0])
    assert [(f.kind, f.due_on) for f in follow_ups] == [(FollowUpKind.MESSAGE, today), (FollowUpKind.CALL, today + timedelta(days=5))]
    assert follow_ups[0].note == "Hello عميل 0, 20% off this month"


def test_a_campaign_for_customers_lost_over_price_is_chosen_from_the_loss_reasons(qtbot: QtBot, db: Database, context: AppContext) -> None:
    reasons = {r.key: r.id for r in loss_reasons(db)}
    lost = vip_customers(db, 3)
    mark_customer_lost(db, lost[0], reasons["price"])
    mark_customer_lost(db, lost[1], reasons["price"])
    mark_customer_lost(db, lost[2], reasons["moved_away"])
    dialog = NewCampaignDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Price match")
    dialog.audience.kind.setCurrentIndex(dialog.audience.kind.findData("lost"))
    box = dialog.audience.reason
    assert box.isVisible() and [box.itemText(i) for i in range(3)] == ["Price", "Quality of service", "Cleanliness and hygiene"]
    box.setCurrentIndex(box.findData(reasons["price"]))
    assert dialog.audience.count() == 2 and dialog.audience.matches.text() == "2 customers match today"
    type_text(dialog.offer.text, "We now match any price in town")
    with qtbot.waitSignal(dialog.created) as created:
        dialog.save_button.click()
    details = campaign_details(context.db, created.args[0])
    assert sorted(target.customer_id for target in details.targets) == lost[:2]


def test_a_campaign_without_targets_or_name_says_why_and_saves_nothing(qtbot: QtBot, db: Database, context: AppContext) -> None:
    dialog = NewCampaignDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["name"].text() == "Give the campaign a name.")
    type_text(dialog.name, "Nobody")
    type_text(dialog.offer.text, "An offer")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "No customer matches" in dialog.errors["audience"].text())
    assert not dialog.errors["name"].isVisible()
    assert dialog.isVisible() and campaign_figures(db) == []


def test_placeholders_are_inserted_in_arabic_and_stored_as_the_core_reads_them(
    qtbot: QtBot, db: Database, language: Callable[[str], None], qapp: QApplication
) -> None:
    vip_customers(db, 1)
    language("ar")
    context = AppContext(db=db, preferences=Preferences(), language="ar")
    dialog = NewCampaignDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "offer_insert_dear").click()
    dialog.findChild(QPushButton, "offer_insert_name").click()
    assert dialog.offer.text.toPlainText() == "{عزيزي}{اسم_العميل}"
    assert dialog.offer.stored() == "{dear}{name}"


def test_outcomes_and_costs_are_recorded_on_the_campaigns_page(qtbot: QtBot, db: Database, context: AppContext) -> None:
    vip_customers(db, 4)
    campaign_id = a_campaign(db)
    view = CampaignView(context, campaign_id)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 4
    view.table.selectRow(1)
    view.outcome.setCurrentIndex(view.outcome.findData(TargetOutcome.RETURNED))
    assert view.record_selected()
    assert view.figure_labels["returned"].text().strip(ISOLATES) == "1"
    assert view.figure_labels["winBackRate"].text().strip(ISOLATES) == "25%"
    view.tabs.setCurrentWidget(view.costs)
    view.costs.add_line(CostLine(CostKind.DISCOUNTS, "300"))
    row = view.costs.add_line()
    amount = view.costs.table.cellWidget(row, 1)
    assert isinstance(amount, QLineEdit)
    type_text(amount, "-20")
    assert not view.save_costs()
    assert view.costs.errors["costs"].text() == "Line 2: The amount cannot be negative."
    assert campaign_details(db, campaign_id).costs == []
    amount.setText("١٢٫٥")  # Arabic-Indic digits and separator, as typed on an Arabic keyboard
    kind = view.costs.table.cellWidget(row, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(CostKind.MESSAGES))
    assert view.save_costs()
    figures = campaign_details(db, campaign_id).figures
    assert figures.cost == Decimal("312.50") and figures.cost_per_returned == Decimal("312.50")
    assert view.figure_labels["costPerReturned"].text().strip(ISOLATES) == "SAR\u00a0312.50"


def test_an_occasion_sequence_is_scheduled_from_its_dialog(qtbot: QtBot, db: Database, context: AppContext) -> None:
    reem = add_customer(db, CustomerDraft(full_name="ريم"))
    dialog = SequenceDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.occasion.setCurrentIndex(dialog.occasion.findData(EID_AL_ADHA))
    eid = next_occasion_day(EID_AL_ADHA, shop_today(db) + timedelta(days=1))
    assert dialog.occasion_on.date().toPython() == eid and not dialog.occasion_on.isEnabled()
    assert dialog.name.text() == f"Eid al-Adha {eid.year}"
    type_text(dialog.warm.text, "Eid is near")
    type_text(dialog.offer.text, "A gift for Eid")
    dialog.days_before.setValue(7)
    dialog.every.setValue(2)
    dialog.offer_before.setValue(1)
    dialog.reminder.setValue(0)  # no reminder
    if eid - timedelta(days=7) < shop_today(db):
        pytest.skip("Eid al-Adha is less than a week away")
    with qtbot.waitSignal(dialog.created) as created:
        dialog.save_button.click()
    details = campaign_details(db, created.args[0])
    assert details.figures.kind is CampaignKind.OCCASION and details.occasion_on == eid
    days = [f.due_on for f in customer_follow_ups(db, reem)]
    assert days == [eid - timedelta(days=n) for n in (7, 5, 3, 1)]


def test_a_sequence_with_a_rhythm_that_cannot_be_says_so_under_it(qtbot: QtBot, db: Database, context: AppContext) -> None:
    add_customer(db, CustomerDraft(full_name="ريم"))
    dialog = SequenceDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.warm.text, "Hello")
    type_text(dialog.offer.text, "Offer")
    dialog.days_before.setValue(3)
    dialog.every.setValue(5)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors["every_days"].text() == "Send a warm message every 1 to 3 days.")
    assert campaign_figures(db) == []


def test_deleting_a_campaign_from_the_page_asks_first(qtbot: QtBot, db: Database, open_window: Callable[..., MainWindow]) -> None:
    vip_customers(db, 2)
    a_campaign(db)
    window = open_window()
    window.show_campaigns()
    page = window.campaigns
    box = page.delete_selected()
    assert box is not None
    box.button(box.StandardButton.Cancel).click()
    assert len(campaign_figures(db)) == 1
    box = page.delete_selected()
    assert box is not None
    box.button(box.StandardButton.Yes).click()
    assert campaign_figures(db) == []
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty)
    assert page.empty.text.isVisible()

"""Win-back campaigns: audiences on histories built for them, the follow-ups a campaign makes, the
arithmetic of its figures, costs, bad input, and deleting one."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from retention_desktop import tables as t
from retention_desktop.audiences import LapsedAudience, LostForReasonAudience, RenewalAudience, TagAudience, count_audience
from retention_desktop.campaigns import (
    CampaignDraft,
    CampaignError,
    CostLine,
    campaign_details,
    campaign_figures,
    create_campaign,
    delete_campaign,
    record_outcome,
    set_costs,
)
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups, mark_done
from retention_desktop.lifecycle import loss_reasons, mark_customer_lost, restore_lost_customer
from retention_desktop.kinds import Channel, CostKind, FollowUpKind, Gender, Outcome, TargetOutcome
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice
from retention_desktop.settings import SHOP_NAME, set_setting

TODAY = date(2026, 3, 1)


def customer(db: Database, name: str, **fields: object) -> int:
    return add_customer(db, CustomerDraft(full_name=name, **fields))  # type: ignore[arg-type]


def bought(db: Database, customer_id: int, day: date) -> None:
    if not get_profile(db).is_complete:
        save_profile(db, BusinessProfile(name_ar="صالون الورد"))
    moment = datetime.combine(day, time(12), timezone.utc)
    issue_invoice(db, InvoiceDraft(customer_id, [LineDraft("قص شعر", Decimal(1), Decimal(50))]), at=moment)


def draft(audience: object, **changes: object) -> CampaignDraft:
    values: dict[str, object] = {
        "name": "عودة العملاء",
        "offer": "{dear} {name}، خصم 20% لك في {shop}",
        "channel": Channel.WHATSAPP,
        "audience": audience,
        "starts_on": TODAY,
        "ends_on": TODAY + timedelta(days=30),
        "call_after_days": 3,
    }
    values.update(changes)
    return CampaignDraft(**values)  # type: ignore[arg-type]


def ids_of(db: Database, audience: object) -> set[int]:
    from retention_desktop.audiences import audience_rows

    with db.reading() as connection:
        return {row[0] for row in audience_rows(connection, audience, TODAY)}  # type: ignore[arg-type]


def count(db: Database, table: object) -> int:
    with db.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


# -- audiences ----------------------------------------------------------------------------------


def test_a_tag_chooses_its_customers_in_any_spelling_but_not_the_archived(db: Database) -> None:
    vip = customer(db, "ريم", tags=("VIP",))
    other = customer(db, "سارة", tags=("عادي",))
    gone = customer(db, "هند", tags=("vip",))
    archive_customer(db, gone)
    assert ids_of(db, TagAudience("vip")) == {vip}
    assert other not in ids_of(db, TagAudience("عادي")) - {other}
    assert count_audience(db, TagAudience(" VIP "), today=TODAY) == 1


def test_renewal_within_n_days_counts_today_and_the_last_day(db: Database) -> None:
    today_ = customer(db, "أ", renewal_on=TODAY)
    last = customer(db, "ب", renewal_on=TODAY + timedelta(days=30))
    customer(db, "ج", renewal_on=TODAY + timedelta(days=31))
    customer(db, "د", renewal_on=TODAY - timedelta(days=1))
    customer(db, "هـ")
    assert ids_of(db, RenewalAudience(30)) == {today_, last}


def test_lapsed_means_bought_before_and_nothing_for_more_than_n_days(db: Database) -> None:
    quiet = customer(db, "هادئ")
    bought(db, quiet, TODAY - timedelta(days=200))
    bought(db, quiet, TODAY - timedelta(days=120))
    recent = customer(db, "نشيط")
    bought(db, recent, TODAY - timedelta(days=300))
    bought(db, recent, TODAY - timedelta(days=20))
    edge = customer(db, "على الحد")
    bought(db, edge, TODAY - timedelta(days=90))  # exactly 90 days: not more than 90
    customer(db, "لم يشتر قط")
    assert ids_of(db, LapsedAudience(90)) == {quiet}
    assert ids_of(db, LapsedAudience(89)) == {quiet, edge}


def test_lost_for_a_reason_chooses_those_lost_for_it_and_not_won_back(db: Database) -> None:
    reasons = {r.key: r.id for r in loss_reasons(db)}
    price = customer(db, "خسرناه بالسعر")
    mark_customer_lost(db, price, reasons["price"], "وجد أرخص")
    service = customer(db, "خسرناه بالخدمة")
    mark_customer_lost(db, service, reasons["slow_service"])
    back = customer(db, "عاد إلينا")
    mark_customer_lost(db, back, reasons["price"])
    restore_lost_customer(db, back)
    customer(db, "لم نخسره")
    assert ids_of(db, LostForReasonAudience(reasons["price"], "السعر")) == {price}
    assert ids_of(db, LostForReasonAudience(reasons["slow_service"])) == {service}
    campaign = create_campaign(db, draft(LostForReasonAudience(reasons["price"], "السعر")), today=TODAY)
    assert [target.customer_id for target in campaign_details(db, campaign).targets] == [price]


@pytest.mark.parametrize("audience", [TagAudience("  "), RenewalAudience(0), LapsedAudience(-5), LapsedAudience(100_000)])
def test_an_audience_without_its_setting_is_refused(db: Database, audience: object) -> None:
    customer(db, "ريم", tags=("VIP",))
    with pytest.raises(CampaignError) as raised:
        create_campaign(db, draft(audience), today=TODAY)
    assert raised.value.field == "audience"
    assert count(db, t.campaigns) == 0


# -- making one ---------------------------------------------------------------------------------


def test_a_campaign_puts_the_offer_then_a_call_on_each_targets_list(db: Database) -> None:
    set_setting(db, SHOP_NAME, "صالون الورد")
    reem = customer(db, "ريم", tags=("VIP",), gender=Gender.FEMALE)
    sara = customer(db, "سارة", tags=("VIP",))
    campaign_id = create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    follow_ups = customer_follow_ups(db, reem)
    assert [(f.kind, f.due_on) for f in follow_ups] == [
        (FollowUpKind.MESSAGE, TODAY),
        (FollowUpKind.CALL, TODAY + timedelta(days=3)),
    ]
    assert "ريم" in follow_ups[0].note and "صالون الورد" in follow_ups[0].note and "{" not in follow_ups[0].note
    assert follow_ups[0].reason == "عودة العملاء"
    assert len(customer_follow_ups(db, sara)) == 2
    figures = campaign_details(db, campaign_id).figures
    assert (figures.targeted, figures.contacted, figures.responded, figures.returned) == (2, 0, 0, 0)


def test_a_call_campaign_without_a_call_after_makes_one_follow_up_each(db: Database) -> None:
    reem = customer(db, "ريم", renewal_on=TODAY + timedelta(days=10))
    create_campaign(db, draft(RenewalAudience(30), channel=Channel.CALL, call_after_days=None), today=TODAY)
    assert [(f.kind, f.due_on) for f in customer_follow_ups(db, reem)] == [(FollowUpKind.CALL, TODAY)]


def test_a_campaign_without_targets_is_refused_and_nothing_is_saved(db: Database) -> None:
    customer(db, "ريم", tags=("عادي",))
    with pytest.raises(CampaignError, match="No customer matches"):
        create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    assert count(db, t.campaigns) == count(db, t.follow_ups) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"starts_on": TODAY - timedelta(days=1)}, "starts_on"),
        ({"ends_on": TODAY - timedelta(days=1)}, "ends_on"),
        ({"name": "  "}, "name"),
        ({"offer": ""}, "offer"),
        ({"call_after_days": 0}, "call_after_days"),
        ({"call_after_days": 400}, "call_after_days"),
    ],
)
def test_bad_input_is_refused_with_its_field_and_nothing_changes(db: Database, changes: dict[str, object], field: str) -> None:
    customer(db, "ريم", tags=("VIP",))
    with pytest.raises(CampaignError) as raised:
        create_campaign(db, draft(TagAudience("VIP"), **changes), today=TODAY)
    assert raised.value.field == field
    assert str(raised.value)
    assert count(db, t.campaigns) == count(db, t.follow_ups) == 0


# -- figures --------------------------------------------------------------------------------------


def test_a_known_set_of_outcomes_gives_known_rates_and_costs(db: Database) -> None:
    ids = [customer(db, f"عميل {n}", tags=("عائد",)) for n in range(10)]
    campaign_id = create_campaign(db, draft(TagAudience("عائد")), today=TODAY)
    record_outcome(db, campaign_id, ids[0], TargetOutcome.NO_ANSWER)
    record_outcome(db, campaign_id, ids[1], TargetOutcome.NO_ANSWER)
    record_outcome(db, campaign_id, ids[2], TargetOutcome.DECLINED)
    record_outcome(db, campaign_id, ids[3], TargetOutcome.INTERESTED)
    record_outcome(db, campaign_id, ids[4], TargetOutcome.RETURNED)
    bought(db, ids[5], TODAY + timedelta(days=10))  # bought in the window: returned without a word
    bought(db, ids[6], TODAY + timedelta(days=31))  # after the window: not returned
    message = customer_follow_ups(db, ids[7])[0]
    mark_done(db, message.id, outcome=Outcome.REACHED, today=TODAY)  # sent, no answer recorded: contacted
    set_costs(db, campaign_id, [CostLine(CostKind.DISCOUNTS, "500"), CostLine(CostKind.MESSAGES, "1,300.50", "رسائل")])

    [figures] = campaign_figures(db)
    assert figures.targeted == 10
    assert figures.contacted == 7  # five outcomes, one purchase in the window, one message sent
    assert figures.responded == 4  # declined, interested, returned, bought
    assert figures.returned == 2
    assert figures.response_rate == pytest.approx(0.4)
    assert figures.win_back_rate == pytest.approx(0.2)
    assert figures.cost == Decimal("1800.50")
    assert figures.cost_per_returned == Decimal("900.25")
    details = campaign_details(db, campaign_id)
    rows = {r.customer_id: r for r in details.targets}
    assert rows[ids[5]].outcome is TargetOutcome.RETURNED and rows[ids[5]].recorded is None
    assert rows[ids[5]].bought_on == TODAY + timedelta(days=10)
    assert rows[ids[6]].outcome is None and not rows[ids[6]].contacted
    assert [(c.kind, c.amount) for c in details.costs] == [(CostKind.DISCOUNTS, Decimal(500)), (CostKind.MESSAGES, Decimal("1300.50"))]


def test_a_sale_made_before_the_campaign_existed_is_no_return(db: Database) -> None:
    """A campaign launched today, for a customer who bought this morning: not contacted, not
    returned (it said 100% won back before any message went out). A sale after the launch is."""
    from retention_desktop.clock import shop_today
    from retention_desktop.tables import utc_now

    save_profile(db, BusinessProfile(name_ar="صالون الورد"))
    today = shop_today(db)
    earlier = customer(db, "ريم", tags=("جديد",))
    later = customer(db, "سلمى", tags=("جديد",))
    before = utc_now() - timedelta(seconds=2)
    issue_invoice(db, InvoiceDraft(earlier, [LineDraft("قص شعر", Decimal(1), Decimal(50))]), at=before)
    campaign_id = create_campaign(db, draft(TagAudience("جديد"), starts_on=today, ends_on=today + timedelta(days=30)), today=today)
    [figures] = campaign_figures(db)
    assert (figures.contacted, figures.returned, figures.win_back_rate) == (0, 0, 0)
    issue_invoice(db, InvoiceDraft(later, [LineDraft("قص شعر", Decimal(1), Decimal(50))]))  # now, after the launch
    rows = {r.customer_id: r for r in campaign_details(db, campaign_id).targets}
    assert rows[earlier].outcome is None and not rows[earlier].contacted and rows[earlier].bought_on is None
    assert rows[later].outcome is TargetOutcome.RETURNED and rows[later].bought_on == today


def test_no_returned_customer_means_no_cost_per_returned(db: Database) -> None:
    customer(db, "ريم", tags=("VIP",))
    campaign_id = create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    set_costs(db, campaign_id, [CostLine(CostKind.GIFTS, Decimal("75.5"))])
    [figures] = campaign_figures(db)
    assert figures.cost == Decimal("75.50") and figures.cost_per_returned is None
    assert figures.as_json()["cost_per_returned"] is None


@pytest.mark.parametrize("amount", ["-5", "خمسة", "1.234", "", "NaN", Decimal("-1"), Decimal("NaN")])
def test_a_cost_negative_or_not_a_number_is_refused_and_the_old_costs_stay(db: Database, amount: object) -> None:
    customer(db, "ريم", tags=("VIP",))
    campaign_id = create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    set_costs(db, campaign_id, [CostLine(CostKind.GIFTS, "100")])
    with pytest.raises(CampaignError) as raised:
        set_costs(db, campaign_id, [CostLine(CostKind.MESSAGES, "20"), CostLine(CostKind.DISCOUNTS, amount)])  # type: ignore[arg-type]
    assert raised.value.field == "costs.1"
    assert [(c.kind, c.amount) for c in campaign_details(db, campaign_id).costs] == [(CostKind.GIFTS, Decimal(100))]


def test_an_outcome_for_someone_not_targeted_is_refused(db: Database) -> None:
    customer(db, "ريم", tags=("VIP",))
    other = customer(db, "سارة")
    campaign_id = create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    with pytest.raises(CampaignError):
        record_outcome(db, campaign_id, other, TargetOutcome.RETURNED)


def test_deleting_a_campaign_keeps_the_interactions_it_made(db: Database) -> None:
    reem = customer(db, "ريم", tags=("VIP",))
    customer(db, "سارة", tags=("VIP",))
    campaign_id = create_campaign(db, draft(TagAudience("VIP")), today=TODAY)
    message = customer_follow_ups(db, reem)[0]
    interaction = mark_done(db, message.id, outcome=Outcome.REACHED, note="سترجع", today=TODAY)
    record_outcome(db, campaign_id, reem, TargetOutcome.INTERESTED)
    set_costs(db, campaign_id, [CostLine(CostKind.GIFTS, "10")])
    delete_campaign(db, campaign_id)
    assert campaign_figures(db) == []
    assert count(db, t.campaign_targets) == count(db, t.campaign_costs) == 0
    with db.reading() as connection:
        kept = connection.execute(select(t.interactions.c.id, t.interactions.c.follow_up_id)).all()
        follow_ups = connection.execute(select(t.follow_ups.c.id, t.follow_ups.c.status)).all()
    assert [row[0] for row in kept] == [interaction]
    assert [row[0] for row in follow_ups] == [message.id]  # the done one stays, the open ones went
    with pytest.raises(CampaignError):
        delete_campaign(db, campaign_id)

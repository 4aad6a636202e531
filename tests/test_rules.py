"""Follow-ups that appear by themselves: the stay-in-touch cadence and the event rules, each once only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from retention_desktop import tables

from retention_desktop.clock import shop_today
from retention_desktop.customers import (
    CustomerDraft,
    ValidationError,
    add_customer,
    archive_customer,
    customer_details,
    update_customer,
)
from retention_desktop.db import Database
from retention_desktop.followups import cancel_follow_up, customer_follow_ups, follow_ups_due, mark_done, schedule_follow_up
from retention_desktop.audiences import TagAudience
from retention_desktop.campaigns import CampaignDraft, create_campaign
from retention_desktop.interactions import log_interaction
from retention_desktop.kinds import Channel, Stage
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice
from retention_desktop.lifecycle import loss_reasons, mark_customer_lost, restore_lost_customer
from retention_desktop.models import (
    CadenceUnit,
    FollowUp,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    InteractionKind,
    Outcome,
)
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.rules import CadenceError, apply_follow_up_rules, birthday_in, set_cadence
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    set_setting,
)

UTC = timezone.utc


def customer(db: Database, name: str = "ريم الدوسري", **fields: object) -> int:
    return add_customer(db, CustomerDraft(full_name=name, **fields))  # type: ignore[arg-type]


def at(day: date, hour: int = 10) -> datetime:
    """A moment on a shop day (Riyadh is UTC+3 all year)."""
    return datetime.combine(day, time(hour), UTC) - timedelta(hours=3)


def rule_follow_ups(db: Database, origin: FollowUpOrigin) -> list[FollowUp]:
    with db.session() as session:
        return list(session.scalars(select(FollowUp).where(FollowUp.origin == origin).order_by(FollowUp.id)))


# -- cadence: the checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("every", "unit"),
    [(0, CadenceUnit.DAYS), (-3, CadenceUnit.WEEKS), (3651, CadenceUnit.DAYS), (521, CadenceUnit.WEEKS), (121, CadenceUnit.MONTHS), (2, None)],
)
def test_a_cadence_out_of_range_is_refused_and_nothing_changes(db: Database, every: int, unit: CadenceUnit | None) -> None:
    c = customer(db)
    set_cadence(db, c, every=2, unit=CadenceUnit.MONTHS)
    with pytest.raises(CadenceError):
        set_cadence(db, c, every=every, unit=unit)
    details = customer_details(db, c)
    assert (details.contact_every, details.contact_unit) == (2, CadenceUnit.MONTHS)


@pytest.mark.parametrize(
    ("every", "unit"),
    [(0, CadenceUnit.DAYS), (-1, CadenceUnit.MONTHS), (3651, CadenceUnit.DAYS), (121, CadenceUnit.MONTHS), (3, None)],
)
def test_a_cadence_out_of_range_in_the_customer_form_is_refused(db: Database, every: int, unit: CadenceUnit | None) -> None:
    with pytest.raises(ValidationError) as error:
        add_customer(db, CustomerDraft(full_name="Sam", contact_every=every, contact_unit=unit))
    assert set(error.value.errors) == {"contact_every"}


def test_the_largest_cadences_and_none_are_accepted(db: Database) -> None:
    c = customer(db)
    for every, unit in ((3650, CadenceUnit.DAYS), (520, CadenceUnit.WEEKS), (120, CadenceUnit.MONTHS), (1, CadenceUnit.DAYS)):
        set_cadence(db, c, every=every, unit=unit)
        assert (customer_details(db, c).contact_every, customer_details(db, c).contact_unit) == (every, unit)
    set_cadence(db, c, every=None)
    assert (customer_details(db, c).contact_every, customer_details(db, c).contact_unit) == (None, None)
    with pytest.raises(CadenceError):
        set_cadence(db, c + 100, every=1, unit=CadenceUnit.DAYS)


# -- cadence: when it is due --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "every", "unit", "due"),
    [
        (date(2025, 1, 10), 10, CadenceUnit.DAYS, date(2025, 1, 20)),
        (date(2025, 1, 10), 2, CadenceUnit.WEEKS, date(2025, 1, 24)),
        (date(2025, 1, 31), 1, CadenceUnit.MONTHS, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, CadenceUnit.MONTHS, date(2024, 2, 29)),
        (date(2024, 11, 30), 3, CadenceUnit.MONTHS, date(2025, 2, 28)),
    ],
)
def test_cadence_is_due_when_the_last_interaction_is_older_than_it(
    db: Database, last: date, every: int, unit: CadenceUnit, due: date
) -> None:
    c = customer(db)
    set_cadence(db, c, every=every, unit=unit)
    log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(last - timedelta(days=5)))
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=at(last))

    assert apply_follow_up_rules(db, today=due - timedelta(days=1)).cadence == 0
    assert apply_follow_up_rules(db, today=due).cadence == 1
    [row] = follow_ups_due(db, on=due).today
    assert (row.customer_id, row.kind, row.origin, row.reason) == (c, FollowUpKind.CALL, FollowUpOrigin.CADENCE, "Stay in touch")


def test_cadence_counts_from_the_shop_day_of_the_last_interaction(db: Database) -> None:
    c = customer(db)
    set_cadence(db, c, every=1, unit=CadenceUnit.MONTHS)
    # 22:00 UTC on 31 January is already 1 February in Riyadh.
    log_interaction(db, c, kind=InteractionKind.VISIT, occurred_at=datetime(2025, 1, 31, 22, 0, tzinfo=UTC))
    assert apply_follow_up_rules(db, today=date(2025, 2, 28)).cadence == 0
    assert apply_follow_up_rules(db, today=date(2025, 3, 1)).cadence == 1


def test_cadence_without_interactions_counts_from_the_day_the_customer_came(db: Database) -> None:
    c = customer(db)
    set_cadence(db, c, every=10, unit=CadenceUnit.DAYS)
    came = shop_today(db)
    assert apply_follow_up_rules(db, today=came + timedelta(days=9)).cadence == 0
    assert apply_follow_up_rules(db, today=came + timedelta(days=10)).cadence == 1


def test_cadence_not_twice_when_the_program_opens_twice_the_same_day(db: Database) -> None:
    c = customer(db)
    set_cadence(db, c, every=7, unit=CadenceUnit.DAYS)
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=at(date(2025, 3, 1)))
    day = date(2025, 3, 10)
    assert apply_follow_up_rules(db, today=day).cadence == 1
    assert apply_follow_up_rules(db, today=day).total == 0
    assert apply_follow_up_rules(db, today=day + timedelta(days=1)).cadence == 0  # the first one is still open
    assert len(rule_follow_ups(db, FollowUpOrigin.CADENCE)) == 1


def test_cadence_not_again_after_the_owner_cancels_it(db: Database) -> None:
    c = customer(db)
    set_cadence(db, c, every=7, unit=CadenceUnit.DAYS)
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=at(date(2025, 3, 1)))
    day = date(2025, 3, 10)
    apply_follow_up_rules(db, today=day)
    [made] = rule_follow_ups(db, FollowUpOrigin.CADENCE)
    cancel_follow_up(db, made.id)
    assert apply_follow_up_rules(db, today=day).cadence == 0
    assert apply_follow_up_rules(db, today=day + timedelta(days=3)).cadence == 0
    assert [f.status for f in rule_follow_ups(db, FollowUpOrigin.CADENCE)] == [FollowUpStatus.CANCELLED]


def test_cadence_again_after_a_new_interaction_and_the_cadence_passing(db: Database) -> None:
    c = customer(db)
    set_cadence(db, c, every=10, unit=CadenceUnit.DAYS)
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=at(date(2025, 3, 1)))
    apply_follow_up_rules(db, today=date(2025, 3, 12))
    [first] = rule_follow_ups(db, FollowUpOrigin.CADENCE)
    mark_done(db, first.id, outcome=Outcome.REACHED, at=at(date(2025, 3, 12)), today=date(2025, 3, 12))

    assert apply_follow_up_rules(db, today=date(2025, 3, 21)).cadence == 0
    assert apply_follow_up_rules(db, today=date(2025, 3, 22)).cadence == 1
    made = rule_follow_ups(db, FollowUpOrigin.CADENCE)
    assert [(f.due_on, f.status) for f in made] == [
        (date(2025, 3, 12), FollowUpStatus.DONE),
        (date(2025, 3, 22), FollowUpStatus.OPEN),
    ]
    assert made[0].origin_key != made[1].origin_key


def test_no_cadence_follow_up_for_archived_customers_or_without_a_cadence(db: Database) -> None:
    archived = customer(db, "A")
    set_cadence(db, archived, every=1, unit=CadenceUnit.DAYS)
    archive_customer(db, archived)
    customer(db, "No cadence")
    assert apply_follow_up_rules(db, today=shop_today(db) + timedelta(days=30)).cadence == 0


# -- satisfaction call after the first purchase -------------------------------------------------------


def test_satisfaction_call_some_days_after_the_first_purchase_once_only(db: Database) -> None:
    c = customer(db)
    bought = date(2025, 3, 1)
    log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(bought))

    assert apply_follow_up_rules(db, today=bought).satisfaction == 1
    [call] = rule_follow_ups(db, FollowUpOrigin.SATISFACTION)
    assert (call.customer_id, call.kind, call.due_on) == (c, FollowUpKind.CALL, bought + timedelta(days=3))

    assert apply_follow_up_rules(db, today=bought).total == 0
    # A later purchase does not make it the first purchase again, even once the call is done.
    mark_done(db, call.id, outcome=Outcome.REACHED, at=at(bought + timedelta(days=3)), today=bought + timedelta(days=3))
    log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(date(2025, 3, 10)))
    assert apply_follow_up_rules(db, today=date(2025, 3, 10)).satisfaction == 0
    assert apply_follow_up_rules(db, today=date(2025, 3, 14)).satisfaction == 0
    assert len(rule_follow_ups(db, FollowUpOrigin.SATISFACTION)) == 1


def test_satisfaction_call_follows_the_days_setting(db: Database) -> None:
    set_setting(db, SATISFACTION_CALL_DAYS, 10)
    c = customer(db)
    log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(date(2025, 3, 1)))
    apply_follow_up_rules(db, today=date(2025, 3, 5))
    assert [f.due_on for f in rule_follow_ups(db, FollowUpOrigin.SATISFACTION)] == [date(2025, 3, 11)]


def test_satisfaction_call_catches_up_a_missed_week_but_not_older_purchases(db: Database) -> None:
    today = date(2025, 3, 20)
    recent, old, long_ago = customer(db, "recent"), customer(db, "old"), customer(db, "long ago")
    log_interaction(db, recent, kind=InteractionKind.PURCHASE, occurred_at=at(today - timedelta(days=10)))
    log_interaction(db, old, kind=InteractionKind.PURCHASE, occurred_at=at(today - timedelta(days=11)))
    log_interaction(db, long_ago, kind=InteractionKind.PURCHASE, occurred_at=at(date(2024, 6, 1)))
    assert apply_follow_up_rules(db, today=today).satisfaction == 1
    [call] = rule_follow_ups(db, FollowUpOrigin.SATISFACTION)
    assert (call.customer_id, call.due_on) == (recent, today)  # a week late: due today, not in the past


def test_satisfaction_call_is_off_when_the_setting_is_off(db: Database) -> None:
    set_setting(db, SATISFACTION_CALL, False)
    c = customer(db)
    log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(date(2025, 3, 1)))
    assert apply_follow_up_rules(db, today=date(2025, 3, 1)).satisfaction == 0
    set_setting(db, SATISFACTION_CALL, True)
    assert apply_follow_up_rules(db, today=date(2025, 3, 1)).satisfaction == 1


def test_other_interactions_are_not_a_purchase(db: Database) -> None:
    c = customer(db)
    for kind in (InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MESSAGE):
        log_interaction(db, c, kind=kind, occurred_at=at(date(2025, 3, 1)))
    assert apply_follow_up_rules(db, today=date(2025, 3, 1)).satisfaction == 0


# -- renewal call -------------------------------------------------------------------------------------


def test_renewal_call_some_weeks_before_the_renewal_date_once_per_date(db: Database) -> None:
    c = customer(db, renewal_on=date(2025, 6, 30))
    assert apply_follow_up_rules(db, today=date(2025, 5, 20)).renewal == 0  # more than 4 weeks and a week ahead
    assert apply_follow_up_rules(db, today=date(2025, 5, 26)).renewal == 1
    [call] = rule_follow_ups(db, FollowUpOrigin.RENEWAL)
    assert (call.customer_id, call.kind, call.due_on) == (c, FollowUpKind.CALL, date(2025, 6, 2))
    assert apply_follow_up_rules(db, today=date(2025, 6, 2)).renewal == 0
    cancel_follow_up(db, call.id)
    assert apply_follow_up_rules(db, today=date(2025, 6, 10)).renewal == 0

    # Renewed for a year: the new date gets its own call.
    update_customer(db, c, replace(customer_details(db, c).as_draft(), renewal_on=date(2026, 6, 30)))
    assert apply_follow_up_rules(db, today=date(2026, 6, 1)).renewal == 1
    assert apply_follow_up_rules(db, today=date(2026, 6, 1)).renewal == 0
    assert [f.due_on for f in rule_follow_ups(db, FollowUpOrigin.RENEWAL)] == [date(2025, 6, 2), date(2026, 6, 2)]


def test_renewal_call_follows_the_weeks_setting_and_is_due_today_when_late(db: Database) -> None:
    set_setting(db, RENEWAL_CALL_WEEKS, 2)
    customer(db, "soon", renewal_on=date(2025, 6, 30))
    customer(db, "very soon", renewal_on=date(2025, 6, 20))
    customer(db, "passed", renewal_on=date(2025, 6, 1))
    assert apply_follow_up_rules(db, today=date(2025, 6, 10)).renewal == 2
    assert sorted(f.due_on for f in rule_follow_ups(db, FollowUpOrigin.RENEWAL)) == [date(2025, 6, 10), date(2025, 6, 16)]


def test_renewal_call_is_off_when_the_setting_is_off_and_never_for_archived_customers(db: Database) -> None:
    set_setting(db, RENEWAL_CALL, False)
    archived = customer(db, "archived", renewal_on=date(2025, 6, 30))
    kept = customer(db, "kept", renewal_on=date(2025, 6, 30))
    archive_customer(db, archived)
    assert apply_follow_up_rules(db, today=date(2025, 6, 1)).renewal == 0
    set_setting(db, RENEWAL_CALL, True)
    assert apply_follow_up_rules(db, today=date(2025, 6, 1)).renewal == 1
    assert [f.customer_id for f in rule_follow_ups(db, FollowUpOrigin.RENEWAL)] == [kept]


# -- birthday greeting --------------------------------------------------------------------------------


def test_birthday_greeting_on_this_years_birthday_once(db: Database) -> None:
    c = customer(db, birthday=date(1990, 12, 2))
    assert apply_follow_up_rules(db, today=date(2026, 11, 24)).birthday == 0  # more than a week ahead
    assert apply_follow_up_rules(db, today=date(2026, 11, 25)).birthday == 1
    [greeting] = rule_follow_ups(db, FollowUpOrigin.BIRTHDAY)
    assert (greeting.customer_id, greeting.kind, greeting.due_on) == (c, FollowUpKind.MESSAGE, date(2026, 12, 2))
    assert apply_follow_up_rules(db, today=date(2026, 12, 2)).birthday == 0
    assert apply_follow_up_rules(db, today=date(2027, 11, 30)).birthday == 1  # next year's
    assert [g.due_on for g in rule_follow_ups(db, FollowUpOrigin.BIRTHDAY)] == [date(2026, 12, 2), date(2027, 12, 2)]


def test_birthday_on_29_february_is_greeted_on_28_february_in_other_years(db: Database) -> None:
    customer(db, birthday=date(2000, 2, 29))
    assert birthday_in(2027, date(2000, 2, 29)) == date(2027, 2, 28)
    apply_follow_up_rules(db, today=date(2027, 2, 26))
    apply_follow_up_rules(db, today=date(2028, 2, 25))
    assert [g.due_on for g in rule_follow_ups(db, FollowUpOrigin.BIRTHDAY)] == [date(2027, 2, 28), date(2028, 2, 29)]


def test_birthday_early_in_january_is_seen_at_the_end_of_december(db: Database) -> None:
    customer(db, birthday=date(1985, 1, 2))
    assert apply_follow_up_rules(db, today=date(2026, 12, 29)).birthday == 1
    [greeting] = rule_follow_ups(db, FollowUpOrigin.BIRTHDAY)
    assert greeting.due_on == date(2027, 1, 2)
    assert apply_follow_up_rules(db, today=date(2027, 1, 1)).birthday == 0
    assert apply_follow_up_rules(db, today=date(2027, 1, 2)).birthday == 0
    assert apply_follow_up_rules(db, today=date(2027, 1, 3)).birthday == 0  # passed, and not next year yet


def test_birthday_greeting_never_for_archived_customers_and_off_with_the_setting(db: Database) -> None:
    archived = customer(db, "archived", birthday=date(1990, 12, 2))
    archive_customer(db, archived)
    assert apply_follow_up_rules(db, today=date(2026, 11, 30)).birthday == 0
    customer(db, "kept", birthday=date(1990, 12, 2))
    set_setting(db, BIRTHDAY_GREETING, False)
    assert apply_follow_up_rules(db, today=date(2026, 11, 30)).birthday == 0
    set_setting(db, BIRTHDAY_GREETING, True)
    assert apply_follow_up_rules(db, today=date(2026, 11, 30)).birthday == 1


# -- all rules at once --------------------------------------------------------------------------------


def test_opening_the_program_twice_a_day_adds_nothing_the_second_time(db: Database) -> None:
    today = date(2025, 3, 20)
    for n in range(30):
        c = customer(db, f"customer {n}", birthday=date(1990, 3, 20 + n % 7), renewal_on=today + timedelta(days=n))
        set_cadence(db, c, every=1 + n % 5, unit=CadenceUnit.DAYS)
        log_interaction(db, c, kind=InteractionKind.PURCHASE, occurred_at=at(today - timedelta(days=n % 12)))
    first = apply_follow_up_rules(db, today=today)
    assert first.cadence and first.satisfaction and first.renewal and first.birthday
    with db.session() as session:
        before = len(session.scalars(select(FollowUp.id)).all())
    assert before == first.total
    assert apply_follow_up_rules(db, today=today).total == 0
    with db.session() as session:
        assert len(session.scalars(select(FollowUp.id)).all()) == before


def test_rules_cancelled_keep_nothing_and_run_whole_next_time(db: Database) -> None:
    """The program quitting cancels the rules: they stop at their next check, and what they did is
    rolled back whole (one transaction)."""
    today = shop_today(db)
    customer = add_customer(db, CustomerDraft("Hind", renewal_on=today + timedelta(days=10)))
    quitting = Progress()
    quitting.cancel()
    with pytest.raises(Cancelled):
        apply_follow_up_rules(db, today=today, progress=quitting)
    assert customer_follow_ups(db, customer) == []
    progress = Progress()
    assert apply_follow_up_rules(db, today=today, progress=progress).renewal == 1
    assert progress.state() == (4, 4)  # one step a rule


# -- customers marked lost ----------------------------------------------------------------------------


def rule_and_own_follow_ups(db: Database, c: int) -> dict[FollowUpOrigin, list[tuple[FollowUpStatus, bool]]]:
    """Each origin's follow-ups of a customer: (status, closed no earlier than made)."""
    found: dict[FollowUpOrigin, list[tuple[FollowUpStatus, bool]]] = {}
    with db.session() as session:
        for f in session.scalars(select(FollowUp).where(FollowUp.customer_id == c).order_by(FollowUp.id)):
            found.setdefault(f.origin, []).append((f.status, f.closed_at is not None and f.closed_at >= f.created_at))
    return found


@pytest.mark.both_databases
def test_a_customer_marked_lost_is_no_longer_called_or_greeted_until_won_back(db: Database) -> None:
    """Marking lost takes their open follow-ups off the list, the rules' and the owner's, but not a
    campaign's; the rules then leave them alone; what the owner schedules for them after stays."""
    today = shop_today(db)
    a_month_ago = today - timedelta(days=30)
    birthday = a_month_ago + timedelta(days=3)
    c = customer(db, birthday=date(1992, birthday.month, birthday.day), tags=("vip",))
    set_cadence(db, c, every=1, unit=CadenceUnit.WEEKS)
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=at(a_month_ago - timedelta(days=7)))
    made = apply_follow_up_rules(db, today=a_month_ago)
    assert (made.cadence, made.birthday) == (1, 1)
    schedule_follow_up(db, c, due_on=today + timedelta(days=3), reason="يمر ليأخذ طلبه")
    create_campaign(
        db,
        CampaignDraft("عودة", "خصم 10٪ لكم", Channel.WHATSAPP, TagAudience("vip"), today, today + timedelta(days=30)),
        today=today,
    )

    mark_customer_lost(db, c, next(r.id for r in loss_reasons(db) if r.key == "moved_away"))
    cancelled = (FollowUpStatus.CANCELLED, True)
    found = rule_and_own_follow_ups(db, c)
    assert found == {
        FollowUpOrigin.CADENCE: [cancelled],
        FollowUpOrigin.BIRTHDAY: [cancelled],
        FollowUpOrigin.MANUAL: [cancelled, (FollowUpStatus.OPEN, False)],  # the owner's own, then the campaign's
    }
    assert [row.reason for row in follow_ups_due(db, on=today, upcoming_days=0).today] == ["عودة"]
    # Lost: no cadence call however long, no greeting on the next birthday.
    next_birthday = birthday_in(today.year + 1, date(1992, birthday.month, birthday.day))
    assert apply_follow_up_rules(db, today=today + timedelta(days=60)).total == 0
    assert apply_follow_up_rules(db, today=next_birthday).total == 0
    # What the owner schedules for a lost customer stays, whatever the rules do.
    win_back_call = schedule_follow_up(db, c, due_on=today + timedelta(days=2), reason="نسأله عن عنوانه الجديد")
    apply_follow_up_rules(db, today=today + timedelta(days=1))
    assert win_back_call in [f.id for f in customer_follow_ups(db, c) if f.status is FollowUpStatus.OPEN]

    restore_lost_customer(db, c)  # won back: what the loss took off and is still to come is back
    assert sorted(f.reason for f in customer_follow_ups(db, c)) == sorted(["عودة", "يمر ليأخذ طلبه", "نسأله عن عنوانه الجديد"])
    assert found[FollowUpOrigin.CADENCE] == rule_and_own_follow_ups(db, c)[FollowUpOrigin.CADENCE]  # overdue: it stays off
    # The cadence counts from the day they came back.
    assert apply_follow_up_rules(db, today=today + timedelta(days=6)).cadence == 0
    assert apply_follow_up_rules(db, today=today + timedelta(days=7)).cadence == 1


@pytest.mark.both_databases
def test_a_lost_customer_who_buys_again_has_the_follow_ups_still_to_come_back(db: Database) -> None:
    today = shop_today(db)
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
    c = customer(db, renewal_on=today + timedelta(days=10))
    assert apply_follow_up_rules(db, today=today).renewal == 1
    passed = schedule_follow_up(db, c, due_on=today - timedelta(days=2), today=today - timedelta(days=5))
    to_come = schedule_follow_up(db, c, due_on=today + timedelta(days=4))
    mark_customer_lost(db, c, loss_reasons(db)[0].id, at=datetime.now(UTC) - timedelta(days=1))
    assert customer_follow_ups(db, c) == []
    own_cancelled_later = schedule_follow_up(db, c, due_on=today + timedelta(days=5))
    cancel_follow_up(db, own_cancelled_later)  # the owner's doing, not the loss's: it stays cancelled
    issue_invoice(db, InvoiceDraft(c, [LineDraft("خدمة", Decimal(1), Decimal(50))]))
    assert customer_details(db, c).stage is not Stage.LOST
    back = customer_follow_ups(db, c)
    assert sorted(f.id for f in back if f.origin is FollowUpOrigin.MANUAL) == [to_come]
    assert [f.origin for f in back if f.origin is not FollowUpOrigin.MANUAL] == [FollowUpOrigin.RENEWAL]
    assert passed not in [f.id for f in back]


@pytest.mark.both_databases
def test_the_upgrade_takes_the_rules_follow_ups_of_lost_customers_off_a_book_kept_before(db: Database) -> None:
    """A book from before marking lost withdrew them: the upgrade (0018) does it, once, closing them
    at the loss as marking lost does, so that winning the customer back brings back those to come."""
    from alembic import command

    from tests.old_books import alembic_config

    today = shop_today(db)
    lost = [customer(db, name, renewal_on=today + timedelta(days=10)) for name in ("هند", "Sam")]
    kept = customer(db, "باقي", renewal_on=today + timedelta(days=10))
    assert apply_follow_up_rules(db, today=today).renewal == 3
    own = schedule_follow_up(db, lost[0], due_on=today + timedelta(days=3))
    mark_customer_lost(db, lost[0], loss_reasons(db)[0].id)
    with db.writing() as session:  # as an older version left the book: nothing withdrawn, one lost before 0011
        f = tables.follow_ups.c
        session.execute(update(tables.follow_ups).where(f.customer_id == lost[0]).values(status=FollowUpStatus.OPEN, closed_at=None))
        session.execute(update(tables.customers).where(tables.customers.c.id == lost[1]).values(stage=Stage.LOST))
    for target in ("0017", "head"):
        with db.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            (command.downgrade if target == "0017" else command.upgrade)(config, target)

    for c in lost:
        assert rule_and_own_follow_ups(db, c)[FollowUpOrigin.RENEWAL] == [(FollowUpStatus.CANCELLED, True)]
    assert [f.id for f in customer_follow_ups(db, lost[0])] == [own]  # the owner's own is left
    assert rule_and_own_follow_ups(db, kept) == {FollowUpOrigin.RENEWAL: [(FollowUpStatus.OPEN, False)]}
    restore_lost_customer(db, lost[0])
    assert rule_and_own_follow_ups(db, lost[0])[FollowUpOrigin.RENEWAL] == [(FollowUpStatus.OPEN, False)]

"""Occasion sequences: the occasions' days (Hijri ones by Umm al-Qura), the touches a sequence plans,
its follow-ups, its figures, and the days that do not exist."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from retention_desktop import tables as t
from retention_desktop.audiences import AllCustomersAudience, ChosenAudience
from retention_desktop.campaigns import CampaignError, campaign_figures
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.followups import customer_follow_ups
from retention_desktop.kinds import CampaignKind, Channel, FollowUpKind
from retention_desktop.occasions import (
    EID_AL_ADHA,
    EID_AL_FITR,
    FOUNDING_DAY,
    NATIONAL_DAY,
    RAMADAN,
    BACK_TO_SCHOOL,
    OccasionError,
    SequenceDraft,
    create_sequence,
    gregorian_day,
    hijri_day,
    next_occasion_day,
    occasion_day,
)


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        (RAMADAN, 2026, date(2026, 2, 18)),  # 1 Ramadan 1447 by Umm al-Qura
        (EID_AL_FITR, 2026, date(2026, 3, 20)),  # 1 Shawwal 1447
        (EID_AL_ADHA, 2026, date(2026, 5, 27)),  # 10 Dhu al-Hijjah 1447
        (RAMADAN, 2027, date(2027, 2, 8)),  # 1 Ramadan 1448
        (EID_AL_ADHA, 2025, date(2025, 6, 6)),  # 10 Dhu al-Hijjah 1446
        (NATIONAL_DAY, 2026, date(2026, 9, 23)),
        (FOUNDING_DAY, 2027, date(2027, 2, 22)),
    ],
)
def test_each_occasion_falls_on_its_day_of_the_year(key: str, year: int, expected: date) -> None:
    assert occasion_day(key, year) == expected


def test_the_next_occasion_is_this_years_until_it_has_passed() -> None:
    assert next_occasion_day(RAMADAN, date(2026, 1, 1)) == date(2026, 2, 18)
    assert next_occasion_day(RAMADAN, date(2026, 2, 18)) == date(2026, 2, 18)
    assert next_occasion_day(RAMADAN, date(2026, 2, 19)) == date(2027, 2, 8)
    assert next_occasion_day(NATIONAL_DAY, date(2026, 9, 24)) == date(2027, 9, 23)


def test_days_that_do_not_exist_are_refused_with_a_clear_message() -> None:
    with pytest.raises(OccasionError, match="no such date"):
        gregorian_day(2026, 2, 30)
    assert hijri_day(1447, 9, 30) == date(2026, 3, 19)  # Ramadan 1447 has 30 days
    with pytest.raises(OccasionError, match="no such Hijri date"):
        hijri_day(1447, 10, 30)  # Shawwal 1447 has 29
    with pytest.raises(OccasionError, match="no such Hijri date"):
        hijri_day(1447, 13, 1)
    with pytest.raises(OccasionError, match="outside the Umm al-Qura"):
        hijri_day(1600, 9, 1)
    with pytest.raises(OccasionError):
        occasion_day(BACK_TO_SCHOOL, 2026)  # its day is the owner's to give


def customer(db: Database, name: str) -> int:
    return add_customer(db, CustomerDraft(full_name=name))


def sequence(audience: object, **changes: object) -> SequenceDraft:
    values: dict[str, object] = {
        "name": "رمضان 1447",
        "occasion": RAMADAN,
        "occasion_on": date(2026, 2, 18),
        "audience": audience,
        "warm_message": "{dear} {name}، رمضان قريب. كل عام وأنتم بخير",
        "offer": "{name}: خصم 15% طوال رمضان",
        "days_before": 14,
        "every_days": 1,
        "offer_days_before": 2,
        "reminder_after_days": 1,
    }
    values.update(changes)
    return SequenceDraft(**values)  # type: ignore[arg-type]


def test_a_sequence_sends_a_warm_message_each_day_then_the_offer_and_a_reminder(db: Database) -> None:
    reem = customer(db, "ريم")
    customer(db, "سارة")
    campaign_id = create_sequence(db, sequence(AllCustomersAudience()), today=date(2026, 2, 1))
    follow_ups = customer_follow_ups(db, reem)
    days = [f.due_on for f in follow_ups]
    assert days[0] == date(2026, 2, 4)  # 14 days before 18 February
    assert days[:12] == [date(2026, 2, 4) + timedelta(days=n) for n in range(12)]  # warm, up to the offer
    assert days[12:] == [date(2026, 2, 16), date(2026, 2, 17)]  # the offer two days before, a reminder
    assert all(f.kind is FollowUpKind.MESSAGE for f in follow_ups)
    assert "رمضان قريب" in follow_ups[0].note and "ريم" in follow_ups[0].note
    assert "خصم 15%" in follow_ups[12].note
    [figures] = campaign_figures(db)
    assert (figures.id, figures.kind, figures.targeted) == (campaign_id, CampaignKind.OCCASION, 2)
    assert figures.starts_on == date(2026, 2, 4) and figures.ends_on == date(2026, 3, 4)


def test_every_n_days_spaces_the_warm_messages(db: Database) -> None:
    reem = customer(db, "ريم")
    create_sequence(
        db, sequence(ChosenAudience((reem,)), every_days=3, offer_days_before=0, reminder_after_days=None, channel=Channel.SMS),
        today=date(2026, 2, 1),
    )
    days = [f.due_on for f in customer_follow_ups(db, reem)]
    assert days == [date(2026, 2, 4), date(2026, 2, 7), date(2026, 2, 10), date(2026, 2, 13), date(2026, 2, 16), date(2026, 2, 18)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({}, "starts_on"),  # made on 10 February, the first message would have been on the 4th
        ({"days_before": 0}, "days_before"),
        ({"days_before": 5, "every_days": 6}, "every_days"),
        ({"days_before": 5, "offer_days_before": 5}, "offer_days_before"),
        ({"reminder_after_days": 0}, "reminder_after_days"),
        ({"warm_message": " "}, "warm_message"),
    ],
)
def test_a_sequence_that_cannot_be_is_refused_and_nothing_is_saved(db: Database, changes: dict[str, object], field: str) -> None:
    customer(db, "ريم")
    today = date(2026, 2, 10) if not changes else date(2026, 1, 1)
    with pytest.raises(CampaignError) as raised:
        create_sequence(db, sequence(AllCustomersAudience(), **changes), today=today)
    assert raised.value.field == field
    with db.reading() as connection:
        assert connection.execute(select(func.count()).select_from(t.follow_ups)).scalar() == 0
        assert connection.execute(select(func.count()).select_from(t.campaigns)).scalar() == 0

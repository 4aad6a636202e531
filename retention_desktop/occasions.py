"""Occasion sequences: short warm messages every day (or every N days) in the days before an occasion
(Ramadan, the Eids, national day, founding day, back to school, or a day the owner names), then the
offer and a reminder, scheduled as follow-ups and reported like a win-back campaign.

Hijri occasions take their Gregorian day for the year from the Umm al-Qura calendar (hijridate).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Hijri

from retention_desktop.audiences import Audience
from retention_desktop.campaigns import (
    MAX_OFFER,
    CampaignError,
    Touch,
    check_first_day,
    check_name_and_offer,
    follow_up_kind,
    launch_campaign,
)
from retention_desktop.clock import shop_today
from retention_desktop.db import Database
from retention_desktop.hijri import to_hijri
from retention_desktop.i18n import translate
from retention_desktop.kinds import CampaignKind, Channel
from retention_desktop.text import clean_paragraph

MAX_DAYS_BEFORE = 60
MAX_REMINDER_AFTER = 30
MAX_WINDOW_AFTER = 365

# Occasions by key: (calendar, month, day); None for those whose day the owner gives.
RAMADAN, EID_AL_FITR, EID_AL_ADHA = "ramadan", "eid_al_fitr", "eid_al_adha"
NATIONAL_DAY, FOUNDING_DAY, BACK_TO_SCHOOL, OTHER = "national_day", "founding_day", "back_to_school", "other"
OCCASIONS: dict[str, tuple[str, int, int] | None] = {
    RAMADAN: ("hijri", 9, 1),
    EID_AL_FITR: ("hijri", 10, 1),
    EID_AL_ADHA: ("hijri", 12, 10),
    NATIONAL_DAY: ("gregorian", 9, 23),
    FOUNDING_DAY: ("gregorian", 2, 22),
    BACK_TO_SCHOOL: None,
    OTHER: None,
}


class OccasionError(CampaignError):
    """An occasion day that does not exist or cannot be found; the message is for the user."""


def occasion_name(key: str) -> str:
    """The occasion in the user's language (one home for these words)."""
    names = {
        RAMADAN: translate("Occasions", "Ramadan"),
        EID_AL_FITR: translate("Occasions", "Eid al-Fitr"),
        EID_AL_ADHA: translate("Occasions", "Eid al-Adha"),
        NATIONAL_DAY: translate("Occasions", "Saudi National Day"),
        FOUNDING_DAY: translate("Occasions", "Founding Day"),
        BACK_TO_SCHOOL: translate("Occasions", "Back to school"),
    }
    return names.get(key, translate("Occasions", "Another occasion"))


def gregorian_day(year: int, month: int, day: int) -> date:
    """The day, or OccasionError for one that does not exist (30 February)."""
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise OccasionError(
            translate("Occasions", "There is no such date: {day}/{month}/{year}.").format(day=day, month=month, year=year),
            field="occasion_on",
        ) from None


def hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Hijri date by Umm al-Qura, or OccasionError for a day that does not
    exist (30 in a month of 29 days) or that the calendar's tables do not reach."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError:
        raise OccasionError(
            translate("Occasions", "The Hijri year {year} is outside the Umm al-Qura calendar this program knows.").format(year=year),
            field="occasion_on",
        ) from None
    except ValueError:
        raise OccasionError(
            translate("Occasions", "There is no such Hijri date: {day}/{month}/{year}.").format(day=day, month=month, year=year),
            field="occasion_on",
        ) from None


def occasion_day(key: str, year: int) -> date:
    """The occasion's day in a Gregorian year (a Hijri occasion: its first day that falls in it)."""
    rule = OCCASIONS.get(key)
    if rule is None:
        raise OccasionError(translate("Occasions", "Choose the day of this occasion."), field="occasion_on")
    calendar, month, day = rule
    if calendar == "gregorian":
        return gregorian_day(year, month, day)
    start = to_hijri(gregorian_day(year, 1, 1))[0]
    for hijri_year in (start, start + 1):
        found = hijri_day(hijri_year, month, day)
        if found.year == year:
            return found
    raise OccasionError(translate("Occasions", "Choose the day of this occasion."), field="occasion_on")  # pragma: no cover


def next_occasion_day(key: str, today: date) -> date:
    """The occasion's next day, today or later."""
    for year in (today.year, today.year + 1):
        found = occasion_day(key, year)
        if found >= today:
            return found
    return occasion_day(key, today.year + 2)  # a Hijri occasion twice in a Gregorian year, both past


@dataclass(frozen=True)
class SequenceDraft:
    """An occasion sequence as the owner sets it up: a warm message every `every_days` days from
    `days_before` days before the occasion, the offer `offer_days_before` days before it (0: on the
    day), a reminder of the offer `reminder_after_days` later (None: none); a target "returned" when
    they bought from the first message to `window_after_days` after the occasion."""

    name: str
    occasion: str
    occasion_on: date
    audience: Audience
    warm_message: str
    offer: str
    channel: Channel = Channel.WHATSAPP
    days_before: int = 14
    every_days: int = 1
    offer_days_before: int = 0
    reminder_after_days: int | None = 2
    window_after_days: int = 14


def _check_numbers(draft: SequenceDraft) -> None:
    if not 1 <= draft.days_before <= MAX_DAYS_BEFORE:
        raise OccasionError(
            translate("Occasions", "The warm messages start 1 to %n days before the occasion.", None, MAX_DAYS_BEFORE),
            field="days_before",
        )
    if not 1 <= draft.every_days <= draft.days_before:
        raise OccasionError(
            translate("Occasions", "Send a warm message every 1 to %n days.", None, draft.days_before), field="every_days"
        )
    if not 0 <= draft.offer_days_before < draft.days_before:
        raise OccasionError(
            translate("Occasions", "The offer comes after the first warm message and at the latest on the occasion."),
            field="offer_days_before",
        )
    if draft.reminder_after_days is not None and not 1 <= draft.reminder_after_days <= MAX_REMINDER_AFTER:
        raise OccasionError(
            translate("Occasions", "The reminder comes 1 to %n days after the offer.", None, MAX_REMINDER_AFTER),
            field="reminder_after_days",
        )
    if not 0 <= draft.window_after_days <= MAX_WINDOW_AFTER:
        raise OccasionError(
            translate("Occasions", "Count purchases up to %n days after the occasion.", None, MAX_WINDOW_AFTER),
            field="window_after_days",
        )


def sequence_touches(draft: SequenceDraft, name: str, warm: str, offer: str) -> list[Touch]:
    """The warm messages, the offer and the reminder, in date order."""
    kind = follow_up_kind(draft.channel)
    offer_on = draft.occasion_on - timedelta(days=draft.offer_days_before)
    day = draft.occasion_on - timedelta(days=draft.days_before)
    warm_reason = translate("Occasions", "Warm message: {name}").format(name=name)
    touches = []
    while day < offer_on:
        touches.append(Touch(day, kind, warm_reason, warm))
        day += timedelta(days=draft.every_days)
    touches.append(Touch(offer_on, kind, name, offer))
    if draft.reminder_after_days is not None:
        reminder = translate("Occasions", "Reminder: {name}").format(name=name)
        touches.append(Touch(offer_on + timedelta(days=draft.reminder_after_days), kind, reminder, offer))
    return touches


def create_sequence(db: Database, draft: SequenceDraft, *, today: date | None = None) -> int:
    """Schedule an occasion sequence for its customers (one transaction); returns its campaign id.

    OccasionError or CampaignError, nothing saved: no name, warm message or offer, a first message
    that would be in the past, numbers out of range, nobody chosen."""
    today = today or shop_today(db)
    name, offer = check_name_and_offer(draft.name, draft.offer)
    warm = clean_paragraph(draft.warm_message)
    if not warm:
        raise OccasionError(translate("Occasions", "Write the warm message."), field="warm_message")
    if len(warm) > MAX_OFFER:
        raise OccasionError(
            translate("Campaigns", "The offer is longer than %n characters.", None, MAX_OFFER), field="warm_message"
        )
    problem = draft.audience.problem()
    if problem:
        raise CampaignError(problem, field="audience")
    _check_numbers(draft)
    touches = sequence_touches(draft, name, warm, offer)
    check_first_day(touches[0].due_on, today)
    values = {
        "kind": CampaignKind.OCCASION,
        "name": name,
        "offer": offer,
        "channel": draft.channel,
        "call_after_days": None,
        "starts_on": touches[0].due_on,
        "ends_on": draft.occasion_on + timedelta(days=draft.window_after_days),
        "occasion": draft.occasion if draft.occasion in OCCASIONS else OTHER,
        "occasion_on": draft.occasion_on,
        "warm_message": warm,
    }
    return launch_campaign(db, values, draft.audience, touches, today=today)


__all__ = [
    "OCCASIONS",
    "OccasionError",
    "SequenceDraft",
    "create_sequence",
    "gregorian_day",
    "hijri_day",
    "next_occasion_day",
    "occasion_day",
    "occasion_name",
    "sequence_touches",
]

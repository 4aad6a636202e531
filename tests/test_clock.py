"""The shop's clock: which day is "today" in the shop's time zone, and month arithmetic."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from retention_desktop.clock import add_months, local_date, shop_now, shop_today, shop_zone, start_of_day
from retention_desktop.db import Database
from retention_desktop.settings import TIME_ZONE, set_setting

UTC = timezone.utc


def test_the_default_zone_is_riyadh(db: Database) -> None:
    assert shop_zone(db) == ZoneInfo("Asia/Riyadh")


def test_riyadh_is_already_on_the_next_day_at_2130_utc(db: Database) -> None:
    assert shop_today(db, datetime(2026, 11, 23, 20, 59, tzinfo=UTC)) == date(2026, 11, 23)
    assert shop_today(db, datetime(2026, 11, 23, 21, 30, tzinfo=UTC)) == date(2026, 11, 24)


def test_new_york_is_still_on_the_previous_day_at_0300_utc(db: Database) -> None:
    set_setting(db, TIME_ZONE, "America/New_York")
    assert shop_today(db, datetime(2026, 11, 23, 3, 0, tzinfo=UTC)) == date(2026, 11, 22)
    assert shop_today(db, datetime(2026, 11, 23, 5, 0, tzinfo=UTC)) == date(2026, 11, 23)
    # In summer New York is four hours behind, not five.
    assert shop_today(db, datetime(2026, 7, 1, 3, 30, tzinfo=UTC)) == date(2026, 6, 30)
    assert shop_today(db, datetime(2026, 7, 1, 4, 0, tzinfo=UTC)) == date(2026, 7, 1)


def test_shop_now_is_on_the_shop_clock_and_needs_a_zone(db: Database) -> None:
    now = shop_now(db, datetime(2026, 11, 23, 21, 30, tzinfo=UTC))
    assert (now.hour, now.minute, now.date()) == (0, 30, date(2026, 11, 24))
    with pytest.raises(ValueError):
        shop_now(db, datetime(2026, 11, 23, 21, 30))


def test_start_of_day_and_local_date_agree() -> None:
    riyadh = ZoneInfo("Asia/Riyadh")
    start = start_of_day(date(2026, 11, 24), riyadh)
    assert start == datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
    assert local_date(start, riyadh) == date(2026, 11, 24)
    assert local_date(start - timedelta(microseconds=1), riyadh) == date(2026, 11, 23)
    # The day clocks go forward in New York starts at 05:00 UTC, the next one at 04:00 UTC.
    new_york = ZoneInfo("America/New_York")
    assert start_of_day(date(2026, 3, 8), new_york) == datetime(2026, 3, 8, 5, 0, tzinfo=UTC)
    assert start_of_day(date(2026, 3, 9), new_york) == datetime(2026, 3, 9, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 31), 13, date(2027, 2, 28)),
        (date(2026, 5, 10), 120, date(2036, 5, 10)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
    ],
)
def test_add_months_keeps_the_day_or_the_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected

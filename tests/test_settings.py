"""Shop settings: checked before they are saved, and a damaged stored value falls back to its default."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest
from sqlalchemy import func, select

from retention_desktop.clock import shop_today
from retention_desktop.db import Database
from retention_desktop.models import Setting
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    DEFAULT_COUNTRY,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    SHOP_NAME,
    TIME_ZONE,
    SettingError,
    SettingSpec,
    get_setting,
    set_setting,
)


def stored_settings(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Setting)) or 0)


def store_raw(db: Database, key: str, value: str) -> None:
    with db.writing() as session:
        session.merge(Setting(key=key, value=value))


def test_defaults_before_anything_is_saved(db: Database) -> None:
    assert get_setting(db, TIME_ZONE) == "Asia/Riyadh"
    assert get_setting(db, DEFAULT_COUNTRY) == "SA"
    assert get_setting(db, SHOP_NAME) == ""
    assert get_setting(db, SATISFACTION_CALL) is True
    assert get_setting(db, SATISFACTION_CALL_DAYS) == 3
    assert get_setting(db, RENEWAL_CALL) is True
    assert get_setting(db, RENEWAL_CALL_WEEKS) == 4
    assert get_setting(db, BIRTHDAY_GREETING) is True
    assert stored_settings(db) == 0


def test_good_values_are_saved_and_read_back(db: Database) -> None:
    set_setting(db, TIME_ZONE, "Africa/Cairo")
    set_setting(db, SHOP_NAME, "  صالون الورد  ")
    set_setting(db, SATISFACTION_CALL, False)
    set_setting(db, SATISFACTION_CALL_DAYS, 90)
    set_setting(db, RENEWAL_CALL_WEEKS, 1)
    assert get_setting(db, TIME_ZONE) == "Africa/Cairo"
    assert get_setting(db, SHOP_NAME) == "صالون الورد"
    assert get_setting(db, SATISFACTION_CALL) is False
    assert get_setting(db, SATISFACTION_CALL_DAYS) == 90
    assert get_setting(db, RENEWAL_CALL_WEEKS) == 1
    set_setting(db, SATISFACTION_CALL_DAYS, 1)  # saved again: replaced, not added
    assert get_setting(db, SATISFACTION_CALL_DAYS) == 1
    assert stored_settings(db) == 5


def test_the_time_zone_decides_which_day_is_today(db: Database) -> None:
    moment = datetime(2026, 11, 23, 22, 30, tzinfo=timezone.utc)
    assert shop_today(db, moment) == date(2026, 11, 24)
    set_setting(db, TIME_ZONE, "America/Los_Angeles")
    assert shop_today(db, moment) == date(2026, 11, 23)


BAD_VALUES: list[tuple[SettingSpec[Any], object]] = [
    (TIME_ZONE, "Mars/Olympus_Mons"),
    (TIME_ZONE, ""),
    (TIME_ZONE, "asia/riyadh"),
    (TIME_ZONE, 3),
    (TIME_ZONE, None),
    (SATISFACTION_CALL_DAYS, 0),
    (SATISFACTION_CALL_DAYS, 91),
    (SATISFACTION_CALL_DAYS, -3),
    (SATISFACTION_CALL_DAYS, "3"),
    (SATISFACTION_CALL_DAYS, 3.0),
    (SATISFACTION_CALL_DAYS, True),
    (RENEWAL_CALL_WEEKS, 0),
    (RENEWAL_CALL_WEEKS, 27),
    (SATISFACTION_CALL, 1),
    (RENEWAL_CALL, "yes"),
    (BIRTHDAY_GREETING, None),
    (SHOP_NAME, "x" * 121),
    (SHOP_NAME, 42),
    (DEFAULT_COUNTRY, "XX"),
]


@pytest.mark.parametrize(("spec", "value"), BAD_VALUES, ids=[f"{s.key}={v!r}"[:40] for s, v in BAD_VALUES])
def test_a_bad_value_is_refused_and_nothing_is_saved(db: Database, spec: SettingSpec[Any], value: object) -> None:
    with pytest.raises(SettingError):
        set_setting(db, spec, value)
    assert stored_settings(db) == 0
    assert get_setting(db, spec) == spec.default


def test_a_bad_value_keeps_the_one_saved_before(db: Database) -> None:
    set_setting(db, SATISFACTION_CALL_DAYS, 5)
    set_setting(db, TIME_ZONE, "Europe/London")
    with pytest.raises(SettingError):
        set_setting(db, SATISFACTION_CALL_DAYS, 500)
    with pytest.raises(SettingError):
        set_setting(db, TIME_ZONE, "Europe/Atlantis")
    assert get_setting(db, SATISFACTION_CALL_DAYS) == 5
    assert get_setting(db, TIME_ZONE) == "Europe/London"


@pytest.mark.parametrize(
    ("spec", "raw"),
    [
        (TIME_ZONE, '"Mars/Olympus_Mons"'),
        (TIME_ZONE, "not json at all"),
        (TIME_ZONE, "{}"),
        (SATISFACTION_CALL_DAYS, "500"),
        (SATISFACTION_CALL_DAYS, '"3"'),
        (SATISFACTION_CALL_DAYS, ""),
        (RENEWAL_CALL, '"yes"'),
        (SHOP_NAME, "[1, 2]"),
    ],
)
def test_a_damaged_stored_value_falls_back_to_the_default(db: Database, spec: SettingSpec[Any], raw: str) -> None:
    store_raw(db, spec.key, raw)
    assert get_setting(db, spec) == spec.default


def test_a_damaged_time_zone_still_gives_a_today(db: Database) -> None:
    store_raw(db, TIME_ZONE.key, '"Nowhere/Nothing"')
    moment = datetime(2026, 11, 23, 21, 30, tzinfo=timezone.utc)
    assert shop_today(db, moment) == date(2026, 11, 24)  # Riyadh, the default

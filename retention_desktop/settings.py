"""Shop-wide settings, each declared once with its type, default, description and check."""

from __future__ import annotations

import json
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from sqlalchemy import select

from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.models import Setting
from retention_desktop.phones import is_known_country

T = TypeVar("T")


class SettingError(ValueError):
    """A setting value that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    default: T
    description: str
    check: Callable[[object], T]


def _country(value: object) -> str:
    if not isinstance(value, str) or not is_known_country(value):
        raise SettingError(translate("Settings", "“{value}” is not a country code.").format(value=value))
    return value.upper()


@cache
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _time_zone(value: object) -> str:
    if not isinstance(value, str) or value not in known_time_zones():
        raise SettingError(translate("Settings", "“{value}” is not a time zone.").format(value=value))
    return value


def _whole_number(low: int, high: int) -> Callable[[object], int]:
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SettingError(
                translate("Settings", "Enter a whole number from {low} to {high}.").format(low=low, high=high)
            )
        return value

    return check


def _yes_no(value: object) -> bool:
    if not isinstance(value, bool):
        raise SettingError(translate("Settings", "Choose yes or no."))
    return value


def _text(limit: int) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or len(value.strip()) > limit:
            raise SettingError(translate("Settings", "Enter at most {n} characters.").format(n=limit))
        return value.strip()

    return check


DEFAULT_COUNTRY = SettingSpec(
    "default_country", "SA", "Country of phone numbers typed without a country code (ISO 3166 code).", _country
)
TIME_ZONE = SettingSpec("time_zone", "Asia/Riyadh", "The shop's time zone: it decides which day is today.", _time_zone)
SHOP_NAME = SettingSpec("shop_name", "", "The shop's name, as messages to customers sign it.", _text(120))
SATISFACTION_CALL = SettingSpec(
    "rule_satisfaction_call", True, "Schedule a satisfaction call after a customer's first purchase.", _yes_no
)
SATISFACTION_CALL_DAYS = SettingSpec(
    "rule_satisfaction_call_days", 3, "How many days after the first purchase to call.", _whole_number(1, 90)
)
RENEWAL_CALL = SettingSpec(
    "rule_renewal_call", True, "Schedule a call before a customer's renewal or contract end date.", _yes_no
)
RENEWAL_CALL_WEEKS = SettingSpec(
    "rule_renewal_call_weeks", 4, "How many weeks before the renewal date to call.", _whole_number(1, 26)
)
BIRTHDAY_GREETING = SettingSpec(
    "rule_birthday_greeting", True, "Schedule a greeting message on each customer's birthday.", _yes_no
)


def get_setting(db: Database, spec: SettingSpec[T]) -> T:
    with db.session() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == spec.key))
    if stored is None:
        return spec.default
    try:
        return spec.check(json.loads(stored))
    except (SettingError, ValueError):
        return spec.default  # a value written by hand or by another version: fall back, do not crash


def set_setting(db: Database, spec: SettingSpec[T], value: T) -> None:
    """Check and save a setting; raises SettingError (nothing saved) for a bad value."""
    clean = spec.check(value)
    with db.session() as session:
        session.merge(Setting(key=spec.key, value=json.dumps(clean)))

"""The shop's clock: "today" is the shop's local day, in the time zone of its settings."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from retention_desktop.db import Database
from retention_desktop.settings import TIME_ZONE, get_setting


def shop_zone(db: Database) -> ZoneInfo:
    return ZoneInfo(get_setting(db, TIME_ZONE))


def shop_now(db: Database, now: datetime | None = None) -> datetime:
    """The time now (or `now`, which must carry a zone) on the shop's clock."""
    moment = now or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        raise ValueError("now must carry a time zone")
    return moment.astimezone(shop_zone(db))


def shop_today(db: Database, now: datetime | None = None) -> date:
    return shop_now(db, now).date()


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    """The shop's calendar day of a stored (UTC) time stamp."""
    return moment.astimezone(zone).date()


def start_of_day(day: date, zone: ZoneInfo) -> datetime:
    """The first moment of a shop day, in UTC."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

"""Hijri dates by the Umm al-Qura calendar (hijridate), for invoices and letters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from hijridate import Gregorian, Hijri
from hijridate.ummalqura import GREGORIAN_RANGE

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate


class HijriRangeError(UserError):
    """A date the Umm al-Qura tables do not cover; the message is for the user."""


FIRST_DAY = date(*GREGORIAN_RANGE[0])
LAST_DAY = date(*GREGORIAN_RANGE[1])


def _hijri(day: date) -> Hijri:
    if isinstance(day, datetime):
        day = day.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise HijriRangeError(
            translate("Hijri", "The Hijri date can only be shown for days from {first} to {last}.").format(
                first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            )
        )
    return Gregorian.fromdate(day).to_hijri()


def to_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Umm al-Qura calendar."""
    year, month, hijri_day = _hijri(day).datetuple()
    return year, month, hijri_day


def format_hijri(day: date, language: str) -> str:
    """The Hijri date written out, with Western digits like the rest of the program.

    "13 جمادى الآخرة 1448 هـ" or "13 Jumada al-Akhirah 1448 AH". `language` is "ar" or "en"
    (a locale such as "ar_SA" works too); any other language gets English.
    """
    hijri = _hijri(day)
    lang: Literal["ar", "en"] = "ar" if language.replace("-", "_").split("_")[0].lower() == "ar" else "en"
    return f"{hijri.day} {hijri.month_name(lang)} {hijri.year} {hijri.notation(lang)}"

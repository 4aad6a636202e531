"""Hijri dates: known Umm al-Qura conversions, Arabic and English month names, the library's range."""

from __future__ import annotations

from datetime import date

import pytest

from retention_desktop.hijri import FIRST_DAY, LAST_DAY, HijriRangeError, format_hijri, to_hijri


@pytest.mark.parametrize(
    ("day", "hijri"),
    [
        (date(2026, 11, 23), (1448, 6, 13)),
        (date(2024, 3, 11), (1445, 9, 1)),  # 1 Ramadan 1445
        (date(2024, 4, 10), (1445, 10, 1)),  # Eid al-Fitr 1445
        (date(2023, 7, 19), (1445, 1, 1)),  # Hijri new year 1445
        (date(2025, 6, 26), (1447, 1, 1)),  # Hijri new year 1447
        (date(2000, 1, 1), (1420, 9, 24)),
    ],
)
def test_known_conversions(day: date, hijri: tuple[int, int, int]) -> None:
    assert to_hijri(day) == hijri


def test_format_in_arabic_with_western_digits() -> None:
    assert format_hijri(date(2026, 11, 23), "ar") == "13 جمادى الآخرة 1448 هـ"
    assert format_hijri(date(2024, 3, 11), "ar_SA") == "1 رمضان 1445 هـ"


def test_format_in_english() -> None:
    assert format_hijri(date(2026, 11, 23), "en") == "13 Jumada al-Akhirah 1448 AH"
    assert format_hijri(date(2024, 4, 10), "en_US") == "1 Shawwal 1445 AH"


def test_range_edges_are_accepted() -> None:
    assert to_hijri(FIRST_DAY)[0] == 1343
    assert to_hijri(LAST_DAY)[0] == 1500


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(2100, 1, 1)])
def test_dates_outside_the_tables_refused(day: date) -> None:
    with pytest.raises(HijriRangeError, match="from 1924-08-01 to 2077-11-16"):
        to_hijri(day)
    with pytest.raises(HijriRangeError):
        format_hijri(day, "ar")

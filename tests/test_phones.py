"""Phone numbers: every way a Saudi shop owner types a number ends up as one stored number."""

from __future__ import annotations

import pytest

from retention_desktop.models import PhoneKind
from retention_desktop.phones import (
    PhoneError,
    format_phone,
    is_known_country,
    known_countries,
    parse_phone,
    search_forms,
)

SAUDI_MOBILE = "+966551234567"


@pytest.mark.parametrize(
    "typed",
    [
        "0551234567",
        "055 123 4567",
        "055-123-4567",
        "(055) 123 4567",
        "+966551234567",
        "+966 55 123 4567",
        "00966551234567",
        "00966 55 123 4567",
        "٠٥٥١٢٣٤٥٦٧",
        "۰۵۵۱۲۳۴۵۶۷",
        "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧",
        "  0551234567  ",
    ],
)
def test_saudi_mobile_in_any_form_gives_the_same_e164(typed: str) -> None:
    assert parse_phone(typed, "SA") == (SAUDI_MOBILE, PhoneKind.MOBILE)


def test_default_country_is_case_insensitive() -> None:
    assert parse_phone("0551234567", "sa")[0] == SAUDI_MOBILE


def test_saudi_landline_is_recognized_as_landline() -> None:
    assert parse_phone("011 234 5678", "SA") == ("+966112345678", PhoneKind.LANDLINE)


@pytest.mark.parametrize("typed", ["123", "abc", "05512345678901234", "+966 55 123 45678", "", "   "])
def test_invalid_numbers_raise_with_a_message_quoting_the_input(typed: str) -> None:
    with pytest.raises(PhoneError) as caught:
        parse_phone(typed, "SA")
    message = str(caught.value)
    assert message
    assert f"“{typed.strip()}”" in message


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("+20 100 123 4567", "+201001234567"),
        ("0020 100 123 4567", "+201001234567"),
        ("+971 50 123 4567", "+971501234567"),
        ("00971501234567", "+971501234567"),
    ],
)
def test_foreign_numbers_with_country_code_work_with_default_sa(typed: str, e164: str) -> None:
    assert parse_phone(typed, "SA") == (e164, PhoneKind.MOBILE)


def test_local_egyptian_number_needs_egypt_as_default() -> None:
    assert parse_phone("01001234567", "EG") == ("+201001234567", PhoneKind.MOBILE)
    with pytest.raises(PhoneError):
        parse_phone("01001234567", "SA")


def test_format_is_national_for_the_shops_country_and_international_otherwise() -> None:
    assert format_phone(SAUDI_MOBILE, "SA") == "055 123 4567"
    assert format_phone(SAUDI_MOBILE, "sa") == "055 123 4567"
    assert format_phone(SAUDI_MOBILE, "EG") == "+966 55 123 4567"
    assert format_phone("+971501234567", "SA") == "+971 50 123 4567"
    assert format_phone("+201001234567", "EG").startswith("010")


def test_format_leaves_garbage_as_it_is() -> None:
    assert format_phone("not a number", "SA") == "not a number"


def test_search_forms_cover_country_code_and_leading_zero() -> None:
    forms = search_forms(SAUDI_MOBILE)
    assert forms[0] == "966551234567"
    assert "0551234567" in forms
    # Typing without the leading zero must also match: some form contains it.
    assert any("551234567" in f for f in forms)
    assert all(f.isdigit() for f in forms)


def test_search_forms_of_a_foreign_number() -> None:
    forms = search_forms("+971501234567")
    assert forms[0] == "971501234567"
    assert "0501234567" in forms


def test_known_countries() -> None:
    assert is_known_country("SA") and is_known_country("eg")
    assert not is_known_country("XX")
    countries = known_countries()
    assert countries == sorted(countries)
    assert {"SA", "EG", "AE"} <= set(countries)

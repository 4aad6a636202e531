"""Phone numbers: validated with the phonenumbers library, stored in E.164, shown the local way."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.kinds import PhoneKind
from retention_desktop.text import ascii_digits, clean_code, clean_line, has_control_characters


class PhoneError(UserError):
    """A phone number that cannot be used; the message is for the user."""


def is_known_country(country: str) -> bool:
    return country.upper() in phonenumbers.SUPPORTED_REGIONS


def known_countries() -> list[str]:
    """ISO 3166 codes of every country whose phone numbers can be checked."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


def parse_phone(raw: str, default_country: str) -> tuple[str, PhoneKind]:
    """Check a typed phone number and return it in E.164 with its kind (mobile or landline).

    Arabic-Indic and Persian digits are accepted; a number without a country code is read as
    a number of `default_country`. The bidi marks and embeddings a copied number often carries are
    ignored; a number with a control character in it (NUL, ESC…) is not a phone number.
    """
    if has_control_characters(raw):
        raise PhoneError(_not_a_number(raw))
    typed = ascii_digits(clean_code(raw))
    if typed.startswith("00"):
        typed = "+" + typed[2:]
    try:
        number = phonenumbers.parse(typed, default_country.upper())
    except NumberParseException as e:
        raise PhoneError(_not_a_number(raw)) from e
    # A valid number is one of a known type (phonenumbers' is_valid_number asks the same patterns
    # number_type does): asked once, not twice. An import of 100,000 rows parses 100,000 numbers.
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        raise PhoneError(
            translate("Phones", "“{phone}” is not a valid phone number. Check the digits and the country code.").format(
                phone=clean_line(raw)  # what the messages quote: never a control or a broken character
            )
        )
    if kind == PhoneNumberType.MOBILE:
        phone_kind = PhoneKind.MOBILE
    elif kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        phone_kind = PhoneKind.LANDLINE
    else:
        phone_kind = PhoneKind.OTHER
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    _remember_forms(e164, number)
    return e164, phone_kind


def _not_a_number(raw: str) -> str:
    return translate("Phones", "“{phone}” is not a phone number.").format(phone=clean_line(raw))


@lru_cache(maxsize=8192)
def format_phone(e164: str, default_country: str) -> str:
    """A stored number the way people write it: national for the shop's country, else international."""
    try:
        number = _stored_number(e164)
    except (NumberParseException, ValueError):
        return e164
    if phonenumbers.region_code_for_number(number) == default_country.upper():
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _stored_number(e164: str) -> PhoneNumber:
    """A stored (E.164) number as phonenumbers holds it, without parsing it again: its country code
    is the one of 1 to 3 digits the library knows, the rest its national number (a leading zero,
    as Italy's, kept as the library keeps it). A third of parse's time: exports format every number
    of the book."""
    digits = e164[1:] if e164.startswith("+") else ""
    for length in (1, 2, 3):
        code = digits[:length]
        if code.isdigit() and int(code) in COUNTRY_CODE_TO_REGION_CODE:
            rest = digits[length:]
            if not rest.isdigit():
                break
            zeros = len(rest) - len(rest.lstrip("0"))
            return PhoneNumber(
                country_code=int(code),
                national_number=int(rest),
                italian_leading_zero=True if zeros else None,
                number_of_leading_zeros=zeros if zeros > 1 else None,
            )
    return phonenumbers.parse(e164, None)


def search_forms(e164: str) -> list[str]:
    """The digit strings a person might type to find this number: with country code, national
    with its leading zero, and without it."""
    forms = _FORMS.get(e164)
    if forms is None:
        try:
            number = phonenumbers.parse(e164, None)
        except NumberParseException:
            return [e164.lstrip("+")]
        forms = _remember_forms(e164, number)
    return list(forms)


# The search forms of the numbers parsed lately (parse_phone's and search_forms'): a customer's
# numbers are checked, then go into two indexes, and parsing is most of the cost.
_FORMS: dict[str, tuple[str, ...]] = {}
_FORMS_KEPT = 32768


def _remember_forms(e164: str, parsed: PhoneNumber) -> tuple[str, ...]:
    # The number as its E.164 text holds it: no extension, no raw input (as parsing the text gives).
    number = PhoneNumber(
        country_code=parsed.country_code,
        national_number=parsed.national_number,
        italian_leading_zero=parsed.italian_leading_zero,
        number_of_leading_zeros=parsed.number_of_leading_zeros,
    )
    national = phonenumbers.national_significant_number(number)
    with_trunk = "".join(c for c in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if c.isdigit())
    forms = [e164.lstrip("+"), with_trunk]
    if national not in with_trunk:
        forms.append(national)
    if len(_FORMS) >= _FORMS_KEPT:
        _FORMS.clear()
    _FORMS[e164] = found = tuple(forms)
    return found

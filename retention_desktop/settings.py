"""Shop-wide settings, each declared once with its type, default, description and check."""

from __future__ import annotations

import json
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Connection, insert, select, update

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import join_list, translate
from retention_desktop.money import CURRENCIES
from retention_desktop.tables import settings as _settings
from retention_desktop.text import clean_code, clean_line, clean_paragraph

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class SettingError(UserError):
    """A setting value that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """A setting: `check` takes a value to save (or raises SettingError); `read`, when given, takes
    a stored one instead, for a setting that older versions checked more loosely."""

    key: str
    default: T
    description: str
    check: Callable[[object], T]
    read: Callable[[object], T] | None = None

    def stored(self, value: object) -> T:
        """A stored value as the program uses it; SettingError when it cannot be used."""
        return (self.read or self.check)(value)


def _quoted(value: object) -> str:
    """A refused value as a message quotes it: without controls or broken characters."""
    return clean_line(str(value))


def _country(value: object) -> str:
    from retention_desktop.phones import is_known_country  # phonenumbers, only when a country is checked

    if not isinstance(value, str) or not is_known_country(value):
        raise SettingError(translate("Settings", "“{value}” is not a country code.").format(value=_quoted(value)))
    return value.upper()


@cache
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _time_zone(value: object) -> str:
    if not isinstance(value, str) or value not in known_time_zones():
        raise SettingError(translate("Settings", "“{value}” is not a time zone.").format(value=_quoted(value)))
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


def _text(limit: int, clean: Callable[[str], str] = clean_line) -> Callable[[object], str]:
    """Text of at most `limit` characters, once cleaned (text.clean_line, or clean_paragraph for
    a text of several lines)."""

    def check(value: object) -> str:
        text = clean(value) if isinstance(value, str) else None
        if text is None or len(text) > limit:
            raise SettingError(translate("Settings", "Enter at most %n characters.", None, limit))
        return text

    return check


DEFAULT_COUNTRY = SettingSpec(
    "default_country", "SA", "Country of phone numbers typed without a country code (ISO 3166 code).", _country
)
TIME_ZONE = SettingSpec("time_zone", "Asia/Riyadh", "The shop's time zone: it decides which day is today.", _time_zone)
SHOP_NAME = SettingSpec(
    "shop_name", "", "The shop's name in Arabic, as messages and invoices to customers sign it.", _text(120)
)
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
LAPSE_ONE_OFF_DAYS = SettingSpec(
    "lapse_one_off_days",
    180,
    "How many days after their only purchase a one-off buyer counts as lapsed.",
    _whole_number(14, 1000),
)
BIRTHDAY_GREETING = SettingSpec(
    "rule_birthday_greeting", True, "Schedule a greeting message on each customer's birthday.", _yes_no
)


def _choice(options: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or value.strip().upper() not in options:
            raise SettingError(
                translate("Settings", "Choose one of: {options}.").format(options=join_list(options))
            )
        return value.strip().upper()

    return check


def _percentage(value: object) -> str:
    try:
        rate = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        rate = Decimal(-1)
    if not rate.is_finite() or not 0 <= rate <= 100 or rate != rate.quantize(Decimal("0.01")):
        raise SettingError(translate("Settings", "Enter a VAT rate from 0 to 100 %, with at most two decimals."))
    return str(rate.normalize() if rate == rate.to_integral() else rate)


MAX_PREFIX = 12
_PREFIX_SIGNS = frozenset("-_/.#")


def _prefix_error() -> SettingError:
    return SettingError(
        translate(
            "Settings", "Enter a prefix of at most 12 characters: letters, digits and - _ / . # only, without spaces."
        )
    )


def _prefix(value: object) -> str:
    """What document numbers start with: at most 12 letters (of any script), digits and - _ / . #,
    spaces around it taken off. Anything else, a control or a bidi mark among them, is refused:
    a number is printed, searched and typed back by people."""
    text = value.strip() if isinstance(value, str) else None
    if text is None or len(text) > MAX_PREFIX or not all(c.isalpha() or c.isdecimal() or c in _PREFIX_SIGNS for c in text):
        raise _prefix_error()
    return text


def _stored_prefix(value: object) -> str:
    """A prefix as stored, maybe by an older version, which took any 12 characters but spaces: it goes
    on numbering as before (the owner is told to change it when they next save the profile), with
    whatever a number must never hold (controls, bidi and invisible characters) taken out."""
    text = clean_code(value).replace(" ", "") if isinstance(value, str) else None
    if text is None or len(text) > MAX_PREFIX:
        raise _prefix_error()
    return text


# The business profile: what invoices print about the seller (see profile.py, which checks the
# fields together, the VAT number against the country for one).
SHOP_NAME_EN = SettingSpec("shop_name_en", "", "The shop's name in English, for English invoices.", _text(120))
SHOP_ADDRESS = SettingSpec("shop_address", "", "The shop's address as invoices print it.", _text(300))
SHOP_ADDRESS_EN = SettingSpec("shop_address_en", "", "The shop's address in English, for English invoices.", _text(300))
SHOP_PHONE = SettingSpec("shop_phone", "", "The shop's phone number, in E.164 form.", _text(20))
VAT_NUMBER = SettingSpec("vat_number", "", "The shop's VAT registration number; empty if not registered.", _text(20))
CURRENCY = SettingSpec("currency", "SAR", "The currency of prices and invoices (ISO 4217).", _choice(tuple(CURRENCIES)))
VAT_RATE = SettingSpec("vat_rate", "15", "The standard VAT rate, in percent.", _percentage)
PRICES_INCLUDE_VAT = SettingSpec(
    "prices_include_vat", False, "Prices are typed with VAT included (as on a shelf label).", _yes_no
)
INVOICE_TERMS = SettingSpec(
    "invoice_terms", "", "Terms printed at the foot of each invoice.", _text(1000, clean_paragraph)
)
INVOICE_TERMS_EN = SettingSpec(
    "invoice_terms_en", "", "The terms in English, for English invoices.", _text(1000, clean_paragraph)
)
SHOW_HIJRI_DATE = SettingSpec("show_hijri_date", False, "Print the Hijri date beside the Gregorian one.", _yes_no)
INVOICE_PREFIX = SettingSpec("invoice_prefix", "INV-", "What invoice numbers start with.", _prefix, _stored_prefix)
CREDIT_NOTE_PREFIX = SettingSpec(
    "credit_note_prefix", "CN-", "What credit note numbers start with.", _prefix, _stored_prefix
)
def _web_address(value: object) -> str:
    """A link people open (the shop on a map): http:// or https://, no spaces, at most 500
    characters; empty for none."""
    text = clean_code(value) if isinstance(value, str) else None
    if text is None or len(text) > 500 or (text and (not text.lower().startswith(("https://", "http://")) or " " in text)):
        raise SettingError(translate("Settings", "Enter a web address that starts with https://, or leave it empty."))
    return text


def _digits(value: object) -> str:
    if value not in DIGIT_SYSTEMS:
        raise SettingError(translate("Settings", "Choose Western or Arabic-Indic digits."))
    return str(value)


# The digits printed Arabic text uses: Western (0123) or Arabic-Indic (٠١٢٣), as Babel names them.
DIGIT_SYSTEMS = ("latn", "arab")
# What the new-customer kit prints about the shop, with the profile's name, address and phone.
SHOP_WHATSAPP = SettingSpec("shop_whatsapp", "", "The shop's WhatsApp number, in E.164 form; empty for none.", _text(20))
SHOP_MAP_LINK = SettingSpec(
    "shop_map_link", "", "A link to the shop on a map, printed as a QR code in the new-customer kit.", _web_address
)
OPENING_HOURS = SettingSpec(
    "opening_hours", "", "The shop's opening hours, as customers read them.", _text(300, clean_paragraph)
)
OPENING_HOURS_EN = SettingSpec(
    "opening_hours_en", "", "The opening hours in English, for English kits.", _text(300, clean_paragraph)
)
PRINT_DIGITS = SettingSpec(
    "print_digits", "latn", "The digits of printed Arabic text: Western (latn) or Arabic-Indic (arab).", _digits
)
LOGO_IMAGE = SettingSpec("logo_image", 0, "The stored image printed as the logo; 0 for none.", _whole_number(0, 2**62))


# --- data safety (see backups.py) ------------------------------------------------------------------


def _folder(value: object) -> str:
    """A folder as typed or chosen: empty (the default), or a whole path of at most 1000 characters
    without control characters. Whether it can be written is told when a backup is made (the
    folder may be on a USB drive that is out now)."""
    text = value.strip() if isinstance(value, str) else None
    if text is None or len(text) > 1000 or text != clean_line(text) or (text and not _whole_path(text)):
        raise SettingError(translate("Settings", "Choose a folder by its whole path, such as D:\\Backups."))
    return text


def _whole_path(text: str) -> bool:
    from pathlib import Path, PureWindowsPath

    return Path(text).expanduser().is_absolute() or PureWindowsPath(text).is_absolute()


BACKUP_FOLDER = SettingSpec(
    "backup_folder", "", "Where backups of the book are kept; empty for a \"backups\" folder beside the book.", _folder
)


def get_setting(db: Database, spec: SettingSpec[T]) -> T:
    with db.reading() as connection:
        return read_settings(connection, spec)[0]  # type: ignore[no-any-return]


def set_setting(db: Database, spec: SettingSpec[T], value: T) -> None:
    """Check and save a setting; raises SettingError (nothing saved) for a bad value."""
    clean = spec.check(value)
    with db.writing() as session:
        _store(session, spec.key, json.dumps(clean))


def read_settings(connection: Connection | Session, *specs: SettingSpec[Any]) -> list[Any]:
    """Several settings read in one query, inside a connection or session the caller already holds.
    A value written by hand or by another version that does not pass its check reads as the
    default: a setting never stops the program."""
    keys = [s.key for s in specs]
    stored = {key: value for key, value in connection.execute(select(_settings.c.key, _settings.c.value).where(_settings.c.key.in_(keys)))}
    values: list[Any] = []
    for spec in specs:
        raw = stored.get(spec.key)
        try:
            values.append(spec.default if raw is None else spec.stored(json.loads(raw)))
        except (SettingError, ValueError):
            values.append(spec.default)
    return values


def write_setting(connection: Connection | Session, spec: SettingSpec[T], value: T) -> None:
    """Check and save a setting inside the caller's transaction (one with other changes)."""
    _store(connection, spec.key, json.dumps(spec.check(value)))


def _store(connection: Connection | Session, key: str, value: str) -> None:
    if connection.execute(update(_settings).where(_settings.c.key == key).values(value=value)).rowcount == 0:  # type: ignore[attr-defined]
        connection.execute(insert(_settings).values(key=key, value=value))

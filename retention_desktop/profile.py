"""The business profile: who the seller is on every invoice (names, logo, address, VAT number, currency)."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.models import StoredImage
from retention_desktop.money import CURRENCIES
from retention_desktop.phones import PhoneError, parse_phone
from retention_desktop.settings import (
    CREDIT_NOTE_PREFIX,
    CURRENCY,
    DEFAULT_COUNTRY,
    INVOICE_PREFIX,
    INVOICE_TERMS,
    INVOICE_TERMS_EN,
    LOGO_IMAGE,
    OPENING_HOURS,
    OPENING_HOURS_EN,
    PRICES_INCLUDE_VAT,
    PRINT_DIGITS,
    SHOP_ADDRESS,
    SHOP_ADDRESS_EN,
    SHOP_MAP_LINK,
    SHOP_NAME,
    SHOP_NAME_EN,
    SHOP_PHONE,
    SHOP_WHATSAPP,
    SHOW_HIJRI_DATE,
    VAT_NUMBER,
    VAT_RATE,
    SettingError,
    SettingSpec,
    read_settings,
    write_setting,
)
from retention_desktop.text import ascii_digits, clean_code, clean_line, clean_paragraph, in_language
from retention_desktop.zatca import is_valid_saudi_vat_number

MAX_LOGO_BYTES = 1_000_000
LOGO_FORMATS = ("PNG", "JPEG")


class ProfileError(UserError):
    """A profile field that cannot be saved; the message is for the user, `field` names the field."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class BusinessProfile:
    """The seller as invoices print it. `country` is the shop's country (ISO 3166), which is also
    the country of phone numbers typed without a code; `vat_rate` is a percentage. The name, the
    address, the terms and the opening hours come in Arabic and English: a document prints its
    language's, or the other's when that one is empty."""

    name_ar: str = ""
    name_en: str = ""
    address: str = ""
    phone: str = ""  # E.164, or empty
    vat_number: str = ""
    country: str = "SA"
    currency: str = "SAR"
    vat_rate: Decimal = Decimal(15)
    prices_include_vat: bool = False
    terms: str = ""
    show_hijri_date: bool = False
    invoice_prefix: str = "INV-"
    credit_note_prefix: str = "CN-"
    logo_id: int = 0  # a StoredImage, 0 for none
    address_en: str = ""
    terms_en: str = ""
    # For the new-customer kit: how to reach the shop, and the digits of printed Arabic text.
    whatsapp: str = ""  # E.164, or empty
    map_link: str = ""  # https://…, or empty
    opening_hours: str = ""
    opening_hours_en: str = ""
    digits: str = "latn"  # or "arab" (Arabic-Indic)

    def name(self, language: str) -> str:
        """The name for an invoice in `language`: English falls back to the Arabic name, and back."""
        return in_language(language, self.name_ar, self.name_en)

    def address_in(self, language: str) -> str:
        return in_language(language, self.address, self.address_en)

    def terms_in(self, language: str) -> str:
        return in_language(language, self.terms, self.terms_en)

    def opening_hours_in(self, language: str) -> str:
        """The opening hours for a kit in `language`, falling back on the other language's."""
        return in_language(language, self.opening_hours, self.opening_hours_en)

    @property
    def is_complete(self) -> bool:
        """Enough to issue an invoice: a name to print as the seller."""
        return bool(self.name_ar or self.name_en)


_FIELDS: tuple[tuple[str, SettingSpec[Any]], ...] = (
    ("name_ar", SHOP_NAME),
    ("name_en", SHOP_NAME_EN),
    ("address", SHOP_ADDRESS),
    ("address_en", SHOP_ADDRESS_EN),
    ("phone", SHOP_PHONE),
    ("vat_number", VAT_NUMBER),
    ("country", DEFAULT_COUNTRY),
    ("currency", CURRENCY),
    ("vat_rate", VAT_RATE),
    ("prices_include_vat", PRICES_INCLUDE_VAT),
    ("terms", INVOICE_TERMS),
    ("terms_en", INVOICE_TERMS_EN),
    ("show_hijri_date", SHOW_HIJRI_DATE),
    ("invoice_prefix", INVOICE_PREFIX),
    ("credit_note_prefix", CREDIT_NOTE_PREFIX),
    ("logo_id", LOGO_IMAGE),
    ("whatsapp", SHOP_WHATSAPP),
    ("map_link", SHOP_MAP_LINK),
    ("opening_hours", OPENING_HOURS),
    ("opening_hours_en", OPENING_HOURS_EN),
    ("digits", PRINT_DIGITS),
)


def read_profile(session: Session) -> BusinessProfile:
    """The profile, read inside the caller's session."""
    values = dict(zip((name for name, _ in _FIELDS), read_settings(session, *(spec for _, spec in _FIELDS))))
    values["vat_rate"] = Decimal(str(values["vat_rate"]))
    return BusinessProfile(**values)


def get_profile(db: Database) -> BusinessProfile:
    with db.session() as session:
        return read_profile(session)


def clean_vat_number(number: str, country: str) -> str:
    """The VAT registration number in its stored form, or ProfileError if it is wrong for `country`.

    Saudi Arabia: 15 digits, first and last 3 (ZATCA). The UAE and Bahrain: a 15-digit TRN.
    Egypt: the 9-digit tax registration number (dashes allowed). Elsewhere 5 to 20 letters and digits.
    An empty number means the shop is not registered for VAT.
    """
    cleaned = re.sub(r"[\s\-]", "", ascii_digits(clean_code(number))).upper()
    if not cleaned:
        return ""
    country = country.upper()
    if country == "SA":
        if not is_valid_saudi_vat_number(cleaned):
            raise ProfileError(
                translate("Profile", "A Saudi VAT number has 15 digits and starts and ends with 3."), field="vat_number"
            )
    elif country in ("AE", "BH"):
        if not re.fullmatch(r"\d{15}", cleaned):
            raise ProfileError(translate("Profile", "A tax registration number here has 15 digits."), field="vat_number")
    elif country == "EG":
        if not re.fullmatch(r"\d{9}", cleaned):
            raise ProfileError(translate("Profile", "An Egyptian tax registration number has 9 digits."), field="vat_number")
    elif not re.fullmatch(r"[A-Z0-9]{5,20}", cleaned):
        raise ProfileError(
            translate("Profile", "A VAT number has 5 to 20 letters and digits."), field="vat_number"
        )
    return cleaned


def check_logo(data: bytes) -> None:
    """Raise ProfileError unless `data` is a PNG or JPEG image of at most 1 MB."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_BYTES:
        raise ProfileError(translate("Profile", "The logo is larger than 1 MB. Choose a smaller image."), field="logo")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        kind = None
    if kind not in LOGO_FORMATS:
        raise ProfileError(translate("Profile", "The logo must be a PNG or JPEG image."), field="logo")


def logo_bytes(db: Database, logo_id: int) -> bytes | None:
    if not logo_id:
        return None
    with db.session() as session:
        return session.scalar(select(StoredImage.data).where(StoredImage.id == logo_id))


@dataclass(frozen=True)
class ProfileChange:
    """A business profile as the owner typed it, with the logo to use from now on (or none)."""

    profile: BusinessProfile
    logo: bytes | None = None
    remove_logo: bool = False


def save_profile(db: Database, profile: BusinessProfile, *, logo: bytes | None = None, remove_logo: bool = False) -> BusinessProfile:
    """Check every field, then save them all in one transaction (or nothing, with ProfileError).
    Text is cleaned first (text.py): names and the address as one line each, the terms as a paragraph.

    `logo` is the image file's bytes to use from now on; `remove_logo` prints none. Invoices
    issued before keep the logo they were printed with.
    """
    values = _checked(ProfileChange(profile, logo, remove_logo))
    with db.writing() as session:
        return _write(session, values, logo, remove_logo)


def save_settings(
    db: Database, settings: Sequence[tuple[SettingSpec[Any], object]], *, change: ProfileChange | None = None
) -> BusinessProfile | None:
    """Save the shop's settings and, when it changed, the business profile, in one transaction:
    every value is checked first, and a bad one (SettingError, ProfileError) saves nothing.
    Returns the profile as saved, None when it was not part of the change."""
    checked = [(spec, spec.check(value)) for spec, value in settings]
    prepared = (change, _checked(change)) if change is not None else None
    with db.writing() as session:
        for spec, value in checked:
            write_setting(session, spec, value)
        if prepared is None:
            return None
        change, values = prepared
        return _write(session, values, change.logo, change.remove_logo)


def _checked(change: ProfileChange) -> dict[str, object]:
    """The profile's values to store, cleaned and checked as a whole; raises ProfileError."""
    profile, logo = change.profile, change.logo
    if profile.currency.strip().upper() not in CURRENCIES:
        raise ProfileError(
            translate("Profile", "Choose a currency from the list."), field="currency"
        )
    phone = ""
    if profile.phone.strip():
        try:
            phone, _kind = parse_phone(profile.phone, profile.country)
        except PhoneError as error:
            raise ProfileError(str(error), field="phone") from error
    whatsapp = ""
    if profile.whatsapp.strip():
        try:
            whatsapp, _kind = parse_phone(profile.whatsapp, profile.country)
        except PhoneError as error:
            raise ProfileError(str(error), field="whatsapp") from error
    clean = replace(
        profile,
        whatsapp=whatsapp,
        opening_hours=clean_paragraph(profile.opening_hours),
        opening_hours_en=clean_paragraph(profile.opening_hours_en),
        name_ar=clean_line(profile.name_ar),
        name_en=clean_line(profile.name_en),
        address=clean_line(profile.address),
        address_en=clean_line(profile.address_en),
        terms=clean_paragraph(profile.terms),
        terms_en=clean_paragraph(profile.terms_en),
        phone=phone,
        vat_number=clean_vat_number(profile.vat_number, profile.country),
        currency=profile.currency.strip().upper(),
    )
    if not clean.is_complete:
        raise ProfileError(translate("Profile", "Enter the shop's name, as invoices print it."), field="name_ar")
    if clean.country == "SA" and clean.vat_number and len((clean.name_ar or clean.name_en).encode()) > 255:
        # The QR code of a Saudi invoice holds the name in at most 255 bytes of UTF-8.
        raise ProfileError(
            translate("Profile", "The name is too long for the invoice's QR code. Shorten it."), field="name_ar"
        )
    if logo is not None:
        check_logo(logo)
    for name, spec in ((name, spec) for name, spec in _FIELDS if name in ("map_link", "opening_hours", "opening_hours_en", "digits")):
        try:
            clean = replace(clean, **{name: spec.check(getattr(clean, name))})
        except SettingError as error:
            raise ProfileError(str(error), field=name) from error
    values: dict[str, object] = dict(vars(clean))
    values["vat_rate"] = str(clean.vat_rate)
    return values


def _write(session: Session, values: dict[str, object], logo: bytes | None, remove_logo: bool) -> BusinessProfile:
    if logo is not None:
        digest = hashlib.sha256(logo).hexdigest()
        image_id = session.scalar(select(StoredImage.id).where(StoredImage.sha256 == digest))
        if image_id is None:
            image = StoredImage(sha256=digest, data=logo)
            session.add(image)
            session.flush()
            image_id = image.id
        values["logo_id"] = image_id
    elif remove_logo:
        values["logo_id"] = 0
    for name, spec in _FIELDS:
        try:
            write_setting(session, spec, values[name])
        except SettingError as error:
            raise ProfileError(str(error), field=name) from error
    return read_profile(session)


__all__ = [
    "BusinessProfile",
    "ProfileChange",
    "ProfileError",
    "check_logo",
    "clean_vat_number",
    "get_profile",
    "logo_bytes",
    "read_profile",
    "save_profile",
    "save_settings",
]

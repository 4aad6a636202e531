"""The Saudi simplified-tax-invoice QR payload (ZATCA phase 1): TLV fields, base64 encoded."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.money import round_money
from retention_desktop.text import ascii_digits

SELLER_NAME = 1
VAT_NUMBER = 2
TIME_STAMP = 3
TOTAL_WITH_VAT = 4
VAT_AMOUNT = 5

MAX_VALUE_BYTES = 255  # one length byte per field


class ZatcaError(UserError):
    """A QR payload that cannot be made or read; the message is for the user."""


def is_valid_saudi_vat_number(text: str) -> bool:
    """True for a Saudi VAT registration number: 15 digits that begin and end with 3."""
    digits = ascii_digits(text).strip()
    return len(digits) == 15 and digits.isascii() and digits.isdigit() and digits[0] == digits[-1] == "3"


def _too_long_message(tag: int, size: int) -> str:
    if tag == SELLER_NAME:
        text = translate("Zatca", "The seller name is too long for the QR code: {size} bytes, at most 255.")
    elif tag == VAT_NUMBER:
        text = translate("Zatca", "The VAT number is too long for the QR code: {size} bytes, at most 255.")
    elif tag == TIME_STAMP:
        text = translate("Zatca", "The invoice time is too long for the QR code: {size} bytes, at most 255.")
    elif tag == TOTAL_WITH_VAT:
        text = translate("Zatca", "The invoice total is too long for the QR code: {size} bytes, at most 255.")
    elif tag == VAT_AMOUNT:
        text = translate("Zatca", "The VAT amount is too long for the QR code: {size} bytes, at most 255.")
    else:
        text = translate("Zatca", "A QR code field is too long: {size} bytes, at most 255.")
    return text.format(size=size)


def encode_tlv(fields: Mapping[int, str]) -> bytes:
    """Tag, length in UTF-8 bytes, value: one byte each for tag and length, in the given order."""
    out = bytearray()
    for tag, value in fields.items():
        raw = value.encode("utf-8")
        if len(raw) > MAX_VALUE_BYTES:
            raise ZatcaError(_too_long_message(tag, len(raw)))
        out += bytes((tag, len(raw))) + raw
    return bytes(out)


def _amount(value: Decimal) -> str:
    if not value.is_finite():
        raise ZatcaError(translate("Zatca", "An amount in the QR code is not a number."))
    return f"{round_money(value, 2):f}"


def time_stamp(moment: datetime) -> str:
    """The ISO 8601 time stamp ZATCA expects, in UTC to the second: 2026-11-23T10:15:00Z."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ZatcaError(translate("Zatca", "The invoice time must carry a time zone."))
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def simplified_invoice_qr(
    *,
    seller_name: str,
    vat_number: str,
    issued_at: datetime,
    total_with_vat: Decimal,
    vat_amount: Decimal,
) -> str:
    """The base64 text to put in the QR code of a simplified tax invoice.

    Amounts are written with two decimals (rounded half up); the time is converted to UTC.
    """
    name = seller_name.strip()
    if not name:
        raise ZatcaError(translate("Zatca", "The QR code needs the seller name."))
    vat = ascii_digits(vat_number).strip()
    if not is_valid_saudi_vat_number(vat):
        message = translate("Zatca", "“{vat}” is not a Saudi VAT number: it has 15 digits and begins and ends with 3.")
        raise ZatcaError(message.format(vat=vat_number.strip()))
    payload = encode_tlv(
        {
            SELLER_NAME: name,
            VAT_NUMBER: vat,
            TIME_STAMP: time_stamp(issued_at),
            TOTAL_WITH_VAT: _amount(total_with_vat),
            VAT_AMOUNT: _amount(vat_amount),
        }
    )
    return base64.b64encode(payload).decode("ascii")


def decode_tlv(b64: str) -> dict[int, str]:
    """Read a base64 TLV payload back into {tag: value}; a malformed payload raises ZatcaError."""
    bad = ZatcaError(translate("Zatca", "This is not a valid QR code payload."))
    try:
        raw = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as e:
        raise bad from e
    fields: dict[int, str] = {}
    position = 0
    while position < len(raw):
        if position + 2 > len(raw):
            raise bad
        tag, length = raw[position], raw[position + 1]
        end = position + 2 + length
        if end > len(raw) or tag in fields:
            raise bad
        try:
            fields[tag] = raw[position + 2 : end].decode("utf-8")
        except UnicodeDecodeError as e:
            raise bad from e
        position = end
    return fields

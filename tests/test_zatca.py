"""ZATCA phase 1 QR payload: exact bytes, Arabic lengths in UTF-8 bytes, clear refusals."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from retention_desktop.zatca import (
    ZatcaError,
    decode_tlv,
    encode_tlv,
    is_valid_saudi_vat_number,
    simplified_invoice_qr,
)

# The sample published with ZATCA's phase 1 QR guidance.
ZATCA_SAMPLE = "AQxCb2JzIFJlY29yZHMCDzMxMDEyMjM5MzUwMDAwMwMUMjAyMi0wNC0yNVQxNTozMDowMFoEBzEwMDAuMDAFBjE1MC4wMA=="
RIYADH = timezone(timedelta(hours=3))


def test_public_sample_decodes_to_its_fields() -> None:
    assert decode_tlv(ZATCA_SAMPLE) == {
        1: "Bobs Records",
        2: "310122393500003",
        3: "2022-04-25T15:30:00Z",
        4: "1000.00",
        5: "150.00",
    }


def test_public_sample_is_reproduced_byte_for_byte() -> None:
    qr = simplified_invoice_qr(
        seller_name="Bobs Records",
        vat_number="310122393500003",
        issued_at=datetime(2022, 4, 25, 15, 30, tzinfo=UTC),
        total_with_vat=Decimal("1000"),
        vat_amount=Decimal("150"),
    )
    assert qr == ZATCA_SAMPLE


def test_hand_computed_bytes() -> None:
    raw = encode_tlv({1: "Bobs Records", 4: "1000.00"})
    assert raw == b"\x01\x0cBobs Records\x04\x071000.00"


def test_round_trip_with_arabic_name_and_local_time() -> None:
    qr = simplified_invoice_qr(
        seller_name="  صالون الأناقة  ",
        vat_number="٣٠٠٠٧٥٥٨٨٧٠٠٠٠٣",
        issued_at=datetime(2026, 11, 23, 13, 15, tzinfo=RIYADH),
        total_with_vat=Decimal("1150"),
        vat_amount=Decimal("150.004"),
    )
    assert decode_tlv(qr) == {
        1: "صالون الأناقة",
        2: "300075588700003",
        3: "2026-11-23T10:15:00Z",
        4: "1150.00",
        5: "150.00",
    }


def test_amounts_round_half_up_to_two_decimals() -> None:
    qr = simplified_invoice_qr(
        seller_name="Shop",
        vat_number="310122393500003",
        issued_at=datetime(2026, 1, 1, tzinfo=UTC),
        total_with_vat=Decimal("10.005"),
        vat_amount=Decimal("1.3049"),
    )
    fields = decode_tlv(qr)
    assert (fields[4], fields[5]) == ("10.01", "1.30")


def test_arabic_name_over_127_bytes_has_one_length_byte() -> None:
    name = "م" * 70  # 70 Arabic letters, two UTF-8 bytes each
    assert len(name.encode("utf-8")) == 140
    qr = simplified_invoice_qr(
        seller_name=name,
        vat_number="310122393500003",
        issued_at=datetime(2026, 11, 23, 10, 15, tzinfo=UTC),
        total_with_vat=Decimal("115.00"),
        vat_amount=Decimal("15.00"),
    )
    raw = base64.b64decode(qr)
    assert raw[0] == 1
    assert raw[1] == 140  # one byte, above 127: not a character count, not a multi-byte length
    assert raw[2 : 2 + 140].decode("utf-8") == name
    assert raw[2 + 140] == 2  # the next tag follows straight after
    assert decode_tlv(qr)[1] == name


def test_255_bytes_is_the_limit() -> None:
    fits = "a" + "م" * 127  # 1 + 254 = 255 bytes
    raw = encode_tlv({1: fits})
    assert raw[1] == 255
    with pytest.raises(ZatcaError, match="seller name is too long.*256 bytes"):
        encode_tlv({1: fits + "a"})


def test_long_seller_name_refused_with_a_clear_message() -> None:
    with pytest.raises(ZatcaError) as caught:
        simplified_invoice_qr(
            seller_name="م" * 128,  # 256 bytes though only 128 characters
            vat_number="310122393500003",
            issued_at=datetime(2026, 11, 23, tzinfo=UTC),
            total_with_vat=Decimal("1"),
            vat_amount=Decimal("0"),
        )
    assert str(caught.value) == "The seller name is too long for the QR code: 256 bytes, at most 255."


def test_naive_time_refused() -> None:
    with pytest.raises(ZatcaError, match="time zone"):
        simplified_invoice_qr(
            seller_name="Shop",
            vat_number="310122393500003",
            issued_at=datetime(2026, 11, 23, 10, 15),
            total_with_vat=Decimal("1"),
            vat_amount=Decimal("0"),
        )


@pytest.mark.parametrize("vat", ["", "31012239350000", "3101223935000033", "210122393500003", "310122393500002"])
def test_bad_vat_number_refused(vat: str) -> None:
    with pytest.raises(ZatcaError, match="Saudi VAT number"):
        simplified_invoice_qr(
            seller_name="Shop",
            vat_number=vat,
            issued_at=datetime(2026, 11, 23, tzinfo=UTC),
            total_with_vat=Decimal("1"),
            vat_amount=Decimal("0"),
        )


def test_empty_seller_name_refused() -> None:
    with pytest.raises(ZatcaError, match="seller name"):
        simplified_invoice_qr(
            seller_name="  ",
            vat_number="310122393500003",
            issued_at=datetime(2026, 11, 23, tzinfo=UTC),
            total_with_vat=Decimal("1"),
            vat_amount=Decimal("0"),
        )


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("310122393500003", True),
        ("٣١٠١٢٢٣٩٣٥٠٠٠٠٣", True),
        (" 310122393500003 ", True),
        ("31012239350000", False),
        ("3101223935000031", False),
        ("110122393500003", False),
        ("310122393500001", False),
        ("3101223935OOOO3", False),
        ("", False),
    ],
)
def test_saudi_vat_number(text: str, valid: bool) -> None:
    assert is_valid_saudi_vat_number(text) is valid


@pytest.mark.parametrize("payload", ["not base64!", base64.b64encode(b"\x01\x05abc").decode(), "AQ=="])
def test_malformed_payload_refused(payload: str) -> None:
    with pytest.raises(ZatcaError):
        decode_tlv(payload)

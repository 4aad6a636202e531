"""The business profile: checked as a whole, saved all or nothing, logos kept for reprints."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal as D

import pytest
from PIL import Image

from retention_desktop.db import Database
from retention_desktop.profile import BusinessProfile, ProfileError, get_profile, logo_bytes, save_profile


def png(colour: str = "red", size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def test_new_book_has_an_empty_saudi_profile(db: Database) -> None:
    profile = get_profile(db)
    assert profile == BusinessProfile()
    assert not profile.is_complete and profile.currency == "SAR" and profile.vat_rate == D(15)


def test_profile_is_saved_cleaned_and_read_back(db: Database) -> None:
    saved = save_profile(
        db,
        BusinessProfile(
            name_ar=" مؤسسة النور ",
            name_en="Al Noor",
            phone="٠١١٢٣٤٥٦٧٨",
            vat_number="٣١٠١٢٢٣٩٣٥٠٠٠٠٣",
            currency="sar",
            vat_rate=D("7.5"),
            prices_include_vat=True,
            terms="الدفع خلال ٣٠ يوماً",
            show_hijri_date=True,
            invoice_prefix="F-",
        ),
    )
    assert saved == get_profile(db)
    assert (saved.name_ar, saved.phone, saved.vat_number, saved.currency) == (
        "مؤسسة النور",
        "+966112345678",
        "310122393500003",
        "SAR",
    )
    assert saved.vat_rate == D("7.5") and saved.prices_include_vat and saved.show_hijri_date
    assert saved.name("en") == "Al Noor" and saved.name("ar") == "مؤسسة النور"


def test_opening_hours_are_kept_in_both_languages_each_falling_back_on_the_other(db: Database) -> None:
    saved = save_profile(
        db,
        BusinessProfile(
            name_ar="مؤسسة النور",
            opening_hours=" السبت إلى الخميس: 10:00 – 23:00\r\nالجمعة: 16:00 – 23:00 ",
            opening_hours_en="  Saturday to Thursday: 10:00 – 23:00\r\nFriday: 16:00 – 23:00\n\n",
        ),
    )
    assert saved == get_profile(db)
    assert saved.opening_hours_in("ar") == "السبت إلى الخميس: 10:00 – 23:00\nالجمعة: 16:00 – 23:00"
    assert saved.opening_hours_in("en") == "Saturday to Thursday: 10:00 – 23:00\nFriday: 16:00 – 23:00"
    # Either language falls back on the other when its own is empty.
    english_only = save_profile(db, replace(saved, opening_hours=""))
    assert english_only.opening_hours_in("ar") == english_only.opening_hours_in("en") == saved.opening_hours_en
    arabic_only = save_profile(db, replace(saved, opening_hours_en=""))
    assert arabic_only.opening_hours_in("en") == arabic_only.opening_hours_in("ar") == saved.opening_hours
    assert get_profile(db) == arabic_only


def test_english_opening_hours_too_long_are_refused_under_their_field(db: Database) -> None:
    shop = save_profile(db, BusinessProfile(name_ar="دكان", opening_hours_en="Daily: 9:00 – 21:00"))
    with pytest.raises(ProfileError) as refused:
        save_profile(db, replace(shop, opening_hours_en="x" * 301))
    assert refused.value.field == "opening_hours_en" and str(refused.value)
    assert get_profile(db) == shop


@pytest.mark.parametrize(
    ("country", "number", "ok"),
    [
        ("SA", "310122393500003", True),
        ("SA", "310122393500004", False),  # must end with 3
        ("SA", "31012239350000", False),  # 14 digits
        ("AE", "100123456700003", True),
        ("AE", "10012345670000", False),
        ("EG", "123-456-789", True),
        ("EG", "12345678", False),
        ("KW", "ABC12345", True),
        ("KW", "A-1", False),
        ("SA", "", True),  # not registered for VAT
    ],
)
def test_vat_number_is_checked_for_the_country(db: Database, country: str, number: str, ok: bool) -> None:
    profile = BusinessProfile(name_ar="دكان", country=country, vat_number=number)
    if ok:
        save_profile(db, profile)
    else:
        with pytest.raises(ProfileError) as refused:
            save_profile(db, profile)
        assert refused.value.field == "vat_number" and str(refused.value)
        assert get_profile(db) == BusinessProfile()


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        (BusinessProfile(), "name_ar"),
        (BusinessProfile(name_ar="دكان", currency="XYZ"), "currency"),
        (BusinessProfile(name_ar="دكان", phone="12"), "phone"),
        (BusinessProfile(name_ar="دكان", vat_rate=D(101)), "vat_rate"),
        (BusinessProfile(name_ar="دكان", vat_rate=D("-1")), "vat_rate"),
        (BusinessProfile(name_ar="دكان", invoice_prefix="IN V"), "invoice_prefix"),
        (BusinessProfile(name_ar="ش" * 121), "name_ar"),
    ],
)
def test_bad_profiles_save_nothing(db: Database, profile: BusinessProfile, field: str) -> None:
    with pytest.raises(ProfileError) as refused:
        save_profile(db, profile)
    assert refused.value.field == field and str(refused.value)
    assert get_profile(db) == BusinessProfile()


def test_saudi_name_must_fit_the_qr_code(db: Database) -> None:
    name = "ﷺ" * 90  # 90 characters, 270 bytes of UTF-8
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar=name, vat_number="310122393500003"))
    assert refused.value.field == "name_ar"
    save_profile(db, BusinessProfile(name_ar=name))  # without a VAT number there is no QR code


def test_logo_is_stored_once_and_can_be_removed(db: Database) -> None:
    image = png()
    first = save_profile(db, BusinessProfile(name_ar="دكان"), logo=image)
    again = save_profile(db, first, logo=image)
    assert first.logo_id == again.logo_id != 0
    assert logo_bytes(db, first.logo_id) == image
    removed = save_profile(db, again, remove_logo=True)
    assert removed.logo_id == 0
    assert logo_bytes(db, first.logo_id) == image  # old invoices still print it


@pytest.mark.parametrize("data", [b"not an image", b"%PDF-1.4 pretending", png()[:40]])
def test_a_file_that_is_not_an_image_is_refused(db: Database, data: bytes) -> None:
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar="دكان"), logo=data)
    assert refused.value.field == "logo"
    assert get_profile(db) == BusinessProfile()


def test_logo_over_a_megabyte_is_refused(db: Database) -> None:
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar="دكان"), logo=png() + b"\0" * 1_000_001)
    assert "1 MB" in str(refused.value)


def test_the_settings_dialog_saves_settings_and_profile_in_one_transaction(db: Database) -> None:
    """A profile that is refused takes the other settings with it: nothing is saved half."""
    from retention_desktop.profile import ProfileChange, save_settings
    from retention_desktop.settings import SHOP_NAME, TIME_ZONE, SettingError, get_setting

    bad = ProfileChange(BusinessProfile(name_ar="دكان", vat_number="123"))  # not a Saudi VAT number
    with pytest.raises(ProfileError):
        save_settings(db, [(TIME_ZONE, "Asia/Dubai"), (SHOP_NAME, "دكان")], change=bad)
    assert get_setting(db, TIME_ZONE) == "Asia/Riyadh" and get_setting(db, SHOP_NAME) == ""
    with pytest.raises(SettingError):
        save_settings(db, [(TIME_ZONE, "Mars/Olympus")], change=ProfileChange(BusinessProfile(name_ar="دكان")))
    assert not get_profile(db).is_complete

    saved = save_settings(db, [(TIME_ZONE, "Asia/Dubai")], change=ProfileChange(BusinessProfile(name_ar="دكان"), logo=png()))
    assert saved is not None and saved.name_ar == "دكان" and logo_bytes(db, saved.logo_id) == png()
    assert get_setting(db, TIME_ZONE) == "Asia/Dubai"
    assert save_settings(db, [(TIME_ZONE, "Asia/Riyadh")]) is None

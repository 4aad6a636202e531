"""Phone contacts as Android and iPhone export them (.vcf), imported as customers."""

from __future__ import annotations

import quopri
from datetime import date
from pathlib import Path

from retention_desktop.customers import customer_details, search_customers
from retention_desktop.db import Database
from retention_desktop.import_files import FileKind, read_file
from retention_desktop.importing import (
    Duplicates,
    guess_mapping,
    import_customers,
    preview_import,
    problem_line,
)
from retention_desktop.kinds import CustomerKind, Gender
from retention_desktop.vcard import read_contacts


def quoted_printable(text: str, width: int = 40) -> list[str]:
    """`text` as Android writes it in vCard 2.1: UTF-8 bytes, quoted-printable, cut into lines
    that end with "=" (soft line breaks), the next line starting with no space."""
    encoded = "".join(f"={b:02X}" for b in text.encode("utf-8"))
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    return [line + "=" for line in lines[:-1]] + [lines[-1]]


def android_21(name: str, family: str, given: str) -> str:
    fn = quoted_printable(name)
    n = quoted_printable(f"{family};{given};;;")
    return "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + n[0],
            *n[1:],
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + fn[0],
            *fn[1:],
            "TEL;CELL:055 123 4567",
            "TEL;HOME:011 234 5678",
            "TEL;CELL;PREF:+966 50 111 2222",
            "EMAIL;HOME:ahmed@example.com",
            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + "".join(quoted_printable("يحب القهوة", 10_000)),
            "BDAY:1990-05-21",
            "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQE",
            " BQQEBAQFBQUFBQUFBQUGBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
            "",
            "END:VCARD",
        ]
    )


IPHONE_30 = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
        "N:الزهراء;فاطمة;;;",
        "FN:فاطمة الزهراء",
        "ORG:مؤسسة الورد;المبيعات",
        "item1.TEL;type=CELL;type=VOICE;type=pref:+966 56 111 2222",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "EMAIL;type=INTERNET;type=HOME;type=pref:fatima@example.com",
        "item2.ADR;type=HOME;type=pref:;;شارع التحلية\\, مبنى 4;جدة;;21411;السعودية",
        "NOTE:تحب الورد الأبيض\\nوتفضل التواصل مساءً\\; شكرًا",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15",
        "CATEGORIES:VIP,زبائن الجملة",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:;;;;",
        "FN:",
        "ORG:شركة الأفق للتجارة;",
        "TEL;type=WORK:011 465 0000",
        "NOTE:a long note that an iPhone folds over two li",
        " nes with a leading space",
        "END:VCARD",
    ]
)

VCARD_40 = "\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Sara Ali",
        "N:Ali;Sara;;;",
        "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+966-50-333-4444",
        "GENDER:F",
        "BDAY:19791201",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Broken Phone",
        "TEL:05S1234567",
        "END:VCARD",
    ]
)


def test_android_21_quoted_printable_with_soft_line_breaks() -> None:
    (contact,) = read_contacts(android_21("أحمد بن سعيد العتيبي", "العتيبي", "أحمد"))
    assert contact.name == "أحمد بن سعيد العتيبي"
    assert contact.phones == ["055 123 4567", "011 234 5678", "+966 50 111 2222"]
    assert contact.emails == ["ahmed@example.com"] and contact.notes == ["يحب القهوة"]
    assert contact.birthday == date(1990, 5, 21)


def test_the_structured_name_when_there_is_no_fn() -> None:
    text = android_21("x", "العتيبي", "أحمد").replace("\r\nFN;", "\r\nX-FN;")
    (contact,) = read_contacts(text)
    assert contact.name == "أحمد العتيبي"


def test_iphone_30_escapes_folding_org_address_categories() -> None:
    fatima, business = read_contacts(IPHONE_30)
    assert fatima.name == "فاطمة الزهراء" and fatima.company == "مؤسسة الورد - المبيعات"
    assert fatima.phones == ["+966 56 111 2222"]
    assert fatima.address == "شارع التحلية, مبنى 4, 21411, السعودية" and fatima.area == "جدة"
    assert fatima.notes == ["تحب الورد الأبيض\nوتفضل التواصل مساءً; شكرًا"]
    assert fatima.birthday is None  # the year was left out: no date the book can keep
    assert fatima.tags == ["VIP", "زبائن الجملة"]
    assert business.name == "" and business.company == "شركة الأفق للتجارة"
    assert business.notes == ["a long note that an iPhone folds over two lines with a leading space"]


def test_vcard_40_uri_phones_and_gender() -> None:
    sara, _broken = read_contacts(VCARD_40)
    assert sara.phones == ["+966-50-333-4444"] and sara.gender == "F" and sara.birthday == date(1979, 12, 1)


def test_a_contacts_file_imports_as_customers(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(android_21("أحمد بن سعيد", "بن سعيد", "أحمد") + "\r\n" + IPHONE_30 + "\r\n" + VCARD_40, encoding="utf-8")
    source = read_file(path)
    assert source.kind is FileKind.CONTACTS
    preview = preview_import(db, source, guess_mapping(source))
    assert preview.new == 4
    (broken,) = preview.rejected
    assert problem_line(broken, source.kind) == "Contact 5 (Broken Phone): “05S1234567” has letters in it: it is not a phone number."
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    ahmed = customer_details(db, search_customers(db, "أحمد")[0])
    assert [p.number for p in ahmed.phones] == ["+966551234567", "+966112345678", "+966501112222"]
    assert ahmed.birthday == date(1990, 5, 21) and ahmed.notes == "يحب القهوة"
    fatima = customer_details(db, search_customers(db, "فاطمة")[0])
    assert "مؤسسة الورد" in fatima.notes and fatima.area == "جدة" and set(fatima.tags) == {"VIP", "زبائن الجملة"}
    business = customer_details(db, search_customers(db, "الأفق")[0])
    assert business.kind is CustomerKind.BUSINESS and business.full_name == "شركة الأفق للتجارة"
    sara = customer_details(db, search_customers(db, "Sara")[0])
    assert sara.gender is Gender.FEMALE and sara.phones[0].number == "+966503334444"


def test_the_encoder_used_here_is_quoted_printable() -> None:
    assert quopri.decodestring("".join(line.rstrip("=") for line in quoted_printable("مرحبا"))).decode() == "مرحبا"

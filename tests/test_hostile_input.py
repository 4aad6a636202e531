"""Hostile text and absurd amounts at the core's boundary: refused or cleaned, never a traceback."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from retention_desktop.clock import shop_today
from retention_desktop.customers import (
    CustomerDraft,
    LikelyDuplicate,
    ValidationError,
    add_customer,
    customer_details,
    search_customers,
    update_customer,
)
from retention_desktop.db import Database, open_database
from retention_desktop.search import customer_rows
from retention_desktop.errors import UserError
from retention_desktop.followups import FollowUpError, follow_ups_due, mark_done, schedule_follow_up
from retention_desktop.i18n import set_translator
from retention_desktop.interactions import InteractionError, customer_timeline, log_interaction
from retention_desktop.models import (
    CatalogueItem,
    InteractionKind,
    Invoice,
    Outcome,
    Payment,
    PaymentMethod,
    Setting,
)
from retention_desktop.money import MoneyError, parse_amount
from retention_desktop.pdf.invoice import render_invoice
from retention_desktop.profile import BusinessProfile, ProfileError, get_profile, save_profile
from retention_desktop.printable import printable_invoice
from retention_desktop.catalogue import add_catalogue_item, catalogue_items, CatalogueDraft
from retention_desktop.documents import document_details, list_documents
from retention_desktop.sales import (
    InvoiceDraft,
    LineDraft,
    issue_credit_note,
    issue_invoice,
    preview_totals,
    record_payment,
)
from retention_desktop.sales_errors import SalesError
from retention_desktop.search_index import search_text
from retention_desktop.settings import (
    DEFAULT_COUNTRY,
    INVOICE_PREFIX,
    INVOICE_TERMS,
    SHOP_NAME,
    TIME_ZONE,
    SettingError,
    get_setting,
    set_setting,
)
from retention_desktop.templates import TemplateError, add_template, list_templates, render, whatsapp_url

NOON = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parent.parent
# What no stored text and no message may hold: C0 controls but tab and line feed, DEL, C1 controls,
# bidi embeddings, overrides and isolates, the byte order mark and surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
# Only invisible things: zero-width space, joiners, bidi marks, controls, a BOM.
ONLY_MARKS = "\u200b\u200c\u200d\u200e\u200f\u061c\u202e\u2066\u2069\ufeff \x00"


def readable(error: BaseException) -> str:
    """The message as the user reads it: it must encode (no lone surrogate) and hold no control."""
    message = str(error)
    message.encode("utf-8")
    assert not FORBIDDEN.search(message), ascii(message)
    assert message
    return message


@pytest.fixture
def marked() -> Iterator[None]:
    """A translator that marks every message, to see that a message went through translate()."""
    set_translator(lambda context, source, n: f"⟦{source}⟧")
    yield
    set_translator(None)


@pytest.fixture
def shop(db: Database) -> Database:
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003"))
    return db


@pytest.fixture
def customer(shop: Database) -> int:
    return add_customer(shop, CustomerDraft("أحمد العتيبي", phones=("0551234567",)))


def invoice(db: Database, customer: int, price: str = "100") -> int:
    return issue_invoice(db, InvoiceDraft(customer, [LineDraft("خدمة", D(1), D(price))]), at=NOON).id


# --- one-line and multi-line fields of a customer -----------------------------------------------

# (typed, kept): each kind of hostile text in a one-line field and what is saved of it.
LINES = [
    ("أحمد\x00 علي", "أحمد علي"),  # NUL
    ("\x1b[2Jأحمد علي", "أحمد علي"),  # ANSI: clear the screen
    ("أحمد علي\x1b]0;pwned\x07", "أحمد علي"),  # ANSI: set the terminal's title
    ("\u202eأحمد علي", "أحمد علي"),  # right-to-left override
    ("\u2066أحمد\u2069 \u202bعلي\u202c", "أحمد علي"),  # isolates and an embedding
    ("أحمد\x85\x9b علي\x7f", "أحمد علي"),  # C1 controls and DEL
    ("\ufeffأحمد علي", "أحمد علي"),  # byte order mark
    ("أحمد\ud800 علي", "أحمد علي"),  # lone surrogate
    ("\u200fأحمد علي\u200e", "أحمد علي"),  # bidi marks a paste brings, at the ends
    ("أحمد\t\n  علي", "أحمد علي"),  # tab and line break in a one-line field
]


@pytest.mark.parametrize(("typed", "kept"), LINES)
def test_one_line_customer_fields_are_cleaned(db: Database, typed: str, kept: str) -> None:
    customer = add_customer(db, CustomerDraft(typed, address=typed, area=typed, tags=(typed,)))
    details = customer_details(db, customer)
    assert (details.full_name, details.address, details.area, details.tags) == (kept, kept, kept, (kept,))


@pytest.mark.parametrize(
    "typed", ["\u202eali\x00@example.com\u200f", "ali\u200b@exa\u200emple.com", " ali@example.com\x1b[2J", "ali@\ufeffexample.com"]
)
def test_an_email_loses_what_cannot_be_part_of_it(db: Database, typed: str) -> None:
    customer = add_customer(db, CustomerDraft("علي", email=typed))
    assert customer_details(db, customer).email == "ali@example.com"


def test_notes_keep_line_breaks_and_tabs_but_lose_controls(db: Database) -> None:
    notes = "\u202eيفضّل الاتصال مساءً\r\n\tلا يحب الرسائل\x1b[2J\x00\ud800\rآخر سطر\u2069"
    customer = add_customer(db, CustomerDraft("فهد", notes=notes))
    assert customer_details(db, customer).notes == "يفضّل الاتصال مساءً\n\tلا يحب الرسائل\nآخر سطر"


def test_joiners_that_arabic_and_persian_need_are_kept(db: Database) -> None:
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word
    customer = add_customer(db, CustomerDraft(persian, notes=f"{persian} ه\u200d"))
    details = customer_details(db, customer)
    assert details.full_name == persian and details.notes == f"{persian} ه\u200d"


def test_a_name_made_only_of_marks_is_missing(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        add_customer(db, CustomerDraft(ONLY_MARKS, tags=(ONLY_MARKS,)))
    assert refused.value.errors == {"full_name": "The name is required."}
    assert search_customers(db) == []


def test_a_lone_surrogate_is_not_a_crash_when_saved(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("سارة\ud800", notes="\udfffملاحظة", email="sara\ud800@example.com"))
    details = customer_details(db, customer)
    assert (details.full_name, details.notes, details.email) == ("سارة", "ملاحظة", "sara@example.com")


def test_an_edit_cleans_too(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("سارة"))
    update_customer(db, customer, CustomerDraft("سارة\x00\u202e الأحمد", area="\x1b[2Jالعليا"))
    details = customer_details(db, customer)
    assert (details.full_name, details.area) == ("سارة الأحمد", "العليا")


@pytest.mark.parametrize(
    "phone",
    ["055\x00123\x1b4567", "0551234567\x00", "0551234567\ud800", "\x1b[2J0551234567", "055\x85 1234567"],
)
def test_a_phone_with_controls_is_not_a_phone_number(db: Database, phone: str) -> None:
    with pytest.raises(ValidationError) as refused:
        add_customer(db, CustomerDraft("علي", phones=(phone,)))
    assert set(refused.value.errors) == {"phones"}
    assert readable(refused.value).endswith("is not a phone number.")
    assert search_customers(db) == []


def test_a_phone_pasted_with_direction_marks_is_read(db: Database) -> None:
    # A phone's contacts app wraps a copied number in an embedding, or puts a mark before it.
    for pasted in ("\u202a+966 55 123 4567\u202c", "\u200e0551234567", "\u2066055 123 4567\u2069"):
        customer = add_customer(db, CustomerDraft("علي", phones=(pasted,)), allow_duplicate=True)
        assert [p.number for p in customer_details(db, customer).phones] == ["+966551234567"]


def test_birthday_is_checked_against_the_shops_day_not_the_pcs(db: Database) -> None:
    # A time zone whose day is not the computer's right now: UTC-12 and UTC+14 are 26 hours apart,
    # so one of them always is.
    zone = next(z for z in ("Pacific/Kiritimati", "Etc/GMT+12") if datetime.now(ZoneInfo(z)).date() != date.today())
    set_setting(db, TIME_ZONE, zone)
    today = shop_today(db)
    born_today = add_customer(db, CustomerDraft("مولود اليوم", birthday=today))
    assert customer_details(db, born_today).birthday == today
    with pytest.raises(ValidationError) as refused:
        add_customer(db, CustomerDraft("مولود غدًا", birthday=today + timedelta(days=1)))
    assert set(refused.value.errors) == {"birthday"}


# --- search ---------------------------------------------------------------------------------------


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    return {
        "ahmed": add_customer(db, CustomerDraft("أحمد العتيبي", phones=("0551234567",))),
        "ali": add_customer(db, CustomerDraft("Ali Hassan", phones=("0559876543",))),
        "alia": add_customer(db, CustomerDraft("عالية", notes="alizzz")),
    }


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("أحمد\x00", "أحمد"),
        ("\x00", ""),
        ("\x00zzz", "zzz"),
        ("Ali\x00zzz", "Alizzz"),
        ("\u202eAli", "Ali"),
        ("Al\u2066i\u2069", "Ali"),
        ("Ali\ud800", "Ali"),
        ("\ud800", ""),
        ("\x1b[2JAli", "Ali"),
        ("055\x00", "055"),
        ("\ufeff0551234567", "0551234567"),
    ],
)
def test_search_with_hostile_text_finds_what_the_clean_query_finds(
    db: Database, book: dict[str, int], typed: str, clean: str
) -> None:
    assert search_customers(db, typed) == search_customers(db, clean)


# --- follow-ups, interactions, templates -----------------------------------------------------------


def test_follow_up_reason_and_note_are_cleaned(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("فهد"))
    today = shop_today(db)
    follow_up = schedule_follow_up(
        db, customer, due_on=today, reason="\u202eاتصال\x00  متابعة\x1b[2J", note="سطر\r\nسطر\ud800\x07"
    )
    row = follow_ups_due(db, on=today).today[0]
    assert (row.id, row.reason, row.note) == (follow_up, "اتصال متابعة", "سطر\nسطر")
    mark_done(db, follow_up, outcome=Outcome.REACHED, note="\x1b]0;pwned\x07تم\ud800", call_back_on=today)
    assert customer_timeline(db, customer)[0].note == "اتصال متابعة — تم"
    assert follow_ups_due(db, on=today).today[0].note == "تم"


def test_a_follow_up_reason_too_long_once_cleaned_is_refused(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("فهد"))
    with pytest.raises(FollowUpError) as refused:
        schedule_follow_up(db, customer, due_on=shop_today(db), reason="\x00" + "ب" * 201)
    assert refused.value.field == "reason"
    schedule_follow_up(db, customer, due_on=shop_today(db), reason="ب" * 200 + "\x00" * 50)


def test_interaction_note_is_cleaned(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("فهد"))
    log_interaction(db, customer, kind=InteractionKind.CALL, note="\x1b[2Jرد\ud800 على\u202e الاتصال\r\n")
    assert customer_timeline(db, customer)[0].note == "رد على الاتصال"


def test_a_complaint_made_only_of_marks_is_not_described(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("فهد"))
    with pytest.raises(InteractionError) as refused:
        log_interaction(db, customer, kind=InteractionKind.COMPLAINT, note=ONLY_MARKS)
    assert refused.value.field == "note"
    assert customer_timeline(db, customer) == []


def test_template_name_and_body_are_cleaned(db: Database) -> None:
    add_template(db, name="\u202eتحية\x00 الصباح", body="{dear} {name}\r\nصباح الخير\x1b[2J\ud800")
    [template] = list_templates(db)
    assert (template.name, template.body) == ("تحية الصباح", "{dear} {name}\nصباح الخير")


def test_a_template_named_only_with_marks_has_no_name(db: Database) -> None:
    with pytest.raises(TemplateError) as refused:
        add_template(db, name=ONLY_MARKS, body="مرحبا")
    assert readable(refused.value) == "Give the template a name."
    assert list_templates(db) == []


def test_a_whatsapp_link_of_a_message_with_a_lone_surrogate(db: Database) -> None:
    assert whatsapp_url("+966551234567", "مرحبا\ud800\x00") == whatsapp_url("+966551234567", "مرحبا")


def test_a_message_for_a_name_saved_by_an_older_version_is_clean() -> None:
    text = render("{name}، {shop}", customer_name="\u202eخالد\x1b[2J", shop_name="دكان\x00", day=date(2026, 11, 23))
    assert text == "خالد، دكان"


# --- the business profile and settings -----------------------------------------------------------


def test_profile_text_is_cleaned(db: Database) -> None:
    saved = save_profile(
        db,
        BusinessProfile(
            name_ar="\u202eمؤسسة\x00 النور",
            name_en="Al Noor\x1b[2J",
            address="الرياض\ud800، العليا\x85",
            terms="الدفع خلال 30 يومًا\r\nلا يُرد المبلغ\x1b]0;pwned\x07\u2066",
        ),
    )
    assert (saved.name_ar, saved.name_en, saved.address) == ("مؤسسة النور", "Al Noor", "الرياض، العليا")
    assert saved.terms == "الدفع خلال 30 يومًا\nلا يُرد المبلغ"
    assert get_profile(db) == saved


def test_a_vat_number_pasted_with_marks_is_read(db: Database) -> None:
    saved = save_profile(db, BusinessProfile(name_ar="دكان", vat_number="\u200e310122393500003\u200f\u202c"))
    assert saved.vat_number == "310122393500003"


def test_a_shop_named_only_with_marks_has_no_name(db: Database) -> None:
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar=ONLY_MARKS, name_en="\u200f"))
    assert refused.value.field == "name_ar"
    assert get_profile(db) == BusinessProfile()


def test_settings_text_is_cleaned(db: Database) -> None:
    set_setting(db, SHOP_NAME, "\u202eدكان\x00 الحي\ud800")
    set_setting(db, INVOICE_TERMS, "سطر\r\nسطر\x1b[2J")
    assert (get_setting(db, SHOP_NAME), get_setting(db, INVOICE_TERMS)) == ("دكان الحي", "سطر\nسطر")


def test_refused_values_are_quoted_without_their_controls(db: Database) -> None:
    for spec, value in ((DEFAULT_COUNTRY, "S\x00A\ud800"), (TIME_ZONE, "\x1b[2JAsia/Riyadh\ud800")):
        with pytest.raises(SettingError) as refused:
            set_setting(db, spec, value)
        readable(refused.value)
    for typed in ("12\x00\ud800x", "\x1b]0;pwned\x07"):
        with pytest.raises(MoneyError) as refused:
            parse_amount(typed)
        readable(refused.value)


@pytest.mark.parametrize(
    "prefix", ["\u202eINV\x00-", "IN V", "INV:", "IN\tV", "\u200eINV-", "A" * 13, "INV\ud800", "<b>", "INV%"]
)
def test_a_bad_number_prefix_is_refused(db: Database, prefix: str, marked: None) -> None:
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar="دكان", invoice_prefix=prefix))
    assert refused.value.field == "invoice_prefix" and readable(refused.value).startswith("⟦")
    with pytest.raises(ProfileError) as refused:
        save_profile(db, BusinessProfile(name_ar="دكان", credit_note_prefix=prefix))
    assert refused.value.field == "credit_note_prefix"
    with pytest.raises(SettingError):
        set_setting(db, INVOICE_PREFIX, prefix)
    assert get_profile(db) == BusinessProfile()


@pytest.mark.parametrize("prefix", ["INV-", "فاتورة-", "F/2026.#_", "A" * 12, "", " CN- "])
def test_good_number_prefixes_are_kept(db: Database, prefix: str) -> None:
    saved = save_profile(db, BusinessProfile(name_ar="دكان", invoice_prefix=prefix))
    assert saved.invoice_prefix == prefix.strip()


def test_a_prefix_stored_by_an_older_version_keeps_numbering(db: Database) -> None:
    # Older versions took any 12 characters without spaces: such a prefix goes on being used (the
    # owner is told when they next save the profile), but controls never reach a number.
    with db.writing() as session:
        session.merge(Setting(key=INVOICE_PREFIX.key, value=json.dumps("INV:")))
    assert get_profile(db).invoice_prefix == "INV:"
    with db.writing() as session:
        session.merge(Setting(key=INVOICE_PREFIX.key, value=json.dumps("\u202eINV\x00-")))
    assert get_profile(db).invoice_prefix == "INV-"


# --- absurd amounts ------------------------------------------------------------------------------

ABSURD = ["1e30", "-1e30", "NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "1E+999999"]


def test_the_parser_refuses_amounts_past_the_bound(marked: None) -> None:
    assert parse_amount("999,999,999,999.99") == D("999999999999.99")
    for typed in ("1,000,000,000,000", "999999999999.999", "-1000000000000"):
        with pytest.raises(MoneyError) as refused:
            parse_amount(typed, decimals=3, allow_negative=True)
        assert readable(refused.value).startswith("⟦")


@pytest.mark.parametrize("price", [*ABSURD, "1000000000000", "-999999999999.99"])
def test_absurd_catalogue_prices_are_refused(shop: Database, price: str) -> None:
    with pytest.raises(SalesError) as refused:
        add_catalogue_item(shop, CatalogueDraft("قهوة", D(price)))
    assert refused.value.field == "unit_price"
    readable(refused.value)
    with shop.session() as session:
        assert session.scalar(select(func.count()).select_from(CatalogueItem)) == 0


def test_the_largest_price_is_taken(shop: Database) -> None:
    add_catalogue_item(shop, CatalogueDraft("قصر", D("999999999999.99")))
    assert [r.unit_price for r in catalogue_items(shop)] == [D("999999999999.99")]


@pytest.mark.parametrize("value", ABSURD)
@pytest.mark.parametrize("field", ["unit_price", "quantity", "discount"])
def test_absurd_line_amounts_are_refused(shop: Database, customer: int, field: str, value: str, marked: None) -> None:
    amounts = {"quantity": D(1), "unit_price": D(10), "discount": D(0), field: D(value)}
    line = LineDraft("خدمة", amounts["quantity"], amounts["unit_price"], discount=amounts["discount"])
    for action in (
        lambda: preview_totals([line], get_profile(shop)),
        lambda: issue_invoice(shop, InvoiceDraft(customer, [LineDraft("أخرى", D(1), D(5)), line]), at=NOON),
    ):
        with pytest.raises(SalesError) as refused:
            action()
        assert refused.value.field == field and readable(refused.value).startswith("⟦")
    with shop.session() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0


def test_a_line_or_an_invoice_past_the_bound_is_refused(shop: Database, customer: int) -> None:
    big = LineDraft("قصر", D(2), D("999999999999.99"))
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, [big]), at=NOON)
    assert refused.value.line == 0
    half = LineDraft("قصر", D(1), D("600000000000"))
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, [half, half]), at=NOON)
    readable(refused.value)
    with shop.session() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0


@pytest.mark.parametrize("amount", [*ABSURD, "1000000000000"])
def test_absurd_payments_are_refused(shop: Database, customer: int, amount: str) -> None:
    invoice_id = invoice(shop, customer)
    with pytest.raises(SalesError) as refused:
        record_payment(shop, invoice_id, amount=D(amount), paid_on=date(2026, 11, 23), method=PaymentMethod.CASH)
    assert refused.value.field == "amount"
    readable(refused.value)
    with shop.session() as session:
        assert session.scalar(select(func.count()).select_from(Payment)) == 0


@pytest.mark.parametrize("quantity", ABSURD)
def test_absurd_credit_note_quantities_are_refused(shop: Database, customer: int, quantity: str) -> None:
    invoice_id = invoice(shop, customer)
    line = document_details(shop, invoice_id).printable.lines[0].id
    with pytest.raises(SalesError) as refused:
        issue_credit_note(shop, invoice_id, {line: D(quantity)}, reason="مرتجع", at=NOON)
    assert refused.value.field == "quantity"
    readable(refused.value)
    with shop.session() as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 1


# --- sales text ----------------------------------------------------------------------------------


def test_sales_text_is_cleaned(shop: Database, customer: int) -> None:
    item = add_catalogue_item(shop, CatalogueDraft("\u202eقهوة\x00 عربية", D(25), "Arabic\x1b[2J coffee\ud800"))
    assert [(r.id, r.name_ar, r.name_en) for r in catalogue_items(shop)] == [(item, "قهوة عربية", "Arabic coffee")]
    line = LineDraft("\x1b]0;pwned\x07قهوة\ud800 عربية\u2066", D(1), D(25), item_id=item)
    issued = issue_invoice(shop, InvoiceDraft(customer, [line], note="شكرًا\r\nلزيارتكم\x00\u202e"), at=NOON)
    printed = printable_invoice(shop, issued.id)
    assert (printed.lines[0].description, printed.note) == ("قهوة عربية", "شكرًا\nلزيارتكم")
    record_payment(
        shop, issued.id, amount=D(10), paid_on=date(2026, 11, 23), method=PaymentMethod.CASH, note="إيصال\x00 12\ud800"
    )
    assert document_details(shop, issued.id).payments[0].note == "إيصال 12"
    note = issue_credit_note(shop, issued.id, {printed.lines[0].id: D(1)}, reason="\u202eمرتجع\x00", at=NOON)
    assert printable_invoice(shop, note.id).note == "مرتجع"


@pytest.mark.parametrize(
    ("action", "field"),
    [
        (lambda db, c: add_catalogue_item(db, CatalogueDraft(ONLY_MARKS, D(1))), "name_ar"),
        (lambda db, c: issue_invoice(db, InvoiceDraft(c, [LineDraft(ONLY_MARKS, D(1), D(1))])), "description"),
    ],
)
def test_sales_names_made_only_of_marks_are_missing(shop: Database, customer: int, action: object, field: str) -> None:
    with pytest.raises(SalesError) as refused:
        action(shop, customer)  # type: ignore[operator]
    assert refused.value.field == field
    readable(refused.value)


def test_a_credit_note_reason_made_only_of_marks_is_missing(shop: Database, customer: int) -> None:
    invoice_id = invoice(shop, customer)
    line = document_details(shop, invoice_id).printable.lines[0].id
    with pytest.raises(SalesError) as refused:
        issue_credit_note(shop, invoice_id, {line: D(1)}, reason=ONLY_MARKS, at=NOON)
    assert refused.value.field == "reason"


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("\x00zzz", "zzz"),
        ("\u202eINV-000001", "INV-000001"),
        ("INV-000001\ud800", "INV-000001"),
        ("أحمد\x00", "أحمد"),
        ("\x1b[2J0551234567", "0551234567"),
    ],
)
def test_sales_search_with_hostile_text_finds_what_the_clean_query_finds(
    shop: Database, customer: int, typed: str, clean: str
) -> None:
    invoice(shop, customer)
    invoice(shop, add_customer(shop, CustomerDraft("Ali")))
    assert list_documents(shop, text=typed) == list_documents(shop, text=clean)


def test_an_invoice_number_with_hostile_text_is_looked_up_clean(shop: Database, customer: int) -> None:
    invoice(shop, customer)
    assert printable_invoice(shop, "\u202eINV-000001\x00").number == "INV-000001"
    with pytest.raises(SalesError) as refused:
        printable_invoice(shop, "INV-9\ud800\x1b[2J")
    readable(refused.value)


# --- two copies of the program adding the same phone at the same moment ---------------------------

ADDER = textwrap.dedent(
    """
    import sys
    from retention_desktop.customers import CustomerDraft, LikelyDuplicate, add_customer
    from retention_desktop.db import open_database

    db = open_database(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            add_customer(db, CustomerDraft(sys.argv[2], phones=(line.strip(),)))
            print("added", flush=True)
        except LikelyDuplicate:
            print("duplicate", flush=True)
    db.close()
    """
)


def test_two_programs_adding_the_same_phone_at_once_warn_exactly_one(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    open_database(path).close()
    script = tmp_path / "adder.py"
    script.write_text(ADDER, encoding="utf-8")
    logs = [open(tmp_path / f"adder{i}.log", "w+", encoding="utf-8") for i in range(2)]  # noqa: SIM115
    adders = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            encoding="utf-8",
        )
        for name, log in zip(("الأول", "الثاني"), logs)
    ]
    rounds = 60
    try:
        for adder in adders:
            assert adder.stdout is not None and adder.stdout.readline() == "ready\n"
        for round_ in range(rounds):
            phone = f"055{round_:07d}"
            for adder in adders:  # both are told at once; then both answer
                assert adder.stdin is not None
                adder.stdin.write(phone + "\n")
                adder.stdin.flush()
            answers = sorted(adder.stdout.readline().strip() for adder in adders if adder.stdout is not None)
            assert answers == ["added", "duplicate"], (round_, answers, [log.name for log in logs])
    finally:
        for adder, log in zip(adders, logs):
            adder.communicate(timeout=60)  # closes its input: it ends; and reads what is left
            log.seek(0)
            errors = log.read()
            log.close()
            assert adder.returncode == 0, errors
    db = open_database(path)
    try:
        with db.session() as session:
            per_phone = session.execute(
                text("SELECT number, count(*) FROM customer_phones GROUP BY number HAVING count(*) > 1")
            ).all()
            customers = session.execute(text("SELECT count(*) FROM customers")).scalar_one()
        assert per_phone == [] and customers == rounds
    finally:
        db.close()


# --- books written before this change ------------------------------------------------------------

OLD_NAME = "\u202eخالد\x00 \x1b[2Jالسالم\x1b]0;pwned\x07"
OLD_NOTE = "ملاحظة\x00 قديمة\r\n\u2066\x85\x7f"


def test_an_old_book_with_hostile_text_opens_lists_searches_and_prints(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    save_profile(db, BusinessProfile(name_ar="دكان"))
    customer = add_customer(db, CustomerDraft("خالد", phones=("0551234567",)))
    marks = add_customer(db, CustomerDraft("مؤقت"))
    today = shop_today(db)
    follow_up = schedule_follow_up(db, customer, due_on=today, reason="اتصال")
    log_interaction(db, customer, kind=InteractionKind.CALL, note="اتصال")
    issued = invoice(db, customer)
    # What an older version let through, written as it would have written it.
    with db.writing() as session:
        for customer_id, name in ((customer, OLD_NAME), (marks, "\u200f\u202e")):
            session.execute(
                text("UPDATE customers SET full_name = :name, sort_name = :name, notes = :note, area = :name WHERE id = :id"),
                {"name": name, "note": OLD_NOTE, "id": customer_id},
            )
            phones = ["+966551234567"] if customer_id == customer else []
            index = search_text(full_name=name, email="", area=name, notes=OLD_NOTE, tags=(), phones=phones)
            session.execute(text("UPDATE customer_search SET text = :text WHERE rowid = :id"), {"text": index, "id": customer_id})
        session.execute(text("UPDATE follow_ups SET reason = :r, note = :n"), {"r": OLD_NAME, "n": OLD_NOTE})
        session.execute(text("UPDATE interactions SET note = :n WHERE kind = 'call'"), {"n": OLD_NOTE})
        session.execute(text("UPDATE invoices SET note = :n"), {"n": OLD_NOTE})
        session.execute(text("UPDATE invoice_lines SET description = :n"), {"n": OLD_NAME})
    db.close()

    # The `due` command prints the old name to a terminal without its escape sequences.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    due = subprocess.run(
        [sys.executable, "main.py", "--lang", "en", "--db", str(path), "due"],
        cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert due.returncode == 0, due.stderr
    assert "خالد السالم" in due.stdout and not FORBIDDEN.search(due.stdout.replace("\n", "")), ascii(due.stdout)

    db = open_database(path)
    try:
        assert customer_details(db, customer).full_name == OLD_NAME  # shown as it was saved
        assert customer_details(db, customer).notes == OLD_NOTE
        assert customer_details(db, marks).full_name == "\u200f\u202e"
        assert set(search_customers(db)) == {customer, marks}
        assert {row.full_name for row in customer_rows(db, search_customers(db))} == {OLD_NAME, "\u200f\u202e"}
        assert search_customers(db, "خالد") == [customer]
        assert search_customers(db, "\u202eخالد\x00") == [customer]
        assert search_customers(db, "\x00") == search_customers(db)
        timeline = customer_timeline(db, customer)
        assert OLD_NOTE in [row.note for row in timeline]
        [row] = [row for row in follow_ups_due(db, on=today).today if row.id == follow_up]
        assert (row.customer_name, row.reason) == (OLD_NAME, OLD_NAME)
        printed = printable_invoice(db, issued)
        assert (printed.lines[0].description, printed.note) == (OLD_NAME, OLD_NOTE)
        # Printed, the document shows the text without its controls (and the words the override
        # would have turned around the right way).
        for language in ("ar", "en"):
            page = PdfReader(io.BytesIO(render_invoice(printed, language=language))).pages[0].extract_text()
            assert not FORBIDDEN.search(page.replace("\n", "")) and "pwned" not in page and "denwp" not in page
        assert [row.id for row in list_documents(db, text="خالد")[0]] == [issued]
        # Messages that name an old customer name them cleaned.
        with pytest.raises(LikelyDuplicate) as warned:
            add_customer(db, CustomerDraft("خالد آخر", phones=("+966551234567",)))
        assert "خالد السالم" in readable(warned.value)
        # The phone is found whatever the old name holds (it has its own column in the word index),
        # and saving the customer again cleans them.
        assert search_customers(db, "0551234567") == [customer]
        update_customer(db, customer, customer_details(db, customer).as_draft())
        details = customer_details(db, customer)
        assert (details.full_name, details.notes) == ("خالد السالم", "ملاحظة قديمة")
        assert search_customers(db, "0551234567") == search_customers(db, "السالم") == [customer]
    finally:
        db.close()



def test_every_refusal_here_is_a_user_error() -> None:
    # The errors these tests expect are all ones the GUI shows politely.
    for error in (ValidationError, LikelyDuplicate, FollowUpError, InteractionError, TemplateError):
        assert issubclass(error, UserError)
    for error in (ProfileError, SettingError, SalesError, MoneyError):
        assert issubclass(error, UserError)

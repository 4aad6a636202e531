"""Message templates: saved and listed, defaults written once, placeholders filled, WhatsApp links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from urllib.parse import unquote

import pytest

from retention_desktop.db import Database
from retention_desktop.i18n import set_translator
from retention_desktop.models import Gender
from retention_desktop.templates import (
    TemplateError,
    add_template,
    delete_template,
    ensure_default_templates,
    list_templates,
    render,
    unfilled_placeholders,
    update_template,
    whatsapp_url,
)

ARABIC = {
    ("Templates", "Dear"): "عزيزي",
    ("TemplatesMale", "Dear"): "عزيزي",
    ("TemplatesFemale", "Dear"): "عزيزتي",
    ("Templates", "Birthday"): "عيد ميلاد",
}


@pytest.fixture
def arabic() -> Iterator[None]:
    """The core's translation hook answering in Arabic, as the GUI's translator would."""
    set_translator(lambda context, text, n: ARABIC.get((context, text), text))
    yield
    set_translator(None)


def test_templates_are_added_edited_listed_in_order_and_deleted(db: Database) -> None:
    first = add_template(db, name="  Offer ", body="Hello {name}\n")
    second = add_template(db, name="Reminder", body="See you soon")
    assert [(t.name, t.body) for t in list_templates(db)] == [("Offer", "Hello {name}"), ("Reminder", "See you soon")]
    update_template(db, first, name="Ramadan offer", body="Ramadan kareem {name}")
    assert list_templates(db)[0].name == "Ramadan offer"
    delete_template(db, second)
    assert [t.id for t in list_templates(db)] == [first]
    with pytest.raises(TemplateError):
        delete_template(db, second)


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [("", "text", "name"), ("Name", "   ", "text"), ("x" * 81, "text", "longer"), ("Name", "x" * 2001, "longer")],
)
def test_a_bad_template_is_refused_and_nothing_saved(db: Database, name: str, body: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        add_template(db, name=name, body=body)
    assert list_templates(db) == []


def test_default_templates_are_written_once_and_deleted_ones_stay_deleted(db: Database) -> None:
    assert ensure_default_templates(db)
    names = [t.name for t in list_templates(db)]
    assert names == ["Greeting", "Birthday", "Thank you", "We miss you"]
    assert all("{name}" in t.body for t in list_templates(db))
    assert not ensure_default_templates(db)
    for template in list_templates(db):
        delete_template(db, template.id)
    assert not ensure_default_templates(db)
    assert list_templates(db) == []


def test_default_templates_come_out_in_the_users_language(db: Database, arabic: None) -> None:
    ensure_default_templates(db)
    assert "عيد ميلاد" in [t.name for t in list_templates(db)]


def test_own_templates_keep_the_defaults_away(db: Database) -> None:
    add_template(db, name="Mine", body="Hi {name}")
    assert not ensure_default_templates(db)
    assert [t.name for t in list_templates(db)] == ["Mine"]


def test_render_fills_the_placeholders() -> None:
    text = render(
        "{dear} {name}, {shop} wishes you a good day ({date}).",
        customer_name="John Smith",
        shop_name="Rose Salon",
        day=date(2026, 3, 5),
        gender=Gender.MALE,
    )
    assert text == "Dear John Smith, Rose Salon wishes you a good day (2026-03-05)."


def test_render_formats_the_date_as_it_is_told() -> None:
    text = render("{date}", customer_name="A", shop_name="S", day=date(2026, 3, 5), format_day=lambda d: f"{d.day}/{d.month}")
    assert text == "5/3"


def test_render_chooses_the_arabic_greeting_by_gender(arabic: None) -> None:
    def greet(gender: Gender) -> str:
        return render("{dear} {name}", customer_name="سارة", shop_name="", day=date(2026, 1, 1), gender=gender)

    assert greet(Gender.FEMALE) == "عزيزتي سارة"
    assert greet(Gender.MALE) == "عزيزي سارة"
    assert greet(Gender.UNSPECIFIED) == "عزيزي سارة"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("50% off {", "50% off {"),
        ("{ name }", "{ name }"),
        ("}{", "}{"),
        ("{0} {}", "{0} {}"),
        ("{name", "{name"),
        ("{{name}}", "{Ali}"),
        ("{name.attr} {name!r} {name:>10}", "{name.attr} {name!r} {name:>10}"),
        ("{__class__}", "{__class__}"),
    ],
)
def test_braces_in_the_owners_text_are_harmless(body: str, expected: str) -> None:
    assert render(body, customer_name="Ali", shop_name="Shop", day=date(2026, 1, 1)) == expected


def test_a_literal_brace_is_kept_and_known_placeholders_still_filled() -> None:
    text = render("{name}: {50% off} {unknown}", customer_name="Ali", shop_name="Shop", day=date(2026, 1, 1))
    assert text == "Ali: {50% off} {unknown}"


def test_a_shop_without_a_name_leaves_the_placeholder_for_the_owner_to_see() -> None:
    text = render("{name} at {shop}", customer_name="Ali", shop_name="  ", day=date(2026, 1, 1))
    assert text == "Ali at {shop}"
    assert unfilled_placeholders(text) == ["{shop}"]


def test_whatsapp_link_carries_the_number_and_the_arabic_text_percent_encoded() -> None:
    text = "عزيزي أحمد، خصم 20% & هدية!\nشكرًا"
    url = whatsapp_url("+966551234567", text)
    assert url == (
        "https://wa.me/966551234567?text="
        "%D8%B9%D8%B2%D9%8A%D8%B2%D9%8A%20%D8%A3%D8%AD%D9%85%D8%AF%D8%8C%20"
        "%D8%AE%D8%B5%D9%85%2020%25%20%26%20%D9%87%D8%AF%D9%8A%D8%A9%21%0A"
        "%D8%B4%D9%83%D8%B1%D9%8B%D8%A7"
    )
    assert unquote(url.split("?text=", 1)[1]) == text


def test_whatsapp_link_needs_a_number() -> None:
    with pytest.raises(TemplateError):
        whatsapp_url("", "hello")

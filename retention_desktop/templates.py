"""Message templates: texts the owner sends often, with {name}, {shop}, {date} and {dear} filled in
for each customer, and the WhatsApp click-to-chat link that carries such a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from sqlalchemy import func, select

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate, translator_for
from retention_desktop.models import Gender, MessageTemplate, Setting
from retention_desktop.text import clean_line, clean_paragraph, template_right_to_left

MAX_NAME = 80
MAX_BODY = 2000
PLACEHOLDERS = ("name", "dear", "shop", "date")
# The same values by the names the welcome kit stores them under, which the template editor shows in
# English ({customer_name}): typed in a template, they are filled as {name}, {shop} and {date} are.
ALIASES = {"customer_name": "name", "shop_name": "shop", "today": "date"}
# Set once the default templates were written, so that templates the owner deleted stay deleted.
_DEFAULTS_WRITTEN = "message_templates_created"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


class TemplateError(UserError):
    """A template that cannot be saved; the message is for the user."""


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    body: str


def _check(name: str, body: str) -> tuple[str, str]:
    """The name cleaned as a one-line field and the text as a paragraph (text.py), or TemplateError."""
    name = clean_line(name)
    body = clean_paragraph(body)
    if not name:
        raise TemplateError(translate("Templates", "Give the template a name."))
    if len(name) > MAX_NAME:
        raise TemplateError(translate("Templates", "The name is longer than %n characters.", None, MAX_NAME))
    if not body:
        raise TemplateError(translate("Templates", "Write the text of the message."))
    if len(body) > MAX_BODY:
        raise TemplateError(translate("Templates", "The text is longer than %n characters.", None, MAX_BODY))
    return name, body


def list_templates(db: Database) -> list[TemplateRow]:
    """Every template, in the owner's order."""
    stmt = select(MessageTemplate).order_by(MessageTemplate.position, MessageTemplate.id)
    with db.session() as session:
        return [TemplateRow(t.id, t.name, t.body) for t in session.scalars(stmt)]


def add_template(db: Database, *, name: str, body: str) -> int:
    """Save a new template at the end of the list; returns its id."""
    name, body = _check(name, body)
    with db.writing() as session:
        last = session.scalar(select(func.max(MessageTemplate.position)))
        template = MessageTemplate(name=name, body=body, position=(last or 0) + 1)
        session.add(template)
        session.flush()
        return template.id


def update_template(db: Database, template_id: int, *, name: str, body: str) -> None:
    name, body = _check(name, body)
    with db.writing() as session:
        template = session.get(MessageTemplate, template_id)
        if template is None:
            raise TemplateError(translate("Templates", "This template no longer exists."))
        template.name = name
        template.body = body


def delete_template(db: Database, template_id: int) -> None:
    with db.writing() as session:
        template = session.get(MessageTemplate, template_id)
        if template is None:
            raise TemplateError(translate("Templates", "This template no longer exists."))
        session.delete(template)


def _defaults() -> list[tuple[str, str]]:
    return [
        (
            translate("Templates", "Greeting"),
            translate(
                "Templates",
                "{dear} {name}, greetings from {shop}. We hope all is well with you. "
                "If there is anything we can do for you, just reply to this message.",
            ),
        ),
        (
            translate("Templates", "Birthday"),
            translate("Templates", "{dear} {name}, everyone at {shop} wishes you a very happy birthday!"),
        ),
        (
            translate("Templates", "Thank you"),
            translate(
                "Templates",
                "{dear} {name}, thank you for choosing {shop}. We hope you are happy with your purchase. "
                "If anything is not right, tell us and we will put it right.",
            ),
        ),
        (
            translate("Templates", "We miss you"),
            translate(
                "Templates",
                "{dear} {name}, it has been a while since we last saw you at {shop}. We would love to "
                "welcome you back: reply to this message and we will have something special ready for you.",
            ),
        ),
    ]


def ensure_default_templates(db: Database) -> bool:
    """Write a few useful templates, in the user's language, the first time; True if it did.

    Runs once per shop: templates the owner deleted do not come back. Once they are written, it
    only reads (the program calls it at start-up, and the message dialogs when they open).
    """
    with db.session() as session:
        if session.get(Setting, _DEFAULTS_WRITTEN) is not None:
            return False
    with db.writing() as session:
        if session.get(Setting, _DEFAULTS_WRITTEN) is not None:
            return False
        session.add(Setting(key=_DEFAULTS_WRITTEN, value="true"))
        if session.scalar(select(func.count(MessageTemplate.id))):
            return False
        for position, (name, body) in enumerate(_defaults(), start=1):
            session.add(MessageTemplate(name=name, body=body, position=position))
        return True


def dear(gender: Gender, language: str | None = None) -> str:
    """The opening word of a greeting; Arabic tells a man (عزيزي) from a woman (عزيزتي). In
    `language`, or the program's when None."""
    return _dear(gender, translator_for(language) if language is not None else translate)


def _dear(gender: Gender, translate: Callable[[str, str], str]) -> str:
    # Literal translate(…) calls, through whichever translator: tools/translations.py extracts them.
    if gender is Gender.FEMALE:
        return translate("TemplatesFemale", "Dear")
    if gender is Gender.MALE:
        return translate("TemplatesMale", "Dear")
    return translate("Templates", "Dear")


def written_in(body: str) -> str | None:
    """The language a template is written in, by its first letter outside braces: "ar" for an
    Arabic letter, "en" for a Latin one, None when it has none (only placeholders)."""
    right_to_left = template_right_to_left(body)
    return None if right_to_left is None else ("ar" if right_to_left else "en")


def render(
    body: str,
    *,
    customer_name: str,
    shop_name: str,
    day: date,
    gender: Gender = Gender.UNSPECIFIED,
    format_day: Callable[[date], str] = date.isoformat,
) -> str:
    """Fill the placeholders of a template for one customer.

    {name}, {shop}, {date} and {dear} are replaced (and ALIASES); anything else in braces, and a placeholder whose
    value is not known (a shop without a name), stays as typed so the owner sees it before sending.
    """
    values = {
        "name": clean_line(customer_name),  # as saved by an older version, maybe
        "shop": clean_line(shop_name),
        "date": format_day(day),
        "dear": dear(gender, written_in(body)),  # "عزيزي" in an Arabic text, whatever the program's language
    }
    # The words the editors show for them (and the welcome kit's names), typed in English.
    values.update((alias, values[name]) for alias, name in ALIASES.items())

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return value if value else match.group(0)

    return _PLACEHOLDER.sub(fill, body)


def unfilled_placeholders(text: str) -> list[str]:
    """Placeholders still in a rendered text, such as "{shop}" when the shop has no name yet."""
    return [m.group(0) for m in _PLACEHOLDER.finditer(text)]


def whatsapp_url(e164: str, text: str) -> str:
    """The click-to-chat link that opens WhatsApp on a chat with this number, the text filled in
    (cleaned as a paragraph: the user may have edited it)."""
    digits = "".join(c for c in e164 if c in "0123456789")
    if not digits:
        raise TemplateError(translate("Templates", "This customer has no mobile number."))
    return f"https://wa.me/{digits}?text={quote(clean_paragraph(text), safe='')}"

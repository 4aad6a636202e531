"""The new-customer kit's texts: its sections and placeholders, the texts the program ships in
each language (resources/kit), and the owner's own, checked and saved (kit_texts). What one kit
prints from them is kit.py's."""

from __future__ import annotations

import re
import tomllib
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from sqlalchemy import delete, insert, select

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import LANGUAGES, translate
from retention_desktop.tables import kit_texts as _texts
from retention_desktop.tables import utc_now
from retention_desktop.text import clean_line, clean_paragraph, isolate_auto

if typing.TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The sections in the order they print; the cover opens every kit and cannot be switched off.
SECTIONS = ("cover", "welcome", "agreed", "billing", "invoice", "needs", "get_most", "contact", "next_steps")
# What a text may name between braces, filled in for each customer. Stored in these English words
# whatever the language; the editor shows each in the UI's language (ui/placeholders.py).
PLACEHOLDERS = (
    "customer_name",
    "greeting",
    "shop_name",
    "shop_phone",
    "shop_whatsapp",
    "shop_address",
    "opening_hours",
    "invoice_number",
    "invoice_date",
    "invoice_total",
    "amount_due",
    "renewal_date",
    "first_follow_up_date",
    "today",
)
MAX_TITLE = 120
MAX_BODY = 4000
PLACEHOLDER = re.compile(r"\{([^{}\n]{1,60})\}")


class KitError(UserError):
    """A kit text that cannot be saved or printed, or a kit that cannot be made; the message is for
    the user, `section` names the section at fault ("" for none)."""

    def __init__(self, message: str, *, section: str = "") -> None:
        super().__init__(message)
        self.section = section


@dataclass(frozen=True)
class KitText:
    """A section's heading and text as the owner wrote them (placeholders as stored, {customer_name}),
    whether it prints, and whether it is the owner's own (False: the text the program ships)."""

    section: str
    title: str
    body: str
    enabled: bool = True
    edited: bool = False


@dataclass(frozen=True)
class LanguageDefaults:
    """A language's resources/kit file: the greetings, the kit's own words, the sections' texts."""

    greeting: Mapping[str, str]
    labels: Mapping[str, str]
    sections: Mapping[str, KitText]


def check_language(language: str) -> str:
    """The language, or ValueError for one the kit has no texts in."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


@cache
def language_defaults(language: str, variant: str = "") -> LanguageDefaults:
    """The texts the program ships (resources/kit/<language>.toml), or a variant's (demo/)."""
    folder = resources.files("resources") / "kit"
    if variant:
        folder = folder / variant
    data = tomllib.loads((folder / f"{check_language(language)}.toml").read_text(encoding="utf-8"))
    base = language_defaults(language) if variant else None
    sections = {
        key: KitText(key, clean_line(value["title"]), clean_paragraph(value["body"]))
        for key, value in data.get("sections", {}).items()
    }
    return LanguageDefaults(
        greeting=data.get("greeting") or (base.greeting if base else {}),
        labels=data.get("labels") or (base.labels if base else {}),
        sections=({**base.sections, **sections} if base else sections),
    )


def default_texts(language: str, *, variant: str = "") -> list[KitText]:
    """The sections' texts the program ships for `language`, in print order."""
    sections = language_defaults(language, variant).sections
    return [sections[key] for key in SECTIONS]


def kit_texts(db: Database, language: str) -> list[KitText]:
    """The sections' texts for `language` in print order: the owner's where they wrote one, the
    program's elsewhere."""
    with db.session() as session:
        return read_texts(session, language)


def read_texts(session: Session, language: str) -> list[KitText]:
    shipped = language_defaults(check_language(language)).sections
    t = _texts.c
    rows = {
        section: KitText(section, title, body, bool(enabled), True)
        for section, title, body, enabled in session.execute(select(t.section, t.title, t.body, t.enabled).where(t.language == language))
    }
    return [rows.get(key, shipped[key]) for key in SECTIONS]


def placeholders_in(text: str) -> list[str]:
    """The names between braces in `text`, in order ("customer_name" for {customer_name})."""
    return [match.group(1) for match in PLACEHOLDER.finditer(text)]


def unknown_placeholders(text: str) -> list[str]:
    """The names between braces in `text` that no kit fills in, each once, as written."""
    unknown: list[str] = []
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS and name not in unknown:
            unknown.append(name)
    return unknown


def section_title(section: str) -> str:
    """A section's name in the UI's language, for the editor and for messages."""
    return {
        "cover": translate("Kit", "Cover"),
        "welcome": translate("Kit", "Welcome"),
        "agreed": translate("Kit", "What was agreed"),
        "billing": translate("Kit", "How billing works"),
        "invoice": translate("Kit", "Invoice copy"),
        "needs": translate("Kit", "What we need from the customer"),
        "get_most": translate("Kit", "Getting the most out of it"),
        "contact": translate("Kit", "How to contact us"),
        "next_steps": translate("Kit", "What happens next"),
    }[section]


def check_kit_text(text: KitText) -> KitText:
    """The text cleaned (heading as one line, body as a paragraph), or KitError naming the problem
    and the section: an unknown placeholder, a heading missing or too long, a text too long."""
    if text.section not in SECTIONS:
        raise ValueError(f"no kit section {text.section!r}")
    title, body = clean_line(text.title), clean_paragraph(text.body)
    where = section_title(text.section)
    for part in (title, body):
        unknown = unknown_placeholders(part)
        if unknown:
            raise KitError(
                translate("Kit", "“{section}” names {placeholder}, which the kit does not know. Choose one from Insert placeholder, or remove it.").format(
                    section=where, placeholder=isolate_auto("{" + unknown[0] + "}")
                ),
                section=text.section,
            )
    if not title:
        raise KitError(translate("Kit", "Give “{section}” a heading.").format(section=where), section=text.section)
    if len(title) > MAX_TITLE:
        raise KitError(
            translate("Kit", "The heading of “{section}” is longer than %n characters.", None, MAX_TITLE).format(section=where),
            section=text.section,
        )
    if len(body) > MAX_BODY:
        raise KitError(
            translate("Kit", "The text of “{section}” is longer than %n characters.", None, MAX_BODY).format(section=where),
            section=text.section,
        )
    return replace(text, title=title, body=body, enabled=text.enabled or text.section == "cover")


def save_kit_texts(db: Database, language: str, texts: Sequence[KitText]) -> None:
    """Save the owner's texts for `language`, all or none (see save_all_kit_texts)."""
    save_all_kit_texts(db, {language: texts})


def save_all_kit_texts(db: Database, texts: Mapping[str, Sequence[KitText]]) -> None:
    """Save the owner's texts of one or both languages in one transaction, all or none: each is
    checked first (KitError names the first problem and its section). A text the same as the
    program's, and on, is not stored, so that it follows the program's when a new version
    improves it."""
    checked = {language: [check_kit_text(text) for text in given] for language, given in texts.items()}
    now = utc_now()
    with db.writing() as session:
        for language, given in checked.items():
            shipped = language_defaults(check_language(language)).sections
            for text in given:
                session.execute(delete(_texts).where(_texts.c.language == language, _texts.c.section == text.section))
                default = shipped[text.section]
                if (text.title, text.body, text.enabled) == (default.title, default.body, True):
                    continue
                session.execute(
                    insert(_texts).values(
                        language=language, section=text.section, title=text.title, body=text.body, enabled=text.enabled, updated_at=now
                    )
                )


def reset_kit_texts(db: Database, language: str) -> None:
    """Back to the texts the program ships, for every section of `language`."""
    with db.writing() as session:
        session.execute(delete(_texts).where(_texts.c.language == check_language(language)))


def use_demo_texts(db: Database) -> None:
    """The demo shop's own kit texts (a phone and electronics shop), in both languages."""
    for language in LANGUAGES:
        save_kit_texts(db, language, default_texts(language, variant="demo"))


__all__ = [
    "KitError",
    "KitText",
    "LanguageDefaults",
    "MAX_BODY",
    "MAX_TITLE",
    "PLACEHOLDER",
    "PLACEHOLDERS",
    "SECTIONS",
    "check_kit_text",
    "check_language",
    "default_texts",
    "kit_texts",
    "language_defaults",
    "placeholders_in",
    "read_texts",
    "reset_kit_texts",
    "save_all_kit_texts",
    "save_kit_texts",
    "section_title",
    "unknown_placeholders",
    "use_demo_texts",
]

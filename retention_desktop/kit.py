"""The new-customer kit: what one kit for one customer and purchase prints (a snapshot, resolved
once, from the texts of kit_texts.py; what a snapshot holds and its JSON: kit_snapshot.py), and the
record of each kit printed (many at once: kit_batch.py).

A kit is drawn from its snapshot alone (pdf/kit.py): every text filled in, every amount, date and
phone number formatted in the kit's language and digits, the invoice as it was issued, the
follow-ups as they were booked. The snapshot is kept with the record (kit_prints), so a reprint is
the same file, byte for byte, whatever changed in the templates, the profile or the book since.
"""

from __future__ import annotations

import logging
import re
import typing
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo
from pathlib import Path
from typing import Any

from babel.dates import format_date
from sqlalchemy import exists, func, insert, select

from retention_desktop.db import Database
from retention_desktop.i18n import translate, translator_for
from retention_desktop.kit_snapshot import (
    KitRow,
    KitSection,
    KitSnapshot,
    invoice_json,
    labels_json,
    snapshot_from_json,
    snapshot_json,
)
from retention_desktop.kit_texts import (
    PLACEHOLDER,
    SECTIONS,
    KitError,
    KitText,
    check_kit_text,
    check_language,
    language_defaults,
    placeholders_in,
    read_texts,
)
from retention_desktop.kinds import CustomerKind, DocumentKind, FollowUpKind, FollowUpOrigin, FollowUpStatus, Gender
from retention_desktop.money import format_money
from retention_desktop.phones import format_phone
from retention_desktop.profile import BusinessProfile, read_profile
from retention_desktop.settings import TIME_ZONE, read_settings
from retention_desktop.statements import first_phone
from retention_desktop.tables import catalogue_items as _items
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import follow_ups as _follow_ups
from retention_desktop.tables import invoice_lines as _lines
from retention_desktop.tables import invoices as _invoices
from retention_desktop.tables import kit_prints as _prints
from retention_desktop.tables import stored_images as _images
from retention_desktop.tables import utc_now
from retention_desktop.text import LRI, PDI, ascii_digits, clean_line, isolate_auto

if typing.TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from retention_desktop.printable import PrintableInvoice

log = logging.getLogger(__name__)

MAX_STEPS = 6  # follow-ups listed under "What happens next"
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_BLANK_LINES = re.compile(r"\n{3,}")


# ---------------------------------------------------------------------------------------------
# What one kit prints


# Sections that print something of their own besides their text (a table, the invoice, QR codes).
_WITH_CONTENT = frozenset({"cover", "agreed", "billing", "invoice", "contact", "next_steps"})


class _Numbers:
    """Dates, amounts and phone numbers in the kit's language and digits, each kept in one piece
    inside a sentence of the other direction."""

    def __init__(self, language: str, digits: str, country: str) -> None:
        self.language = language
        self.arabic_digits = language == "ar" and digits == "arab"
        self.country = country

    def digits(self, text: str) -> str:
        return text.translate(_ARABIC_INDIC) if self.arabic_digits else text

    def date(self, day: date) -> str:
        return self.digits(format_date(day, "d MMMM y", locale=self.language))

    def money(self, amount: Decimal, currency: str) -> str:
        system = "arab" if self.arabic_digits else "latn"
        text = format_money(amount, currency, self.language, numbering_system=system).replace("\u200f", "")
        if self.language != "ar":
            return text
        # "1,150.50 ر.س.": the number in one left-to-right piece, the currency after it as Arabic reads.
        return re.sub(r"[-\u200e\u2212]*[\d٠-٩][\d٠-٩,.٬٫]*", lambda m: f"{LRI}{m.group()}{PDI}", text).replace("\u200e", "")

    def quantity(self, value: Decimal) -> str:
        return self.digits(format(value.normalize(), "f"))

    def phone(self, e164: str) -> str:
        return f"{LRI}{self.digits(format_phone(e164, self.country))}{PDI}" if e164 else ""


_MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069"  # bidi marks and isolates around a value


def _fill(template: str, values: Mapping[str, str], numbers: _Numbers) -> str:
    """The text with its placeholders filled; a line that names a value the kit does not have (no
    renewal date, no follow-up booked) is left out whole. Digits the owner typed follow the kit's."""
    lines = []
    for line in template.split("\n"):
        names = placeholders_in(line)
        if any(not values.get(name) for name in names):
            continue
        pieces, last = [], 0
        for match in PLACEHOLDER.finditer(line):
            pieces.append(numbers.digits(line[last : match.start()]))
            value = values[match.group(1)]
            pieces.append(value)
            last = match.end()
            if value.rstrip(_MARKS).endswith(".") and line.startswith(".", last):
                last += 1  # "163.53 ر.س." ends the sentence: one full stop, not two
        pieces.append(numbers.digits(line[last:]))
        lines.append("".join(pieces))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def greeting(language: str, name: str, gender: Gender, kind: CustomerKind) -> str:
    """The opening of the welcome in `language`: عزيزي for a man, عزيزتي for a woman, السادة … المحترمين
    for a company, with the name."""
    patterns = language_defaults(check_language(language)).greeting
    key = "business" if kind is CustomerKind.BUSINESS else gender.value
    return patterns.get(key, patterns.get("unspecified", "{name}")).replace("{name}", name)


@dataclass(frozen=True)
class _Customer:
    id: int
    name: str
    gender: Gender
    kind: CustomerKind


@dataclass(frozen=True)
class _Purchase:
    invoice: PrintableInvoice
    paid: Decimal
    credited: Decimal
    renewals: tuple[date | None, ...]  # per line


@dataclass(frozen=True)
class _Step:
    due_on: date
    kind: FollowUpKind
    origin: FollowUpOrigin


@dataclass(frozen=True)
class KitSource:
    """What a kit is made of, read from the book (or made up, for the editor's preview)."""

    customer: _Customer
    profile: BusinessProfile
    logo: str
    purchase: _Purchase | None
    steps: tuple[_Step, ...]
    today: date


# Reading a kit's source: every query of one kit in one read transaction (a session), which a
# batch reads a thousand times; each function takes the caller's session.


def _read_customer(session: Session, customer_id: int) -> _Customer:
    from retention_desktop.customers import CustomerNotFound

    c = _customers.c
    row = session.execute(select(c.id, c.full_name, c.gender, c.kind).where(c.id == customer_id)).first()
    if row is None:
        raise CustomerNotFound(customer_id)
    return _Customer(row.id, clean_line(row.full_name), row.gender, row.kind)


def _first_invoice(session: Session, customer_id: int) -> int | None:
    i = _invoices.c
    found: int | None = session.scalar(
        select(i.id).where(i.customer_id == customer_id, i.kind == DocumentKind.INVOICE).order_by(i.issued_at, i.id).limit(1)
    )
    return found


def first_invoice_id(db: Database, customer_id: int) -> int | None:
    """The customer's first invoice (credit notes aside), the purchase a kit is about by default."""
    with db.session() as session:
        return _first_invoice(session, customer_id)


def _read_purchase(session: Session, customer_id: int, invoice_id: int) -> _Purchase:
    from retention_desktop.printable import read_printable_invoice
    from retention_desktop.sales import renewal_after

    i = _invoices.c
    row = session.execute(select(i.customer_id, i.kind, i.paid, i.credited, i.issue_date).where(i.id == invoice_id)).first()
    if row is None or row.customer_id != customer_id or row.kind != DocumentKind.INVOICE:
        raise KitError(translate("Kit", "This invoice is not one of the customer's."), section="invoice")
    periods = session.execute(
        select(_lines.c.position, _items.c.renewal_every, _items.c.renewal_unit)
        .select_from(_lines.outerjoin(_items, _items.c.id == _lines.c.item_id))
        .where(_lines.c.invoice_id == invoice_id)
        .order_by(_lines.c.position)
    ).all()
    renewals = tuple(renewal_after(row.issue_date, every, unit) if every and unit else None for _position, every, unit in periods)
    invoice = read_printable_invoice(session, invoice_id)
    assert invoice is not None  # read above, in the same transaction
    # The kit's invoice section says what was paid and is due: the copy does not say it again.
    return _Purchase(replace(invoice, payment=None), row.paid, row.credited, renewals)


def _read_steps(session: Session, customer_id: int, today: date) -> tuple[_Step, ...]:
    f = _follow_ups.c
    rows = session.execute(
        select(f.due_on, f.kind, f.origin)
        .where(f.customer_id == customer_id, f.status == FollowUpStatus.OPEN, f.due_on >= today)
        .order_by(f.due_on, f.due_at, f.id)
        .limit(MAX_STEPS)
    ).all()
    return tuple(_Step(due_on, kind, origin) for due_on, kind, origin in rows)


@dataclass(frozen=True)
class ShopForKits:
    """What every kit of a shop prints alike, read once for a batch: the profile, its logo, its clock."""

    profile: BusinessProfile
    logo: str
    zone: ZoneInfo


def _read_shop(session: Session) -> ShopForKits:
    profile = read_profile(session)
    logo = str(session.scalar(select(_images.c.sha256).where(_images.c.id == profile.logo_id)) or "") if profile.logo_id else ""
    (zone,) = read_settings(session, TIME_ZONE)
    return ShopForKits(profile, logo, ZoneInfo(zone))


def read_shop(db: Database) -> ShopForKits:
    with db.session() as session:
        return _read_shop(session)


def _read_source(
    session: Session, customer_id: int, *, invoice_id: int | None, moment: datetime, shop: ShopForKits | None
) -> KitSource:
    customer = _read_customer(session, customer_id)
    shop = shop or _read_shop(session)
    day = moment.astimezone(shop.zone).date()
    invoice_id = invoice_id if invoice_id is not None else _first_invoice(session, customer_id)
    purchase = _read_purchase(session, customer_id, invoice_id) if invoice_id is not None else None
    return KitSource(customer, shop.profile, shop.logo, purchase, _read_steps(session, customer_id, day), day)


def read_kit_source(
    db: Database, customer_id: int, *, invoice_id: int | None = None, at: datetime | None = None, shop: ShopForKits | None = None
) -> KitSource:
    """What a kit for the customer prints, as the book holds it at `at` (now by default); the
    purchase is `invoice_id`, or the customer's first invoice, or none (a customer who has bought
    nothing yet)."""
    with db.session() as session:
        return _read_source(session, customer_id, invoice_id=invoice_id, moment=at or utc_now(), shop=shop)


def _whatsapp_link(profile: BusinessProfile, words: Mapping[str, str], values: Mapping[str, str]) -> str:
    from retention_desktop.templates import whatsapp_url

    number = profile.whatsapp
    if not number:
        return ""
    text = words.get("whatsapp_text", "")
    plain = {key: _plain(value) for key, value in values.items()}
    return whatsapp_url(number, PLACEHOLDER.sub(lambda m: plain.get(m.group(1), ""), text))


def _plain(text: str) -> str:
    """A value without the isolates that keep it whole in print (for a link's text)."""
    return re.sub("[\u2066-\u2069]", "", text)


def _purchase_rows(
    purchase: _Purchase, language: str, numbers: _Numbers, words: dict[str, str], values: dict[str, str]
) -> tuple[tuple[KitRow, ...], tuple[KitRow, ...]]:
    """The purchase's lines (with their renewal days) and what was billed, paid and is still due or
    owed back; fills the invoice's placeholders in `values`."""
    invoice = purchase.invoice
    currency = invoice.currency
    due = invoice.total - purchase.credited - purchase.paid
    renewals = [day for day in purchase.renewals if day is not None]
    values.update(
        invoice_number=f"{LRI}{invoice.number}{PDI}",
        invoice_date=numbers.date(invoice.issue_date),
        invoice_total=numbers.money(invoice.total, currency),
        amount_due=numbers.money(due, currency) if due > 0 else "",
        renewal_date=numbers.date(min(renewals)) if renewals else "",
    )
    items = tuple(
        KitRow(isolate_auto(clean_line(line.text(language))), numbers.quantity(line.quantity), numbers.date(day) if day else "")
        for line, day in zip(invoice.lines, purchase.renewals)
    )
    rows = [KitRow(words["invoice_total"].replace("{number}", values["invoice_number"]), values["invoice_total"])]
    if purchase.credited:
        rows[0] = replace(rows[0], value=numbers.money(invoice.total - purchase.credited, currency))
    rows.append(KitRow(words["paid"], numbers.money(purchase.paid, currency)))
    if due > 0:
        rows.append(KitRow(words["due"], values["amount_due"]))
    elif due < 0:  # a credit note after payment: the shop owes the difference back
        rows.append(KitRow(words["refund"], numbers.money(-due, currency)))
    else:
        rows.append(KitRow(words["settled"], ""))
    return items, tuple(rows)


def _sections(texts: Sequence[KitText], values: dict[str, str], numbers: _Numbers, *, has_invoice: bool) -> list[KitSection]:
    """The sections that print, in order, their texts filled in and numbered (the cover is not)."""
    sections: list[KitSection] = []
    for text in sorted(texts, key=lambda t: SECTIONS.index(t.section)):
        checked = check_kit_text(text)  # even when off: a text that cannot print is named before printing
        if not checked.enabled or (text.section == "invoice" and not has_invoice):
            continue
        body = _fill(checked.body, values, numbers)
        if not body and text.section not in _WITH_CONTENT:
            continue  # a section left without text prints nothing, not a heading alone
        number = "" if text.section == "cover" else numbers.digits(str(len([s for s in sections if s.key != "cover"]) + 1))
        sections.append(KitSection(text.section, number, _fill(checked.title, values, numbers), body))
    return sections


def make_kit(
    source: KitSource,
    texts: Sequence[KitText],
    *,
    language: str,
    printed_at: datetime,
    translate_document: Callable[[str, str], str] | None = None,
) -> KitSnapshot:
    """The kit for `source` in `language`, resolved: the sections that are on with their texts
    filled in, the tables and QR codes, the invoice and its words. KitError for a text that names
    an unknown placeholder (named, with its section)."""
    from retention_desktop.pdf.invoice import labels as invoice_labels

    check_language(language)
    defaults = language_defaults(language)
    words = dict(defaults.labels)
    profile, customer, purchase = source.profile, source.customer, source.purchase
    numbers = _Numbers(language, profile.digits, profile.country)
    name = isolate_auto(customer.name)
    shop_name = isolate_auto(profile.name(language))
    hours = profile.opening_hours_in(language)
    values: dict[str, str] = {
        "customer_name": name,
        "greeting": greeting(language, name, customer.gender, customer.kind),
        "shop_name": shop_name,
        "shop_phone": numbers.phone(profile.phone),
        "shop_whatsapp": numbers.phone(profile.whatsapp),
        "shop_address": isolate_auto(profile.address_in(language)),
        "opening_hours": isolate_auto(numbers.digits(" · ".join(line for line in hours.split("\n") if line.strip()))),
        "today": numbers.date(source.today),
        "first_follow_up_date": numbers.date(source.steps[0].due_on) if source.steps else "",
    }
    notes: list[str] = []
    invoice = purchase.invoice if purchase is not None else None
    items: tuple[KitRow, ...] = ()
    billing: tuple[KitRow, ...] = ()
    if purchase is not None:
        items, billing = _purchase_rows(purchase, language, numbers, words, values)
    else:
        notes.append(translate("Kit", "The customer has no purchase yet: the kit has no invoice, and says so."))
    sections = _sections(texts, values, numbers, has_invoice=invoice is not None)
    contacts = [
        KitRow(words[key], value)
        for key, value in (
            ("phone", values["shop_phone"]),
            ("whatsapp", values["shop_whatsapp"]),
            ("address", values["shop_address"]),
            ("hours", isolate_auto(numbers.digits(hours))),
        )
        if value
    ]
    codes = [
        KitRow(caption, payload)
        for caption, payload in (
            (words["scan_whatsapp"], _whatsapp_link(profile, words, values)),
            (words["scan_map"], profile.map_link),
        )
        if payload
    ]
    steps = tuple(
        KitRow(numbers.date(step.due_on), words[step.kind.value], words.get(step.origin.value, "")) for step in source.steps
    )
    return KitSnapshot(
        language=language,
        digits="arab" if numbers.arabic_digits else "latn",
        printed_at=printed_at,
        customer_id=customer.id,
        customer_name=customer.name,
        shop_name=profile.name(language),
        logo=source.logo,
        labels={**words, "printed_on": words["printed_on"].replace("{date}", values["today"])},
        sections=tuple(sections),
        items=items,
        billing=billing,
        contacts=tuple(contacts),
        codes=tuple(codes),
        steps=steps,
        invoice_id=invoice.id if invoice is not None else None,
        invoice_number=invoice.number if invoice is not None else "",
        invoice=invoice_json(invoice) if invoice is not None else None,
        invoice_labels=labels_json(invoice_labels(translate_document or translator_for(language))) if invoice is not None else None,
        notes=tuple(notes),
    )


def build_kit(
    db: Database,
    customer_id: int,
    *,
    language: str,
    invoice_id: int | None = None,
    at: datetime | None = None,
    texts: Sequence[KitText] | None = None,
    translate_document: Callable[[str, str], str] | None = None,
    shop: ShopForKits | None = None,
) -> KitSnapshot:
    """The kit for one customer as the book holds it now, in `language` (see make_kit); `texts` are
    the sections' texts (the book's by default: the editor's preview passes those being edited);
    `shop` what a batch read once."""
    moment = at or utc_now()
    with db.session() as session:  # one read transaction for all of it
        source = _read_source(session, customer_id, invoice_id=invoice_id, moment=moment, shop=shop)
        if texts is None:
            texts = read_texts(session, language)
    return make_kit(source, texts, language=language, printed_at=moment, translate_document=translate_document)


def sample_kit(db: Database, language: str, texts: Sequence[KitText], *, at: datetime | None = None) -> KitSnapshot:
    """A kit to show while its texts are edited: for the newest customer who has bought, or for a
    customer made up ("Sara Ahmed") in a book without sales."""
    i = _invoices.c
    with db.reading() as connection:
        newest = connection.execute(
            select(i.customer_id, i.id).where(i.kind == DocumentKind.INVOICE).order_by(i.issued_at.desc(), i.id.desc()).limit(1)
        ).first()
    if newest is not None:
        return build_kit(db, newest.customer_id, language=language, invoice_id=newest.id, at=at, texts=texts)
    moment = at or utc_now()
    shop = read_shop(db)
    name = "سارة أحمد" if language == "ar" else "Sara Ahmed"
    source = KitSource(_Customer(0, name, Gender.FEMALE, CustomerKind.PERSON), shop.profile, shop.logo, None, (), moment.astimezone(shop.zone).date())
    return make_kit(source, texts, language=language, printed_at=moment)


def customer_of_invoice(db: Database, invoice_id: int) -> int:
    """The customer an invoice was issued to."""
    with db.reading() as connection:
        found = connection.scalar(select(_invoices.c.customer_id).where(_invoices.c.id == invoice_id))
    if found is None:
        raise KitError(translate("Kit", "This invoice no longer exists."), section="invoice")
    return int(found)


def snapshot_images(db: Database, snapshot: KitSnapshot) -> dict[str, bytes]:
    """The images a snapshot names (the shop's logo, the invoice's), by their SHA-256."""
    wanted = {snapshot.logo} if snapshot.logo else set()
    if snapshot.invoice is not None:
        seller = snapshot.invoice.get("seller") or {}
        if seller.get("logo"):
            wanted.add(str(seller["logo"]))
    if not wanted:
        return {}
    with db.reading() as connection:
        return {digest: bytes(data) for digest, data in connection.execute(select(_images.c.sha256, _images.c.data).where(_images.c.sha256.in_(wanted)))}


# ---------------------------------------------------------------------------------------------
# Printing and the record


@dataclass(frozen=True)
class PrintedKit:
    """A kit made and recorded: its PDF, a file name for it, what it left out."""

    print_id: int
    customer_id: int
    pdf: bytes
    file_name: str
    notes: tuple[str, ...] = ()


def kit_file_name(snapshot: KitSnapshot) -> str:
    """A file name every file system takes: "kit-INV-000012-Sara.pdf" (letters of any script kept)."""
    name = "".join(c for c in unicodedata.normalize("NFC", snapshot.customer_name) if unicodedata.category(c) != "Mn")  # harakat off
    base = "-".join(part for part in ("kit", snapshot.invoice_number, name[:40]) if part)
    cleaned = re.sub(r"[^\w\-]+", "_", base, flags=re.UNICODE).strip("._-")
    return (cleaned or "kit") + ".pdf"


def draw_kit(snapshot: KitSnapshot, images: Mapping[str, bytes]) -> bytes:
    """The kit's PDF, drawn from its snapshot alone (pdf/kit.py)."""
    from retention_desktop.pdf.kit import render_kit

    return render_kit(snapshot, images)


def record_kit_print(connection: Any, snapshot_text: str, snapshot: KitSnapshot) -> int:
    """Keep a printed kit's snapshot on the customer's timeline (kit_prints); its id."""
    result = connection.execute(
        insert(_prints).values(
            customer_id=snapshot.customer_id,
            invoice_id=snapshot.invoice_id,
            language=snapshot.language,
            printed_at=snapshot.printed_at,
            snapshot=snapshot_text,
        )
    )
    return int(result.inserted_primary_key[0])


def print_kit(
    db: Database,
    customer_id: int,
    *,
    language: str,
    invoice_id: int | None = None,
    path: Path | None = None,
    at: datetime | None = None,
    translate_document: Callable[[str, str], str] | None = None,
) -> PrintedKit:
    """Make the customer's kit, record it on their timeline and return its PDF; with `path`, the
    file is written too, and the record is kept only if it was (files.write_atomically: whole or
    not at all). The PDF is drawn from the recorded snapshot, as a reprint will be."""
    from retention_desktop.files import check_target, write_atomically

    if path is not None:
        check_target(Path(path))
    snapshot = build_kit(db, customer_id, language=language, invoice_id=invoice_id, at=at, translate_document=translate_document)
    text = snapshot_json(snapshot)
    kept = snapshot_from_json(text)
    pdf = draw_kit(kept, snapshot_images(db, kept))
    with db.writing() as session:
        print_id = record_kit_print(session.connection(), text, kept)
        if path is not None:
            write_atomically(Path(path), pdf)
    return PrintedKit(print_id, customer_id, pdf, kit_file_name(kept), kept.notes)


def reprint_kit(db: Database, print_id: int) -> PrintedKit:
    """A kit printed before, drawn again from its snapshot: the same file, byte for byte."""
    with db.reading() as connection:
        row = connection.execute(select(_prints.c.customer_id, _prints.c.snapshot).where(_prints.c.id == print_id)).first()
    if row is None:
        raise KitError(translate("Kit", "This kit is no longer in the book."))
    snapshot = snapshot_from_json(row.snapshot)
    return PrintedKit(print_id, row.customer_id, draw_kit(snapshot, snapshot_images(db, snapshot)), kit_file_name(snapshot), snapshot.notes)


@dataclass(frozen=True)
class KitPrintRow:
    """A kit printed, as the customer's timeline lists it."""

    id: int
    customer_id: int
    printed_at: datetime
    language: str
    invoice_number: str


def kit_prints(db: Database, customer_id: int) -> list[KitPrintRow]:
    """The kits printed for a customer, newest first."""
    p, i = _prints.c, _invoices.c
    stmt = (
        select(p.id, p.customer_id, p.printed_at, p.language, i.number)
        .select_from(_prints.outerjoin(_invoices, i.id == p.invoice_id))
        .where(p.customer_id == customer_id)
        .order_by(p.printed_at.desc(), p.id.desc())
    )
    with db.reading() as connection:
        return [KitPrintRow(row.id, row.customer_id, row.printed_at, row.language, row.number or "") for row in connection.execute(stmt)]


# ---------------------------------------------------------------------------------------------
# New customers, and kits in batches


@dataclass(frozen=True)
class NewCustomerRow:
    """A customer whose first purchase was on `first_purchase`, with that invoice."""

    customer_id: int
    name: str
    phone: str
    first_purchase: date
    invoice_id: int
    invoice_number: str
    has_kit: bool

    @property
    def id(self) -> int:
        return self.customer_id


def new_customers(db: Database, *, since: date, without_kit: bool = False, limit: int | None = None) -> list[NewCustomerRow]:
    """Customers in the book whose first invoice was issued on `since` or later, oldest first; with
    `without_kit`, only those who have never had a kit printed."""
    i, c = _invoices.c, _customers.c
    first = (
        select(i.customer_id, func.min(i.issue_date).label("day"))
        .where(i.kind == DocumentKind.INVOICE)
        .group_by(i.customer_id)
        .subquery()
    )
    first_id = (
        select(i.id)
        .where(i.customer_id == c.id, i.kind == DocumentKind.INVOICE)
        .order_by(i.issued_at, i.id)
        .limit(1)
        .correlate(_customers)
        .scalar_subquery()
    )
    phone = first_phone(c.id)
    printed = exists().where(_prints.c.customer_id == c.id)
    stmt = (
        select(c.id, c.full_name, phone, first.c.day, first_id, printed)
        .join(first, first.c.customer_id == c.id)
        .where(first.c.day >= since, c.archived_at.is_(None))
        .order_by(first.c.day, c.id)
        .limit(limit)
    )
    if without_kit:
        stmt = stmt.where(~printed)
    with db.reading() as connection:
        rows = connection.execute(stmt).all()
        numbers = dict(connection.execute(select(i.id, i.number).where(i.id.in_([r[4] for r in rows]))).all()) if rows else {}
    return [
        NewCustomerRow(cid, name, number or "", day, invoice_id, numbers.get(invoice_id, ""), bool(has))
        for cid, name, number, day, invoice_id, has in rows
    ]


class NoKitsToPrint(KitError):
    pass


def find_kit_customer(db: Database, id_or_phone: str) -> int:
    """The customer a command names by their phone number (in any form, any digits) or by their
    number in the book; KitError when there is none, or several with that phone."""
    from retention_desktop.customers import find_duplicates

    text = ascii_digits(clean_line(id_or_phone))
    found = find_duplicates(db, [text]) if text else []
    count = len(found)
    if count > 1:
        message = translate("Kit", "%n customers have the phone number {phone}; give the customer's number in the book instead.", None, count)
        raise KitError(message.format(phone=isolate_auto(text)))
    if found:
        return found[0].id
    if text.isdigit() and len(text) <= 9:
        with db.reading() as connection:
            customer_id = connection.scalar(select(_customers.c.id).where(_customers.c.id == int(text)))
        if customer_id is not None:
            return int(customer_id)
    raise KitError(translate("Kit", "No customer has the number or phone number {value}.").format(value=isolate_auto(text or id_or_phone)))


__all__ = [
    "ShopForKits",
    "KitPrintRow",
    "KitSource",
    "NewCustomerRow",
    "NoKitsToPrint",
    "PrintedKit",
    "build_kit",
    "customer_of_invoice",
    "draw_kit",
    "find_kit_customer",
    "first_invoice_id",
    "greeting",
    "kit_file_name",
    "kit_prints",
    "make_kit",
    "new_customers",
    "print_kit",
    "read_kit_source",
    "read_shop",
    "record_kit_print",
    "reprint_kit",
    "sample_kit",
    "snapshot_images",
]

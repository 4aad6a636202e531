"""The customer book: add, edit, archive and find customers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from retention_desktop.clock import shop_today
from retention_desktop import tables
from retention_desktop.db import Database
from retention_desktop.statements import insert_rows, insert_rows_returning_ids, update_rows
from retention_desktop.errors import UserError
from retention_desktop.i18n import join_list, translate
from retention_desktop.models import (
    Customer,
    CadenceUnit,
    CustomerKind,
    CustomerPhone,
    Gender,
    PhoneKind,
    Source,
    Stage,
    Tag,
    customer_tags,
    utc_now,
)
from retention_desktop.phones import PhoneError, parse_phone
from retention_desktop.search import BookQuery, CustomerOrder, CustomerRow, find_customers
from retention_desktop.search_index import IndexEntry, SearchFields, index_entry, write_entries, write_index
from retention_desktop.settings import DEFAULT_COUNTRY, TIME_ZONE, get_setting, read_settings
from retention_desktop.text import clean_code, clean_line, clean_paragraph, fold, sort_key

MAX_NAME = 200
MAX_TAG = 60
MAX_AREA = 120  # the columns' sizes (tables.customers)
MAX_EMAIL = 254
OLDEST_BIRTHDAY_YEARS = 130
MAX_CADENCE = {CadenceUnit.DAYS: 3650, CadenceUnit.WEEKS: 520, CadenceUnit.MONTHS: 120}
# A loose check on purpose: one "@", something before it, a dotted domain after it, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_customers = tables.customers
_phones = tables.customer_phones
_CUSTOMER_COLUMNS = (
    "kind", "full_name", "sort_name", "gender", "email", "address", "area", "birthday", "notes",
    "source", "referred_by_id", "stage", "renewal_on", "contact_every", "contact_unit", "created_at", "updated_at",
)


@dataclass(frozen=True)
class CustomerDraft:
    """What the user typed for a customer, before it is checked."""

    full_name: str
    phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    area: str = ""
    birthday: date | None = None
    gender: Gender = Gender.UNSPECIFIED
    kind: CustomerKind = CustomerKind.PERSON
    tags: tuple[str, ...] = ()
    notes: str = ""
    source: Source = Source.UNKNOWN
    referred_by_id: int | None = None
    stage: Stage = Stage.PROSPECT
    renewal_on: date | None = None  # contract or subscription end
    contact_every: int | None = None  # stay in touch every N units
    contact_unit: CadenceUnit | None = None


@dataclass(frozen=True)
class Phone:
    number: str  # E.164
    kind: PhoneKind


@dataclass(frozen=True)
class CustomerDetails:
    """Everything the customer card and the edit dialog show."""

    id: int
    full_name: str
    kind: CustomerKind
    gender: Gender
    phones: tuple[Phone, ...]
    email: str
    address: str
    area: str
    birthday: date | None
    tags: tuple[str, ...]
    notes: str
    source: Source
    referred_by_id: int | None
    referred_by_name: str
    referrals: tuple[tuple[int, str], ...]
    stage: Stage
    renewal_on: date | None
    contact_every: int | None
    contact_unit: CadenceUnit | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None

    def as_draft(self) -> CustomerDraft:
        return CustomerDraft(
            full_name=self.full_name,
            phones=tuple(p.number for p in self.phones),
            email=self.email,
            address=self.address,
            area=self.area,
            birthday=self.birthday,
            gender=self.gender,
            kind=self.kind,
            tags=self.tags,
            notes=self.notes,
            source=self.source,
            referred_by_id=self.referred_by_id,
            stage=self.stage,
            renewal_on=self.renewal_on,
            contact_every=self.contact_every,
            contact_unit=self.contact_unit,
        )


class ValidationError(UserError):
    """Input that cannot be saved: a message per field, in the user's language."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class CustomerNotFound(UserError):
    def __init__(self, customer_id: int) -> None:
        super().__init__(translate("Customers", "This customer no longer exists."))
        self.customer_id = customer_id


class LikelyDuplicate(UserError):
    """Another customer already has one of these phone numbers; save again with allow_duplicate."""

    def __init__(self, matches: list[CustomerRow]) -> None:
        names = join_list(clean_line(m.full_name) for m in matches)  # saved by an older version, maybe
        super().__init__(
            translate("Customers", "A customer with the same phone number already exists: {names}").format(names=names)
        )
        self.matches = matches


@dataclass(frozen=True)
class _Checked:
    full_name: str
    phones: tuple[tuple[str, PhoneKind], ...]
    email: str
    address: str
    area: str
    birthday: date | None
    gender: Gender
    kind: CustomerKind
    tags: tuple[str, ...]
    notes: str
    source: Source
    referred_by_id: int | None
    stage: Stage
    renewal_on: date | None
    contact_every: int | None
    contact_unit: CadenceUnit | None
    search_text: str = field(default="")


_CHECKED_FIELDS = tuple(_Checked.__dataclass_fields__)


def cadence_problem(every: int | None, unit: CadenceUnit | None) -> str:
    """What is wrong with a stay-in-touch cadence, in the user's language; "" when nothing is."""
    if every is None:
        return ""
    if every <= 0:
        return translate("Customers", "Keep in touch at least every 1 day, week or month.")
    if unit is None:
        return translate("Customers", "Choose days, weeks or months.")
    if every > MAX_CADENCE[unit]:
        return translate("Customers", "That is more than ten years between contacts.")
    return ""


def check_draft(draft: CustomerDraft, *, default_country: str, today: date) -> _Checked:
    """Check every field of a draft, its text cleaned (text.clean_line; the notes with
    clean_paragraph, an email with clean_code); raise ValidationError naming each bad field.

    `today` is the shop's day (clock.shop_today), which no birthday is after.
    """
    errors: dict[str, str] = {}

    name = clean_line(draft.full_name)
    if not name:
        errors["full_name"] = translate("Customers", "The name is required.")
    elif len(name) > MAX_NAME:
        errors["full_name"] = translate("Customers", "The name is longer than %n characters.", None, MAX_NAME)

    phones: list[tuple[str, PhoneKind]] = []
    phone_errors: list[str] = []
    for raw in draft.phones:
        if not clean_line(raw):
            continue
        try:
            number, kind = parse_phone(raw, default_country)
        except PhoneError as e:
            phone_errors.append(str(e))
            continue
        if number not in (p[0] for p in phones):
            phones.append((number, kind))
    if phone_errors:
        errors["phones"] = "\n".join(phone_errors)

    email = clean_code(draft.email)
    if len(email) > MAX_EMAIL:
        errors["email"] = translate("Customers", "The email address is longer than %n characters.", None, MAX_EMAIL)
    elif email and not _EMAIL.match(email):
        errors["email"] = translate("Customers", "“{email}” is not an email address.").format(email=email)

    area = clean_line(draft.area)
    if len(area) > MAX_AREA:
        errors["area"] = translate("Customers", "The area is longer than %n characters.", None, MAX_AREA)

    if draft.birthday is not None:
        if draft.birthday > today:
            errors["birthday"] = translate("Customers", "The birthday cannot be in the future.")
        elif today.year - draft.birthday.year > OLDEST_BIRTHDAY_YEARS:
            errors["birthday"] = translate("Customers", "The birthday is more than %n years ago.", None, OLDEST_BIRTHDAY_YEARS)

    tags: list[str] = []
    for raw_tag in draft.tags:
        tag = clean_line(raw_tag)
        if not tag or fold(tag) in (fold(t) for t in tags):
            continue
        if len(tag) > MAX_TAG:
            errors["tags"] = translate("Customers", "A tag is longer than %n characters.", None, MAX_TAG)
        tags.append(tag)

    cadence = cadence_problem(draft.contact_every, draft.contact_unit)
    if cadence:
        errors["contact_every"] = cadence

    if errors:
        raise ValidationError(errors)
    return _Checked(
        full_name=name,
        phones=tuple(phones),
        email=email,
        address=clean_line(draft.address),
        area=area,
        birthday=draft.birthday,
        gender=draft.gender,
        kind=draft.kind,
        tags=tuple(tags),
        notes=clean_paragraph(draft.notes),
        source=draft.source,
        referred_by_id=draft.referred_by_id,
        stage=draft.stage,
        renewal_on=draft.renewal_on,
        contact_every=draft.contact_every if draft.contact_unit is not None else None,
        contact_unit=draft.contact_unit if draft.contact_every is not None else None,
    )


def _search_fields(customer_id: int, c: _Checked) -> SearchFields:
    return SearchFields(customer_id, c.full_name, c.email, c.area, c.notes, c.tags, tuple(n for n, _ in c.phones))


def _check_referrer(session: Session, referred_by_id: int | None, customer_id: int | None) -> None:
    if referred_by_id is None:
        return
    if referred_by_id == customer_id:
        raise ValidationError({"referred_by": translate("Customers", "A customer cannot refer themselves.")})
    if session.get(Customer, referred_by_id) is None:
        raise ValidationError({"referred_by": translate("Customers", "The referring customer no longer exists.")})


def _rows(session: Session, stmt: Select[Customer]) -> list[CustomerRow]:
    customers = session.scalars(stmt.options(selectinload(Customer.phones), selectinload(Customer.tags))).all()
    return [
        CustomerRow(
            id=c.id,
            full_name=c.full_name,
            phone=c.phones[0].number if c.phones else "",
            stage=c.stage,
            area=c.area,
            tags=tuple(t.name for t in c.tags),
            created_at=c.created_at,
            archived=c.archived_at is not None,
        )
        for c in customers
    ]


def _duplicates(session: Session, numbers: Iterable[str], exclude_id: int | None) -> list[CustomerRow]:
    numbers = list(numbers)
    if not numbers:
        return []
    ids = select(CustomerPhone.customer_id).where(CustomerPhone.number.in_(numbers))
    stmt = select(Customer).where(Customer.id.in_(ids)).order_by(Customer.sort_name)
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    return _rows(session, stmt)


def find_duplicates(db: Database, phones: Sequence[str], *, exclude_id: int | None = None) -> list[CustomerRow]:
    """Customers (archived ones too) who already have one of these phone numbers (typed in any form)."""
    country = get_setting(db, DEFAULT_COUNTRY)
    numbers = []
    for raw in phones:
        try:
            numbers.append(parse_phone(raw, country)[0])
        except PhoneError:
            continue
    with db.session() as session:
        return _duplicates(session, numbers, exclude_id)


def _tags(session: Session, names: Iterable[str]) -> list[Tag]:
    result = []
    for name in names:
        folded = fold(name)
        tag = session.scalar(select(Tag).where(Tag.folded == folded))
        if tag is None:
            tag = Tag(name=name, folded=folded)
            session.add(tag)
        result.append(tag)
    return result


def _apply(session: Session, customer: Customer, c: _Checked) -> None:
    customer.full_name = c.full_name
    customer.sort_name = sort_key(c.full_name)
    customer.kind = c.kind
    customer.gender = c.gender
    customer.email = c.email
    customer.address = c.address
    customer.area = c.area
    customer.birthday = c.birthday
    customer.notes = c.notes
    customer.source = c.source
    customer.referred_by_id = c.referred_by_id
    if customer.id is None:  # a new customer's first stage; after that the lifecycle moves it (lifecycle.py)
        customer.stage = c.stage
    customer.renewal_on = c.renewal_on
    customer.contact_every = c.contact_every
    customer.contact_unit = c.contact_unit
    customer.tags = _tags(session, c.tags)
    kept = {p.number: p for p in customer.phones}
    customer.phones = [
        _phone(kept.get(number), number, kind, position) for position, (number, kind) in enumerate(c.phones)
    ]


def _phone(existing: CustomerPhone | None, number: str, kind: PhoneKind, position: int) -> CustomerPhone:
    phone = existing or CustomerPhone(number=number)
    phone.kind = kind
    phone.position = position
    return phone


def add_customer(db: Database, draft: CustomerDraft, *, allow_duplicate: bool = False) -> int:
    """Save a new customer and return their id.

    Raises ValidationError for bad input, LikelyDuplicate when another customer has the same
    phone number (unless allow_duplicate); nothing is saved then.
    """
    checked = check_draft(draft, default_country=get_setting(db, DEFAULT_COUNTRY), today=shop_today(db))
    with db.writing() as session:
        _check_referrer(session, checked.referred_by_id, None)
        if not allow_duplicate:
            matches = _duplicates(session, (n for n, _ in checked.phones), None)
            if matches:
                raise LikelyDuplicate(matches)
        customer = Customer()
        _apply(session, customer, checked)
        session.add(customer)
        session.flush()
        write_index(session.connection(), [_search_fields(customer.id, checked)])
        return customer.id


def update_customer(db: Database, customer_id: int, draft: CustomerDraft, *, allow_duplicate: bool = False) -> None:
    """Save changes to a customer; the same checks as add_customer."""
    checked = check_draft(draft, default_country=get_setting(db, DEFAULT_COUNTRY), today=shop_today(db))
    with db.writing() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CustomerNotFound(customer_id)
        _check_referrer(session, checked.referred_by_id, customer_id)
        if not allow_duplicate:
            new_numbers = {n for n, _ in checked.phones} - {p.number for p in customer.phones}
            matches = _duplicates(session, new_numbers, customer_id)
            if matches:
                raise LikelyDuplicate(matches)
        _apply(session, customer, checked)
        write_index(session.connection(), [_search_fields(customer.id, checked)])


@dataclass(frozen=True)
class PreparedCustomer:
    """A customer checked and ready to save, with what the search indexes will hold: the half of
    add_customers that needs no database, which bulk work may do apart (another process)."""

    checked: _Checked
    sort_name: str
    index: IndexEntry

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Pickled as plain tuples: bulk work (an import's check in helper processes) sends a
        # hundred thousand of them back, and a dataclass's state takes twice as long to load.
        c, i = self.checked, self.index
        checked = tuple(getattr(c, name) for name in _CHECKED_FIELDS)
        return _prepared_customer, (checked, self.sort_name, (i.text, i.grams, i.first, i.words, i.phones))


def _prepared_customer(checked: tuple[Any, ...], sort_name: str, index: tuple[str, str, str, str, str]) -> PreparedCustomer:
    return PreparedCustomer(_Checked(*checked), sort_name, IndexEntry(*index))


def prepare_customers(drafts: Iterable[CustomerDraft], *, default_country: str, today: date) -> list[PreparedCustomer]:
    """Check each draft (check_draft) and make its search index entry; ValidationError for a bad one."""
    prepared = []
    for draft in drafts:
        checked = check_draft(draft, default_country=default_country, today=today)
        prepared.append(PreparedCustomer(checked, sort_key(checked.full_name), index_entry(_search_fields(0, checked))))
    return prepared


def add_customers(
    db: Database | Session, drafts: Iterable[CustomerDraft], *, created_at: Sequence[datetime] = ()
) -> list[int]:
    """Save many checked customers in one transaction, for imports and the demo book: `db` opens
    its own, a Session (of db.writing()) is the caller's, which may hold more changes.

    Duplicates are not looked for; a bad draft raises ValidationError and nothing is saved.
    Returns the new ids in the order of `drafts`.
    """
    if isinstance(db, Session):
        country, zone = read_settings(db, DEFAULT_COUNTRY, TIME_ZONE)
        today = datetime.now(ZoneInfo(zone)).date()
        return add_prepared_customers(db, prepare_customers(drafts, default_country=country, today=today), created_at=created_at)
    prepared = prepare_customers(drafts, default_country=get_setting(db, DEFAULT_COUNTRY), today=shop_today(db))
    with db.writing() as session:
        return add_prepared_customers(session, prepared, created_at=created_at)


def add_prepared_customers(
    session: Session, prepared: Sequence[PreparedCustomer], *, created_at: Sequence[datetime] = ()
) -> list[int]:
    """Save prepared customers (prepare_customers) in the caller's write transaction; returns their
    ids in order. `created_at`: when each came, now if empty."""
    now = utc_now()
    tags = _tags(session, sorted({t for p in prepared for t in p.checked.tags}, key=fold))
    session.flush()
    tag_ids = {t.folded: t.id for t in tags}
    connection = session.connection()
    ids: list[int] = []
    for start in range(0, len(prepared), 5000):
        batch = prepared[start : start + 5000]
        rows = [
            (
                c.kind, c.full_name, p.sort_name, c.gender, c.email, c.address, c.area, c.birthday, c.notes,
                c.source, c.referred_by_id, c.stage, c.renewal_on, c.contact_every, c.contact_unit,
                created_at[start + i] if created_at else now, now,
            )
            for i, p in enumerate(batch)
            for c in (p.checked,)
        ]
        # Plain tuples through each column's own processing (statements.insert_rows): SQLAlchemy's
        # executemany of mappings, and its ORM bulk insert even more, cost more than SQLite itself.
        batch_ids = insert_rows_returning_ids(connection, _customers, _CUSTOMER_COLUMNS, rows)
        ids.extend(batch_ids)
        insert_rows(
            connection,
            _phones,
            ("customer_id", "number", "kind", "position"),
            [(cid, n, k, pos) for cid, p in zip(batch_ids, batch) for pos, (n, k) in enumerate(p.checked.phones)],
        )
        insert_rows(
            connection,
            customer_tags,
            ("customer_id", "tag_id"),
            [(cid, tag_ids[fold(t)]) for cid, p in zip(batch_ids, batch) for t in p.checked.tags],
        )
        write_entries(connection, [(cid, p.index) for cid, p in zip(batch_ids, batch)], new=True)
    return ids


def update_prepared_customers(session: Session, changes: Sequence[tuple[int, PreparedCustomer]]) -> None:
    """Save changes to customers, each a (customer id, prepared customer) pair, in the caller's
    write transaction (an import's merges); the same result as update_customer for each, with no
    look for duplicates. CustomerNotFound when one of them is gone."""
    if not changes:
        return
    ids = [customer_id for customer_id, _ in changes]
    loaded = {
        c.id: c
        for start in range(0, len(ids), 500)
        for c in session.scalars(
            select(Customer)
            .where(Customer.id.in_(ids[start : start + 500]))
            .options(selectinload(Customer.phones), selectinload(Customer.tags))
        )
    }
    fields = []
    for customer_id, prepared in changes:
        customer = loaded.get(customer_id)
        if customer is None:
            raise CustomerNotFound(customer_id)
        _apply(session, customer, prepared.checked)
        fields.append(_search_fields(customer_id, prepared.checked))
    session.flush()
    write_index(session.connection(), fields)


def move_since_back(session: Session, since: Mapping[int, datetime]) -> set[int]:
    """Make each customer's "customer since" the moment `since` gives them where that is earlier
    than the book has it (an import of an older list of them), in the caller's write transaction;
    the ids of those changed. A later moment changes nothing: they were in the book by then."""
    connection = session.connection()
    c = _customers.c
    ids = sorted(since)
    moved: list[int] = []
    for start in range(0, len(ids), 500):
        for customer_id, created_at in connection.execute(select(c.id, c.created_at).where(c.id.in_(ids[start : start + 500]))):
            if since[customer_id] < created_at:
                moved.append(customer_id)
    now = utc_now()
    update_rows(connection, _customers, ("created_at", "updated_at"), ((i, (since[i], now)) for i in moved))
    return set(moved)


def archived_on(session: Session, moments: Mapping[int, datetime]) -> None:
    """Mark customers archived at the moments given (an import of customers a list says were taken
    out of the book then), in the caller's write transaction."""
    update_rows(session.connection(), _customers, ("archived_at",), ((i, (moment,)) for i, moment in moments.items()))


def customer_drafts(connection: Connection, ids: Sequence[int]) -> dict[int, CustomerDraft]:
    """The customers with these ids as drafts (what the edit dialog would start from), read in a
    few queries: for bulk work (an import's merges) where customer_details, one at a time, is slow."""
    drafts: dict[int, CustomerDraft] = {}
    phones: dict[int, list[str]] = {}
    tags: dict[int, list[str]] = {}
    c = _customers.c
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for number_row in connection.execute(
            select(_phones.c.customer_id, _phones.c.number)
            .where(_phones.c.customer_id.in_(chunk))
            .order_by(_phones.c.customer_id, _phones.c.position)
        ):
            phones.setdefault(number_row.customer_id, []).append(number_row.number)
        for tag_row in connection.execute(
            select(customer_tags.c.customer_id, tables.tags.c.name)
            .join(tables.tags, tables.tags.c.id == customer_tags.c.tag_id)
            .where(customer_tags.c.customer_id.in_(chunk))
            .order_by(tables.tags.c.folded)
        ):
            tags.setdefault(tag_row.customer_id, []).append(tag_row.name)
        for row in connection.execute(select(_customers).where(c.id.in_(chunk))):
            drafts[row.id] = CustomerDraft(
                full_name=row.full_name,
                phones=tuple(phones.get(row.id, ())),
                email=row.email,
                address=row.address,
                area=row.area,
                birthday=row.birthday,
                gender=row.gender,
                kind=row.kind,
                tags=tuple(tags.get(row.id, ())),
                notes=row.notes,
                source=row.source,
                referred_by_id=row.referred_by_id,
                stage=row.stage,
                renewal_on=row.renewal_on,
                contact_every=row.contact_every,
                contact_unit=row.contact_unit,
            )
    return drafts


def set_referrers(session: Session, pairs: Sequence[tuple[int, int]]) -> None:
    """Record who referred whom, (customer id, referrer id) pairs, in the caller's write
    transaction; a customer cannot refer themselves, and the database's foreign key refuses a
    referrer who does not exist."""
    if not pairs:
        return
    if any(customer_id == referrer_id for customer_id, referrer_id in pairs):
        raise ValidationError({"referred_by": translate("Customers", "A customer cannot refer themselves.")})
    now = utc_now()
    update_rows(session.connection(), _customers, ("referred_by_id", "updated_at"), [(c, (r, now)) for c, r in pairs])


def archive_customer(db: Database, customer_id: int) -> None:
    """Take a customer out of the book without losing anything; restore_customer undoes it."""
    with db.writing() as session:
        done = session.execute(
            update(Customer)
            .where(Customer.id == customer_id, Customer.archived_at.is_(None))
            .values(archived_at=utc_now())
        )
        if done.rowcount == 0 and session.get(Customer, customer_id) is None:  # type: ignore[attr-defined]
            raise CustomerNotFound(customer_id)


def restore_customer(db: Database, customer_id: int) -> None:
    """Bring an archived customer back into the book."""
    with db.writing() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CustomerNotFound(customer_id)
        customer.archived_at = None


def search_customers(
    db: Database,
    query: str = "",
    *,
    archived: bool = False,
    order: CustomerOrder | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the customers matching `query`: the best matches first (see search.py), or in a
    column's order; every one, or the first `limit`.

    Every word of the query must appear in the customer's name, phone numbers (typed in any digit
    form, with or without country code or leading zero), email, area, tags or notes. Arabic letter
    variants, hamza seats, diacritics, tatweel and Latin accents are ignored, and Latin letters
    match regardless of case. The customer book itself reads a page at a time (find_customers).
    """
    wanted = BookQuery(query, archived, order, descending)
    found: list[int] = []
    page = find_customers(db, wanted, limit=500)
    while True:
        found.extend(r.id for r in page.rows)
        if page.next is None or (limit is not None and len(found) >= limit):
            return found if limit is None else found[:limit]
        page = find_customers(db, wanted, limit=500, cursor=page.next)


def count_customers(db: Database, *, archived: bool = False) -> int:
    with db.session() as session:
        stmt = select(func.count(Customer.id)).where(
            Customer.archived_at.is_not(None) if archived else Customer.archived_at.is_(None)
        )
        return int(session.scalar(stmt) or 0)


def customer_details(db: Database, customer_id: int) -> CustomerDetails:
    with db.session() as session:
        c = session.get(
            Customer,
            customer_id,
            options=[selectinload(Customer.phones), selectinload(Customer.tags), selectinload(Customer.referred_by)],
        )
        if c is None:
            raise CustomerNotFound(customer_id)
        referrals = session.execute(
            select(Customer.id, Customer.full_name).where(Customer.referred_by_id == customer_id).order_by(Customer.sort_name)
        ).all()
        return CustomerDetails(
            id=c.id,
            full_name=c.full_name,
            kind=c.kind,
            gender=c.gender,
            phones=tuple(Phone(p.number, p.kind) for p in c.phones),
            email=c.email,
            address=c.address,
            area=c.area,
            birthday=c.birthday,
            tags=tuple(t.name for t in c.tags),
            notes=c.notes,
            source=c.source,
            referred_by_id=c.referred_by_id,
            referred_by_name=c.referred_by.full_name if c.referred_by else "",
            referrals=tuple((r.id, r.full_name) for r in referrals),
            stage=c.stage,
            renewal_on=c.renewal_on,
            contact_every=c.contact_every,
            contact_unit=c.contact_unit,
            created_at=c.created_at,
            updated_at=c.updated_at,
            archived_at=c.archived_at,
        )


def known_tags(db: Database) -> list[str]:
    """Every tag in use, for completion while typing."""
    with db.session() as session:
        return list(session.scalars(select(Tag.name).order_by(Tag.folded)))


def known_areas(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(select(Customer.area).where(Customer.area != "").group_by(Customer.area).order_by(Customer.area))
        )


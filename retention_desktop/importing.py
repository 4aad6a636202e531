"""Customers brought in from the files shops keep (CSV, Excel, phone contacts): read
(import_files.py), matched column by column to the fields (import_columns.py), previewed, then
added or merged in one transaction."""

from __future__ import annotations

import enum
import logging
import os
import re
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from retention_desktop.customers import (
    CustomerDraft,
    PreparedCustomer,
    ValidationError,
    add_prepared_customers,
    archived_on,
    customer_drafts,
    move_since_back,
    prepare_customers,
    set_referrers,
    update_prepared_customers,
)
from retention_desktop.clock import shop_today, shop_zone, start_of_day
from retention_desktop.customer_keys import contact_keys, contact_owners, customers_named
from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.import_dates import DATE_LIKE, NoSuchDay, guess_day_first, parse_day
from retention_desktop.import_columns import DATE_FIELDS, EMAIL_LIKE, PHONE_LIKE, REPEATABLE, Field, field_of_header, source_of
from retention_desktop.import_files import (
    ROWS_PER_CHECK,
    Cell,
    FileKind,
    RowProblem,
    SourceFile,
    SourceRow,
    cell_text,
    column_name,
    filled,
    short_name,
)
from retention_desktop.kinds import CustomerKind, Gender, Source
from retention_desktop.models import utc_now
from retention_desktop.progress import Progress
from retention_desktop.settings import DEFAULT_COUNTRY, get_setting
from retention_desktop.text import ascii_digits, clean_line, fold

log = logging.getLogger(__name__)


# --- matching columns to fields ----------------------------------------------------------------


@dataclass(frozen=True)
class Mapping:
    """The field each column of the file goes to, and how its dates are written."""

    fields: tuple[Field, ...]
    day_first: bool = True  # 03/04/1990 is the 3rd of April (False: March the 4th)


def guess_mapping(source: SourceFile) -> Mapping:
    """The field each column most likely holds: by its heading, else by what it holds (phone
    numbers, emails); a field that only one column can hold goes to the first that names it."""
    if source.fixed is not None:
        return Mapping(source.fixed)
    guessed: list[Field] = []
    taken: set[Field] = set()
    headerless = all(h == column_name(i) for i, h in enumerate(source.headers))
    for column, header in enumerate(source.headers):
        found = field_of_header(header) or _field_by_content(source, column, headerless, taken)
        if found not in REPEATABLE and found in taken:
            found = Field.IGNORE
        taken.add(found)
        guessed.append(found)
    fields = tuple(guessed)
    return Mapping(fields, guess_day_first(source, fields))


def _field_by_content(source: SourceFile, column: int, headerless: bool, taken: set[Field]) -> Field:
    values = [clean_line(cell_text(r.cells[column])) for r in source.rows[:50] if column < len(r.cells)]
    values = [v for v in values if v]
    if not values:
        return Field.IGNORE

    def most(test: Callable[[str], bool]) -> bool:
        return sum(1 for v in values if test(v)) * 5 >= len(values) * 4

    if most(lambda v: PHONE_LIKE.match(ascii_digits(v)) is not None):
        return Field.PHONE
    if most(lambda v: EMAIL_LIKE.match(v) is not None):
        return Field.EMAIL
    if headerless:
        if most(lambda v: DATE_LIKE.match(ascii_digits(v)) is not None):
            return Field.BIRTHDAY
        if Field.NAME not in taken and most(lambda v: any(ch.isalpha() for ch in v)):
            return Field.NAME
    return Field.IGNORE


# --- a row as a customer ------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_PHONE_SEPARATORS = re.compile(r"[;,/|\n،؛]+|\s{2,}| - | و ")
_LETTER = re.compile(r"[^\W\d_]")


def split_phones(text: str) -> list[str]:
    """The numbers a phone cell holds: "0551234567 / 0112345678", one per line, or with ; , |."""
    return [p.strip() for p in _PHONE_SEPARATORS.split(text) if p.strip()]


_TAG_SEPARATORS = re.compile(r"[;,|\n،؛]+")


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in _TAG_SEPARATORS.split(text) if t.strip()]


_GENDERS = {
    **dict.fromkeys(("m", "male", "man", "boy", "mr", "ذكر", "ذ", "رجل", "مذكر", "ولد", "male ذكر"), Gender.MALE),
    **dict.fromkeys(("f", "female", "woman", "girl", "mrs", "ms", "miss", "انثي", "ا", "ث", "امراه", "مونث", "بنت", "سيده"), Gender.FEMALE),
}
_BUSINESS = frozenset(
    fold(w) for w in ("business", "company", "organisation", "organization", "b2b", "corporate", "منشأة", "منشاه", "شركة", "مؤسسة", "تجاري", "نشاط تجاري", "جهة")
)


def _gender(text: str) -> Gender:
    """The gender a cell says, in either language; anything else (or nothing) is left unspecified."""
    key = fold(text).strip(" .")
    if key in _GENDERS:
        return _GENDERS[key]
    for gender in Gender:
        if key == fold(gender.value):
            return gender
    return Gender.UNSPECIFIED


def _draft(row: SourceRow, mapping: Mapping, company_note: str, today: date) -> tuple[str, CustomerDraft, RowExtras]:
    """The customer a row describes (not yet checked), the name to report it by, and the days it
    gives them; _Refused when a value cannot be read."""
    texts: dict[Field, list[str]] = {}
    dates: dict[Field, Cell] = {}
    for column, f in enumerate(mapping.fields):
        if f is Field.IGNORE or column >= len(row.cells):
            continue
        cell = row.cells[column]
        if f in DATE_FIELDS:
            if filled(cell):
                dates[f] = cell
            continue
        text = cell_text(cell)
        if text.strip():
            texts.setdefault(f, []).append(text)

    def one(f: Field) -> str:
        return " ".join(texts.get(f, []))

    name = clean_line(one(Field.NAME) or " ".join(p for p in (one(Field.FIRST_NAME), one(Field.LAST_NAME)) if p))
    company = clean_line(one(Field.COMPANY))
    kind = CustomerKind.BUSINESS if fold(one(Field.KIND)).strip() in _BUSINESS else CustomerKind.PERSON
    notes = [n for n in texts.get(Field.NOTES, [])]
    if not name and company:
        name, kind = company, CustomerKind.BUSINESS
    elif company:
        notes.insert(0, company_note.format(name=company))
    reported = short_name(name)
    phones = [p for text in texts.get(Field.PHONE, []) for p in split_phones(text)]
    for phone in phones:
        if _LETTER.search(ascii_digits(phone)):
            raise _Refused(translate("Importing", "“{phone}” has letters in it: it is not a phone number.").format(phone=clean_line(phone)))
    source, referrer = source_of(one(Field.SOURCE)), clean_line(one(Field.REFERRER))
    birthday = _day(dates.get(Field.BIRTHDAY), mapping.day_first)
    since = _day(dates.get(Field.SINCE), mapping.day_first)
    if since is not None and since > today:
        raise _Refused(
            translate("Importing", "“{value}” is after today: a customer cannot have come on a day still to come.").format(
                value=clean_line(cell_text(dates[Field.SINCE]))
            )
        )
    if since is not None and since < _EARLIEST_SINCE:
        raise _Refused(
            translate("Importing", "“{value}” is before 1950: that cannot be the day a customer came. Check the column.").format(
                value=clean_line(cell_text(dates[Field.SINCE]))
            )
        )
    archived = _day(dates.get(Field.ARCHIVED), mapping.day_first)
    if archived is not None and (archived > today or archived < _EARLIEST_SINCE or (since is not None and archived < since)):
        raise _Refused(
            translate(
                "Importing", "“{value}” cannot be the day this customer was archived: it is before they came, or after today."
            ).format(value=clean_line(cell_text(dates[Field.ARCHIVED])))
        )
    draft = CustomerDraft(
        full_name=name,
        phones=tuple(phones),
        email=one(Field.EMAIL).strip(),
        address=one(Field.ADDRESS),
        area=one(Field.AREA),
        birthday=birthday,
        gender=_gender(one(Field.GENDER)),
        kind=kind,
        tags=tuple(t for text in texts.get(Field.TAGS, []) for t in split_tags(text)),
        notes="\n".join(notes),
        # Named by whoever referred them: referred, whether or not that customer is found.
        source=Source.REFERRAL if referrer and source is Source.UNKNOWN else source,
    )
    return reported, draft, RowExtras(since, archived, referrer)


@dataclass(frozen=True)
class RowExtras:
    """What a row says of its customer beyond their fields, when the file has it."""

    since: date | None = None  # they became a customer
    archived: date | None = None  # the owner took them out of the book
    referrer: str = ""  # the name of the customer who referred them


# The earliest day a customer can have come: a smaller number in a date column (days since the
# last visit, read as an Excel serial) gives a day of 1900, never a customer's first day.
_EARLIEST_SINCE = date(1950, 1, 1)


def _day(cell: Cell, day_first: bool) -> date | None:
    """A date cell of the row (parse_day), or _Refused saying why it cannot be read."""
    try:
        return parse_day(cell, day_first=day_first)
    except NoSuchDay:
        raise _Refused(
            translate("Importing", "“{value}” is not a day of the calendar: that month has no such day.").format(
                value=clean_line(cell_text(cell))
            )
        ) from None
    except ValueError:
        raise _Refused(
            translate(
                "Importing", "“{value}” is not a date the program can read. Write it day first, for example 21/05/1990."
            ).format(value=clean_line(cell_text(cell)))
        ) from None
    except OverflowError:
        raise _Refused(translate("Importing", "“{value}” is not a date.").format(value=clean_line(cell_text(cell)))) from None


# --- the preview --------------------------------------------------------------------------------


class Duplicates(enum.StrEnum):
    """What becomes of a row for a customer of the book (or of an earlier row): the same phone
    number or email, or without either the same name."""

    MERGE = "merge"  # what the row adds (another phone, an email, tags…) goes onto that customer
    SKIP = "skip"


@dataclass(frozen=True)
class ReadyRow:
    number: int
    name: str
    prepared: PreparedCustomer
    extras: RowExtras = RowExtras()


@dataclass
class ImportPreview:
    """What an import would do, computed without writing anything."""

    source: SourceFile
    mapping: Mapping
    ready: list[ReadyRow]
    rejected: list[RowProblem]
    new: int  # rows that become new customers
    in_book: int  # rows whose phone a customer of the book already has
    repeated: int  # rows whose phone an earlier row of the file has

    @property
    def rows(self) -> int:
        return len(self.ready) + len(self.rejected)


def preview_import(db: Database, source: SourceFile, mapping: Mapping, *, progress: Progress | None = None) -> ImportPreview:
    """Check every row as the customer dialog would (the same core checks), and match the good
    ones with the book by phone number. Writes nothing. A large file is checked in helper
    processes, one per core (phone numbers take most of the time)."""
    progress = progress or Progress()
    if len(mapping.fields) != len(source.headers):
        raise ValueError("one field per column")
    check = _RowCheck(mapping, get_setting(db, DEFAULT_COUNTRY), shop_today(db), translate("Importing", "Company: {name}"))
    progress.expect(len(source.rows))
    ready: list[ReadyRow] = []
    rejected = list(source.problems)
    if not any(f in (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY) for f in mapping.fields):
        reason = translate("Importing", "No column is imported as the name.")
        rejected += [RowProblem(row.number, "", reason) for row in source.rows]
    else:
        for checked in _checked_rows(source.rows, check, progress):
            if isinstance(checked, ReadyRow):
                ready.append(checked)
            else:
                rejected.append(checked)
    rejected.sort(key=lambda p: p.number)
    with db.reading() as connection:
        owners = contact_owners(connection)
    plan = _plan(ready, owners)
    return ImportPreview(
        source,
        mapping,
        ready,
        rejected,
        new=sum(1 for target in plan if target is None),
        in_book=sum(1 for target in plan if isinstance(target, _InBook)),
        repeated=sum(1 for target in plan if isinstance(target, int)),
    )


@dataclass(frozen=True)
class _RowCheck:
    """What checking a row needs, sent as it is to a helper process."""

    mapping: Mapping
    country: str
    today: date
    company_note: str  # "Company: {name}", in the user's language (a helper process has no translator)

    def row(self, row: SourceRow) -> ReadyRow | RowProblem:
        try:
            name, draft, extras = _draft(row, self.mapping, self.company_note, self.today)
            prepared = prepare_customers([draft], default_country=self.country, today=self.today)[0]
        except _Refused as refused:
            return RowProblem(row.number, _row_name(row, self.mapping), refused.reason)
        except ValidationError as invalid:
            reason = " ".join(message.replace("\n", " ") for message in invalid.errors.values())
            return RowProblem(row.number, _row_name(row, self.mapping), reason)
        return ReadyRow(row.number, name, prepared, extras)

    def rows(self, rows: Sequence[SourceRow]) -> list[tuple[str, PreparedCustomer, RowExtras] | int]:
        """In a helper process: each row's name and prepared customer, or its index when refused:
        the parent words the reason again, in the user's language. Plain tuples: they cross to
        the parent sooner than dataclasses."""
        return [
            (checked.name, checked.prepared, checked.extras) if isinstance(checked := self.row(row), ReadyRow) else index
            for index, row in enumerate(rows)
        ]


PARALLEL_FROM = 4000  # rows; fewer are checked sooner than helper processes start (about a second)
_CHUNK = 2500


def _checked_rows(rows: Sequence[SourceRow], check: _RowCheck, progress: Progress) -> Iterable[ReadyRow | RowProblem]:
    workers = min(os.cpu_count() or 1, 4)
    if len(rows) >= PARALLEL_FROM and workers > 1:
        try:
            return _checked_in_helpers(rows, check, progress, workers)
        except (OSError, BrokenProcessPool) as e:  # no processes to be had: check them here
            log.warning("checking the rows in this process: %s", e)
    return _checked_here(rows, check, progress)


def _checked_here(rows: Sequence[SourceRow], check: _RowCheck, progress: Progress) -> list[ReadyRow | RowProblem]:
    checked = []
    for count, row in enumerate(rows, 1):
        if count % ROWS_PER_CHECK == 0:
            progress.step(ROWS_PER_CHECK)
        checked.append(check.row(row))
    return checked


def _checked_in_helpers(rows: Sequence[SourceRow], check: _RowCheck, progress: Progress, workers: int) -> list[ReadyRow | RowProblem]:
    """The rows checked in `workers` helper processes (spawned: safe from a thread, on every
    system), a chunk at a time; Cancel stops them."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    chunks = [rows[start : start + _CHUNK] for start in range(0, len(rows), _CHUNK)]
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = [pool.submit(check.rows, chunk) for chunk in chunks]
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                progress.step(len(chunks[futures.index(future)]))
            progress.check()
        checked: list[ReadyRow | RowProblem] = []
        for chunk, future in zip(chunks, futures):
            for index, result in enumerate(future.result()):
                if isinstance(result, int):
                    checked.append(check.row(chunk[result]))
                else:
                    checked.append(ReadyRow(chunk[index].number, *result))
        return checked
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _row_name(row: SourceRow, mapping: Mapping) -> str:
    for column, f in enumerate(mapping.fields):
        if f in (Field.NAME, Field.COMPANY, Field.FIRST_NAME) and column < len(row.cells):
            name = short_name(cell_text(row.cells[column]))
            if name:
                return name
    return ""


@dataclass(frozen=True)
class _InBook:
    customer_id: int


# Where a row goes: None, a new customer; an int, into the row of `ready` at that index; _InBook,
# into a customer of the book.
_Target = int | _InBook | None


def _plan(ready: Sequence[ReadyRow], owners: dict[str, int]) -> list[_Target]:
    """Each row's target, by its contact keys (customer_keys.contact_keys: its phone numbers, its
    email, or without either its name): a customer of the book who has one of them, else an earlier
    row that has one, else a new customer. A file exported from the book and imported again adds
    nobody."""
    seen: dict[str, int | _InBook] = {}
    plan: list[_Target] = []
    for index, row in enumerate(ready):
        checked = row.prepared.checked
        keys = contact_keys((number for number, _kind in checked.phones), checked.email, checked.full_name)
        target: _Target = next((_InBook(owners[k]) for k in keys if k in owners), None)
        if target is None:
            target = next((seen[k] for k in keys if k in seen), None)
        plan.append(target)
        for key in keys:
            seen.setdefault(key, index if target is None else target)
    return plan


def merge_drafts(base: CustomerDraft, extra: CustomerDraft) -> CustomerDraft:
    """`base` with what `extra` adds: its other phone numbers and tags, its notes, and the email,
    address, area, birthday, gender and source that `base` lacks. Nothing `base` has is replaced."""
    tags = {fold(t) for t in base.tags}
    notes = base.notes
    if extra.notes and extra.notes not in base.notes:
        notes = f"{base.notes}\n{extra.notes}" if base.notes else extra.notes
    return replace(
        base,
        phones=base.phones + tuple(p for p in extra.phones if p not in base.phones),
        email=base.email or extra.email,
        address=base.address or extra.address,
        area=base.area or extra.area,
        birthday=base.birthday or extra.birthday,
        gender=base.gender if base.gender is not Gender.UNSPECIFIED else extra.gender,
        tags=base.tags + tuple(t for t in extra.tags if fold(t) not in tags),
        notes=notes,
        source=base.source if base.source is not Source.UNKNOWN else extra.source,
    )


def _as_draft(prepared: PreparedCustomer) -> CustomerDraft:
    c = prepared.checked
    return CustomerDraft(
        full_name=c.full_name, phones=tuple(n for n, _ in c.phones), email=c.email, address=c.address, area=c.area,
        birthday=c.birthday, gender=c.gender, kind=c.kind, tags=c.tags, notes=c.notes, source=c.source,
        referred_by_id=c.referred_by_id, stage=c.stage, renewal_on=c.renewal_on, contact_every=c.contact_every,
        contact_unit=c.contact_unit,
    )


# --- the import -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    added: int  # new customers
    merged: int  # customers of the book that took something from the file
    unchanged: int  # customers of the book the file matched and had nothing to add to
    skipped: int  # rows left out because their phone number was already there
    rejected: int  # rows that could not be imported
    referrers_not_found: int = 0  # customers whose referrer, named in the file, is no one customer of the book


def import_customers(
    db: Database, preview: ImportPreview, *, duplicates: Duplicates, progress: Progress | None = None
) -> ImportResult:
    """Add and merge the preview's good rows, all in one transaction: every one or, cancelled or
    refused, none. The rows are matched with the book again inside the transaction, so a customer
    added since the preview is merged with, not doubled."""
    progress = progress or Progress()
    country = get_setting(db, DEFAULT_COUNTRY)
    today, zone = shop_today(db), shop_zone(db)
    ready = preview.ready
    if ready:
        from retention_desktop.backups import back_up_before_import

        progress.say(translate("Import", "Backing up the book before the import…"))
        back_up_before_import(db, progress)  # the book as it was, kept by the rotation; refused, nothing is imported
    with db.writing(cache_kib=64 * 1024) as session:  # the search indexes take 100,000 customers faster
        connection = session.connection()
        plan = _plan(ready, contact_owners(connection))
        book_ids = sorted({t.customer_id for t in plan if isinstance(t, _InBook)}) if duplicates is Duplicates.MERGE else []
        book = customer_drafts(connection, book_ids)
        merged_book: dict[int, CustomerDraft] = {}
        new: dict[int, PreparedCustomer] = {}
        merged_rows: dict[int, CustomerDraft] = {}
        # The day each came, when the file says: the earliest of the rows that are one customer.
        since: dict[int | _InBook, date] = {}
        # Who referred each, when the file names them: the first row that does.
        referrers: dict[int | _InBook, str] = {}
        skipped = 0
        for index, (row, target) in enumerate(zip(ready, plan)):
            if index % ROWS_PER_CHECK == 0:
                progress.check()
            if target is None:
                new[index] = row.prepared
            elif duplicates is Duplicates.SKIP:
                skipped += 1
                continue
            elif isinstance(target, _InBook):
                customer_id = target.customer_id
                merged_book[customer_id] = merge_drafts(merged_book.get(customer_id, book[customer_id]), _as_draft(row.prepared))
            else:
                merged_rows[target] = merge_drafts(merged_rows.get(target) or _as_draft(new[target]), _as_draft(row.prepared))
            key = index if target is None else target
            if row.extras.since is not None:
                since[key] = min(since.get(key, row.extras.since), row.extras.since)
            if row.extras.referrer:
                referrers.setdefault(key, row.extras.referrer)
        for index, draft in merged_rows.items():
            new[index] = prepare_customers([draft], default_country=country, today=today)[0]
        came = _came(since, zone=zone, today=today)
        changed = [(customer_id, draft) for customer_id, draft in merged_book.items() if draft != book[customer_id]]
        adding = list(new.values())
        now = utc_now()
        created = [came.get(index, now) for index in new]
        progress.say(translate("Import", "Saving the customers…"))
        progress.expect(len(adding) + len(changed))
        added: list[int] = []
        for start in range(0, len(adding), 5000):
            added += add_prepared_customers(session, adding[start : start + 5000], created_at=created[start : start + 5000])
            progress.step(len(adding[start : start + 5000]))
        # A new customer the file says was archived (its own row says, not a repeat of it) is archived.
        archived_on(session, {
            customer_id: _moment(day, zone=zone, today=today)
            for index, customer_id in zip(new, added)
            if (day := ready[index].extras.archived) is not None
        })
        for start in range(0, len(changed), 500):
            chunk = changed[start : start + 500]
            prepared = prepare_customers([d for _, d in chunk], default_country=country, today=today)
            update_prepared_customers(session, [(customer_id, p) for (customer_id, _), p in zip(chunk, prepared)])
            progress.step(len(chunk))
        # A customer of the book whom the file says came earlier than the book has it.
        earlier = move_since_back(session, {t.customer_id: moment for t, moment in came.items() if isinstance(t, _InBook)})
        referred, not_found = _refer(session, referrers, dict(zip(new, added)), book, country)
        progress.check()  # the last chance to cancel: past it, the transaction is saved
    merged = len({customer_id for customer_id, _ in changed} | earlier | {c for c in referred if c in merged_book})
    return ImportResult(
        added=len(adding),
        merged=merged,
        unchanged=len(merged_book) - merged,
        skipped=skipped,
        rejected=len(preview.rejected),
        referrers_not_found=not_found,
    )


def _refer(
    session: Session, referrers: dict[int | _InBook, str], added: dict[int, int], book: dict[int, CustomerDraft], country: str
) -> tuple[set[int], int]:
    """Record who referred whom, as the file names them (`referrers`, by a row's index among the new
    customers, `added` giving their ids, or by a customer of the book), in the import's transaction:
    the one customer of that name (folded: أحمد or احمد) or phone number, the new ones included; a customer of the book keeps a
    referrer they have. The customers given one, and how many named no one customer of the book."""
    if not referrers:
        return set(), 0
    named = customers_named(session.connection(), set(referrers.values()), country=country)
    pairs: list[tuple[int, int]] = []
    not_found = 0
    for key, name in referrers.items():
        customer_id = key.customer_id if isinstance(key, _InBook) else added.get(key)
        if customer_id is None or (isinstance(key, _InBook) and book[customer_id].referred_by_id is not None):
            continue
        found = named.get(name, set()) - {customer_id}
        if len(found) == 1:
            pairs.append((customer_id, found.pop()))
        else:
            not_found += 1
    set_referrers(session, pairs)
    return {customer_id for customer_id, _ in pairs}, not_found


def _came(since: dict[int | _InBook, date], *, zone: ZoneInfo, today: date) -> dict[int | _InBook, datetime]:
    """When each customer came, as the book keeps it (_moment)."""
    return {key: _moment(day, zone=zone, today=today) for key, day in since.items()}


def _moment(day: date, *, zone: ZoneInfo, today: date) -> datetime:
    """A day of the file as the book keeps a moment: the start of that day in the shop's time, and
    now for today (so that a customer who came today stands with the others added today)."""
    return utc_now() if day >= today else start_of_day(day, zone)


# --- in words -----------------------------------------------------------------------------------


def preview_lines(preview: ImportPreview, duplicates: Duplicates) -> list[str]:
    """The preview as the owner reads it (the GUI's preview and the command line say the same)."""
    lines = [translate("Importing", "%n new customers will be added.", None, preview.new)]
    if preview.in_book:
        if duplicates is Duplicates.MERGE:
            text = translate(
                "Importing",
                "%n rows are customers already in the book (the same phone number or email; without either, the "
                "same name): what they add (other numbers, email, tags, notes, an earlier “customer since”) will be "
                "merged into that customer.",
                None,
                preview.in_book,
            )
        else:
            text = translate(
                "Importing",
                "%n rows are customers already in the book (the same phone number or email; without either, the "
                "same name) and will be skipped.",
                None,
                preview.in_book,
            )
        lines.append(text)
    if preview.repeated:
        if duplicates is Duplicates.MERGE:
            text = translate(
                "Importing",
                "%n rows repeat the customer of an earlier row of the file (the same phone number or email; without "
                "either, the same name) and will be merged into it.",
                None,
                preview.repeated,
            )
        else:
            text = translate(
                "Importing",
                "%n rows repeat the customer of an earlier row of the file (the same phone number or email; without "
                "either, the same name) and will be skipped.",
                None,
                preview.repeated,
            )
        lines.append(text)
    if preview.rejected:
        lines.append(translate("Importing", "%n rows cannot be imported:", None, len(preview.rejected)))
    return lines


def problem_line(problem: RowProblem, kind: FileKind) -> str:
    """"Row 12 (Ahmed): the reason", or "Contact 3 …" for phone contacts."""
    if kind is FileKind.CONTACTS:
        where = translate("Importing", "Contact {number}").format(number=problem.number)
    else:
        where = translate("Importing", "Row {number}").format(number=problem.number)
    if problem.name:
        return translate("Importing", "{where} ({name}): {reason}").format(where=where, name=problem.name, reason=problem.reason)
    return translate("Importing", "{where}: {reason}").format(where=where, reason=problem.reason)


def result_lines(result: ImportResult) -> list[str]:
    lines = [translate("Importing", "Added %n customers.", None, result.added)]
    if result.merged:
        lines.append(translate("Importing", "Added details to %n customers already in the book.", None, result.merged))
    if result.unchanged:
        lines.append(translate("Importing", "%n customers already in the book had nothing new in the file.", None, result.unchanged))
    if result.skipped:
        lines.append(translate("Importing", "Skipped %n rows whose phone number was already there.", None, result.skipped))
    if result.rejected:
        lines.append(translate("Importing", "%n rows could not be imported.", None, result.rejected))
    if result.referrers_not_found:
        lines.append(
            translate(
                "Importing",
                "%n customers were imported without the customer who referred them: the book has no one customer of that name.",
                None,
                result.referrers_not_found,
            )
        )
    return lines

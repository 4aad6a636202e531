"""The book written out for a spreadsheet: customers, follow-ups, interactions and invoices, as CSV or .xlsx."""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from retention_desktop import tables
from retention_desktop.clock import shop_zone
from retention_desktop.db import Database
from retention_desktop.statements import first_phone
from retention_desktop.errors import UserError
from retention_desktop.files import check_target, write_atomically
from retention_desktop.followups import rule_reasons
from retention_desktop.i18n import translate
from retention_desktop.kinds import (
    CustomerKind,
    DocumentKind,
    FollowUpKind,
    FollowUpStatus,
    Gender,
    InteractionKind,
    Outcome,
    Source,
    Stage,
    payment_status,
)
from retention_desktop.labels import (
    document_kind_label,
    follow_up_kind_label,
    gender_label,
    interaction_kind_label,
    kind_label,
    outcome_label,
    payment_status_label,
    source_label,
    stage_label,
)
from retention_desktop.phones import format_phone
from retention_desktop.progress import Progress
from retention_desktop.settings import DEFAULT_COUNTRY, get_setting
from retention_desktop.text import isolate_ltr
from retention_desktop.xlsx import MAX_ROWS, Value, Workbook, looks_like_formula

_STEP = 2000  # rows between two looks at Cancel


class Table(enum.StrEnum):
    """What can be exported; each is a CSV file or a sheet of the workbook."""

    CUSTOMERS = "customers"
    FOLLOW_UPS = "follow-ups"
    INTERACTIONS = "interactions"
    INVOICES = "invoices"


def table_label(table: Table) -> str:
    return {
        Table.CUSTOMERS: translate("Exporting", "Customers"),
        Table.FOLLOW_UPS: translate("Exporting", "Follow-ups"),
        Table.INTERACTIONS: translate("Exporting", "Interactions"),
        Table.INVOICES: translate("Exporting", "Invoices"),
    }[table]


class ExportError(UserError):
    """An export that cannot be made as asked; nothing was written."""


class UnknownFormat(ExportError):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        return translate(
            "Exporting", "{name}: the program writes CSV files (.csv) and Excel workbooks (.xlsx). Give the file one of these endings."
        ).format(name=isolate_ltr(self.path.name))


class OneTablePerCsv(ExportError):
    def __str__(self) -> str:
        return translate(
            "Exporting",
            "A CSV file holds one table: choose customers, follow-ups, interactions or invoices, or export "
            "everything to an Excel workbook (.xlsx), one sheet each.",
        )


class TooManyRows(ExportError):
    def __init__(self, table: Table) -> None:
        super().__init__(table)
        self.table = table

    def __str__(self) -> str:
        return translate(
            "Exporting", "{table}: more rows than an Excel sheet holds (1,048,576). Export them to a CSV file instead."
        ).format(table=table_label(self.table))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[Table, int]


# --- the words in the cells: the screens' own (retention_desktop/labels.py), except that an unknown
# source or gender is an empty cell.


def _source(source: Source) -> str:
    return "" if source is Source.UNKNOWN else source_label(source)


def _gender(gender: Gender) -> str:
    return "" if gender is Gender.UNSPECIFIED else gender_label(gender)


def _outcome(outcome: Outcome | None) -> str:
    return "" if outcome is None else outcome_label(outcome)


def _status(status: FollowUpStatus) -> str:
    return {
        FollowUpStatus.OPEN: translate("Exporting", "Open"),
        FollowUpStatus.DONE: translate("Exporting", "Done"),
        FollowUpStatus.CANCELLED: translate("Exporting", "Cancelled"),
    }[status]


# --- the tables -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    headings: tuple[str, ...]
    widths: tuple[int, ...]
    count: int
    rows: Iterator[Sequence[Value]]


def _columns(*pairs: tuple[str, int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def _local_day(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return None if moment is None else moment.astimezone(zone).date()


def _customers(connection: Connection, country: str, zone: ZoneInfo) -> _Sheet:
    headings, widths = _columns(
        (translate("Exporting", "Customer no."), 10),
        (translate("Exporting", "Name"), 28),
        (translate("Exporting", "Phones"), 22),
        (translate("Exporting", "Email"), 26),
        (translate("Exporting", "Area"), 14),
        (translate("Exporting", "Address"), 30),
        (translate("Exporting", "Birthday"), 12),
        (translate("Exporting", "Gender"), 10),
        (translate("Exporting", "Person or business"), 12),
        (translate("Exporting", "Tags"), 20),
        (translate("Exporting", "Notes"), 40),
        (translate("Exporting", "Stage"), 14),
        (translate("Exporting", "Source"), 16),
        (translate("Exporting", "Referred by"), 24),
        (translate("Exporting", "Customer since"), 12),
        (translate("Exporting", "Archived on"), 12),
    )
    phones: dict[int, list[str]] = {}
    p = tables.customer_phones.c
    for customer_id, number in connection.execute(select(p.customer_id, p.number).order_by(p.customer_id, p.position)):
        phones.setdefault(customer_id, []).append(format_phone(number, country))
    tags: dict[int, list[str]] = {}
    ct, t = tables.customer_tags.c, tables.tags.c
    for customer_id, name in connection.execute(
        select(ct.customer_id, t.name).join(tables.tags, t.id == ct.tag_id).order_by(ct.customer_id, t.folded)
    ):
        tags.setdefault(customer_id, []).append(name)
    c = tables.customers.c
    rows = connection.execute(
        select(
            c.id, c.full_name, c.email, c.area, c.address, c.birthday, c.gender, c.kind, c.notes, c.stage, c.source,
            c.referred_by_id, c.created_at, c.archived_at,
        ).order_by(c.archived_at.is_not(None), c.sort_name, c.id)
    ).all()
    names = {row.id: row.full_name for row in rows}
    genders, kinds = {g: _gender(g) for g in Gender}, {k: kind_label(k) for k in CustomerKind}
    stages, sources = {s: stage_label(s) for s in Stage}, {s: _source(s) for s in Source}

    def cells() -> Iterator[Sequence[Value]]:
        for r in rows:
            yield (
                r.id, r.full_name, " / ".join(phones.get(r.id, ())), r.email, r.area, r.address, r.birthday,
                genders[r.gender], kinds[r.kind], ", ".join(tags.get(r.id, ())), r.notes, stages[r.stage],
                sources[r.source], names.get(r.referred_by_id, "") if r.referred_by_id else "",
                _local_day(r.created_at, zone), _local_day(r.archived_at, zone),
            )

    return _Sheet(headings, widths, len(rows), cells())


def _follow_ups(connection: Connection, country: str, zone: ZoneInfo) -> _Sheet:
    headings, widths = _columns(
        (translate("Exporting", "Customer no."), 10),
        (translate("Exporting", "Customer"), 28),
        (translate("Exporting", "Phone"), 16),
        (translate("Exporting", "What"), 10),
        (translate("Exporting", "Reason"), 30),
        (translate("Exporting", "Note"), 40),
        (translate("Exporting", "Due on"), 12),
        (translate("Exporting", "Time"), 8),
        (translate("Exporting", "Status"), 10),
        (translate("Exporting", "Added on"), 12),
        (translate("Exporting", "Closed on"), 12),
    )
    f, c = tables.follow_ups.c, tables.customers.c
    phone = first_phone(f.customer_id)
    rows = connection.execute(
        select(
            f.customer_id, c.full_name, phone, f.kind, f.reason, f.origin, f.note, f.due_on, f.due_at, f.status,
            f.created_at, f.closed_at,
        )
        .join(tables.customers, c.id == f.customer_id)
        .order_by(f.due_on, f.due_at, f.id)
    ).all()

    kinds, statuses = {k: follow_up_kind_label(k) for k in FollowUpKind}, {s: _status(s) for s in FollowUpStatus}
    reasons = rule_reasons()

    def cells() -> Iterator[Sequence[Value]]:
        for r in rows:
            yield (
                r.customer_id, r.full_name, format_phone(r[2], country) if r[2] else "", kinds[r.kind],
                reasons[r.origin] or r.reason, r.note, r.due_on, r.due_at.strftime("%H:%M") if r.due_at else "",
                statuses[r.status], _local_day(r.created_at, zone), _local_day(r.closed_at, zone),
            )

    return _Sheet(headings, widths, len(rows), cells())


def _interactions(connection: Connection, country: str, zone: ZoneInfo) -> _Sheet:
    headings, widths = _columns(
        (translate("Exporting", "Customer no."), 10),
        (translate("Exporting", "Customer"), 28),
        (translate("Exporting", "What"), 12),
        (translate("Exporting", "Date"), 12),
        (translate("Exporting", "Time"), 8),
        (translate("Exporting", "Note"), 50),
        (translate("Exporting", "Outcome"), 14),
        (translate("Exporting", "Score (1-5)"), 10),
        (translate("Exporting", "Resolved on"), 12),
    )
    i, c = tables.interactions.c, tables.customers.c
    rows = connection.execute(
        select(i.customer_id, c.full_name, i.kind, i.occurred_at, i.note, i.outcome, i.score, i.resolved_at)
        .join(tables.customers, c.id == i.customer_id)
        .order_by(i.occurred_at, i.id)
    ).all()

    kinds = {k: interaction_kind_label(k) for k in InteractionKind}
    outcomes: dict[Outcome | None, str] = {o: _outcome(o) for o in (*Outcome, None)}

    def cells() -> Iterator[Sequence[Value]]:
        for r in rows:
            local = r.occurred_at.astimezone(zone)
            yield (
                r.customer_id, r.full_name, kinds[r.kind], local.date(), local.strftime("%H:%M"), r.note,
                outcomes[r.outcome], r.score, _local_day(r.resolved_at, zone),
            )

    return _Sheet(headings, widths, len(rows), cells())


def _invoices(connection: Connection, country: str, zone: ZoneInfo) -> _Sheet:
    headings, widths = _columns(
        (translate("Exporting", "Number"), 14),
        (translate("Exporting", "Document"), 12),
        (translate("Exporting", "Date"), 12),
        (translate("Exporting", "Customer no."), 10),
        (translate("Exporting", "Customer"), 28),
        (translate("Exporting", "Currency"), 8),
        (translate("Exporting", "Before VAT"), 12),
        (translate("Exporting", "VAT"), 10),
        (translate("Exporting", "Total"), 12),
        (translate("Exporting", "Paid"), 12),
        (translate("Exporting", "Credited"), 12),
        (translate("Exporting", "Still due"), 12),
        (translate("Exporting", "Payment"), 14),
        (translate("Exporting", "Corrects"), 14),
        (translate("Exporting", "Note"), 30),
    )
    v, c = tables.invoices.c, tables.customers.c
    numbers = dict(connection.execute(select(v.id, v.number)).all())
    rows = connection.execute(
        select(
            v.number, v.kind, v.issue_date, v.customer_id, c.full_name, v.currency, v.net, v.vat, v.total, v.paid,
            v.credited, v.corrects_id, v.note,
        )
        .join(tables.customers, c.id == v.customer_id)
        .order_by(v.issued_at, v.id)
    ).all()

    documents = {k: document_kind_label(k) for k in DocumentKind}

    def cells() -> Iterator[Sequence[Value]]:
        for r in rows:
            invoice = r.kind == DocumentKind.INVOICE
            yield (
                r.number, documents[r.kind], r.issue_date, r.customer_id, r.full_name, r.currency, r.net, r.vat,
                r.total, r.paid, r.credited, r.total - r.credited - r.paid if invoice else None,
                payment_status_label(payment_status(r.total, r.paid, r.credited)) if invoice else "",
                numbers.get(r.corrects_id, "") if r.corrects_id else "", r.note,
            )

    return _Sheet(headings, widths, len(rows), cells())


_READERS: dict[Table, Callable[[Connection, str, ZoneInfo], _Sheet]] = {
    Table.CUSTOMERS: _customers,
    Table.FOLLOW_UPS: _follow_ups,
    Table.INTERACTIONS: _interactions,
    Table.INVOICES: _invoices,
}


# --- writing ----------------------------------------------------------------------------------------


def export_format(path: Path) -> str:
    """"csv" or "xlsx", from the file's ending; UnknownFormat for any other."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UnknownFormat(path)
    return suffix[1:]


def export_book(
    db: Database,
    path: Path | str,
    what: Sequence[Table],
    *,
    right_to_left: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the tables asked for to `path`: a CSV file (one table; UTF-8 with its mark, so that
    Excel reads Arabic right) or an Excel workbook (one sheet each, its columns from right to left
    when `right_to_left`). Headings and words are in the user's language; dates are days
    (2026-05-21 in CSV, date cells in Excel), amounts exact. A text that a spreadsheet would run as
    a formula (starting with = + - @, a tab or a carriage return) is kept as text: behind an
    apostrophe in CSV (as OWASP advises), marked as text typed after one in Excel. The file appears
    whole or not at all (files.write_atomically); it only reads the book."""
    path = Path(path).expanduser()
    kind = export_format(path)
    if kind == "csv" and len(what) != 1:
        raise OneTablePerCsv()
    check_target(path)  # a folder, a device or a missing folder is refused before anything is read
    progress = progress or Progress()
    country = get_setting(db, DEFAULT_COUNTRY)
    zone = shop_zone(db)
    counts: dict[Table, int] = {}
    buffer = io.BytesIO()
    with db.reading() as connection:
        sheets = []
        for table in what:
            sheets.append((table, _READERS[table](connection, country, zone)))
            progress.check()
    progress.expect(sum(s.count for _, s in sheets))
    if kind == "csv":
        table, sheet = sheets[0]
        counts[table] = _write_csv(buffer, sheet, progress)
    else:
        workbook = Workbook(buffer, right_to_left=right_to_left)
        for table, sheet in sheets:
            if sheet.count >= MAX_ROWS:
                raise TooManyRows(table)
            counts[table] = workbook.add_sheet(table_label(table), sheet.headings, sheet.widths, _counted(sheet.rows, progress))
        workbook.close()
    progress.check()
    written = write_atomically(path, buffer.getvalue())
    return ExportResult(written, counts)


def _counted(rows: Iterator[Sequence[Value]], progress: Progress) -> Iterator[Sequence[Value]]:
    for number, row in enumerate(rows, 1):
        if number % _STEP == 0:
            progress.step(_STEP)
        yield row


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if looks_like_formula(value) else value
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_csv(buffer: io.BytesIO, sheet: _Sheet, progress: Progress) -> int:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(sheet.headings)
    count = 0
    for row in _counted(sheet.rows, progress):
        writer.writerow([_csv_cell(v) for v in row])
        count += 1
    buffer.write(text.getvalue().encode("utf-8-sig"))
    return count


def export_file_name(what: Sequence[Table], kind: str, day: date) -> str:
    """A name to offer in the save dialog: "customers-2026-05-21.csv", "retention-2026-05-21.xlsx"."""
    stem = what[0].value if len(what) == 1 else "retention"
    return f"{stem}-{day.isoformat()}.{kind}"

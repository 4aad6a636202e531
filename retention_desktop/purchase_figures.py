"""Each customer's purchase figures, kept with them: first and last purchase, number of invoices, the
days they bought on, their usual interval, and what they spent per currency net of credit notes (in
integer minor units, so that the database sums them). Moved on in the transaction of every invoice
and credit note (sales_batch.SalesBatch), rebuilt for existing books by migration 0011."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, exists, select
from sqlalchemy.engine import Dialect

from retention_desktop.customers import CustomerNotFound
from retention_desktop.db import Database
from retention_desktop.statements import update_rows
from retention_desktop.kinds import DocumentKind
from retention_desktop.lifecycle import lapses_on, usual_interval
from retention_desktop.money import from_minor_units, to_minor_units
from retention_desktop.tables import customer_spending as _spending
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import invoices as _invoices

_LOOKUP_CHUNK = 5000  # customer ids per IN (...)

# The columns of `customers` this module keeps.
FIGURE_COLUMNS = ("first_purchase_on", "last_purchase_on", "purchase_count", "purchase_days", "lapses_on")


@dataclass(frozen=True)
class PurchaseFigures:
    """A customer's purchase figures. `spent` is per currency (a book rarely has more than one),
    invoiced less credited; `purchase_days` counts the different days they bought on."""

    first_purchase: date | None
    last_purchase: date | None
    purchase_count: int
    purchase_days: int
    lapses_on: date | None
    spent: tuple[tuple[str, Decimal], ...]

    @property
    def usual_interval(self) -> int | None:
        """The usual number of days between purchases; None for a one-off buyer."""
        return usual_interval(self.first_purchase, self.last_purchase, self.purchase_days)


# What record_documents needs of a document: its kind, customer, issue date, currency and total.
DocumentFigures = tuple[DocumentKind, int, date, str, Decimal]


@dataclass
class _Running:
    first: date | None
    last: date | None
    count: int
    days: int


class KnownFigures:
    """The figures of the customers a batch of documents has moved so far in its transaction (what
    record_documents read and wrote), so that its next call reads only those of new customers.
    Only for one transaction, in which nothing else moves these figures."""

    def __init__(self) -> None:
        self.running: dict[int, _Running] = {}
        self.moved: set[int] = set()  # customers whose figures in `running` are not written yet
        self.spent: dict[tuple[int, str], int] = {}  # by customer and currency: spending not added yet

    def know(self, customer_id: int, first: date | None, last: date | None, count: int, days: int) -> None:
        """A customer's figures as read with them (RUNNING_COLUMNS) ahead of their documents, so
        that record_documents reads them not again; those known already stay as they are."""
        if customer_id not in self.running:
            self.running[customer_id] = _Running(first, last, count, days)


# What a batch reads of a customer's figures to move them on (KnownFigures.know), in this order.
RUNNING_COLUMNS = (_customers.c.first_purchase_on, _customers.c.last_purchase_on, _customers.c.purchase_count, _customers.c.purchase_days)


def record_documents(connection: Connection, documents: Sequence[DocumentFigures], known: KnownFigures | None = None) -> None:
    """Move the figures of the documents' customers on for these invoices and credit notes, which
    are about to be inserted (kind, customer, issue date, currency, total of each), in the caller's
    write transaction. `known`: the figures the calls before in the same transaction left
    (sales_batch.SalesBatch keeps them), read only once; the new figures are then written by
    write_figures, which the caller runs before anything reads them (SalesBatch: at the end of
    each of its calls). Without `known`, written at once."""
    pending = known or KnownFigures()
    _count_purchases(connection, [(customer_id, day) for kind, customer_id, day, _currency, _total in documents if kind == DocumentKind.INVOICE], pending)
    spent = pending.spent
    for _kind, customer_id, _day, currency, total in documents:
        key = (customer_id, currency)
        spent[key] = spent.get(key, 0) + to_minor_units(total, currency)  # a credit note's total is negative
    if known is None:
        write_figures(connection, pending)


def write_figures(
    connection: Connection, known: KnownFigures, *, also: Sequence[str] = (), values: Mapping[int, Sequence[Any]] | None = None
) -> None:
    """Write the figures record_documents moved on in `known` since the last time. `also`: more
    columns of the customers' rows that the caller moved with them, `values` by customer, written
    in the same statement: each row is written once."""
    more = values or {}
    if known.moved:
        running = known.running
        # Those with more to write, then those with their figures alone: two statements at most.
        for columns, customers in ((FIGURE_COLUMNS + tuple(also), sorted(c for c in known.moved if c in more)), (FIGURE_COLUMNS, sorted(c for c in known.moved if c not in more))):
            update_rows(
                connection,
                _customers,
                columns,
                [
                    (customer_id, (f.first, f.last, f.count, f.days, lapses_on(f.first, f.last, f.days), *more.get(customer_id, ())))
                    for customer_id, f in ((c, running[c]) for c in customers)
                ],
            )
    update_rows(connection, _customers, also, [(c, more[c]) for c in sorted(more) if c not in known.moved])
    known.moved.clear()
    _add_spending(connection, known.spent)
    known.spent.clear()


def _count_purchases(connection: Connection, invoices: Sequence[tuple[int, date]], known: KnownFigures) -> None:
    if not invoices:
        return
    customers = {customer_id for customer_id, _day in invoices}
    known.running.update(_read_running(connection, [c for c in customers if c not in known.running]))
    known.moved.update(customers)
    running = {c: known.running[c] for c in customers}
    added: set[tuple[int, date]] = set()  # (customer, day) of this call's invoices
    for customer_id, day in invoices:
        figures = running[customer_id]
        figures.count += 1
        if (customer_id, day) in added:
            continue
        if figures.first is None or figures.last is None:
            figures.first = figures.last = day
            figures.days = 1
        elif day > figures.last or day < figures.first:
            figures.first, figures.last = min(figures.first, day), max(figures.last, day)
            figures.days += 1
        elif day not in (figures.first, figures.last) and not _bought_on(connection, customer_id, day):
            figures.days += 1  # an invoice dated between two others (backdated), on a new day
        added.add((customer_id, day))


# The statements each invoice batch runs, made once: ids go in as one expanding parameter (an IN
# list of literal values was coerced value by value, as long as the query itself on the demo).
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_READ_RUNNING = select(_customers.c.id, *RUNNING_COLUMNS).where(_customers.c.id.in_(_IDS))


def _read_running(connection: Connection, customer_ids: Iterable[int]) -> dict[int, _Running]:
    ids = sorted(customer_ids)
    running: dict[int, _Running] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        rows = connection.execute(_READ_RUNNING, {"ids": ids[start : start + _LOOKUP_CHUNK]})
        for customer_id, first, last, count, days in rows:
            running[customer_id] = _Running(first, last, count, days)
    return running


def _bought_on(connection: Connection, customer_id: int, day: date) -> bool:
    i = _invoices.c
    found = select(
        exists().where(i.customer_id == customer_id, i.kind == DocumentKind.INVOICE, i.issue_date == day)
    )
    return bool(connection.scalar(found))


def _add_spending(connection: Connection, spent: Mapping[tuple[int, str], int]) -> None:
    """Add to what customers spent, in one statement: a customer's row for the currency is made, or
    its sum moved on (INSERT … ON CONFLICT DO UPDATE, SQLite and PostgreSQL alike). Reading each
    customer's rows, deleting them and writing them again took three statements a call."""
    if not spent:
        return
    rows = sorted((customer_id, currency, minor) for (customer_id, currency), minor in spent.items())
    dialect = connection.dialect
    if dialect.paramstyle == "qmark":
        connection.exec_driver_sql(_spending_upsert(dialect), rows)
    else:
        connection.execute(_spending_upsert_statement(dialect), [dict(zip(("customer_id", "currency", "spent_minor"), row)) for row in rows])


def _spending_upsert_statement(dialect: Dialect) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    statement = (postgresql if dialect.name == "postgresql" else sqlite).insert(_spending)
    return statement.on_conflict_do_update(
        index_elements=[_spending.c.customer_id, _spending.c.currency],
        set_={"spent_minor": _spending.c.spent_minor + statement.excluded.spent_minor},
    )


@cache
def _spending_upsert(dialect: Dialect) -> str:
    """The upsert's text with "?" for customer, currency and amount, in that order (SQLite)."""
    compiled = _spending_upsert_statement(dialect).compile(dialect=dialect, column_keys=["customer_id", "currency", "spent_minor"])
    if list(compiled.positiontup or []) != ["customer_id", "currency", "spent_minor"]:
        raise RuntimeError(f"unexpected parameters for the spending upsert: {compiled.positiontup}")
    return str(compiled)


def purchase_figures(db: Database, customer_id: int) -> PurchaseFigures:
    """A customer's purchase figures, read from their row; raises CustomerNotFound."""
    c = _customers.c
    with db.reading() as connection:
        row = connection.execute(select(*(c[name] for name in FIGURE_COLUMNS)).where(c.id == customer_id)).first()
        if row is None:
            raise CustomerNotFound(customer_id)
        spending = connection.execute(
            select(_spending.c.currency, _spending.c.spent_minor)
            .where(_spending.c.customer_id == customer_id)
            .order_by(_spending.c.currency)
        ).all()
    first, last, count, days, lapse = row
    return PurchaseFigures(first, last, count, days, lapse, tuple((cur, from_minor_units(minor, cur)) for cur, minor in spending))


__all__ = ["FIGURE_COLUMNS", "RUNNING_COLUMNS", "KnownFigures", "PurchaseFigures", "purchase_figures", "record_documents", "write_figures"]

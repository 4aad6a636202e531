"""Checks of the book's file (SQLite's own integrity checks) and the counts of what it holds."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, select

from retention_desktop.db import Database, read_only_uri
from retention_desktop.errors import DatabaseError
from retention_desktop.i18n import translate
from retention_desktop.kinds import DocumentKind, FollowUpStatus
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.tables import (
    catalogue_items,
    customers,
    follow_ups,
    interactions,
    invoices,
    message_templates,
    payments,
)

log = logging.getLogger(__name__)

MAX_PROBLEMS = 20  # SQLite's first problems are enough to tell; a badly damaged file has thousands


@dataclass(frozen=True)
class BookCounts:
    """What a book holds, as the owner counts it."""

    customers: int = 0
    archived_customers: int = 0
    open_follow_ups: int = 0
    follow_ups: int = 0
    interactions: int = 0
    invoices: int = 0
    credit_notes: int = 0
    payments: int = 0
    catalogue_items: int = 0
    message_templates: int = 0

    def labelled(self) -> list[tuple[str, int]]:
        """Each count with its label, in the user's language."""
        return [
            (translate("BookCheck", "Customers"), self.customers),
            (translate("BookCheck", "Archived customers"), self.archived_customers),
            (translate("BookCheck", "Follow-ups (open or done)"), self.follow_ups),
            (translate("BookCheck", "Open follow-ups"), self.open_follow_ups),
            (translate("BookCheck", "Interactions"), self.interactions),
            (translate("BookCheck", "Invoices"), self.invoices),
            (translate("BookCheck", "Credit notes"), self.credit_notes),
            (translate("BookCheck", "Payments"), self.payments),
            (translate("BookCheck", "Catalogue items"), self.catalogue_items),
            (translate("BookCheck", "Message templates"), self.message_templates),
        ]


@dataclass(frozen=True)
class BookCheck:
    """The result of a check: SQLite's problems (its own words, the first MAX_PROBLEMS), and what the
    book holds (None when it could not be counted)."""

    problems: list[str] = field(default_factory=list)
    counts: BookCounts | None = None
    full: bool = True
    file_checked: bool = True  # False for a book on a database server: the server checks its own files

    @property
    def not_checked_here(self) -> str:
        """What to say instead of a check's result for a book on a server ("" for a file)."""
        if self.file_checked:
            return ""
        return translate(
            "Integrity",
            "The book is on a database server: the server checks its own files (for PostgreSQL, its page "
            "checksums). Only the counts are shown here.",
        )

    @property
    def ok(self) -> bool:
        return not self.problems


def check_book(db: Database, *, full: bool = True, progress: Progress | None = None, counted: bool = True) -> BookCheck:
    """Check the open book: PRAGMA integrity_check (every page, every index against its table) and
    the links between records (foreign_key_check), or PRAGMA quick_check alone when not `full`;
    then count what it holds (unless not `counted`). It only reads. A damaged file gives problems, never an exception;
    Cancelled if the user stops it."""
    problems: list[str] = []
    try:
        with db.reading() as connection:
            problems = _sqlite_checks(connection, full=full, progress=progress)
    except DatabaseError as e:
        problems = [_sqlite_words(e)]
    counts: BookCounts | None = None
    try:
        counts = book_counts(db) if counted else None
    except DatabaseError as e:
        log.warning("cannot count what the book holds: %r", e)
        if not problems:
            problems = [_sqlite_words(e)]
    if problems:
        log.warning("the book %s did not pass its check: %s", db.path, problems[:5])
    return BookCheck(problems, counts, full, file_checked=db.is_sqlite)


def _sqlite_words(error: DatabaseError) -> str:
    """SQLite's own words for what stopped a check ("database disk image is malformed")."""
    cause = error.__cause__
    return str(getattr(cause, "orig", None) or cause or error)


def _sqlite_checks(connection: Connection, *, full: bool, progress: Progress | None) -> list[str]:
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a pooled connection always has its driver connection
        raise RuntimeError("no driver connection")
    dialect = connection.dialect.name
    if dialect != "sqlite":  # a server checks its own files
        return []
    pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    with cancellable(raw, progress, pages):
        rows = connection.exec_driver_sql("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"][:MAX_PROBLEMS]
        if full:
            for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                if len(problems) >= MAX_PROBLEMS:
                    break
                problems.append(f"{table} row {rowid}: no {parent} it points at")
    return problems


def book_counts(db: Database) -> BookCounts:
    with db.reading() as c:

        def count(table: object, *where: object) -> int:
            statement = select(func.count()).select_from(table)  # type: ignore[arg-type]
            for condition in where:
                statement = statement.where(condition)  # type: ignore[arg-type]
            return int(c.execute(statement).scalar() or 0)

        return BookCounts(
            customers=count(customers, customers.c.archived_at.is_(None)),
            archived_customers=count(customers, customers.c.archived_at.is_not(None)),
            open_follow_ups=count(follow_ups, follow_ups.c.status == FollowUpStatus.OPEN),
            follow_ups=count(follow_ups),
            interactions=count(interactions),
            invoices=count(invoices, invoices.c.kind == DocumentKind.INVOICE),
            credit_notes=count(invoices, invoices.c.kind == DocumentKind.CREDIT_NOTE),
            payments=count(payments),
            catalogue_items=count(catalogue_items),
            message_templates=count(message_templates),
        )


@contextmanager
def cancellable(con: sqlite3.Connection, progress: Progress | None, pages: int) -> Iterator[None]:
    """While a check runs on `con`: move `progress` on (a step of two pages for each thousand SQLite
    instructions, about as quick_check goes, up to `pages` pages) and stop the check when the
    user cancels (Cancelled)."""
    if progress is None:
        yield
        return
    ticks = [0]

    def tick() -> int:
        ticks[0] += 1
        if progress.cancelled:
            return 1
        if pages and ticks[0] * 2 < pages:
            try:
                progress.step(2)
            except Cancelled:  # never raise inside SQLite's callback: stop the statement instead
                return 1
        return 0

    con.set_progress_handler(tick, 1000)
    try:
        yield
    except (sqlite3.OperationalError, DatabaseError) as e:
        if progress.cancelled:
            raise Cancelled() from e
        raise
    finally:
        con.set_progress_handler(None, 0)


def passes_quick_check(path: Path) -> bool:
    """Whether a file passes PRAGMA quick_check, read-only (False if it cannot be read at all)."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as con:
            return con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False

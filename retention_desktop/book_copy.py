"""A whole book copied into a new, empty database: how a shop that kept its book in a file on one PC
moves it to its PostgreSQL server when a second PC joins (or takes a copy of the server's book into
a file).

Every table is copied row by row, ids and all, from one consistent reading of the book, and written
in one transaction: the new database holds the whole book or, if anything stops the copy, nothing of
it. The search's index entries go with the rows, kept there the way that database keeps them (FTS5
tables in a file, trigram-indexed tables and a B-tree of words on a server), and a server's id sequences carry
on after the largest id copied. Before it is committed, every table of the copy is counted against
what was read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, Table, delete, func, select

from retention_desktop.db import Database, is_url, open_database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.integrity import BookCounts, book_counts
from retention_desktop.progress import Progress
from retention_desktop.search_index import copy_search_index, rebuild_search_index
from retention_desktop.statements import copy_rows, update_rows
from retention_desktop.tables import metadata
from retention_desktop.text import isolate_ltr

log = logging.getLogger(__name__)

# Rows read and written at a time: a few megabytes in memory, whatever the book's size.
BATCH = 5000


class SameBook(UserError):
    def __str__(self) -> str:
        return translate("BookCopy", "That is the database the book is in. Give a new, empty database to copy it into.")


class TargetNotEmpty(UserError):
    """The database to copy into already holds an owner's work: a copy would mix two books."""

    def __init__(self, address: str, counts: BookCounts) -> None:
        super().__init__(address)
        self.address = address
        self.counts = counts

    def __str__(self) -> str:
        return translate(
            "BookCopy",
            "{target} already holds customers, invoices or other records. A book can only be copied into a new, "
            "empty database. Nothing was changed.",
        ).format(target=isolate_ltr(self.address))


@dataclass(frozen=True)
class CopiedBook:
    """What a copy made: where, and what it holds (counted in the copy)."""

    address: str  # shown: a server's password hidden
    counts: BookCounts
    rows: int  # rows copied, every table together


def copy_into(source: Database, target: str | Path, *, progress: Progress | None = None) -> CopiedBook:
    """Copy the book open in `source` into the database at `target` (a file's path or a server's
    address), which must be new or hold no customers, follow-ups, interactions, invoices, catalogue
    items or message templates (what a new book holds, its settings, reasons for losses and document
    counters, is replaced by the book's). A file this makes is removed again if the copy does not
    finish. Raises SameBook, TargetNotEmpty, and the errors of opening a database."""
    made_file = _new_file(target)
    finished = False
    try:
        destination = open_database(target)
        try:
            if destination.address == source.address or (
                destination.path is not None and source.path is not None and destination.path.resolve() == source.path.resolve()
            ):
                raise SameBook()
            found = book_counts(destination)
            if any(count for _label, count in found.labelled()):
                raise TargetNotEmpty(destination.shown_address, found)
            rows = _copy(source, destination, progress)
            destination.settle_file()
            if destination.engine.dialect.name == "postgresql":
                _analyze(destination)
            copied = CopiedBook(destination.shown_address, book_counts(destination), rows)
        finally:
            destination.close(for_good=True)
        finished = True
        log.info("book %s copied to %s: %d rows", source.shown_address, copied.address, rows)
        return copied
    finally:
        if made_file is not None and not finished:
            for name in (made_file, *(made_file.with_name(made_file.name + end) for end in ("-wal", "-shm", "-journal"))):
                name.unlink(missing_ok=True)


def _new_file(target: str | Path) -> Path | None:
    """The file a copy to `target` would make: None for a server, or a file that is there already."""
    if is_url(target):
        return None
    path = Path(target).expanduser().absolute()
    return None if path.exists() else path


def _copy(source: Database, destination: Database, progress: Progress | None) -> int:
    """Every table's rows from one reading of `source` into `destination`, in one transaction."""
    tables = metadata.sorted_tables  # each after the tables its rows refer to
    with _snapshot(source) as reading, destination.writing(cache_kib=64 * 1024) as session:
        writing = session.connection()
        counts = {table.name: int(reading.execute(select(func.count()).select_from(table)).scalar() or 0) for table in tables}
        if progress is not None:
            progress.say(translate("BookCopy", "Copying the book…"))
            progress.expect(sum(counts.values()))
        for table in reversed(tables):  # what a new book holds (its counters, reasons, settings)
            writing.execute(delete(table))
        with _checked_and_indexed_after(writing):
            for table in tables:
                _copy_table(reading, writing, table, progress)
            if progress is not None:
                progress.say(translate("BookCopy", "Copying the search index…"))
            if not copy_search_index(reading, writing, progress=progress):
                rebuild_search_index(writing, progress=progress)
            if progress is not None:
                progress.say(translate("BookCopy", "Checking the copy…"))
                progress.expect(0)
                progress.step(0)
        if writing.dialect.name == "postgresql":
            _carry_on_sequences(writing, tables)
        for table in tables:  # the copy holds what was read, or nothing is committed
            copied = int(writing.execute(select(func.count()).select_from(table)).scalar() or 0)
            if copied != counts[table.name]:
                raise RuntimeError(f"{table.name}: {counts[table.name]} rows read, {copied} in the copy")
    return sum(counts.values())


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A reading of the whole book as it stood at one moment: SQLite's read transaction is one; on
    a server the transaction must see one snapshot for all its statements (REPEATABLE READ), or a
    PC saving meanwhile could leave an invoice in the copy without its lines."""
    with db.reading() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield connection


@contextmanager
def _checked_and_indexed_after(connection: Connection) -> Iterator[None]:
    """On a server: the links between tables (foreign keys) and the indexes that no key needs are
    dropped while the rows are copied and made again afterwards, in the same transaction, as
    pg_restore does: one check of each link over the whole table and one sorted build of each
    index, instead of a check and an index entry for each row (a third of the time, or less). Each
    is made again from the server's own definition of it. Elsewhere the block just runs."""
    if connection.dialect.name != "postgresql":
        yield
        return
    links = connection.exec_driver_sql(
        """SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint
        WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conrelid::regclass::text, conname"""
    ).all()
    indexes = connection.exec_driver_sql(
        """SELECT quote_ident(i.indexname), i.indexdef FROM pg_indexes i
        WHERE i.schemaname = current_schema()
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
        ORDER BY i.tablename, i.indexname"""
    ).all()
    for table, name, _definition in links:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for name, _definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {name}")
    yield
    for _name, definition in indexes:
        connection.exec_driver_sql(definition)
    for table, name, definition in links:
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")


def _copy_table(reading: Connection, writing: Connection, table: Table, progress: Progress | None) -> None:
    """A table's rows in the order of their key. A row that refers to a later row of its own table
    (a customer referred by one added after them) is written without that reference, which is set
    once every row is in."""
    columns = [column.name for column in table.columns]
    own = [columns.index(fk.parent.name) for fk in table.foreign_keys if fk.column.table is table]
    key = columns.index("id") if own else -1
    later: dict[int, list[tuple[int, Sequence[Any]]]] = {position: [] for position in own}
    # A column the database would change with the reference ("updated_at") keeps its value.
    kept = [columns.index(column.name) for column in table.columns if column.onupdate is not None]
    statement = select(*table.columns).order_by(*table.primary_key.columns)
    with reading.execute(statement.execution_options(yield_per=BATCH)) as result:  # a server's cursor closed however it ends
        for batch in result.partitions():
            rows: Sequence[Sequence[Any]] = batch
            if own:
                rows = [_without_later(row, key, own, kept, later) for row in batch]
            copy_rows(writing, table, columns, rows)
            if progress is not None:
                progress.step(len(rows))
    for position, references in later.items():
        if references:
            update_rows(writing, table, [columns[position], *(columns[k] for k in kept)], references)


def _without_later(
    row: Sequence[Any], key: int, positions: list[int], kept: list[int], later: dict[int, list[tuple[int, Sequence[Any]]]]
) -> Sequence[Any]:
    """The row without its references to later rows of its table, which go into `later` (the row's
    id, then the reference and the values of the `kept` columns)."""
    values: list[Any] | None = None
    for position in positions:
        value = row[position]
        if value is not None and value > row[key]:
            values = values or list(row)
            values[position] = None
            later[position].append((row[key], (value, *(row[k] for k in kept))))
    return row if values is None else values


def _carry_on_sequences(connection: Connection, tables: Sequence[Table]) -> None:
    """A server's id sequences go on after the largest id copied (the rows came with their ids)."""
    for table in tables:
        if "id" in table.c and isinstance(table.c.id.type, Integer) and list(table.primary_key.columns) == [table.c.id]:
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table.name}"
            )


def _analyze(db: Database) -> None:
    """A server plans its first searches from statistics of the copied tables, not of empty ones."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")

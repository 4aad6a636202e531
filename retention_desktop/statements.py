"""Statements the core shares beyond SQLAlchemy's own: rows written in bulk as plain tuples
(insert_rows, copy_rows, insert_rows_returning_ids, reserve_ids, update_rows), each value through its column's processing,
and a column that SQLite must not read through its index (unindexed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Table, TableClause, TypeDecorator, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeEngine

from retention_desktop.tables import customer_phones


class unindexed(FunctionElement[Any]):
    """A column that SQLite's planner must not read through its index ("+column", SQLite's own way
    to say so); the plain column on other databases."""

    name = "unindexed"
    inherit_cache = True


@compiles(unindexed)
def _plain_column(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unary_plus(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


def first_phone(customer_id: ColumnElement[int]) -> ScalarSelect[str]:
    """A customer's first phone (by position, NULL without one), as a column of the query around it,
    whose `customer_id` column it follows: read from the (customer, position, number) index alone
    (migration 0016). Every list that shows a customer's phone reads it so."""
    p = customer_phones.c
    return select(p.number).where(p.customer_id == customer_id).order_by(p.position).limit(1).correlate_except(customer_phones).scalar_subquery()


def insert_rows(connection: Connection, table: TableClause, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows given as tuples of `columns`, in one executemany.

    Each value goes through its column type's bind processor for the dialect (what SQLAlchemy does
    to it: TypeEngine.dialect_impl(dialect).bind_processor), then to the driver in a plain tuple:
    the mappings SQLAlchemy builds and reads for an executemany took about as long as SQLite's own
    work on the demo's bulk inserts.
    """
    if connection.dialect.paramstyle != "qmark":  # named parameters: SQLAlchemy's own executemany
        mappings = [dict(zip(columns, row)) for row in rows]
        if mappings:
            connection.execute(insert(table), mappings)
        return
    statement, convert = _bulk_insert(connection.dialect, table, tuple(columns))
    params = list(map(convert, rows))
    if params:
        connection.exec_driver_sql(statement, params)


# From how many rows copy_rows sends a COPY rather than an INSERT.
COPY_FROM = 100


def copy_rows(connection: Connection, table: TableClause, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """insert_rows for many rows at once: on PostgreSQL through COPY … FROM STDIN, each value through
    its column's processing as in insert_rows (the multi-row INSERTs SQLAlchemy sends took five
    times as long for a whole book); a few rows, and other databases, through insert_rows itself
    (a COPY is one more round trip to the server than an INSERT)."""
    rows = rows if isinstance(rows, Sequence) else list(rows)
    if connection.dialect.name != "postgresql" or len(rows) < COPY_FROM:
        insert_rows(connection, table, columns, rows)
        return
    dialect = connection.dialect
    key = (dialect.name, "copy " + table.name, tuple(columns))
    found = _BULK_INSERTS.get(key)
    if found is None:
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(name) for name in columns)
        found = _BULK_INSERTS[key] = (
            f"COPY {dialect.identifier_preparer.format_table(table)} ({names}) FROM STDIN",
            _row_converter(dialect, table, columns, columns),
        )
    statement, convert = found
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a pooled connection always has its driver connection
        raise RuntimeError("no driver connection")
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(convert(row))


def insert_rows_returning_ids(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, after: int | None = None
) -> list[int]:
    """insert_rows for a table whose integer primary key "id" the database gives; returns the new
    ids in the order of `rows`.

    On SQLite (in a writing session, which holds the write lock) each new row gets the largest
    rowid so far plus one, so the rows take the ids after the largest one before; that the last
    row's id is the largest before plus the number of rows is checked. Elsewhere SQLAlchemy's
    INSERT … RETURNING, which keeps the order of the rows. `after`: the largest id as the caller
    knows it from its own last insert in this transaction (SQLite), which spares reading it; if
    anything else has inserted since, the check fails and nothing is saved.
    """
    if not rows:
        return []
    if connection.dialect.name != "sqlite":
        mappings = [dict(zip(columns, row)) for row in rows]
        result = connection.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), mappings)
        return list(result.scalars())
    before = after if after is not None else connection.exec_driver_sql(f"SELECT max(rowid) FROM {table.name}").scalar() or 0
    insert_rows(connection, table, columns, rows)
    last = connection.exec_driver_sql("SELECT last_insert_rowid()").scalar()
    if last != before + len(rows):  # not one run after the largest id: stop, and nothing is saved
        raise RuntimeError(f"the new ids of {table.name} are not the ones after {before}")
    return list(range(before + 1, last + 1))


def reserve_ids(connection: Connection, table: Table, count: int, *, after: int | None = None) -> Sequence[int]:
    """Ids for up to `count` new rows of `table` (integer primary key "id"), in increasing order, for
    rows inserted with their ids given (insert_rows with "id" among the columns): rows that refer to
    each other (a document, its lines, its payments) are then prepared whole before one insert of
    each table. Those not used are simply not taken.

    On SQLite (in a writing session, which holds the write lock) they are the ids after the largest
    one; `after` is that id as the caller knows it from its own last insert in this transaction,
    which spares reading it (if anything else inserted since, the insert fails on the repeated id
    and nothing is saved). Elsewhere they come from the table's sequence, as the database's own
    ids do.
    """
    if count <= 0:
        return ()
    if connection.dialect.name == "sqlite":
        before = after if after is not None else connection.exec_driver_sql(f"SELECT max(rowid) FROM {table.name}").scalar() or 0
        return range(before + 1, before + count + 1)
    taken = connection.execute(
        select(func.nextval(func.pg_get_serial_sequence(table.name, "id"))).select_from(func.generate_series(1, count))
    )
    return sorted(taken.scalars())


def update_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple[int, Sequence[Any]]]
) -> None:
    """Set `columns` of rows by their id, (id, values) pairs, in one executemany; the values go
    through their columns' processing as in insert_rows."""
    changes = list(rows)
    if not changes:
        return
    if connection.dialect.paramstyle != "qmark":
        statement = update(table).where(table.c.id == bindparam("row_id")).values({c: bindparam(c) for c in columns})
        connection.execute(statement, [{"row_id": row_id, **dict(zip(columns, values))} for row_id, values in changes])
        return
    key = (connection.dialect.name, "update " + table.name, tuple(columns))
    found = _BULK_UPDATES.get(key)
    if found is None:
        dialect = connection.dialect
        sets = ", ".join(f"{dialect.identifier_preparer.quote(c)} = ?" for c in columns)
        # The values through their columns' processing, then the id: (values, id) → parameters.
        convert = _row_converter(dialect, table, (*columns, "id"), (*columns, "id"))
        found = _BULK_UPDATES[key] = (f"UPDATE {dialect.identifier_preparer.format_table(table)} SET {sets} WHERE id = ?", convert)
    statement_sql, convert = found
    connection.exec_driver_sql(statement_sql, [convert((*values, row_id)) for row_id, values in changes])


_BULK_UPDATES: dict[tuple[str, str, tuple[str, ...]], tuple[str, Callable[[Sequence[Any]], tuple[Any, ...]]]] = {}
_BULK_INSERTS: dict[tuple[str, str, tuple[str, ...]], tuple[str, Callable[[Sequence[Any]], tuple[Any, ...]]]] = {}


def _bulk_insert(
    dialect: Dialect, table: TableClause, columns: tuple[str, ...]
) -> tuple[str, Callable[[Sequence[Any]], tuple[Any, ...]]]:
    """The table's INSERT for these columns with positional parameters, and the function that makes
    a row of `columns` its parameters: each value in the statement's order, through its column's
    bind processor where it has one. Both made once."""
    key = (dialect.name, table.name, columns)
    found = _BULK_INSERTS.get(key)
    if found is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        names = compiled.positiontup or []
        if sorted(names) != sorted(columns):
            raise RuntimeError(f"unexpected parameters for {table.name}: {names}")
        found = _BULK_INSERTS[key] = (str(compiled), _row_converter(dialect, table, columns, names))
    return found


def _row_converter(
    dialect: Dialect, table: TableClause, columns: Sequence[str], names: Sequence[str]
) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """A function of one row (values in the order of `columns`) that returns its parameters in the
    order of `names`, each through its column's processing (_value_expression): written out once,
    as SQLAlchemy writes out its own compiled code, since a loop over each row's values was a good
    part of a bulk insert."""
    namespace: dict[str, Any] = {"dialect": dialect}
    parts = [_value_expression(dialect, table.c[name].type, f"row[{columns.index(name)}]", namespace) for name in names]
    exec(f"def convert(row):\n    return ({', '.join(parts)},)", namespace)  # noqa: S102 - our own text
    convert: Callable[[Sequence[Any]], tuple[Any, ...]] = namespace["convert"]
    return convert


def _value_expression(dialect: Dialect, column_type: TypeEngine[Any], value: str, namespace: dict[str, Any]) -> str:
    """The Python expression that gives the driver's parameter for `value` (an expression) in a
    column of this type, as SQLAlchemy's bind processing for the dialect gives it; the functions it
    calls go into `namespace`. A TypeDecorator's process_bind_param is called directly and the
    types bulk inserts meet most on SQLite have shorter processors (_sqlite_bind_processor) that
    give the same text: a value went through two to four Python calls, and that was about half of
    writing an invoice's row."""
    impl = column_type.dialect_impl(dialect)

    def named(function: Callable[..., Any]) -> str:
        name = f"f{len(namespace)}"
        namespace[name] = function
        return name

    if isinstance(impl, TypeDecorator) and impl._has_bind_processor:
        inner = _bind_processor(dialect, impl.impl_instance)
        param = f"{named(impl.process_bind_param)}({value}, dialect)"
        return param if inner is None else f"{named(inner)}({param})"
    processor = _bind_processor(dialect, impl)
    return value if processor is None else f"{named(processor)}({value})"


def _bind_processor(dialect: Dialect, column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """The column type's bind processor for the dialect (TypeEngine.dialect_impl(dialect).bind_processor),
    or a shorter one that gives the same values on SQLite."""
    impl = column_type.dialect_impl(dialect)
    general = impl.bind_processor(dialect)
    if general is None or dialect.name != "sqlite":
        return general
    return _sqlite_bind_processor(impl, dialect, general) or general


def _sqlite_bind_processor(impl: TypeEngine[Any], dialect: Dialect, general: Callable[[Any], Any]) -> Callable[[Any], Any] | None:
    """For SQLite's DATETIME, DATE and TIME in their default text, for enums stored as their values,
    and for booleans: a processor that makes the common values the way `general` (SQLAlchemy's)
    makes them, through the C methods of datetime and dict, and hands anything else to `general`.
    None for other types. tests/test_db.py compares the two."""
    from datetime import date, datetime, time

    from sqlalchemy import Boolean, Enum, String
    from sqlalchemy.dialects.sqlite import DATE, DATETIME, TIME

    kind = type(impl)
    storage = getattr(impl, "_storage_format", None)
    if issubclass(kind, DATETIME) and storage == DATETIME._storage_format:

        def datetime_text(value: Any) -> Any:
            if value.__class__ is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return general(value)

        return datetime_text
    if issubclass(kind, DATE) and storage == DATE._storage_format:

        def date_text(value: Any) -> Any:
            return value.isoformat() if value.__class__ is date else general(value)

        return date_text
    if issubclass(kind, TIME) and storage == TIME._storage_format:

        def time_text(value: Any) -> Any:
            if value.__class__ is time and value.tzinfo is None:
                return value.isoformat("microseconds")
            return general(value)

        return time_text
    if isinstance(impl, Enum) and String.bind_processor(impl, dialect) is None:  # the value as it is stored
        values: dict[Any, Any] = dict(impl._valid_lookup)

        def enum_value(value: Any) -> Any:
            try:
                return values[value]
            except (KeyError, TypeError):
                return general(value)

        return enum_value
    if isinstance(impl, Boolean):
        numbers: dict[Any, Any] = {True: 1, False: 0, None: None}

        def boolean_number(value: Any) -> Any:
            try:
                return numbers[value]
            except (KeyError, TypeError):
                return general(value)

        return boolean_number
    return None

"""Stored values checked without a list on SQLite: each `CHECK (column IN ('a', 'b', …))` that the
enum columns carry becomes `CHECK (column = 'a' OR column = 'b' OR …)`, which accepts and refuses
exactly the same values (NULL too: both give NULL, which a CHECK lets through).

SQLite builds a small table for an IN list each time a statement runs, and an executemany runs its
statement once per row: each such check cost about 3 µs a row, where the comparisons cost 0.1. A
row of interactions carries two of them (its kind and outcome), a follow-up three, a customer five:
the bulk writing of imports and of the demo spent a third of SQLite's time building those lists.

A CHECK constraint is not part of what SQLite stores in the table's pages, only of the table's
CREATE statement: the statements are rewritten in sqlite_schema as SQLite's documentation says for
such changes ("Making Other Kinds Of Table Schema Changes": writable_schema, then the schema version
raised by one), inside the upgrade's transaction, and read back at once so that a statement SQLite
could not parse stops the upgrade instead of landing. Nothing changes on PostgreSQL, whose lists
cost nothing of the kind.

Revision ID: 0017
Revises: 0016

Frozen: what this revision writes is copied here as it was when it shipped.
"""

import re
from collections.abc import Callable

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_LIST = re.compile(r"CHECK \((\w+) IN \(('[a-z_]+'(?:, '[a-z_]+')*)\)\)")
_CHAIN = re.compile(r"CHECK \(((\w+) = '[a-z_]+'(?: OR \2 = '[a-z_]+')*)\)")


def _as_chain(match: "re.Match[str]") -> str:
    column, values = match.group(1), match.group(2).split(", ")
    return "CHECK (" + " OR ".join(f"{column} = {value}" for value in values) + ")"


def _as_list(match: "re.Match[str]") -> str:
    column = match.group(2)
    values = [part.split(" = ", 1)[1] for part in match.group(1).split(" OR ")]
    return f"CHECK ({column} IN ({', '.join(values)}))"


def _rewrite(pattern: "re.Pattern[str]", replace: Callable[["re.Match[str]"], str]) -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    tables = connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK (%'").fetchall()
    changed = [(name, pattern.sub(replace, sql)) for name, sql in tables]
    changed = [(name, sql) for (name, sql), (_, old) in zip(changed, tables) if sql != old]
    if not changed:
        return
    version = connection.exec_driver_sql("PRAGMA schema_version").scalar()
    connection.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for name, sql in changed:
            connection.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, name))
        connection.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        connection.exec_driver_sql("PRAGMA writable_schema = OFF")
    # The schema read again from the new statements: one SQLite could not parse stops the upgrade here.
    for name, _ in changed:
        connection.exec_driver_sql(f'SELECT count(*) FROM (SELECT * FROM "{name}" LIMIT 0)').scalar()


def upgrade() -> None:
    _rewrite(_LIST, _as_chain)


def downgrade() -> None:
    _rewrite(_CHAIN, _as_list)

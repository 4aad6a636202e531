"""The values an enum column may hold are checked by the file itself, without a list on SQLite
(migration 0017): each check accepts the enum's values and NULL and refuses anything else, a book
upgraded from 0016 gets the very schema a new book has, and going back down gives the lists back."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Enum

from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import open_database
from retention_desktop.tables import metadata
from tests.old_books import alembic_config, make_file_at, query, sqlite_engine

ENUM_COLUMNS = [
    (table.name, column.name, column.type)
    for table in metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, Enum)
]


def _schema(path: Path) -> dict[str, str]:
    return {str(name): str(sql) for name, sql in query(path, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")}


def _checks(create: str) -> dict[str, str]:
    """Each named CHECK of a CREATE TABLE statement: its name and its expression (parentheses balanced)."""
    found = {}
    for match in re.finditer(r"CONSTRAINT (\w+) CHECK \(", create):
        depth, end = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(create[end], 0)
            end += 1
        found[match.group(1)] = create[match.end() : end - 1]
    return found


@pytest.fixture(scope="module")
def new_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checks") / "book.sqlite3"
    open_database(path).close()
    return path


def test_there_are_enum_columns_to_check() -> None:
    assert len(ENUM_COLUMNS) >= 15
    assert ("interactions", "kind") in {(t, c) for t, c, _ in ENUM_COLUMNS}


def test_no_check_of_a_new_book_builds_a_list(new_book: Path) -> None:
    checks = [check for sql in _schema(new_book).values() for check in _checks(sql).values()]
    assert len(checks) >= len(ENUM_COLUMNS)
    assert [check for check in checks if " IN (" in check.upper()] == []


@pytest.mark.parametrize(("table", "column", "kind"), ENUM_COLUMNS, ids=[f"{t}.{c}" for t, c, _ in ENUM_COLUMNS])
def test_each_check_accepts_its_values_and_null_and_nothing_else(new_book: Path, table: str, column: str, kind: Enum) -> None:
    check = _checks(_schema(new_book)[table])[str(kind.name)]
    allowed = list(kind.enums)
    with closing(sqlite3.connect(new_book)) as connection:

        def verdict(value: object) -> object:
            return connection.execute(f"SELECT ({check}) FROM (SELECT ? AS {column})", (value,)).fetchone()[0]

        assert [verdict(value) for value in allowed] == [1] * len(allowed)
        for wrong in ("", "nonsense", allowed[0].upper(), allowed[0] + " ", f"{allowed[0]}', '{allowed[-1]}", "%"):
            assert verdict(wrong) == 0, wrong
        assert verdict(None) is None  # NULL passes a CHECK; NOT NULL is a constraint of its own


def test_the_file_refuses_a_value_outside_the_enum(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    database = open_database(path)
    customer_id = add_customer(database, CustomerDraft(full_name="سارة", phones=("0501234567",)))
    database.close()
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="customer_stage"):
            connection.execute("UPDATE customers SET stage = 'gone' WHERE id = ?", (customer_id,))
        insert = "INSERT INTO interactions (customer_id, kind, occurred_at, note, outcome) VALUES (?, ?, '2026-01-01 10:00:00', '', ?)"
        with pytest.raises(sqlite3.IntegrityError, match="interaction_kind"):
            connection.execute(insert, (customer_id, "shout", None))
        with pytest.raises(sqlite3.IntegrityError, match="outcome"):
            connection.execute(insert, (customer_id, "call", "maybe"))
        connection.execute(insert, (customer_id, "call", "reached"))
        connection.execute("UPDATE customers SET stage = 'lost' WHERE id = ?", (customer_id,))


def test_a_book_upgraded_from_0016_has_the_schema_of_a_new_book_and_goes_back(new_book: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    make_file_at(old, "0016")
    at_0016 = _schema(old)
    assert any(" IN ('" in sql for sql in at_0016.values())
    open_database(old).close()
    # The checks of a new book, table by table (a table rebuilt by an earlier revision may list its
    # constraints in another order).
    assert {name: _checks(sql) for name, sql in _schema(old).items()} == {name: _checks(sql) for name, sql in _schema(new_book).items()}
    with closing(sqlite3.connect(old)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    config = alembic_config()
    with sqlite_engine(old) as engine, engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0016")
    assert _schema(old) == at_0016

"""Database files as older versions of the program left them, made for the upgrade tests."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

import retention_desktop.db as db_module

MIGRATIONS = Path(db_module.__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@contextmanager
def sqlite_engine(path: Path) -> Iterator[Engine]:
    """An engine with the program's own pragmas (WAL, foreign keys, real transactions), disposed at the end."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", db_module._set_sqlite_pragmas)
    event.listen(engine, "begin", db_module._begin)
    try:
        yield engine
    finally:
        engine.dispose()


def make_file_at(path: Path, revision: str) -> None:
    """A database file as an older program left it: migrated up to `revision` only."""
    with sqlite_engine(path) as engine, engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def raw(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as con:
        for statement in statements:
            con.execute(statement)
        con.commit()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql).fetchall()


_FIRST = ["محمد", "أحمد", "فاطمة", "عبد الله", "نورة", "سارة", "خالد", "Maria", "John", "ليلى"]
_LAST = ["العتيبي", "القحطاني", "الشهري", "الزهراني", "Smith", "الدوسري", "المطيري"]


def make_large_0001_book(path: Path, customers: int, *, seed: int = 1) -> None:
    """A book at revision 0001 (the customer book only) holding `customers` customers, each with a
    phone, some with a second one and tags, as a shop's book was before the later revisions."""
    make_file_at(path, "0001")
    rng = random.Random(seed)
    with closing(sqlite3.connect(path)) as con:
        con.execute("INSERT INTO tags (id, name, folded) VALUES (1, 'VIP', 'vip'), (2, 'جملة', 'جمله')")
        rows = []
        phones = []
        tags = []
        for i in range(1, customers + 1):
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            rows.append((i, name, name, f"c{i}@example.com" if i % 3 == 0 else "", "ملاحظة" if i % 7 == 0 else ""))
            phones.append((i, f"+9665{i:08d}"[:13], 0))
            if i % 5 == 0:
                phones.append((i, f"+9661{i:08d}"[:13], 1))
            if i % 11 == 0:
                tags.append((i, 1 + i % 2))
        con.executemany(
            "INSERT INTO customers (id, kind, full_name, sort_name, gender, email, address, area, notes, source, "
            "stage, created_at, updated_at) VALUES (?, 'person', ?, ?, 'unspecified', ?, '', 'الرياض', ?, 'unknown', "
            "'active', '2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000')",
            rows,
        )
        con.executemany(
            "INSERT INTO customer_phones (customer_id, number, kind, position) VALUES (?, ?, 'mobile', ?)", phones
        )
        con.executemany("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", tags)
        con.commit()


def broken_0001_book(path: Path) -> None:
    """A 0001 book with a phone whose customer is gone (written with foreign keys off)."""
    make_file_at(path, "0001")
    raw(
        path,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO customers (id, kind, full_name, sort_name, gender, email, address, area, notes, source, stage, "
        "created_at, updated_at) VALUES (1, 'person', 'أحمد', 'أحمد', 'unspecified', '', '', '', '', 'unknown', "
        "'active', '2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000')",
        "INSERT INTO customer_phones (customer_id, number, kind, position) VALUES (99, '+966551234567', 'mobile', 0)",
    )

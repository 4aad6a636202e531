"""Shared fixtures: a fresh real SQLite customer book per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from retention_desktop.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, migrated database file in the test's own folder, closed at the end."""
    database = open_database(tmp_path / "book.sqlite3")
    yield database
    database.close()


# Files whose tests take minutes in one process (the build of the program): run first, so that the
# other worker runs the rest of the suite meanwhile instead of waiting for them at the end.
FIRST = ("tests/test_frozen.py", "tests/test_packaging.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in FIRST)  # stable: the order is kept otherwise

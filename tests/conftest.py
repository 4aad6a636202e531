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

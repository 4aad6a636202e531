"""Books damaged on purpose, as a failing disk or a half-copied file leaves them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def root_page(path: Path, name: str) -> int:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as con:
        (page,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return int(page)


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def damage_table(path: Path, name: str = "customers") -> None:
    """Scribble over the first page of a table's b-tree (the program must be closed): the file
    still opens, and reading that table fails as SQLITE_CORRUPT."""
    page = root_page(path, name)
    size = page_size(path)
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(bytes([0x0D, 0xFF, 0xFF]) + b"\xA5" * (size - 3))


def damage_schema(path: Path) -> None:
    """Scribble over page 1 after its header: the list of tables cannot be read, the file cannot open."""
    size = page_size(path)
    with path.open("r+b") as f:
        f.seek(100)
        f.write(b"\xA5" * (size - 100))

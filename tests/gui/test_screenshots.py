"""tools/screenshots.py keeps working: it pictures every screen of a small book, in both languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PIL import Image

from retention_desktop.db import Database, open_database
from retention_desktop.demo import fill_demo_book
from retention_desktop.kinds import DocumentKind
from retention_desktop.documents import document_details, list_documents
from retention_desktop.sales import issue_credit_note

from tools import screenshots


def with_a_credit_note(db: Database) -> None:
    rows, _total = list_documents(db, limit=500)
    if any(row.kind == DocumentKind.CREDIT_NOTE for row in rows):
        return
    invoice = next(row for row in rows if row.kind == DocumentKind.INVOICE)
    line = next(iter(document_details(db, invoice.id).quantities_left))
    issue_credit_note(db, invoice.id, {line: Decimal(1)}, reason="Returned unused")


def test_every_screen_is_pictured(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    db = open_database(book)
    fill_demo_book(db, 40, seed=1)  # a seed whose 40 customers include the demo's campaigns
    with_a_credit_note(db)  # the demo's few credit notes may fall elsewhere than in 40 customers
    db.close()
    out = tmp_path / "pictures"
    assert screenshots.main(["--out", str(out), "--db", str(book), "--size", "1024x768"]) == 0
    for lang in ("ar", "en"):
        for name in screenshots.SCREENS:
            for book_name in ("demo",):
                path = out / f"{lang}-1024x768-{book_name}-{name}.png"
                assert path.exists(), path.name
        window = Image.open(out / f"{lang}-1024x768-demo-today.png")
        assert window.size == (1024, 768)
        assert len(window.convert("L").getcolors(maxcolors=256 * 256) or []) > 20  # drawn, not a blank grey
    assert (out / "ar-1024x768-empty-today.png").exists()

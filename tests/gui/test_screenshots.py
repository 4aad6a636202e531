"""tools/screenshots.py keeps working: it pictures every screen of a small book, in both languages."""

from __future__ import annotations

from collections.abc import Callable
import re
from decimal import Decimal
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

from retention_desktop.campaigns import campaign_figures
from retention_desktop.db import Database, open_database
from retention_desktop.demo import fill_demo_book
from retention_desktop.kinds import DocumentKind
from retention_desktop.documents import document_details, list_documents
from retention_desktop.sales import issue_credit_note

from tools import screens, screenshots
from tools.screens import Shot
from ui.main_window import MainWindow

LATIN = re.compile("[A-Za-z]")


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


def test_the_unpaid_picture_lists_what_is_owed_after_the_search_picture(db: Database, open_window: Callable[..., MainWindow], qapp: QApplication) -> None:
    """Pictured one after the other, as the tool does: the "Unpaid only" picture is not left with
    the search typed for the one before, which found nothing unpaid."""
    fill_demo_book(db, 40, seed=7)
    window = open_window("en")
    shot = Shot(window, window._context, db, True)  # noqa: SLF001 - the context the tool gives its screens
    screens.sales_search(shot)
    screens.sales_unpaid(shot)
    screens.settle(qapp)
    page = window.sales
    assert page.unpaid_only.isChecked()
    assert page.search.text() == ""
    assert page.model.count > 0
    assert page.owed.isVisibleTo(window) and "SAR" in page.owed.text()


def test_each_languages_pictures_show_a_demo_book_made_in_that_language(qapp: QApplication, tmp_path: Path) -> None:
    """The Arabic pictures show what an Arabic user's demo book holds: its campaigns named in Arabic."""
    books = screenshots.make_demo_books(qapp, ["ar", "en"], tmp_path, customers=40)
    names = {}
    for lang, path in books.items():
        db = open_database(path)
        try:
            names[lang] = {campaign.name for campaign in campaign_figures(db)}
        finally:
            db.close()
    assert "Come back: a gift and a call" in names["en"]
    assert names["ar"] and not any(LATIN.search(name) for name in names["ar"])

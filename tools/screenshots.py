"""Writes a picture of every screen and dialog, in Arabic and English, at the sizes shop PCs have.

    .venv/bin/python tools/screenshots.py --out DIR [--db BOOK] [--lang ar,en] [--size 1366x768,1024x768]

Without --db, a demo book of 300 customers is made in a temporary folder, in each language as
`main.py demo` makes it for a user of that language. Each picture is
DIR/<lang>-<width>x<height>-<book>-<screen>.png, for the demo book ("demo") and an empty one
("empty"); a dialog that shows problems under its fields is pictured a second time with them
("…-error"). Look at every picture after each change of layout.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from retention_desktop.db import Database, open_database  # noqa: E402

from ui.context import AppContext  # noqa: E402
from ui.language import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.ops import finish_background_work  # noqa: E402
from ui import style  # noqa: E402

from tools.screens import SCREENS, Shot, settle  # noqa: E402


# --- taking the pictures -----------------------------------------------------------------------


@contextmanager
def language(app: QApplication, code: str) -> Iterator[None]:
    install_translators(app, code)
    try:
        yield
    finally:
        install_translators(app, "en")
        app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def picture(app: QApplication, widget: QWidget, path: Path, size: tuple[int, int]) -> None:
    if widget.isWindow() and not isinstance(widget, QDialog):
        widget.resize(*size)
    widget.show()
    settle(app)
    widget.grab().save(str(path))


def take(app: QApplication, db: Database, book: str, lang: str, size: tuple[int, int], out: Path, only: set[str]) -> list[Path]:
    written = []
    with language(app, lang):
        context = AppContext(db=db, preferences=Preferences(), language=lang)
        window = MainWindow(context)
        window.resize(*size)
        window.show()
        settle(app, 20)
        shot = Shot(window, context, db, book == "demo")
        for name, screen in SCREENS.items():
            if only and name not in only:
                continue
            widget = screen(shot)
            if widget is None:
                continue
            path = out / f"{lang}-{size[0]}x{size[1]}-{book}-{name}.png"
            picture(app, widget, path, size)
            written.append(path)
            if widget is not window:
                widget.close()
                widget.deleteLater()
                settle(app, 2)
        window.close()
        window.deleteLater()
        finish_background_work()  # as at quit: nothing still reads the book once it is closed
        settle(app, 4)
        # Deleted now, not at some later turn of an event loop: a window that outlives its book
        # would read it (a search's timer, a page shown again) after it is closed.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def make_demo_books(app: QApplication, languages: list[str], folder: Path, customers: int = 300) -> dict[str, str | Path]:
    """A demo book for each language, made in it as `main.py demo` makes it for a user of that
    language: the names of its campaigns, the reasons of the rules' follow-ups and its notes are in
    that language."""
    from retention_desktop.demo import fill_demo_book

    books: dict[str, str | Path] = {}
    for lang in languages:
        books[lang] = folder / f"demo-{lang}.sqlite3"
        with language(app, lang):
            demo = open_database(books[lang])
            try:
                fill_demo_book(demo, customers, seed=20241201)
            finally:
                demo.close()
    return books


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True, help="the folder the pictures go to (made if missing)")
    parser.add_argument(
        "--db", help="a demo book to picture, a file or a server's address (default: one of 300 customers, made for the run)"
    )
    parser.add_argument("--lang", default="ar,en", help="languages, comma-separated (default ar,en)")
    parser.add_argument("--size", default="1366x768,1024x768", help="window sizes, comma-separated (default 1366x768,1024x768)")
    parser.add_argument("--screens", default="", help="only these screens, comma-separated (default: all)")
    args = parser.parse_args(argv)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.size.split(",") if s]
    languages = [code for code in args.lang.split(",") if code]
    only = {s for s in args.screens.split(",") if s}
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    style.apply(app)
    with tempfile.TemporaryDirectory(prefix="screenshots-") as scratch:
        # Preferences (window layout, language) of the pictures, not of the user.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(scratch) / "preferences"))
        demo_books = dict.fromkeys(languages, args.db) if args.db else make_demo_books(app, languages, Path(scratch))
        empty: dict[str, str | Path] = dict.fromkeys(languages, Path(scratch) / "empty.sqlite3")
        books = {"demo": demo_books, "empty": empty}
        written: list[Path] = []
        for book, paths in books.items():
            for lang in languages:
                db = open_database(paths[lang])
                try:
                    for size in sizes:
                        written += take(app, db, book, lang, (size[0], size[1]), args.out, only)
                finally:
                    db.close()
    print(f"Wrote {len(written)} pictures to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

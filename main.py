"""Starts Retention Desktop: arguments, logging, the application, its translator and the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import time
from pathlib import Path

START = time.time()

LANGUAGES = ("ar", "en")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="retention-desktop",
        description="Retention Desktop: keep the customers you already have.",
    )
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: retention.sqlite3 in your data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the program (default: the one chosen in settings, else Arabic)")
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty customer book with realistic demo customers")
    demo.add_argument("--customers", type=int, default=300, metavar="N", help="how many customers (default 300)")
    return parser.parse_args(argv)


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder; returns the file's path."""
    import platformdirs

    from retention_desktop import APP_NAME

    folder = platformdirs.user_log_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "retention-desktop.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def run_demo(args: argparse.Namespace) -> int:
    from ui.app import start_core_application

    from retention_desktop.db import DatabaseError, default_database_path, open_database
    from retention_desktop.demo import DemoError, fill_demo_book
    from retention_desktop.i18n import translate

    start_core_application(args.lang)
    try:
        db = open_database(args.db or default_database_path())
    except DatabaseError as e:
        print(e, file=sys.stderr)
        return 2
    try:
        added = fill_demo_book(db, args.customers)
    except DemoError as e:
        print(e, file=sys.stderr)
        return 1
    finally:
        db.close()
    print(translate("Demo", "Added {n} demo customers.").format(n=added))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    if args.command == "demo":
        return run_demo(args)

    from ui.app import run_gui

    return run_gui(db_target=args.db, lang=args.lang, log_path=log_path, report_startup=args.report_startup, started=START)


if __name__ == "__main__":
    sys.exit(main())

"""Starts Retention Desktop: arguments, logging, the application, its translator and the main window."""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retention_desktop.db import Database


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
    due = commands.add_parser(
        "due",
        help="print the overdue follow-ups and those due on a day",
        description="Print the follow-ups that are overdue or due on a day, one per line: overdue first (oldest "
        "first), then the day's (by time, those without a time last). Before listing, the follow-up rules run "
        "(stay in touch, satisfaction call, renewal call, birthday greeting), as when the program opens, so the "
        "list is what the Today screen shows. The rules run for the day asked, or for today when the day is "
        "in the past: they never add follow-ups due on a past day.",
    )
    due.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today, in the shop's time zone)")
    due.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array instead, with the keys id, due_on, due_at (HH:MM or null), kind, customer_id, "
        "customer, phone (E.164 or null), reason and overdue",
    )
    invoice = commands.add_parser(
        "invoice",
        help="write an invoice or credit note as a PDF",
        description="Write the invoice or credit note numbered NUMBER (for example INV-000012 or CN-000003) to a "
        "PDF file, as it was issued, in the language given by --lang (default: the program's language). "
        "Printing it again gives the same file.",
    )
    invoice.add_argument("number", metavar="NUMBER", help="the invoice or credit note number")
    invoice.add_argument("--out", metavar="FILE.pdf", help="the PDF file to write (default: NUMBER.pdf in the current folder)")
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


def parse_day(text: str) -> date | None:
    """A day typed as YYYY-MM-DD (Arabic-Indic digits too); None when it is not one."""
    from retention_desktop.text import ascii_digits

    try:
        return date.fromisoformat(ascii_digits(text.strip()))
    except ValueError:
        return None


def open_existing_database(args: argparse.Namespace) -> Database | None:
    """The database of a command that only reads (`due`, `invoice`), or None after saying why on
    stderr: such a command must not leave a new, empty database behind."""
    from retention_desktop.db import DatabaseError, default_database_path, open_database
    from retention_desktop.i18n import translate

    target = args.db or default_database_path()
    if "://" not in str(target) and not Path(target).expanduser().is_file():
        print(translate("Commands", "There is no database at {path}.").format(path=target), file=sys.stderr)
        return None
    try:
        return open_database(target)
    except DatabaseError as e:
        print(e, file=sys.stderr)
        return None


def run_due(args: argparse.Namespace) -> int:
    """`due`: the overdue follow-ups and those due on a day, as lines or as JSON."""
    from ui.app import start_core_application

    from retention_desktop.clock import shop_today
    from retention_desktop.followups import follow_ups_due
    from retention_desktop.i18n import translate
    from retention_desktop.phones import format_phone
    from retention_desktop.rules import apply_follow_up_rules
    from retention_desktop.settings import DEFAULT_COUNTRY, get_setting
    from retention_desktop.text import clean_line

    start_core_application(args.lang)
    day: date | None = None
    if args.date is not None:
        day = parse_day(args.date)
        if day is None:
            message = translate("Due", "“{value}” is not a date. Write it as YYYY-MM-DD, for example {example}.")
            print(message.format(value=args.date, example=date.today().isoformat()), file=sys.stderr)
            return 2
    db = open_existing_database(args)
    if db is None:
        return 2
    try:
        today = shop_today(db)
        day = day or today
        apply_follow_up_rules(db, today=max(day, today))
        due = follow_ups_due(db, on=day, upcoming_days=0)
        country = get_setting(db, DEFAULT_COUNTRY)
    finally:
        db.close()
    rows = [(row, True) for row in due.overdue] + [(row, False) for row in due.today]
    if args.json:
        listing = [
            {
                "id": row.id,
                "due_on": row.due_on.isoformat(),
                "due_at": row.due_at.strftime("%H:%M") if row.due_at else None,
                "kind": row.kind.value,
                "customer_id": row.customer_id,
                "customer": row.customer_name,
                "phone": row.phone or None,
                "reason": row.reason,
                "overdue": overdue,
            }
            for row, overdue in rows
        ]
        return print_out(json.dumps(listing, ensure_ascii=False, indent=2))
    if not rows:
        return print_out(translate("Due", "Nothing is due on {day}.").format(day=day.isoformat()))

    kinds = {
        "call": translate("Due", "Call"),
        "visit": translate("Due", "Visit"),
        "message": translate("Due", "Message"),
    }
    when = {True: translate("Due", "Overdue"), False: translate("Due", "Due")}
    # The short columns are padded to their widest label so that the lines line up; the name, phone
    # and reason follow (no bidi control characters: a terminal would show them raw), cleaned as the
    # program cleans what is typed: a book written by an older version may hold escape sequences,
    # which a terminal would obey.
    kind_width = max(len(label) for label in kinds.values())
    when_width = max(len(label) for label in when.values())
    lines = [
        "  ".join(
            (
                row.due_on.isoformat(),
                row.due_at.strftime("%H:%M") if row.due_at else " " * 5,
                when[overdue].ljust(when_width),
                kinds[row.kind.value].ljust(kind_width),
                clean_line(row.customer_name),
                format_phone(row.phone, country) if row.phone else "-",
                clean_line(row.reason) or "-",
            )
        )
        for row, overdue in rows
    ]
    return print_out("\n".join(lines))


def run_invoice(args: argparse.Namespace) -> int:
    """`invoice`: an issued invoice or credit note written to a PDF file."""
    from ui.app import start_core_application
    from ui.preferences import Preferences

    from retention_desktop.i18n import translate
    from retention_desktop.pdf.invoice import pdf_file_name, write_invoice_pdf
    from retention_desktop.sales import SalesError, printable_invoice

    start_core_application(args.lang)
    language = args.lang or Preferences().language
    if language not in LANGUAGES:
        language = "ar"
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.is_dir():
        print(translate("InvoiceCommand", "{path} is a folder. Give the name of the PDF file to write.").format(path=out), file=sys.stderr)
        return 2
    if out is not None and not out.parent.is_dir():
        print(translate("InvoiceCommand", "The folder {path} does not exist.").format(path=out.parent), file=sys.stderr)
        return 2
    db = open_existing_database(args)
    if db is None:
        return 2
    try:
        number = printable_invoice(db, args.number).number  # as issued, for the file's name
        out = out or Path(pdf_file_name(number))
        written = write_invoice_pdf(db, number, out, language=language)
    except SalesError as e:
        print(e, file=sys.stderr)
        return 2
    except OSError as e:
        message = translate("InvoiceCommand", "The PDF could not be written to {path}: {reason}")
        print(message.format(path=out, reason=e.strerror or e), file=sys.stderr)
        return 2
    finally:
        db.close()
    return print_out(translate("InvoiceCommand", "Wrote {path}").format(path=written.resolve()))


def print_out(text: str) -> int:
    """Print to standard output; a reader that stops early (`| head`) is not an error."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    if args.command == "demo":
        return run_demo(args)
    if args.command == "due":
        return run_due(args)
    if args.command == "invoice":
        return run_invoice(args)

    from ui.app import run_gui

    return run_gui(db_target=args.db, lang=args.lang, log_path=log_path, report_startup=args.report_startup)


if __name__ == "__main__":
    sys.exit(main())

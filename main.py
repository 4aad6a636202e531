"""Starts Retention Desktop: arguments, logging, the application, its translator and the main window."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retention_desktop.db import Database


LANGUAGES = ("ar", "en")
log = logging.getLogger("retention_desktop.main")


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
        "first), then the day's (by time, those without a time last). It only reads the book: the follow-ups "
        "that the rules add by themselves (stay in touch, satisfaction call, renewal call, birthday greeting) "
        "appear once the program has been opened on the day.",
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
    add_kit_command(commands)
    add_data_commands(commands)
    add_safety_commands(commands)
    add_report_commands(commands)
    return parser.parse_args(argv)


def add_kit_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`kit`: new customers' welcome kits as PDF files."""
    kit = commands.add_parser(
        "kit",
        help="write a new customer's welcome kit as a PDF",
        description="Write the welcome kit of one customer (--customer, with --out) or of every customer whose first "
        "purchase was on a day or later (--new-since, one file each in --out-dir), in the language given by --lang "
        "(default: the program's language). Each kit printed is recorded on the customer's history.",
    )
    whom = kit.add_mutually_exclusive_group(required=True)
    whom.add_argument("--customer", metavar="ID_OR_PHONE", help="the customer, by number in the book or by phone number")
    whom.add_argument("--new-since", metavar="YYYY-MM-DD", help="every customer whose first purchase was on this day or later")
    kit.add_argument("--out", metavar="FILE.pdf", help="with --customer: the PDF file to write (default: a name from the invoice and the customer)")
    kit.add_argument("--out-dir", metavar="DIR", help="with --new-since: the folder to write one PDF per customer into")
    kit.add_argument("--lang", dest="kit_lang", choices=LANGUAGES, help="the kit's language (default: the program's)")


# --- data safety: backup, restore, check ------------------------------------------------------------


def add_safety_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the book now",
        description="Copy the book, checked, into its backup folder (set in Settings; by default a \"backups\" "
        "folder beside the book), or into --to. The book may stay open in the program meanwhile.",
    )
    backup.add_argument("--to", metavar="DIR", help="the folder to put the copy in (made if missing)")
    restore = commands.add_parser(
        "restore",
        help="replace the book with a backup",
        description="Replace the book with FILE, a backup or another copy of the book. It asks nothing. The file "
        "is checked first (one of our books, not from a newer version, not damaged) and refused with a message "
        "otherwise, nothing changed; the book as it is now is backed up first. Close the program on this book "
        "(on every PC) before.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to bring back")
    restore.add_argument("--pin", metavar="PIN", help="the owner's PIN, when the book has one")
    commands.add_parser(
        "check",
        help="check the book for damage and count what it holds",
        description="Run SQLite's full integrity check and the check of the links between records, then print "
        "how many customers, follow-ups, interactions, invoices… the book holds. Exit status 0 when the book "
        "is whole, 2 when it is damaged or cannot be opened.",
    )


def safety_commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    return {"backup": run_backup, "restore": run_restore, "check": run_check}


def run_backup(args: argparse.Namespace) -> int:
    """`backup`: a checked copy of the book, now."""
    from ui.language import start_core_application

    from retention_desktop.backups import BackupKind, back_up, size_text
    from retention_desktop.i18n import translate

    start_core_application(args.lang)
    db = open_existing_database(args)
    try:
        made = back_up(db, BackupKind.MANUAL, folder=Path(args.to).expanduser().absolute() if args.to else None)
    finally:
        db.close()
    return print_out(translate("BackupCommand", "Backed up to {path} ({size}).").format(path=made.path, size=size_text(made.size)))


def run_restore(args: argparse.Namespace) -> int:
    """`restore FILE`: the book replaced by a checked backup; the book as it was is backed up first."""
    from ui.language import start_core_application

    from retention_desktop.backups import restore_book
    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.errors import BookDamaged, UserError
    from retention_desktop.i18n import translate
    from retention_desktop.pin import check_pin, has_pin

    start_core_application(args.lang)
    target = str(args.db or default_database_path())
    if "://" in target:

        class NotAFile(UserError):
            def __str__(self) -> str:
                return translate("RestoreCommand", "Only a database file can be restored; a server restores its own.")

        raise NotAFile()
    class PinNeeded(UserError):
        def __str__(self) -> str:
            return translate("RestoreCommand", "This database has an owner's PIN: give it with --pin.")

    book = Path(target).expanduser().absolute()
    if book.is_file() and book.stat().st_size:
        try:
            db = open_database(book)
        except BookDamaged:
            pass  # what a restore is for; its PIN cannot be read
        else:
            try:
                if has_pin(db):
                    if not args.pin:
                        raise PinNeeded()
                    check_pin(db, args.pin)
            finally:
                db.close()
    source = Path(args.file).expanduser().absolute()
    kept = restore_book(book, source)
    text = translate("RestoreCommand", "Restored {path} from {file}.").format(path=book, file=source)
    if kept is not None:
        text += "\n" + translate("RestoreCommand", "The database as it was is kept at {path}.").format(path=kept.path)
    return print_out(text)


def run_check(args: argparse.Namespace) -> int:
    """`check`: SQLite's full check of the book and the counts of what it holds; 2 when damaged."""
    from ui.language import start_core_application

    from retention_desktop.backups import latest_backup_date
    from retention_desktop.i18n import translate
    from retention_desktop.integrity import check_book

    start_core_application(args.lang)
    db = open_existing_database(args)
    try:
        result = check_book(db, full=True)
        name = str(db.path) if db.path is not None else db.engine.url.render_as_string(hide_password=True)
        latest = latest_backup_date(db) if result.ok else None
    finally:
        db.close()
    lines = []
    if not result.file_checked:
        lines.append(result.not_checked_here)
    elif result.ok:
        lines.append(translate("CheckCommand", "The database {path} is whole: it passed SQLite's full check.").format(path=name))
    else:
        lines.append(translate("CheckCommand", "The database {path} is damaged. SQLite found:").format(path=name))
        lines += ["  " + for_terminal(problem) for problem in result.problems]
    if result.counts is not None:
        lines.append("")
        labelled = result.counts.labelled()
        width = max(len(label) for label, _count in labelled)
        lines += [f"  {label + ':':<{width + 1}} {count:>9,}" for label, count in labelled]
    if latest is not None:
        lines.append("")
        lines.append(translate("CheckCommand", "Newest backup: {when}").format(when=latest.astimezone().strftime("%Y-%m-%d %H:%M")))
    if result.ok:
        return print_out("\n".join(lines))
    print_out("\n".join(lines))
    print(
        translate("CheckCommand", "Restore a backup (File → Restore… in the program, or the restore command) to go on working."),
        file=sys.stderr,
    )
    return 2


LOG_LIMIT = 2_000_000  # bytes; a larger log is put aside at the next start
LOG_KEPT = 3


def setup_logging() -> Path:
    """Log to a file in the user's log folder; returns the file's path.

    The GUI and the command line, several copies of each, share the file. It is put aside
    (rotated) only at start-up, and a rotation that fails (on Windows, while another copy holds
    the file open) is simply left for a later start: logging never fails, and never rotates a file
    under another process's feet.
    """
    import platformdirs

    from retention_desktop import APP_NAME

    folder = platformdirs.user_log_path(APP_NAME, appauthor=False)
    path = folder / "retention-desktop.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _rotate_log(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()  # a log folder that cannot be written must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _rotate_log(path: Path) -> None:
    """retention-desktop.log becomes .log.1 (and .1 becomes .2 …) once it is past LOG_LIMIT."""
    try:
        if path.stat().st_size < LOG_LIMIT:
            return
        for number in range(LOG_KEPT - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # in use by another copy, or gone: try again at a later start


def use_utf8_output() -> None:
    """Write UTF-8 when the output goes to a file or a pipe, whatever the console's code page (a
    Windows console itself takes Unicode from Python directly)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def run_demo(args: argparse.Namespace) -> int:
    from ui.language import start_core_application

    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.demo import check_demo_size, fill_demo_book
    from retention_desktop.i18n import translate

    start_core_application(args.lang)
    check_demo_size(args.customers)  # before the book is opened: a refusal leaves no new file behind
    db = open_database(args.db or default_database_path())
    try:
        added = fill_demo_book(db, args.customers)
    finally:
        db.close()
    print(translate("Demo", "Added %n demo customers.", None, added))
    return 0


# The days `due` answers for: far enough either way for any real question, and where the day's
# arithmetic (a week ahead, a month back) cannot run off the calendar.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def parse_day(text: str) -> date | None:
    """A day typed as YYYY-MM-DD (Arabic-Indic digits too) between FIRST_DAY and LAST_DAY; None
    when it is not one."""
    from retention_desktop.text import ascii_digits

    try:
        day = date.fromisoformat(ascii_digits(text.strip()))
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def open_existing_database(args: argparse.Namespace) -> Database:
    """The database of a command that only reads (`due`, `invoice`): such a command must not leave
    a new, empty database behind, so a missing file is refused."""
    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.errors import UserError
    from retention_desktop.i18n import translate

    target = args.db or default_database_path()
    if "://" not in str(target) and not Path(target).expanduser().is_file():

        class NoBook(UserError):
            def __str__(self) -> str:
                return translate("Commands", "There is no database at {path}.").format(path=target)

        raise NoBook()
    return open_database(target)


def run_due(args: argparse.Namespace) -> int:
    """`due`: the overdue follow-ups and those due on a day, as lines or as JSON. It only reads."""
    from ui.language import start_core_application

    from retention_desktop.clock import shop_today
    from retention_desktop.followups import follow_ups_due
    from retention_desktop.i18n import translate
    from retention_desktop.phones import format_phone
    from retention_desktop.settings import DEFAULT_COUNTRY, get_setting

    start_core_application(args.lang)
    day: date | None = None
    if args.date is not None:
        day = parse_day(args.date)
        if day is None:
            message = translate(
                "Due",
                "“{value}” is not a date the program can use. Write it as YYYY-MM-DD, between {first} and {last}, "
                "for example {example}.",
            )
            print(
                message.format(
                    value=for_terminal(args.date), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), example="2026-12-31"
                ),
                file=sys.stderr,
            )
            return 2
    db = open_existing_database(args)
    try:
        day = day or shop_today(db)
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
        return print_out(json_for_terminal(listing))
    if not rows:
        return print_out(translate("Due", "Nothing is due on {day}.").format(day=day.isoformat()))

    kinds = {
        "call": translate("Due", "Call"),
        "visit": translate("Due", "Visit"),
        "message": translate("Due", "Message"),
    }
    when = {True: translate("Due", "Overdue"), False: translate("Due", "Due")}
    # The short columns are padded to their widest label so that the lines line up; the name, phone
    # and reason follow made safe for a terminal: a book written by an older version may hold escape
    # sequences, which a terminal would obey, and bidi controls, which it would show raw.
    kind_width = max(len(label) for label in kinds.values())
    when_width = max(len(label) for label in when.values())
    lines = [
        "  ".join(
            (
                row.due_on.isoformat(),
                row.due_at.strftime("%H:%M") if row.due_at else " " * 5,
                when[overdue].ljust(when_width),
                kinds[row.kind.value].ljust(kind_width),
                for_terminal(row.customer_name),
                format_phone(row.phone, country) if row.phone else "-",
                for_terminal(row.reason) or "-",
            )
        )
        for row, overdue in rows
    ]
    return print_out("\n".join(lines))


# What a terminal would act on instead of showing, once text is cleaned as typed text is: the bidi
# marks (shown raw, or reordering the rest of the line), and anything clean_line leaves that is a
# control.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def for_terminal(text: str) -> str:
    """User text as a terminal can print it without obeying it: a customer named
    "Evil\\x1b]0;pwned\\x07\\x1b[2J" must not rename the window or clear the screen. Cleaned as typed
    text is (escape sequences and controls go, text.clean_line), then without the invisible marks."""
    from retention_desktop.text import clean_line

    return _TERMINAL_UNSAFE.sub("", clean_line(text))


def json_for_terminal(value: object) -> str:
    """JSON as `due --json` prints it: UTF-8 text, with the characters JSON leaves raw that a
    terminal would act on (C1 controls, bidi controls) written as \\u escapes. Indented for a
    person at a terminal; on one line for a script or a file (json's C encoder writes only that
    form: a whole book's list in about 20 ms instead of 250)."""
    indent = 2 if sys.stdout is not None and sys.stdout.isatty() else None
    dumped = json.dumps(value, ensure_ascii=False, indent=indent)  # C0 controls come out escaped already
    escaped = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
    return escaped.encode("utf-8", "backslashreplace").decode("utf-8")


def _bad_day(text: str) -> int:
    from retention_desktop.i18n import translate

    message = translate(
        "Due",
        "“{value}” is not a date the program can use. Write it as YYYY-MM-DD, between {first} and {last}, "
        "for example {example}.",
    )
    print(message.format(value=for_terminal(text), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), example="2026-12-31"), file=sys.stderr)
    return 2


def run_losses_report(args: argparse.Namespace) -> int:
    """`report losses`: the loss report, as lines or JSON. It only reads."""
    from ui.language import start_core_application

    from ui.preferences import Preferences

    from retention_desktop.clock import add_months, shop_today
    from retention_desktop.i18n import translate
    from retention_desktop.loss_report import loss_report
    from retention_desktop.money import format_money

    start_core_application(args.lang)
    days: dict[str, date | None] = {}
    for name in ("start", "end"):
        text = getattr(args, name)
        days[name] = parse_day(text) if text is not None else None
        if text is not None and days[name] is None:
            return _bad_day(text)
    db = open_existing_database(args)
    try:
        end = days["end"] or shop_today(db)
        start = days["start"] or add_months(end, -12) + timedelta(days=1)
        report = loss_report(db, start=start, end=end)
    finally:
        db.close()

    def amounts(values: tuple[tuple[str, Decimal], ...]) -> dict[str, str]:
        return {currency: str(amount) for currency, amount in values}

    if args.json:
        return print_out(
            json_for_terminal(
                {
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "total": report.total,
                    "won_back": report.won_back,
                    "value": amounts(report.value),
                    "reasons": [
                        {
                            "key": r.key,
                            "reason": r.reason,
                            "count": r.count,
                            "share": round(r.share, 4),
                            "won_back": r.won_back,
                            "value": amounts(r.value),
                        }
                        for r in report.reasons
                    ],
                    "months": [
                        {
                            "month": m.month.strftime("%Y-%m"),
                            "count": m.count,
                            "by_reason": {r.reason: n for r, (_id, n) in zip(report.reasons, m.by_reason) if n},
                        }
                        for m in report.months
                    ],
                }
            )
        )
    locale = args.lang or Preferences().language
    locale = locale if locale in LANGUAGES else "ar"
    lines = [
        translate("Reports", "Customers lost from {start} to {end}: {total}").format(
            start=start.isoformat(), end=end.isoformat(), total=report.total
        )
    ]
    if not report.reasons:
        return print_out(lines[0])
    width = max(len(for_terminal(r.reason)) for r in report.reasons)
    for r in report.reasons:
        value = for_terminal(", ".join(format_money(amount, currency, locale) for currency, amount in r.value)) or "-"
        won = translate("Reports", "%n won back", None, r.won_back)
        lines.append(f"  {for_terminal(r.reason).ljust(width)}  {r.count:>6}  {r.share * 100:5.1f} %  {won}  {value}")
    lines.append("")
    lines.append(translate("Reports", "By month:"))
    lines.extend(f"  {m.month.strftime('%Y-%m')}  {m.count:>6}" for m in report.months)
    return print_out("\n".join(lines))


def run_invoice(args: argparse.Namespace) -> int:
    """`invoice`: an issued invoice or credit note written to a PDF file."""
    from ui.language import start_core_application
    from ui.preferences import Preferences

    from retention_desktop.files import check_target
    from retention_desktop.i18n import translate
    from retention_desktop.pdf.invoice import pdf_file_name, write_invoice_pdf
    from retention_desktop.sales import printable_invoice

    start_core_application(args.lang)
    language = args.lang or Preferences().language
    if language not in LANGUAGES:
        language = "ar"
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        check_target(out)  # a folder, a device or a missing folder is refused before anything is read
    db = open_existing_database(args)
    try:
        number = printable_invoice(db, args.number).number  # as issued, for the file's name
        out = out or Path(pdf_file_name(number))
        written = write_invoice_pdf(db, number, out, language=language)
    finally:
        db.close()
    return print_out(translate("InvoiceCommand", "Wrote {path}").format(path=written.resolve()))


def run_kit(args: argparse.Namespace) -> int:
    """`kit`: one customer's welcome kit, or every new customer's since a day, written as PDFs and
    recorded on their histories."""
    from ui.language import start_core_application
    from ui.preferences import Preferences

    from retention_desktop.files import check_target
    from retention_desktop.i18n import translate
    from retention_desktop.kit import find_kit_customer, new_customers, print_kit, write_kits

    start_core_application(args.kit_lang or args.lang)
    language = args.kit_lang or args.lang or Preferences().language
    if language not in LANGUAGES:
        language = "ar"

    def refuse(message: str) -> int:
        print(message, file=sys.stderr)
        return 2

    if args.customer is not None:
        if args.out_dir is not None:
            return refuse(translate("KitCommand", "--out-dir goes with --new-since; for one customer, give --out FILE.pdf."))
        out = Path(args.out).expanduser() if args.out else None
        if out is not None:
            check_target(out)  # before anything is read
        db = open_existing_database(args)
        try:
            customer = find_kit_customer(db, args.customer)
            if out is None:
                from retention_desktop.kit import build_kit, kit_file_name

                out = Path(kit_file_name(build_kit(db, customer, language=language)))
                check_target(out)
            printed = print_kit(db, customer, language=language, path=out)
        finally:
            db.close()
        for note in printed.notes:
            print(note)
        return print_out(translate("KitCommand", "Wrote {path}").format(path=out.resolve()))
    if args.out is not None:
        return refuse(translate("KitCommand", "--out goes with --customer; for new customers, give --out-dir DIR."))
    if args.out_dir is None:
        return refuse(translate("KitCommand", "Give the folder for the kits: --out-dir DIR."))
    since = parse_day(args.new_since)
    if since is None:
        return refuse(
            translate("KitCommand", "“{value}” is not a date the program can use. Write it as YYYY-MM-DD, for example {example}.").format(
                value=for_terminal(args.new_since), example="2026-12-31"
            )
        )
    folder = Path(args.out_dir).expanduser()
    db = open_existing_database(args)
    try:
        customers = [(row.customer_id, row.invoice_id) for row in new_customers(db, since=since)]
        if not customers:
            return print_out(translate("KitCommand", "No customer made a first purchase on {day} or later.").format(day=since.isoformat()))
        written = write_kits(db, customers, language=language, folder=folder)
    finally:
        db.close()
    lines = [translate("KitCommand", "Wrote {path}").format(path=path.resolve()) for path in written]
    count = len(written)  # a variable, not a call: lupdate reads no further than a call here
    lines.append(translate("KitCommand", "Wrote %n kits.", None, count))
    return print_out("\n".join(lines))


# --- reports: `report campaigns` (and its siblings) --------------------------------------------


def add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`report NAME`: the figures a screen shows, printed; each report is one sub-command here and
    one function in REPORTS."""
    report = commands.add_parser("report", help="print a report: the same figures as the screens")
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    campaigns = reports.add_parser(
        "campaigns",
        help="win-back campaigns and occasion sequences, side by side",
        description="Print every campaign and occasion sequence, newest first, with its figures: targeted, "
        "contacted, responded, returned, response rate, win-back rate, costs and cost per returned customer. "
        "It only reads the book.",
    )
    campaigns.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array instead, with the keys id, kind, name, channel, call_after_days, starts_on, ends_on, "
        "targeted, contacted, responded, returned, response_rate, win_back_rate (fractions, or null), cost, currency "
        "and cost_per_returned (decimal text, or null)",
    )
    losses = reports.add_parser(
        "losses",
        help="the customers marked lost, by reason",
        description="Print the customers marked lost over a period, by reason: how many, their share, how many "
        "were won back since and what they had spent; then how many were lost each month. It only reads the book.",
    )
    losses.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="the first day (default: a year before --to)")
    losses.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="the last day (default: today, in the shop's time zone)")
    losses.add_argument(
        "--json",
        action="store_true",
        help="print JSON instead, with the keys from, to, total, won_back, value, reasons (key, reason, count, share, "
        "won_back, value) and months (month, count, by_reason)",
    )


def run_report(args: argparse.Namespace) -> int:
    return REPORTS[args.report](args)


def run_campaigns_report(args: argparse.Namespace) -> int:
    """`report campaigns`: every campaign's figures, as the Campaigns page shows them."""
    from ui.language import start_core_application
    from ui.preferences import Preferences

    from decimal import Decimal

    from retention_desktop.campaigns import campaign_figures, campaign_kind_name, channel_name
    from retention_desktop.i18n import translate
    from retention_desktop.money import format_money

    start_core_application(args.lang)
    language = args.lang or Preferences().language
    db = open_existing_database(args)
    try:
        figures = campaign_figures(db)
    finally:
        db.close()
    if args.json:
        return print_out(json_for_terminal([f.as_json() for f in figures]))
    if not figures:
        return print_out(translate("CampaignsCommand", "No campaign yet."))
    locale = "ar_SA" if language == "ar" else "en"

    def rate(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.1f}%"

    def money(value: Decimal | None, currency: str) -> str:
        return "-" if value is None else format_money(value, currency, locale)

    blocks = []
    for f in figures:
        blocks.append(
            "\n".join(
                (
                    f"{for_terminal(f.name)} — {campaign_kind_name(f.kind)}, {channel_name(f.channel)}, "
                    f"{f.starts_on.isoformat()} – {f.ends_on.isoformat()}",
                    "  "
                    + translate("CampaignsCommand", "targeted {targeted}, contacted {contacted}, responded {responded}, returned {returned}").format(
                        targeted=f.targeted, contacted=f.contacted, responded=f.responded, returned=f.returned
                    ),
                    "  "
                    + translate(
                        "CampaignsCommand",
                        "response rate {response}, win-back rate {win_back}, costs {cost}, cost per returned customer {per_returned}",
                    ).format(
                        response=rate(f.response_rate),
                        win_back=rate(f.win_back_rate),
                        cost=money(f.cost, f.currency),
                        per_returned=money(f.cost_per_returned, f.currency),
                    ),
                )
            )
        )
    return print_out("\n\n".join(blocks))


REPORTS: dict[str, Callable[[argparse.Namespace], int]] = {"campaigns": run_campaigns_report, "losses": run_losses_report}


# --- data in and out: `import` and `export` -----------------------------------------------------


def add_data_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import",
        help="import customers from a CSV file, an Excel workbook or phone contacts (.vcf)",
        description="Import customers from FILE: a CSV or text table (UTF-8, UTF-16 or Windows-1256; comma, "
        "semicolon or tab between values), an Excel or OpenDocument workbook (its first sheet with anything in it), "
        "or phone contacts exported as .vcf. The columns are matched to the customer's fields by their headings, "
        "in Arabic or English (the matching is printed). Rows are checked as the customer dialog checks them; "
        "those that cannot be imported are listed with their row number and the reason. The good rows are "
        "imported in one transaction: all of them, or none. Exits with 2 when the file cannot be read at all.",
    )
    imports.add_argument("file", metavar="FILE", help="the file to import")
    imports.add_argument("--dry-run", action="store_true", help="only say what would be imported; change nothing")
    matching = imports.add_mutually_exclusive_group()
    matching.add_argument(
        "--merge",
        dest="duplicates",
        action="store_const",
        const="merge",
        help="a row with the phone number of a customer already in the book (or of an earlier row) adds what it "
        "has to that customer: other numbers, email, tags, notes; nothing there is overwritten (the default)",
    )
    matching.add_argument("--skip", dest="duplicates", action="store_const", const="skip", help="leave such rows out")
    exports = commands.add_parser(
        "export",
        help="export the book to a CSV file or an Excel workbook",
        description="Write the customers, follow-ups, interactions or invoices to FILE: a CSV file (.csv, one table, "
        "UTF-8 as Excel reads it) or an Excel workbook (.xlsx, one sheet each), with headings in the --lang "
        "language. It only reads the book.",
    )
    exports.add_argument("file", metavar="FILE", help="the file to write, ending in .csv or .xlsx")
    exports.add_argument(
        "--what",
        choices=("all", "customers", "follow-ups", "interactions", "invoices"),
        help="what to export (default: all of it in a workbook, the customers in a CSV file)",
    )


def run_import(args: argparse.Namespace) -> int:
    """`import`: customers from a file, previewed, then imported in one transaction (or not, with --dry-run)."""
    from ui.language import start_core_application

    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.i18n import translate
    from retention_desktop.importing import (
        Duplicates,
        Field,
        field_label,
        guess_mapping,
        import_customers,
        preview_import,
        preview_lines,
        problem_line,
        read_file,
        result_lines,
    )

    start_core_application(args.lang)
    source = read_file(Path(args.file).expanduser())  # a file that cannot be read: exit 2, no book opened
    db = open_existing_database(args) if args.dry_run else open_database(args.db or default_database_path())
    try:
        mapping = guess_mapping(source)
        duplicates = Duplicates(args.duplicates or Duplicates.MERGE)
        preview = preview_import(db, source, mapping)
        lines = [for_terminal(remark) for remark in source.remarks]
        for header, field in zip(source.headers, mapping.fields):
            shown = translate("ImportCommand", "not imported") if field is Field.IGNORE else field_label(field)
            lines.append(f"  {for_terminal(header)} → {shown}")
        lines += preview_lines(preview, duplicates)
        lines += ["  " + for_terminal(problem_line(p, source.kind)) for p in preview.rejected]
        if args.dry_run:
            lines.append(translate("ImportCommand", "Nothing was imported (--dry-run)."))
        else:
            lines += result_lines(import_customers(db, preview, duplicates=duplicates))
    finally:
        db.close()
    return print_out("\n".join(lines))


def run_export(args: argparse.Namespace) -> int:
    """`export`: the book, or a part of it, to a CSV file or an Excel workbook."""
    from ui.language import start_core_application
    from ui.preferences import Preferences

    from retention_desktop.exporting import Table, export_book, export_format, table_label
    from retention_desktop.files import check_target
    from retention_desktop.i18n import translate

    start_core_application(args.lang)
    path = Path(args.file).expanduser()
    kind = export_format(path)  # refused before the book is opened
    check_target(path)
    what = args.what or ("all" if kind == "xlsx" else "customers")
    tables = list(Table) if what == "all" else [Table(what)]
    language = args.lang or Preferences().language
    db = open_existing_database(args)
    try:
        result = export_book(db, path, tables, right_to_left=language == "ar")
    finally:
        db.close()
    counts = ", ".join(f"{table_label(t)}: {n}" for t, n in result.rows.items())
    return print_out(translate("ExportCommand", "Wrote {path} ({counts})").format(path=result.path.resolve(), counts=counts))


DATA_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"import": run_import, "export": run_export}


# --- end of data in and out -------------------------------------------------------------------------


def print_out(text: str) -> int:
    """Print to standard output; a reader that stops early (`| head`) is not an error."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return 0


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    # In a frozen build, a helper process (batch kits, imports) starts this same program: it
    # runs the helper's work and exits here instead of opening a second window.
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    if args.command is None:
        from ui.app import run_gui

        return run_gui(db_target=args.db, lang=args.lang, log_path=log_path, report_startup=args.report_startup)
    use_utf8_output()
    commands = {"demo": run_demo, "due": run_due, "invoice": run_invoice, "kit": run_kit, "report": run_report}
    commands.update(DATA_COMMANDS)
    commands.update(safety_commands())
    return run_command(commands[args.command], args, log_path)


def run_command(command: Callable[[argparse.Namespace], int], args: argparse.Namespace, log_path: Path) -> int:
    """Run a command-line verb: a UserError is printed as it is (exit 2), anything else is logged
    with its traceback and told politely (exit 1). No traceback reaches the terminal."""
    from retention_desktop.errors import UserError
    from retention_desktop.i18n import translate

    try:
        return command(args)
    except UserError as error:
        print(for_terminal(str(error)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("the command %s failed", args.command)
        message = translate(
            "Errors",
            "The program met an unexpected problem and could not finish what you asked. "
            "Your saved data is safe.\n\nThe details were written to:\n{path}",
        )
        print(message.format(path=log_path), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""`demo` fills a new book; `due` lists the follow-ups due."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from retention_cli.arguments import whole_number
from retention_cli.days import FIRST_DAY, LAST_DAY, open_existing_database, parse_day
from retention_cli.output import ProgressLine, RawJson, for_terminal, json_for_terminal, print_out
from retention_desktop.i18n import translate


def add_book_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`demo` and `due`."""
    demo = commands.add_parser(
        "demo",
        help=translate("CommandHelp", "fill an empty customer book with realistic demo customers"),
        description=translate(
            "CommandHelp",
            "Fill an empty customer book with realistic demo customers and two years of their history: calls, "
            "visits, purchases, invoices and follow-ups. It refuses a book that already has customers.",
        ),
    )
    demo.add_argument(
        "--customers",
        type=whole_number,
        default=300,
        metavar=translate("CommandHelp", "N"),
        help=translate("CommandHelp", "how many customers (default 300)"),
    )
    due = commands.add_parser(
        "due",
        help=translate("CommandHelp", "print the overdue follow-ups and those due on a day"),
        description=translate(
            "CommandHelp",
            "Print the follow-ups that are overdue or due on a day, one per line: overdue first (oldest "
            "first), then the day's (by time, those without a time last). It only reads the book: the follow-ups "
            "that the rules add by themselves (stay in touch, satisfaction call, renewal call, birthday greeting) "
            "appear once the program has been opened on the day.",
        ),
    )
    due.add_argument("--date", metavar="YYYY-MM-DD", help=translate("CommandHelp", "the day (default: today, in the shop's time zone)"))
    due.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CommandHelp",
            "print a JSON array instead, with the keys id, due_on, due_at (HH:MM or null), kind, customer_id, "
            "customer, phone (E.164 or null), reason and overdue",
        ),
    )


def run_demo(args: argparse.Namespace) -> int:
    from retention_cli.language import start_command_language

    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.demo import check_demo_size, fill_demo_book

    start_command_language(args.lang)
    check_demo_size(args.customers)  # before the book is opened: a refusal leaves no new file behind
    db = open_database(args.db or default_database_path())

    def said(done: int, total: int, _words: str) -> str:
        line = translate("Demo", "Saving demo customers: {done} of {total}").format(done=f"{done:,}", total=f"{total:,}")
        if done < total:
            return line
        return f"{line}. " + translate("Demo", "Finishing the book…")

    progress = ProgressLine(said)  # a minute for 100,000 customers, ten for a million: said as it goes
    try:
        added = fill_demo_book(db, args.customers, progress=progress)
    finally:
        progress.close()
        db.close()
    print(translate("Demo", "Added %n demo customers.", None, added))
    return 0


def run_due(args: argparse.Namespace) -> int:
    """`due`: the overdue follow-ups and those due on a day, as lines or as JSON. It only reads."""
    from retention_cli.language import start_command_language

    from retention_desktop.clock import shop_today
    from retention_desktop.followups import due_as_json, follow_ups_due
    from retention_desktop.settings import DEFAULT_COUNTRY, get_setting

    start_command_language(args.lang)
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
        if args.json:  # the database writes each follow-up's JSON; the phones as stored
            return print_out(json_for_terminal(RawJson("[" + ",".join(due_as_json(db, on=day)) + "]")))
        due = follow_ups_due(db, on=day, upcoming_days=0)
        country = get_setting(db, DEFAULT_COUNTRY)  # the lines format the phones for the shop's country
    finally:
        db.close()
    rows = [(row, True) for row in due.overdue] + [(row, False) for row in due.today]
    if not rows:
        return print_out(translate("Due", "Nothing is due on {day}.").format(day=day.isoformat()))
    from retention_desktop.phones import format_phone  # phonenumbers: for the lines, not the JSON

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

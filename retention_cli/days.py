"""Days typed on the command line, and the book a reading command opens."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from retention_cli.output import for_terminal

if TYPE_CHECKING:
    from retention_desktop.db import Database

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
    from retention_desktop.db import default_database_path, is_url, open_database
    from retention_desktop.errors import UserError
    from retention_desktop.i18n import translate

    target = args.db or default_database_path()
    if not is_url(target) and not Path(target).expanduser().is_file():

        class NoBook(UserError):
            def __str__(self) -> str:
                return translate("Commands", "There is no database at {path}.").format(path=target)

        raise NoBook()
    return open_database(target)


def bad_day(text: str) -> int:
    from retention_desktop.i18n import translate

    message = translate(
        "Due",
        "“{value}” is not a date the program can use. Write it as YYYY-MM-DD, between {first} and {last}, "
        "for example {example}.",
    )
    print(message.format(value=for_terminal(text), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), example="2026-12-31"), file=sys.stderr)
    return 2

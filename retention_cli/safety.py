"""`backup`, `restore` and `check`: the book kept safe from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from retention_cli.days import open_existing_database
from retention_cli.output import ProgressLine, count_lines, for_terminal, print_out
from retention_desktop.i18n import translate

# --- data safety: backup, restore, check ------------------------------------------------------------


def add_safety_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help=translate("CommandHelp", "back up the book now"),
        description=translate(
            "CommandHelp",
            "Copy the book, checked, into its backup folder (set in Settings; by default a \"backups\" "
            "folder beside the book), or into --to. The book may stay open in the program meanwhile.",
        ),
    )
    backup.add_argument(
        "--to", metavar=translate("CommandHelp", "DIR"), help=translate("CommandHelp", "the folder to put the copy in (made if missing)")
    )
    restore = commands.add_parser(
        "restore",
        help=translate("CommandHelp", "replace the book with a backup"),
        description=translate(
            "CommandHelp",
            "Replace the book with FILE, a backup or another copy of the book. It asks nothing. The file "
            "is checked first (one of our books, not from a newer version, not damaged) and refused with a message "
            "otherwise, nothing changed; the book as it is now is backed up first. Close the program on this book "
            "(on every PC) before.",
        ),
    )
    restore.add_argument("file", metavar=translate("CommandHelp", "FILE"), help=translate("CommandHelp", "the backup to bring back"))
    restore.add_argument("--pin", metavar=translate("CommandHelp", "PIN"), help=translate("CommandHelp", "the owner's PIN, when the book has one"))
    commands.add_parser(
        "check",
        help=translate("CommandHelp", "check the book for damage and count what it holds"),
        description=translate(
            "CommandHelp",
            "Run SQLite's full integrity check and the check of the links between records, then print "
            "how many customers, follow-ups, interactions, invoices… the book holds. Exit status 0 when the book "
            "is whole, 2 when it is damaged or cannot be opened.",
        ),
    )


def safety_commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    return {"backup": run_backup, "restore": run_restore, "check": run_check}


def run_backup(args: argparse.Namespace) -> int:
    """`backup`: a checked copy of the book, now."""
    from retention_cli.language import start_command_language

    from retention_desktop.backups import BackupKind, back_up, size_text

    start_command_language(args.lang)
    db = open_existing_database(args)
    try:
        copying = ProgressLine.phases()  # a minute or more for a large book on a server
        copying.say(translate("BackupCommand", "Backing up the book…"))
        try:
            made = back_up(db, BackupKind.MANUAL, folder=Path(args.to).expanduser().absolute() if args.to else None, progress=copying)
        finally:
            copying.close()
    finally:
        db.close()
    return print_out(translate("BackupCommand", "Backed up to {path} ({size}).").format(path=made.path, size=size_text(made.size)))


def run_restore(args: argparse.Namespace) -> int:
    """`restore FILE`: the book replaced by a checked backup; the book as it was is backed up first."""
    from retention_cli.language import start_command_language

    from retention_desktop.restoring import restore_book
    from retention_desktop.db import default_database_path, is_url, open_database
    from retention_desktop.errors import BookDamaged, UserError
    from retention_desktop.pin import check_pin, has_pin

    start_command_language(args.lang)
    target = str(args.db or default_database_path())
    if is_url(target):

        class NotAFile(UserError):
            def __str__(self) -> str:
                return translate(
                    "RestoreCommand",
                    "A book on a database server is not replaced in place: copy the backup into a new, empty database "
                    "on the server (main.py --db BACKUP copy-to ADDRESS), then open that one.",
                )

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
    from retention_cli.language import start_command_language

    from retention_desktop.backups import latest_backup_date
    from retention_desktop.integrity import check_book

    start_command_language(args.lang)
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
        lines += count_lines(result.counts.labelled())
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

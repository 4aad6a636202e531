"""Starts Retention Desktop: arguments, logging, the application, its translator and the main window;
the command-line verbs live in retention_cli/."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from retention_cli import LANGUAGES
from retention_cli.arguments import parse_command_line
from retention_cli.book import add_book_commands, run_demo, run_due
from retention_cli.data import DATA_COMMANDS, add_data_commands
from retention_cli.documents import add_invoice_command, add_kit_command, run_invoice, run_kit
from retention_cli.output import for_terminal
from retention_cli.reports import add_report_commands, run_report
from retention_cli.safety import add_safety_commands, safety_commands
from retention_desktop.i18n import translate


log = logging.getLogger("retention_desktop.main")


def build_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """The command line and its verbs, the help in the language of translate() (retention_cli.arguments)."""
    parser = parser_class(
        prog="retention-desktop",
        description=translate("CommandHelp", "Retention Desktop: keep the customers you already have."),
    )
    parser.add_argument(
        "--db",
        metavar=translate("CommandHelp", "PATH"),
        help=translate("CommandHelp", "database file or SQLAlchemy URL (default: retention.sqlite3 in your data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CommandHelp", "language of the program (default: the one chosen in settings, else Arabic)"),
    )
    parser.add_argument("--report-startup", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar=translate("CommandHelp", "COMMAND"))
    add_book_commands(commands)
    add_invoice_command(commands)
    add_kit_command(commands)
    add_data_commands(commands)
    add_safety_commands(commands)
    add_report_commands(commands)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    return parse_command_line(argv, build_parser)


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


def import_core_before_qt() -> None:
    """Import what the window's start needs from the core and its libraries before PySide6.

    Once PySide6 is loaded, shiboken reads the source of every module imported after it (looking
    for its own name, for its `__feature__` switch): at start-up that was 370 modules, 55 ms and 8
    MB of source kept in memory. Imported first, they are not read. tests/gui/test_start.py
    checks that none of the core or its libraries comes after Qt at start-up.
    """
    import babel.dates  # noqa: F401  (the dates and amounts on the first screen)
    import babel.numbers  # noqa: F401
    import phonenumbers  # noqa: F401  (the phones on the first screen)
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import retention_desktop.agenda  # noqa: F401  (Today's lists)
    import retention_desktop.db  # noqa: F401
    import retention_desktop.followups  # noqa: F401
    import retention_desktop.interactions  # noqa: F401
    import retention_desktop.labels  # noqa: F401
    import retention_desktop.locale_data  # noqa: F401  (Babel's data, ready in one piece)
    import retention_desktop.phones  # noqa: F401
    import retention_desktop.pin  # noqa: F401
    import retention_desktop.progress  # noqa: F401


def spare_qt_source_reads() -> None:
    """Load PySide6 and tell its shiboken that no module of the start uses its `__feature__`
    switch, so that it does not read their source to find out.

    After each import statement once PySide6 is loaded, shiboken reads the source of the module
    imported (`inspect.getsource`) the first time it sees it, looking for the word "PySide6": the
    modules that name it are switched with `from __feature__ import snake_case` and the like,
    the others are left alone. The program uses no such switch, so the answer changes nothing;
    at start-up it was 100 modules read (those the screens import by name, the core's included),
    16 ms. Shiboken publishes its dictionary of answers: the modules imported so far and the
    core's are marked as not using PySide6 (the core never imports Qt), the screens' as using it.
    """
    import importlib.resources

    import PySide6  # noqa: F401  (loads shiboken, which fills its dictionary)

    try:
        from PySide6.support import feature

        answers: dict[str, int] = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return  # another version of PySide6: it reads them, which costs time, not correctness
    for name in [*sys.modules, "ui", "resources"]:  # and our two packages without Qt of their own
        answers.setdefault(name, -1)  # -1: "not switched"; 0: "uses PySide6, no feature"
    import retention_desktop
    import ui

    # The modules of the core and the screens, the ones imported later included (the backups'
    # when the window has shown, the customer book's while it waits).
    for package, answer in ((retention_desktop, -1), (ui, 0)):
        try:
            files = list(importlib.resources.files(package).iterdir())
        except OSError:  # a frozen build keeps its modules in an archive (and shiboken finds no source there)
            continue
        for module in files:
            if module.name.endswith(".py") and module.name != "__init__.py":
                answers.setdefault(f"{package.__name__}.{module.name[:-3]}", answer)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # In a frozen build, a helper process (batch kits, imports) starts this same program: it
        # runs the helper's work and exits here instead of opening a second window. From source a
        # helper is started by Python itself, and the import costs every command 10 ms.
        multiprocessing.freeze_support()
    # Starting makes objects that live as long as the program (modules, classes, Qt's wrappers) and
    # next to no garbage cycles: the collector would walk them again and again while they are made
    # (50 ms of the window's start, 7 % of `due`). It is off for the start and on again once the
    # window shows (ui/app.py) or a command that writes begins; a quick read ends without it.
    # At the end what exists is frozen (kept out of the collector's walks): the collection that
    # Python makes as it exits then has nothing to walk (110 ms of `invoice`, a fifth of it).
    gc.disable()
    try:
        return start(argv)
    finally:
        gc.freeze()
        gc.enable()


# Commands that read a little and end: they run without the garbage collector.
QUICK_COMMANDS = ("due", "invoice")


def start(argv: list[str] | None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    if args.command is None:
        import_core_before_qt()
        spare_qt_source_reads()
        from ui.app import run_gui

        return run_gui(db_target=args.db, lang=args.lang, log_path=log_path, report_startup=args.report_startup)
    if args.command not in QUICK_COMMANDS:
        gc.enable()
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

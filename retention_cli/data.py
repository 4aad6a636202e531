"""`import`, `export` and `copy-to`: customers in from files, the book out to CSV or Excel, the whole book
into another database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from retention_cli.days import open_existing_database
from retention_cli.output import ProgressLine, count_lines, for_terminal, print_out
from retention_desktop.i18n import join_list, translate

# --- data in and out: `import` and `export` -----------------------------------------------------


def add_data_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import",
        help=translate(
            "CommandHelp",
            "import customers from a CSV or text file, an Excel (.xlsx, .xlsm, .xlsb, .xls) or OpenDocument "
            "(.ods) workbook, or phone contacts (.vcf)",
        ),
        description=translate(
            "CommandHelp",
            "Import customers from FILE: a CSV or text table (UTF-8, UTF-16, Windows-1256 or Windows-1252; "
            "comma, semicolon, tab or bar between values), an Excel workbook (.xlsx, .xlsm, .xlsb, .xls) or an "
            "OpenDocument spreadsheet (.ods) (its first sheet with anything in it), or phone contacts exported as "
            ".vcf. What the file is, is told from what it holds, whatever its name ends in. The columns are matched "
            "to the customer's fields by their headings, in Arabic or English (the matching is printed). Rows are "
            "checked as the customer dialog checks them; those that cannot be imported are listed with their row "
            "number and the reason. The good rows are imported in one transaction: all of them, or none. Exits "
            "with 2 when the file cannot be read at all.",
        ),
    )
    imports.add_argument("file", metavar=translate("CommandHelp", "FILE"), help=translate("CommandHelp", "the file to import"))
    imports.add_argument("--dry-run", action="store_true", help=translate("CommandHelp", "only say what would be imported; change nothing"))
    matching = imports.add_mutually_exclusive_group()
    matching.add_argument(
        "--merge",
        dest="duplicates",
        action="store_const",
        const="merge",
        help=translate(
            "CommandHelp",
            "a row with the phone number of a customer already in the book (or of an earlier row) adds what it "
            "has to that customer: other numbers, email, tags, notes; nothing there is overwritten (the default)",
        ),
    )
    matching.add_argument(
        "--skip", dest="duplicates", action="store_const", const="skip", help=translate("CommandHelp", "leave such rows out")
    )
    exports = commands.add_parser(
        "export",
        help=translate("CommandHelp", "export the book to a CSV file or an Excel workbook"),
        description=translate(
            "CommandHelp",
            "Write the customers, follow-ups, interactions or invoices to FILE: a CSV file (.csv, one table, "
            "UTF-8 as Excel reads it) or an Excel workbook (.xlsx, one sheet each), with headings in the --lang "
            "language. It only reads the book.",
        ),
    )
    exports.add_argument(
        "file", metavar=translate("CommandHelp", "FILE"), help=translate("CommandHelp", "the file to write, ending in .csv or .xlsx")
    )
    exports.add_argument(
        "--what",
        choices=("all", "customers", "follow-ups", "interactions", "invoices"),
        help=translate("CommandHelp", "what to export (default: all of it in a workbook, the customers in a CSV file)"),
    )

    copies = commands.add_parser(
        "copy-to",
        help=translate("CommandHelp", "copy the whole book into a new, empty database: the shop's server, or a file"),
        description=translate(
            "CommandHelp",
            "Copy the whole book (customers, follow-ups, interactions, invoices, campaigns, settings: every "
            "record, as it is) into TARGET: a PostgreSQL database, given by its address "
            "(postgresql+psycopg://…), when the shop moves its book to its server, or a new database file. "
            "TARGET must be new or empty; one that holds customers, invoices or other records is refused. The "
            "copy is one transaction: TARGET holds the whole book or, if the copy stops, nothing of it. The "
            "book copied from is only read: close the program on it first, so that nothing saved meanwhile is "
            "left behind.",
        ),
    )
    copies.add_argument(
        "target", metavar=translate("CommandHelp", "TARGET"), help=translate("CommandHelp", "the database to copy the book into")
    )


def run_import(args: argparse.Namespace) -> int:
    """`import`: customers from a file, previewed, then imported in one transaction (or not, with --dry-run)."""
    from retention_cli.language import start_command_language

    from retention_desktop.db import default_database_path, open_database
    from retention_desktop.import_columns import Field, field_label
    from retention_desktop.import_files import read_file
    from retention_desktop.importing import (
        Duplicates,
        guess_mapping,
        import_customers,
        preview_import,
        preview_lines,
        problem_line,
        result_lines,
    )

    start_command_language(args.lang)
    source = read_file(Path(args.file).expanduser())  # a file that cannot be read: exit 2, no book opened
    db = open_existing_database(args) if args.dry_run else open_database(args.db or default_database_path())
    try:
        mapping = guess_mapping(source)
        duplicates = Duplicates(args.duplicates or Duplicates.MERGE)
        checking = ProgressLine.counting(translate("ImportCommand", "Checking rows: {done} of {total}"))
        try:
            preview = preview_import(db, source, mapping, progress=checking)
        finally:
            checking.close()
        lines = [for_terminal(remark) for remark in source.remarks]
        for header, field in zip(source.headers, mapping.fields):
            shown = translate("ImportCommand", "not imported") if field is Field.IGNORE else field_label(field)
            lines.append(f"  {for_terminal(header)} → {shown}")
        lines += preview_lines(preview, duplicates)
        lines += ["  " + for_terminal(problem_line(p, source.kind)) for p in preview.rejected]
        if args.dry_run:
            lines.append(translate("ImportCommand", "Nothing was imported (--dry-run)."))
        else:
            saving = ProgressLine.phases()  # the book backed up first, then the customers saved
            try:
                lines += result_lines(import_customers(db, preview, duplicates=duplicates, progress=saving))
            finally:
                saving.close()
    finally:
        db.close()
    return print_out("\n".join(lines))


def run_export(args: argparse.Namespace) -> int:
    """`export`: the book, or a part of it, to a CSV file or an Excel workbook."""
    from retention_cli.language import start_command_language

    from retention_desktop.exporting import Table, export_book, export_format, table_label
    from retention_desktop.files import check_target

    language = start_command_language(args.lang)
    path = Path(args.file).expanduser()
    kind = export_format(path)  # refused before the book is opened
    check_target(path)
    what = args.what or ("all" if kind == "xlsx" else "customers")
    tables = list(Table) if what == "all" else [Table(what)]
    db = open_existing_database(args)
    try:
        writing = ProgressLine.counting(translate("ExportCommand", "Writing rows: {done} of {total}"))
        try:
            result = export_book(db, path, tables, right_to_left=language == "ar", progress=writing)
        finally:
            writing.close()
    finally:
        db.close()
    counts = join_list(f"{table_label(t)}: {n}" for t, n in result.rows.items())
    return print_out(translate("ExportCommand", "Wrote {path} ({counts})").format(path=result.path.resolve(), counts=counts))


def run_copy(args: argparse.Namespace) -> int:
    """`copy-to TARGET`: the whole book into a new, empty database (the shop's server, or a file)."""
    from retention_cli.language import start_command_language

    from retention_desktop.book_copy import copy_into

    start_command_language(args.lang)
    db = open_existing_database(args)
    try:
        copying = ProgressLine.phases()  # the rows copied, then the search index made
        try:
            copied = copy_into(db, args.target, progress=copying)
        finally:
            copying.close()
        source = db.shown_address
    finally:
        db.close()
    lines = [translate("CopyCommand", "Copied the book to {target}:").format(target=copied.address)]
    lines += count_lines(copied.counts.labelled())
    lines.append(
        translate("CopyCommand", "The book at {source} is as it was. To work in the copy, start the program with --db and its address.").format(source=source)
    )
    return print_out("\n".join(lines))


DATA_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"import": run_import, "export": run_export, "copy-to": run_copy}

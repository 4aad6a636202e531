"""`invoice` and `kit`: documents written to PDF files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from retention_cli import LANGUAGES
from retention_cli.days import open_existing_database, parse_day
from retention_cli.output import ProgressLine, for_terminal, print_out
from retention_desktop.i18n import translate


def add_invoice_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`invoice`: an issued invoice or credit note as a PDF file."""
    invoice = commands.add_parser(
        "invoice",
        help=translate("CommandHelp", "write an invoice or credit note as a PDF"),
        description=translate(
            "CommandHelp",
            "Write the invoice or credit note numbered NUMBER (for example INV-000012 or CN-000003) to a "
            "PDF file, as it was issued, in the language given by --lang (default: the program's language). "
            "Printing it again gives the same file.",
        ),
    )
    invoice.add_argument("number", metavar=translate("CommandHelp", "NUMBER"), help=translate("CommandHelp", "the invoice or credit note number"))
    invoice.add_argument(
        "--out",
        metavar=translate("CommandHelp", "FILE.pdf"),
        help=translate("CommandHelp", "the PDF file to write (default: NUMBER.pdf in the current folder)"),
    )


def add_kit_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`kit`: new customers' welcome kits as PDF files."""
    kit = commands.add_parser(
        "kit",
        help=translate("CommandHelp", "write a new customer's welcome kit as a PDF"),
        description=translate(
            "CommandHelp",
            "Write the welcome kit of one customer (--customer, with --out) or of every customer whose first "
            "purchase was on a day or later (--new-since, one file each in --out-dir), in the language given by --lang "
            "(default: the program's language). Each kit printed is recorded on the customer's history.",
        ),
    )
    whom = kit.add_mutually_exclusive_group(required=True)
    whom.add_argument(
        "--customer",
        metavar=translate("CommandHelp", "ID_OR_PHONE"),
        help=translate("CommandHelp", "the customer, by number in the book or by phone number"),
    )
    whom.add_argument(
        "--new-since", metavar="YYYY-MM-DD", help=translate("CommandHelp", "every customer whose first purchase was on this day or later")
    )
    kit.add_argument(
        "--out",
        metavar=translate("CommandHelp", "FILE.pdf"),
        help=translate("CommandHelp", "with --customer: the PDF file to write (default: a name from the invoice and the customer)"),
    )
    kit.add_argument(
        "--out-dir",
        metavar=translate("CommandHelp", "DIR"),
        help=translate("CommandHelp", "with --new-since: the folder to write one PDF per customer into"),
    )
    kit.add_argument(
        "--lang", dest="kit_lang", choices=LANGUAGES, help=translate("CommandHelp", "the kit's language (default: the program's)")
    )


def run_invoice(args: argparse.Namespace) -> int:
    """`invoice`: an issued invoice or credit note written to a PDF file."""
    from retention_cli.language import start_command_language

    from retention_desktop.files import check_target
    from retention_desktop.locale_data import use_cached_locale_data
    from retention_desktop.pdf.invoice import pdf_file_name, write_document_pdf
    from retention_desktop.printable import printable_invoice

    language = start_command_language(args.lang)
    use_cached_locale_data(language)  # Babel's data of the document's language in one piece (as the windows read it)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        check_target(out)  # a folder, a device or a missing folder is refused before anything is read
    db = open_existing_database(args)
    try:
        invoice = printable_invoice(db, args.number)  # read once, in one transaction
    finally:
        db.close()
    written = write_document_pdf(invoice, out or Path(pdf_file_name(invoice.number)), language=language)
    return print_out(translate("InvoiceCommand", "Wrote {path}").format(path=written.resolve()))


def run_kit(args: argparse.Namespace) -> int:
    """`kit`: one customer's welcome kit, or every new customer's since a day, written as PDFs and
    recorded on their histories."""
    from retention_cli.language import start_command_language

    from retention_desktop.files import check_target
    from retention_desktop.kit import find_kit_customer, new_customers, print_kit
    from retention_desktop.kit_batch import write_kits
    from retention_desktop.locale_data import use_cached_locale_data

    language = start_command_language(args.kit_lang or args.lang)
    use_cached_locale_data(language)

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
        writing = ProgressLine.counting(translate("KitCommand", "Writing kits: {done} of {total}"))
        try:
            written = write_kits(db, customers, language=language, folder=folder, progress=writing)
        finally:
            writing.close()
    finally:
        db.close()
    lines = [translate("KitCommand", "Wrote {path}").format(path=path.resolve()) for path in written]
    count = len(written)  # a variable, not a call: lupdate reads no further than a call here
    lines.append(translate("KitCommand", "Wrote %n kits.", None, count))
    return print_out("\n".join(lines))

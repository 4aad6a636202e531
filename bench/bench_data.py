"""Measures data in and out at shop scale: importing a 100,000-row customer list, reading Excel, exporting the book."""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import row  # noqa: E402

from retention_desktop.customers import count_customers  # noqa: E402
from retention_desktop.db import open_database  # noqa: E402
from retention_desktop.exporting import Table, export_book  # noqa: E402
from retention_desktop.import_files import read_file  # noqa: E402
from retention_desktop.importing import Duplicates, guess_mapping, import_customers, preview_import  # noqa: E402

IMPORT_GOAL_S = 30.0
EXPORT_GOAL_S = 10.0
WIDTH = 58
OLD_BOOK = Path("/work/books/b100k.sqlite3")

FIRST = ["محمد", "أحمد", "عبدالله", "فاطمة", "نورة", "سارة", "خالد", "ريم", "يوسف", "هند", "Omar", "Sara", "John"]
LAST = ["العتيبي", "القحطاني", "الشهري", "الدوسري", "الغامدي", "الزهراني", "الحربي", "المطيري", "Smith", "Khan"]
AREAS = ["الرياض", "جدة", "الدمام", "العليا", "الملقا", "مكة المكرمة", "Riyadh", ""]
TAGS = ["VIP", "جملة", "عميل قديم", "", "", ""]


def customer_list(rows: int, seed: int = 14) -> list[list[Any]]:
    """A shop's list: Arabic headings, mobile numbers (a few landlines, repeats and typos), birthdays
    day first, some empty cells."""
    rng = random.Random(seed)
    table: list[list[Any]] = [["الاسم", "الجوال", "البريد الإلكتروني", "المدينة", "تاريخ الميلاد", "الوسوم", "ملاحظات"]]
    for i in range(rows):
        phone = f"05{rng.choice('0345689')}{rng.randrange(1_000_000, 9_999_999)}"
        if i % 50 == 0:
            phone = f"011{rng.randrange(2_000_000, 4_999_999)}"
        if i % 1000 == 999:
            phone = phone[:4] + "O" + phone[5:]  # a typo: the letter O for a zero
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        email = f"c{i}@example.com" if rng.random() < 0.3 else ""
        birthday = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29)) if rng.random() < 0.6 else None
        notes = "يفضل التواصل مساءً" if rng.random() < 0.1 else ""
        table.append([name, phone, email, rng.choice(AREAS), birthday, rng.choice(TAGS), notes])
    return table


def write_csv(path: Path, table: list[list[Any]]) -> None:
    def cell(value: Any) -> str:
        return value.strftime("%d/%m/%Y") if isinstance(value, date) else "" if value is None else str(value)

    lines = [",".join(cell(v) for v in r) for r in table]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


CPU: dict[str, float] = {}


def _cpu() -> float:
    """CPU seconds of this process and of its helper processes that have ended."""
    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds and the result; the CPU seconds it took (helper processes included) are
    kept in CPU["last"]: on a machine that others share, the wall clock moves by half or more from
    one run to the next, CPU time much less."""
    started, cpu = time.perf_counter(), _cpu()
    result = work()
    CPU["last"] = _cpu() - cpu
    return time.perf_counter() - started, result


def seconds(wall: float) -> str:
    return f"{wall:.2f} s ({CPU['last']:.1f} s CPU)"


def bench_import(folder: Path, rows: int) -> None:
    path = folder / "customers.csv"
    write_csv(path, customer_list(rows))
    db = open_database(folder / "import.sqlite3")
    try:
        print(f"\nImport of a {rows:,}-row CSV into an empty book (wall clock, and CPU time with the helper processes):")
        read_s, source = timed(lambda: read_file(path))
        read_cpu = CPU["last"]
        row("read_file (decode, separator, rows)", seconds(read_s), "", None, width=WIDTH)
        mapping = guess_mapping(source)
        preview_s, preview = timed(lambda: preview_import(db, source, mapping))
        preview_cpu = CPU["last"]
        row("preview_import (every row checked, phones matched)", seconds(preview_s), "", None, width=WIDTH)
        import_s, result = timed(lambda: import_customers(db, preview, duplicates=Duplicates.MERGE))
        row("import_customers (one transaction)", seconds(import_s), "", None, width=WIDTH)
        total = read_s + preview_s + import_s
        CPU["last"] += read_cpu + preview_cpu
        row("read + preview + import", seconds(total), f"< {IMPORT_GOAL_S:.0f} s", total < IMPORT_GOAL_S, width=WIDTH)
        print(f"  ({result.added:,} added, {preview.repeated:,} repeats merged, {len(preview.rejected):,} rejected; "
              f"{count_customers(db):,} in the book)")
        again_s, again = timed(lambda: preview_import(db, source, mapping))
        merge_s, merged = timed(lambda: import_customers(db, again, duplicates=Duplicates.MERGE))
        merge_cpu = CPU["last"]
        row("the same file again: preview (all in the book)", f"{again_s:.2f} s", "", None, width=WIDTH)
        CPU["last"] = merge_cpu
        row("the same file again: merge (nothing new to write)", seconds(merge_s), "", None, width=WIDTH)
    finally:
        db.close()


def bench_excel(folder: Path, rows: int) -> None:
    try:
        from openpyxl import Workbook, load_workbook
    except ImportError:
        print("\nopenpyxl is not installed (pip install -e '.[test]'): the Excel comparison is left out.")
        return
    path = folder / "customers.xlsx"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("العملاء")
    write_s, _ = timed(lambda: [sheet.append(r) for r in customer_list(rows)] and workbook.save(path))
    write_cpu = CPU["last"]
    print(f"\nReading a {rows:,}-row Excel sheet ({path.stat().st_size / 1e6:.1f} MB, written by openpyxl):")
    calamine_s, source = timed(lambda: read_file(path))
    row("python-calamine (read_file, as the import does)", seconds(calamine_s), "", None, width=WIDTH)
    openpyxl_s, _ = timed(lambda: list(load_workbook(path, read_only=True, data_only=True).worksheets[0].iter_rows(values_only=True)))
    row("openpyxl read-only, values only", seconds(openpyxl_s), "", None, width=WIDTH)
    CPU["last"] = write_cpu
    row("(openpyxl write-only took to write it)", seconds(write_s), "", None, width=WIDTH)
    assert len(source.rows) == rows


def bench_export(folder: Path, book: Path | None) -> None:
    if book is None:
        if not OLD_BOOK.exists():
            print(f"\nNo book to export: give --book (a copy is made) or create {OLD_BOOK}.")
            return
        book = OLD_BOOK
    copy = folder / "export.sqlite3"
    shutil.copy(book, copy)  # opening upgrades it: never the original
    db = open_database(copy)
    try:
        customers = count_customers(db) + count_customers(db, archived=True)
        print(f"\nExport of a book of {customers:,} customers (a copy of {book}):")
        for label, name, what in (
            ("customers to CSV", "c.csv", [Table.CUSTOMERS]),
            ("customers to .xlsx", "c.xlsx", [Table.CUSTOMERS]),
        ):
            wall, _ = timed(lambda: export_book(db, folder / name, what))
            row(label, seconds(wall), f"< {EXPORT_GOAL_S:.0f} s", wall < EXPORT_GOAL_S, width=WIDTH)
        wall, result = timed(lambda: export_book(db, folder / "all.xlsx", list(Table), right_to_left=True))
        sizes = ", ".join(f"{t.value} {n:,}" for t, n in result.rows.items())
        row("everything to .xlsx, a sheet each", seconds(wall), "", None, width=WIDTH)
        print(f"  ({sizes}; {(folder / 'all.xlsx').stat().st_size / 1e6:.1f} MB)")
    finally:
        db.close()
    try:
        from openpyxl import Workbook
    except ImportError:
        return
    source = read_file(folder / "c.csv")

    def openpyxl_write() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Customers")
        sheet.append(list(source.headers))
        for r in source.rows:
            sheet.append(list(r.cells))
        workbook.save(folder / "openpyxl.xlsx")

    wall, _ = timed(openpyxl_write)
    row("(openpyxl write-only, the same customer cells)", seconds(wall), "", None, width=WIDTH)


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the imported list (default 100,000)")
    parser.add_argument("--book", type=Path, help=f"a book to export, copied first (default {OLD_BOOK})")
    parser.add_argument("--only", choices=("import", "excel", "export"), help="one part only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-data-") as scratch:
        folder = Path(scratch)
        if args.only in (None, "import"):
            bench_import(folder, args.rows)
        if args.only in (None, "excel"):
            bench_excel(folder, args.rows)
        if args.only in (None, "export"):
            bench_export(folder, args.book)


if __name__ == "__main__":
    main()

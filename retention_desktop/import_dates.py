"""Dates as shops write them in their lists: 21/05/1990, 1990-05-21, 21 مايو 1990, an Excel date or
serial, a Hijri year; and whether a file writes its days or its months first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from retention_desktop.import_columns import DATE_FIELDS, Field
from retention_desktop.import_files import Cell, SourceFile
from retention_desktop.text import ascii_digits, clean_line, fold

# A date written with numbers only: 21/05/1990, 1990-05-21, 21.5.90 (a time after it is left out).
DATE_LIKE = re.compile(r"^\s*(\d{1,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,4})(?:[ T].*)?$")


def guess_day_first(source: SourceFile, fields: Sequence[Field]) -> bool:
    """Whether the dates (birthdays, customer since) are written day first (21/05/1990) or month
    first (05/21/1990): day first unless a date of the file can only be read month first."""
    columns = [i for i, f in enumerate(fields) if f in DATE_FIELDS]
    month_first = False
    for row in source.rows:
        for column in columns:
            if column >= len(row.cells) or not isinstance(row.cells[column], str):
                continue
            found = DATE_LIKE.match(ascii_digits(str(row.cells[column])))
            if found is None or len(found.group(1)) == 4:
                continue
            first, second = int(found.group(1)), int(found.group(2))
            if first > 12:
                return True
            if second > 12:
                month_first = True
    return not month_first


_MONTHS = {
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)},
    **{fold(m): i for i, m in enumerate(
        ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"), 1)},
    **{fold(m): i for i, m in enumerate(
        ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"), 1)},
    fold("ابريل"): 4, fold("يونيه"): 6, fold("يوليه"): 7, fold("اغسطس"): 8, "sept": 9,
}
_NAMED_DAY = re.compile(r"^(\d{1,2})\s+([^\d,]+?)\s*,?\s+(\d{4})$")  # 21 May 1990, 21 مايو 1990
_NAMED_MONTH_FIRST = re.compile(r"^([^\d,]+?)\s+(\d{1,2})\s*,?\s+(\d{4})$")  # May 21, 1990
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_day(cell: Cell, *, day_first: bool = True) -> date | None:
    """A birthday as shops write it: 21/05/1990, 21-5-1990, 21.05.1990, 1990-05-21, 21/05/90, 21 May
    1990, 21 مايو 1990, in any digits; an Excel date cell or serial number; a Hijri year (1300-1499)
    is a Hijri date (Umm al-Qura). None when the cell is empty; ValueError when it is no date."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool) or not isinstance(cell, (str, int, float)):
        raise ValueError(cell)
    if isinstance(cell, (int, float)):
        return _excel_serial(cell)
    text = " ".join(ascii_digits(clean_line(cell)).replace("\u200f", "").split())
    if not text:
        return None
    if text.isdigit() and len(text) <= 5:
        return _excel_serial(int(text))
    if text.isdigit() and len(text) == 8:  # 19900521
        return _gregorian_or_hijri(int(text[:4]), int(text[4:6]), int(text[6:]))
    found = DATE_LIKE.match(text)
    if found is not None:
        a, b, c = found.groups()
        if len(a) == 4:
            return _gregorian_or_hijri(int(a), int(b), int(c))
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
        return _gregorian_or_hijri(_full_year(c), month, day)
    for pattern, order in ((_NAMED_DAY, (1, 2, 3)), (_NAMED_MONTH_FIRST, (2, 1, 3))):
        named = pattern.match(text)
        if named is not None:
            day_text, month_text, year_text = (named.group(i) for i in order)
            named_month = _MONTHS.get(fold(month_text).strip(" .")[:3] if month_text.isascii() else fold(month_text).strip(" ."))
            if named_month is not None:
                return _gregorian_or_hijri(int(year_text), named_month, int(day_text))
    raise ValueError(cell)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) > 2:
        return year
    this_year = date.today().year % 100
    return year + (2000 if year <= this_year else 1900)


def _excel_serial(number: float) -> date:
    if not 1 <= number < 2958466:  # Excel's days: 1900-01-01 to 9999-12-31
        raise ValueError(number)
    return _EXCEL_EPOCH + timedelta(days=int(number))


class NoSuchDay(ValueError):
    """A date written as one, whose month has no such day (30/02/1990): the order of day and
    month is not what went wrong."""


def _gregorian_or_hijri(year: int, month: int, day: int) -> date:
    try:
        if 1300 <= year <= 1499:
            from hijridate import Hijri

            try:
                return Hijri(year, month, day).to_gregorian()
            except OverflowError as e:
                raise ValueError((year, month, day)) from e
        return date(year, month, day)
    except ValueError as e:
        if 1 <= month <= 12 and 1 <= day <= 31:
            raise NoSuchDay((year, month, day)) from e
        raise

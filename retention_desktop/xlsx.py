"""A small, fast .xlsx writer for exports: sheets of text, numbers and dates streamed into the zip.

openpyxl's write-only mode takes about 20 µs a cell in pure Python (13 s for 100,000 rows of six
columns here, lxml or not): an export of 100,000 customers would take half a minute. This writes
the same SpreadsheetML by hand, a row at a time, in about a tenth of that (bench/bench_data.py).
Excel, LibreOffice, openpyxl and calamine read it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO

Value = str | int | Decimal | date | None

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the heading's included
MAX_CELL = 32_767  # characters in a cell
_EPOCH = date(1899, 12, 30)
_FIRST_SERIAL_DAY = date(1900, 3, 1)  # before it, Excel's day numbers count a 29 February 1900 that never was
# Characters XML 1.0 cannot hold at all; the book's texts are cleaned as typed, but an older
# version's may still have them, and one of them makes Excel refuse the whole file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# A text that a spreadsheet would take for a formula once the cell is edited or saved as CSV.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Styles: 0 plain, 1 date, 2 amount, 3 text shown as typed (Excel's apostrophe prefix), 4 heading.
_DATE, _AMOUNT, _AS_TEXT, _HEADING = 1, 2, 3, 4
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00#"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"{rtl}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
    'state="frozen"/></sheetView></sheetViews><cols>{cols}</cols><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


def _text(value: str) -> str:
    if _NOT_XML.search(value):
        value = _NOT_XML.sub("", value)
    return value[:MAX_CELL].translate(_ESCAPE)


class Workbook:
    """Sheets written one after the other into `target` (a file or a BytesIO); close() finishes it."""

    def __init__(self, target: IO[bytes], *, right_to_left: bool = False) -> None:
        self._zip = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3)
        self._rtl = right_to_left
        self._sheets: list[str] = []

    def add_sheet(self, name: str, headings: Sequence[str], widths: Sequence[int], rows: Iterable[Sequence[Value]]) -> int:
        """Write a sheet: its headings (bold, frozen above the rows) and rows; returns how many rows
        it holds. Text is always text (never a formula); a text that starts like a formula is
        marked as Excel marks text typed after an apostrophe, so that it stays text when edited."""
        if len(self._sheets) >= 255:
            raise ValueError("too many sheets")
        self._sheets.append(_sheet_name(name, self._sheets))
        letters = [column_letters(i) for i in range(len(headings))]
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
        count = 0
        with self._zip.open(f"xl/worksheets/sheet{len(self._sheets)}.xml", "w", force_zip64=True) as member:
            member.write(_SHEET_START.format(rtl=' rightToLeft="1"' if self._rtl else "", cols=cols).encode())
            member.write(_row(1, letters, headings, _HEADING).encode())
            chunk: list[str] = []
            for number, row in enumerate(rows, 2):
                if number > MAX_ROWS:
                    raise ValueError("more rows than a sheet holds")
                chunk.append(_row(number, letters, row, 0))
                count += 1
                if len(chunk) == 2000:
                    member.write("".join(chunk).encode())
                    chunk = []
            member.write(("".join(chunk) + _SHEET_END).encode())
        return count

    def close(self) -> None:
        sheets = "".join(
            f'<sheet name="{_attribute(name)}" sheetId="{i}" r:id="rId{i}"/>' for i, name in enumerate(self._sheets, 1)
        )
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(self._sheets) + 1)
        )
        count = len(self._sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        files = {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
            "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{relations}"
            f'<Relationship Id="rId{count + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>',
            "xl/styles.xml": _STYLES,
        }
        for name, text in files.items():
            self._zip.writestr(name, text)
        self._zip.close()


def _attribute(text: str) -> str:
    return _text(text).replace('"', "&quot;")


def _sheet_name(name: str, taken: Sequence[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, no two alike (case ignored)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", name).strip("' ")[:31] or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in (t.casefold() for t in taken):
        suffix = f" ({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    return candidate


def _row(number: int, letters: Sequence[str], values: Sequence[Value], text_style: int) -> str:
    cells = []
    for letter, value in zip(letters, values):
        if value is None or value == "":
            continue
        ref = f"{letter}{number}"
        if isinstance(value, str):
            style = _AS_TEXT if text_style == 0 and looks_like_formula(value) else text_style
            attributes = f' s="{style}"' if style else ""
            cells.append(f'<c r="{ref}" t="inlineStr"{attributes}><is><t xml:space="preserve">{_text(value)}</t></is></c>')
        elif isinstance(value, bool):
            cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        elif isinstance(value, Decimal):
            cells.append(f'<c r="{ref}" s="{_AMOUNT}"><v>{value:f}</v></c>')
        elif isinstance(value, datetime):
            raise TypeError("times are written as text in the shop's zone")
        elif isinstance(value, date) and value < _FIRST_SERIAL_DAY:  # Excel counts these days wrongly, or not at all
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value.isoformat()}</t></is></c>')
        elif isinstance(value, date):
            cells.append(f'<c r="{ref}" s="{_DATE}"><v>{(value - _EPOCH).days}</v></c>')
        else:
            raise TypeError(type(value))
    return f'<row r="{number}">{"".join(cells)}</row>'

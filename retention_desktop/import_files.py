"""Customer lists as read from the files shops keep (CSV and text tables in any of their encodings,
Excel and OpenDocument workbooks, phone contacts), before any column is matched to a field
(importing.py), and the files that cannot be read."""

from __future__ import annotations

import csv
import enum
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from retention_desktop.errors import UserError
from retention_desktop.i18n import join_list, translate
from retention_desktop.import_columns import EMAIL_LIKE, PHONE_LIKE, Field, field_label, field_of_header
from retention_desktop.progress import Progress
from retention_desktop.text import ascii_digits, clean_line, isolate_ltr

log = logging.getLogger(__name__)

# What a cell of a workbook can be, as python-calamine gives it; a CSV's cells are all text.
Cell = str | int | float | bool | date | datetime | time | timedelta | None

MAX_FILE_BYTES = 200 * 1024 * 1024  # larger than any shop's customer list; past it, memory would suffer
ROWS_PER_CHECK = 1000  # rows between two looks at Cancel


# --- a cell as text -------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell_text(cell: Cell) -> str:
    """A cell as text: a whole number without ".0" (a phone an Excel sheet holds as a number), a
    day as 1990-05-21, our own export's "'" before a formula-like value taken off again."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        if cell.startswith("'") and cell[1:2] and cell[1] in _FORMULA_START:
            return cell[1:]
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e16 else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def short_name(text: str) -> str:
    """A name as the file has it, for a message about its row: cleaned, and cut at 60 characters."""
    name = clean_line(text)
    return name if len(name) <= 60 else name[:59] + "…"


# --- the file as read --------------------------------------------------------------------------


class FileKind(enum.StrEnum):
    TABLE = "table"  # CSV or text
    WORKBOOK = "workbook"  # Excel or OpenDocument
    CONTACTS = "contacts"  # vCard


@dataclass(frozen=True)
class SourceRow:
    number: int  # the line (CSV), the sheet's row (Excel) or the contact's place (vCard), from 1
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class RowProblem:
    """A row that cannot be imported, and why, in the user's language."""

    number: int
    name: str  # as the file has it, shortened; "" when none could be read
    reason: str


@dataclass
class SourceFile:
    """A file's columns and rows as read, before any field is matched."""

    path: Path
    kind: FileKind
    headers: tuple[str, ...]
    rows: list[SourceRow]
    problems: list[RowProblem] = field(default_factory=list)  # rows that could not be read at all
    remarks: list[str] = field(default_factory=list)  # about the whole file: its encoding, its sheet
    fixed: tuple[Field, ...] | None = None  # contacts: their fields are known, nothing to match

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few values a column holds, for the mapping step."""
        found: list[str] = []
        for row in self.rows:
            if column < len(row.cells):
                text = clean_line(cell_text(row.cells[column]))
                if text:
                    found.append(text)
                    if len(found) == count:
                        break
        return found


# --- files that cannot be read ---------------------------------------------------------------


class ImportFileError(UserError):
    """A file that cannot be imported at all; nothing was read from it into the book."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    @property
    def name(self) -> str:
        return isolate_ltr(self.path.name)


class FileMissing(ImportFileError):
    def __str__(self) -> str:
        return translate("Importing", "The file {path} does not exist.").format(path=isolate_ltr(str(self.path)))


class FileNotReadable(ImportFileError):
    def __str__(self) -> str:
        return translate(
            "Importing", "The file {path} cannot be opened: it is a folder, or you may not have permission to read it."
        ).format(path=isolate_ltr(str(self.path)))


class FileTooLarge(ImportFileError):
    def __str__(self) -> str:
        return translate(
            "Importing", "{name} is larger than %n MB: that is not a customer list the program can import.", None,
            MAX_FILE_BYTES // (1024 * 1024),
        ).format(name=self.name)


class FileEmpty(ImportFileError):
    def __str__(self) -> str:
        return translate("Importing", "{name} is empty: there is nothing in it to import.").format(name=self.name)


class NoRows(ImportFileError):
    def __str__(self) -> str:
        return translate(
            "Importing", "{name} has a row of headings but no customers under it: there is nothing to import."
        ).format(name=self.name)


class NoContacts(ImportFileError):
    def __str__(self) -> str:
        return translate("Importing", "{name} holds no contacts: there is nothing to import.").format(name=self.name)


class NotATable(ImportFileError):
    def __str__(self) -> str:
        return translate(
            "Importing",
            "{name} is not a table the program can read. Save it from your spreadsheet as CSV or as an Excel "
            "workbook (.xlsx), or export your phone's contacts as a .vcf file, and import that.",
        ).format(name=self.name)


class WorkbookUnreadable(ImportFileError):
    def __str__(self) -> str:
        return translate(
            "Importing",
            "{name} could not be read as a workbook: it may be damaged, or protected by a password. Open it in "
            "your spreadsheet, save it again without a password, and import it again.",
        ).format(name=self.name)


def read_file(path: Path | str, *, progress: Progress | None = None) -> SourceFile:
    """Read a customer list: a CSV or text table (UTF-8 with or without BOM, UTF-16, Windows-1256;
    comma, semicolon, tab or bar between values), an Excel or OpenDocument workbook (the first
    sheet that has anything in it), or phone contacts (.vcf). What the file is, is told from its
    content, whatever its name says. Raises an ImportFileError when it cannot be read at all."""
    path = Path(path)
    if not path.exists():
        raise FileMissing(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLarge(path)
        with path.open("rb") as file:
            head = file.read(8)
    except (IsADirectoryError, PermissionError) as e:
        raise FileNotReadable(path) from e
    except OSError as e:
        raise FileNotReadable(path, str(e)) from e
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _read_workbook(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FileNotReadable(path, str(e)) from e
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise FileEmpty(path)
    text, remarks = _decode(path, data)
    if progress is not None:
        progress.check()
    from retention_desktop.vcard import looks_like_vcard

    if looks_like_vcard(text):
        return _read_contacts(path, text, remarks)
    return _read_text_table(path, text, remarks, progress)


# --- text: its encoding -------------------------------------------------------------------------

_ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "cp1256": "Windows-1256",
    "cp1252": "Windows-1252",
}
# Arabic letters as Windows-1256 has them (0xC1-0xDA, 0xDC-0xDF, 0xE1, 0xE3-0xE6, 0xEC, 0xED).
_CP1256_ARABIC = re.compile("[\u0621-\u064a]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _encoding_name(codec: str) -> str:
    return _ENCODING_NAMES.get(codec.lower().replace("-", "_"), codec.upper())


def _decode(path: Path, data: bytes) -> tuple[str, list[str]]:
    """The file's text and what is worth saying about how it was read."""
    if data.startswith(b"\xef\xbb\xbf"):
        codec = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf_16"
    elif b"\x00" in data[:4096]:
        if data.count(b"\x00", 0, 4096) * 8 < len(data[:4096]):
            raise NotATable(path)  # a few NULs in text: a binary file, not UTF-16 without its mark
        codec = _detected_codec(path, data)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return _checked_text(path, text), []
        mixed = _mixed_utf8(data)
        if mixed is not None:
            return _checked_text(path, mixed[0]), mixed[1]
        codec = _detected_codec(path, data)
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as e:
        raise NotATable(path) from e
    remarks = [] if codec in ("utf-8-sig",) else [
        translate("Importing", "The file's text was read as {encoding}.").format(encoding=_encoding_name(codec))
    ]
    return _checked_text(path, text.lstrip("\ufeff")), remarks


def _detected_codec(path: Path, data: bytes) -> str:
    """UTF-16 without its mark, Windows-1256 or Windows-1252, as charset-normalizer tells them
    apart; between the last two, Arabic letters decide (a shop's old Excel in Arabic Windows)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(
        data[: 1024 * 1024], cp_isolation=["utf_8", "utf_16_le", "utf_16_be", "cp1256", "cp1252"]
    ).best()
    if best is None:
        raise NotATable(path)
    codec = str(best.encoding)
    if codec == "cp1252":
        arabic = len(_CP1256_ARABIC.findall(data[: 1024 * 1024].decode("cp1256", "replace")))
        other = sum(1 for b in data[: 1024 * 1024] if b >= 0x80)
        if other and arabic * 2 >= other:
            codec = "cp1256"
    return codec


def _mixed_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """A file that is UTF-8 but for a few lines (rows pasted in from a Windows-1256 file): those
    lines read as Windows-1256, and said. None when the file is not mostly UTF-8."""
    lines = data.split(b"\n")
    bad: list[int] = []
    utf8_non_ascii = 0
    decoded: list[str] = []
    for number, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8_non_ascii += 1
        except UnicodeDecodeError:
            text = line.decode("cp1256", "replace")
            bad.append(number)
        decoded.append(text)
    if not utf8_non_ascii or len(bad) > utf8_non_ascii:
        return None
    shown = join_list(str(n) for n in bad[:10]) + ("…" if len(bad) > 10 else "")
    remark = translate(
        "Importing",
        "%n lines of the file were not in UTF-8 as the rest is, and were read as Windows-1256 (Arabic): "
        "lines {lines}. Check their names in the preview.",
        None,
        len(bad),
    ).format(lines=shown)
    return "\n".join(decoded), [remark]


def _checked_text(path: Path, text: str) -> str:
    """Refuse a binary file that happened to decode: text does not hold control characters."""
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise NotATable(path)
    return text


# --- text: its table --------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\s*$", re.IGNORECASE)  # Excel's "sep=;" first line


def _delimiter(lines: Sequence[str]) -> str:
    """The separator that cuts the first lines into the same number of values (more than one)."""
    sample = "".join(lines)
    best, best_score = ",", (0.0, 0)
    for candidate in _DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate) if any(c.strip() for c in r)]
        if not counts:
            continue
        usual = max(set(counts), key=counts.count)
        if usual < 2:
            continue
        score = (counts.count(usual) / len(counts), usual)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_text_table(path: Path, text: str, remarks: list[str], progress: Progress | None) -> SourceFile:
    lines = list(io.StringIO(text, newline=""))
    if lines and (sep := _SEP_LINE.match(lines[0])) is not None:
        delimiter, first_line = sep.group(1), 2
        lines = lines[1:]
    else:
        delimiter, first_line = _delimiter(lines[:50]), 1
    reader = csv.reader(iter(lines), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    problems: list[RowProblem] = []
    line_before = 0
    while True:
        start = line_before + first_line
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a value past csv's size limit: a quotation mark left open
            problems.append(_open_quote(start, reader.line_num + first_line - 1, len(lines) + first_line - 1))
            break
        end = reader.line_num + first_line - 1
        line_before = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            if _looks_like_data(cells):
                headers = [column_name(i) for i in range(len(cells))]
            else:
                headers = [clean_line(c) or column_name(i) for i, c in enumerate(cells)]
                continue
        if end == len(lines) + first_line - 1 and end > start and "".join(lines[start - first_line :]).count('"') % 2:
            problems.append(_open_quote(start, start, end))
            break
        while len(cells) > len(headers) and not cells[-1].strip():
            cells.pop()
        if len(cells) != len(headers):
            problems.append(_wrong_count(start, end, cells, len(headers)))
            continue
        rows.append(SourceRow(start, tuple(cells)))
        if progress is not None and len(rows) % ROWS_PER_CHECK == 0:
            progress.check()
    if headers is None:
        raise FileEmpty(path)
    if not rows and not problems:
        raise NoRows(path)
    return SourceFile(path, FileKind.TABLE, tuple(headers), rows, problems, remarks)


def column_name(index: int) -> str:
    return translate("Importing", "Column {number}").format(number=index + 1)


def _open_quote(row: int, line: int, last: int) -> RowProblem:
    return RowProblem(
        row,
        "",
        translate(
            "Importing",
            "A quotation mark (\") opened in this row is never closed, so the file could not be read from line "
            "{line} to its end (line {last}). Close the quotation mark and import the file again.",
        ).format(line=line, last=last),
    )


def _wrong_count(start: int, end: int, cells: list[str], expected: int) -> RowProblem:
    reason = translate(
        "Importing", "This row has %n values where the headings have {columns}: its values would go in the wrong columns.",
        None, len(cells),
    ).format(columns=expected)
    if end > start:
        reason += " " + translate(
            "Importing", "It runs from line {first} to line {last}: a quotation mark may be missing."
        ).format(first=start, last=end)
    return RowProblem(start, short_name(cells[0] if cells else ""), reason)


def _looks_like_data(cells: Sequence[Cell]) -> bool:
    """A first row that names no known field and holds a phone number or an email is data: the
    file has no headings."""
    texts = [clean_line(cell_text(c)) for c in cells]
    if any(field_of_header(t) is not None for t in texts if t):
        return False
    return any(PHONE_LIKE.match(ascii_digits(t)) or EMAIL_LIKE.match(t) for t in texts)


# --- workbooks ----------------------------------------------------------------------------------


def _read_workbook(path: Path) -> SourceFile:
    """The first sheet that has anything in it, read by python-calamine (xlsx, xlsm, xlsb, xls,
    ods): ten times faster than openpyxl on a 100,000-row sheet (bench/bench_data.py)."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        table: list[list[Cell]] = []
        chosen = ""
        for name in names:
            table = [list(row) for row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)]
            if any(any(filled(c) for c in row) for row in table):
                chosen = name
                break
    except Exception as e:  # calamine's errors (zip, XML, password, format) have no common base
        raise WorkbookUnreadable(path, str(e)) from e
    if not chosen:
        raise FileEmpty(path)
    remarks = []
    if len(names) > 1:
        remarks.append(
            translate("Importing", "The workbook has %n sheets: the first one with anything in it, “{sheet}”, is read.", None, len(names)).format(
                sheet=clean_line(chosen)
            )
        )
    width = max(_last_filled(row) for row in table)
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    for index, raw in enumerate(table):
        cells = tuple(raw[:width]) + ("",) * (width - len(raw[:width]))
        if not any(filled(c) for c in cells):
            continue
        if headers is None:
            if _looks_like_data(cells):
                headers = [column_name(i) for i in range(width)]
            else:
                headers = [clean_line(cell_text(c)) or column_name(i) for i, c in enumerate(cells)]
                continue
        rows.append(SourceRow(index + 1, cells))
    if not rows:
        raise NoRows(path)
    return SourceFile(path, FileKind.WORKBOOK, tuple(headers or ()), rows, [], remarks)


def filled(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _last_filled(row: Sequence[Cell]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if filled(row[index]):
            return index + 1
    return 0


# --- contacts -----------------------------------------------------------------------------------

_CONTACT_FIELDS = (
    Field.NAME, Field.COMPANY, Field.PHONE, Field.EMAIL, Field.BIRTHDAY, Field.ADDRESS, Field.AREA,
    Field.TAGS, Field.GENDER, Field.NOTES,
)


def _read_contacts(path: Path, text: str, remarks: list[str]) -> SourceFile:
    from retention_desktop.vcard import read_contacts

    contacts = read_contacts(text)
    if not contacts:
        raise NoContacts(path)
    rows = []
    for c in contacts:
        notes = "\n".join([*c.notes, *c.emails[1:]])
        birthday: Cell = c.birthday if c.birthday is not None else c.birthday_text
        rows.append(
            SourceRow(
                c.number,
                (c.name, c.company, "\n".join(c.phones), c.emails[0] if c.emails else "", birthday, c.address, c.area,
                 ", ".join(c.tags), c.gender, notes),
            )
        )
    headers = tuple(field_label(f) for f in _CONTACT_FIELDS)
    return SourceFile(path, FileKind.CONTACTS, headers, rows, [], remarks, fixed=_CONTACT_FIELDS)

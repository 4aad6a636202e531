"""Importing customers from the files shops keep: CSV in any encoding and separator, Excel, bad rows and bad files."""

from __future__ import annotations

import os
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook

from retention_desktop.clock import shop_today
from retention_desktop.clock import local_date, shop_zone
from retention_desktop.customers import (
    CustomerDraft,
    add_customer,
    add_customers,
    count_customers,
    customer_details,
    customer_drafts,
    search_customers,
)
from retention_desktop.db import Database
from retention_desktop.import_columns import Field, field_of_header
from retention_desktop.import_files import (
    FileEmpty,
    FileKind,
    FileMissing,
    FileNotReadable,
    NoRows,
    NotATable,
    WorkbookUnreadable,
    read_file,
)
from retention_desktop.import_dates import parse_day
from retention_desktop.importing import (
    Duplicates,
    ImportPreview,
    Mapping,
    guess_mapping,
    import_customers,
    preview_import,
    preview_lines,
    problem_line,
    result_lines,
)
from retention_desktop.kinds import CustomerKind, Gender, Source
from retention_desktop.search import CustomerOrder
from retention_desktop.progress import Cancelled, Progress


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def preview_of(db: Database, path: Path, mapping: Mapping | None = None) -> ImportPreview:
    source = read_file(path)
    return preview_import(db, source, mapping or guess_mapping(source))


def problems(preview: ImportPreview) -> dict[int, str]:
    return {p.number: p.reason for p in preview.rejected}


def all_drafts(db: Database) -> list[CustomerDraft]:
    with db.reading() as connection:
        drafts = customer_drafts(connection, search_customers(db, "") + search_customers(db, "", archived=True))
    return sorted(drafts.values(), key=lambda d: d.full_name)


def book_state(db: Database) -> list[tuple[object, ...]]:
    return [(d.full_name, d.phones, d.email, d.area, d.notes, d.tags) for d in all_drafts(db)]


SHOP_LIST = (
    "الجوال,الاسم,تاريخ الميلاد,المدينة,البريد الإلكتروني,ملاحظات,الوسوم,الجنس\r\n"
    "0551234567,أحمد بن سعيد,21/05/1990,الرياض,ahmed@example.com,يحب القهوة,\"VIP, جديد\",ذكر\r\n"
    "٠٥٦١١١٢٢٢٢,فاطمة الزهراء,٣/٤/١٩٨٥,جدة,,,,أنثى\r\n"
    "+966 50 333 4444,Sara Ali,1979-12-01,,sara@example.com,,,F\r\n"
)


# --- reading: encodings and separators ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ","), ("utf-8-sig", ","), ("utf-16", "\t"), ("utf-16-le", ";"), ("cp1256", ";"), ("utf-8", "|")],
)
def test_arabic_list_in_any_encoding_and_separator_is_read_alike(
    db: Database, tmp_path: Path, encoding: str, separator: str
) -> None:
    text = SHOP_LIST.replace(",", separator) if separator != "," else SHOP_LIST
    text = text.replace(f'"VIP{separator} جديد"', '"VIP, جديد"')
    if encoding == "cp1256":  # it has no Arabic-Indic digits
        text = text.replace("٠٥٦١١١٢٢٢٢", "0561112222").replace("٣/٤/١٩٨٥", "3/4/1985")
    path = write(tmp_path, "customers.csv", text, encoding)
    source = read_file(path)
    assert source.kind is FileKind.TABLE
    assert source.headers[1] == "الاسم"
    mapping = guess_mapping(source)
    assert mapping.fields == (
        Field.PHONE, Field.NAME, Field.BIRTHDAY, Field.AREA, Field.EMAIL, Field.NOTES, Field.TAGS, Field.GENDER,
    )
    preview = preview_import(db, source, mapping)
    assert (preview.new, preview.rejected) == (3, [])
    assert import_customers(db, preview, duplicates=Duplicates.MERGE).added == 3
    ahmed = customer_details(db, search_customers(db, "أحمد")[0])
    assert ahmed.phones[0].number == "+966551234567"
    assert (ahmed.birthday, ahmed.area, ahmed.email, ahmed.gender) == (date(1990, 5, 21), "الرياض", "ahmed@example.com", Gender.MALE)
    assert set(ahmed.tags) == {"VIP", "جديد"} and ahmed.notes == "يحب القهوة"
    fatima = customer_details(db, search_customers(db, "فاطمة")[0])
    assert (fatima.phones[0].number, fatima.birthday, fatima.gender) == ("+966561112222", date(1985, 4, 3), Gender.FEMALE)


def test_windows_1256_is_said(tmp_path: Path) -> None:
    source = read_file(write(tmp_path, "old.csv", "الاسم;الجوال\r\nعلي;0551234567\r\n", "cp1256"))
    assert source.rows[0].cells == ("علي", "0551234567")
    assert any("Windows-1256" in remark for remark in source.remarks)


def test_a_few_windows_1256_lines_in_a_utf8_file_are_read_and_named(db: Database, tmp_path: Path) -> None:
    data = "الاسم,الجوال\n".encode() + "أحمد,0551234567\n".encode() + "علي,0552345678\n".encode("cp1256") + "منى,0553456789\n".encode()
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    source = read_file(path)
    assert [r.cells[0] for r in source.rows] == ["أحمد", "علي", "منى"]
    assert any("lines 3" in remark for remark in source.remarks)


def test_excel_sep_line_and_headings_in_english_any_case(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "sep=;\nMOBILE;Full Name;E-mail;Date of Birth\n0551234567;Omar;omar@example.com;05/21/1990\n")
    source = read_file(path)
    mapping = guess_mapping(source)
    assert mapping.fields == (Field.PHONE, Field.NAME, Field.EMAIL, Field.BIRTHDAY)
    assert not mapping.day_first  # 05/21 can only be month first
    preview = preview_import(db, source, mapping)
    assert preview.rejected == [] and preview.ready[0].prepared.checked.birthday == date(1990, 5, 21)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("الاسم", Field.NAME), ("اسم العميل", Field.NAME), ("Full name", Field.NAME), ("الجوال", Field.PHONE),
        ("رقم الجوال", Field.PHONE), ("الهاتف", Field.PHONE), ("Tel", Field.PHONE), ("Phone 1 - Value", Field.PHONE),
        ("Phone 1 - Type", Field.IGNORE), ("البريد الإلكتروني", Field.EMAIL), ("E-mail Address", Field.EMAIL),
        ("المدينة", Field.AREA), ("Area", Field.AREA), ("العنوان", Field.ADDRESS), ("تاريخ الميلاد", Field.BIRTHDAY),
        ("Birthday", Field.BIRTHDAY), ("ملاحظات", Field.NOTES), ("الوسوم", Field.TAGS), ("الجنس", Field.GENDER),
        ("Given Name", Field.FIRST_NAME), ("Family Name", Field.LAST_NAME), ("الشركة", Field.COMPANY),
        ("رقم العميل", Field.IGNORE), ("Customer no.", Field.IGNORE), ("لون السيارة", None),
        ("Customer since", Field.SINCE), ("عميل منذ", Field.SINCE), ("تاريخ الإضافة", Field.SINCE),
        ("Date added", Field.SINCE), ("المصدر", Field.SOURCE), ("Lead source", Field.SOURCE),
        ("How they found us", Field.SOURCE), ("المرحلة", Field.IGNORE), ("Archived on", Field.ARCHIVED),
        ("تاريخ الأرشفة", Field.ARCHIVED), ("Referred by", Field.REFERRER), ("بترشيح من", Field.REFERRER),
        # A date's heading is not a name's, whatever word it shares with one.
        ("Last visit", None), ("First purchase date", None), ("الزيارة الأولى", None), ("Contact Last Name", Field.LAST_NAME),
        ("الاسم الأول للعميل", Field.FIRST_NAME), ("FirstName", Field.FIRST_NAME),
    ],
)
def test_headings_shops_write(header: str, field: Field | None) -> None:
    assert field_of_header(header) is field


def test_a_file_without_headings_is_guessed_from_its_values(db: Database, tmp_path: Path) -> None:
    source = read_file(write(tmp_path, "n.csv", "محمد,0551234567,m@example.com\nخالد,0552345678,k@example.com\n"))
    assert len(source.rows) == 2
    assert guess_mapping(source).fields == (Field.NAME, Field.PHONE, Field.EMAIL)


def test_the_owner_corrects_the_guess(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "Name,Mobile,Other,Car\nOmar,0551234567,0112345678,Camry\n")
    source = read_file(path)
    guessed = guess_mapping(source)
    assert guessed.fields == (Field.NAME, Field.PHONE, Field.PHONE, Field.IGNORE)  # "Other" holds phone numbers
    corrected = Mapping((Field.NAME, Field.PHONE, Field.PHONE, Field.NOTES))
    import_customers(db, preview_import(db, source, corrected), duplicates=Duplicates.MERGE)
    omar = customer_details(db, search_customers(db, "Omar")[0])
    assert [p.number for p in omar.phones] == ["+966551234567", "+966112345678"] and omar.notes == "Camry"


def test_first_and_last_name_columns_and_companies(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "First Name,Last Name,Company,Phone\nمحمد,العتيبي,مؤسسة النور,0551234567\n,,شركة الأفق,0112345678\n")
    import_customers(db, preview_of(db, path), duplicates=Duplicates.MERGE)
    person = customer_details(db, search_customers(db, "العتيبي")[0])
    assert person.full_name == "محمد العتيبي" and person.kind is CustomerKind.PERSON and "مؤسسة النور" in person.notes
    business = customer_details(db, search_customers(db, "الأفق")[0])
    assert business.full_name == "شركة الأفق" and business.kind is CustomerKind.BUSINESS


# --- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("21/05/1990", date(1990, 5, 21)), ("1-2-1990", date(1990, 2, 1)), ("21.05.1990", date(1990, 5, 21)),
        ("1990-05-21", date(1990, 5, 21)), ("1990/5/21", date(1990, 5, 21)), ("٢١/٠٥/١٩٩٠", date(1990, 5, 21)),
        ("21/05/90", date(1990, 5, 21)), ("21 May 1990", date(1990, 5, 21)), ("May 21, 1990", date(1990, 5, 21)),
        ("21 مايو 1990", date(1990, 5, 21)), ("21 أيار 1990", date(1990, 5, 21)), ("1990-05-21 00:00:00", date(1990, 5, 21)),
        ("19900521", date(1990, 5, 21)), ("33014", date(1990, 5, 21)), ("1410/10/26", date(1990, 5, 21)),
        (datetime(1990, 5, 21), date(1990, 5, 21)), (33014.0, date(1990, 5, 21)), ("", None),
    ],
)
def test_dates_as_shops_write_them(written: str | datetime | float, day: date | None) -> None:
    assert parse_day(written) == day


@pytest.mark.parametrize("written", ["31/02/1990", "soon", "21/13/1990", "1990-13-01", "00/00/0000"])
def test_what_is_not_a_date(written: str) -> None:
    with pytest.raises(ValueError):
        parse_day(written)


# --- Excel ------------------------------------------------------------------------------------------


def excel(tmp_path: Path, rows: list[list[object]], name: str = "customers.xlsx", sheets: int = 1) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if sheets > 1:
        sheet.title = "ملاحظات"
        sheet = workbook.create_sheet("العملاء")
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_excel_with_date_cells_and_numbers_for_phones(db: Database, tmp_path: Path) -> None:
    path = excel(
        tmp_path,
        [
            ["الاسم", "الجوال", "تاريخ الميلاد", "الوسوم"],
            ["نورة", 551234567, datetime(1992, 3, 4), "VIP"],
            ["Khalid", 966552345678, "04/03/1992", None],
            [None, None, None, None],
            ["Layla", "0553456789", None, None],
        ],
    )
    source = read_file(path)
    assert source.kind is FileKind.WORKBOOK
    assert [r.number for r in source.rows] == [2, 3, 5]  # the sheet's own row numbers
    preview = preview_import(db, source, guess_mapping(source))
    assert preview.rejected == [] and preview.new == 3
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    noura = customer_details(db, search_customers(db, "نورة")[0])
    assert (noura.phones[0].number, noura.birthday) == ("+966551234567", date(1992, 3, 4))
    khalid = customer_details(db, search_customers(db, "Khalid")[0])
    assert (khalid.phones[0].number, khalid.birthday) == ("+966552345678", date(1992, 3, 4))


def test_excel_reads_the_first_sheet_with_anything_in_it(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "فارغة"
    workbook.create_sheet("العملاء").append(["Name", "Phone"])
    workbook["العملاء"].append(["Omar", "0551234567"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    source = read_file(path)
    assert source.rows[0].cells == ("Omar", "0551234567")
    assert any("العملاء" in remark for remark in source.remarks)


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = excel(tmp_path, [["Name", "Phone"], ["Omar", "0551234567"]], name="really-excel.csv")
    assert read_file(path).kind is FileKind.WORKBOOK


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = excel(tmp_path, [["Name"], ["Omar"]])
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(WorkbookUnreadable) as refused:
        read_file(path)
    assert "password" in str(refused.value)


# --- bad files ------------------------------------------------------------------------------------


def test_files_that_cannot_be_read_at_all(tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        read_file(tmp_path / "nowhere.csv")
    with pytest.raises(FileNotReadable):
        read_file(tmp_path)
    with pytest.raises(FileEmpty) as empty:
        read_file(write(tmp_path, "empty.csv", ""))
    assert "empty.csv" in str(empty.value)
    with pytest.raises(FileEmpty):
        read_file(write(tmp_path, "blank.csv", "\r\n  \r\n", "utf-8-sig"))
    with pytest.raises(NoRows) as header_only:
        read_file(write(tmp_path, "header.csv", "الاسم,الجوال\r\n"))
    assert "headings" in str(header_only.value)
    binary = tmp_path / "photo.csv"
    rng = random.Random(1)
    binary.write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    with pytest.raises(NotATable) as not_table:
        read_file(binary)
    assert "photo.csv" in str(not_table.value)
    png = tmp_path / "logo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(NotATable):
        read_file(png)


def test_a_row_with_fewer_values_than_headings_is_refused_with_its_line(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", "Name,Phone,Email,Area,Notes\nOmar,0551234567,o@example.com,Olaya,\nAli,0552345678,a@example.com\nMona,0553456789,,,\n")
    preview = preview_of(db, path)
    assert preview.new == 2
    assert "3 values where the headings have 5" in problems(preview)[3]
    assert problem_line(preview.rejected[0], FileKind.TABLE).startswith("Row 3 (Ali): ")


def test_a_quote_that_never_closes(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", 'Name,Phone\nOmar,0551234567\n"Ali,0552345678\nMona,0553456789\nSara,0554567890\n')
    preview = preview_of(db, path)
    assert preview.new == 1
    assert "never closed" in problems(preview)[3] and "line 3 to its end (line 5)" in problems(preview)[3]


def test_a_quote_closed_too_late_is_named(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "c.csv", 'Name,Phone\n"Omar,0551234567\nAli",0552345678,x\nMona,0553456789\n')
    preview = preview_of(db, path)
    assert "a quotation mark may be missing" in problems(preview)[2]
    assert preview.new == 1


def test_bad_values_are_named_row_by_row(db: Database, tmp_path: Path) -> None:
    future = (shop_today(db) + timedelta(days=3)).strftime("%d/%m/%Y")
    long_name = "م" * 10_000
    path = write(
        tmp_path,
        "c.csv",
        "الاسم,الجوال,تاريخ الميلاد,البريد\n"
        "أحمد,05S1234567,,\n"
        f"سعيد,0551234567,{future},\n"
        f"{long_name},0552345678,,\n"
        ",0553456789,,\n"
        "منى,12345,,\n"
        "هند,0554567890,32/13/1990,\n"
        "ليلى,0555678901,,not-an-email\n"
        "=HYPERLINK(\"http://x\"),0556789012,,\n"
        "سلمى,0557890123,2020-02-30,\n",
    )
    preview = preview_of(db, path)
    found = problems(preview)
    assert "“05S1234567” has letters in it" in found[2]
    assert "The birthday cannot be in the future." in found[3]
    assert "The name is longer than 200 characters." in found[4]
    assert "The name is required." in found[5]
    assert "“12345” is not a valid phone number" in found[6]
    assert "“32/13/1990” is not a date" in found[7]
    assert "“not-an-email” is not an email address." in found[8]
    # Written as a date, with its day and month in order, but February has no 30th: said so, not
    # "write it day first".
    assert "“2020-02-30” is not a day of the calendar: that month has no such day." in found[10]
    assert "day first" in found[7]  # 32/13: the order may be what went wrong
    assert len(preview.rejected[2].name) <= 60  # the long name is shortened in the list
    assert preview.new == 1
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    (formula,) = all_drafts(db)
    assert formula.full_name == '=HYPERLINK("http://x")'  # stored as the text it is


def test_a_file_with_no_name_column_says_so(db: Database, tmp_path: Path) -> None:
    preview = preview_of(db, write(tmp_path, "c.csv", "Phone,Email\n0551234567,a@example.com\n"))
    assert "No column is imported as the name." in problems(preview)[2]


# --- duplicates, merging, the transaction --------------------------------------------------------


def test_rows_matching_the_book_are_merged_without_overwriting(db: Database, tmp_path: Path) -> None:
    existing = add_customer(db, CustomerDraft("أحمد بن سعيد", phones=("0551234567",), area="العليا", tags=("VIP",)))
    path = write(
        tmp_path,
        "c.csv",
        "الاسم,الجوال,الجوال 2,المدينة,البريد,الوسوم\n"
        "احمد سعيد,0551234567,0112345678,الرياض,ahmed@example.com,عميل قديم\n"
        "سالم,0557777777,,,,\n"
        "سالم الثاني,0557777777,,جدة,,\n",
    )
    preview = preview_of(db, path)
    assert (preview.new, preview.in_book, preview.repeated) == (1, 1, 1)
    lines = preview_lines(preview, Duplicates.MERGE)
    assert lines[0] == "1 new customers will be added." and "merged" in lines[1] and "earlier row" in lines[2]
    result = import_customers(db, preview, duplicates=Duplicates.MERGE)
    assert (result.added, result.merged, result.skipped) == (1, 1, 0)
    ahmed = customer_details(db, existing)
    assert ahmed.full_name == "أحمد بن سعيد" and ahmed.area == "العليا"  # kept
    assert [p.number for p in ahmed.phones] == ["+966551234567", "+966112345678"]
    assert ahmed.email == "ahmed@example.com" and set(ahmed.tags) == {"VIP", "عميل قديم"}
    salem = customer_details(db, search_customers(db, "سالم")[0])
    assert (salem.full_name, salem.area) == ("سالم", "جدة")  # the repeat merged into the first row
    assert count_customers(db) == 2
    again = preview_of(db, path)
    assert again.new == 0 and again.in_book == 3
    assert import_customers(db, again, duplicates=Duplicates.MERGE).merged == 0  # nothing new: nothing written


def came_on(db: Database, customer_id: int) -> date:
    return local_date(customer_details(db, customer_id).created_at, shop_zone(db))


def test_how_customers_found_us_and_since_when_are_read(db: Database, tmp_path: Path) -> None:
    """A list from another program says since when each was a customer and how they found the shop:
    the book keeps both ("Customer since" on the card, the book's column and order), in the words
    shops write, in either language, dates written as the birthdays are."""
    path = write(
        tmp_path,
        "c.csv",
        "الاسم,الجوال,عميل منذ,المصدر\n"
        "أحمد,0551234567,15/03/2019,انستقرام\n"
        "منى,0552222222,,ترشيح من عميل\n"
        "Sara,0553333333,2021-07-01,Walked in\n"
        "ليلى,0556666666,٣/٤/٢٠٢٠,شيء آخر\n"
        "Omar,0554444444,01/01/2099,\n"
        "Ali,0555555555,45,google\n",
    )
    preview = preview_of(db, path)
    assert problems(preview) == {
        6: "“01/01/2099” is after today: a customer cannot have come on a day still to come.",
        7: "“45” is before 1950: that cannot be the day a customer came. Check the column.",
    }
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    found = {customer_details(db, i).full_name: i for i in search_customers(db, "")}
    assert came_on(db, found["أحمد"]) == date(2019, 3, 15) and came_on(db, found["Sara"]) == date(2021, 7, 1)
    assert came_on(db, found["ليلى"]) == date(2020, 4, 3) and came_on(db, found["منى"]) == shop_today(db)
    sources = {name: customer_details(db, i).source for name, i in found.items()}
    assert sources == {"أحمد": Source.SOCIAL_MEDIA, "منى": Source.REFERRAL, "Sara": Source.WALK_IN, "ليلى": Source.UNKNOWN}
    # The book's "Customer since" column sorts them by the day they came.
    by_since = search_customers(db, "", order=CustomerOrder.CREATED, descending=True)
    assert [customer_details(db, i).full_name for i in by_since] == ["منى", "Sara", "ليلى", "أحمد"]


def test_customers_the_list_says_were_archived_come_in_archived(db: Database, tmp_path: Path) -> None:
    """An "Archived on" column (as the export writes it) archives a new customer on that day; a
    customer of the book keeps their state; a day before they came, or after today, is refused."""
    kept = add_customer(db, CustomerDraft("In the book", phones=("0551111111",)))
    path = write(
        tmp_path,
        "c.csv",
        "Name,Phone,Customer since,Archived on\n"
        "In the book,0551111111,,01/06/2024\n"
        "Moved away,0552222222,01/01/2020,15/08/2024\n"
        "Still here,0553333333,01/01/2021,\n"
        "Too soon,0554444444,01/01/2022,01/01/2021\n"
        "Not yet,0555555555,,01/01/2099\n",
    )
    preview = preview_of(db, path)
    assert set(problems(preview)) == {5, 6}
    assert "cannot be the day this customer was archived" in problems(preview)[5]
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    moved = search_customers(db, "Moved away", archived=True)
    assert len(moved) == 1 and search_customers(db, "Moved away") == []  # out of the book, kept
    archived_at = customer_details(db, moved[0]).archived_at
    assert archived_at is not None and local_date(archived_at, shop_zone(db)) == date(2024, 8, 15)
    assert customer_details(db, search_customers(db, "Still here")[0]).archived_at is None
    assert customer_details(db, kept).archived_at is None


def test_who_referred_whom_is_found_by_name_in_the_book_and_the_file(db: Database, tmp_path: Path) -> None:
    """A "Referred by" column names the customer who referred each: found by that name (as typed or
    folded: "sara ali" is Sara Ali) or phone number among the book's customers and the file's own; a name that is no one customer (none, or two of it) is
    left out and said; a customer of the book keeps the referrer they have. Referred customers came
    by referral when the file does not say how."""
    sara = add_customer(db, CustomerDraft("Sara Ali", phones=("0551111111",)))
    add_customer(db, CustomerDraft("Omar", phones=("0552222222",)))
    add_customer(db, CustomerDraft("Omar", phones=("0553333333",)))
    kept = add_customer(db, CustomerDraft("Kept", phones=("0554444444",), referred_by_id=sara))
    path = write(
        tmp_path,
        "c.csv",
        "Name,Phone,Referred by,Source\n"
        "Huda,0555555555,sara ali,\n"
        "Mona,0556666666,Huda,Instagram\n"
        "Ali,0557777777,Omar,\n"
        "Nobody's,0558888888,Someone we never met,\n"
        "Kept,0554444444,Huda,\n"
        "Laila,0559999999,055 666 6666,\n",  # Mona's phone: the referrer's number, not their name
    )
    result = import_customers(db, preview_of(db, path), duplicates=Duplicates.MERGE)
    assert (result.added, result.referrers_not_found) == (5, 2)
    assert result_lines(result)[-1] == "2 customers were imported without the customer who referred them: the book has no one customer of that name."

    def referred(name: str) -> tuple[str | None, Source]:
        details = customer_details(db, search_customers(db, name)[0])
        referrer = details.referred_by_id and customer_details(db, details.referred_by_id).full_name
        return referrer, details.source

    assert referred("Huda") == ("Sara Ali", Source.REFERRAL)
    assert referred("Mona") == ("Huda", Source.SOCIAL_MEDIA)  # one of the file's own; the file says how she came
    assert referred("Ali") == (None, Source.REFERRAL)  # two customers are called Omar
    assert referred("Nobody's") == (None, Source.REFERRAL)
    assert customer_details(db, kept).referred_by_id == sara
    assert referred("Laila") == ("Mona", Source.REFERRAL)


def test_a_list_of_customers_already_in_the_book_moves_their_since_back_only(db: Database, tmp_path: Path) -> None:
    """Merged with the book: an earlier day than the book has becomes their "customer since", a later
    one changes nothing (they were in the book by then); a source fills one not known, never
    replaces one; two rows of one customer give the earlier day."""
    old = add_customers(db, [CustomerDraft("Old", phones=("0551111111",), source=Source.EVENT)], created_at=[datetime(2017, 5, 1, 9, tzinfo=timezone.utc)])[0]
    recent = add_customer(db, CustomerDraft("Recent", phones=("0552222222",)))
    path = write(
        tmp_path,
        "c.csv",
        "Name,Phone,Customer since,Source\n"
        "Old,0551111111,01/01/2020,Instagram\n"
        "Recent,0552222222,10/10/2018,Instagram\n"
        "New,0553333333,05/05/2022,\n"
        "New again,0553333333,04/04/2021,Advertisement\n",
    )
    preview = preview_of(db, path)
    result = import_customers(db, preview, duplicates=Duplicates.MERGE)
    assert (result.added, result.merged, result.unchanged) == (1, 1, 1)
    assert came_on(db, old) == date(2017, 5, 1) and customer_details(db, old).source is Source.EVENT
    assert came_on(db, recent) == date(2018, 10, 10) and customer_details(db, recent).source is Source.SOCIAL_MEDIA
    new = search_customers(db, "0553333333")[0]
    assert came_on(db, new) == date(2021, 4, 4) and customer_details(db, new).source is Source.ADVERTISEMENT
    assert import_customers(db, preview_of(db, path), duplicates=Duplicates.MERGE).merged == 0  # read again: nothing to change


def test_skip_leaves_matching_customers_alone(db: Database, tmp_path: Path) -> None:
    existing = add_customer(db, CustomerDraft("أحمد", phones=("0551234567",)))
    path = write(tmp_path, "c.csv", "Name,Phone,Email\nAhmed,0551234567,a@example.com\nOmar,0552345678,\nOmar 2,0552345678,\n")
    preview = preview_of(db, path)
    assert "skipped" in preview_lines(preview, Duplicates.SKIP)[1]
    result = import_customers(db, preview, duplicates=Duplicates.SKIP)
    assert (result.added, result.merged, result.skipped) == (1, 0, 2)
    assert customer_details(db, existing).email == ""
    assert result_lines(result) == ["Added 1 customers.", "Skipped 2 rows whose phone number was already there."]


def test_a_customer_added_after_the_preview_is_merged_with(db: Database, tmp_path: Path) -> None:
    preview = preview_of(db, write(tmp_path, "c.csv", "Name,Phone,Email\nOmar,0552345678,o@example.com\n"))
    assert preview.new == 1
    omar = add_customer(db, CustomerDraft("عمر", phones=("0552345678",)))
    result = import_customers(db, preview, duplicates=Duplicates.MERGE)
    assert (result.added, result.merged) == (0, 1)
    assert customer_details(db, omar).email == "o@example.com"


class CancelAfter(Progress):
    """The owner presses Cancel once `steps` steps are done (as the progress dialog's button does)."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self._steps = steps

    def step(self, count: int = 1) -> None:
        if self.state()[0] + count >= self._steps:
            self.cancel()
        super().step(count)


def test_a_cancelled_import_leaves_the_book_as_it_was(db: Database, tmp_path: Path) -> None:
    add_customer(db, CustomerDraft("أحمد", phones=("0551234567",)))
    rows = "".join(f"عميل {i},05{10_000_000 + i * 7},c{i}@example.com\n" for i in range(6_000))
    path = write(tmp_path, "big.csv", "الاسم,الجوال,البريد\n0551234567,أحمد,x@example.com\n" + rows)
    preview = preview_of(db, path, Mapping((Field.NAME, Field.PHONE, Field.EMAIL)))
    before = book_state(db)
    size = os.path.getsize(db.path) if db.path else 0
    with pytest.raises(Cancelled):
        import_customers(db, preview, duplicates=Duplicates.MERGE, progress=CancelAfter(3000))  # after 5,000 were added
    assert book_state(db) == before and count_customers(db) == 1
    with pytest.raises(Cancelled):
        preview_import(db, read_file(path), guess_mapping(read_file(path)), progress=CancelAfter(2000))
    assert size > 0


def test_five_thousand_rows_in_one_go(db: Database, tmp_path: Path) -> None:
    rng = random.Random(5)
    lines = ["الاسم,الجوال,المدينة,تاريخ الميلاد"]
    for i in range(5000):
        lines.append(f"عميل {i},05{rng.randrange(30_000_000, 99_999_999)},الرياض,{rng.randrange(1, 28)}/{rng.randrange(1, 12)}/19{rng.randrange(50, 99)}")
    preview = preview_of(db, write(tmp_path, "c.csv", "\n".join(lines)))
    result = import_customers(db, preview, duplicates=Duplicates.MERGE)
    assert result.added + preview.repeated == 5000 - len(preview.rejected)
    assert count_customers(db) == result.added
    assert search_customers(db, "عميل 4999")


def test_an_import_first_keeps_a_backup_of_the_book_as_it_was(db: Database, tmp_path: Path) -> None:
    import sqlite3

    from retention_desktop.backups import BackupKind, backup_folder, list_backups

    add_customer(db, CustomerDraft("أحمد", phones=("0551234567",)))
    preview = preview_of(db, write(tmp_path, "new.csv", "الاسم,الجوال\nسارة,0559876543\nمنى,0553456789\n"))
    import_customers(db, preview, duplicates=Duplicates.MERGE)
    assert count_customers(db) == 3
    assert db.path is not None
    (before,) = [b for b in list_backups(backup_folder(db), db.path) if b.kind is BackupKind.BEFORE_IMPORT]
    with sqlite3.connect(before.path) as copy:
        assert copy.execute("SELECT full_name FROM customers").fetchall() == [("أحمد",)]  # the book before the import

"""File → Import customers and File → Export, driven as the owner would: the file, the columns, the preview, the result."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from retention_desktop.customers import CustomerDraft, add_customer, count_customers, customer_details, search_customers
from retention_desktop.db import Database
from retention_desktop.import_columns import Field

from ui.export_dialog import ExportDialog
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow

LIST = (
    "الاسم,الجوال,رقم آخر,البريد,تاريخ الميلاد\r\n"
    "أحمد بن سعيد,0551234567,0112345678,ahmed@example.com,21/05/1990\r\n"
    "خالد,05S1234567,,,\r\n"
    "Sara Ali,0553334444,,sara@,\r\n"
    "نورة,0555556666,,,31/12/1999\r\n"
)

CONTACTS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ريم الدوسري\r\nTEL;type=CELL:0557778888\r\nEND:VCARD\r\n"


def finish(qtbot: QtBot, dialog: ImportDialog | ExportDialog) -> None:
    """Wait for the dialog's work off the GUI thread (and any it started when it ended) to end."""
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=20_000)


def shown_rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.rejected
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def test_import_from_the_file_menu_through_every_step(
    qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]
) -> None:
    existing = add_customer(db, CustomerDraft("أحمد", phones=("0551234567",)))
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8-sig")
    window = open_window("en")
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert {"actionImportCustomers", "actionExport"} <= {a.objectName() for a in file_menu.actions()}
    dialog = window.import_customers()
    assert isinstance(dialog, ImportDialog)
    assert dialog.pages.currentIndex() == 0

    dialog.open_file(path)
    finish(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1  # the columns
    assert dialog.mapping().fields == (Field.NAME, Field.PHONE, Field.PHONE, Field.EMAIL, Field.BIRTHDAY)
    assert "0551234567" in dialog.columns.item(1, 1).text()
    dialog.set_field(2, Field.IGNORE)  # the owner leaves the other number out

    dialog.next_button.click()
    finish(qtbot, dialog)
    assert dialog.pages.currentIndex() == 2  # the preview
    summary = dialog.summary.text()
    assert "1 new customer will be added." in summary and "already in the book" in summary
    assert dialog.duplicates_box.isVisible()
    rows = shown_rows(dialog)
    assert [r[0] for r in rows] == ["3", "4"]
    assert rows[0][1].strip("\u2068\u2069") == "خالد" and "has letters in it" in rows[0][2]
    assert "“sara@” is not an email address." in rows[1][2].replace("\u2068", "").replace("\u2069", "")
    assert count_customers(db) == 1  # nothing saved yet

    dialog.next_button.click()  # Import, merging
    finish(qtbot, dialog)
    assert dialog.pages.currentIndex() == 3
    assert "Added 1 customer." in dialog.result_label.text()
    assert dialog.close_button.text() == "Close"
    ahmed = customer_details(db, existing)
    assert ahmed.full_name == "أحمد" and ahmed.email == "ahmed@example.com"
    assert [p.number for p in ahmed.phones] == ["+966551234567"]  # the other number was left out
    assert count_customers(db) == 2
    window.show_customers()
    qtbot.waitUntil(lambda: window.book.model.rowCount() == 2)


def test_skip_and_back_and_a_mapping_without_names(qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]) -> None:
    existing = add_customer(db, CustomerDraft("أحمد", phones=("0551234567",)))
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    window = open_window("en")
    dialog = window.import_customers()
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(path)
    finish(qtbot, dialog)
    dialog.set_field(0, Field.IGNORE)
    assert dialog.check_rows() is None
    assert dialog.mapping_problem.isVisible() and "names" in dialog.mapping_problem.text()
    assert dialog.pages.currentIndex() == 1
    dialog.set_field(0, Field.NAME)
    dialog.next_button.click()
    finish(qtbot, dialog)
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.next_button.click()
    finish(qtbot, dialog)
    dialog.skip_choice.click()
    assert "will be skipped" in dialog.summary.text()
    dialog.next_button.click()
    finish(qtbot, dialog)
    assert "Skipped 1 row " in dialog.result_label.text()
    assert customer_details(db, existing).email == ""


def test_phone_contacts_go_straight_to_the_preview(qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(CONTACTS, encoding="utf-8")
    window = open_window("ar")
    dialog = window.import_customers()
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(path)
    finish(qtbot, dialog)
    assert dialog.pages.currentIndex() == 2
    assert not dialog.rejected.isVisible()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0  # no columns to match for contacts


def test_a_file_that_cannot_be_read_is_said_and_the_dialog_stays(qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    window = open_window("en")
    dialog = window.import_customers()
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(path)
    finish(qtbot, dialog)
    box = dialog.findChild(object, "problemBox")
    assert box is not None and "empty.csv" in box.text() and "is empty" in box.text()  # type: ignore[attr-defined]
    assert dialog.pages.currentIndex() == 0


def test_a_cancelled_import_saves_nothing(qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]) -> None:
    rows = "".join(f"عميل {i},05{10_000_000 + i * 7}\r\n" for i in range(3000))
    path = tmp_path / "big.csv"
    path.write_text("الاسم,الجوال\r\n" + rows, encoding="utf-8")
    window = open_window("en")
    dialog = window.import_customers()
    assert isinstance(dialog, ImportDialog)
    dialog.open_file(path)
    finish(qtbot, dialog)
    dialog.next_button.click()
    finish(qtbot, dialog)
    job = dialog.run_import()
    job.cancel()  # as the progress dialog's Cancel does
    finish(qtbot, dialog)
    assert count_customers(db) == 0
    assert dialog.pages.currentIndex() == 2 and "nothing was saved" in dialog.preview_status.text()


def test_export_customers_as_csv_from_the_file_menu(qtbot: QtBot, db: Database, tmp_path: Path, open_window: Callable[..., MainWindow]) -> None:
    add_customer(db, CustomerDraft("أحمد بن سعيد", phones=("0551234567",)))
    window = open_window("en")
    dialog = window.export_book()
    assert isinstance(dialog, ExportDialog)
    assert not dialog.csv.isEnabled()  # everything goes to a workbook
    dialog.what_buttons["customers"].click()
    assert dialog.csv.isEnabled()
    dialog.csv.click()
    target = tmp_path / "customers.csv"
    dialog.export_to(target)  # the dialog closes (and is deleted) once the file is written
    qtbot.waitUntil(lambda: "customers.csv" in window.statusBar().currentMessage(), timeout=20_000)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))
    assert rows[1][1] == "أحمد بن سعيد"
    assert search_customers(db, "أحمد")

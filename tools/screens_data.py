"""The pictures of data in and out (import, export) and of data safety (backups, restore, the PIN,
the shop's server, the check): tools/screens.py lists them with the others."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QWidget




from tools.shot import Shot, settings, type_into


# --- data in and out: the import's steps on an example list, and the export -----------------------

EXAMPLE_LIST = (
    "الاسم,الجوال,البريد الإلكتروني,المدينة,تاريخ الميلاد,الوسوم,ملاحظات,رقم العميل,عميل منذ,المصدر,بترشيح من\r\n"
    "أحمد بن سعيد العتيبي,0551234567,ahmed@example.com,الرياض,21/05/1990,VIP,يفضل التواصل مساءً,101,15/03/2019,انستقرام,\r\n"
    "فاطمة الزهراء,٠٥٦١١١٢٢٢٢,,جدة,٣/٤/١٩٨٥,,,102,٢/٢/٢٠٢١,ترشيح من عميل,أحمد بن سعيد العتيبي\r\n"
    "Sara Ali,+966 50 333 4444,sara@example.com,Riyadh,1979-12-01,جملة,,103,2022-06-01,Google Maps,\r\n"
    "خالد الشهري,05S1234567,,الدمام,,,,104,,,\r\n"
    "نورة القحطاني,0554445555,nora@,الخبر,,,,105,,,\r\n"
    "سعيد الغامدي,0556667777,,مكة المكرمة,12/12/2090,,,106,,,\r\n"
    "محمد,0557778888\r\n"
    "ريم الدوسري,0551234567,reem@example.com,الرياض,,,,107,10/10/2018,,\r\n"
)


@cache
def _example_list() -> Path:
    """The list the import pictures read: written once a run, in a folder removed when it ends
    (before, every picture of the import left a folder behind in the temporary folder)."""
    folder = Path(tempfile.mkdtemp(prefix="screenshots-import-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "عملاء المحل.csv"
    path.write_text(EXAMPLE_LIST, encoding="utf-8-sig")
    return path


def import_choose(shot: Shot) -> QWidget:
    from ui.import_dialog import ImportDialog

    return ImportDialog(shot.context, shot.window)


def import_mapping(shot: Shot) -> QWidget:
    from retention_desktop.import_files import read_file

    dialog = import_choose(shot)
    dialog.show_source(read_file(_example_list()))  # type: ignore[attr-defined]
    return dialog


def import_preview(shot: Shot) -> QWidget:
    from retention_desktop.importing import preview_import

    dialog = import_mapping(shot)
    source = dialog.source  # type: ignore[attr-defined]
    dialog.show_preview(preview_import(shot.db, source, dialog.mapping()))  # type: ignore[attr-defined]
    return dialog


def import_result(shot: Shot) -> QWidget:
    from retention_desktop.importing import ImportResult

    dialog = import_preview(shot)
    dialog.show_result(ImportResult(added=118, merged=3, unchanged=1, skipped=0, rejected=4))  # type: ignore[attr-defined]
    return dialog


def export(shot: Shot) -> QWidget:
    from ui.export_dialog import ExportDialog

    return ExportDialog(shot.context, shot.window)


# --- data safety -----------------------------------------------------------------------------------


def _backups(shot: Shot, make: bool) -> tuple[list, Path, Path]:  # type: ignore[type-arg]
    from retention_desktop.backups import BackupKind, back_up, backup_folder, list_backups

    assert shot.db.path is not None
    folder = backup_folder(shot.db)
    if make and shot.demo:
        for kind in (BackupKind.BEFORE_IMPORT, BackupKind.MANUAL):
            back_up(shot.db, kind)
    return list_backups(folder, shot.db.path), folder, shot.db.path


def restore(shot: Shot) -> QWidget | None:
    from ui.safety_dialogs import RestoreDialog

    if shot.db.path is None:  # a book on a server is not restored in the program (File → Restore is greyed)
        return None
    backups, folder, book = _backups(shot, make=True)
    return RestoreDialog(backups, shot.context.format, book=book, folder=folder, parent=shot.window)


def damaged(shot: Shot) -> QWidget | None:
    from ui.safety_dialogs import RestoreDialog

    if shot.db.path is None:  # a server checks its own files: it is never found damaged here
        return None
    backups, folder, book = _backups(shot, make=False)
    return RestoreDialog(backups, shot.context.format, book=book, folder=folder, damaged=True, parent=shot.window)


def pin(shot: Shot) -> QWidget:
    from ui.safety_dialogs import PinDialog

    from PySide6.QtCore import QCoreApplication

    reason = QCoreApplication.translate("Books", "This database is protected: enter the owner's PIN to open it.")
    return PinDialog(shot.db, reason, shot.window)


def pin_set(shot: Shot) -> QWidget:
    from ui.safety_dialogs import SetPinDialog

    return SetPinDialog(shot.db, has_pin=True, parent=shot.window)


def pin_set_error(shot: Shot) -> QWidget:
    dialog = pin_set(shot)
    type_into(dialog.new, "12")  # type: ignore[attr-defined]
    type_into(dialog.again, "13")  # type: ignore[attr-defined]
    dialog.save()  # type: ignore[attr-defined]
    return dialog


def server(shot: Shot) -> QWidget:
    """File → Open the shop's server…, filled in as the owner of the first PC would."""
    from ui.server_dialog import ServerDialog

    dialog = ServerDialog(shot.context, lambda _address: None, shot.window)
    if shot.db.path is not None:  # a book in a file: the first PC's, with its copy offered
        type_into(dialog.host, "192.168.1.10")
        type_into(dialog.user, "shop")
        type_into(dialog.password, "a long secret")
        dialog.copy_choice.setChecked(True)
    return dialog


def server_copied(shot: Shot) -> QWidget | None:
    """What the first PC is told once its book is on the server."""
    from PySide6.QtWidgets import QMessageBox

    from retention_desktop.book_copy import CopiedBook
    from retention_desktop.integrity import book_counts

    from ui.server_dialog import ServerDialog

    if shot.db.path is None:  # a server's book is not copied from the dialog
        return None
    dialog = ServerDialog(shot.context, lambda _address: None, shot.window)
    address = "postgresql+psycopg://shop@192.168.1.10/retention"
    dialog._say_copied(CopiedBook(address, book_counts(shot.db), 0), address)  # noqa: SLF001 (as the copy's end calls it)
    return dialog.findChild(QMessageBox, "bookCopiedBox")


def server_error(shot: Shot) -> QWidget:
    """The same, with the parts left out said under their fields."""
    from ui.server_dialog import ServerDialog

    dialog = ServerDialog(shot.context, lambda _address: None, shot.window)
    dialog.host.clear()
    dialog.user.clear()
    dialog.open_server()
    return dialog


def check(shot: Shot) -> QWidget:
    from retention_desktop.backups import latest_backup_date
    from retention_desktop.integrity import check_book

    from ui.safety_dialogs import CheckDialog

    return CheckDialog(
        check_book(shot.db),
        shot.context.format,
        book=str(shot.db.path or shot.db.shown_address),
        latest_backup=latest_backup_date(shot.db),
        parent=shot.window,
    )


def check_damaged(shot: Shot) -> QWidget | None:
    from retention_desktop.integrity import BookCheck, book_counts

    from ui.safety_dialogs import CheckDialog

    if shot.db.path is None:  # a server checks its own files: it is never found damaged here
        return None
    found = BookCheck(["*** in database main ***\nPage 4211: btreeInitPage() returns error code 11"], book_counts(shot.db))
    return CheckDialog(found, shot.context.format, book=str(shot.db.path), latest_backup=None, on_restore=lambda: None, parent=shot.window)


def settings_safety(shot: Shot) -> QWidget:
    dialog = settings(shot)
    dialog.tabs.setCurrentWidget(dialog.safety)  # type: ignore[attr-defined]
    return dialog

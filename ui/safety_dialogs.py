"""Dialogs of data safety: choose a backup to restore (also when the book is found damaged), the owner's PIN, the book's check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QAbstractItemView,
)

from retention_desktop.backups import Backup, BackupKind, size_text
from retention_desktop.db import Database
from retention_desktop.integrity import BookCheck
from retention_desktop.pin import MAX_DIGITS, PinError, PinFormat, PinWait, WrongPin, check_pin, set_pin, time_to_wait, wait_text
from retention_desktop.text import isolate_auto, isolate_ltr

from ui import style
from ui.buttons import name_buttons
from ui.formatting import Formatter
from ui.forms import error_label, grow_to_fit, show_errors, with_error, wrapped_label
from ui.ops import run_action
from ui.widgets import select_row

translate = QCoreApplication.translate

BOOK_FILTER = "*.sqlite3 *.db"


def kind_label(kind: BackupKind) -> str:
    return {
        BackupKind.DAILY: translate("Backups", "Daily, automatic"),
        BackupKind.MANUAL: translate("Backups", "Made by you"),
        BackupKind.BEFORE_UPDATE: translate("Backups", "Before a program update"),
        BackupKind.BEFORE_RESTORE: translate("Backups", "Before a restore"),
        BackupKind.BEFORE_IMPORT: translate("Backups", "Before an import"),
        BackupKind.DAMAGED: translate("Backups", "Damaged copy"),
    }[kind]


def when_text(fmt: Formatter, moment: datetime) -> str:
    """A backup's date and time on the shop's clock: "30/11/2026 09:30"."""
    local = moment.astimezone(fmt.zone)
    # In the window's direction: date then time as the line is read, whichever way that is.
    return fmt.paragraph(f"{fmt.date(local)}  {isolate_ltr(fmt.time(local.time()))}")


def backup_table(backups: list[Backup], fmt: Formatter) -> QTableWidget:
    """The backups, one a row: when, why, size; rows chosen whole, nothing editable."""
    headers = [translate("Backups", "Made"), translate("Backups", "Why"), translate("Backups", "Size")]
    table = QTableWidget(len(backups), len(headers))
    table.setObjectName("backupList")
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    for row, backup in enumerate(backups):
        for column, text in enumerate((when_text(fmt, backup.made_at), kind_label(backup.kind), size_text(backup.size))):
            cell = QTableWidgetItem(text)
            if column == 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, cell)
    return table


def books_filter() -> str:
    return translate("Backups", "Retention Desktop databases ({patterns});;All files (*)").format(patterns=BOOK_FILTER)


class RestoreDialog(QDialog):
    """The backups of the book, newest first, with their dates, reasons and sizes; or another file.
    Restore asks once more, then `chosen` holds the file (and `restorer`, when given, restores it
    while the dialog stays open). With `damaged`, it says the book is damaged and offers the
    newest backup first (the restore's own check refuses a damaged one)."""

    def __init__(
        self,
        backups: list[Backup],
        fmt: Formatter,
        *,
        book: Path,
        folder: Path,
        damaged: bool = False,
        restorer: Callable[[Path, RestoreDialog], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedBookDialog" if damaged else "restoreDialog")
        self._restorer = restorer
        self.setWindowTitle(self.tr("The database is damaged") if damaged else self.tr("Restore a backup"))
        self._fmt = fmt
        self.backups = backups
        self.folder = folder
        self.chosen: Path | None = None

        heading = QLabel()
        heading.setObjectName("restoreHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        if damaged:
            style.set_role(heading, "alert")
            heading.setText(
                self.tr(
                    "The database {path} is damaged: part of it cannot be read. Nothing more is saved in it. "
                    "Restore a backup to go on working: the newest one is chosen below."
                ).format(path=isolate_ltr(str(book)))
            )
        else:
            heading.setText(
                self.tr(
                    "Choose the backup to bring back. The database as it is now is backed up first, so a restore can "
                    "itself be undone."
                )
            )
        self.heading = heading

        self.table = backup_table(backups, fmt)
        if backups:
            select_row(self.table, 0)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        where = QLabel(self.tr("Backups are kept in {folder}").format(folder=isolate_ltr(str(folder))))
        where.setObjectName("backupFolderLabel")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(where, "caption")
        self.empty = QLabel(self.tr("There are no backups of this database in that folder yet."))
        self.empty.setObjectName("noBackups")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))

        self.other = QPushButton(self.tr("Another file…"))
        self.other.setObjectName("restoreOtherFile")
        self.other.clicked.connect(self.choose_other_file)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        style.set_role(self.restore_button, "primary")
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self.restore_selected)
        self.cancel = QPushButton(self.tr("Quit") if damaged and parent is None else self.tr("Cancel"))
        self.cancel.setObjectName("cancelButton")
        self.cancel.clicked.connect(self.reject)
        for button in (self.other, self.restore_button, self.cancel):
            button.setAutoDefault(False)  # Enter restores nothing: a restore is a click, then a Yes
        buttons = QHBoxLayout()
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(where)
        layout.addLayout(buttons)
        grow_to_fit(self)
        self.resize(620, 420)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm(when_text(self._fmt, backup.made_at)):
            self._take(backup.path)

    def _take(self, path: Path) -> None:
        """The file is chosen: the dialog closes, or (with a `restorer`) stays open while it is
        restored, so that another can be chosen if this one is refused."""
        self.chosen = path
        if self._restorer is None:
            self.accept()
        else:
            self._restorer(path, self)

    def choose_other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), str(self.folder), books_filter())
        if name:
            self.restore_file(Path(name))

    def restore_file(self, path: Path) -> None:
        """Restore from a file chosen outside the list (asked once more)."""
        if self.confirm(isolate_auto(path.name)):
            self._take(path)

    def confirm(self, which: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr(
                "Replace the database with the backup {which}? What was saved after it is replaced too; the database as "
                "it is now is kept as a backup first."
            ).format(which=which),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRestoreBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextFormat(Qt.TextFormat.PlainText)
        name_buttons(box)
        return box.exec() == QMessageBox.StandardButton.Yes


class PinDialog(QDialog):
    """Asks the owner's PIN (at start, before a restore); accepted once it is right. Wrong tries
    make the next one wait (pin.py): the dialog counts the wait down, even across restarts."""

    def __init__(self, db: Database, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Owner's PIN"))
        self._db = db
        text = QLabel(reason)
        text.setObjectName("pinReason")
        text.setWordWrap(True)
        self.pin = pin_field("pinField")
        self.error = error_label("pin")
        self.ok = QPushButton(self.tr("OK"))
        self.ok.setObjectName("pinOkButton")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.try_pin)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), with_error(self.pin, self.error))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addLayout(buttons)
        grow_to_fit(self)
        self._why = translate("Pin", "Too many wrong PINs.")
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._count_down)
        self._count_down()
        self.resize(420, self.sizeHint().height())

    def try_pin(self) -> None:
        typed = self.pin.text()
        run_action(self, self.windowTitle(), lambda: check_pin(self._db, typed), lambda _none: self.accept(), handles=(PinError,), on_refused=self._refused)

    def _refused(self, error: PinError) -> None:
        self.pin.clear()
        self.error.setText(str(error))
        self.error.show()
        if isinstance(error, WrongPin):
            self._why = translate("Pin", "This PIN is not right.")
        self._count_down()

    def _count_down(self) -> None:
        """While a wrong try must wait: OK is off and the message says how long is left."""
        wait = time_to_wait(self._db)
        waiting = wait > timedelta(0)
        self.ok.setEnabled(not waiting)
        self.pin.setEnabled(not waiting)
        if waiting:
            self.error.setText(self._why + " " + wait_text(wait))
            self.error.show()
            self._ticker.start()
        else:
            self._ticker.stop()
            self.pin.setFocus()


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_DIGITS + 2)
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return field


def ask_pin(db: Database, reason: str, parent: QWidget | None) -> bool:
    """True when the book has no PIN, or the owner typed it; False if they gave up."""
    from retention_desktop.pin import has_pin

    if not has_pin(db):
        return True
    dialog = PinDialog(db, reason, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class SetPinDialog(QDialog):
    """Set, change or remove (`removing`) the owner's PIN; the current one is asked when there is one."""

    def __init__(self, db: Database, *, has_pin: bool, removing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removePinDialog" if removing else "setPinDialog")
        self.setWindowTitle(self.tr("Remove the PIN") if removing else self.tr("Change the PIN") if has_pin else self.tr("Set a PIN"))
        self._db = db
        self._removing = removing
        self.current = pin_field("currentPin")
        self.new = pin_field("newPin")
        self.again = pin_field("newPinAgain")
        self.errors = {name: error_label(name) for name in ("current", "new", "again")}
        hint = wrapped_label(
            self.tr("Anyone who opens the program, or restores a backup, is asked for the PIN. It is 4 to 12 digits.")
            if not removing
            else self.tr("Without a PIN, anyone at this PC can open the program and restore a backup."),
            "muted",
        )
        form = QFormLayout()
        if has_pin:
            form.addRow(self.tr("Current PIN"), with_error(self.current, self.errors["current"]))
        if not removing:
            form.addRow(self.tr("New PIN"), with_error(self.new, self.errors["new"]))
            form.addRow(self.tr("New PIN again"), with_error(self.again, self.errors["again"]))
        self.save_button = QPushButton(self.tr("Remove the PIN") if removing else self.tr("Save"))
        self.save_button.setObjectName("savePinButton")
        style.set_role(self.save_button, "danger" if removing else "primary")
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        grow_to_fit(self)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        if not self._removing and self.new.text().strip() != self.again.text().strip():
            show_errors(self.errors, {"again": self.tr("The two PINs are not the same.")})
            return
        new = None if self._removing else self.new.text()
        current = self.current.text()
        run_action(
            self,
            self.windowTitle(),
            lambda: set_pin(self._db, new, current=current),
            lambda _none: self.accept(),
            handles=(PinError,),
            on_refused=self._refused,
        )

    def _refused(self, error: PinError) -> None:
        field = "new" if isinstance(error, PinFormat) else "current"
        show_errors(self.errors, {field: str(error)})
        if isinstance(error, (WrongPin, PinWait)):
            self.current.clear()


class CheckDialog(QDialog):
    """What the check of the book found: whole or damaged (with SQLite's words), and what it holds."""

    def __init__(
        self,
        result: BookCheck,
        fmt: Formatter,
        *,
        book: str,
        latest_backup: datetime | None,
        on_restore: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Check of the database"))
        verdict = QLabel()
        verdict.setObjectName("checkVerdict")
        verdict.setWordWrap(True)
        verdict.setTextFormat(Qt.TextFormat.PlainText)
        if not result.file_checked:  # a book on a database server: the check is the server's
            verdict.setText(result.not_checked_here)
        elif result.ok:
            verdict.setText(self.tr("The database {path} is whole: it passed the full check.").format(path=isolate_ltr(book)))
            style.set_role(verdict, "pill-success")
        else:
            verdict.setText(
                self.tr("The database {path} is damaged. Restore a backup to go on working.").format(path=isolate_ltr(book))
                + "\n\n"
                + "\n".join(isolate_ltr(p) for p in result.problems[:5])
            )
            style.set_role(verdict, "alert")
        self.verdict = verdict
        form = QFormLayout()
        form.setObjectName("checkCounts")
        if result.counts is not None:
            for label, count in result.counts.labelled():
                value = QLabel(fmt.paragraph(fmt.number(count)))  # beside its label in Arabic, not at the far edge
                value.setObjectName("count")
                form.addRow(label, value)
        backup = QLabel(
            fmt.paragraph(when_text(fmt, latest_backup) if latest_backup is not None else self.tr("None yet"))
        )
        backup.setObjectName("latestBackup")
        form.addRow(self.tr("Newest backup"), backup)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        if on_restore is not None and not result.ok:
            restore = QPushButton(self.tr("Restore a backup…"))
            restore.setObjectName("restoreFromCheck")
            restore.setAutoDefault(False)
            style.set_role(restore, "primary")
            def restore_now() -> None:
                self.accept()
                on_restore()

            restore.clicked.connect(restore_now)
            buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        grow_to_fit(self)
        self.resize(480, self.sizeHint().height())

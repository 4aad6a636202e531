"""Settings → Data safety: which book is open, where its backups go, back up and check now, the owner's PIN."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from retention_desktop.backups import Backup, back_up, check_backup_folder, chosen_backup_folder, latest_backup_date, usual_backup_folder
from retention_desktop.errors import BackupFailed, DatabaseError
from retention_desktop.integrity import BookCheck, check_book
from retention_desktop.pin import has_pin
from retention_desktop.text import isolate_ltr

from ui import ops, style
from ui.context import AppContext
from ui.forms import error_label, show_errors, with_error
from ui.safety_dialogs import CheckDialog, SetPinDialog, when_text


class SafetyPage(QWidget):
    """The Data safety tab. The backup folder is saved with the other settings (`folder`: "" for the
    default, beside the book); backing up, checking and the PIN act at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetySettingsPage")
        self._context = context
        db = context.db
        self.book = db.path
        self.folder = chosen_backup_folder(db)  # a server's book: this PC's own choice
        self.dialog: QWidget | None = None

        self.book_label = self._text("openBookPath", isolate_ltr(db.shown_address))
        self.book_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folder_label = self._text("backupFolder", "")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Beside the database") if self.book is not None else self.tr("This PC's usual folder"))
        self.default_button.setObjectName("defaultBackupFolder")
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        self.error = error_label("backup_folder")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)

        self.latest = self._text("latestBackup", "")
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.check_button = QPushButton(self.tr("Check the database…"))
        self.check_button.setObjectName("checkBookButton")
        self.check_button.clicked.connect(self.check_now)
        now_row = QHBoxLayout()
        now_row.addWidget(self.latest, 1)
        now_row.addWidget(self.back_up_button)
        now_row.addWidget(self.check_button)

        self.pin_state = self._text("pinState", "")
        self.set_pin_button = QPushButton()
        self.set_pin_button.setObjectName("setPinButton")
        self.set_pin_button.clicked.connect(lambda: self.edit_pin(removing=False))
        self.remove_pin_button = QPushButton(self.tr("Remove the PIN…"))
        self.remove_pin_button.setObjectName("removePinButton")
        self.remove_pin_button.clicked.connect(lambda: self.edit_pin(removing=True))
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.set_pin_button)
        pin_row.addWidget(self.remove_pin_button)

        hint = QLabel(
            self.tr(
                "A backup is made each day the program is first opened, before each update of the program, before "
                "each restore and before each import. Choose a folder on another disk or a USB drive to be safe from "
                "a failing disk too."
            )
            if self.book is not None
            else self.tr(
                "The book is on a database server. This PC backs it up into a file, a whole book the program can open: "
                "each day the program is first opened here, and before each import. Back up now before you install an "
                "update of the program. Choose a folder on another disk or a USB drive to be safe from a failing disk too."
            )
        )
        hint.setWordWrap(True)
        style.set_role(hint, "muted")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Database open"), self.book_label)
        form.addRow(self.tr("Backups go to"), with_error(folder_row, self.error))
        form.addRow(self.tr("Newest backup"), now_row)
        form.addRow(self.tr("Owner's PIN"), pin_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

        self._show_folder()
        self._show_latest()
        self._show_pin()

    def _text(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # -- the folder ------------------------------------------------------------------------------------
    def shown_folder(self) -> Path:
        if self.folder:
            return Path(self.folder)
        return usual_backup_folder(self._context.db)

    def _show_folder(self) -> None:
        text = isolate_ltr(str(self.shown_folder()))
        if not self.folder:
            if self.book is not None:
                text = self.tr("{folder} (beside the database)").format(folder=text)
            else:  # a server's book is backed up into a file on each PC
                text = self.tr("{folder} (on this PC)").format(folder=text)
        self.folder_label.setText(text)
        self.default_button.setVisible(bool(self.folder))

    def choose_folder(self) -> None:
        start = str(self.shown_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where backups go"), start)
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        """The folder backups go to once the settings are saved ("" for beside the book); one that
        cannot be written is refused under the field."""
        if folder:
            try:
                check_backup_folder(Path(folder))
            except BackupFailed as e:
                show_errors({"backup_folder": self.error}, {"backup_folder": str(e)})
                return
        show_errors({"backup_folder": self.error}, {})
        self.folder = folder
        self._show_folder()

    # -- back up, check ----------------------------------------------------------------------------------
    def _show_latest(self) -> None:
        try:
            latest = latest_backup_date(self._context.db)
        except DatabaseError:
            latest = None
        self.latest.setText(when_text(self._context.format, latest) if latest is not None else self.tr("None yet"))

    def back_up_now(self) -> ops.Job:
        db = self._context.db
        folder = self.shown_folder()
        return ops.run_with_progress(
            self,
            self.tr("Back up now"),
            self.tr("Backing up the database…"),
            lambda progress: back_up(db, folder=folder, progress=progress),
            self._backed_up,
        )

    def _backed_up(self, made: Backup) -> None:
        self.latest.setText(when_text(self._context.format, made.made_at) + "  " + isolate_ltr(made.path.name))

    def check_now(self) -> ops.Job:
        db = self._context.db
        return ops.run_with_progress(
            self,
            self.tr("Check the database"),
            self.tr("Checking every page of the database…"),
            lambda progress: check_book(db, full=True, progress=progress),
            self._checked,
        )

    def _checked(self, result: BookCheck) -> None:
        try:
            latest = latest_backup_date(self._context.db)
        except DatabaseError:
            latest = None
        book = str(self.book) if self.book is not None else self._context.db.shown_address
        dialog = CheckDialog(result, self._context.format, book=book, latest_backup=latest, parent=self)
        self.dialog = dialog
        dialog.open()

    # -- the PIN ----------------------------------------------------------------------------------------
    def _show_pin(self) -> None:
        protected = has_pin(self._context.db)
        self.pin_state.setText(
            self.tr("Set: asked at start and before a restore.") if protected else self.tr("None: anyone at this PC can open the program.")
        )
        self.set_pin_button.setText(self.tr("Change the PIN…") if protected else self.tr("Set a PIN…"))
        self.remove_pin_button.setVisible(protected)

    def edit_pin(self, *, removing: bool) -> SetPinDialog:
        dialog = SetPinDialog(self._context.db, has_pin=has_pin(self._context.db), removing=removing, parent=self)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._show_pin())
        dialog.open()
        return dialog

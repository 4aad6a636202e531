"""The File menu's book actions: open, new, the shop's server, open recent, back up now, restore, check; and the start-up's look at the book (daily backup, quick check)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from retention_desktop.db import is_url, shown_address
from retention_desktop.errors import DatabaseError, UserError
from retention_desktop.text import isolate_ltr

from ui import ops
from ui.context import AppContext
from ui.formatting import file_name

if TYPE_CHECKING:  # the backups' and checks' code is imported when first used: the window opens without it
    from PySide6.QtWidgets import QMainWindow

    from retention_desktop.backups import Backup, StartCheck
    from retention_desktop.integrity import BookCheck

    from ui.safety_dialogs import RestoreDialog

STATUS_TIMEOUT_MS = 8000
BOOK_SUFFIX = ".sqlite3"


class BookActions(QObject):
    """What the File menu does with the book itself. Opening another book and restoring are done
    by whoever keeps the window (ui/books.py), which closes this one first: they are asked for
    with `book_requested` and `restore_requested`."""

    book_requested = Signal(str)  # open this book (made if new) in place of the open one
    restore_requested = Signal(str)  # replace the open book with this file (PIN asked, confirmed)
    backed_up = Signal(object)  # a Backup, made now (File → Back up now, or the daily one)
    safety_checked = Signal(object)  # the StartCheck of the start-up's look at the book
    checked = Signal(object)  # the BookCheck of File → Check the database

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.dialog: QWidget | None = None  # the last dialog opened (tests and screenshots look at it)

        def action(name: str, text: str, slot: object) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        self.action_open = action("actionOpenBook", self.tr("&Open database…"), self.choose_book)
        self.action_new = action("actionNewBook", self.tr("New &database…"), self.choose_new_book)
        self.action_server = action("actionOpenServer", self.tr("Open the shop's &server…"), self.choose_server)
        self.recent_menu = QMenu(self.tr("Open rec&ent"), window)
        self.recent_menu.setObjectName("recentBooksMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.action_back_up = action("actionBackUpNow", self.tr("&Back up now"), self.back_up_now)
        self.action_restore = action("actionRestore", self.tr("&Restore a backup…"), self.restore)
        self.action_check = action("actionCheckBook", self.tr("&Check the database…"), self.check)
        on_file = context.db.path is not None  # a server's book is backed up into files here, but restored by copy-to
        self.action_restore.setEnabled(on_file)
        if not on_file:  # said where the menu shows it, not left to guess
            self.action_restore.setToolTip(
                self.tr(
                    "A book on a database server is brought back by copying a backup into a new, empty database on the "
                    "server (the copy-to command; see the README)."
                )
            )
            self.action_restore.setStatusTip(self.action_restore.toolTip())

    def add_to(self, menu: QMenu) -> None:
        """Put the actions at the top of the File menu."""
        menu.addAction(self.action_open)
        menu.addAction(self.action_new)
        menu.addAction(self.action_server)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.action_back_up)
        menu.addAction(self.action_restore)
        menu.addAction(self.action_check)
        menu.addSeparator()

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # -- which book -----------------------------------------------------------------------------------
    def _folder(self) -> str:
        path = self._context.db.path
        return str(path.parent) if path is not None else ""

    def choose_book(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # made when first used, as the dialogs are

        from ui.safety_dialogs import books_filter  # the dialogs are loaded when one is needed

        name, _filter = QFileDialog.getOpenFileName(self._window, self.tr("Open a database"), self._folder(), books_filter())
        if name:
            self.book_requested.emit(name)

    def choose_new_book(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.safety_dialogs import books_filter

        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("New database"), self._folder(), books_filter(), options=QFileDialog.Option.DontConfirmOverwrite
        )
        if name:
            self.new_book(Path(name))

    def choose_server(self) -> QWidget:
        """The shop's server: its address typed (the last server opened here offered), tried, then
        opened in place of this book; the first PC may copy its book there first."""
        from ui.server_dialog import ServerDialog  # the dialogs are loaded when one is needed

        last = next((b for b in self._context.preferences.recent_books if is_url(b)), None)
        dialog = ServerDialog(self._context, self.book_requested.emit, self._window, last=last)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_book(self, path: Path) -> None:
        """Start a new, empty book at `path` (".sqlite3" added when it has no extension); an
        existing file is never taken for a new book."""
        if not path.suffix:
            path = path.with_name(path.name + BOOK_SUFFIX)
        if path.exists():
            ops.show_problem(
                self._window,
                self.tr("New database"),
                self.tr("{path} already exists. To work in it, use Open database…; for a new one, choose another name.").format(
                    path=isolate_ltr(str(path))
                ),
            )
            return
        self.book_requested.emit(str(path))

    def fill_recent(self) -> None:
        """The books opened lately on this PC, the open one left out."""
        self.recent_menu.clear()
        here = self._context.db.address
        books = [b for b in self._context.preferences.recent_books if b != here]
        for number, book in enumerate(books, start=1):
            if is_url(book):  # a server: its address, without its password
                shown = isolate_ltr(shown_address(book))
            else:
                path = Path(book)
                shown = f"{file_name(path.name, self._window.isRightToLeft())} — {isolate_ltr(str(path.parent))}"  # a folder left to right
            made = QAction(f"&{number}  {shown}", self.recent_menu)
            made.setData(book)
            made.triggered.connect(lambda _checked=False, book=book: self.open_recent(book))
            self.recent_menu.addAction(made)
        if not books:
            empty = self.recent_menu.addAction(self.tr("No other database opened yet"))
            empty.setEnabled(False)

    def open_recent(self, book: str) -> None:
        if not is_url(book) and not Path(book).exists():
            self._context.preferences.forget_recent_book(book)
            ops.show_problem(
                self._window, self.tr("Open recent"), self.tr("{path} is no longer there.").format(path=isolate_ltr(book))
            )
            return
        self.book_requested.emit(book)

    # -- backups --------------------------------------------------------------------------------------
    def back_up_now(self) -> ops.Job:
        from retention_desktop.backups import back_up

        db = self._context.db
        return ops.run_with_progress(
            self._window,
            self.tr("Back up now"),
            self.tr("Backing up the database…"),
            lambda progress: back_up(db, progress=progress),
            self._backed_up,
        )

    def _backed_up(self, made: Backup) -> None:
        self._status(self.tr("Backed up to {path}").format(path=isolate_ltr(str(made.path))))
        self.backed_up.emit(made)

    def _backups(self) -> tuple[list[Backup], Path]:
        from retention_desktop.backups import backup_folder, backup_folder_of_file, list_backups

        db = self._context.db
        path = db.path
        assert path is not None
        try:
            folder = backup_folder(db)
        except DatabaseError:  # a damaged book whose settings cannot be read
            folder = backup_folder_of_file(path)
        return list_backups(folder, path), folder

    def restore(self, *, damaged: bool = False) -> RestoreDialog | None:
        """File → Restore a backup…: the PIN first, then the list; the chosen file goes to
        `restore_requested` (whoever keeps the window closes the book and restores it)."""
        from ui.safety_dialogs import RestoreDialog, ask_pin

        db = self._context.db
        if db.path is None:
            return None
        try:
            allowed = ask_pin(db, self.tr("Enter the owner's PIN to restore a backup."), self._window)
        except DatabaseError:
            allowed = True  # a book too damaged to read its PIN: a restore is what it needs
        if not allowed:
            return None
        backups, folder = self._backups()
        dialog = RestoreDialog(backups, self._context.format, book=db.path, folder=folder, damaged=damaged, parent=self._window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.restore_requested.emit(str(dialog.chosen)) if dialog.chosen else None)
        dialog.open()
        return dialog

    # -- checks ---------------------------------------------------------------------------------------
    def check(self) -> ops.Job:
        """File → Check the database…: SQLite's full check, off the GUI thread, with Cancel."""
        from retention_desktop.backups import latest_backup_date
        from retention_desktop.integrity import check_book

        db = self._context.db
        return ops.run_with_progress(
            self._window,
            self.tr("Check the database"),
            self.tr("Checking every page of the database…"),
            lambda progress: (check_book(db, full=True, progress=progress), latest_backup_date(db)),
            self._checked,
        )

    def _checked(self, found: tuple[BookCheck, object]) -> None:
        from ui.safety_dialogs import CheckDialog

        result, latest = found
        db = self._context.db
        dialog = CheckDialog(
            result,
            self._context.format,
            book=str(db.path) if db.path is not None else db.shown_address,
            latest_backup=latest,  # type: ignore[arg-type]
            on_restore=lambda: self.restore(damaged=True),
            parent=self._window,
        )
        self.dialog = dialog
        dialog.open()
        self.checked.emit(result)

    def start_safety_check(self) -> ops.Job | None:
        """Once the window shows: the daily backup when due, else a quick check of the book, off
        the GUI thread. A damaged book brings the restore dialog; a backup that could not be made
        (its folder unplugged) is said in the status bar."""
        from retention_desktop.backups import safety_at_start

        db = self._context.db
        if db.closed:
            return None
        return ops.run_in_background(
            self._window,
            self.tr("Backup"),
            lambda progress: safety_at_start(db, progress=progress),
            self._safety_checked,
            handles=(Exception,),
            on_refused=self._safety_failed,
        )

    def _safety_checked(self, found: StartCheck) -> None:
        if found.damaged:
            self.restore(damaged=True)
        elif found.backup is not None:
            self._status(self.tr("Today's backup is made: {path}").format(path=isolate_ltr(str(found.backup.path))))
        elif found.backup_problem:
            self._status(found.backup_problem)
        self.safety_checked.emit(found)

    def _safety_failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self._status(self.tr("Today's backup could not be made: {reason}").format(reason=error))
        else:
            self._status(self.tr("Today's backup met an unexpected problem; the details were written to the log."))
        self.safety_checked.emit(None)

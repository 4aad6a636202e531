"""Which book the program has open: opening it at start (a damaged one offers its backups, a PIN is asked), switching to another, restoring one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from retention_desktop.db import Database, is_url, open_database
from retention_desktop.errors import BookDamaged, DatabaseError, UserError
from retention_desktop.pin import has_pin
from retention_desktop.text import isolate_ltr

from ui import ops
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.formatting import Formatter, file_name
from ui.main_window import MainWindow
from ui.preferences import Preferences

if TYPE_CHECKING:  # the backups' code is imported when first used: the window opens without it
    from retention_desktop.backups import Backup

    from ui.safety_dialogs import RestoreDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class BookKeeper(QObject):
    """Holds the open book and its window. Another book, or a restore, replaces both: the old
    window stops its work (each job ends whole) and the old book is closed before anything else
    touches its file; a book that cannot be opened is refused and the one open stays open."""

    window_changed = Signal(object)  # the new MainWindow, once shown

    def __init__(self, preferences: Preferences, language: str) -> None:
        super().__init__()
        self.preferences = preferences
        self.language = language
        self.db: Database | None = None
        self.window: MainWindow | None = None

    # -- opening -------------------------------------------------------------------------------------
    def start(self, target: str | Path, *, instead: Path | None = None) -> MainWindow | None:
        """At start-up: open the book (offering its backups if it is damaged, asking its PIN) and
        show its window; None when it cannot be opened or the owner gave up. `instead`: the book
        to offer when `target`, the one open last time, cannot be opened now (its server does not
        answer, its file was moved): the owner chooses it or quits, never finds it open unasked."""
        db = self.open_book(target, parent=None, instead=instead)
        if db is None:
            return None
        return self._show(db)

    def switch_to(self, target: str | Path) -> bool:
        """File → Open / New / Open recent: the other book in place of this one. Refused (with a
        message, this book still open) when it cannot be opened; True once it is shown."""
        current = self.db.path if self.db is not None else None
        if current is not None and not is_url(target) and Path(target).expanduser().absolute() == current:
            return True
        db = self.open_book(target, parent=self.window)
        if db is None:
            return False
        self._show(db)
        return True

    def open_book(self, target: str | Path, parent: QWidget | None, instead: Path | None = None) -> Database | None:
        """Open a book for this program: a damaged one offers a restore from its backups, a PIN is
        asked; a message and None when it cannot be opened or the owner gave up (or, with
        `instead`, the choice of that book)."""
        while True:
            try:
                db = open_database(target)
            except BookDamaged as e:
                log.warning("the book %s is damaged: %s", target, e)
                if not self._rescue(Path(str(target)).expanduser().absolute(), parent):
                    return None
                continue  # restored: open it again
            except DatabaseError as e:
                log.warning("cannot open %s: %s", target, e)
                if instead is not None:
                    if not self._offer_instead(str(e), instead):
                        return None
                    target, instead = instead, None
                    continue
                self._cannot_open(str(e), parent)
                return None
            if not has_pin(db):
                return db
            from ui.safety_dialogs import ask_pin  # the dialogs are loaded when one is needed

            if not ask_pin(db, translate("Books", "This database is protected: enter the owner's PIN to open it."), parent):
                db.close()
                return None
            return db

    def _cannot_open(self, text: str, parent: QWidget | None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Errors", "The database cannot be opened"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("cannotOpenBox")
        name_buttons(box)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path in the text is not markup
        box.exec()

    def _offer_instead(self, text: str, usual: Path) -> bool:
        """The book open last cannot be opened: the reason, and the usual book or quitting."""
        box = open_instead_box(text, usual)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def _rescue(self, book: Path, parent: QWidget | None) -> bool:
        """A book found damaged as it opens: its backups, newest first, to restore one (the dialog
        stays open while it is restored, so another can be chosen if one is refused). True once
        one is restored."""
        from retention_desktop.backups import backup_folder_of_file, list_backups

        from ui.safety_dialogs import RestoreDialog

        folder = backup_folder_of_file(book)
        dialog = RestoreDialog(
            list_backups(folder, book),
            self._formatter(),
            book=book,
            folder=folder,
            damaged=True,
            restorer=lambda source, shown: self._restore_in(book, source, folder, shown),
            parent=parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec() == RestoreDialog.DialogCode.Accepted

    def _restore_in(self, book: Path, source: Path, folder: Path, dialog: RestoreDialog) -> None:
        from retention_desktop.restoring import restore_book

        ops.run_with_progress(
            dialog,
            dialog.windowTitle(),
            translate("Books", "Restoring the backup…"),
            lambda progress: restore_book(book, source, folder=folder, progress=progress),
            lambda _kept: dialog.accept(),
        )

    def _formatter(self) -> Formatter:
        if self.window is not None:
            return self.window._context.format
        from datetime import datetime

        return Formatter(self.language, "SA", datetime.now().astimezone().tzinfo)  # type: ignore[arg-type]

    # -- the window ----------------------------------------------------------------------------------
    def _show(self, db: Database) -> MainWindow:
        """A window on `db` in place of the one shown (which stops its work, then its book is closed)."""
        old_window, old_db = self.window, self.db
        if old_window is not None:
            old_window.save_layout()
        context = AppContext(db=db, preferences=self.preferences, language=self.language)
        window = MainWindow(context)
        window.book_actions.book_requested.connect(self.switch_to)
        window.book_actions.restore_requested.connect(lambda source: self.restore(Path(source)))
        self.db, self.window = db, window
        window.show()  # before the old one closes: the program never has no window
        if old_window is not None:
            old_window.close()  # its jobs end whole (MainWindow.closeEvent)
            old_window.deleteLater()
        if old_db is not None and old_db is not db:
            old_db.close(for_good=True)
        self.preferences.add_recent_book(db.address)  # a file or a server: opened again at the next start
        self.window_changed.emit(window)
        return window

    def shutdown(self) -> None:
        """At quit: the work off the GUI thread ends whole, then the book is closed."""
        ops.finish_background_work()
        if self.db is not None:
            self.db.close(for_good=True)

    # -- restoring the open book ----------------------------------------------------------------------
    def restore(self, source: Path) -> ops.Job | None:
        """Replace the open book with `source` (chosen and confirmed, PIN asked, in the window):
        the window stops its work and the book is closed, then the restore runs with its progress
        over the window; the book is opened again in a new window, restored or, if the restore was
        refused or failed, as it was."""
        from retention_desktop.backups import backup_folder, backup_folder_of_file
        from retention_desktop.restoring import restore_book

        window, db = self.window, self.db
        if window is None or db is None or db.path is None:
            return None
        book = db.path
        try:
            folder = backup_folder(db)
        except DatabaseError:
            folder = backup_folder_of_file(book)
        window.stop_work()
        window.menuBar().setEnabled(False)  # the progress dialog keeps the rest of the window from input
        if (central := window.centralWidget()) is not None:
            central.setEnabled(False)
        db.close(for_good=True)  # nothing of this window may open the file while it is replaced
        return ops.run_with_progress(
            window,
            translate("Books", "Restore a backup"),
            translate("Books", "Restoring the backup…"),
            lambda progress: restore_book(book, source, folder=folder, progress=progress),
            lambda kept: self._reopen(book, kept=kept, source=source),
            handles=(Exception,),
            on_refused=lambda error: self._reopen(book, problem=error),
            on_cancelled=lambda: self._reopen(book),
        )

    def _reopen(self, book: Path, *, kept: Backup | None = None, source: Path | None = None, problem: Exception | None = None) -> None:
        old = self.window
        self.db = None  # closed already
        db = self.open_book(book, parent=old)
        if db is None:  # nothing left to show: the program ends
            if old is not None:
                old.close()
            return
        window = self._show(db)
        if problem is not None:
            if isinstance(problem, UserError):
                ops.show_problem(window, translate("Books", "Restore a backup"), str(problem))
            else:
                ops.show_unexpected(window)
        elif source is not None:
            text = translate("Books", "Restored {file}.").format(file=file_name(source.name, window.isRightToLeft()))
            if kept is not None:
                text += " " + translate("Books", "The database as it was is kept at {path}.").format(path=isolate_ltr(str(kept.path)))
            window.statusBar().showMessage(text, 15_000)


def deliver_deletes() -> None:
    """Delete the windows closed by a switch now (tests, screenshots)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_instead_box(text: str, usual: Path) -> QMessageBox:
    """The question asked when the book open last cannot be opened at start: why, and whether to
    open the usual book of this PC (the default button) or quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Errors", "The database cannot be opened"),
        text + "\n\n" + translate("Books", "Open the usual database on this computer instead?") + "\n" + isolate_ltr(str(usual)),
        QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("openInsteadBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path in the text is not markup
    usual_button = box.addButton(translate("Books", "Open the usual database"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Books", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(usual_button)
    return box

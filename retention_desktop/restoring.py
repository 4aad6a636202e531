"""Restoring the book from a backup (or any copy of it): the file checked first, the book as it is
kept, then replaced whole, never while another copy of the program has it open. Backups
themselves (made, named, listed, kept by the rotation) are backups.py's."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path

from retention_desktop.backups import (
    PARTIAL,
    Backup,
    BackupKind,
    backup_folder_of_file,
    copy_book,
    failure_reason,
    free_name,
    fsync_folder,
    make_backup,
)
from retention_desktop.db import book_revision, read_only_uri, user_problem
from retention_desktop.errors import BackupFailed, BookBusy, BookDamaged, BookInUse, DatabaseError, DiskProblem, RestoreRefused
from retention_desktop.i18n import translate
from retention_desktop.integrity import cancellable
from retention_desktop.progress import Cancelled, Part, Progress
from retention_desktop.text import isolate_ltr

log = logging.getLogger(__name__)


def check_restorable(path: Path, *, progress: Progress | None = None) -> str:
    """Whether a file can replace the book: one of our books, not from a newer version, whole
    (PRAGMA integrity_check). Returns its revision; raises RestoreRefused saying why."""
    try:
        if not path.is_file():
            raise RestoreRefused(NoSuchFile(path))
        revision = book_revision(path)
        if revision is None:
            from retention_desktop.errors import NotABook

            raise NotABook(path)
        from retention_desktop.db import KNOWN_REVISIONS
        from retention_desktop.errors import NewerBook

        if revision not in KNOWN_REVISIONS:
            raise NewerBook(revision)
        try:
            with closing(sqlite3.connect(read_only_uri(path), uri=True)) as con:
                pages = int(con.execute("PRAGMA page_count").fetchone()[0])
                with cancellable(con, progress, pages):
                    rows = con.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error as e:
            if isinstance(e, sqlite3.OperationalError) and progress is not None and progress.cancelled:
                raise Cancelled() from e
            problem = user_problem(e, path, writing=False)
            raise (problem if isinstance(problem, DatabaseError) else BookDamaged(path)) from e
        if rows != [("ok",)]:
            log.warning("%s, to restore, did not pass its check: %s", path, rows[:5])
            raise BookDamaged(path)
    except RestoreRefused:
        raise
    except DatabaseError as e:
        raise RestoreRefused(e) from e
    return revision


def restore_book(
    book: Path, source: Path, *, folder: Path | None = None, progress: Progress | None = None, now: datetime | None = None
) -> Backup | None:
    """Replace the book at `book` with `source` (a backup, or any of our books).

    Every connection of this program to the book must be closed first (Database.close). In turn:
    the file to restore is checked (check_restorable: nothing changes if it is refused); the book
    must not be open in another copy of the program (BookInUse); the book as it is now is backed
    up (before-restore; a damaged one is kept as a plain copy, "damaged"); the file is copied
    beside the book (".partial"), under an exclusive lock that keeps any other copy of the program
    out, and renamed over it, so the book is the old one or the new one whole, whatever happens.
    Returns the copy of the old book (None if there was no book). Cancel works until the rename.
    """
    steps = progress or Progress()
    steps.expect(0)  # the phases take times nobody can tell beforehand: the dialog shows it is busy
    check_restorable(source, progress=Part(steps, counted=False))
    folder = folder if folder is not None else backup_folder_of_file(book)
    present = book.exists() and book.stat().st_size > 0
    if present:
        with _sole_user(book):
            pass  # another copy of the program that has it open is told now, before any copy is made
    kept = _keep_current(book, folder, now) if present else None
    steps.check()
    partial = book.with_name(book.name + PARTIAL)
    with _sole_user(book):
        copy_book(source, partial, check=False)
        try:
            steps.check()
        except Cancelled:
            partial.unlink(missing_ok=True)
            raise
    try:
        for suffix in ("-wal", "-shm", "-journal"):  # never let an old journal meet the new file
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        os.replace(partial, book)
        fsync_folder(book.parent)
    except OSError as e:
        partial.unlink(missing_ok=True)
        problem = user_problem(e, book)
        raise (problem or DiskProblem()) from e
    log.info("restored %s from %s (the book before is kept at %s)", book, source, kept.path if kept else None)
    return kept


class NoSuchFile(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        return translate("Backups", "There is no file at {path}.").format(path=isolate_ltr(str(self.path)))


@contextmanager
def _sole_user(book: Path) -> Iterator[None]:
    """Make sure no other copy of the program has the book open, and keep any from opening it until
    the block ends: an exclusive lock in SQLite's exclusive locking mode, which SQLite refuses while
    any other connection has the book open, and which changes nothing in the file. BookInUse if
    another has it. A book too damaged to be locked is replaced all the same (that is what a restore
    is for)."""
    if not book.exists() or book.stat().st_size == 0:
        yield
        return
    guard = sqlite3.connect(book, isolation_level=None, timeout=1.0)
    try:
        try:
            guard.execute("PRAGMA locking_mode = EXCLUSIVE")
            guard.execute("BEGIN EXCLUSIVE")
        except sqlite3.Error as e:
            problem = user_problem(e, book)
            if isinstance(problem, BookBusy):
                raise BookInUse() from e
            if problem is not None and not isinstance(problem, BookDamaged):
                raise problem from e
            log.warning("restoring over a book that cannot be locked: %r", e)
        yield
        try:  # what the -wal still holds goes into the book (whose copy is kept): the -wal is empty after
            if guard.in_transaction:
                guard.execute("ROLLBACK")
            guard.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as e:
            log.warning("cannot checkpoint the book before it is replaced: %r", e)
    finally:
        guard.close()


def _keep_current(book: Path, folder: Path, now: datetime | None) -> Backup:
    """The book as it is before a restore: a checked backup, or, for a damaged book (which is why
    one restores), a plain copy of its files kept as "damaged". A folder that cannot take it stops
    the restore: the book is never replaced without a copy."""
    try:
        return make_backup(book, folder, BackupKind.BEFORE_RESTORE, now=now)
    except BookDamaged:
        pass
    except BackupFailed as e:
        if not e.check_failed:
            raise
    now = now or datetime.now(timezone.utc)
    target = free_name(folder, book, BackupKind.DAMAGED, now, None)
    try:
        shutil.copyfile(book, target)
        wal = Path(f"{book}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as e:
        target.unlink(missing_ok=True)
        raise BackupFailed(folder, failure_reason(e, folder)) from e
    log.warning("kept a plain copy of the damaged book %s at %s", book, target)
    return Backup(target, now.replace(microsecond=0), BackupKind.DAMAGED, target.stat().st_size)

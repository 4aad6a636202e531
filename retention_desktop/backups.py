"""Backups of the book: made while the program runs (SQLite's online backup API), checked, kept by a
rotation (restoring one is restoring.py's).

The one home of every copy of the book the program makes: the daily one at start-up, the one the
owner asks for, and those taken before an update of the program changes the book, before a restore
replaces it and before an import adds to it.

A backup is written under a temporary name (".partial"), checked (PRAGMA quick_check, and that it
is one of our books), and only then renamed to its own name: a copy cut short (killed, power cut,
disk full) or damaged never passes for a good one. The name says whose book, when (UTC) and why:

    retention-20261130-093012Z-daily.sqlite3
    retention-20261130-093012Z-before-update-0005.sqlite3

A book on a database server is backed up the same way into a file on this PC (book_copy.copy_into:
every record, read at one moment, written into a new SQLite book), named after the server's
database and host ("retention-on-192.168.1.10-…"), in the chosen folder or else the "backups"
folder of this PC's own data folder. Such a file is a whole book: the program opens it as it is,
and `copy-to` puts it into a new server database to bring the server's book back.

They go to the folder in the BACKUP_FOLDER setting, by default a "backups" folder beside the book:
the default book is in the user's data folder, so its backups are there too; a book the owner keeps
elsewhere (a USB drive, a synced folder) has its backups beside it, apart from any other book's, and
they move with it. That folder is on the same disk as the book, so it guards against mistakes and
damage, not against the disk itself: the setting lets the owner choose another disk.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import re
import sqlite3
import sys
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from retention_desktop.db import HEAD_REVISION, Database, book_revision, read_only_uri, user_problem
from retention_desktop.errors import (
    BackupFailed,
    BookDamaged,
    DatabaseError,
    DiskFull,
    DiskProblem,
)
from retention_desktop.i18n import translate
from retention_desktop.integrity import cancellable, check_book, passes_quick_check
from retention_desktop.progress import Part, Progress
from retention_desktop.settings import BACKUP_FOLDER, SettingError, get_setting

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
PARTIAL = ".partial"
STEP_PAGES = 4096  # pages copied per step of the online backup (16 MiB at SQLite's page size)
MMAP_LIMIT = 2**31  # a copy's check reads it memory-mapped, up to this many bytes

# The rotation: the newest regular backup (daily or asked for) of each of the last DAYS_KEPT days
# that have one, and of each of the last WEEKS_KEPT weeks, and the last MANUAL_KEPT asked for; the copies taken before an update, a
# restore or an import for SAFETY_DAYS days, and the newest SAFETY_KEPT of each kind always.
DAYS_KEPT = 7
WEEKS_KEPT = 8
SAFETY_DAYS = 30
SAFETY_KEPT = 3
MANUAL_KEPT = 5  # the newest backups the owner asked for are kept whatever their day
# A ".partial" older than this was left by a backup that was cut off, not one still being written.
STALE_PARTIAL = timedelta(hours=1)


class BackupKind(enum.Enum):
    DAILY = "daily"  # the automatic one, at the first start of a day
    MANUAL = "manual"  # File → Back up now, or `main.py backup`
    BEFORE_UPDATE = "before-update"  # before a new version of the program changes the book
    BEFORE_RESTORE = "before-restore"  # the book as it was before a restore replaced it
    BEFORE_IMPORT = "before-import"  # before an import adds to the book
    DAMAGED = "damaged"  # a plain copy of a damaged book, kept before a restore replaced it

    @property
    def regular(self) -> bool:
        return self in (BackupKind.DAILY, BackupKind.MANUAL)


_NAME = re.compile(
    r"^(?P<book>.+)-(?P<stamp>\d{8}-\d{6})Z(?:-(?P<n>\d+))?-(?P<kind>"
    + "|".join(re.escape(k.value) for k in BackupKind)
    + r")(?:-(?P<revision>\d{4}))?"
    + re.escape(SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class Backup:
    """A backup on disk: its file, when it was made (UTC), why, and its size in bytes."""

    path: Path
    made_at: datetime
    kind: BackupKind
    size: int
    revision: str | None = None  # a before-update copy: the revision the update was to

    @property
    def restorable(self) -> bool:
        return self.kind is not BackupKind.DAMAGED


# --- where ---------------------------------------------------------------------------------------


def book_prefix(book: Path) -> str:
    """What the names of a book's backups start with: the book's file name without ".sqlite3"."""
    name = book.name
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) and len(name) > len(SUFFIX) else name


def default_backup_folder(book: Path) -> Path:
    return book.parent / "backups"


def backup_folder(db: Database) -> Path:
    """Where the open book's backups go: the owner's folder (chosen_backup_folder), else beside the
    book (for a book on a server, this PC's own backups folder)."""
    chosen = chosen_backup_folder(db)
    return Path(chosen).expanduser() if chosen else usual_backup_folder(db)


def chosen_backup_folder(db: Database) -> str:
    """The folder the owner chose for the open book's backups, "" for the usual one. A book in a
    file keeps it in its settings (BACKUP_FOLDER). A book on a server is backed up by each PC into a
    folder of its own, and a folder of one PC (a USB drive, a second disk) is not there on another:
    each PC keeps its own choice (choose_server_backup_folder), not the book."""
    if db.path is not None:
        return get_setting(db, BACKUP_FOLDER)
    folders = _server_backup_folders()
    return folders.get(book_prefix(backup_name(db)), "")


def choose_server_backup_folder(db: Database, folder: str) -> None:
    """This PC's folder for the backups of the book on a server that `db` has open ("" for the
    usual one). Check it first (check_backup_folder); raises FileNotWritten when this PC's
    preferences cannot be written."""
    from retention_desktop.files import write_atomically

    folders = _server_backup_folders()
    key = book_prefix(backup_name(db))
    if folder:
        folders[key] = folder
    else:
        folders.pop(key, None)
    path = _server_backup_folders_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(folders, ensure_ascii=False, indent=1).encode("utf-8"))


def _server_backup_folders_file() -> Path:
    """This PC's choices of backup folder for books on servers, beside its usual book."""
    from retention_desktop.db import default_database_path

    return default_database_path().parent / "server-backup-folders.json"


def _server_backup_folders() -> dict[str, str]:
    try:
        found = json.loads(_server_backup_folders_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items() if isinstance(v, str)} if isinstance(found, dict) else {}


def usual_backup_folder(db: Database) -> Path:
    """The open book's backup folder when the owner chose none: beside the book's file, or for a
    book on a server the "backups" folder beside this PC's own book."""
    if db.path is not None:
        return default_backup_folder(db.path)
    from retention_desktop.db import default_database_path

    return default_backup_folder(default_database_path())


def backup_name(db: Database) -> Path:
    """The file whose name the open book's backups are named after: the book's own, or for a book on
    a server one made of its database's name and host ("retention-on-192.168.1.10.sqlite3")."""
    if db.path is not None:
        return db.path
    url = db.engine.url
    host = url.host or str(url.query.get("host") or "") or "localhost"
    name = re.sub(r"[^\w.-]+", "_", f"{url.database or 'book'}-on-{host}").strip("_.")[:80]
    return Path(name + SUFFIX)


def backup_folder_of_file(book: Path) -> Path:
    """backup_folder for a book that is not open (before an update, or a damaged one): its setting
    read straight from the file, read-only; the default folder when it cannot be read."""
    try:
        with closing(sqlite3.connect(read_only_uri(book), uri=True)) as con:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_FOLDER.key,)).fetchone()
        chosen = BACKUP_FOLDER.stored(json.loads(row[0])) if row else ""
    except (sqlite3.Error, ValueError, TypeError, SettingError):
        chosen = ""
    return Path(chosen).expanduser() if chosen else default_backup_folder(book)


# --- listing and rotation -------------------------------------------------------------------------


def parse_name(path: Path) -> tuple[str, datetime, BackupKind, str | None] | None:
    """(book prefix, when, kind, revision) from a backup's file name; None for any other file."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        made = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return found["book"], made, BackupKind(found["kind"]), found["revision"]


def list_backups(folder: Path, book: Path, *, include_damaged: bool = False) -> list[Backup]:
    """The backups of `book` in `folder`, newest first. Only finished ones are there (a backup is
    renamed to its name once checked); a missing folder has none."""
    prefix = book_prefix(book)
    found: list[Backup] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(Path(entry.path))
        if parsed is None or parsed[0] != prefix:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        backup = Backup(Path(entry.path), parsed[1], parsed[2], size, parsed[3])
        if include_damaged or backup.restorable:
            found.append(backup)
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def backups_to_remove(backups: list[Backup], now: datetime) -> list[Backup]:
    """What the rotation lets go of (see DAYS_KEPT and the others), among one book's backups."""
    keep: set[Path] = set()
    regular = sorted((b for b in backups if b.kind.regular), key=lambda b: b.made_at, reverse=True)
    days: dict[date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for backup in regular:
        local = backup.made_at.astimezone().date()
        if local not in days and len(days) < DAYS_KEPT:
            days[local] = backup
        week = tuple(local.isocalendar())[:2]
        if week not in weeks and len(weeks) < WEEKS_KEPT:
            weeks[(week[0], week[1])] = backup
    keep.update(b.path for b in days.values())
    keep.update(b.path for b in weeks.values())
    asked = [b for b in regular if b.kind is BackupKind.MANUAL]
    keep.update(b.path for b in asked[:MANUAL_KEPT])  # the owner's own, even several in a day
    for kind in BackupKind:
        if kind.regular:
            continue
        ones = sorted((b for b in backups if b.kind is kind), key=lambda b: b.made_at, reverse=True)
        keep.update(b.path for b in ones[:SAFETY_KEPT])
        keep.update(b.path for b in ones if now - b.made_at <= timedelta(days=SAFETY_DAYS))
    return [b for b in backups if b.path not in keep]


def prune_backups(folder: Path, book: Path, *, now: datetime | None = None) -> list[Path]:
    """Let the rotation remove the backups it no longer keeps, and the ".partial" files of backups
    cut off long ago; returns what was removed. A file that cannot be removed is left for next time."""
    now = now or datetime.now(timezone.utc)
    removed = []
    for backup in backups_to_remove(list_backups(folder, book, include_damaged=True), now):
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as e:
            log.warning("cannot remove the old backup %s: %s", backup.path, e)
    prefix = book_prefix(book) + "-"
    try:
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name.endswith(PARTIAL):
                age = now - datetime.fromtimestamp(entry.stat().st_mtime, timezone.utc)
                if age > STALE_PARTIAL:
                    Path(entry.path).unlink(missing_ok=True)
                    removed.append(Path(entry.path))
    except OSError:
        pass
    return removed


# --- making one -----------------------------------------------------------------------------------


def back_up(
    db: Database,
    kind: BackupKind = BackupKind.MANUAL,
    *,
    folder: Path | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Backup:
    """Back up the open book now (it may go on being used meanwhile): into `folder` or the book's
    backup folder, checked, then the rotation runs. Raises BackupFailed (or DiskFull, BookDamaged)
    with a message for the user; the book itself is never changed."""
    target = folder if folder is not None else backup_folder(db)
    if db.path is None:
        return _back_up_server(db, target, kind, progress=progress, now=now)
    return make_backup(db.path, target, kind, progress=progress, now=now)


def back_up_before_import(db: Database, progress: Progress | None = None) -> Backup | None:
    """The copy an import takes before it adds to the book. Call it before the import's
    transaction; if it raises, do not import."""
    return back_up(db, BackupKind.BEFORE_IMPORT, progress=progress)


def back_up_if_due(db: Database, *, now: datetime | None = None, progress: Progress | None = None) -> Backup | None:
    """The automatic backup at start-up: made unless the book already has a daily or asked-for
    backup from today (this PC's calendar) in its folder. None when none was due."""
    now = now or datetime.now(timezone.utc)
    today = now.astimezone().date()
    for backup in list_backups(backup_folder(db), backup_name(db)):
        if backup.kind.regular and backup.made_at.astimezone().date() == today:
            return None
    return back_up(db, BackupKind.DAILY, progress=progress, now=now)


def latest_backup_date(db: Database) -> datetime | None:
    """When the newest backup of the open book was made, None if it has none."""
    backups = list_backups(backup_folder(db), backup_name(db))
    return backups[0].made_at if backups else None


def _back_up_server(db: Database, folder: Path, kind: BackupKind, *, progress: Progress | None, now: datetime | None) -> Backup:
    """A backup of a book on a server: the whole book copied into a new SQLite file (see the module's
    docstring), under "<name>.partial", checked as a file backup is, then renamed; the rotation runs."""
    from retention_desktop.book_copy import copy_into
    from retention_desktop.errors import BookReadOnly, FolderNotCreated

    now = now or datetime.now(timezone.utc)
    name = backup_name(db)
    if folder == usual_backup_folder(db):  # this PC's own data folder, which a PC on a server may not have made yet
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise BackupFailed(folder, failure_reason(e, folder)) from e
    _make_folder(folder)
    target = free_name(folder, name, kind, now, None)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        copy_into(db, partial, progress=Part(progress, counted=True) if progress is not None else None)
        with closing(sqlite3.connect(partial, isolation_level=None)) as con:
            con.execute("PRAGMA journal_mode = DELETE")  # one file, as a file's backup is
        _put_in_place(partial, target)
    except (DiskFull, BookReadOnly, FolderNotCreated, sqlite3.Error, OSError) as e:
        partial.unlink(missing_ok=True)
        log.warning("backup of %s to %s failed: %r", db.shown_address, target, e)
        raise BackupFailed(folder, failure_reason(e, folder), check_failed=isinstance(e, _CheckFailed)) from e
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    made = Backup(target, now.replace(microsecond=0), kind, target.stat().st_size)
    log.info("backed up %s to %s", db.shown_address, target)
    prune_backups(folder, name, now=now)
    return made


def make_backup(
    book: Path,
    folder: Path,
    kind: BackupKind,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
    revision: str | None = None,
    prune: bool = True,
) -> Backup:
    """Copy `book` into `folder` as a backup of `kind` (see the module's docstring), then let the
    rotation run. `revision`: the one a before-update copy is taken for."""
    now = now or datetime.now(timezone.utc)
    _make_folder(folder)
    target = free_name(folder, book, kind, now, revision)
    try:
        copy_book(book, target, progress=progress, check=True)
    except (sqlite3.Error, OSError) as e:
        problem = user_problem(e, book, writing=False)
        if isinstance(problem, BookDamaged):
            raise problem from e
        log.warning("backup of %s to %s failed: %r", book, target, e)
        if isinstance(e, _CheckFailed) and not passes_quick_check(book):
            raise BookDamaged(book) from e  # the copy is page for page the book: the book is damaged
        raise BackupFailed(folder, failure_reason(e, folder), check_failed=isinstance(e, _CheckFailed)) from e
    made = Backup(target, now.replace(microsecond=0), kind, target.stat().st_size, revision)
    log.info("backed up %s to %s", book, target)
    if prune:
        prune_backups(folder, book, now=now)
    return made


def _make_folder(folder: Path) -> None:
    """The backup folder, made if missing, but not the folders above it: a USB drive that is not
    plugged in must not become an empty folder of the same name on the system disk."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise BackupFailed(folder, failure_reason(e, folder)) from e


def free_name(folder: Path, book: Path, kind: BackupKind, now: datetime, revision: str | None) -> Path:
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")
    tail = f"-{kind.value}" + (f"-{revision}" if revision else "") + SUFFIX
    prefix = book_prefix(book)
    candidate = folder / f"{prefix}-{stamp}Z{tail}"
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + PARTIAL).exists():
        candidate = folder / f"{prefix}-{stamp}Z-{number}{tail}"
        number += 1
    return candidate


def failure_reason(error: BaseException, folder: Path) -> str:
    """Why a backup failed, in a few words for the message: from the driver's or the system's error,
    or from the one a new book's opening already said (a server's book is copied into a new one)."""
    from retention_desktop.errors import BookReadOnly, FolderNotCreated

    problem = error if isinstance(error, DatabaseError) else user_problem(error, folder / "backup")
    if isinstance(problem, DiskFull):
        return translate("Backups", "the disk is full.")
    if isinstance(problem, (BookReadOnly, FolderNotCreated)) or isinstance(error, PermissionError) or (
        isinstance(error, OSError) and error.errno in (13, 30)
    ):
        return translate("Backups", "the folder cannot be written to.")
    if isinstance(error, _CheckFailed):
        return translate("Backups", "the copy did not pass its check.")
    if isinstance(problem, DiskProblem) or isinstance(error, OSError):
        return translate("Backups", "the folder cannot be written to, or its disk is not connected.")
    return translate("Backups", "the copy could not be written.")


class _CheckFailed(sqlite3.DatabaseError):
    """The copy did not pass PRAGMA quick_check (or is not one of our books)."""

    sqlite_errorcode = 0


def copy_book(source: Path, target: Path, *, progress: Progress | None = None, check: bool = True) -> str:
    """Copy a book (with what is still in its -wal) to `target` through SQLite's online backup:
    under "<target>.partial", made durable, checked (`check`), then renamed. The copy is one
    self-contained file (rollback journal, not WAL). Returns its revision.

    The source is read in one read transaction held across the copy's steps, so the copy is the
    book at one moment even while another connection keeps saving (in WAL, readers never stop
    writers); without it SQLite would start the copy again after each save.
    """
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(read_only_uri(source), uri=True, isolation_level=None)) as src:
            src.execute("BEGIN")
            pages = int(src.execute("PRAGMA page_count").fetchone()[0])  # also takes the snapshot
            with closing(sqlite3.connect(partial, isolation_level=None)) as dst:  # durable at its commit (FULL)

                def copied(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress.expect(2 * total if check else total)
                        done, _total = progress.state()
                        progress.step(max(0, total - remaining - done))

                src.backup(dst, pages=STEP_PAGES, progress=copied)
                src.execute("COMMIT")
                dst.execute("PRAGMA journal_mode = DELETE")
        revision = _put_in_place(partial, target, check=check, progress=progress, pages=pages)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return revision


def _put_in_place(partial: Path, target: Path, *, check: bool = True, progress: Progress | None = None, pages: int = 0) -> str:
    """A copy written under its ".partial" name made durable, checked (`check`: verify_copy), then
    given its own name: a copy cut short or damaged never passes for a good one. Returns its
    revision ("" unchecked)."""
    _fsync(partial)
    revision = verify_copy(partial, quick=True, progress=progress, pages=pages) if check else ""
    os.replace(partial, target)
    fsync_folder(target.parent)
    return revision


def verify_copy(path: Path, *, quick: bool, progress: Progress | None = None, pages: int = 0) -> str:
    """Check a copy: PRAGMA quick_check (or the full integrity_check), then that it is one of our
    books at a revision we know; returns the revision. Raises _CheckFailed."""
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as con:
        con.execute(f"PRAGMA mmap_size = {MMAP_LIMIT}")  # our own fresh copy: read through the page cache, not copied
        with cancellable(con, progress, pages):
            rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        log.warning("%s did not pass its check: %s", path, rows[:5])
        raise _CheckFailed("the copy did not pass its check")
    try:
        revision = book_revision(path)
    except DatabaseError as e:
        raise _CheckFailed(str(e)) from e
    if revision is None:
        raise _CheckFailed("the copy is empty")
    return revision


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no handle for a folder to flush."""
    if sys.platform == "win32":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


# --- before an update (called by db.open_database) --------------------------------------------------


def backup_before_update(book: Path, revision: str) -> Path:
    """The copy of a book taken before the program updates it from `revision` to HEAD_REVISION.

    A copy made by an earlier attempt is never replaced: an update leaves the book as it was when
    it fails, so the first copy is the owner's book as it was, whatever happened since. A copy at
    another revision (the book was restored from an older backup since, say) is kept too, and a
    new one is made beside it.
    """
    folder = backup_folder_of_file(book)
    for backup in list_backups(folder, book):
        if backup.kind is BackupKind.BEFORE_UPDATE and backup.revision == HEAD_REVISION:
            try:
                if book_revision(backup.path) == revision:
                    log.info("keeping the backup %s taken by an earlier attempt", backup.path)
                    return backup.path
            except DatabaseError:
                continue
    made = make_backup(book, folder, BackupKind.BEFORE_UPDATE, revision=HEAD_REVISION)
    log.info("backed up %s to %s before updating it from %s", book, made.path, revision)
    return made.path


def update_backups(book: Path) -> list[Backup]:
    """The copies taken before updates of this book, newest first."""
    return [b for b in list_backups(backup_folder_of_file(book), book) if b.kind is BackupKind.BEFORE_UPDATE]


# --- at start-up ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartCheck:
    """What the start-up's look at the book found: the daily backup made (if it was due), whether
    the book is damaged, and why the backup could not be made (its folder unplugged, say)."""

    backup: Backup | None = None
    damaged: bool = False
    backup_problem: str = ""


def safety_at_start(db: Database, *, now: datetime | None = None, progress: Progress | None = None) -> StartCheck:
    """Run off the GUI thread once the window shows: the daily backup when it is due (its check is
    the book's check too: the copy is the book page for page), else PRAGMA quick_check of the book.
    Too slow for the start itself on a large book (about a second for 100,000 customers). A book
    on a server gets its daily backup (a minute for 100,000 customers); its files are the server's
    to check."""
    if db.path is None:
        try:
            return StartCheck(backup=back_up_if_due(db, now=now, progress=progress))
        except BackupFailed as e:
            return StartCheck(backup_problem=str(e))
    problem = ""
    try:
        made = back_up_if_due(db, now=now, progress=progress)
    except BookDamaged:
        return StartCheck(damaged=True)
    except BackupFailed as e:
        made, problem = None, str(e)
    if made is not None:
        return StartCheck(backup=made)
    return StartCheck(damaged=not check_book(db, full=False, progress=progress, counted=False).ok, backup_problem=problem)


def size_text(size: int) -> str:
    """A file's size as people read it: "840 KB", "12.5 MB", "1.2 GB"."""
    if size < 1024 * 1024:
        return translate("Backups", "{size} KB").format(size=max(1, round(size / 1024)))
    if size < 1024**3:
        return translate("Backups", "{size} MB").format(size=f"{size / 1024**2:.1f}")
    return translate("Backups", "{size} GB").format(size=f"{size / 1024**3:.1f}")


def check_backup_folder(folder: Path) -> None:
    """Whether backups can be written in `folder` (made if missing): BackupFailed saying why if not.
    For the owner's choice of folder, when they choose it."""
    _make_folder(folder)
    try:
        probe = folder / f".retention-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise BackupFailed(folder, failure_reason(e, folder)) from e

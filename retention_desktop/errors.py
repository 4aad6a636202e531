"""UserError, the one base for every error a user is meant to read, and the problems of the book's file."""

from __future__ import annotations

from pathlib import Path

from retention_desktop.i18n import translate
from retention_desktop.text import isolate_auto, isolate_ltr


class UserError(Exception):
    """An error whose message, ``str(error)``, is written for the user, in their language.

    The GUI shows such an error politely where the action was started (ui/ops.py), the command
    line prints it; anything else that goes wrong is a fault of the program, logged with its
    traceback.
    """


# --- the book's file --------------------------------------------------------------------------
# db.py raises these with the facts only; the words are chosen when the message is shown, in the
# language of that moment.


class DatabaseError(UserError):
    """The book cannot be opened, read or saved."""


def _path(path: Path | str) -> str:
    return isolate_ltr(str(path))  # a path reads left to right inside an Arabic sentence


class NotABook(DatabaseError):
    """A file that is not a Retention Desktop book (another program's, or not a database at all)."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        return translate(
            "Database", "The file {path} is not a Retention Desktop database. It was left untouched."
        ).format(path=_path(self.path))


class NotAnAddress(DatabaseError):
    """Something given as --db that is neither a file path nor a database address."""

    def __init__(self, target: str) -> None:
        super().__init__(target)
        self.target = target

    def __str__(self) -> str:
        return translate("Database", "This is not a database address: {target}").format(target=self.target)


class NewerBook(DatabaseError):
    """A book written by a newer version of the program."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision

    def __str__(self) -> str:
        return translate(
            "Database",
            "This database was written by a newer version of Retention Desktop (schema {revision}). "
            "Please update the program to open it. The file was left untouched.",
        ).format(revision=self.revision)


class BookReadOnly(DatabaseError):
    """The book, or the folder it is in, cannot be written."""

    def __init__(self, path: Path | str | None) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        if self.path is None:
            return translate("Database", "The database is read-only: nothing can be saved in it.")
        return translate(
            "Database",
            "The database {path} is read-only: the program cannot save in it, or in its folder. "
            "Copy it to a folder you can write in, or ask whoever looks after this computer for write "
            "permission.",
        ).format(path=_path(self.path))


class FolderNotCreated(DatabaseError):
    """The folder for a new book cannot be made."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(folder, reason)
        self.folder = folder
        self.reason = reason

    def __str__(self) -> str:
        return translate("Database", "The folder {folder} cannot be created: {reason}").format(
            folder=_path(self.folder), reason=self.reason
        )


class DiskFull(DatabaseError):
    """The disk is full: what was being saved was not saved."""

    def __str__(self) -> str:
        return translate(
            "Database",
            "The disk is full, so this was not saved. Nothing was changed. Free some space (empty the "
            "recycle bin, move old files away) and try again.",
        )


class DiskProblem(DatabaseError):
    """The disk could not be written or read: full (as some systems report it), removed, or failing."""

    def __str__(self) -> str:
        return translate(
            "Database",
            "The disk could not be written: it may be full or, for a USB stick or a network folder, no "
            "longer connected. This was not saved and nothing was changed. Free some space or reconnect the "
            "disk, then try again.",
        )


class BookBusy(DatabaseError):
    """Another copy of the program (another window, or another PC) held the book for longer than
    the wait; the user can try again without losing what they typed."""

    def __str__(self) -> str:
        return translate(
            "Database",
            "Another window or another PC is saving in this database right now, so this was not saved yet. "
            "Nothing was lost: try again in a moment.",
        )


class BookDamaged(DatabaseError):
    """SQLite found the file damaged."""

    def __init__(self, path: Path | str | None) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        return translate(
            "Database", "The database {path} is damaged and cannot be read. It was left as it is."
        ).format(path=_path(self.path or ""))


class UpgradeFailed(DatabaseError):
    """The book could not be brought up to this version; it was left exactly as it was."""

    def __init__(self, path: Path | str | None, backup: Path | None, reason: DatabaseError | None = None) -> None:
        super().__init__(path, backup, reason)
        self.path = path
        self.backup = backup
        self.reason = reason

    def __str__(self) -> str:
        text = translate(
            "Database",
            "The database could not be updated for this version of the program. It was left exactly as it "
            "was, and nothing in it was lost.",
        )
        if self.reason is not None:
            text += "\n\n" + str(self.reason)
        if self.backup is not None:
            text += "\n\n" + translate(
                "Database", "A copy taken before the update is kept at {path}."
            ).format(path=_path(self.backup))
        return text


class BrokenLinks(DatabaseError):
    """An upgrade found records that point at records that do not exist."""

    def __str__(self) -> str:
        return translate("Database", "Some records in the database point at records that no longer exist.")


class ProgramDamaged(DatabaseError):
    """The program's own files (its migrations) are missing or broken: a faulty installation."""

    def __str__(self) -> str:
        return translate(
            "Database",
            "Part of the program is missing or damaged, so the database cannot be opened. Please install "
            "Retention Desktop again; your data is not affected.",
        )


class ServerUnreachable(DatabaseError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        # The server's own words (English, with addresses and numbers): kept in their order inside Arabic.
        return translate("Database", "The database server cannot be reached: {reason}").format(reason=isolate_auto(self.reason))


class ServerNotABook(DatabaseError):
    def __str__(self) -> str:
        return translate("Database", "This database holds other data and is not a Retention Desktop database.")


class DriverMissing(DatabaseError):
    def __init__(self, kind: str, module: str) -> None:
        super().__init__(kind, module)
        self.kind = kind
        self.module = module

    def __str__(self) -> str:
        return translate("Database", "The driver for {kind} databases is not installed ({module}).").format(
            kind=self.kind, module=self.module
        )


# --- where a book may live, and its backups ------------------------------------------------------


class NetworkBook(DatabaseError):
    """A book in a network folder (a UNC path, a mapped network drive, NFS, SMB, SSHFS): SQLite's
    locks do not hold across PCs there, so two PCs saving at once could damage it."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self.path = path

    def __str__(self) -> str:
        return translate(
            "Database",
            "The database {path} is in a network folder. Retention Desktop does not open a database there: "
            "when two PCs save in it at once it can be damaged. To share one customer book between several "
            "PCs, use the PostgreSQL set-up. To work on this file on this PC alone, copy it to a folder on "
            "this PC and open the copy.",
        ).format(path=_path(self.path))


class BookClosed(DatabaseError):
    """Something still asked a book that was closed (another book was opened, or one was restored)."""

    def __str__(self) -> str:
        return translate("Database", "This database was closed, so nothing more can be read from it or saved in it.")


class BookInUse(DatabaseError):
    """Another copy of the program (on this PC or another) has the book open, so it cannot be replaced."""

    def __str__(self) -> str:
        return translate(
            "Database",
            "Another copy of Retention Desktop, on this PC or on another one, has this database open. Close it "
            "there, then try again. Nothing was changed.",
        )


class BackupFailed(DatabaseError):
    """A backup could not be made; the book itself is untouched."""

    def __init__(self, folder: Path | str, reason: str, *, check_failed: bool = False) -> None:
        super().__init__(folder, reason)
        self.folder = folder
        self.reason = reason
        self.check_failed = check_failed  # the copy was made but did not pass its check

    def __str__(self) -> str:
        return translate(
            "Backups",
            "The backup could not be made in {folder}: {reason} The database itself was not changed.",
        ).format(folder=_path(self.folder), reason=self.reason)


class RestoreRefused(DatabaseError):
    """The file chosen to restore cannot be used (not a book, newer, damaged); nothing was changed."""

    def __init__(self, reason: DatabaseError) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return (
            str(self.reason)
            + "\n\n"
            + translate("Backups", "Nothing was restored: the database is exactly as it was.")
        )

"""Files the program writes for the user (PDFs, exports): whole or not at all, with clear refusals."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import platformdirs

from retention_desktop import APP_NAME
from retention_desktop.errors import DiskFull, DiskProblem, UserError
from retention_desktop.i18n import translate
from retention_desktop.text import isolate_ltr


def cache_folder() -> Path:
    """The user's cache folder of the program: what it keeps to start sooner (drawings, Babel's
    data), made again when it is lost."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


class FileNotWritten(UserError):
    """A file the user asked for could not be written; nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path


class NotARegularFile(FileNotWritten):
    """The target exists and is a folder, a device or anything but an ordinary file."""

    def __str__(self) -> str:
        return translate(
            "Files", "{path} exists and is not an ordinary file, so it was left alone. Choose a file name."
        ).format(path=isolate_ltr(str(self.path)))


class IsAFolder(FileNotWritten):
    def __str__(self) -> str:
        return translate("Files", "{path} is a folder. Give the name of the file to write.").format(
            path=isolate_ltr(str(self.path))
        )


class FolderMissing(FileNotWritten):
    def __str__(self) -> str:
        return translate("Files", "The folder {path} does not exist.").format(path=isolate_ltr(str(self.path.parent)))


class FolderNotWritable(FileNotWritten):
    def __str__(self) -> str:
        return translate(
            "Files", "The folder {path} cannot be written to. Choose another folder."
        ).format(path=isolate_ltr(str(self.path.parent)))


class FileInUse(FileNotWritten):
    """The file exists and could not be replaced: on Windows, usually because a viewer has it open."""

    def __str__(self) -> str:
        return translate(
            "Files",
            "{path} could not be replaced: it may be open in another program, such as a PDF viewer. "
            "Close it there and try again, or save under another name.",
        ).format(path=isolate_ltr(str(self.path)))


def check_target(path: Path) -> None:
    """Refuse, before any work, a target that is not a file name in an existing folder."""
    if path.is_dir():
        raise IsAFolder(path)
    if path.exists() and not path.is_file():
        raise NotARegularFile(path)
    if not path.parent.is_dir():
        raise FolderMissing(path)


def beside(path: Path) -> Path:
    """A free name next to `path`: "INV-000012 (2).pdf", for when the file itself is in use."""
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path`: under a temporary name beside it, then renamed over it, so that the
    file appears whole or not at all. Returns the path; raises a FileNotWritten (or DiskFull /
    DiskProblem) with a message for the user, and leaves no temporary file behind."""
    path = Path(path)
    check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except PermissionError as e:
        raise FolderNotWritable(path) from e
    except OSError as e:
        raise _problem(e, path) from e
    try:
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            # mkstemp makes the file readable by its owner only; a document is an ordinary file.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        except OSError as e:
            raise _problem(e, path) from e
        try:
            os.replace(temporary, path)
        except PermissionError as e:
            raise FileInUse(path) if path.exists() else FolderNotWritable(path) from e
        except IsADirectoryError as e:
            raise IsAFolder(path) from e
        except OSError as e:
            raise _problem(e, path) from e
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _problem(error: OSError, path: Path) -> UserError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritable(path)
    return DiskProblem()

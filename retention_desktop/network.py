"""Whether a path is in a network folder, where a SQLite book must not be opened (its locks do not hold across PCs)."""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path, PureWindowsPath

log = logging.getLogger(__name__)

# File systems of network folders, as Linux names them in /proc/mounts.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "davfs",
        "fuse.sshfs", "fuse.smbnetfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.glusterfs",
    }
)
# And as macOS names them in statfs's f_fstypename.
MACOS_NETWORK_FILE_SYSTEMS = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp", "osxfuse", "macfuse"})

_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_unc(text: str) -> bool:
    """A Windows network path: \\\\server\\share\\… (also \\\\?\\UNC\\server\\…), and on Windows
    //server/share/… too. Told on any system, so that a path typed on Windows is understood the
    same everywhere; "//" alone means a network path only on Windows (on POSIX it is the root)."""
    if text.startswith(("\\\\?\\", "\\\\.\\")):  # Windows' long and device forms: UNC only as \\?\UNC\
        return text[4:8].upper() == "UNC\\"
    if text.startswith("\\\\") or (sys.platform == "win32" and text.startswith("//")):
        drive = PureWindowsPath(text).drive
        return drive.startswith("\\\\") and len(drive) > 2
    return False


def is_network_path(path: Path | str, *, mounts: Path = Path("/proc/mounts")) -> bool:
    """Whether a file (existing or to be made) is in a network folder: a UNC path, a mapped
    network drive (Windows), or a folder of a network file system (Linux: /proc/mounts; macOS:
    statfs). Anything that cannot be told is taken as local: this check warns, it must never stop
    a book on a local disk from opening."""
    text = str(path)
    if is_unc(text):
        return True
    try:
        if sys.platform == "win32":
            return _windows_remote(Path(text))
        if sys.platform == "darwin":
            return _macos_file_system(_existing(Path(text))) in MACOS_NETWORK_FILE_SYSTEMS
        return linux_file_system(Path(text), mounts) in NETWORK_FILE_SYSTEMS
    except (OSError, ValueError, AttributeError) as e:
        log.info("cannot tell whether %s is in a network folder: %s", text, e)
        return False


def _existing(path: Path) -> Path:
    """The path itself or, for a file not made yet, the nearest folder above it that exists."""
    path = path.expanduser().absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def linux_file_system(path: Path, mounts: Path = Path("/proc/mounts")) -> str:
    """The type of the file system a path is on ("ext4", "nfs4", "fuse.sshfs"), from the mount
    table: the mount point that is the longest prefix of the path wins. "" if unknown."""
    target = os.path.realpath(_existing(path))
    best, kind = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _unescape_mount(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    anchor = path.expanduser().absolute().anchor
    if not anchor:
        return False
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return bool(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor)) == _DRIVE_REMOTE)


class _MacStatfs(ctypes.Structure):  # pragma: no cover - macOS only (struct statfs, 64-bit inodes)
    _fields_ = [
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    ]


def _macos_file_system(path: Path) -> str:  # pragma: no cover - macOS only
    libc = ctypes.CDLL(None, use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    result = _MacStatfs()
    if statfs(os.fsencode(str(path)), ctypes.byref(result)) != 0:
        raise OSError(ctypes.get_errno(), "statfs failed")
    return bytes(result.f_fstypename).split(b"\0", 1)[0].decode("ascii", "replace")

"""A book in a network folder is refused with the reason and the way to share a book (PostgreSQL),
whether it is named by a UNC path or lives on a network file system."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from retention_desktop.db import open_database
from retention_desktop.errors import NetworkBook
from retention_desktop.network import is_network_path, is_unc, linux_file_system

MAIN = Path(__file__).resolve().parent.parent / "main.py"


@pytest.mark.parametrize(
    ("text", "unc"),
    [
        (r"\\server\share\book.sqlite3", True),
        (r"\\192.168.1.10\shop\retention.sqlite3", True),
        (r"\\?\UNC\server\share\book.sqlite3", True),
        (r"\\?\C:\Shop\book.sqlite3", False),
        (r"C:\Shop\book.sqlite3", False),
        ("/home/owner/book.sqlite3", False),
        ("book.sqlite3", False),
        ("//server/share/book.sqlite3", sys.platform == "win32"),
    ],
)
def test_unc_paths_are_told(text: str, unc: bool) -> None:
    assert is_unc(text) is unc
    if unc:
        assert is_network_path(text)


def _mounts(tmp_path: Path, *lines: str) -> Path:
    table = tmp_path / "mounts"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def test_a_folder_on_a_network_file_system_is_told_from_the_mount_table(tmp_path: Path) -> None:
    shop = tmp_path / "mnt" / "shop share"
    (shop / "sub").mkdir(parents=True)
    local = tmp_path / "mnt" / "shop sharp"
    local.mkdir()
    (tmp_path / "ssh").mkdir()  # mount points exist
    (tmp_path / "nfs").mkdir()
    escaped = str(shop).replace(" ", "\\040")
    table = _mounts(
        tmp_path,
        "/dev/vda / ext4 rw,relatime 0 0",
        f"//nas/shop {escaped} cifs rw,vers=3.0 0 0",
        f"owner@host:/srv {tmp_path / 'ssh'} fuse.sshfs rw 0 0",
        f"nas:/export {tmp_path / 'nfs'} nfs4 rw 0 0",
    )
    assert linux_file_system(shop / "sub" / "book.sqlite3", table) == "cifs"  # a new file, in a folder there
    assert is_network_path(shop / "book.sqlite3", mounts=table)
    assert is_network_path(tmp_path / "ssh" / "book.sqlite3", mounts=table)
    assert is_network_path(tmp_path / "nfs" / "deep" / "book.sqlite3", mounts=table)
    assert not is_network_path(local / "book.sqlite3", mounts=table)  # a name that only starts alike
    assert linux_file_system(local, table) == "ext4"
    assert not is_network_path(tmp_path / "book.sqlite3", mounts=tmp_path / "no such table")


@pytest.mark.skipif(sys.platform != "linux", reason="the mount table of Linux")
def test_this_machines_own_disk_is_local(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "book.sqlite3")


def test_a_unc_book_is_refused_with_the_right_reason(tmp_path: Path) -> None:
    with pytest.raises(NetworkBook) as caught:
        open_database(r"\\server\share\book.sqlite3")
    message = str(caught.value)
    assert "network folder" in message and "PostgreSQL" in message
    assert r"\\server\share\book.sqlite3" in message
    assert "not a Retention Desktop database" not in message
    assert not list(Path.cwd().glob("*server*"))  # no file made under a mangled name


def test_the_command_line_says_so_too(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(MAIN), "--db", r"\\server\share\book.sqlite3", "--lang", "en", "demo", "--customers", "3"],
        cwd=tmp_path,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "network folder" in done.stderr and "PostgreSQL" in done.stderr
    assert "Traceback" not in done.stderr
    assert not any(p.suffix == ".sqlite3" for p in tmp_path.rglob("*"))

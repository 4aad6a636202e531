"""A command run with its standard error on a pseudo-terminal (what a person at a terminal sees),
its standard output piped: for the lines that long commands write only to a terminal; or with its
standard output on one, for what a command prints differently for a person."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


def run_on_terminal(command: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 120) -> tuple[int, str, str]:
    """(exit code, what went to the terminal, what went to standard output)."""
    pty = pytest.importorskip("pty")  # the standard library's, on the systems that have terminals
    master, terminal = pty.openpty()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    said = _read_all(master)
    out, _ = process.communicate(timeout=timeout)
    os.close(master)
    return process.returncode, said.decode(), out.decode()


def run_with_output_on_terminal(command: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 120) -> tuple[int, str]:
    """(exit code, what the command's standard output showed on a terminal, lines ending in \\n)."""
    pty = pytest.importorskip("pty")
    master, terminal = pty.openpty()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=terminal)
    os.close(terminal)
    shown = _read_all(master)
    code = process.wait(timeout=timeout)
    os.close(master)
    return code, shown.decode().replace("\r\n", "\n")


def _read_all(master: int) -> bytes:
    """Everything written to a pseudo-terminal until the command closes its end."""
    read = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the command has closed its end
            break
        if not chunk:
            break
        read += chunk
    return read

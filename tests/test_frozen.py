"""The built program (tools/build.py, PyInstaller) works as the checkout does, on a PC without a
time-zone database: a demo book, the follow-ups due, an invoice byte for byte as `python main.py`
prints it, a batch of kits drawn by helper processes, the window in Arabic. Builds it first (about
two minutes; PyInstaller comes with the test tools)."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "main.py"

pytestmark = pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed: pip install -e '.[build]'")


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        # The work folder is kept in build/, as tools/build.py keeps its own: a second build takes half the time.
        [sys.executable, str(ROOT / "tools" / "build.py"), "--no-archive", "--dist", str(dist), "--work", str(ROOT / "build" / "test-pyinstaller")],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-5000:]
    folder = dist / "RetentionDesktop"
    assert (folder / "RetentionDesktop").exists() or (folder / "RetentionDesktop.exe").exists()
    return folder


def environment(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONTZPATH="",  # no system time-zone database, as on Windows: Asia/Riyadh comes from the bundled tzdata
    )
    return env


def run(command: list[str], tmp_path: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=tmp_path, env=environment(tmp_path), capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def test_the_built_program_does_what_the_checkout_does(program: Path, tmp_path: Path) -> None:
    cli = str(program / ("retention-desktop.exe" if os.name == "nt" else "retention-desktop"))
    book = str(tmp_path / "demo.sqlite3")

    made = run([cli, "--db", book, "--lang", "en", "demo", "--customers", "60"], tmp_path)
    assert made.returncode == 0, made.stderr
    assert "60 demo customers" in made.stdout

    due = run([cli, "--db", book, "--lang", "ar", "due"], tmp_path)
    assert due.returncode == 0, due.stderr
    from_source = run([sys.executable, str(MAIN), "--db", book, "--lang", "ar", "due"], tmp_path)
    assert due.stdout == from_source.stdout and due.stdout.strip(), due.stdout

    with sqlite3.connect(book) as connection:
        (number,) = connection.execute("SELECT number FROM invoices ORDER BY id LIMIT 1").fetchone()
    frozen_pdf, source_pdf = tmp_path / "frozen.pdf", tmp_path / "source.pdf"
    assert run([cli, "--db", book, "--lang", "ar", "invoice", number, "--out", str(frozen_pdf)], tmp_path).returncode == 0
    assert run([sys.executable, str(MAIN), "--db", book, "--lang", "ar", "invoice", number, "--out", str(source_pdf)], tmp_path).returncode == 0
    assert frozen_pdf.read_bytes() == source_pdf.read_bytes()

    kits = tmp_path / "kits"
    kits.mkdir()
    batch = run([cli, "--db", book, "--lang", "ar", "kit", "--new-since", "2000-01-01", "--out-dir", str(kits)], tmp_path)
    assert batch.returncode == 0, batch.stderr
    assert len(list(kits.glob("*.pdf"))) >= 40  # enough for two helper processes (kit_batch.PARALLEL_FROM)

    gui = str(program / ("RetentionDesktop.exe" if os.name == "nt" else "RetentionDesktop"))
    started = run([gui, "--db", book, "--lang", "ar", "--report-startup"], tmp_path, timeout=120)
    assert started.returncode == 0, started.stderr
    report = json.loads(started.stdout.strip().splitlines()[-1])
    assert report["title"].startswith("الاحتفاظ بالعملاء"), report
    assert report["rows"] > 0  # Today, filled

    logged = (tmp_path / "state" / "RetentionDesktop" / "log" / "retention-desktop.log").read_text(encoding="utf-8")
    for trouble in ("ERROR", "not found", "other processes failed", "Traceback"):
        assert trouble not in logged, logged[-5000:]

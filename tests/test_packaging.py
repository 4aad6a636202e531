"""The wheel carries everything the program reads at run time: installed from it, away from the
checkout, the program starts in Arabic on a new book."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # From a copy: setuptools builds in the source's build/ folder, where a file since removed would
    # still be, and would go into the wheel.
    source = tmp_path_factory.mktemp("source") / "retention-desktop"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".mypy_cache", ".pytest_cache", ".hypothesis"))
    # No build isolation: setuptools comes with the test tools, so this needs no registry.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=out,
    )
    (found,) = out.glob("retention_desktop-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its dependencies (PySide6 and the
    rest, 400 MB) are lent by the test environment through a .pth line rather than installed again.
    The test environment's own .pth files, the editable install among them, are not read there."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], check=True, capture_output=True, text=True
    ).stdout.strip()
    Path(purelib, "lent-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return venv


def environment(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return env


def test_the_wheel_holds_the_run_time_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "resources/translations/retention_ar.qm",
        "resources/translations/retention_en.qm",
        "resources/app/retention-desktop.svg",
        "resources/kit/ar.toml",
        "retention_desktop/migrations/env.py",
        "retention_desktop/pdf/amiri/Amiri-Regular.ttf",
    ):
        assert needed in names, needed
    versions = {name for name in names if name.startswith("retention_desktop/migrations/versions/") and name.endswith(".py")}
    in_checkout = {f"retention_desktop/migrations/versions/{p.name}" for p in (ROOT / "retention_desktop/migrations/versions").glob("*.py")}
    assert versions == in_checkout
    packages = {str(p.parent.relative_to(ROOT)).replace(os.sep, "/") for top in ("retention_desktop", "ui", "resources") for p in (ROOT / top).rglob("*.py")}
    for package in packages:
        assert any(name.startswith(package + "/") for name in names), f"{package} is not in the wheel: add it to pyproject.toml"


def test_the_installed_program_starts_in_arabic_on_a_new_book(installed: Path, tmp_path: Path) -> None:
    scripts = installed / ("Scripts" if os.name == "nt" else "bin")
    program = scripts / ("retention-desktop.exe" if os.name == "nt" else "retention-desktop")
    env = environment(tmp_path)
    where = subprocess.run(
        [str(scripts / ("python.exe" if os.name == "nt" else "python")), "-c", "import main, ui.language, retention_desktop; print(main.__file__, ui.language.TRANSLATIONS, retention_desktop.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )
    assert where.returncode == 0, where.stderr
    assert str(ROOT) not in where.stdout and str(installed) in where.stdout, where.stdout  # the wheel's files, not the checkout's

    book = tmp_path / "new book.sqlite3"
    started = subprocess.run(
        [str(program), "--db", str(book), "--lang", "ar", "--report-startup"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr
    report = json.loads(started.stdout.strip().splitlines()[-1])
    assert report["title"].startswith("الاحتفاظ بالعملاء"), report
    assert book.stat().st_size > 0

    due = subprocess.run([str(program), "--db", str(book), "--lang", "ar", "due", "--date", "2026-01-01"], cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert due.returncode == 0, due.stderr.decode("utf-8", "replace")
    missing = subprocess.run([str(program), "--db", str(tmp_path / "none.sqlite3"), "--lang", "ar", "due"], cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert missing.returncode == 2
    assert "قاعدة بيانات" in missing.stderr.decode("utf-8"), missing.stderr.decode("utf-8", "replace")

    logged = (tmp_path / "state" / "RetentionDesktop" / "log" / "retention-desktop.log").read_text(encoding="utf-8")
    assert "not found" not in logged and "ERROR" not in logged, logged


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux .tar.gz's scripts")
def test_linux_install_puts_the_program_in_the_menu_and_uninstall_keeps_the_book(tmp_path: Path) -> None:
    """What the .tar.gz carries beside the program (tools/build.py copies them): install.sh writes
    the menu entry pointing at the unpacked folder, uninstall.sh takes it away and leaves the book."""
    folder = tmp_path / "Applications" / "Retention Desktop"
    (folder / "icons").mkdir(parents=True)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        (folder / "icons" / f"{size}.png").write_bytes(b"png")
    for name in ("install.sh", "uninstall.sh", "retention-desktop.desktop"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, folder / name)
    home = tmp_path / "home"
    (home / "Desktop").mkdir(parents=True)
    book = home / ".local" / "share" / "RetentionDesktop" / "retention.sqlite3"
    book.parent.mkdir(parents=True)
    book.write_bytes(b"the owner's book")
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}

    subprocess.run(["sh", str(folder / "install.sh")], env=env, check=True, capture_output=True, timeout=60)
    entry = home / ".local" / "share" / "applications" / "retention-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{folder}/RetentionDesktop"' in text and "Icon=retention-desktop" in text
    assert (home / "Desktop" / "retention-desktop.desktop").exists()
    assert (home / ".local/share/icons/hicolor/256x256/apps/retention-desktop.png").exists()

    subprocess.run(["sh", str(folder / "uninstall.sh")], env=env, check=True, capture_output=True, timeout=60)
    assert not entry.exists() and not (home / "Desktop" / "retention-desktop.desktop").exists()
    assert book.read_bytes() == b"the owner's book"

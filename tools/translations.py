"""Refresh translations/retention_ar.ts from the sources and compile it to .qm.

Run after changing any user-visible string:  .venv/bin/python -m tools.translations
Then translate what is new (Qt Linguist: .venv/bin/pyside6-linguist translations/retention_ar.ts)
and run it again to compile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "retention_ar.ts"
QM = ROOT / "translations" / "retention_ar.qm"
# English needs only its plural forms ("1 invoice", "2 invoices"): the sources are English already.
TS_EN = ROOT / "translations" / "retention_en.ts"
QM_EN = ROOT / "translations" / "retention_en.qm"


def sources() -> list[Path]:
    """Every Python file whose strings the user can see."""
    return [ROOT / "main.py", *sorted((ROOT / "ui").glob("*.py")), *sorted((ROOT / "retention_desktop").rglob("*.py"))]


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel, next to the running Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def update(ts: Path = TS, *, language: str = "ar") -> None:
    """Add new strings to `ts` and drop removed ones, keeping every translation. For English,
    only the strings with plural forms."""
    options = ["-pluralonly"] if language == "en" else []
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts), "-source-language", "en", "-target-language", language, "-no-obsolete", "-locations", "none", *options],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


if __name__ == "__main__":
    update()
    compile_qm()
    update(TS_EN, language="en")
    compile_qm(TS_EN, QM_EN)
    for path in (TS, QM, TS_EN, QM_EN):
        print(f"updated {path.relative_to(ROOT)}")

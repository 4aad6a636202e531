"""Refresh translations/retention_ar.ts from the sources and compile it to resources/translations/*.qm
(package data: the program loads the .qm; the .ts sources stay out of the package).

Run after changing any user-visible string:  .venv/bin/python -m tools.translations
Then translate what is new (Qt Linguist: .venv/bin/pyside6-linguist translations/retention_ar.ts)
and run it again to compile.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "retention_ar.ts"
QM = ROOT / "resources" / "translations" / "retention_ar.qm"
# English needs only its plural forms ("1 invoice", "2 invoices"): the sources are English already.
TS_EN = ROOT / "translations" / "retention_en.ts"
QM_EN = ROOT / "resources" / "translations" / "retention_en.qm"


def sources() -> list[Path]:
    """Every Python file whose strings the user can see."""
    return [ROOT / "main.py", *sorted((ROOT / "retention_cli").glob("*.py")), *sorted((ROOT / "ui").glob("*.py")), *sorted((ROOT / "retention_desktop").rglob("*.py"))]


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel, next to the running Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def counted_translations(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(context, text, disambiguation) of every `translate(context, text, None, n)` call: a message with plural
    forms outside a widget (the core's i18n.translate, QCoreApplication.translate)."""
    found: list[tuple[str, str, str]] = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            context, text, comment = node.args[0], node.args[1], node.args[2]
            if name == "translate" and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                said = comment.value if isinstance(comment, ast.Constant) and isinstance(comment.value, str) else ""
                if isinstance(context.value, str) and isinstance(text.value, str) and (context.value, text.value, said) not in found:
                    found.append((context.value, text.value, said))
    return found


def _counted_declarations(folder: Path) -> Path:
    """A file that says again, in the one form every lupdate reads as a message with plural forms
    (`self.tr(text, "", n)` in a class named as the context), what `translate(context, text,
    None, n)` says: the lupdate of some PySide6 releases (6.11) reads the latter as a plain
    message. Given to lupdate first, it decides the message's kind."""
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, text, comment in counted_translations(sources()):
        by_context.setdefault(context, []).append((text, comment))
    lines = []
    for context, texts in by_context.items():
        if not context.isidentifier():
            raise SystemExit(f"translation context {context!r} is not a Python name; lupdate cannot be told its plurals")
        lines += [f"class {context}:", "    def _(self, n):"]
        lines += [f"        self.tr({text!r}, {comment!r}, n)" for text, comment in texts]
    path = folder / "counted.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update(ts: Path = TS, *, language: str = "ar") -> None:
    """Add new strings to `ts` and drop removed ones, keeping every translation. For English,
    only the strings with plural forms."""
    options = ["-pluralonly"] if language == "en" else []
    with tempfile.TemporaryDirectory(prefix="lupdate-") as folder:
        counted = _counted_declarations(Path(folder))
        subprocess.run(
            [tool("pyside6-lupdate"), str(counted), *map(str, sources()), "-ts", str(ts), "-source-language", "en", "-target-language", language, "-no-obsolete", "-locations", "none", *options],
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

"""The compiled translations read without Qt (retention_desktop.translations), as the command line uses
them: the same translation as Qt's QTranslator for every message and count, and the language the
user chose in the program's settings."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from resources import TRANSLATIONS
from retention_desktop.translations import TranslationFile, TranslationFileError
from retention_desktop.i18n import LANGUAGES
from retention_desktop.db import open_database

REPO = Path(__file__).resolve().parent.parent
COUNTS = [*range(0, 230), 1000, 1001, 1002, 1003, 1011, 1099, 1100, 1_000_000, 2_000_011]


def messages(language: str) -> list[tuple[str, str, bool]]:
    """(context, source, numerus) of every message without a disambiguation in the .ts source."""
    root = ET.parse(REPO / "translations" / f"retention_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("comment") is None:
                found.append((name, message.findtext("source") or "", message.get("numerus") == "yes"))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_and_count_reads_as_qt_reads_it(language: str) -> None:
    ours = TranslationFile.load(TRANSLATIONS / f"retention_{language}.qm")
    qt = QTranslator()
    assert qt.load(f"retention_{language}", str(TRANSLATIONS))
    listed = messages(language)
    numerus = [m for m in listed if m[2]]
    # The whole program's messages, not an empty file (the English one holds only plural forms).
    assert len(numerus) > 50 and len(listed) > (1000 if language == "ar" else 50)
    translated = 0
    for context, source, is_numerus in listed:
        for n in COUNTS if is_numerus else [-1]:
            # QCoreApplication.translate puts the count in place of %n; QTranslator leaves that to it.
            expected = qt.translate(context, source, None, n) or source
            expected = expected.replace("%n", str(n)) if n >= 0 else expected
            assert ours.translate(context, source, n) == expected, (context, source, n)
        translated += ours.find(context, source, 1 if is_numerus else -1) is not None
    if language == "ar":
        assert translated == len(listed)  # the Arabic translation is complete
    assert ours.language == language


def test_arabic_plural_forms_follow_the_count() -> None:
    ours = TranslationFile.load(TRANSLATIONS / "retention_ar.qm")
    assert [ours.plural_form(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000)] == [0, 1, 2, 3, 3, 4, 4, 5, 5, 5, 3, 4, 5]
    english = TranslationFile.load(TRANSLATIONS / "retention_en.qm")
    assert [english.plural_form(n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]


def test_a_file_that_is_not_a_translation_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranslationFileError):
        TranslationFile(b"not a translation at all")
    whole = (TRANSLATIONS / "retention_ar.qm").read_bytes()
    with pytest.raises(TranslationFileError):
        TranslationFile(whole[: len(whole) // 2])


def run(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    command = [sys.executable, "-c", code] if code else [sys.executable, "main.py", *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_the_command_line_reads_the_preferences_file_qt_writes(tmp_path: Path) -> None:
    done = run(
        tmp_path,
        "from ui.preferences import Preferences; from retention_cli.language import preferences_file;"
        "p = Preferences(); print(p._settings.fileName()); print(preferences_file())",
    )
    assert done.returncode == 0, done.stderr
    qt_path, our_path = done.stdout.splitlines()
    assert Path(qt_path) == Path(our_path) and str(tmp_path) in qt_path


@pytest.mark.parametrize(("chosen", "expected"), [("en", "Nothing is due on"), ("ar", "لا توجد متابعات مستحقة"), (None, "لا توجد متابعات مستحقة")])
def test_a_command_speaks_the_language_chosen_in_the_program(tmp_path: Path, chosen: str | None, expected: str) -> None:
    open_database(tmp_path / "book.sqlite3").close()
    if chosen is not None:
        done = run(tmp_path, f"from ui.preferences import Preferences; Preferences().language = {chosen!r}")
        assert done.returncode == 0, done.stderr
    done = run(tmp_path, "", "--db", str(tmp_path / "book.sqlite3"), "due")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(expected), done.stdout
    # And --lang still decides over the settings.
    other = "ar" if chosen == "en" else "en"
    done = run(tmp_path, "", "--db", str(tmp_path / "book.sqlite3"), "--lang", other, "due")
    assert done.stdout.startswith("Nothing is due on" if other == "en" else "لا توجد متابعات مستحقة"), done.stdout


def test_a_command_does_not_load_qt(tmp_path: Path) -> None:
    """The point of reading the translations ourselves: `due` and `invoice` never import Qt."""
    open_database(tmp_path / "book.sqlite3").close()
    code = (
        "import sys, runpy; sys.argv = ['main.py', '--db', %r, 'due'];"
        "import main; rc = main.main(sys.argv[1:]);"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    ) % str(tmp_path / "book.sqlite3")
    done = run(tmp_path, code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"

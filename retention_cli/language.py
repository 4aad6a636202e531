"""The command line's language, without Qt: the user's choice from the GUI's preferences file, and
the compiled translations read by retention_desktop.translations.

The windows keep their preferences with QSettings (ui/preferences.py), in an INI file; a command
reads the one entry it needs, the language, from that same file. Only `--lang` or that entry
decides: the same as `ui.language.start_core_application` did, a tenth of a second sooner.
"""

from __future__ import annotations

import configparser
import logging
import os
import sys
from functools import cache
from pathlib import Path

from resources import TRANSLATIONS
from retention_desktop import APP_NAME
from retention_desktop.translations import TranslationFile, TranslationFileError
from retention_desktop.i18n import Translator, set_translator, set_translator_factory

from retention_cli import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)


def preferences_file() -> Path:
    """Where QSettings keeps ui.preferences.Preferences (INI format, user scope): the folder of
    Qt's qsettings.cpp make_user_path() — the roaming AppData on Windows, XDG_CONFIG_HOME when it is
    an absolute path and ~/.config otherwise on Linux, ~/.config on macOS."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        if sys.platform == "darwin" or not xdg:
            base = Path.home() / ".config"
        elif xdg.startswith("/"):
            base = Path(xdg)
        else:
            base = Path.home() / xdg
    return base / APP_NAME / "preferences.ini"


def preferred_language() -> str:
    """The language chosen in the program's settings on this PC; Arabic when none is, or the file
    cannot be read."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(preferences_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error) as e:
        log.warning("the preferences could not be read: %s", e)
        return DEFAULT_LANGUAGE
    value = parser.get("General", "language", fallback=DEFAULT_LANGUAGE).strip()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


@cache
def translation_file(language: str) -> TranslationFile | None:
    """That language's compiled translation, read once; None (the English source) when it is
    missing or damaged, which is logged."""
    path = TRANSLATIONS / f"retention_{language}.qm"
    try:
        return TranslationFile.load(path)
    except (OSError, TranslationFileError) as e:
        log.error("translation %s could not be read: %s", path, e)
        return None


def _translator(language: str) -> Translator:
    found = translation_file(language)
    if found is None:
        return lambda context, text, n: text.replace("%n", str(n)) if n >= 0 else text
    return lambda context, text, n: found.translate(context, text, n)


def start_command_language(language: str | None) -> str:
    """Translate the core's messages into `language` (the preference when None) for this command,
    and documents into any other language asked for; returns the language used."""
    language = language or preferred_language()
    set_translator(_translator(language))
    set_translator_factory(_translator)
    return language

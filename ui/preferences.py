"""This PC's preferences (language, window layout, where printed documents go, the books opened lately), kept with QSettings, each declared once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from retention_desktop import APP_NAME
from retention_desktop.db import is_url
from retention_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

RECENT_BOOKS = 8


class Preferences:
    """Typed access to the preferences of this PC (the shop's own settings live in the database)."""

    def __init__(self) -> None:
        self._settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "preferences")

    @property
    def language(self) -> str:
        value = self._settings.value("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._settings.setValue("language", value)

    @property
    def documents_folder(self) -> str:
        """The folder printed invoices and credit notes are written to; "" until the user chose one."""
        value = self._settings.value("documentsFolder", "")
        return value if isinstance(value, str) else ""

    @documents_folder.setter
    def documents_folder(self, value: str) -> None:
        self._settings.setValue("documentsFolder", value)

    # -- the books opened on this PC (File → Open recent) ------------------------------------------
    @property
    def recent_books(self) -> list[str]:
        """The books opened on this PC, the latest first (at most RECENT_BOOKS)."""
        value = self._settings.value("recentBooks", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            value = [value]
        return [v for v in value if isinstance(v, str) and v][:RECENT_BOOKS] if isinstance(value, list) else []

    def add_recent_book(self, path: str) -> None:
        """Put a book first in the list of recent ones."""
        books = [path] + [b for b in self.recent_books if b != path]
        self._settings.setValue("recentBooks", books[:RECENT_BOOKS])

    def last_book(self) -> str | None:
        """The book to open at start when none is named: the one open last, a file that is still
        there or a database server (whose address is tried: a server that does not answer is said
        so at start). None: the usual book in the data folder."""
        for book in self.recent_books:
            if is_url(book) or Path(book).is_file():
                return book
            return None  # the last one is gone (a USB stick not plugged in): not an older one
        return None

    def forget_recent_book(self, path: str) -> None:
        self._settings.setValue("recentBooks", [b for b in self.recent_books if b != path])

    def layout(self, name: str) -> QByteArray | None:
        """A saved geometry or state (window, splitter, table header), None if never saved."""
        value = self._settings.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{name}", value)

    def sync(self) -> None:
        self._settings.sync()

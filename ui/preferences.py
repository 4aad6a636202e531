"""This PC's preferences (language, window layout), kept with QSettings, each declared once."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from retention_desktop import APP_NAME

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


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

    def layout(self, name: str) -> QByteArray | None:
        """A saved geometry or state (window, splitter, table header), None if never saved."""
        value = self._settings.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_layout(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{name}", value)

    def sync(self) -> None:
        self._settings.sync()

"""What every screen shares: the open database, preferences, formats and one "changed" signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from retention_desktop.clock import shop_zone
from retention_desktop.db import Database
from retention_desktop.settings import DEFAULT_COUNTRY, get_setting

from ui.formatting import Formatter
from ui.preferences import Preferences


class AppContext(QObject):
    """Emits `changed` once after each user action; every screen answers by refreshing itself."""

    changed = Signal()
    # An invoice was issued (its id): the main window runs the follow-up rules again, so that a
    # first purchase gets its satisfaction call without waiting for tomorrow.
    invoice_issued = Signal(int)

    def __init__(self, *, db: Database, preferences: Preferences, language: str) -> None:
        super().__init__()
        self.db = db
        self.preferences = preferences
        self.language = language
        self.country = get_setting(db, DEFAULT_COUNTRY)
        self.format = Formatter(language, self.country, shop_zone(db))

    def settings_changed(self) -> None:
        """Call after the shop's settings were saved, so formats follow them."""
        self.country = get_setting(self.db, DEFAULT_COUNTRY)
        self.format = Formatter(self.language, self.country, shop_zone(self.db))
        self.changed.emit()

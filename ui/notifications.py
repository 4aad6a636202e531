"""Desktop notifications: how many follow-ups are due, in the system tray, when there is one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from retention_desktop.clock import shop_now
from retention_desktop.db import Database
from retention_desktop.followups import count_due

from ui import style
from ui.formatting import Formatter

MESSAGE_MS = 10_000


class DueWatcher(QObject):
    """Counts the follow-ups that are due (overdue, or due today and their time has come) and
    `announce`s the count at the first check and whenever it rises after that.

    The user's own changes (scheduling something for today) are taken in quietly with `take_in`,
    so only follow-ups that become due as time passes are announced.
    """

    announce = Signal(int)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._last: int | None = None
        self._checked_at: datetime | None = None

    @property
    def due(self) -> int | None:
        """The count at the last check; None before the first."""
        return self._last

    def _count(self, moment: datetime) -> int:
        return count_due(self._db, on=moment.date(), now=moment.time())

    def check(self, now: datetime | None = None) -> int:
        """Count now; announce at the first check (if anything is due) and when the count rose."""
        moment = shop_now(self._db, now)
        count = self._count(moment)
        if (self._last is None and count > 0) or (self._last is not None and count > self._last):
            self.announce.emit(count)
        self._last, self._checked_at = count, moment
        return count

    def take_in(self) -> None:
        """After a change by the user: count again as of the last check, without announcing."""
        if self._checked_at is not None:
            self._last = self._count(self._checked_at)


class TrayNotifier(QObject):
    """The tray icon and its messages; `open_today` when the user clicks either. Does nothing where
    the desktop has no system tray."""

    open_today = Signal()
    quit_requested = Signal()

    def __init__(self, watcher: DueWatcher, formatter: Formatter, window: QWidget) -> None:
        super().__init__(window)
        self._format = formatter
        self.tray: QSystemTrayIcon | None = None
        self.last_message = ""
        watcher.announce.connect(self.show_due)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(style.app_icon(), self)
        self.tray.setToolTip(self.tr("Retention Desktop"))
        menu = QMenu(window)
        show = QAction(self.tr("Show Today"), menu)
        show.triggered.connect(self.open_today)
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self.open_today)
        self.tray.activated.connect(self._activated)
        self.tray.show()

    def due_text(self, count: int) -> str:
        return self.tr("Follow-ups due today: %n", "", count).replace(str(count), self._format.number(count))

    def show_due(self, count: int) -> None:
        self.last_message = self.due_text(count)
        if self.tray is not None:
            self.tray.setToolTip(self.last_message)
            self.tray.showMessage(
                self.tr("Retention Desktop"), self.last_message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_today.emit()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

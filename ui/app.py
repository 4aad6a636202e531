"""Application start-up: translators, layout direction, error reporting and the main window."""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from retention_desktop.errors import UserError

from ui import ops, style
from ui.buttons import name_buttons
from ui.language import install_translators, name_application, start_core_application
from ui.preferences import Preferences

__all__ = ["install_translators", "report_unexpected", "run_gui", "start_core_application"]

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

def report_unexpected(log_path: Path | None) -> None:
    """Replace Python's traceback print-out: log it, and tell the user politely.

    Actions the user starts go through ui/ops.py, which shows their problems where they were
    started; this catches the rest (a list read again after a change, say). A UserError there is
    a problem of the book or the disk, shown with its own message; anything else is a fault of the
    program, logged with its traceback.
    """
    ops.set_log_path(log_path)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, UserError):
            log.warning("problem outside an action: %r", error)
            title, text, icon = ops.unexpected_title(), str(error), QMessageBox.Icon.Warning
        else:
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
            title, text, icon = ops.unexpected_title(), ops.unexpected_text(), QMessageBox.Icon.Critical
        if QApplication.instance() is None:
            return
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
        name_buttons(box)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name in the text is not markup
        box.exec()

    sys.excepthook = hook


def run_gui(*, db_target: str | None, lang: str | None, log_path: Path | None, report_startup: bool) -> int:
    from retention_desktop.db import default_database_path

    from ui.books import BookKeeper

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    name_application(app)
    preferences = Preferences()
    language = lang or preferences.language
    install_translators(app, language)
    style.apply(app)
    app.setWindowIcon(style.app_icon())  # every window's, and the tray's
    report_unexpected(log_path)

    # The book is opened (a damaged one offers its backups, a PIN is asked) and kept by the keeper,
    # which also switches to another book and restores one (File menu).
    keeper = BookKeeper(preferences, language)
    # The book named on the command line, else the one open last (a file, or a shop's server), else
    # the usual one in the data folder.
    usual = default_database_path()
    remembered = None if db_target else preferences.last_book()
    instead = usual if remembered is not None and remembered != str(usual) else None
    window = keeper.start(db_target or remembered or usual, instead=instead)
    if window is None:
        return 2
    # main() started without the garbage collector (see there): on again once the window is up,
    # with what the start made (modules, classes, the window) frozen: kept out of its walks.
    QTimer.singleShot(0, _collect_from_now_on)
    if report_startup:
        QTimer.singleShot(0, lambda: _report_startup(window))
    code = app.exec()
    keeper.shutdown()  # the follow-up rules may still be running: never close the book under them
    return code


def _collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()


def _core_imported_after_qt() -> list[str]:
    """The modules of the core and its libraries first imported after PySide6 (sys.modules keeps
    the order of first imports): main.import_core_before_qt says why there should be none at start."""
    names = list(sys.modules)
    qt = names.index("PySide6")
    return [name for name in names[qt:] if name.split(".")[0] in ("retention_desktop", "sqlalchemy", "phonenumbers", "babel")]


def _report_startup(window: MainWindow) -> None:
    """For bench/: print when the window was shown, how many rows it has, and the memory used."""
    QCoreApplication.processEvents()
    rss_mb = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss_mb = int(line.split()[1]) / 1024
    except OSError:
        pass
    report = {
        "window_shown": time.time(),
        # The processor time the start took (user and system, every thread of the process): on a
        # machine shared with other work it varies less than the wall clock does.
        "cpu_s": round(time.process_time(), 4),
        "rows": window.today.rows_shown(),
        # What the window needed before it showed: the ORM and the screens after Today come later.
        "orm_loaded": window.orm_loaded_at_show,
        "book_built": window.page_built("book"),
        "backups_loaded": "retention_desktop.backups" in sys.modules,  # loaded for the day's backup, later
        "rss_mb": round(rss_mb, 1),
        "title": window.windowTitle(),
        "core_after_qt": _core_imported_after_qt(),
        "collector_on": gc.isenabled(),
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    QCoreApplication.quit()

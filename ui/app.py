"""Application start-up: translators, layout direction, error reporting and the main window."""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox

from retention_desktop import APP_NAME, __version__
from retention_desktop.errors import UserError
from retention_desktop.i18n import set_translator

from ui import ops
from ui.preferences import Preferences

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

# Qt reads the layout direction from this entry of the translation: "RTL" in the Arabic one.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load Qt's own and our translations for `language`; English needs only its plural forms.

    Called once, before any window exists: the Arabic translation also switches the whole
    application to right to left.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        # Only the plural forms: "1 invoice" where the source says "%n invoices".
        plurals = QTranslator(app)
        if plurals.load("retention_en", str(TRANSLATIONS)):
            app.installTranslator(plurals)
            _installed.append(plurals)
        else:
            log.error("translation retention_en not found in %s", TRANSLATIONS)
    else:
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
        ours = QTranslator(app)
        if ours.load(f"retention_{language}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.error("translation retention_%s not found in %s", language, TRANSLATIONS)
    set_translator(lambda context, text, n: QCoreApplication.translate(context, text, None, n))


def _name_application(app: QCoreApplication) -> None:
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def start_core_application(language: str | None) -> QCoreApplication:
    """A window-less application for the command-line commands, translated like the GUI."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    _name_application(app)
    install_translators(app, language or Preferences().language)
    return app


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
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name in the text is not markup
        box.exec()

    sys.excepthook = hook


def run_gui(*, db_target: str | None, lang: str | None, log_path: Path | None, report_startup: bool) -> int:
    from retention_desktop.db import DatabaseError, default_database_path, open_database

    from ui.context import AppContext
    from ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    _name_application(app)
    preferences = Preferences()
    language = lang or preferences.language
    install_translators(app, language)
    report_unexpected(log_path)

    target = db_target or default_database_path()
    try:
        db = open_database(target)
    except DatabaseError as e:
        log.warning("cannot open %s: %s", target, e)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Errors", "The database cannot be opened"),
            str(e),
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("cannotOpenBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path in the text is not markup
        box.exec()
        return 2

    context = AppContext(db=db, preferences=preferences, language=language)
    window = MainWindow(context)
    window.show()
    if report_startup:
        QTimer.singleShot(0, lambda: _report_startup(window))
    code = app.exec()
    ops.finish_background_work()  # the follow-up rules may still be running: never close the book under them
    db.close()
    return code


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
        "rows": window.today.rows_shown(),
        # What the window needed before it showed: the ORM and the screens after Today come later.
        "orm_loaded": window.orm_loaded_at_show,
        "book_built": window.page_built("book"),
        "rss_mb": round(rss_mb, 1),
        "title": window.windowTitle(),
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    QCoreApplication.quit()

"""The program's language: Qt's translators and ours, installed once, for the windows and the command line alike."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, QT_TRANSLATE_NOOP

from resources import TRANSLATIONS
from retention_desktop import APP_NAME, __version__
from retention_desktop.i18n import Translator, set_translator, set_translator_factory

from ui.preferences import Preferences

log = logging.getLogger(__name__)


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
    set_translator_factory(document_translator)


_documents: dict[str, QTranslator] = {}


def document_translator(language: str) -> Translator:
    """Our translation into `language`, apart from the program's: for a document printed in another
    language than the windows speak (a kit in English from the Arabic program). Loaded once."""
    translator = _documents.get(language)
    if translator is None:
        translator = QTranslator()
        if not translator.load(f"retention_{language}", str(TRANSLATIONS)):
            log.error("translation retention_%s not found in %s", language, TRANSLATIONS)
        _documents[language] = translator
    found = translator

    def translate(context: str, text: str, n: int) -> str:
        result = found.translate(context, text, None, n)
        if result:
            return result
        return text.replace("%n", str(n)) if n >= 0 else text

    return translate


def name_application(app: QCoreApplication) -> None:
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def start_core_application(language: str | None) -> QCoreApplication:
    """A window-less application for the command-line commands, translated like the GUI."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    name_application(app)
    install_translators(app, language or Preferences().language)
    return app

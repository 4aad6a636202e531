"""The Amiri typeface (SIL Open Font License 1.1, see fonts/OFL.txt), registered once with reportlab."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FOLDER = Path(__file__).resolve().parent / "fonts"
REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make "Amiri" and "Amiri-Bold" known to reportlab; only the first call reads the files.

    Amiri has Arabic letters with their presentation forms and Latin letters, so one face serves
    documents in both languages.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FOLDER / file)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


__all__ = ["BOLD", "FOLDER", "REGULAR", "register_fonts"]

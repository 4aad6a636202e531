"""The Amiri typeface (SIL Open Font License 1.1, see fonts/OFL.txt), registered once with reportlab."""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FOLDER = Path(__file__).resolve().parent / "fonts"
REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

_lock = threading.Lock()
_registered = False
log = logging.getLogger(__name__)
# Arabic presentation forms: the joined shapes (ـفـ, ﻻ) that pdf/arabic.py draws in place of letters.
_PRESENTATION_FORMS = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))


def _typed_letters(code: int) -> str:
    """What a glyph drawn for the character `code` stands for in the text as typed: a presentation
    form stands for its letter (ﻓ for ف). A ligature stands for its letters as drawn, right to
    left (ﻻ for ا then ل): viewers (pdfium in Chrome and Edge, pdf.js) take a line's text as drawn
    and turn its Arabic runs round, a ligature's letters with them, and so read لا."""
    char = chr(code)
    if any(code in forms for forms in _PRESENTATION_FORMS):
        letters: str = unicodedata.normalize("NFKC", char) or char
        return letters[::-1] if len(letters) > 1 else letters
    return char


def _to_unicode_cmap(name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, each glyph mapped to the letters typed."""
    cmap: str = ttfonts.makeToUnicodeCMap(name, subset)
    theirs = "\n".join("<%02X> <%04X>" % (i, v) for i, v in enumerate(subset))
    ours = "\n".join("<%02X> <%s>" % (i, _typed_letters(v).encode("utf-16-be").hex().upper()) for i, v in enumerate(subset))
    return cmap.replace(theirs, ours)


class SearchableFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font whose text in the PDF reads back as the letters typed.

    Arabic is drawn with presentation forms (reportlab does not shape), and reportlab's ToUnicode
    map says so: a reader searching the PDF for «فاتورة» would not find ﻓﺎﺗﻮﺭﺓ. Here each form is
    mapped back to its letter, so that text extraction, search and copy give what was typed.
    (A viewer still orders the letters of a line itself, by the Unicode bidi algorithm.)
    """

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            name = b"".join((ttfonts.SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is None or not hasattr(stream, "content"):
                log.warning("reportlab's ToUnicode map of %s was not found; the text reads as drawn", name)
                continue
            stream.content = _to_unicode_cmap(name, subset)


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
            pdfmetrics.registerFont(SearchableFont(name, str(FOLDER / file)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


__all__ = ["BOLD", "FOLDER", "REGULAR", "SearchableFont", "register_fonts"]

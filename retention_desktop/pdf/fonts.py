"""The Amiri typeface (SIL Open Font License 1.1, see amiri/OFL.txt), registered once with reportlab.

The faces are trimmed to the glyphs reportlab can draw (tools/trim_amiri.py): reportlab reads every
glyph's metrics when a process registers them."""

from __future__ import annotations

import logging
import threading
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

# Package data (a folder not named like this module: packagers refuse a data folder beside a module of its name).
FOLDER = Path(str(resources.files("retention_desktop.pdf") / "amiri"))
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


@lru_cache(maxsize=32)
def _to_unicode_cmap(name: str, subset: tuple[int, ...]) -> str:
    """reportlab's ToUnicode map of a font subset, each glyph mapped to the letters typed."""
    cmap: str = ttfonts.makeToUnicodeCMap(name, subset)
    theirs = "\n".join("<%02X> <%04X>" % (i, v) for i, v in enumerate(subset))
    ours = "\n".join("<%02X> <%s>" % (i, _typed_letters(v).encode("utf-16-be").hex().upper()) for i, v in enumerate(subset))
    return cmap.replace(theirs, ours)


class _Remembered:
    """The last results of a slow function of one hashable argument, for every thread."""

    def __init__(self, work: Callable[[Any], bytes], size: int = 24) -> None:
        self._work = work
        self._size = size
        self._kept: OrderedDict[Any, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, key: Any) -> bytes:
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                return found
        made = self._work(key)
        with self._lock:
            self._kept[key] = made
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return made


class _RememberedFlate:
    """reportlab's FlateDecode filter, remembering what it compressed: the same font subset goes
    into every kit of a batch, and compressing it again each time took a millisecond."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._compress = _Remembered(lambda data: zlib.compress(data), size=16)

    def encode(self, data: bytes | str) -> bytes:
        raw = data.encode("utf8") if isinstance(data, str) else data
        return self._compress(raw)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_FLATE = _RememberedFlate()


class SearchableFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font whose text in the PDF reads back as the letters typed.

    Arabic is drawn with presentation forms (reportlab does not shape), and reportlab's ToUnicode
    map says so: a reader searching the PDF for «فاتورة» would not find ﻓﺎﺗﻮﺭﺓ. Here each form is
    mapped back to its letter, so that text extraction, search and copy give what was typed.
    (A viewer still orders the letters of a line itself, by the Unicode bidi algorithm.)

    The subsets it embeds are remembered, made and compressed once for all the documents that use
    the same letters in the same order (see seed_common_glyphs).
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        make = type(self.face).makeSubset.__get__(self.face)  # reportlab's own, bound to this face
        # reportlab reads the font file by seeking in one shared buffer: two threads making subsets
        # of one face at once (a preview drawn while another document is) read each other's glyphs.
        lock = threading.Lock()

        def make_alone(subset: tuple[int, ...]) -> bytes:
            with lock:
                return bytes(make(list(subset)))

        remembered = _Remembered(make_alone)
        self.face.makeSubset = lambda subset: remembered(tuple(subset))

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        subsets = [tuple(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            name = b"".join((ttfonts.SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            font_file = doc.idToObject.get(f"fontFile:{self.face.filename}({name})")
            if font_file is not None and getattr(font_file, "filters", None):
                font_file.filters = [_FLATE]
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is None or not hasattr(stream, "content"):
                log.warning("reportlab's ToUnicode map of %s was not found; the text reads as drawn", name)
                continue
            stream.content = _to_unicode_cmap(name, subset)
            if getattr(stream, "filters", None):
                stream.filters = [_FLATE]


def common_glyphs(font: str) -> str:
    """The letters most Arabic documents use, beyond ASCII: the joined forms of the Arabic letters
    and the Arabic comma, semicolon and question mark, 128 of them, as many as fill the first
    subset reportlab embeds after its 128 ASCII codes."""
    face = pdmetrics_font(font).face
    wanted = [*range(0xFE80, 0xFEFD), 0x060C, 0x061B, 0x061F]
    return "".join(chr(code) for code in wanted if code in face.charToGlyph)[:128]


def pdmetrics_font(name: str) -> Any:
    return pdfmetrics.getFont(name)


def seed_common_glyphs(canvas: Any) -> None:
    """Give the common letters (common_glyphs) their codes first in this document, in a fixed
    order: every kit then embeds the same first subset of each font, made and compressed once
    (fonts are subset per document, in the order letters first appear)."""
    for name in (REGULAR, BOLD):
        pdmetrics_font(name).splitString(common_glyphs(name), canvas._doc)


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


__all__ = ["BOLD", "FOLDER", "REGULAR", "SearchableFont", "common_glyphs", "register_fonts", "seed_common_glyphs"]

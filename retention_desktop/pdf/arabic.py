"""Arabic and mixed text for reportlab: wrapping by measured width, letter shaping, bidi order, mirroring."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase.pdfmetrics import stringWidth

from retention_desktop.text import PDI
from retention_desktop.text import isolate_ltr as text_isolate_ltr

Direction = Literal["L", "R"]

NBSP = "\u00a0"
# Invisible characters that steer the bidi algorithm (and the joiners, which steer shaping); they are
# taken out once the line is shaped and in order: the font has no glyphs for the isolates.
BIDI_CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u061c\u200c\u200d")
_STRIP_CONTROLS = str.maketrans(dict.fromkeys(map(ord, BIDI_CONTROLS)))
_OPENING_ISOLATES = "\u2066\u2067\u2068"

# Harakat are kept: a name written with them prints as written. reportlab does not position marks,
# but Amiri's are drawn well without it (see to_visual). Only the lam-alef ligatures, which Arabic
# requires, are made; "الله" inside a name such as عبدالله stays in plain letters, not the ﷲ sign.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})

# Runs a reader takes as one left-to-right number although they hold spaces, dashes or slashes:
# phone numbers ("+966 55 123 4567"), dates ("2026-11-23", "23/11/2026"), amounts, references.
# Among Arabic words the bidi algorithm would print their groups in reverse order.
# A run that is part of a longer code ("INV-2026-001", "A15-20") is left to the letters it follows.
_NUMBER_RUN = re.compile(r"(?<![\w+])(?<!\w[-/.:,])[+\u2212-]?\d+(?:[ \-/.:,\u00a0]\d+)+(?!\w)(?![-/.:,]\w)")
_ISOLATED = re.compile(r"[\u2066\u2067\u2068][^\u2069]*\u2069")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")


def isolate_ltr(text: str) -> str:
    """Wrap `text` in a left-to-right isolate, its spaces made unbreakable: it prints as one run,
    in its own order, wherever it stands in Arabic text, and a line is never broken inside it."""
    return text_isolate_ltr(text.replace(" ", NBSP)) if text else text


def isolate_numbers(text: str) -> str:
    """Wrap each number-like run of `text` that has inner spaces, dashes or slashes (a phone number,
    a date) in a left-to-right isolate; runs already isolated are left alone."""

    def numbers(part: str) -> str:
        return _NUMBER_RUN.sub(lambda m: isolate_ltr(m.group()), part)

    pieces: list[str] = []
    last = 0
    for match in _ISOLATED.finditer(text):
        pieces.append(numbers(text[last : match.start()]))
        pieces.append(match.group())
        last = match.end()
    pieces.append(numbers(text[last:]))
    return "".join(pieces)


def strip_controls(text: str) -> str:
    return text.translate(_STRIP_CONTROLS)


def first_strong_direction(text: str) -> Direction | None:
    """The direction ("R" or "L") of the first letter with a strong one outside isolates (the rule
    a word processor uses for a paragraph), None when there is none."""
    depth = 0
    for char in text:
        if char in _OPENING_ISOLATES:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "L"
            if kind in ("R", "AL"):
                return "R"
    return None


@lru_cache(maxsize=8192)
def shape(text: str) -> str:
    """Arabic letters in their joined forms (presentation forms), in logical order."""
    if not _ARABIC_LETTER.search(text):
        return text  # digits, Latin: nothing to join (and the reshaper is slow)
    return str(_RESHAPER.reshape(text))


def _levels(text: str, base: Direction) -> list[int]:
    """The resolved embedding level of each character (rules up to I2 of the bidi algorithm).

    python-bidi 0.6 reports them only in its debug output, one per UTF-8 byte; each character
    takes the level of its first byte.
    """
    report = str(get_display(text, base_dir=base, debug=True))
    start = report.find("\n    levels: [")
    end = report.find("\n    ]", start)
    if start < 0 or end < 0:
        raise RuntimeError("python-bidi did not report embedding levels")
    per_byte = [int(level) for level in _LEVEL.findall(report, start, end)]
    levels: list[int] = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    if offset != len(per_byte):
        raise RuntimeError("python-bidi reported levels that do not match the text")
    return levels


@lru_cache(maxsize=4096)
def to_visual(text: str, base: Direction) -> str:
    """One line of logical text as reportlab draws it, left to right: shaped, reordered by the
    Unicode bidi algorithm (isolates understood), brackets mirrored in right-to-left runs, the
    bidi controls and direction marks taken out. `base` is the paragraph direction ("R" for Arabic)."""
    shaped = shape(_NEWLINES.sub(" ", text.replace("\t", " ").replace("\n", " ")))
    if not shaped:
        return ""
    if not any(unicodedata.bidirectional(c) in ("R", "AL", "AN", "RLE", "RLO", "RLI", "FSI") for c in shaped) and base == "L":
        return strip_controls(shaped)  # nothing to reorder
    levels = _levels(shaped, base)
    paragraph_level = 1 if base == "R" else 0
    # L1: whitespace and isolate controls at the end of the line go back to the paragraph level.
    for index in range(len(shaped) - 1, -1, -1):
        if shaped[index].isspace() or shaped[index] in "\u2066\u2067\u2068\u2069":
            levels[index] = paragraph_level
        else:
            break
    # L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
    # A mark reversed with its letter ends up just before it on the line, which is where Amiri
    # needs it: its marks have no width and are drawn rightwards, over the glyph that follows.
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    order = list(range(len(shaped)))
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    # L4: a bracket (or « », < >) in a right-to-left run is drawn with its mirror image.
    pieces = []
    for position in order:
        char = shaped[position]
        pieces.append(MIRRORED.get(char, char) if levels[position] % 2 else char)
    return strip_controls("".join(pieces))


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """How wide `text` (logical, with or without controls) prints once shaped."""
    return float(stringWidth(strip_controls(shape(text)), font, size))


@dataclass(frozen=True)
class Line:
    """A line ready to draw: `text` in visual order; `last` when it ends its paragraph (a justified
    paragraph leaves its last line ragged, on the side where the paragraph ends)."""

    text: str
    width: float
    last: bool
    rtl: bool  # the paragraph's direction


def _break_long_word(word: str, width: float, font: str, size: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit (a long reference or web address)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _track_isolates(word: str, open_isolates: list[str]) -> None:
    for char in word:
        if char in _OPENING_ISOLATES:
            open_isolates.append(char)
        elif char == PDI and open_isolates:
            open_isolates.pop()


def wrap(text: str, width: float, font: str, size: float) -> list[tuple[str, bool]]:
    """Logical text cut into logical lines no wider than `width` (measured shaped), breaking at
    spaces; a newline starts a new paragraph. Each line comes with True when it ends its paragraph.

    An isolate that a break cuts is closed at the end of its line and opened again at the start
    of the next, so that each line is reordered as the whole paragraph would be. (Runs made by
    isolate_ltr have unbreakable spaces and are never cut.)
    """
    lines: list[tuple[str, bool]] = []
    space = stringWidth(" ", font, size)
    for paragraph in _NEWLINES.sub("\n", text).split("\n"):
        words = [w for w in paragraph.split(" ") if w]
        if not words:
            lines.append(("", True))
            continue
        current: list[str] = []
        current_width = 0.0
        open_isolates: list[str] = []  # those open where the current line starts
        still_open: list[str] = []  # those open after the last word taken
        for word in words:
            word_width = text_width(word, font, size)
            pieces = _break_long_word(word, width, font, size) if word_width > width else [word]
            for piece in pieces:
                piece_width = text_width(piece, font, size) if len(pieces) > 1 else word_width
                extra = piece_width + (space if current else 0.0)
                if current and current_width + extra > width:
                    lines.append(("".join(open_isolates) + " ".join(current) + PDI * len(still_open), False))
                    open_isolates = list(still_open)
                    current, current_width = [piece], piece_width
                else:
                    current.append(piece)
                    current_width += extra
                _track_isolates(piece, still_open)
        lines.append(("".join(open_isolates) + " ".join(current), True))
    return lines


def lay_out(text: str, width: float, font: str, size: float, *, base: Direction | None = None, default: Direction = "R") -> list[Line]:
    """Wrap first, then shape and reorder each line: the first logical line comes out on top.

    `base` is the paragraph direction; None takes each paragraph's from its first strong letter,
    or `default` when it has none (digits only).
    """
    return list(_laid_out(text, width, font, size, base, default))


@lru_cache(maxsize=4096)
def _laid_out(text: str, width: float, font: str, size: float, base: Direction | None, default: Direction) -> tuple[Line, ...]:
    """lay_out's lines, kept: the document's own words, the shop's name, address and terms, the
    catalogue's items come back on every invoice (and a table cell is measured, then drawn)."""
    out = []
    for paragraph in _NEWLINES.sub("\n", text).split("\n"):
        direction: Direction = base or first_strong_direction(paragraph) or default
        for logical, last in wrap(paragraph, width, font, size):
            visual = to_visual(logical, direction)
            out.append(Line(visual, float(stringWidth(visual, font, size)), last, direction == "R"))
    return tuple(out)


__all__ = [
    "BIDI_CONTROLS",
    "NBSP",
    "Direction",
    "Line",
    "first_strong_direction",
    "isolate_ltr",
    "isolate_numbers",
    "lay_out",
    "shape",
    "strip_controls",
    "text_width",
    "to_visual",
    "wrap",
]

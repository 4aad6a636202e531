"""Text normalization for Arabic-aware search and for digits typed in any script."""

from __future__ import annotations

import re
import unicodedata

# Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits to ASCII.
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        "ـ": None,  # tatweel
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,
        "\u200e": None,  # bidi marks that come in with pasted text
        "\u200f": None,
        "\u061c": None,
        **{chr(c): d for c, d in _DIGITS.items()},
    }
)

# Marks that search ignores once letters are decomposed (NFKD): harakat, Quranic marks and the
# superscript alef; the hamza above and below, so that a hamza's seat typed plainly finds it (أ إ آ
# as ا, ؤ as و, ئ as ي); and the accents of Latin letters (é as e).
_DIACRITICS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
# Separators people type inside phone numbers: "+966 55-123 (4567)".
_INSIDE_NUMBER = re.compile(r"(?<=\d)[\s\-./()]+(?=\d)")
_SPACES = re.compile(r"\s+")


def ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits with 0-9, leaving everything else alone."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Fold text for matching: Arabic letter variants and hamza seats, diacritics and accents,
    tatweel, digits and case."""
    text = unicodedata.normalize("NFKD", text)
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    return _SPACES.sub(" ", text.casefold()).strip()


def search_terms(query: str) -> list[str]:
    """Split a typed query into folded terms; digits separated by spaces or dashes stay one number."""
    text = fold(query)
    text = _INSIDE_NUMBER.sub("", text)
    terms = []
    for term in text.replace("%", " ").replace("_", " ").split():
        number = term.lstrip("+([").rstrip(")]")  # "(055) 123 4567" is the number 0551234567
        if number.isdigit():
            term = number
        elif term.startswith("+"):
            term = term.lstrip("+")
        if term.startswith("00") and term[2:].isdigit():
            term = term[2:]  # 00966… is the international prefix, as +966…
        if term:
            terms.append(term)
    return terms


_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")


def sort_key(name: str) -> str:
    """The key customers are ordered by: folded, so that أحمد and احمد sort together, and names
    written in Arabic before names in other scripts (Unicode puts Latin letters first)."""
    folded = fold(name)
    return ("0" if _ARABIC_LETTER.match(folded) else "1") + folded


# Unicode isolates: left to right, right to left, direction from the first strong letter; their end.
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def isolate_ltr(text: str) -> str:
    """Wrap a left-to-right run (phone, email, date) so right-to-left text does not reorder it."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate(text: str, *, right_to_left: bool) -> str:
    """Wrap a run in a fixed direction (a label of ours, in the window's direction)."""
    return f"{RLI if right_to_left else LRI}{text}{PDI}" if text else text


def isolate_auto(text: str) -> str:
    """Wrap text typed by the user, in any script: its own first letter decides its direction, and it
    does not reorder what stands around it."""
    return f"{FSI}{text}{PDI}" if text else text

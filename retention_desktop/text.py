"""Text at the core's boundary: what the user typed cleaned, folded for Arabic-aware search, digits in any script."""

from __future__ import annotations

import re
from functools import lru_cache
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


# --- cleaning what the user typed ----------------------------------------------------------------
# Every text the core takes from the user (a form, a paste, an import) goes through clean_line or
# clean_paragraph before it is checked or saved, and a search query before it is searched. Books
# written before keep what they hold; it is shown as it is and cleaned when next saved.

# Terminal escape sequences, taken out whole (what would be left of one is junk nobody typed): CSI
# ("\x1b[2J" clears a terminal), the strings OSC, DCS, SOS, PM and APC up to their terminator
# ("\x1b]0;pwned\x07" sets a window's title), and the short ones ("\x1b(B"); an unfinished one
# loses its ESC below. C1 controls are dropped one by one, not read as 8-bit CSI: a stray U+009B is
# far more often the "›" of a Windows-1252 text read as Latin-1 than a terminal command.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)|\x1b[ -/]*[0-~]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Dropped wherever they stand: C0 controls but tab and line feed (a one-line field has made those
# spaces by then), DEL, C1 controls; the bidi embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069), which reorder whatever follows them, past the field, when left open; the
# deprecated format characters U+206A-U+206F; the byte order mark U+FEFF; the interlinear
# annotation characters U+FFF9-U+FFFB; and lone surrogates, which cannot be saved as UTF-8.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")
# Controls that a phone number, a code or an amount never holds (whitespace ones aside).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
_TABS_AND_BREAKS = str.maketrans(dict.fromkeys("\t\n\r\x0b\x0c", " "))
# The invisible marks a paste brings: LRM, RLM, ALM, and the zero-width space and word joiner.
# Between two visible characters one may settle the order of a number beside an Arabic word, or
# where a line may break; at the ends of a one-line field, or beside a space, they do nothing (the
# program shows every text of the user's in its own isolate, its first letter deciding).
_MARKS = "\u200e\u200f\u061c\u200b\u2060"
_IDLE_MARKS = re.compile(f"(?:^|(?<= ))[{_MARKS}]+|[{_MARKS}]+(?= |$)")
# A line that clean_line leaves as it is: words one space apart, no whitespace at the ends or of
# another kind (\s is what str.split splits at), and none of the characters it drops, changes or
# looks at: controls (ESC, tabs and breaks among them), the bidi controls, the marks, the byte order
# mark, the annotation characters, surrogates. Then only whether it shows anything is asked.
_NOT_IN_A_CLEAN_LINE = "\\s\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff"
_CLEAN_LINE = re.compile(f"[^{_NOT_IN_A_CLEAN_LINE}]+(?: [^{_NOT_IN_A_CLEAN_LINE}]+)*")
# Letters and signs that show nothing, used to make a name look blank.
_LOOKS_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")


def _whole_characters(text: str) -> str:
    """A surrogate pair (an emoji read from UTF-16 in two halves) made one character again."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _shows_nothing(text: str) -> bool:
    """True when no character of `text` would show: only spaces, marks, joiners and controls."""
    return all(c.isspace() or c in _LOOKS_BLANK or unicodedata.category(c) in ("Cf", "Cc") for c in text)


@lru_cache(maxsize=16384)  # bulk work (imports, the demo) cleans the same texts again and again
def clean_line(text: str) -> str:
    """A one-line field as it is checked and saved: a name, an area, an email, a tag, an item's
    name, a line's description, a reason, an address, a payment's note, a search query.

    - Terminal escape sequences go whole; C0 controls, DEL, C1 controls, the bidi embeddings,
      overrides and isolates, the byte order mark and lone surrogates are dropped.
    - Tabs and line breaks become spaces, and every run of whitespace (no-break and ideographic
      spaces too) one space; nothing is left at the ends.
    - LRM, RLM, ALM, the zero-width space and the word joiner go at the ends and beside a space;
      between two visible characters they are kept.
    - ZWNJ and ZWJ are kept wherever they are: Arabic and Persian typing needs them (می‌خواهم, ه‍).
    - A text that shows nothing (only marks, joiners and spaces) becomes "", so that a required
      field says it is missing.
    """
    if _CLEAN_LINE.fullmatch(text):  # nothing below would change it (most names, areas, numbers)
        first = text[0]  # not a space: such a line starts with something else
        if first not in _LOOKS_BLANK and unicodedata.category(first) not in ("Cf", "Cc"):
            return text  # its first character shows
        return "" if _shows_nothing(text) else text
    text = _ESCAPE_SEQUENCE.sub("", _whole_characters(text)).translate(_TABS_AND_BREAKS)
    text = " ".join(_DROPPED.sub("", text).split())
    if any(mark in text for mark in _MARKS):
        text = " ".join(_IDLE_MARKS.sub("", text).split())
    return "" if _shows_nothing(text) else text


@lru_cache(maxsize=16384)  # bulk work (imports, the demo) cleans the same texts again and again
def clean_paragraph(text: str) -> str:
    """A multi-line field as it is checked and saved: notes, a message template's text, invoice
    terms, an invoice's note.

    - Terminal escape sequences, controls, bidi embeddings, overrides and isolates, the byte order
      mark and lone surrogates go as in clean_line.
    - Line breaks are kept as "\n" (CR LF, CR, VT, FF, U+2028 and U+2029 become one) and so are
      tabs; spaces at the ends of each line, and blank lines at the start and the end, go.
    - LRM, RLM, ALM and the joiners are kept: a mark at a line's start sets that line's direction.
    - A text that shows nothing becomes "".
    """
    text = _LINE_BREAKS.sub("\n", _ESCAPE_SEQUENCE.sub("", _whole_characters(text)))
    text = "\n".join(line.rstrip() for line in _DROPPED.sub("", text).split("\n")).strip()
    return "" if _shows_nothing(text) else text


def clean_code(text: str) -> str:
    """A code typed or pasted, such as an email address or a phone number: cleaned as a one-line
    field, then without any invisible format character (bidi marks, joiners, zero-width space),
    which is never part of one."""
    return "".join(c for c in clean_line(text) if unicodedata.category(c) != "Cf")


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character (tab, line breaks and spaces aside) or a broken
    (surrogate) one: no phone number or code does, whatever a paste brings."""
    return _CONTROL.search(text) is not None


def ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits with 0-9, leaving everything else alone."""
    return text.translate(_DIGITS)


@lru_cache(maxsize=16384)  # bulk work (imports, the demo) cleans the same texts again and again
def fold(text: str) -> str:
    """Fold text for matching: Arabic letter variants and hamza seats, diacritics and accents,
    tatweel, digits and case."""
    text = unicodedata.normalize("NFKD", text)
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    return _SPACES.sub(" ", text.casefold()).strip()


def search_terms(query: str) -> list[str]:
    """Split a typed query into folded terms; digits separated by spaces or dashes stay one number.

    The query is cleaned as a one-line field first: a NUL (where SQLite would stop reading), a bidi
    control or a lone surrogate finds what the query without it finds."""
    text = fold(clean_line(query))
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


def in_language(language: str, arabic: str, english: str) -> str:
    """Of a text kept in Arabic and in English (a shop's name, address, terms, opening hours), the
    one for `language`, or the other language's when that one is empty."""
    return (english or arabic) if language == "en" else (arabic or english)


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


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def template_right_to_left(text: str) -> bool | None:
    """Whether a message with placeholders ("{dear} {name}، خصم 20%") is written right to left, by
    its first letter outside braces, not by a placeholder's Latin name that happens to come first;
    None when it has no letter of its own."""
    for char in _PLACEHOLDER.sub("", text):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def isolate_template(text: str) -> str:
    """Wrap a message with placeholders: its own words decide its direction (template_right_to_left)."""
    right_to_left = template_right_to_left(text)
    return isolate_auto(text) if right_to_left is None else isolate(text, right_to_left=right_to_left)

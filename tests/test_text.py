"""Search normalization: what a shop owner types must find what was saved, in any spelling."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retention_desktop.text import (
    LRI,
    PDI,
    ascii_digits,
    clean_code,
    clean_line,
    clean_paragraph,
    fold,
    has_control_characters,
    isolate_ltr,
    search_terms,
    sort_key,
)


@pytest.mark.parametrize("variant", ["أحمد", "إحمد", "آحمد", "ٱحمد"])
def test_alef_variants_match_bare_alef(variant: str) -> None:
    assert fold(variant) == fold("احمد") == "احمد"


def test_ta_marbuta_matches_ha() -> None:
    assert fold("فاطمة") == fold("فاطمه") == "فاطمه"


def test_alef_maqsura_matches_ya() -> None:
    assert fold("مصطفى") == fold("مصطفي") == "مصطفي"
    assert fold("ليلى") == fold("ليلي")


def test_harakat_and_tatweel_are_ignored() -> None:
    assert fold("مُحَمَّد") == "محمد"
    assert fold("محـــمد") == "محمد"
    assert fold("عَبْدُ الرَّحْمٰنِ") == fold("عبد الرحمن")


def test_latin_is_case_insensitive() -> None:
    assert fold("Ahmed ALI") == fold("ahmed ali") == "ahmed ali"
    assert fold("SARA@Example.COM") == "sara@example.com"


def test_spaces_collapse_and_trim() -> None:
    assert fold("  أحمد    \t علي  ") == "احمد علي"


def test_bidi_marks_from_pasted_text_are_ignored() -> None:
    assert fold("\u200fأحمد\u200e") == "احمد"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert ascii_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert fold("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert fold("۰۱۲۳۴۵۶۷۸۹") == "0123456789"


def test_ascii_digits_leaves_letters_alone() -> None:
    assert ascii_digits("أحمد ٥٥ Ali") == "أحمد 55 Ali"


@pytest.mark.parametrize(
    "query",
    [
        "+966 55 123 4567",
        "00966 55 123 4567",
        "00966551234567",
        "+966-55-123-4567",
        "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧",
        "(+966) 55 123 4567",
    ],
)
def test_international_number_is_one_term_without_prefix(query: str) -> None:
    assert search_terms(query) == ["966551234567"]


@pytest.mark.parametrize("query", ["055-123-4567", "(055) 123 4567", "055 123 4567", "٠٥٥ ١٢٣ ٤٥٦٧", "055.123.4567"])
def test_local_number_is_one_term(query: str) -> None:
    assert search_terms(query) == ["0551234567"]


def test_words_are_separate_folded_terms() -> None:
    assert search_terms("  مُحَمَّد   Ali  ") == ["محمد", "ali"]
    assert search_terms("أحمد 0551234567") == ["احمد", "0551234567"]


def test_like_wildcards_are_not_terms() -> None:
    assert search_terms("%") == []
    assert search_terms("a_b") == ["a", "b"]


def test_blank_query_and_lone_plus_have_no_terms() -> None:
    assert search_terms("") == []
    assert search_terms("   ") == []
    assert search_terms("+") == []


def test_sort_key_puts_alef_variants_together() -> None:
    assert sort_key("أحمد") == sort_key("احمد") == sort_key("إحمد")


def test_isolate_ltr_wraps_runs_but_not_empty_text() -> None:
    assert isolate_ltr("+966 55 123 4567") == f"{LRI}+966 55 123 4567{PDI}"
    assert LRI == "\u2066" and PDI == "\u2069"
    assert isolate_ltr("") == ""


# --- cleaning what the user typed ----------------------------------------------------------------

# Never left in a cleaned text: C0 controls but tab and line feed, DEL, C1 controls, the bidi
# embeddings, overrides and isolates, the byte order mark and surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
# Text as hostile as it comes: any code point, surrogates included, with the dangerous ones often.
HOSTILE = st.lists(
    st.one_of(
        st.characters(codec=None, categories=None),
        st.sampled_from("\x00\x1b\x07\x7f\x85\x9b\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u200b\u200c\u200d\ufeff"),
        st.sampled_from(["\x1b[2J", "\x1b]0;pwned\x07", "\r\n", "\ud800", "\udfff", " ", "\t", "\n", "أ", "a"]),
    )
).map("".join)
# Text a person types: letters of any script, digits, punctuation and symbols, one space between words.
WORD = st.text(
    st.characters(categories=("L", "M", "N", "P", "S"), exclude_characters="\u115f\u1160\u3164\uffa0\u2800\u034f"),
    min_size=1,
)
# Whatever shows as nothing.
INVISIBLE = st.text(st.sampled_from(" \t\n\r\u00a0\u3000\u200b\u200c\u200d\u200e\u200f\u061c\u2060\u202e\u2066\u2069\ufeff\x00\x1b\x85"))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("أحمد\x00 علي", "أحمد علي"),
        ("\x1b[2Jأحمد\x1b[0;31m علي\x1b[0m", "أحمد علي"),
        ("أحمد\x1b]0;pwned\x07 علي", "أحمد علي"),
        ("\u202eأحمد\u202c \u2067علي\u2069", "أحمد علي"),
        ("أحمد\x85\x9f\x7f", "أحمد"),
        ("\ufeffأحمد", "أحمد"),
        ("أحمد\ud800", "أحمد"),
        ("\ud83d\ude00 أحمد", "\U0001f600 أحمد"),  # a surrogate pair is one character again
        ("  أحمد \t\r\n \u00a0 علي\u3000", "أحمد علي"),
        ("\u200fأحمد\u200e \u200f\u200fعلي\u061c", "أحمد علي"),  # marks at the ends and beside spaces
        ("السعر\u200f 100", "السعر 100"),
        ("مكتب\u200f123", "مكتب\u200f123"),  # between two visible characters it may serve
        ("می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ
        ("1447 ه\u200d", "1447 ه\u200d"),  # ZWJ at a word's end: the letter's joining form
        ("\u200b\u200c\u200d\u200e\u200f\u061c\u202e\u2066\ufeff \x00", ""),
        ("\u3164\u3164", ""),  # Hangul fillers, a known way to a blank-looking name
    ],
)
def test_clean_line(typed: str, kept: str) -> None:
    assert clean_line(typed) == kept


def test_clean_paragraph_keeps_lines_and_tabs() -> None:
    typed = "\u202eالسطر الأول  \r\n\tالثاني\x00\rالثالث\u2028الرابع\x0c\n\n\x1b[2J"
    assert clean_paragraph(typed) == "السطر الأول\n\tالثاني\nالثالث\nالرابع"
    assert clean_paragraph("\u200fسطر يبدأ بعلامة\n\u200eEnglish line") == "\u200fسطر يبدأ بعلامة\n\u200eEnglish line"
    assert clean_paragraph("\n \u200f\n\u202e\t") == ""


def test_a_code_loses_every_invisible_character() -> None:
    assert clean_code("\u202a+966 55\u200e123\u200b4567\u202c") == "+966 551234567"
    assert clean_code("\u200fali\u200d@example.com\x00") == "ali@example.com"


def test_control_characters_are_told() -> None:
    assert not has_control_characters("+966 55 123 4567\t\r\n\u202a\u200e")
    for control in ("\x00", "\x1b", "\x7f", "\x85", "\ud800"):
        assert has_control_characters(f"055{control}1234567")


@given(HOSTILE)
def test_cleaned_text_is_safe_and_stays_as_it_is(typed: str) -> None:
    for clean in (clean_line, clean_paragraph):
        once = clean(typed)
        once.encode("utf-8")
        assert not FORBIDDEN.search(once)
        assert clean(once) == once
    line = clean_line(typed)
    assert line == line.strip() and "\n" not in line and "\t" not in line and "  " not in line
    assert "\r" not in clean_paragraph(typed)


@given(st.lists(WORD, min_size=1, max_size=6))
def test_what_a_person_types_is_left_alone(words: list[str]) -> None:
    typed = " ".join(words)
    assert clean_line(typed) == typed
    assert clean_paragraph("\n".join(words)) == "\n".join(words)


@given(INVISIBLE)
def test_what_shows_nothing_is_empty(typed: str) -> None:
    assert clean_line(typed) == clean_paragraph(typed) == ""


@given(HOSTILE)
def test_a_query_is_searched_as_its_clean_line(typed: str) -> None:
    assert search_terms(typed) == search_terms(clean_line(typed))


def test_a_template_takes_the_direction_of_its_words_not_of_a_placeholder() -> None:
    from retention_desktop.text import LRI, PDI, RLI, isolate_template

    assert isolate_template("{dear} {name}، خصم 20% لك في {shop}") == f"{RLI}{{dear}} {{name}}، خصم 20% لك في {{shop}}{PDI}"
    assert isolate_template("{name}: 20% off") == f"{LRI}{{name}}: 20% off{PDI}"
    assert isolate_template("{name}") == "\u2068{name}\u2069"  # no words of its own: its first letter decides


def _clean_line_the_long_way(text: str) -> str:
    """clean_line without its shortcut for a line it leaves as it is."""
    from retention_desktop.text import _DROPPED, _ESCAPE_SEQUENCE, _IDLE_MARKS, _MARKS, _TABS_AND_BREAKS, _shows_nothing, _whole_characters

    text = _ESCAPE_SEQUENCE.sub("", _whole_characters(text)).translate(_TABS_AND_BREAKS)
    text = " ".join(_DROPPED.sub("", text).split())
    if any(mark in text for mark in _MARKS):
        text = " ".join(_IDLE_MARKS.sub("", text).split())
    return "" if _shows_nothing(text) else text


# Lines that start with a letter that shows nothing, a joiner or a soft hyphen, then show something or not.
BLANK_STARTS = st.text("\u3164\u115f\u2800\u034f\uffa0\u200c\u200d\u00ad a", min_size=1)


@given(st.one_of(HOSTILE, st.lists(WORD, min_size=1, max_size=4).map(" ".join), INVISIBLE, BLANK_STARTS, st.text()))
def test_a_line_left_as_it_is_is_what_the_whole_cleaning_gives(typed: str) -> None:
    clean_line.cache_clear()
    assert clean_line(typed) == _clean_line_the_long_way(typed)


def test_the_whitespace_clean_line_keeps_out_is_what_split_splits_at() -> None:
    # The shortcut's \s is the whitespace of str.split (and of str.isspace), for every code point.
    space = re.compile(r"\s")
    assert [c for c in range(0x110000) if bool(space.fullmatch(chr(c))) != chr(c).isspace()] == []

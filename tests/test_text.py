"""Search normalization: what a shop owner types must find what was saved, in any spelling."""

from __future__ import annotations

import pytest

from retention_desktop.text import LRI, PDI, ascii_digits, fold, isolate_ltr, search_terms, sort_key


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

"""The search indexes' entries: made faster, the same for every customer's fields."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from retention_desktop.search_index import letter_grams


def _letter_grams_as_it_was(text: str) -> str:
    grams = set(text)
    grams.update(map(str.__add__, text, text[1:]))
    return " ".join(sorted(filter(str.isalnum, grams)))


# Folded texts as the index holds them: words of Arabic, Latin and digits, with separators, marks
# and other scripts between them; and any text at all.
_PIECES = st.text("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة" "abcxyzé" "0123456789٠١٢" " •،@._-+\u0651\u200c\u00a0ß", max_size=40)


@given(st.one_of(_PIECES, st.text(max_size=60)))
def test_letter_grams_are_the_letters_and_pairs_of_the_text(text: str) -> None:
    expected = _letter_grams_as_it_was(text)
    assert letter_grams(text) == expected


def test_letter_grams_of_a_customer() -> None:
    assert letter_grams("علي • 0551") == "0 05 1 5 51 55 ع عل ل لي ي"

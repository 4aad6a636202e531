"""Amounts in words: the Arabic invoice style with number–noun agreement, and plain English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retention_desktop.words import AmountInWordsError, amount_in_words


@pytest.mark.parametrize(
    ("amount", "currency", "arabic", "english"),
    [
        (
            "1150.50",
            "SAR",
            "فقط ألف ومائة وخمسون ريالاً سعودياً وخمسون هللة لا غير",
            "One thousand one hundred fifty Saudi riyals and fifty halalas only",
        ),
        ("1", "SAR", "فقط ريال سعودي واحد لا غير", "One Saudi riyal only"),
        ("2", "SAR", "فقط ريالان سعوديان لا غير", "Two Saudi riyals only"),
        ("3", "SAR", "فقط ثلاثة ريالات سعودية لا غير", "Three Saudi riyals only"),
        ("21", "SAR", "فقط واحد وعشرون ريالاً سعودياً لا غير", "Twenty-one Saudi riyals only"),
        ("0.50", "SAR", "فقط خمسون هللة لا غير", "Fifty halalas only"),
        ("0.01", "SAR", "فقط هللة واحدة لا غير", "One halala only"),
        ("0.03", "SAR", "فقط ثلاث هللات لا غير", "Three halalas only"),  # هللة is feminine
        ("0.11", "SAR", "فقط إحدى عشرة هللة لا غير", "Eleven halalas only"),
        ("1000000", "SAR", "فقط مليون ريال سعودي لا غير", "One million Saudi riyals only"),
        ("3000", "SAR", "فقط ثلاثة آلاف ريال سعودي لا غير", "Three thousand Saudi riyals only"),
        ("0", "SAR", "فقط صفر ريال سعودي لا غير", "Zero Saudi riyals only"),
        (
            "12.250",
            "KWD",
            "فقط اثنا عشر ديناراً كويتياً ومئتان وخمسون فلساً لا غير",
            "Twelve Kuwaiti dinars and two hundred fifty fils only",
        ),
        ("1.005", "KWD", "فقط دينار كويتي واحد وخمسة فلوس لا غير", "One Kuwaiti dinar and five fils only"),
        ("15", "AED", "فقط خمسة عشر درهماً إماراتياً لا غير", "Fifteen UAE dirhams only"),
        (
            "3.05",
            "EGP",
            "فقط ثلاثة جنيهات مصرية وخمسة قروش لا غير",
            "Three Egyptian pounds and five piastres only",
        ),
    ],
)
def test_amount_in_words(amount: str, currency: str, arabic: str, english: str) -> None:
    assert amount_in_words(Decimal(amount), currency, "ar") == arabic
    assert amount_in_words(Decimal(amount), currency, "en") == english


def test_zero_minor_units_left_out() -> None:
    assert amount_in_words(Decimal("1150.00"), "SAR", "en") == "One thousand one hundred fifty Saudi riyals only"


def test_rounded_half_up_to_the_currency_minor_unit() -> None:
    assert amount_in_words(Decimal("0.005"), "SAR", "en") == "One halala only"
    assert amount_in_words(Decimal("1.999"), "SAR", "ar") == "فقط ريالان سعوديان لا غير"
    assert amount_in_words(Decimal("0.0005"), "KWD", "en") == "One fils only"


def test_locale_names_and_lower_case_currency_accepted() -> None:
    assert amount_in_words(Decimal("2"), "sar", "ar_SA") == "فقط ريالان سعوديان لا غير"
    assert amount_in_words(Decimal("2"), "SAR", "en-US") == "Two Saudi riyals only"


def test_unknown_currency_refused() -> None:
    with pytest.raises(AmountInWordsError, match="Amounts in XYZ cannot be written in words"):
        amount_in_words(Decimal("1"), "XYZ", "ar")


def test_unknown_language_refused() -> None:
    with pytest.raises(AmountInWordsError, match="language “fr”"):
        amount_in_words(Decimal("1"), "SAR", "fr")


@pytest.mark.parametrize("amount", ["-1", "NaN", "Infinity"])
def test_negative_or_not_a_number_refused(amount: str) -> None:
    with pytest.raises(AmountInWordsError):
        amount_in_words(Decimal(amount), "SAR", "en")

"""Invoice totals written out in words, in Arabic ("فقط … لا غير") or English, per currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.money import currency_decimals, round_money


class AmountInWordsError(UserError):
    """An amount that cannot be written in words; the message is for the user."""


@dataclass(frozen=True)
class ArabicNoun:
    """A counted noun in the forms Arabic numbers call for."""

    singular: str  # after 1, 100, 1000 …: ريال سعودي
    dual: str  # 2 alone: ريالان سعوديان
    plural: str  # after 3–10: ريالات سعودية
    accusative: str  # after 11–99: ريالاً سعودياً
    feminine: bool  # the numbers 1–19 agree with it
    one: str  # the word "one" after it: واحد / واحدة


@dataclass(frozen=True)
class Currency:
    ar_unit: ArabicNoun
    ar_subunit: ArabicNoun
    en_unit: tuple[str, str]  # singular, plural
    en_subunit: tuple[str, str]


_FILS = ArabicNoun("فلس", "فلسان", "فلوس", "فلساً", feminine=False, one="واحد")

CURRENCIES: dict[str, Currency] = {
    "SAR": Currency(
        ArabicNoun("ريال سعودي", "ريالان سعوديان", "ريالات سعودية", "ريالاً سعودياً", feminine=False, one="واحد"),
        ArabicNoun("هللة", "هللتان", "هللات", "هللة", feminine=True, one="واحدة"),
        ("Saudi riyal", "Saudi riyals"),
        ("halala", "halalas"),
    ),
    "AED": Currency(
        ArabicNoun(
            "درهم إماراتي", "درهمان إماراتيان", "دراهم إماراتية", "درهماً إماراتياً", feminine=False, one="واحد"
        ),
        _FILS,
        ("UAE dirham", "UAE dirhams"),
        ("fils", "fils"),
    ),
    "EGP": Currency(
        ArabicNoun("جنيه مصري", "جنيهان مصريان", "جنيهات مصرية", "جنيهاً مصرياً", feminine=False, one="واحد"),
        ArabicNoun("قرش", "قرشان", "قروش", "قرشاً", feminine=False, one="واحد"),
        ("Egyptian pound", "Egyptian pounds"),
        ("piastre", "piastres"),
    ),
    "KWD": Currency(
        ArabicNoun(
            "دينار كويتي", "ديناران كويتيان", "دنانير كويتية", "ديناراً كويتياً", feminine=False, one="واحد"
        ),
        _FILS,
        ("Kuwaiti dinar", "Kuwaiti dinars"),
        ("fils", "fils"),
    ),
}

# num2words writes "ألف و مائة"; Arabic attaches the conjunction to the next word.
_DETACHED_AND = re.compile(r"(^|\s)و\s+")


def _arabic_number(n: int, *, feminine: bool) -> str:
    """Cardinal words for `n`; `feminine` makes 1–19 agree with a feminine noun (ثلاث هللات)."""
    # num2words loads its fifty languages on import (30-40 ms): only when words are written.
    from num2words import num2words
    from num2words.lang_AR import Num2Word_AR

    if not feminine:
        words = str(num2words(n, lang="ar"))
    else:
        # num2words has no public feminine cardinal; its currency code sets this flag for that.
        converter = Num2Word_AR()
        converter.separator = ","
        converter.currency_unit = converter.currency_subunit = ("", "", "", "")
        converter.isCurrencyNameFeminine = True
        words = str(converter.convert(n)).strip()
    return _DETACHED_AND.sub(r"\1و", " ".join(words.split()))


def _arabic_count(n: int, noun: ArabicNoun) -> str:
    """`n` of `noun` with the number–noun agreement of written Arabic."""
    if n == 1:
        return f"{noun.singular} {noun.one}"
    if n == 2:
        return noun.dual
    words = _arabic_number(n, feminine=noun.feminine)
    if n == 0:
        return f"{words} {noun.singular}"
    last_two = n % 100
    if 3 <= last_two <= 10:
        return f"{words} {noun.plural}"
    if 11 <= last_two <= 99:
        return f"{words} {noun.accusative}"
    return f"{words} {noun.singular}"  # 100, 1000, 101, 102 …


def _english_number(n: int) -> str:
    from num2words import num2words

    # num2words writes British "one thousand, one hundred and fifty"; invoices read better plain.
    words = str(num2words(n, lang="en")).replace(",", "")
    return " ".join(word for word in words.split() if word != "and")


def _english_count(n: int, names: tuple[str, str]) -> str:
    return f"{_english_number(n)} {names[0] if n == 1 else names[1]}"


def _split(amount: Decimal, decimals: int) -> tuple[int, int]:
    if not amount.is_finite():
        raise AmountInWordsError(translate("Words", "The amount is not a number."))
    if amount < 0:
        raise AmountInWordsError(translate("Words", "A negative amount cannot be written in words."))
    minor_units = int(round_money(amount, decimals).scaleb(decimals))
    whole, minor = divmod(minor_units, int(Decimal(1).scaleb(decimals)))
    return whole, minor


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """The amount as an invoice writes it out, rounded half up to the currency's minor unit.

    Arabic: "فقط ألف ومائة وخمسون ريالاً سعودياً وخمسون هللة لا غير".
    English: "One thousand one hundred fifty Saudi riyals and fifty halalas only".
    Zero minor units are left out; `language` is "ar" or "en" (a locale such as "ar_SA" works too).
    """
    known = CURRENCIES.get(currency.strip().upper())
    if known is None:
        raise AmountInWordsError(
            translate("Words", "Amounts in {currency} cannot be written in words yet.").format(currency=currency)
        )
    whole, minor = _split(amount, currency_decimals(currency))
    lang = language.replace("-", "_").split("_")[0].lower()
    if lang == "ar":
        parts = [_arabic_count(whole, known.ar_unit)] if whole or not minor else []
        if minor:
            parts.append(_arabic_count(minor, known.ar_subunit))
        return "فقط " + " و".join(parts) + " لا غير"
    if lang == "en":
        parts = [_english_count(whole, known.en_unit)] if whole or not minor else []
        if minor:
            parts.append(_english_count(minor, known.en_subunit))
        text = " and ".join(parts) + " only"
        return text[0].upper() + text[1:]
    raise AmountInWordsError(
        translate("Words", "Amounts cannot be written in words in the language “{language}”.").format(
            language=language
        )
    )

"""Numbers, dates, phone numbers and money as the user reads them, through Babel, safe inside Arabic text."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from functools import cache
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import format_date, format_time, get_timezone_location, get_timezone_name
from babel.numbers import format_decimal, get_currency_symbol

from retention_desktop.locale_data import use_cached_locale_data
from retention_desktop.money import currency_decimals, format_money, plain_number, round_money
from retention_desktop.phones import format_phone
from retention_desktop.text import LRI, PDI, isolate, isolate_auto, isolate_ltr

_RLM = "\u200f"
# The program's forms of a day (see Formatter.date): digits in lists and fields, the month by
# name in sentences.
_DATE_FORMS = {"short": "dd/MM/yyyy", "medium": "dd/MM/yyyy", "long": "d MMMM y", "full": "EEEE d MMMM y"}
_LRM = "\u200e"
_OPENS_ISOLATE = frozenset("\u2066\u2067\u2068")
# What a message quotes (what the user typed, a name, a code): between Arabic or English quotes.
_QUOTED = re.compile("([«“])([^«»“”]+)([»”])")
# A number in a hint ("055 123 4567", "+966 11 234 5678", "1,150.50"): digits with the spaces,
# signs and separators that stay inside one.
_NUMBER = re.compile(r"\+?\d(?:\d|[.,:/\s-](?=\d))*")


def reads_right_to_left(text: str) -> bool:
    """Whether Qt lays `text` out right to left on its own: its first strong letter, outside any
    isolate, is Arabic or Hebrew (Qt's QString::isRightToLeft, which decides a label's direction)."""
    depth = 0
    for char in text:
        if char in _OPENS_ISOLATE:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return False


def in_direction(text: str, right_to_left: bool) -> str:
    """`text` laid out in the UI's direction whatever it starts with: a message that opens with what
    the user typed ("“12345abc” is not…") or with a Latin word would otherwise be laid out, and
    aligned, by that first letter. A mark goes in front only when it is needed; what the text
    quotes keeps its own order inside."""
    if not text:
        return text
    text = _QUOTED.sub(lambda m: f"{m[1]}{isolate_auto(m[2])}{m[3]}", text)
    if reads_right_to_left(text) == right_to_left:
        return text
    return (_RLM if right_to_left else _LRM) + text


def file_name(name: str, right_to_left: bool) -> str:
    """A file's name inside a sentence, as the system's own windows show it in the UI's direction:
    in an English window left to right, so that "عملاء المحل.csv" ends in ".csv" on the right; in
    an Arabic one in its own script's direction ("customers.csv" left to right, an Arabic name right
    to left, its extension on the left as Windows shows it there)."""
    return isolate_auto(name) if right_to_left else isolate_ltr(name)


def hint(text: str, right_to_left: bool) -> str:
    """An example in an empty field ("e.g. 055 123 4567", "مثل 055 123 4567"): the sentence in the
    UI's direction, its numbers left to right. A left-to-right field (a phone, an amount) otherwise
    draws an Arabic example backwards ("4567 123 055 مثل") and on the wrong side."""
    if not text:
        return text
    return isolate(_NUMBER.sub(lambda m: f"{LRI}{m[0]}{PDI}", text), right_to_left=right_to_left)


class Formatter:
    """Formats for one language, one shop country and the shop's time zone (a time stamp shows on
    the shop's calendar, not the PC's)."""

    def __init__(self, language: str, country: str, zone: ZoneInfo) -> None:
        self.language = language
        self.country = country
        self.zone = zone
        use_cached_locale_data(language)  # Babel's data read in one piece, not merged again (11 -> 3 ms)
        self._locale = Locale.parse(language)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self._locale)

    def date(self, value: date | datetime | None, length: str = "medium") -> str:
        """A day, in one of the program's two forms (both languages alike):

        - "short" or "medium", for lists, tables and fields: day/month/year in digits, "21/05/2026",
          as the date fields are typed (widgets.DateEdit);
        - "long", for sentences, cards and headings: the month by name, "21 مايو 2026" / "21 May
          2026"; "full" adds the weekday ("الخميس 21 مايو 2026").

        Any other value is a CLDR pattern passed to Babel as it is.
        """
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        pattern = _DATE_FORMS.get(length, length)
        # Babel's Arabic numeric dates carry right-to-left marks around "/"; isolating the whole
        # date keeps day/month/year in the order Babel meant inside a right-to-left line.
        text = format_date(value, pattern, locale=self._locale)
        return isolate_ltr(text.replace(_RLM, "")) if length in ("short", "medium") else text

    def time(self, value: time) -> str:
        """A time of day on the 24-hour clock, "14:30", in lists as in the fields it is typed in
        (widgets.TimeEdit); it keeps its order in either direction."""
        return format_time(value, "HH:mm", locale=self._locale)

    def phone(self, e164: str) -> str:
        """A phone number the local way, isolated so right-to-left text never reorders its digits."""
        return isolate_ltr(format_phone(e164, self.country)) if e164 else ""

    def money(self, amount: Decimal, currency: str) -> str:
        """An amount with its currency, the locale's way ("SAR1,150.50", "‏1,150.50 ر.س.‏")."""
        return format_money(amount, currency, self.language)

    def amount(self, amount: Decimal, currency: str) -> str:
        """An amount without its currency, for a column whose heading names it: the currency's
        decimals, grouped, Western digits, kept in one piece left to right ("1,150.00", "-84.00")."""
        decimals = currency_decimals(currency)
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        text = format_decimal(round_money(amount, decimals), format=pattern, locale=self._locale, numbering_system="latn")
        return isolate_ltr(text.replace(_RLM, "").replace(_LRM, ""))

    def currency_symbol(self, code: str) -> str:
        """The currency as amounts show it ("ر.س." in Arabic, "SAR" in English), for a field's label."""
        return get_currency_symbol(code.strip().upper(), locale=self._locale).replace(_RLM, "").replace(_LRM, "")

    def quantity(self, value: Decimal) -> str:
        """A quantity without trailing zeros: "2", "1.5", "1,000"."""
        return format_decimal(value.normalize() if value == value.to_integral() else value, locale=self._locale, decimal_quantization=False)

    def document_number(self, number: str) -> str:
        """An invoice or credit note number ("INV-000012"), isolated so that right-to-left text
        does not put its digits before its prefix."""
        return isolate_ltr(number)

    def percent(self, rate: Decimal) -> str:
        """A VAT rate as a percentage: "15%", "7.5%"."""
        return isolate_ltr(f"{plain_number(rate)}%")

    def share(self, value: float | None) -> str:
        """A share (0 to 1) as a percentage with at most one decimal, "40%", "12.5%" (a campaign's
        response and win-back rates); a dash when there is none."""
        if value is None:
            return "–"
        return self.percent(Decimal(str(round(value * 100, 1))))

    def paragraph(self, text: str) -> str:
        """Text whose line direction is the window's, not guessed from its first letter (an Arabic
        area in an English card still starts on the left, a Latin name in Arabic on the right)."""
        if not text:
            return text
        return ("\u200f" if self.right_to_left else "\u200e") + text

    @property
    def right_to_left(self) -> bool:
        return self.language == "ar"

    def time_zone_name(self, code: str) -> str:
        """A time zone as people name it, in the UI's language: its city and the zone's name from
        CLDR ("الرياض — التوقيت العربي", "Riyadh — Arabian Time"); the code itself when CLDR does
        not know it. The setting keeps the code."""
        return _time_zone_name(code, self.language)

    def country_name(self, code: str) -> str:
        return str(self._locale.territories.get(code.upper(), code.upper()))


@cache
def _time_zone_name(code: str, language: str) -> str:
    if code == "UTC":
        return code
    try:
        city = get_timezone_location(code, locale=language, return_city=True)
        name = get_timezone_name(code, "long", locale=language)
    except (LookupError, ValueError):
        return code
    return f"{city} — {name}" if city and name else code

"""Numbers, dates, phone numbers and money as the user reads them, through Babel, safe inside Arabic text."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from retention_desktop.money import format_money, plain_number
from retention_desktop.phones import format_phone
from retention_desktop.text import isolate_ltr

_RLM = "\u200f"


class Formatter:
    """Formats for one language, one shop country and the shop's time zone (a time stamp shows on
    the shop's calendar, not the PC's)."""

    def __init__(self, language: str, country: str, zone: ZoneInfo) -> None:
        self.language = language
        self.country = country
        self.zone = zone
        self._locale = Locale.parse(language)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self._locale)

    def date(self, value: date | datetime | None, length: str = "medium") -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        # Babel's Arabic numeric dates carry right-to-left marks around "/"; isolating the whole
        # date keeps day/month/year in the order Babel meant inside a right-to-left line.
        text = format_date(value, length, locale=self._locale)
        return isolate_ltr(text.replace(_RLM, "")) if length in ("short", "medium") else text

    def time(self, value: time) -> str:
        """A time of day, short ("14:30", "2:30 PM", "2:30 م"); it keeps its order in either direction."""
        return format_time(value, "short", locale=self._locale)

    def phone(self, e164: str) -> str:
        """A phone number the local way, isolated so right-to-left text never reorders its digits."""
        return isolate_ltr(format_phone(e164, self.country)) if e164 else ""

    def money(self, amount: Decimal, currency: str) -> str:
        """An amount with its currency, the locale's way ("SAR1,150.50", "‏1,150.50 ر.س.‏")."""
        return format_money(amount, currency, self.language)

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

    def paragraph(self, text: str) -> str:
        """Text whose line direction is the window's, not guessed from its first letter (an Arabic
        area in an English card still starts on the left, a Latin name in Arabic on the right)."""
        if not text:
            return text
        return ("\u200f" if self.right_to_left else "\u200e") + text

    @property
    def right_to_left(self) -> bool:
        return self.language == "ar"

    def country_name(self, code: str) -> str:
        return str(self._locale.territories.get(code.upper(), code.upper()))

"""Invoice money arithmetic: amounts typed in any digits, half-up rounding, VAT per line, totals."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Final

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_currency

from retention_desktop.errors import UserError
from retention_desktop.i18n import join_list, translate
from retention_desktop.text import ascii_digits, clean_line

ZERO: Final = Decimal(0)
HUNDRED: Final = Decimal(100)
# The largest amount the program takes, said once: a price, a discount, a payment, a line's or a
# whole invoice's total, whatever a form or an import hands the core. A trillion riyals less a
# halala is more than any shop's invoice, and a million of them on a line is still far inside the
# 28 digits Decimal computes exactly (past them, rounding raised decimal.InvalidOperation).
MAX_AMOUNT: Final = Decimal("999999999999.99")
# The largest quantity on an invoice line.
MAX_QUANTITY: Final = Decimal(1_000_000)

# Minor-unit decimals of the currencies a business profile may choose (ISO 4217).
CURRENCIES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "SAR": 2,
        "AED": 2,
        "EGP": 2,
        "KWD": 3,
        "BHD": 3,
        "OMR": 3,
        "JOD": 3,
        "QAR": 2,
        "USD": 2,
        "EUR": 2,
    }
)

# Marks and spaces that come in with pasted or Babel-formatted amounts; they carry no value.
_INVISIBLE = str.maketrans({"\u200e": None, "\u200f": None, "\u061c": None, "\u00a0": None, "\u202f": None})
# Arabic thousands separator (U+066C) and decimal separator (U+066B); U+2212 is the minus sign.
_SEPARATORS = str.maketrans({"\u066c": ",", "\u066b": ".", "\u2212": "-"})
# Babel swaps in a numbering system's separators but leaves the digits 0-9; these finish the job.
_NATIVE_DIGITS = {
    "arab": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "arabext": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
_LETTER_THEN_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_AMOUNT = re.compile(r"(?P<sign>[-+]?)(?P<whole>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?P<fraction>\d*))?")


class MoneyError(UserError):
    """An amount or invoice line that cannot be used; the message is for the user, `field` names the
    input at fault ("amount", "quantity", "unit_price", "discount", "vat_rate", "description",
    "lines", "currency", "locale", or what the caller passed to parse_amount)."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def round_money(value: Decimal, decimals: int = 2) -> Decimal:
    """Round to `decimals` places, halves away from zero (2.675 → 2.68, -2.675 → -2.68)."""
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, not {decimals}")
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) + ZERO  # -0.00 → 0.00


def plain_number(value: Decimal) -> str:
    """A quantity or a rate as a person writes it: no trailing zeros, no exponent ("2", "1.5", "15", "100")."""
    return f"{value.normalize():f}"


def parse_amount(text: str, *, decimals: int = 2, allow_negative: bool = False, field: str = "amount") -> Decimal:
    """Read an amount as the user typed it: "1,150.50", "1150.5", "١٬١٥٠٫٥٠" or "۱۱۵۰٫۵".

    Commas (or ٬) separate thousands in groups of three, the point (or ٫) is the decimal separator.
    More decimals than the currency has are refused rather than silently rounded: "1.234" is not
    an amount of riyals, and may be someone's way of writing 1234.
    """
    cleaned = ascii_digits(text.strip().translate(_INVISIBLE)).translate(_SEPARATORS)
    if not cleaned:
        raise MoneyError(translate("Money", "Enter an amount."), field=field)
    match = _AMOUNT.fullmatch(cleaned)
    if match is None or not (match["whole"] or match["fraction"]):
        raise MoneyError(
            translate("Money", "“{text}” is not an amount. Type digits, for example 1,150.50.").format(
                text=clean_line(text)  # quoted without its controls or broken characters
            ),
            field=field,
        )
    fraction = match["fraction"] or ""
    if len(fraction) > decimals:
        if decimals == 0:
            message = translate("Money", "This currency has no decimals. Type a whole amount.")
        else:
            message = translate("Money", "Type at most %n digits after the decimal point.", None, decimals)
        raise MoneyError(message, field=field)
    whole = match["whole"].replace(",", "").lstrip("0")
    value = Decimal(f"{match['sign']}{whole or '0'}" + (f".{fraction}" if fraction else "")) + ZERO  # -0 → 0
    check_amount(value, field=field)
    if value < 0 and not allow_negative:
        raise MoneyError(translate("Money", "The amount cannot be negative."), field=field)
    return value


# The percent signs a discount may be typed with: ASCII, Arabic (U+066A), full-width and small.
_PERCENT = ("%", "\u066a", "\uff05", "\ufe6a")


@dataclass(frozen=True)
class Discount:
    """A discount as the owner typed it: an amount off the line, or (`percent`) a percentage of it."""

    value: Decimal
    percent: bool = False


def parse_discount(text: str, *, decimals: int = 2, field: str = "discount") -> Discount:
    """Read a discount as typed: "5" or "5.50" is an amount off the line, "10%" (or "10 %", "%10",
    "١٠٪") a percentage of it, from 0 to 100 with at most two decimals. Digits and separators as
    parse_amount reads them; MoneyError names `field`."""
    cleaned = text.strip().translate(_INVISIBLE)
    marked = [sign for sign in _PERCENT if cleaned.startswith(sign) or cleaned.endswith(sign)]
    if not marked:
        return Discount(parse_amount(text, decimals=decimals, field=field))
    number = cleaned.strip("".join(_PERCENT)).strip()
    if not number:
        raise MoneyError(translate("Money", "Type the percentage before the % sign, for example 10%."), field=field)
    value = parse_amount(number, decimals=2, field=field)
    check_percent(value, field=field)
    return Discount(value, percent=True)


def check_percent(value: Decimal, *, field: str = "discount") -> Decimal:
    """`value` if it is a percentage from 0 to 100 with at most two decimals, else MoneyError."""
    if not value.is_finite() or not ZERO <= value <= HUNDRED:
        raise MoneyError(translate("Money", "A percentage discount is from 0 to 100 %."), field=field)
    if value != value.quantize(Decimal("0.01")):
        raise MoneyError(translate("Money", "Type the percentage with at most two decimals."), field=field)
    return value


def percent_of(amount: Decimal, percent: Decimal, decimals: int = 2) -> Decimal:
    """`percent` % of `amount`, rounded to the currency (a line's discount typed as a percentage)."""
    return round_money(amount * percent / HUNDRED, decimals)


def check_amount(value: Decimal, *, field: str = "amount") -> Decimal:
    """`value`, if it is a number no further from zero than MAX_AMOUNT; MoneyError for NaN, an
    infinity or an absurd amount such as 1e30, with a message in the user's language."""
    if not value.is_finite():
        raise MoneyError(translate("Money", "This is not a number."), field=field)
    if abs(value) > MAX_AMOUNT:
        raise MoneyError(
            translate("Money", "This amount is too large. Amounts go up to {largest}.").format(
                largest=f"{MAX_AMOUNT:,}"
            ),
            field=field,
        )
    return value


def currency_decimals(code: str) -> int:
    """How many decimals amounts in the currency `code` (ISO 4217, e.g. "SAR") have."""
    try:
        return CURRENCIES[code.strip().upper()]
    except KeyError:
        raise MoneyError(
            translate(
                "Money", "The currency “{code}” is not one this program knows. Choose one of: {known}."
            ).format(code=clean_line(code), known=join_list(CURRENCIES)),
            field="currency",
        ) from None


def to_minor_units(amount: Decimal, currency: str) -> int:
    """An amount of `currency` as a whole number of its minor units (SAR 12.50 → 1250 halalas),
    for sums the database makes. An amount with more decimals than the currency has is an error."""
    minor = amount.scaleb(CURRENCIES.get(currency, 2))
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} has more decimals than {currency}")
    return int(minor)


def from_minor_units(minor: int, currency: str) -> Decimal:
    """The amount of a whole number of `currency`'s minor units (1250 halalas → SAR 12.50)."""
    decimals = CURRENCIES.get(currency, 2)
    return (Decimal(minor).scaleb(-decimals)).quantize(Decimal(1).scaleb(-decimals))


def format_money(amount: Decimal, currency: str, locale: str, *, numbering_system: str = "latn") -> str:
    """The amount as the user reads it, through Babel: "SAR 1,150.50" in English, "‏1,150.50 ر.س.‏" in Arabic.

    The amount is first rounded half-up to the currency's decimals (Babel alone would round half to
    even). Digits are Western by default, as most Gulf invoices print them; pass
    ``numbering_system="default"`` to use the locale's own (Arabic-Indic for ar_SA and ar_EG), or
    "arab" / "arabext" to choose.
    """
    decimals = currency_decimals(currency)
    code = currency.strip().upper()
    try:
        text = format_currency(
            round_money(amount, decimals), code, locale=locale, currency_digits=True, numbering_system=numbering_system
        )
        system = Locale.parse(locale).default_numbering_system if numbering_system == "default" else numbering_system
    except (UnknownLocaleError, ValueError) as error:
        raise MoneyError(
            translate("Money", "Amounts cannot be shown in the language “{locale}”.").format(locale=locale),
            field="locale",
        ) from error
    # CLDR's currency spacing, which Babel leaves out: a code made of letters does not touch the
    # digits ("SAR 1,150.50", not "SAR1,150.50"); the space does not break.
    text = _LETTER_THEN_DIGIT.sub("\u00a0", text)
    if text.count("-") == 1 and Locale.parse(locale).character_order == "right-to-left":
        # Babel writes "\u200f-84.00 ر.س.\u200f": after the right-to-left mark the minus takes the
        # direction of the Arabic around it and shows on the far side of the digits ("84.00-").
        # A left-to-right mark before it, as CLDR's own Arabic minus sign has, keeps "-84.00" whole.
        text = text.replace("-", "\u200e-")
    digits = _NATIVE_DIGITS.get(system)
    return text.translate(digits) if digits else text


@dataclass(frozen=True)
class LineInput:
    """One invoice line as entered.

    `unit_price` and `discount` are in the same terms as the invoice's prices: without VAT, or
    with VAT when the invoice's prices include it. `discount` is an amount off the whole line, not
    a percentage. `vat_rate` is a percentage: Decimal("15") for 15 %. On a credit note, quantities
    are positive like on the invoice it corrects; the credit note's amounts come out negative.
    """

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    discount: Decimal = ZERO


@dataclass(frozen=True)
class LineAmounts:
    """A line's amounts, each rounded to the currency: before_discount - discount is the line amount
    in the invoice's price terms; net + vat == total always. Negative on a credit note."""

    vat_rate: Decimal
    before_discount: Decimal
    discount: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class VatBreakdown:
    """Net amount and VAT of all lines at one rate."""

    net: Decimal
    vat: Decimal


@dataclass(frozen=True)
class InvoiceTotals:
    """An invoice's totals: sums of the rounded lines, so the printed lines always add up.
    Negative on a credit note."""

    lines: tuple[LineAmounts, ...]
    net: Decimal
    vat: Decimal
    total: Decimal
    discount: Decimal
    vat_by_rate: dict[Decimal, VatBreakdown]


def _negated(value: Decimal) -> Decimal:
    return ZERO - value  # never -0.00, which would print with a minus sign


def _finite(value: Decimal, field_name: str) -> None:
    if not value.is_finite():
        raise MoneyError(translate("Money", "This is not a number."), field=field_name)


def _check_line(line: LineInput, decimals: int, credit_note: bool) -> None:
    if not line.description.strip():
        raise MoneyError(translate("Money", "Describe what was sold on this line."), field="description")
    for value, name in (
        (line.quantity, "quantity"),
        (line.unit_price, "unit_price"),
        (line.discount, "discount"),
        (line.vat_rate, "vat_rate"),
    ):
        _finite(value, name)
    if line.quantity <= 0:
        if credit_note:
            message = translate(
                "Money", "Enter the quantity returned as a number above zero; the credit note subtracts it."
            )
        elif line.quantity < 0:
            message = translate(
                "Money", "The quantity cannot be negative. To take something back, issue a credit note."
            )
        else:
            message = translate("Money", "The quantity must be more than zero.")
        raise MoneyError(message, field="quantity")
    if line.quantity > MAX_QUANTITY:
        raise MoneyError(
            translate("Money", "The quantity can be at most {largest}.").format(largest=f"{MAX_QUANTITY:,}"),
            field="quantity",
        )
    if line.unit_price < 0:
        raise MoneyError(translate("Money", "The unit price cannot be negative."), field="unit_price")
    check_amount(line.unit_price, field="unit_price")
    if not 0 <= line.vat_rate <= HUNDRED:
        raise MoneyError(
            translate("Money", "The VAT rate must be between 0 and 100 %, not {rate} %.").format(rate=line.vat_rate),
            field="vat_rate",
        )
    if line.discount < 0:
        raise MoneyError(translate("Money", "The discount cannot be negative."), field="discount")
    check_amount(line.discount, field="discount")
    if line.discount != round_money(line.discount, decimals):
        raise MoneyError(
            translate("Money", "Type the discount with at most %n digits after the decimal point.", None, decimals),
            field="discount",
        )


def compute_line(
    line: LineInput, *, prices_include_vat: bool, decimals: int = 2, credit_note: bool = False
) -> LineAmounts:
    """A line's amounts, rounded half-up per line as tax invoices require.

    Prices without VAT: net = round(quantity × unit price) - discount; vat = round(net × rate);
    total = net + vat. Prices with VAT: total = round(quantity × unit price) - discount;
    net = round(total ÷ (1 + rate)); vat = total - net, so that the line adds up exactly.
    A credit note's lines are entered positive and come out negated.
    """
    _check_line(line, decimals, credit_note)
    before_discount = round_money(line.quantity * line.unit_price, decimals)
    if line.discount > before_discount:
        raise MoneyError(
            translate("Money", "The discount ({discount}) is more than the line amount ({amount}).").format(
                discount=line.discount, amount=before_discount
            ),
            field="discount",
        )
    after_discount = before_discount - line.discount
    rate = line.vat_rate / HUNDRED
    if prices_include_vat:
        total = after_discount
        net = round_money(total / (1 + rate), decimals)
        vat = total - net
    else:
        net = after_discount
        vat = round_money(net * rate, decimals)
        total = net + vat
    if total > MAX_AMOUNT:
        raise MoneyError(
            translate("Money", "This line comes to more than {largest}.").format(largest=f"{MAX_AMOUNT:,}"),
            field="quantity",
        )
    amounts = LineAmounts(line.vat_rate, before_discount, line.discount + ZERO, net, vat, total)
    if not credit_note:
        return amounts
    return LineAmounts(
        vat_rate=line.vat_rate,
        before_discount=_negated(before_discount),
        discount=_negated(line.discount),
        net=_negated(net),
        vat=_negated(vat),
        total=_negated(total),
    )


def compute_totals(
    lines: Iterable[LineInput], *, prices_include_vat: bool, decimals: int = 2, credit_note: bool = False
) -> InvoiceTotals:
    """An invoice's (or credit note's) totals: the sums of its rounded lines, and VAT per rate.

    A credit note is computed from positive lines and its totals are negative.
    """
    amounts = tuple(
        compute_line(line, prices_include_vat=prices_include_vat, decimals=decimals, credit_note=credit_note)
        for line in lines
    )
    return sum_lines(amounts, decimals=decimals)


def sum_lines(amounts: Sequence[LineAmounts], *, decimals: int = 2) -> InvoiceTotals:
    """The totals of lines already computed (compute_line): their sums, and VAT per rate."""
    amounts = tuple(amounts)
    if not amounts:
        raise MoneyError(translate("Money", "Add at least one line to the invoice."), field="lines")
    zero = round_money(ZERO, decimals)
    total = sum((a.total for a in amounts), zero)
    if abs(total) > MAX_AMOUNT:
        raise MoneyError(
            translate("Money", "The invoice comes to more than {largest}. Split it into several invoices.").format(
                largest=f"{MAX_AMOUNT:,}"
            ),
            field="lines",
        )
    by_rate: dict[Decimal, VatBreakdown] = {}
    for amount in amounts:
        so_far = by_rate.get(amount.vat_rate, VatBreakdown(zero, zero))
        by_rate[amount.vat_rate] = VatBreakdown(so_far.net + amount.net, so_far.vat + amount.vat)
    return InvoiceTotals(
        lines=amounts,
        net=sum((a.net for a in amounts), zero),
        vat=sum((a.vat for a in amounts), zero),
        total=total,
        discount=sum((a.discount for a in amounts), zero),
        vat_by_rate=by_rate,
    )


__all__ = [
    "CURRENCIES",
    "MAX_AMOUNT",
    "Discount",
    "MAX_QUANTITY",
    "InvoiceTotals",
    "LineAmounts",
    "LineInput",
    "MoneyError",
    "VatBreakdown",
    "check_amount",
    "check_percent",
    "compute_line",
    "compute_totals",
    "currency_decimals",
    "format_money",
    "parse_amount",
    "parse_discount",
    "percent_of",
    "plain_number",
    "round_money",
    "sum_lines",
]

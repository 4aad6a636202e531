"""Invoice money arithmetic: parsing, half-up rounding, VAT per line, totals, credit notes, formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retention_desktop.money import (
    CURRENCIES,
    MAX_AMOUNT,
    Discount,
    InvoiceTotals,
    LineAmounts,
    LineInput,
    MoneyError,
    VatBreakdown,
    compute_line,
    compute_totals,
    currency_decimals,
    format_money,
    parse_amount,
    parse_discount,
    round_money,
)

D = Decimal


def line(
    quantity: str, unit_price: str, vat_rate: str = "15", discount: str = "0", description: str = "Haircut"
) -> LineInput:
    return LineInput(description, D(quantity), D(unit_price), D(vat_rate), D(discount))


# --- rounding ---------------------------------------------------------------------------------


def test_round_money_rounds_halves_up_where_float_would_not() -> None:
    assert round(2.675, 2) == 2.67  # the float is really 2.67499999…: the bug Decimal avoids
    assert round_money(D("2.675")) == D("2.68")
    assert round_money(D("2.665")) == D("2.67")  # half-even would give 2.66
    assert round_money(D("-2.675")) == D("-2.68")  # halves away from zero, so credit notes mirror
    assert round_money(D("2.674999")) == D("2.67")
    assert round_money(D("1.0005"), 3) == D("1.001")
    assert str(round_money(D("7"))) == "7.00"


def test_round_money_never_gives_negative_zero() -> None:
    assert str(round_money(D("-0.001"))) == "0.00"


# --- lines ------------------------------------------------------------------------------------


def test_line_with_prices_without_vat() -> None:
    amounts = compute_line(line("3", "33.33"), prices_include_vat=False)
    assert amounts == LineAmounts(
        vat_rate=D("15"), before_discount=D("99.99"), discount=D("0"), net=D("99.99"), vat=D("15.00"), total=D("114.99")
    )  # 99.99 × 15 % = 14.9985 → 15.00


def test_line_quantity_times_price_rounds_half_up() -> None:
    amounts = compute_line(line("1.5", "9.99", vat_rate="0"), prices_include_vat=False)
    assert amounts.net == D("14.99")  # 14.985: half-even would print 14.98
    assert amounts.vat == D("0.00")
    assert amounts.total == D("14.99")


@pytest.mark.parametrize(
    ("price", "net", "vat"),
    [("115.00", "100.00", "15.00"), ("10.00", "8.70", "1.30"), ("1.00", "0.87", "0.13"), ("0.01", "0.01", "0.00")],
)
def test_line_with_prices_including_vat_adds_up_exactly(price: str, net: str, vat: str) -> None:
    amounts = compute_line(line("1", price), prices_include_vat=True)
    assert (amounts.net, amounts.vat, amounts.total) == (D(net), D(vat), D(price))
    assert amounts.net + amounts.vat == amounts.total


def test_line_in_a_three_decimal_currency() -> None:
    amounts = compute_line(line("1", "1.005"), prices_include_vat=False, decimals=currency_decimals("KWD"))
    assert (amounts.net, amounts.vat, amounts.total) == (D("1.005"), D("0.151"), D("1.156"))  # 0.15075 → 0.151


def test_discount_is_taken_off_before_vat() -> None:
    amounts = compute_line(line("2", "50", discount="10"), prices_include_vat=False)
    assert (amounts.before_discount, amounts.discount, amounts.net, amounts.vat, amounts.total) == (
        D("100.00"),
        D("10"),
        D("90.00"),
        D("13.50"),
        D("103.50"),
    )


def test_discount_on_prices_including_vat() -> None:
    amounts = compute_line(line("2", "57.50", discount="11.50"), prices_include_vat=True)
    assert (amounts.total, amounts.net, amounts.vat) == (D("103.50"), D("90.00"), D("13.50"))


def test_discount_equal_to_the_line_amount_makes_it_free() -> None:
    amounts = compute_line(line("2", "50", discount="100"), prices_include_vat=False)
    assert (amounts.net, amounts.vat, amounts.total) == (D("0.00"), D("0.00"), D("0.00"))


@pytest.mark.parametrize("include", [False, True])
def test_discount_above_the_line_amount_is_refused(include: bool) -> None:
    with pytest.raises(MoneyError, match="more than the line amount") as caught:
        compute_line(line("2", "50", discount="100.01"), prices_include_vat=include)
    assert caught.value.field == "discount"


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (line("0", "10"), "quantity"),
        (line("-1", "10"), "quantity"),
        (line("NaN", "10"), "quantity"),
        (line("1", "-10"), "unit_price"),
        (line("1", "Infinity"), "unit_price"),
        (line("1", "10", vat_rate="101"), "vat_rate"),
        (line("1", "10", vat_rate="-1"), "vat_rate"),
        (line("1", "10", discount="-1"), "discount"),
        (line("1", "10", discount="0.001"), "discount"),
        (line("1", "10", description="  "), "description"),
    ],
)
def test_bad_lines_are_refused_with_the_field_at_fault(bad: LineInput, field: str) -> None:
    with pytest.raises(MoneyError) as caught:
        compute_line(bad, prices_include_vat=False)
    assert caught.value.field == field
    assert str(caught.value)


def test_negative_quantity_points_to_a_credit_note() -> None:
    with pytest.raises(MoneyError, match="credit note"):
        compute_line(line("-1", "10"), prices_include_vat=False)


def test_vat_rate_limits_are_allowed() -> None:
    assert compute_line(line("1", "10", vat_rate="0"), prices_include_vat=False).vat == D("0.00")
    assert compute_line(line("1", "10", vat_rate="100"), prices_include_vat=False).vat == D("10.00")


# --- totals -----------------------------------------------------------------------------------


def test_totals_are_the_sums_of_the_rounded_lines() -> None:
    lines = [line("1", "0.10", description=f"Sticker {n}") for n in range(3)]
    totals = compute_totals(lines, prices_include_vat=False)
    # Each line: 0.10 × 15 % = 0.015 → 0.02. Rounding the sum instead would give 0.045 → 0.05.
    assert [amounts.vat for amounts in totals.lines] == [D("0.02")] * 3
    assert round_money(D("0.30") * D("0.15")) == D("0.05")
    assert (totals.net, totals.vat, totals.total) == (D("0.30"), D("0.06"), D("0.36"))


def test_totals_with_mixed_vat_rates() -> None:
    totals = compute_totals(
        [
            line("1", "100", description="Phone case"),
            line("2", "25", vat_rate="0", description="Exempt service"),
            line("1", "20", discount="5", description="Charger"),
        ],
        prices_include_vat=False,
    )
    assert totals == InvoiceTotals(
        lines=totals.lines,
        net=D("165.00"),
        vat=D("17.25"),
        total=D("182.25"),
        discount=D("5.00"),
        vat_by_rate={D("15"): VatBreakdown(D("115.00"), D("17.25")), D("0"): VatBreakdown(D("50.00"), D("0.00"))},
    )
    assert sum((b.net + b.vat for b in totals.vat_by_rate.values()), D(0)) == totals.total


def test_inclusive_invoice_totals_add_up() -> None:
    totals = compute_totals([line("1", "10.00"), line("3", "10.00")], prices_include_vat=True)
    assert (totals.net, totals.vat, totals.total) == (D("34.79"), D("5.21"), D("40.00"))  # 8.70 + 26.09
    assert totals.net + totals.vat == totals.total


def test_credit_note_has_positive_lines_and_negative_totals() -> None:
    lines = [line("3", "33.33"), line("1", "20", vat_rate="0", discount="2.50")]
    invoice = compute_totals(lines, prices_include_vat=False)
    credit = compute_totals(lines, prices_include_vat=False, credit_note=True)
    assert (credit.net, credit.vat, credit.total, credit.discount) == (
        D("-117.49"),
        D("-15.00"),
        D("-132.49"),
        D("-2.50"),
    )
    assert (credit.net, credit.vat, credit.total) == (-invoice.net, -invoice.vat, -invoice.total)
    assert credit.vat_by_rate[D("0")] == VatBreakdown(D("-17.50"), D("0.00"))
    assert str(credit.vat_by_rate[D("0")].vat) == "0.00"  # no "-0.00" on the printed credit note


def test_credit_note_refuses_negative_and_zero_quantities() -> None:
    for quantity in ("-1", "0"):
        with pytest.raises(MoneyError, match="above zero") as caught:
            compute_totals([line(quantity, "10")], prices_include_vat=False, credit_note=True)
        assert caught.value.field == "quantity"


def test_invoice_without_lines_is_refused() -> None:
    with pytest.raises(MoneyError) as caught:
        compute_totals([], prices_include_vat=False)
    assert caught.value.field == "lines"


# --- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,150.50", "1150.50"),
        ("1150.5", "1150.5"),
        (" 1150 ", "1150"),
        ("0.5", "0.5"),
        (".5", "0.5"),
        ("١٬١٥٠٫٥٠", "1150.50"),  # Arabic-Indic digits, Arabic thousands and decimal separators
        ("۱۱۵۰٫۵", "1150.5"),  # Persian digits
        ("\u200f1,150.50", "1150.50"),  # pasted with a right-to-left mark
        ("1,234,567", "1234567"),
    ],
)
def test_parse_amount_reads_what_people_type(text: str, value: str) -> None:
    assert parse_amount(text) == D(value)


@pytest.mark.parametrize("text", ["12abc", "abc", "NaN", "Infinity", "1e3", "1,15.0", "1.2.3", "١٬١٥", "-", "."])
def test_parse_amount_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(MoneyError, match="not an amount") as caught:
        parse_amount(text, field="unit_price")
    assert caught.value.field == "unit_price"


def test_parse_amount_refuses_empty_text() -> None:
    with pytest.raises(MoneyError, match="Enter an amount"):
        parse_amount("   ")


def test_parse_amount_refuses_more_decimals_than_the_currency_has() -> None:
    with pytest.raises(MoneyError, match="at most 2 digits"):
        parse_amount("1.234", decimals=currency_decimals("SAR"))
    assert parse_amount("1.234", decimals=currency_decimals("KWD")) == D("1.234")
    with pytest.raises(MoneyError, match="no decimals"):
        parse_amount("5.5", decimals=0)


def test_parse_amount_negative_only_when_allowed() -> None:
    with pytest.raises(MoneyError, match="negative"):
        parse_amount("-5")
    assert parse_amount("-5.25", allow_negative=True) == D("-5.25")
    assert parse_amount("\u22125", allow_negative=True) == D("-5")  # the Unicode minus sign
    assert str(parse_amount("-0.00")) == "0.00"


@pytest.mark.parametrize(
    ("quantity", "unit_price", "discount", "field"),
    [
        ("1", "1e30", "0", "unit_price"),
        ("1", "1E+999999", "0", "unit_price"),
        ("1", "Infinity", "0", "unit_price"),
        ("1", "10", "1e30", "discount"),
        ("1", "10", "NaN", "discount"),
        ("1000000.001", "1", "0", "quantity"),
        ("1000000", "999999999999.99", "0", "quantity"),  # the line's total
    ],
)
def test_lines_past_the_bounds_are_refused(quantity: str, unit_price: str, discount: str, field: str) -> None:
    with pytest.raises(MoneyError) as refused:
        compute_line(line(quantity, unit_price, discount=discount), prices_include_vat=False)
    assert refused.value.field == field and str(refused.value)


def test_an_invoice_past_the_bound_is_refused() -> None:
    half = line("1", "500000000000", vat_rate="0")
    assert compute_totals([half], prices_include_vat=False).total == D("500000000000.00")
    with pytest.raises(MoneyError, match="Split it") as refused:
        compute_totals([half, half, half], prices_include_vat=False)
    assert refused.value.field == "lines"


def test_parse_amount_refuses_absurdly_large_amounts() -> None:
    assert parse_amount("999,999,999,999.99") == MAX_AMOUNT
    assert parse_amount("-999999999999.99", allow_negative=True) == -MAX_AMOUNT
    for typed in ("1" + "0" * 12, "999999999999.995", "9" * 40):
        with pytest.raises(MoneyError, match="too large"):
            parse_amount(typed, decimals=3)


# --- currencies and formatting ----------------------------------------------------------------


def test_currency_decimals() -> None:
    assert currency_decimals("SAR") == 2
    assert currency_decimals("kwd") == 3
    assert {code for code, places in CURRENCIES.items() if places == 3} == {"KWD", "BHD", "OMR", "JOD"}


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(MoneyError, match="XYZ") as caught:
        currency_decimals("XYZ")
    assert caught.value.field == "currency"
    with pytest.raises(MoneyError):
        format_money(D("1"), "XYZ", "en")


def test_format_money_in_english() -> None:
    assert format_money(D("1150.5"), "SAR", "en") == "SAR\xa01,150.50"
    assert format_money(D("-1150.5"), "SAR", "en") == "-SAR\xa01,150.50"
    assert format_money(D("1.5"), "KWD", "en") == "KWD\xa01.500"


def test_format_money_in_arabic_keeps_western_digits() -> None:
    assert format_money(D("1150.5"), "SAR", "ar") == "\u200f1,150.50\xa0ر.س.\u200f"
    assert format_money(D("1150.5"), "SAR", "ar_SA") == "\u200f1,150.50\xa0ر.س.\u200f"
    assert format_money(D("20"), "EGP", "ar_EG") == "\u200f20.00\xa0ج.م.\u200f"
    assert format_money(D("20"), "AED", "ar") == "\u200f20.00\xa0د.إ.\u200f"


def test_format_money_can_follow_the_locales_own_digits() -> None:
    shown = format_money(D("1150.5"), "SAR", "ar_SA", numbering_system="default")
    assert shown == "\u200f١٬١٥٠٫٥٠\xa0ر.س.\u200f"  # Babel alone leaves the digits Western here


def test_format_money_rounds_half_up_not_half_even() -> None:
    assert format_money(D("2.665"), "SAR", "en") == "SAR\xa02.67"
    assert format_money(D("-0.001"), "SAR", "en") == "SAR\xa00.00"


def test_format_money_refuses_an_unknown_language() -> None:
    with pytest.raises(MoneyError) as caught:
        format_money(D("1"), "SAR", "xx_NOPE")
    assert caught.value.field == "locale"


def test_formatted_native_digits_read_back() -> None:
    shown = format_money(D("1150.5"), "SAR", "ar", numbering_system="arab")
    assert parse_amount(shown.replace("ر.س.", "")) == D("1150.50")
    assert format_money(D("7"), "SAR", "en", numbering_system="arabext") == "SAR\xa0۷٫۰۰"


def test_negative_amount_in_arabic_shows_its_minus_before_the_digits() -> None:
    from bidi import get_display

    text = format_money(D("-84"), "SAR", "ar")
    shown = get_display(text, base_dir="R").replace("\u200e", "").replace("\u200f", "")
    assert "-84.00" in shown  # not "84.00-", which is where the bare minus lands after Babel's RLM
    assert format_money(D("84"), "SAR", "ar") == "\u200f84.00\xa0ر.س.\u200f"


@pytest.mark.parametrize(
    ("typed", "value", "percent"),
    [
        ("5", D("5"), False),
        ("5.50", D("5.50"), False),
        ("١٢٫٥٠", D("12.50"), False),
        ("10%", D("10"), True),
        (" 10 % ", D("10"), True),
        ("%10", D("10"), True),
        ("١٠٪", D("10"), True),
        ("12.5%", D("12.5"), True),
        ("100%", D("100"), True),
    ],
)
def test_a_discount_is_an_amount_or_a_percentage(typed: str, value: D, percent: bool) -> None:
    assert parse_discount(typed, decimals=2) == Discount(value, percent)


@pytest.mark.parametrize("typed", ["%", "101%", "-5%", "10.555%", "abc%", "5.555", "-1"])
def test_a_discount_that_is_neither_is_refused(typed: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_discount(typed, decimals=2)
    assert refused.value.field == "discount" and str(refused.value)

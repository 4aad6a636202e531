"""What a credit note takes back of an invoice's lines: what is left of each line after the credit
notes so far (LineLeft, lines_left_to_credit), a credit note's lines planned against it for the
quantities returned and the prices corrected (plan_credit), its totals, and the preview the
dialog shows. sales_batch.SalesBatch issues the credit notes; documents.py reads what is left."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from retention_desktop.i18n import translate
from retention_desktop.models import InvoiceLine
from retention_desktop.money import (
    MAX_AMOUNT,
    ZERO,
    InvoiceTotals,
    LineAmounts,
    LineInput,
    MoneyError,
    compute_line,
    currency_decimals,
    percent_of,
    plain_number,
    round_money,
    sum_lines,
)
from retention_desktop.sales_errors import SalesError, money_error
from retention_desktop.text import isolate_ltr

if TYPE_CHECKING:
    from retention_desktop.documents import DocumentDetails  # issued documents read back

_LOOKUP_CHUNK = 5000  # line ids per IN (...), well below SQLite's limit on parameters


class CreditedLine(Protocol):
    """An invoice line as stored or as read back (PrintableLine)."""

    @property
    def id(self) -> int: ...
    @property
    def description(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def discount(self) -> Decimal: ...
    @property
    def discount_percent(self) -> Decimal | None: ...
    @property
    def vat_rate(self) -> Decimal: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def vat(self) -> Decimal: ...
    @property
    def total(self) -> Decimal: ...


LineT = TypeVar("LineT", bound=CreditedLine)


@dataclass(frozen=True)
class LineLeft:
    """What is left of an invoice line to credit after the credit notes so far (positive amounts):
    the quantity not taken back, the unit price after price corrections, and what is left of its
    discount, net amount, VAT and total. A credit note never takes more than this."""

    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal

    @classmethod
    def of(cls, line: CreditedLine) -> LineLeft:
        """A line nothing has been credited of yet."""
        return cls(line.quantity, line.unit_price, line.discount, line.net, line.vat, line.total)

    def after(self, taken: LineAmounts, *, returned: Decimal = ZERO, new_price: Decimal | None = None) -> LineLeft:
        """What is left once a credit line of `taken` (negative amounts, as stored) is issued."""
        return LineLeft(
            self.quantity - returned,
            self.unit_price if new_price is None else new_price,
            self.discount + taken.discount,
            self.net + taken.net,
            self.vat + taken.vat,
            self.total + taken.total,
        )

    @property
    def can_correct_price(self) -> bool:
        return self.quantity > 0 and self.unit_price > 0 and self.total > 0


@dataclass(frozen=True)
class CreditLine(Generic[LineT]):
    """One line of a credit note: the invoice line it credits, as entered and as computed."""

    line: LineT
    item: LineInput  # quantity, unit price (the price cut, for a correction) and discount, positive
    amounts: LineAmounts  # negative
    corrects_price: bool


def plan_credit(
    lines: Sequence[LineT],
    returns: Mapping[int, Decimal],
    prices: Mapping[int, Decimal],
    left: dict[int, LineLeft],
    *,
    prices_include_vat: bool,
    decimals: int,
) -> list[CreditLine[LineT]]:
    """The credit note's lines for these returns and price corrections of `lines`, each checked
    against what is left of it (`left`, updated: a later request of the batch sees what this one
    took). On one line, the return comes first and the correction applies to what stays."""
    planned: list[CreditLine[LineT]] = []
    for position, line in enumerate(lines):
        quantity = returns.get(line.id, ZERO)
        price = prices.get(line.id)
        if not quantity.is_finite() or quantity < 0:
            raise SalesError(translate("Sales", "Enter the quantity returned as a number above zero."), field="quantity", line=position)
        state = left.get(line.id)
        if state is None:
            continue
        if quantity > state.quantity:
            raise SalesError(
                translate("Sales", "Only {quantity} of this line are left to credit.").format(quantity=plain_number(state.quantity)),
                field="quantity",
                line=position,
            )
        if quantity > 0:
            credit = _returned(line, quantity, state, prices_include_vat, decimals, position)
            state = state.after(credit.amounts, returned=quantity)
            planned.append(credit)
        if price is not None:
            credit = _price_cut(line, price, state, prices_include_vat, decimals, position)
            state = state.after(credit.amounts, new_price=price)
            planned.append(credit)
        left[line.id] = state
    return planned


def _returned(line: LineT, quantity: Decimal, left: LineLeft, include: bool, decimals: int, position: int) -> CreditLine[LineT]:
    """The credit line for `quantity` of `line` taken back: its price as it stands after earlier
    corrections, its VAT, and what is left of its discount in proportion. The last of a line takes
    exactly what is left of it, so that crediting a line piece by piece adds up to the line."""
    share = left.discount if quantity == left.quantity else round_money(left.discount * quantity / left.quantity, decimals)
    # Rounding cent by cent may have left a cent less (or more) of the discount than of the line.
    discount = min(max(share, ZERO), round_money(quantity * left.unit_price, decimals))
    item = LineInput(line.description, quantity, left.unit_price, line.vat_rate, discount)
    amounts = _within(_credit_amounts(item, include, decimals, position), left, everything=quantity == left.quantity)
    return _credit_line(line, item, amounts, include, corrects_price=False)


def _price_cut(line: LineT, price: Decimal, left: LineLeft, include: bool, decimals: int, position: int) -> CreditLine[LineT]:
    """The credit line that lowers `line`'s unit price to `price` on every unit not taken back: the
    difference, its VAT, less a percentage discount's share of it (an amount off stays as it was)."""
    if not price.is_finite() or price < 0 or abs(price) > MAX_AMOUNT:
        raise SalesError(translate("Sales", "Type the right unit price as a number, zero or more."), field="price", line=position)
    if price != round_money(price, decimals):
        raise SalesError(
            translate("Money", "Type at most %n digits after the decimal point.", None, decimals), field="price", line=position
        )
    if not left.can_correct_price:
        raise SalesError(translate("Sales", "Nothing of this line is left to correct."), field="price", line=position)
    if price >= left.unit_price:
        raise SalesError(
            translate("Sales", "A credit note lowers a price: type a price below {price}.").format(
                price=isolate_ltr(f"{left.unit_price:,}")
            ),
            field="price",
            line=position,
        )
    cut = left.unit_price - price
    discount = ZERO
    if line.discount_percent is not None:
        discount = percent_of(round_money(left.quantity * cut, decimals), line.discount_percent, decimals)
    item = LineInput(line.description, left.quantity, cut, line.vat_rate, discount)
    amounts = _within(_credit_amounts(item, include, decimals, position), left, everything=False)
    return _credit_line(line, item, amounts, include, corrects_price=True)


def _credit_amounts(item: LineInput, include: bool, decimals: int, position: int) -> LineAmounts:
    try:
        return compute_line(item, prices_include_vat=include, decimals=decimals, credit_note=True)
    except MoneyError as error:
        raise money_error(error, position) from error


def _within(amounts: LineAmounts, left: LineLeft, *, everything: bool) -> LineAmounts:
    """`amounts` (negative) held to what is left of the line: exactly what is left when the credit
    takes the rest of it, and never more of its net amount or VAT than is left (rounding line by
    line could otherwise credit a cent more than was invoiced)."""
    if everything:
        net, vat = left.net, left.vat
    else:
        net, vat = min(-amounts.net, left.net), min(-amounts.vat, left.vat)
    if (net, vat) == (-amounts.net, -amounts.vat):
        return amounts
    return replace(amounts, net=ZERO - net, vat=ZERO - vat, total=ZERO - (net + vat))


def _credit_line(line: LineT, item: LineInput, amounts: LineAmounts, include: bool, *, corrects_price: bool) -> CreditLine[LineT]:
    """The credit line as it prints: when _within held its amounts to what was left, its discount
    makes quantity × price − discount come to its amount again (when no negative discount is needed)."""
    after_discount = -(amounts.total if include else amounts.net)
    before = -amounts.before_discount
    if before - item.discount != after_discount and ZERO <= before - after_discount <= before:
        item = replace(item, discount=before - after_discount)
    return CreditLine(line, item, replace(amounts, discount=ZERO - item.discount), corrects_price)


def credit_totals(planned: Sequence[CreditLine[Any]], decimals: int) -> InvoiceTotals:
    """A credit note's totals (negative) from its lines."""
    try:
        return sum_lines([credit.amounts for credit in planned], decimals=decimals)
    except MoneyError as error:
        raise money_error(error) from error


def preview_credit_note(
    details: DocumentDetails, returns: Mapping[int, Decimal], prices: Mapping[int, Decimal] | None = None
) -> Decimal:
    """The total (negative) of the credit note `issue_credit_note` would issue for these quantities
    and prices of the invoice in `details`; raises SalesError for what it would refuse."""
    decimals = currency_decimals(details.printable.currency)
    left = dict(details.left)
    planned = plan_credit(
        details.printable.lines,
        returns,
        prices or {},
        left,
        prices_include_vat=details.printable.prices_include_vat,
        decimals=decimals,
    )
    if not planned:
        return round_money(ZERO, decimals)
    return credit_totals(planned, decimals).total


def lines_left_to_credit(session: Session, lines: Sequence[CreditedLine]) -> dict[int, LineLeft]:
    """What is left of each invoice line to credit, after the credit notes issued so far."""
    left = {line.id: LineLeft.of(line) for line in lines}
    line_ids = list(left)
    credit_lines = InvoiceLine.__table__.c
    for start in range(0, len(line_ids), _LOOKUP_CHUNK):
        credited = session.connection().execute(
            select(
                credit_lines.corrects_line_id,
                credit_lines.quantity,
                credit_lines.unit_price,
                credit_lines.discount,
                credit_lines.net,
                credit_lines.vat,
                credit_lines.total,
                credit_lines.corrects_price,
            )
            .where(credit_lines.corrects_line_id.in_(line_ids[start : start + _LOOKUP_CHUNK]))
            .order_by(credit_lines.id)
        )
        for line_id, quantity, unit_price, discount, net, vat, total, corrects_price in credited:
            if line_id is None:
                continue
            state = left[line_id]
            amounts = LineAmounts(ZERO, ZERO, ZERO - discount, net, vat, total)
            if corrects_price:
                left[line_id] = state.after(amounts, new_price=state.unit_price - unit_price)
            else:
                left[line_id] = state.after(amounts, returned=quantity)
    return left


__all__ = ["CreditLine", "CreditedLine", "LineLeft", "credit_totals", "lines_left_to_credit", "plan_credit", "preview_credit_note"]

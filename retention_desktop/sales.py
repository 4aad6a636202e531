"""Sales: invoices with gapless numbers, credit notes and payments (the catalogue is catalogue.py):
their drafts, totals, numbers and checks, and the functions that issue one document at a time;
sales_batch.SalesBatch issues them, one or many, inside a write transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, bindparam, select, update
from sqlalchemy.orm import Session

from retention_desktop.clock import add_months
from retention_desktop.credits import LineLeft, credit_totals, plan_credit
from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.kinds import PaymentStatus, payment_status
from retention_desktop.models import (
    CadenceUnit,
    Customer,
    DocumentCounter,
    DocumentKind,
    PaymentMethod,
    SellerRecord,
    VatCategory,
)
from retention_desktop.money import (
    HUNDRED,
    MAX_AMOUNT,
    MAX_QUANTITY,
    ZERO,
    InvoiceTotals,
    LineAmounts,
    LineInput,
    MoneyError,
    check_amount,
    check_percent,
    compute_totals,
    currency_decimals,
    percent_of,
    round_money,
)
from retention_desktop.profile import BusinessProfile
from retention_desktop.sales_errors import SalesError, money_error
from retention_desktop.text import clean_line, clean_paragraph, isolate_ltr

if TYPE_CHECKING:
    from retention_desktop.sales_batch import SalesBatch


MAX_LINES = 200
MAX_NOTE = 1000



# ---------------------------------------------------------------------------------------------
# Issuing invoices


@dataclass(frozen=True)
class LineDraft:
    """One line as typed. `unit_price` and `discount` (an amount off the whole line) are in the
    invoice's price terms; `discount_percent`, when given, is the discount typed as a percentage
    of the line, and the amount off is worked out from it (`discount` is then not used).
    `vat_rate` None takes the rate of `vat_category`: the profile's rate for standard, 0 for
    zero-rated and exempt."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal = ZERO
    vat_category: VatCategory = VatCategory.STANDARD
    vat_rate: Decimal | None = None
    item_id: int | None = None
    discount_percent: Decimal | None = None


@dataclass(frozen=True)
class InvoiceDraft:
    customer_id: int
    lines: Sequence[LineDraft]
    prices_include_vat: bool | None = None  # None: as the profile says
    note: str = ""


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    number: str
    kind: DocumentKind
    total: Decimal
    first_purchase: bool  # the customer's first invoice: the new-customer kit's moment
    line_ids: tuple[int, ...] = ()  # its lines, in order
    payment: PaymentRow | None = None  # what the customer paid as it was issued (issue_invoice's paid_now)


@dataclass(frozen=True)
class PaidNow:
    """What the customer pays at the counter as the invoice is issued: recorded as a payment of
    the invoice's day, in the same transaction (see issue_invoice)."""

    amount: Decimal
    method: PaymentMethod
    note: str = ""


def _line_rate(line: LineDraft, profile: BusinessProfile) -> Decimal:
    if line.vat_rate is not None:
        return line.vat_rate
    return profile.vat_rate if line.vat_category == VatCategory.STANDARD else ZERO




def preview_totals(
    lines: Sequence[LineDraft], profile: BusinessProfile, *, prices_include_vat: bool | None = None
) -> tuple[tuple[Decimal, ...], Decimal, Decimal, Decimal]:
    """(line totals, net, VAT, total) of lines being typed, for a form to show as they change.
    Raises SalesError with the line at fault."""
    totals = compute_invoice_totals(lines, profile, prices_include_vat, credit_note=False)
    return tuple(a.total for a in totals.lines), totals.net, totals.vat, totals.total


def compute_invoice_totals(
    lines: Sequence[LineDraft], profile: BusinessProfile, prices_include_vat: bool | None, *, credit_note: bool
) -> InvoiceTotals:
    """The amounts of an invoice's lines under `profile` (its currency and VAT rate), each line
    checked; SalesError names the line at fault. `prices_include_vat` None: as the profile says."""
    decimals = currency_decimals(profile.currency)
    include = profile.prices_include_vat if prices_include_vat is None else prices_include_vat
    if not lines:
        raise SalesError(translate("Money", "Add at least one line to the invoice."), field="lines")
    if len(lines) > MAX_LINES:
        raise SalesError(
            translate("Sales", "An invoice has at most %n lines.", None, MAX_LINES), field="lines"
        )
    inputs = []
    for index, line in enumerate(lines):
        description = clean_line(line.description)
        if len(description) > 500:
            raise SalesError(translate("Sales", "Describe the line in at most 500 characters."), field="description", line=index)
        try:
            quantity_ok = line.quantity.is_finite() and line.quantity == line.quantity.quantize(Decimal("0.001"))
        except InvalidOperation:
            quantity_ok = False
        if not quantity_ok or line.quantity > MAX_QUANTITY:
            raise SalesError(
                translate("Sales", "Type the quantity with at most three decimals, up to a million."),
                field="quantity",
                line=index,
            )
        # NaN, Infinity and amounts past MAX_AMOUNT are left to compute_totals, which says so.
        price = line.unit_price
        if price.is_finite() and abs(price) <= MAX_AMOUNT and price != round_money(price, decimals):
            raise SalesError(
                translate("Money", "Type at most %n digits after the decimal point.", None, decimals),
                field="unit_price",
                line=index,
            )
        discount = line.discount
        if line.discount_percent is not None:
            discount = _discount_of_percent(line, index, decimals)
        item = LineInput(description, line.quantity, line.unit_price, _line_rate(line, profile), discount)
        try:
            compute_totals([item], prices_include_vat=include, decimals=decimals, credit_note=credit_note)
        except MoneyError as error:
            raise money_error(error, index) from error
        inputs.append(item)
    try:
        return compute_totals(inputs, prices_include_vat=include, decimals=decimals, credit_note=credit_note)
    except MoneyError as error:
        raise money_error(error) from error


def _discount_of_percent(line: LineDraft, index: int, decimals: int) -> Decimal:
    """The amount off a line whose discount was typed as a percentage: that share of the line's
    amount before the discount, rounded to the currency. Quantity and price are checked before."""
    assert line.discount_percent is not None
    try:
        check_percent(line.discount_percent)
    except MoneyError as error:
        raise money_error(error, index) from error
    if not line.unit_price.is_finite() or abs(line.unit_price) > MAX_AMOUNT:
        return ZERO  # compute_totals says what is wrong with the price
    return percent_of(round_money(line.quantity * line.unit_price, decimals), line.discount_percent, decimals)


def seller_snapshot(profile: BusinessProfile) -> str:
    body: dict[str, object] = {
        "name_ar": profile.name_ar,
        "name_en": profile.name_en,
        "address": profile.address,
        "phone": profile.phone,
        "vat_number": profile.vat_number,
        "country": profile.country,
        "terms": profile.terms,
        "show_hijri_date": profile.show_hijri_date,
        "logo_id": profile.logo_id,
    }
    # The English address and terms only when there are some: a profile without them keeps the
    # seller record it always had.
    for key, value in (("address_en", profile.address_en), ("terms_en", profile.terms_en)):
        if value:
            body[key] = value
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def seller_id(session: Session, profile: BusinessProfile) -> int:
    """The stored seller record for the profile as it is now, added the first time it is used."""
    body = seller_snapshot(profile)
    digest = hashlib.sha256(body.encode()).hexdigest()
    found = session.scalar(select(SellerRecord.id).where(SellerRecord.sha256 == digest))
    if found is not None:
        return found
    record = SellerRecord(sha256=digest, body=body)
    session.add(record)
    session.flush()
    return record.id


def buyer_snapshot(customer: Customer) -> str:
    """The buyer as an invoice keeps it: what it printed, whatever changes later."""
    phone = customer.phones[0].number if customer.phones else ""
    return buyer_json(customer.full_name, phone, customer.address, customer.area, customer.email)


def buyer_json(name: str, phone: str, address: str, area: str, email: str) -> str:
    return _BUYER_JSON.encode(
        {
            "name": name,
            "phone": phone,
            "address": " ".join(part for part in (address, area) if part),
            "email": email,
        }
    )


_BUYER_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps with options made one per call


_counters = DocumentCounter.__table__


def take_number(session: Session, kind: DocumentKind, prefix: str) -> tuple[int, str]:
    """The next number of `kind`, taken inside the caller's write transaction: if that transaction
    rolls back, so does the counter, so numbers have no gaps."""
    return take_numbers(session, kind, prefix, 1)[0]


# Made once: built at each call, the statement took longer than the database's work on it.
_TAKE_NUMBERS = (
    update(_counters)
    .where(_counters.c.kind == bindparam("taken_kind", type_=_counters.c.kind.type))
    .values(last_sequence=_counters.c.last_sequence + bindparam("taken", type_=Integer))
    .returning(_counters.c.last_sequence)
)


def take_numbers(session: Session, kind: DocumentKind, prefix: str, count: int) -> list[tuple[int, str]]:
    """The next `count` numbers of `kind`, taken as take_number takes one (one raise of the counter)."""
    last = session.connection().execute(_TAKE_NUMBERS, {"taken_kind": kind, "taken": count}).scalar_one()
    return [(sequence, document_number(prefix, sequence)) for sequence in range(last - count + 1, last + 1)]


def document_number(prefix: str, sequence: int) -> str:
    """An invoice or credit note number as printed: the owner's prefix and six digits, INV-000123."""
    return f"{prefix}{sequence:06d}"


def local_time(moment: datetime, zone: ZoneInfo) -> time:
    """The shop's clock time of a stored (UTC) time stamp, to the second."""
    return moment.astimezone(zone).time().replace(microsecond=0, tzinfo=None)


def renewal_after(day: date, every: int, unit: CadenceUnit) -> date:
    if unit == CadenceUnit.MONTHS:
        return add_months(day, every)
    return day + timedelta(days=every * (7 if unit == CadenceUnit.WEEKS else 1))


def issue_moment(at: datetime | None) -> datetime:
    """When a document is issued: now unless given, in UTC, to the second."""
    return (at or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)


def clean_invoice_note(text: str) -> str:
    note = clean_paragraph(text)
    if len(note) > MAX_NOTE:
        raise SalesError(translate("Sales", "Keep the note under %n characters.", None, MAX_NOTE), field="note")
    return note


def clean_credit_reason(reason: str) -> str:
    why = clean_line(reason)
    if not why:
        raise SalesError(translate("Sales", "Say why the invoice is corrected (ZATCA asks for a reason)."), field="reason")
    if len(why) > 500:
        raise SalesError(translate("Sales", "Give the reason in at most 500 characters."), field="reason")
    return why


def _batch(session: Session, *, today: date | None = None) -> SalesBatch:
    """A batch of one: the single functions here issue and record through sales_batch.SalesBatch,
    which builds on this module's drafts, totals and checks (imported here when first used)."""
    from retention_desktop.sales_batch import SalesBatch

    return SalesBatch(session, today=today)


def issue_invoice(
    db: Database, draft: InvoiceDraft, *, at: datetime | None = None, paid_now: PaidNow | None = None
) -> IssuedDocument:
    """Check and save an invoice under the next number, all in one transaction, or raise SalesError
    and save nothing.

    The customer's stage moves (lifecycle.stage_after_purchase: prospect → first purchase →
    active), a purchase is logged in their history (which starts the satisfaction-call rule), and an
    item with a renewal period moves the customer's renewal date on. Line descriptions are cleaned
    as one line each, the note as a paragraph (text.py).

    `paid_now`: the customer paid at the counter. The payment is recorded as record_payment records
    one, on the invoice's day, in the same transaction: an amount it refuses (above the total, zero
    or less) saves neither; its SalesError's field is then "paid_amount" or "paid_note".
    """
    clean_invoice_note(draft.note)  # before the write lock: a note too long waits for nothing
    with db.writing() as session:
        batch = _batch(session)
        issued = batch.issue_invoices([draft], at=[at] if at else ())[0]
        if paid_now is None:
            return issued
        day = batch.invoice_day(issued.id)
        try:
            payment = batch.record_payments([PaymentDraft(issued.id, paid_now.amount, day, paid_now.method, paid_now.note)])[0]
        except SalesError as error:
            raise SalesError(str(error), field=f"paid_{error.field}") from error
        return replace(issued, payment=payment)


def issue_invoices(db: Database, drafts: Sequence[InvoiceDraft], *, at: Sequence[datetime] = ()) -> list[IssuedDocument]:
    """Issue many invoices in one transaction, numbered in the order given, each as issue_invoice
    issues it; a bad draft raises SalesError and nothing is saved. `at`: each one's moment."""
    with db.writing() as session:
        return _batch(session).issue_invoices(drafts, at=at)


# ---------------------------------------------------------------------------------------------
# Credit notes and payments


@dataclass(frozen=True)
class CreditRequest:
    """A correction of an issued invoice: its line ids and the quantity of each taken back, and
    (`prices`) the unit price some lines should have had."""

    invoice_id: int
    returns: Mapping[int, Decimal]
    reason: str
    at: datetime | None = None
    prices: Mapping[int, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class CreditOfDraft:
    """In SalesBatch.issue_in_order, a credit note of an invoice issued earlier in the same call:
    the very draft it was issued from, and the quantity taken back of its lines by their position."""

    draft: InvoiceDraft
    returns: Mapping[int, Decimal]
    reason: str
    at: datetime | None = None


@dataclass(frozen=True)
class PaymentOfDraft:
    """In SalesBatch.issue_in_order, a payment of an invoice issued earlier in the same call: the
    very draft it was issued from, and the payment as PaymentDraft gives it. The invoice is then
    stored with what was paid, not stored and then updated."""

    draft: InvoiceDraft
    amount: Decimal
    paid_on: date
    method: PaymentMethod
    note: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class PaymentDraft:
    """Money received against an invoice (or, `refund`, paid back on it)."""

    invoice_id: int
    amount: Decimal
    paid_on: date
    method: PaymentMethod
    note: str = ""
    refund: bool = False
    at: datetime | None = None  # when it was recorded; now unless given


def issue_credit_note(
    db: Database,
    invoice_id: int,
    returns: Mapping[int, Decimal],
    *,
    reason: str,
    at: datetime | None = None,
    prices: Mapping[int, Decimal] | None = None,
) -> IssuedDocument:
    """Correct an issued invoice: `returns` maps each of its line ids to the quantity taken back
    (at most what is left of it after earlier credit notes), `prices` to the unit price the line
    should have had (below its price now). A return credits the line's price as it stands after
    earlier corrections, its VAT, and its discount in proportion; a price correction credits the
    difference on every unit not taken back (a percentage discount in proportion too). Neither ever
    credits more of a line than is left of it. The credit note's amounts are negative.
    """
    clean_credit_reason(reason)  # before the write lock
    with db.writing() as session:
        request = CreditRequest(invoice_id, returns, reason, at, prices or {})
        return _batch(session).issue_credit_notes([request])[0]


def preview_credit_of_draft(
    draft: InvoiceDraft, profile: BusinessProfile, returns: Mapping[int, Decimal]
) -> Decimal:
    """The total (negative) of a credit note that would take back these quantities (by line
    position) of the invoice `draft` once issued under `profile`: the same arithmetic as
    issue_credit_note, for planning before the invoice exists."""
    decimals = currency_decimals(profile.currency)
    include = profile.prices_include_vat if draft.prices_include_vat is None else draft.prices_include_vat
    totals = compute_invoice_totals(draft.lines, profile, draft.prices_include_vat, credit_note=False)
    lines = [line_record(position, line, amounts) for position, (line, amounts) in enumerate(zip(draft.lines, totals.lines))]
    left = {line.id: LineLeft.of(line) for line in lines}
    planned = plan_credit(lines, returns, {}, left, prices_include_vat=include, decimals=decimals)
    if not planned:
        return round_money(ZERO, decimals)
    return credit_totals(planned, decimals).total


@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: date
    amount: Decimal
    method: PaymentMethod
    note: str


def record_payment(
    db: Database,
    invoice_id: int,
    *,
    amount: Decimal,
    paid_on: date,
    method: PaymentMethod,
    note: str = "",
    today: date | None = None,
) -> PaymentRow:
    """Record money received against an invoice; at most what is still due, on a day between the
    invoice's day and today."""
    with db.writing() as session:
        return _batch(session, today=today).record_payments([PaymentDraft(invoice_id, amount, paid_on, method, note)])[0]


def record_refund(
    db: Database,
    invoice_id: int,
    *,
    amount: Decimal,
    paid_on: date,
    method: PaymentMethod,
    note: str = "",
    today: date | None = None,
) -> PaymentRow:
    """Record money paid back to the customer on an invoice that a credit note has left overpaid;
    at most what is owed back. It is kept as a payment of minus `amount`."""
    with db.writing() as session:
        draft = PaymentDraft(invoice_id, amount, paid_on, method, note, refund=True)
        return _batch(session, today=today).record_payments([draft])[0]


@dataclass
class InvoiceState:
    """What a credit note or a payment reads and moves of an invoice."""

    kind: DocumentKind
    customer_id: int
    currency: str
    prices_include_vat: bool
    issue_date: date
    total: Decimal
    paid: Decimal
    credited: Decimal
    buyer_json: str


def check_payment(draft: PaymentDraft, invoice: InvoiceState, paid: Decimal, today: date) -> tuple[Decimal, str]:
    """The signed amount and cleaned note of a payment against `invoice`, of which `paid` is paid so
    far, or SalesError."""
    amount, refund = draft.amount, draft.refund
    note = clean_line(draft.note)
    decimals = currency_decimals(invoice.currency)
    if not amount.is_finite() or amount <= 0:
        if refund:
            raise SalesError(translate("Sales", "Enter the amount paid back, above zero."), field="amount")
        raise SalesError(translate("Sales", "Enter the amount received, above zero."), field="amount")
    try:
        check_amount(amount)
    except MoneyError as error:
        raise money_error(error) from error
    if amount != round_money(amount, decimals):
        raise SalesError(
            translate("Money", "Type at most %n digits after the decimal point.", None, decimals),
            field="amount",
        )
    due = invoice.total - invoice.credited - paid
    limit = -due if refund else due
    if limit <= 0:
        if refund:
            raise SalesError(translate("Sales", "Nothing is owed back on this invoice."), field="amount")
        raise SalesError(translate("Sales", "This invoice is already settled."), field="amount")
    if amount > limit:
        if refund:
            message = translate("Sales", "This is more than is owed back on the invoice ({due}).")
        else:
            message = translate("Sales", "This is more than is still due on the invoice ({due}).")
        raise SalesError(message.format(due=isolate_ltr(f"{invoice.currency} {limit:,}")), field="amount")
    if draft.paid_on > today:
        raise SalesError(translate("Sales", "The payment day cannot be in the future."), field="paid_on")
    if draft.paid_on < invoice.issue_date:
        raise SalesError(translate("Sales", "The payment day cannot be before the invoice's day."), field="paid_on")
    if len(note) > 500:
        raise SalesError(translate("Sales", "Keep the note under 500 characters."), field="note")
    return (ZERO - amount if refund else amount), note


@dataclass(frozen=True)
class LineRecord:
    """An invoice line as stored, for a credit note to take back."""

    id: int
    item_id: int | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    vat_category: VatCategory
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal
    description_en: str = ""
    discount_percent: Decimal | None = None


def line_record(line_id: int, line: LineDraft, amounts: LineAmounts, names: tuple[str, str] | None = None) -> LineRecord:
    """An invoice line as issue_invoices stores it: `names` its description and English one."""
    description, description_en = names or (clean_line(line.description), "")
    return LineRecord(
        line_id,
        line.item_id,
        description,
        line.quantity,
        line.unit_price,
        amounts.discount,
        line.vat_category,
        amounts.vat_rate,
        amounts.net,
        amounts.vat,
        amounts.total,
        description_en,
        line.discount_percent,
    )



__all__ = [
    "HUNDRED",
    "CreditOfDraft",
    "CreditRequest",
    "InvoiceDraft",
    "IssuedDocument",
    "LineDraft",
    "PaymentDraft",
    "PaymentOfDraft",
    "PaymentRow",
    "PaymentStatus",
    "buyer_snapshot",
    "compute_invoice_totals",
    "document_number",
    "issue_credit_note",
    "issue_invoice",
    "issue_invoices",
    "local_time",
    "PaidNow",
    "payment_status",
    "preview_credit_of_draft",
    "preview_totals",
    "record_payment",
    "record_refund",
    "renewal_after",
    "seller_id",
    "seller_snapshot",
    "take_number",
    "take_numbers",
]

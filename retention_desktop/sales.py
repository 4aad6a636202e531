"""Sales: the catalogue, invoices with gapless numbers, credit notes, payments and purchase history."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, select, union, update
from sqlalchemy.orm import Session, selectinload

from retention_desktop.clock import add_months, local_date, shop_zone
from retention_desktop.customers import CustomerNotFound
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.kinds import PaymentStatus
from retention_desktop.models import (
    CadenceUnit,
    CatalogueItem,
    Customer,
    DocumentCounter,
    DocumentKind,
    Interaction,
    InteractionKind,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentMethod,
    SellerRecord,
    Stage,
    StoredImage,
    VatCategory,
    utc_now,
)
from retention_desktop.money import (
    HUNDRED,
    MAX_AMOUNT,
    MAX_QUANTITY,
    ZERO,
    InvoiceTotals,
    LineInput,
    MoneyError,
    check_amount,
    compute_totals,
    currency_decimals,
    plain_number,
    round_money,
)
from retention_desktop.profile import BusinessProfile, read_profile
from retention_desktop.search import matching_customers
from retention_desktop.text import clean_line, clean_paragraph, fold, isolate_ltr
from retention_desktop.zatca import ZatcaError, is_valid_saudi_vat_number, simplified_invoice_qr

MAX_LINES = 200
MAX_NOTE = 1000
MAX_RENEWAL = {CadenceUnit.DAYS: 3660, CadenceUnit.WEEKS: 520, CadenceUnit.MONTHS: 120}


class SalesError(UserError):
    """Input that cannot be saved; the message is for the user, `field` names the input at fault
    (the same names as MoneyError's, plus "customer", "profile", "item", "paid_on", "reason")."""

    def __init__(self, message: str, *, field: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line  # the 0-based line of the invoice at fault, if a line is


def payment_status(total: Decimal, paid: Decimal, credited: Decimal) -> PaymentStatus:
    due = total - credited
    if due <= 0 and paid == 0:
        return PaymentStatus.CREDITED
    if paid > due:
        return PaymentStatus.REFUND_DUE
    if paid >= due:
        return PaymentStatus.PAID
    return PaymentStatus.PARTLY_PAID if paid > 0 else PaymentStatus.UNPAID


# ---------------------------------------------------------------------------------------------
# The catalogue


@dataclass(frozen=True)
class CatalogueDraft:
    """A product or service as the owner enters it. `unit_price` is in the shop's price terms (with
    VAT if the profile says prices include it); `renewal_every` + `renewal_unit` for subscriptions."""

    name_ar: str
    unit_price: Decimal
    name_en: str = ""
    vat_category: VatCategory = VatCategory.STANDARD
    renewal_every: int | None = None
    renewal_unit: CadenceUnit | None = None


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    name_ar: str
    name_en: str
    unit_price: Decimal
    vat_category: VatCategory
    renewal_every: int | None
    renewal_unit: CadenceUnit | None
    archived: bool

    def name(self, language: str) -> str:
        return (self.name_en or self.name_ar) if language == "en" else self.name_ar


def _check_item(draft: CatalogueDraft, decimals: int) -> CatalogueDraft:
    """The item with its names cleaned (text.clean_line) and its price rounded, or SalesError."""
    name_ar = clean_line(draft.name_ar)
    name_en = clean_line(draft.name_en)
    if not name_ar:
        raise SalesError(translate("Sales", "Enter the name in Arabic."), field="name_ar")
    if len(name_ar) > 200 or len(name_en) > 200:
        raise SalesError(translate("Sales", "A name has at most 200 characters."), field="name_ar" if len(name_ar) > 200 else "name_en")
    if draft.unit_price.is_finite() and draft.unit_price < 0:
        raise SalesError(translate("Sales", "The price cannot be negative."), field="unit_price")
    try:
        check_amount(draft.unit_price, field="unit_price")  # NaN, Infinity, 1e30
    except MoneyError as error:
        raise _money_error(error) from error
    if draft.unit_price != round_money(draft.unit_price, decimals):
        raise SalesError(
            translate("Money", "Type at most %n digits after the decimal point.", None, decimals),
            field="unit_price",
        )
    if (draft.renewal_every is None) != (draft.renewal_unit is None):
        raise SalesError(translate("Sales", "Give the renewal period as a number and a unit."), field="renewal_every")
    if draft.renewal_every is not None and draft.renewal_unit is not None:
        limit = MAX_RENEWAL[draft.renewal_unit]
        if not 1 <= draft.renewal_every <= limit:
            raise SalesError(
                translate("Sales", "The renewal period must be from 1 to {limit}.").format(limit=limit),
                field="renewal_every",
            )
    price = round_money(draft.unit_price, decimals)  # 35.5 is kept as 35.50
    return CatalogueDraft(name_ar, price, name_en, draft.vat_category, draft.renewal_every, draft.renewal_unit)


def _catalogue_row(item: CatalogueItem) -> CatalogueRow:
    return CatalogueRow(
        item.id,
        item.name_ar,
        item.name_en,
        item.unit_price,
        item.vat_category,
        item.renewal_every,
        item.renewal_unit,
        item.archived_at is not None,
    )


def _apply_item(item: CatalogueItem, draft: CatalogueDraft) -> None:
    item.name_ar = draft.name_ar
    item.name_en = draft.name_en
    item.unit_price = draft.unit_price
    item.vat_category = draft.vat_category
    item.renewal_every = draft.renewal_every
    item.renewal_unit = draft.renewal_unit


def add_catalogue_item(db: Database, draft: CatalogueDraft) -> int:
    with db.writing() as session:
        clean = _check_item(draft, currency_decimals(read_profile(session).currency))
        item = CatalogueItem()
        _apply_item(item, clean)
        session.add(item)
        session.flush()
        return item.id


def update_catalogue_item(db: Database, item_id: int, draft: CatalogueDraft) -> None:
    """Change an item; invoices already issued keep what they printed."""
    with db.writing() as session:
        clean = _check_item(draft, currency_decimals(read_profile(session).currency))
        item = session.get(CatalogueItem, item_id)
        if item is None:
            raise SalesError(translate("Sales", "This item no longer exists."), field="item")
        _apply_item(item, clean)


def set_catalogue_item_archived(db: Database, item_id: int, archived: bool) -> None:
    """Take an item off the list offered for new invoices (or put it back); its history stays."""
    with db.writing() as session:
        item = session.get(CatalogueItem, item_id)
        if item is None:
            raise SalesError(translate("Sales", "This item no longer exists."), field="item")
        item.archived_at = utc_now() if archived else None


def catalogue_items(db: Database, *, include_archived: bool = False) -> list[CatalogueRow]:
    """The catalogue in the order of its Arabic names."""
    with db.session() as session:
        stmt = select(CatalogueItem)
        if not include_archived:
            stmt = stmt.where(CatalogueItem.archived_at.is_(None))
        items = [_catalogue_row(i) for i in session.scalars(stmt)]
    return sorted(items, key=lambda r: (r.archived, fold(r.name_ar), r.id))


# ---------------------------------------------------------------------------------------------
# Issuing invoices


@dataclass(frozen=True)
class LineDraft:
    """One line as typed. `unit_price` and `discount` (an amount off the whole line) are in the
    invoice's price terms. `vat_rate` None takes the rate of `vat_category`: the profile's rate
    for standard, 0 for zero-rated and exempt."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal = ZERO
    vat_category: VatCategory = VatCategory.STANDARD
    vat_rate: Decimal | None = None
    item_id: int | None = None


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


def _line_rate(line: LineDraft, profile: BusinessProfile) -> Decimal:
    if line.vat_rate is not None:
        return line.vat_rate
    return profile.vat_rate if line.vat_category == VatCategory.STANDARD else ZERO


def _money_error(error: MoneyError, line: int | None = None) -> SalesError:
    return SalesError(str(error), field=error.field, line=line)


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
        item = LineInput(description, line.quantity, line.unit_price, _line_rate(line, profile), line.discount)
        try:
            compute_totals([item], prices_include_vat=include, decimals=decimals, credit_note=credit_note)
        except MoneyError as error:
            raise _money_error(error, index) from error
        inputs.append(item)
    try:
        return compute_totals(inputs, prices_include_vat=include, decimals=decimals, credit_note=credit_note)
    except MoneyError as error:
        raise _money_error(error) from error


def seller_snapshot(profile: BusinessProfile) -> str:
    return json.dumps(
        {
            "name_ar": profile.name_ar,
            "name_en": profile.name_en,
            "address": profile.address,
            "phone": profile.phone,
            "vat_number": profile.vat_number,
            "country": profile.country,
            "terms": profile.terms,
            "show_hijri_date": profile.show_hijri_date,
            "logo_id": profile.logo_id,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


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
    return json.dumps(
        {
            "name": customer.full_name,
            "phone": customer.phones[0].number if customer.phones else "",
            "address": " ".join(part for part in (customer.address, customer.area) if part),
            "email": customer.email,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def take_number(session: Session, kind: DocumentKind, prefix: str) -> tuple[int, str]:
    """The next number of `kind`, taken inside the caller's write transaction: if that transaction
    rolls back, so does the counter, so numbers have no gaps."""
    sequence = session.execute(
        update(DocumentCounter)
        .where(DocumentCounter.kind == kind)
        .values(last_sequence=DocumentCounter.last_sequence + 1)
        .returning(DocumentCounter.last_sequence)
    ).scalar_one()
    return sequence, document_number(prefix, sequence)


def document_number(prefix: str, sequence: int) -> str:
    """An invoice or credit note number as printed: the owner's prefix and six digits, INV-000123."""
    return f"{prefix}{sequence:06d}"


def local_time(moment: datetime, zone: ZoneInfo) -> time:
    """The shop's clock time of a stored (UTC) time stamp, to the second."""
    return moment.astimezone(zone).time().replace(microsecond=0, tzinfo=None)


def _next_stage(stage: Stage, first: bool) -> Stage:
    if first and stage == Stage.PROSPECT:
        return Stage.FIRST_PURCHASE
    if stage in (Stage.LAPSED, Stage.LOST):
        return Stage.WON_BACK  # a purchase from a lost customer is a customer won back
    if stage == Stage.PROSPECT:
        return Stage.FIRST_PURCHASE
    return Stage.ACTIVE


def renewal_after(day: date, every: int, unit: CadenceUnit) -> date:
    if unit == CadenceUnit.MONTHS:
        return add_months(day, every)
    return day + timedelta(days=every * (7 if unit == CadenceUnit.WEEKS else 1))


def issue_invoice(db: Database, draft: InvoiceDraft, *, at: datetime | None = None) -> IssuedDocument:
    """Check and save an invoice under the next number, all in one transaction, or raise SalesError
    and save nothing.

    The customer's stage moves (prospect → first purchase → active), a purchase is logged in their
    history (which starts the satisfaction-call rule), and an item with a renewal period moves the
    customer's renewal date on. Line descriptions are cleaned as one line each, the note as a
    paragraph (text.py).
    """
    issued_at = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    zone = shop_zone(db)
    note = clean_paragraph(draft.note)
    if len(note) > MAX_NOTE:
        raise SalesError(
            translate("Sales", "Keep the note under %n characters.", None, MAX_NOTE), field="note"
        )
    with db.writing() as session:
        profile = read_profile(session)
        if not profile.is_complete:
            raise SalesError(
                translate("Sales", "Fill in the business profile in Settings before issuing invoices."), field="profile"
            )
        totals = compute_invoice_totals(draft.lines, profile, draft.prices_include_vat, credit_note=False)
        customer = session.get(Customer, draft.customer_id, options=[selectinload(Customer.phones)])
        if customer is None:
            raise SalesError(str(CustomerNotFound(draft.customer_id)), field="customer")
        if customer.archived_at is not None:
            raise SalesError(translate("Sales", "This customer is archived. Restore them to sell to them."), field="customer")
        items: dict[int, CatalogueItem] = {}
        for index, line in enumerate(draft.lines):
            if line.item_id is not None:
                item = session.get(CatalogueItem, line.item_id)
                if item is None:
                    raise SalesError(translate("Sales", "This item no longer exists."), field="item", line=index)
                items[line.item_id] = item
        first = session.scalar(
            select(Invoice.id).where(Invoice.customer_id == customer.id, Invoice.kind == DocumentKind.INVOICE).limit(1)
        ) is None
        sequence, number = take_number(session, DocumentKind.INVOICE, profile.invoice_prefix)
        include = profile.prices_include_vat if draft.prices_include_vat is None else draft.prices_include_vat
        issue_date = local_date(issued_at, zone)
        invoice = Invoice(
            kind=DocumentKind.INVOICE,
            sequence=sequence,
            number=number,
            customer_id=customer.id,
            issued_at=issued_at,
            issue_date=issue_date,
            issue_time=local_time(issued_at, zone),
            currency=profile.currency,
            prices_include_vat=include,
            net=totals.net,
            vat=totals.vat,
            total=totals.total,
            discount=totals.discount,
            paid=round_money(ZERO, currency_decimals(profile.currency)),
            credited=round_money(ZERO, currency_decimals(profile.currency)),
            settled=totals.total == 0,
            note=note,
            seller_id=seller_id(session, profile),
            buyer_json=buyer_snapshot(customer),
        )
        for position, (line, amounts) in enumerate(zip(draft.lines, totals.lines)):
            invoice.lines.append(
                InvoiceLine(
                    position=position,
                    item_id=line.item_id,
                    description=clean_line(line.description),
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                    discount=line.discount + ZERO,
                    vat_category=line.vat_category,
                    vat_rate=amounts.vat_rate,
                    net=amounts.net,
                    vat=amounts.vat,
                    total=amounts.total,
                )
            )
        session.add(invoice)
        customer.stage = _next_stage(customer.stage, first)
        renewals = [
            renewal_after(issue_date, item.renewal_every, item.renewal_unit)
            for item in items.values()
            if item.renewal_every and item.renewal_unit
        ]
        if renewals and (customer.renewal_on is None or max(renewals) > customer.renewal_on):
            customer.renewal_on = max(renewals)
        session.add(Interaction(customer_id=customer.id, kind=InteractionKind.PURCHASE, occurred_at=issued_at, note=number))
        session.flush()
        return IssuedDocument(invoice.id, number, DocumentKind.INVOICE, invoice.total, first)


# ---------------------------------------------------------------------------------------------
# Credit notes and payments


def issue_credit_note(
    db: Database,
    invoice_id: int,
    returns: Mapping[int, Decimal],
    *,
    reason: str,
    at: datetime | None = None,
) -> IssuedDocument:
    """Correct an issued invoice: `returns` maps each of its line ids to the quantity taken back
    (at most what is left of it after earlier credit notes). The credit note copies the line's
    price and VAT; a line discount is taken back in proportion. Its amounts are negative.
    """
    issued_at = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    zone = shop_zone(db)
    why = clean_line(reason)
    if not why:
        raise SalesError(translate("Sales", "Say why the invoice is corrected (ZATCA asks for a reason)."), field="reason")
    if len(why) > 500:
        raise SalesError(translate("Sales", "Give the reason in at most 500 characters."), field="reason")
    with db.writing() as session:
        profile = read_profile(session)
        invoice = session.get(Invoice, invoice_id, options=[selectinload(Invoice.lines)])
        if invoice is None or invoice.kind != DocumentKind.INVOICE:
            raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
        decimals = currency_decimals(invoice.currency)
        left = _quantities_left(session, invoice)
        chosen = _taken_back(invoice.lines, returns, left)
        if not chosen:
            raise SalesError(translate("Sales", "Choose at least one line and the quantity taken back."), field="lines")
        inputs, totals = _credit_totals(chosen, invoice.prices_include_vat, decimals)
        sequence, number = take_number(session, DocumentKind.CREDIT_NOTE, profile.credit_note_prefix)
        note = Invoice(
            kind=DocumentKind.CREDIT_NOTE,
            sequence=sequence,
            number=number,
            customer_id=invoice.customer_id,
            corrects_id=invoice.id,
            issued_at=issued_at,
            issue_date=local_date(issued_at, zone),
            issue_time=local_time(issued_at, zone),
            currency=invoice.currency,
            prices_include_vat=invoice.prices_include_vat,
            net=totals.net,
            vat=totals.vat,
            total=totals.total,
            discount=totals.discount,
            paid=round_money(ZERO, decimals),
            credited=round_money(ZERO, decimals),
            settled=True,
            note=why,
            # The seller as it is now (the credit note is a new document); the buyer as invoiced.
            seller_id=seller_id(session, profile),
            buyer_json=invoice.buyer_json,
        )
        for position, ((line, quantity), item, amounts) in enumerate(zip(chosen, inputs, totals.lines)):
            note.lines.append(
                InvoiceLine(
                    position=position,
                    item_id=line.item_id,
                    corrects_line_id=line.id,
                    description=line.description,
                    quantity=quantity,
                    unit_price=line.unit_price,
                    discount=item.discount,
                    vat_category=line.vat_category,
                    vat_rate=line.vat_rate,
                    net=amounts.net,
                    vat=amounts.vat,
                    total=amounts.total,
                )
            )
        session.add(note)
        invoice.credited = invoice.credited - totals.total
        invoice.settled = invoice.paid + invoice.credited >= invoice.total
        session.flush()
        return IssuedDocument(note.id, number, DocumentKind.CREDIT_NOTE, note.total, False)


class _CreditedLine(Protocol):
    """An invoice line as stored (InvoiceLine) or as read back (PrintableLine)."""

    @property
    def description(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def discount(self) -> Decimal: ...
    @property
    def vat_rate(self) -> Decimal: ...


class _StoredLine(_CreditedLine, Protocol):
    @property
    def id(self) -> int: ...


LineT = TypeVar("LineT", bound=_StoredLine)


def _taken_back(lines: Sequence[LineT], returns: Mapping[int, Decimal], left: Mapping[int, Decimal]) -> list[tuple[LineT, Decimal]]:
    """The lines with a quantity taken back, each checked against what is left of it to credit."""
    chosen = []
    for position, line in enumerate(lines):
        quantity = returns.get(line.id, ZERO)
        if not quantity.is_finite() or quantity < 0:
            raise SalesError(translate("Sales", "Enter the quantity returned as a number above zero."), field="quantity", line=position)
        if quantity > left.get(line.id, ZERO):
            raise SalesError(
                translate("Sales", "Only {quantity} of this line are left to credit.").format(
                    quantity=plain_number(left.get(line.id, ZERO))
                ),
                field="quantity",
                line=position,
            )
        if quantity > 0:
            chosen.append((line, quantity))
    return chosen


def _credit_totals(
    chosen: Sequence[tuple[_CreditedLine, Decimal]], prices_include_vat: bool, decimals: int
) -> tuple[list[LineInput], InvoiceTotals]:
    """A credit note's lines and totals (negative) for the quantities taken back."""
    inputs = [_credit_line(line, quantity, decimals) for line, quantity in chosen]
    try:
        return inputs, compute_totals(inputs, prices_include_vat=prices_include_vat, decimals=decimals, credit_note=True)
    except MoneyError as error:
        raise _money_error(error) from error


def _credit_line(line: _CreditedLine, quantity: Decimal, decimals: int) -> LineInput:
    """The credit note's line for `quantity` of an invoice line: same price and VAT, and the line's
    discount taken back in proportion."""
    discount = round_money(line.discount * quantity / line.quantity, decimals) if line.quantity else ZERO
    return LineInput(line.description, quantity, line.unit_price, line.vat_rate, discount)


def preview_credit_note(details: DocumentDetails, returns: Mapping[int, Decimal]) -> Decimal:
    """The total (negative) of the credit note `issue_credit_note` would issue for these quantities
    of the invoice in `details`; raises SalesError for quantities it would refuse."""
    decimals = currency_decimals(details.printable.currency)
    chosen = _taken_back(details.printable.lines, returns, details.quantities_left)
    if not chosen:
        return round_money(ZERO, decimals)
    _inputs, totals = _credit_totals(chosen, details.printable.prices_include_vat, decimals)
    return totals.total


def _quantities_left(session: Session, invoice: Invoice) -> dict[int, Decimal]:
    """How much of each invoice line is left to credit, after the credit notes issued so far."""
    left = {line.id: line.quantity for line in invoice.lines}
    taken_back = session.execute(
        select(InvoiceLine.corrects_line_id, InvoiceLine.quantity).where(InvoiceLine.corrects_line_id.in_(list(left)))
    )
    for line_id, quantity in taken_back:
        if line_id is not None:
            left[line_id] -= quantity
    return left


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
    return _record_money(db, invoice_id, amount, paid_on, method, note, today, refund=False)


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
    return _record_money(db, invoice_id, amount, paid_on, method, note, today, refund=True)


def _record_money(
    db: Database,
    invoice_id: int,
    amount: Decimal,
    paid_on: date,
    method: PaymentMethod,
    note: str,
    today: date | None,
    *,
    refund: bool,
) -> PaymentRow:
    now_day = today or local_date(datetime.now(timezone.utc), shop_zone(db))  # read before the write lock
    note = clean_line(note)
    with db.writing() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None or invoice.kind != DocumentKind.INVOICE:
            raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
        decimals = currency_decimals(invoice.currency)
        if not amount.is_finite() or amount <= 0:
            if refund:
                raise SalesError(translate("Sales", "Enter the amount paid back, above zero."), field="amount")
            raise SalesError(translate("Sales", "Enter the amount received, above zero."), field="amount")
        try:
            check_amount(amount)
        except MoneyError as error:
            raise _money_error(error) from error
        if amount != round_money(amount, decimals):
            raise SalesError(
                translate("Money", "Type at most %n digits after the decimal point.", None, decimals),
                field="amount",
            )
        due = invoice.total - invoice.credited - invoice.paid
        limit = -due if refund else due
        shown = isolate_ltr(f"{invoice.currency} {limit:,}")
        if limit <= 0:
            if refund:
                raise SalesError(translate("Sales", "Nothing is owed back on this invoice."), field="amount")
            raise SalesError(translate("Sales", "This invoice is already settled."), field="amount")
        if amount > limit:
            if refund:
                message = translate("Sales", "This is more than is owed back on the invoice ({due}).")
            else:
                message = translate("Sales", "This is more than is still due on the invoice ({due}).")
            raise SalesError(message.format(due=shown), field="amount")
        if paid_on > now_day:
            raise SalesError(translate("Sales", "The payment day cannot be in the future."), field="paid_on")
        if paid_on < invoice.issue_date:
            raise SalesError(translate("Sales", "The payment day cannot be before the invoice's day."), field="paid_on")
        if len(note) > 500:
            raise SalesError(translate("Sales", "Keep the note under 500 characters."), field="note")
        signed = ZERO - amount if refund else amount
        payment = Payment(invoice_id=invoice.id, paid_on=paid_on, amount=signed, method=method, note=note)
        session.add(payment)
        invoice.paid = invoice.paid + signed
        invoice.settled = invoice.paid + invoice.credited >= invoice.total
        session.flush()
        return PaymentRow(payment.id, paid_on, signed, method, payment.note)


# ---------------------------------------------------------------------------------------------
# Reading documents back


@dataclass(frozen=True)
class DocumentRow:
    """One invoice or credit note in a list."""

    id: int
    kind: DocumentKind
    number: str
    issue_date: date
    customer_id: int
    customer_name: str
    currency: str
    total: Decimal
    paid: Decimal
    credited: Decimal
    status: PaymentStatus | None  # None for a credit note

    @property
    def balance(self) -> Decimal:
        return self.total - self.credited - self.paid if self.kind == DocumentKind.INVOICE else ZERO


def _document_row(invoice: Invoice, customer_name: str) -> DocumentRow:
    is_invoice = invoice.kind == DocumentKind.INVOICE
    return DocumentRow(
        invoice.id,
        invoice.kind,
        invoice.number,
        invoice.issue_date,
        invoice.customer_id,
        customer_name,
        invoice.currency,
        invoice.total,
        invoice.paid,
        invoice.credited,
        payment_status(invoice.total, invoice.paid, invoice.credited) if is_invoice else None,
    )


def list_documents(db: Database, *, text: str = "", unpaid_only: bool = False, limit: int = 200) -> tuple[list[DocumentRow], int]:
    """The newest invoices and credit notes first, and how many match: `text` matches the number, or
    the customer as the book's search does (name, phone…); `unpaid_only` keeps invoices still due.
    `text` is cleaned as a one-line field first (a NUL would end SQLite's reading of the pattern)."""
    newest = (Invoice.issued_at.desc(), Invoice.id.desc())
    with db.session() as session:
        rows_stmt = select(Invoice, Customer.full_name).join(Customer, Customer.id == Invoice.customer_id)
        unsettled = Invoice.settled.is_(False)
        term = clean_line(text)
        if not term:
            count = select(func.count()).select_from(Invoice)
            if unpaid_only:
                rows_stmt, count = rows_stmt.where(unsettled), count.where(unsettled)
            rows = session.execute(rows_stmt.order_by(*newest).limit(limit)).all()
            return [_document_row(invoice, name) for invoice, name in rows], int(session.scalar(count) or 0)
        # Two indexed lookups, joined once: numbers through the number's own index, customers through
        # the search index and then their invoices. (One OR over both read every invoice.)
        if db.is_sqlite:  # SQLite's LIKE ignores the case of Latin letters, and lower() would cost a scan
            escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
            by_number: ColumnElement[bool] = Invoice.number.like(f"%{escaped}%", escape="/")
        else:
            by_number = Invoice.number.icontains(term, autoescape=True)
        found: CompoundSelect[int] | Select[int] = select(Invoice.id).where(by_number)
        matching = matching_customers(term)
        if matching is not None:
            found = union(found, select(Invoice.id).where(Invoice.customer_id.in_(matching)))
        ids_stmt = select(Invoice.id).where(Invoice.id.in_(found))
        if unpaid_only:
            ids_stmt = ids_stmt.where(unsettled)
        ids = list(session.scalars(ids_stmt.order_by(*newest)))
        rows = session.execute(rows_stmt.where(Invoice.id.in_(ids[:limit])).order_by(*newest)).all()
        return [_document_row(invoice, name) for invoice, name in rows], len(ids)


@dataclass(frozen=True)
class PrintableLine:
    id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True)
class Seller:
    name_ar: str
    name_en: str
    address: str
    phone: str
    vat_number: str
    country: str
    terms: str
    show_hijri_date: bool
    logo: bytes | None

    def name(self, language: str) -> str:
        return (self.name_en or self.name_ar) if language == "en" else (self.name_ar or self.name_en)


@dataclass(frozen=True)
class Buyer:
    name: str
    phone: str
    address: str
    email: str


@dataclass(frozen=True)
class PrintableInvoice:
    """Everything an invoice or credit note prints, as it was issued. Amounts of a credit note are
    negative; `corrects_number` is the invoice it corrects and `note` its reason."""

    id: int
    kind: DocumentKind
    number: str
    issued_at: datetime
    issue_date: date
    issue_time: time  # the shop's clock
    currency: str
    prices_include_vat: bool
    seller: Seller
    buyer: Buyer
    lines: tuple[PrintableLine, ...]
    net: Decimal
    vat: Decimal
    total: Decimal
    discount: Decimal
    vat_by_rate: tuple[tuple[Decimal, Decimal, Decimal], ...]  # (rate, net, VAT), by rate
    corrects_number: str | None
    note: str
    qr_payload: str | None  # ZATCA phase 1, for a Saudi seller with a VAT number


@dataclass(frozen=True)
class DocumentDetails:
    printable: PrintableInvoice
    customer_id: int
    corrects_id: int | None  # the invoice a credit note corrects
    paid: Decimal
    credited: Decimal
    status: PaymentStatus | None
    payments: tuple[PaymentRow, ...]
    corrections: tuple[DocumentRow, ...]  # credit notes against an invoice
    quantities_left: Mapping[int, Decimal] = field(default_factory=dict)  # line id → left to credit

    @property
    def balance(self) -> Decimal:
        if self.printable.kind != DocumentKind.INVOICE:
            return ZERO
        return self.printable.total - self.credited - self.paid


def _printable(session: Session, invoice: Invoice) -> PrintableInvoice:
    seller = json.loads(session.scalars(select(SellerRecord.body).where(SellerRecord.id == invoice.seller_id)).one())
    buyer = json.loads(invoice.buyer_json)
    logo = session.scalar(select(StoredImage.data).where(StoredImage.id == seller["logo_id"])) if seller["logo_id"] else None
    by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    zero = round_money(ZERO, currency_decimals(invoice.currency))
    for line in invoice.lines:
        net, vat = by_rate.get(line.vat_rate, (zero, zero))
        by_rate[line.vat_rate] = (net + line.net, vat + line.vat)
    corrects = session.scalar(select(Invoice.number).where(Invoice.id == invoice.corrects_id)) if invoice.corrects_id else None
    qr = None
    if seller["country"] == "SA" and is_valid_saudi_vat_number(seller["vat_number"]):
        try:
            qr = simplified_invoice_qr(
                seller_name=seller["name_ar"] or seller["name_en"],
                vat_number=seller["vat_number"],
                issued_at=invoice.issued_at,
                # A credit note's QR carries its amounts as positive numbers: the document says it
                # is a credit note, as it does on paper.
                total_with_vat=abs(invoice.total),
                vat_amount=abs(invoice.vat),
            )
        except ZatcaError:
            qr = None  # a seller name over 255 UTF-8 bytes: the profile refuses those, old data may not
    return PrintableInvoice(
        id=invoice.id,
        kind=invoice.kind,
        number=invoice.number,
        issued_at=invoice.issued_at,
        issue_date=invoice.issue_date,
        issue_time=invoice.issue_time,
        currency=invoice.currency,
        prices_include_vat=invoice.prices_include_vat,
        seller=Seller(
            seller["name_ar"],
            seller["name_en"],
            seller["address"],
            seller["phone"],
            seller["vat_number"],
            seller["country"],
            seller["terms"],
            bool(seller["show_hijri_date"]),
            logo,
        ),
        buyer=Buyer(buyer["name"], buyer["phone"], buyer["address"], buyer["email"]),
        lines=tuple(
            PrintableLine(
                line.id, line.description, line.quantity, line.unit_price, line.discount, line.vat_rate, line.net, line.vat, line.total
            )
            for line in invoice.lines
        ),
        net=invoice.net,
        vat=invoice.vat,
        total=invoice.total,
        discount=invoice.discount,
        vat_by_rate=tuple((rate, net, vat) for rate, (net, vat) in sorted(by_rate.items())),
        corrects_number=corrects,
        note=invoice.note,
        qr_payload=qr,
    )


def _find(session: Session, number_or_id: str | int) -> Invoice | None:
    stmt = select(Invoice).options(selectinload(Invoice.lines))
    if isinstance(number_or_id, int):
        return session.scalar(stmt.where(Invoice.id == number_or_id))
    number = clean_line(number_or_id)
    found = session.scalar(stmt.where(Invoice.number == number))
    if found is None:
        found = session.scalar(stmt.where(func.upper(Invoice.number) == number.upper()))
    return found


def printable_invoice(db: Database, number_or_id: str | int) -> PrintableInvoice:
    """An issued invoice or credit note by its number ("INV-000123") or id, as it was printed."""
    with db.session() as session:
        invoice = _find(session, number_or_id)
        if invoice is None:
            raise SalesError(
                translate("Sales", "There is no invoice or credit note numbered {number}.").format(
                    number=clean_line(str(number_or_id))
                ),
                field="number",
            )
        return _printable(session, invoice)


def document_details(db: Database, invoice_id: int) -> DocumentDetails:
    with db.session() as session:
        invoice = _find(session, invoice_id)
        if invoice is None:
            raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
        payments = tuple(
            PaymentRow(p.id, p.paid_on, p.amount, p.method, p.note)
            for p in session.scalars(select(Payment).where(Payment.invoice_id == invoice.id).order_by(Payment.paid_on, Payment.id))
        )
        name = invoice.customer.full_name
        corrections = tuple(
            _document_row(note, name)
            for note in session.scalars(select(Invoice).where(Invoice.corrects_id == invoice.id).order_by(Invoice.id))
        )
        is_invoice = invoice.kind == DocumentKind.INVOICE
        return DocumentDetails(
            printable=_printable(session, invoice),
            customer_id=invoice.customer_id,
            corrects_id=invoice.corrects_id,
            paid=invoice.paid,
            credited=invoice.credited,
            status=payment_status(invoice.total, invoice.paid, invoice.credited) if is_invoice else None,
            payments=payments,
            corrections=corrections,
            quantities_left=_quantities_left(session, invoice) if is_invoice else {},
        )


# ---------------------------------------------------------------------------------------------
# A customer's purchase history


@dataclass(frozen=True)
class CurrencyTotals:
    """A customer's sums in one currency: `spent` is invoiced less credited, `due` is still unpaid."""

    currency: str
    spent: Decimal
    paid: Decimal
    due: Decimal


@dataclass(frozen=True)
class PurchaseHistory:
    documents: tuple[DocumentRow, ...]  # newest first, at most `limit`
    invoice_count: int
    totals: tuple[CurrencyTotals, ...]
    first_purchase: date | None
    last_purchase: date | None


def purchase_history(db: Database, customer_id: int, *, limit: int | None = 100) -> PurchaseHistory:
    """A customer's invoices and credit notes, newest first (at most `limit`), with their totals per
    currency over all of them. Reads only the columns it shows, never the printed snapshots."""
    columns = (
        Invoice.id,
        Invoice.kind,
        Invoice.number,
        Invoice.issue_date,
        Invoice.currency,
        Invoice.total,
        Invoice.paid,
        Invoice.credited,
    )
    with db.session() as session:
        name = session.scalar(select(Customer.full_name).where(Customer.id == customer_id))
        if name is None:
            raise CustomerNotFound(customer_id)
        newest = select(*columns).where(Invoice.customer_id == customer_id).order_by(Invoice.issued_at.desc(), Invoice.id.desc())
        shown = session.execute(newest if limit is None else newest.limit(limit)).all()
        invoices = session.execute(
            select(Invoice.currency, Invoice.issue_date, Invoice.total, Invoice.paid, Invoice.credited).where(
                Invoice.customer_id == customer_id, Invoice.kind == DocumentKind.INVOICE
            )
        ).all()
    rows = tuple(
        DocumentRow(
            id,
            kind,
            number,
            day,
            customer_id,
            name,
            currency,
            total,
            paid,
            credited,
            payment_status(total, paid, credited) if kind == DocumentKind.INVOICE else None,
        )
        for id, kind, number, day, currency, total, paid, credited in shown
    )
    sums: dict[str, tuple[Decimal, Decimal, Decimal]] = {}
    for currency, _day, total, paid, credited in invoices:
        spent, paid_so_far, due = sums.get(currency, (ZERO, ZERO, ZERO))
        sums[currency] = (spent + total - credited, paid_so_far + paid, due + max(total - credited - paid, ZERO))
    days = [day for _currency, day, *_amounts in invoices]
    return PurchaseHistory(
        documents=rows,
        invoice_count=len(invoices),
        totals=tuple(CurrencyTotals(c, *v) for c, v in sorted(sums.items())),
        first_purchase=min(days, default=None),
        last_purchase=max(days, default=None),
    )


__all__ = [
    "HUNDRED",
    "Buyer",
    "CatalogueDraft",
    "CatalogueRow",
    "CurrencyTotals",
    "DocumentDetails",
    "DocumentRow",
    "InvoiceDraft",
    "IssuedDocument",
    "LineDraft",
    "PaymentRow",
    "PaymentStatus",
    "PrintableInvoice",
    "PrintableLine",
    "PurchaseHistory",
    "SalesError",
    "Seller",
    "add_catalogue_item",
    "buyer_snapshot",
    "catalogue_items",
    "compute_invoice_totals",
    "document_number",
    "document_details",
    "issue_credit_note",
    "issue_invoice",
    "local_time",
    "list_documents",
    "payment_status",
    "preview_credit_note",
    "preview_totals",
    "printable_invoice",
    "purchase_history",
    "record_payment",
    "record_refund",
    "renewal_after",
    "seller_id",
    "seller_snapshot",
    "set_catalogue_item_archived",
    "take_number",
    "update_catalogue_item",
]

"""Issuing in batches: SalesBatch does what issue_invoice, issue_credit_note and record_payment do
(sales.py), for many documents at once inside the caller's write transaction, reading the profile,
the catalogue, the buyers and their figures once per batch. sales.py holds the documents' drafts,
totals, numbers and checks it works with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import cache
from typing import Any, Unpack
from zoneinfo import ZoneInfo

from sqlalchemy import BindParameter, Select, Table, bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.util.typing import TupleAny

from retention_desktop.clock import local_date
from retention_desktop.credits import CreditLine, LineLeft, credit_totals, lines_left_to_credit, plan_credit
from retention_desktop.customers import CustomerNotFound
from retention_desktop.i18n import translate
from retention_desktop.interactions import InteractionEntry, log_interactions
from retention_desktop.lifecycle import close_losses, stage_after_purchase
from retention_desktop.models import (
    CadenceUnit,
    CatalogueItem,
    Customer,
    DocumentKind,
    InteractionKind,
    Invoice,
    InvoiceLine,
    Payment,
    Stage,
    utc_now,
)
from retention_desktop.money import ZERO, InvoiceTotals, LineAmounts, currency_decimals, round_money
from retention_desktop.profile import BusinessProfile, read_profile
from retention_desktop.purchase_figures import KnownFigures, read_figures, record_documents, write_figures
from retention_desktop.sales import (
    CreditOfDraft,
    CreditRequest,
    InvoiceDraft,
    InvoiceState,
    IssuedDocument,
    LineDraft,
    LineRecord,
    PaymentDraft,
    PaymentRow,
    buyer_json,
    check_payment,
    clean_credit_reason,
    clean_invoice_note,
    compute_invoice_totals,
    issue_moment,
    line_record,
    local_time,
    renewal_after,
    seller_id,
    take_numbers,
)
from retention_desktop.sales_errors import SalesError
from retention_desktop.settings import TIME_ZONE, read_settings
from retention_desktop.statements import first_phone, insert_rows_returning_ids, unindexed, update_rows
from retention_desktop.text import clean_line

_LOOKUP_CHUNK = 5000  # ids per IN (...), well below SQLite's limit on parameters
_invoices = Invoice.__table__
_invoice_lines = InvoiceLine.__table__
_payments = Payment.__table__
_customers = Customer.__table__


@dataclass
class _BuyerState:
    """What issuing an invoice reads and moves of a customer."""

    stage: Stage
    bought: bool  # has an invoice already
    renewal_on: date | None
    archived: bool
    buyer_json: str


# A credit request checked and planned: its invoice, the lines it takes back and its totals.
_PlannedCredit = tuple[CreditRequest, InvoiceState, list[CreditLine[LineRecord]], InvoiceTotals]


# Invoice totals by (lines, prices with VAT or not, profile): the same lines under the same profile
# always come to the same totals (InvoiceTotals is immutable); at most so many are kept.
_TOTALS: dict[tuple[tuple[LineDraft, ...], bool | None, BusinessProfile], InvoiceTotals] = {}
_TOTALS_KEPT = 20_000


@cache
def _buyer_statements() -> tuple[Select[Unpack[TupleAny]], Select[Unpack[TupleAny]]]:
    """Which of some customers (the expanding parameter "ids") bought before, and what an invoice
    keeps of each (SalesBatch._read_buyers): made once, not for every batch of customers."""
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    # "+kind" keeps SQLite on the customer's index: on (kind, sequence) it reads every invoice.
    bought = (
        select(Invoice.customer_id)
        .where(Invoice.customer_id.in_(ids), unindexed(Invoice.kind) == DocumentKind.INVOICE.value)
        .distinct()
    )
    buyers = select(
        Customer.id,
        Customer.stage,
        Customer.renewal_on,
        Customer.archived_at,
        Customer.full_name,
        Customer.address,
        Customer.area,
        Customer.email,
        first_phone(Customer.__table__.c.id),
    ).where(Customer.id.in_(ids))
    return bought, buyers


class SalesBatch:
    """Issues invoices and credit notes and records payments inside the caller's write transaction:
    issue_invoice, issue_credit_note and record_payment are a batch of one, bulk work (the demo,
    imports) gives it many. The profile, the seller record, the catalogue items and the customers
    are read once per batch; numbers come from the same counters, under the same write lock.

    Each call checks everything first and raises SalesError before it writes anything; the caller's
    transaction decides what is kept.
    """

    def __init__(self, session: Session, *, today: date | None = None) -> None:
        self.session = session
        self.zone = ZoneInfo(read_settings(session, TIME_ZONE)[0])
        self.today = today or local_date(datetime.now(timezone.utc), self.zone)
        self.profile = read_profile(session)
        self.decimals = currency_decimals(self.profile.currency)
        self._seller: int | None = None
        self._renewals: dict[int, tuple[int, CadenceUnit] | None] = {}  # catalogue item → its renewal period
        self._names: dict[int, tuple[str, str]] = {}  # catalogue item → its names in Arabic and English
        self._buyers: dict[int, _BuyerState] = {}
        self._documents: dict[int, InvoiceState] = {}  # invoices read or issued by this batch
        self._moved: set[int] = set()  # customers whose stage or renewal date changed, not written yet
        self._won_back: dict[int, datetime] = {}  # lost customers who bought again, not written yet
        self._paid_or_credited: set[int] = set()  # invoices whose sums changed, not written yet
        self._last_ids: dict[str, int] = {}  # by table: the id of the last row this batch inserted
        self._lines: dict[int, list[LineRecord]] = {}  # invoices' lines, issued or read by this batch
        self._left: dict[int, LineLeft] = {}  # by invoice line: what is left to credit, as this batch knows it
        self._figures = KnownFigures()  # the purchase figures of the customers this batch moved
        self._purchases: list[InteractionEntry] = []  # purchases in the customers' histories, not written yet

    # What is read once.

    @property
    def seller(self) -> int:
        if self._seller is None:
            self._seller = seller_id(self.session, self.profile)
        return self._seller

    def _totals_of(self, draft: InvoiceDraft) -> InvoiceTotals:
        """compute_invoice_totals for the draft's lines, once for each set of lines under the same
        profile (kept across batches: bulk work issues the same baskets again and again)."""
        try:
            key = (tuple(draft.lines), draft.prices_include_vat, self.profile)
            totals = _TOTALS.get(key)
        except TypeError:  # a signalling NaN cannot be hashed (nor saved): the checks say so
            return compute_invoice_totals(draft.lines, self.profile, draft.prices_include_vat, credit_note=False)
        if totals is None:
            totals = compute_invoice_totals(draft.lines, self.profile, draft.prices_include_vat, credit_note=False)
            if len(_TOTALS) >= _TOTALS_KEPT:
                _TOTALS.clear()
            _TOTALS[key] = totals
        return totals

    def _read_items(self, drafts: Sequence[InvoiceDraft]) -> None:
        wanted = sorted({line.item_id for d in drafts for line in d.lines if line.item_id is not None and line.item_id not in self._renewals})
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            rows = self.session.connection().execute(
                select(
                    CatalogueItem.id, CatalogueItem.renewal_every, CatalogueItem.renewal_unit, CatalogueItem.name_ar, CatalogueItem.name_en
                ).where(CatalogueItem.id.in_(wanted[start : start + _LOOKUP_CHUNK]))
            )
            for item_id, every, unit, name_ar, name_en in rows:
                self._renewals[item_id] = (every, unit) if every and unit else None
                self._names[item_id] = (name_ar, name_en)

    def _descriptions(self, line: LineDraft) -> tuple[str, str]:
        """The line's description and its English one. A catalogue item's line that says one of
        the item's names keeps both (an English invoice prints the English one, and so does every
        reprint); a description typed or changed by hand is the line's in both languages."""
        typed = clean_line(line.description)
        names = self._names.get(line.item_id) if line.item_id is not None else None
        if names is None or not typed or typed not in names:
            return typed, ""
        name_ar, name_en = names
        return name_ar, (name_en if name_en != name_ar else "")

    def read_customers(self, customer_ids: Iterable[int]) -> None:
        """Read these customers (their stage, renewal date, whether they bought, the buyer an invoice
        prints) at once, ahead of invoices issued to them in many small calls."""
        self._read_buyers(customer_ids)

    def _read_buyers(self, customer_ids: Iterable[int]) -> None:
        wanted = sorted({c for c in customer_ids if c not in self._buyers})  # (set - keys() would copy the keys)
        if not wanted:
            return
        read_bought, read_buyers = _buyer_statements()
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = {"ids": wanted[start : start + _LOOKUP_CHUNK]}
            bought = set(self.session.connection().scalars(read_bought, chunk))
            rows = self.session.connection().execute(read_buyers, chunk)
            for customer_id, stage, renewal_on, archived_at, name, address, area, email, phone in rows:
                buyer = buyer_json(name, phone or "", address, area, email)
                self._buyers[customer_id] = _BuyerState(stage, customer_id in bought, renewal_on, archived_at is not None, buyer)
        read_figures(self.session.connection(), wanted, self._figures)  # their purchase figures, which their invoices move on

    def _read_invoices(self, invoice_ids: Iterable[int]) -> None:
        wanted = sorted({i for i in invoice_ids if i not in self._documents})
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            rows = self.session.connection().execute(
                select(
                    Invoice.id,
                    Invoice.kind,
                    Invoice.customer_id,
                    Invoice.currency,
                    Invoice.prices_include_vat,
                    Invoice.issue_date,
                    Invoice.total,
                    Invoice.paid,
                    Invoice.credited,
                    Invoice.buyer_json,
                ).where(Invoice.id.in_(wanted[start : start + _LOOKUP_CHUNK]))
            )
            for invoice_id, *values in rows:
                self._documents[invoice_id] = InvoiceState(*values)

    # Invoices.

    def invoice_day(self, invoice_id: int) -> date:
        """The day an invoice (issued or read by this batch) was issued, on the shop's calendar."""
        self._read_invoices([invoice_id])
        return self._documents[invoice_id].issue_date

    def issue_invoices(self, drafts: Sequence[InvoiceDraft], *, at: Sequence[datetime | None] = ()) -> list[IssuedDocument]:
        """Issue these invoices, numbered in the order given (`at`: each one's moment, now if
        empty), each exactly as issue_invoice issues one."""
        if not drafts:
            return []
        if at and len(at) != len(drafts):
            raise ValueError("give a moment for each draft, or none")
        moments = [issue_moment(a) for a in at] if at else [issue_moment(None)] * len(drafts)
        self._check_invoices(drafts)
        numbers = take_numbers(self.session, DocumentKind.INVOICE, self.profile.invoice_prefix, len(drafts))
        issued = self._issue_run(drafts, moments, numbers)
        self._finish_call()
        return issued

    def issue_in_order(
        self, steps: Sequence[InvoiceDraft | CreditRequest | CreditOfDraft], *, at: Sequence[datetime | None] = ()
    ) -> list[IssuedDocument]:
        """Issue invoices and credit notes in the order given, each as issue_invoices and
        issue_credit_notes issue it, their ids and each kind's numbers in that order (`at`: each
        invoice's moment, at its step; a credit note has its own): bulk work's sales in date order,
        with the bookkeeping of the whole call written once, not once for each run of invoices
        between two credit notes.

        The invoices are all checked before anything is written; a credit note is checked at its
        turn. A SalesError then leaves the steps before it issued whole, numbered without a gap,
        in the caller's transaction, which decides whether they stay (Database.writing rolls
        them back with the error)."""
        if not steps:
            return []
        if at and len(at) != len(steps):
            raise ValueError("give a moment for each step, or none")
        self._check_invoices([step for step in steps if isinstance(step, InvoiceDraft)])
        issued: list[IssuedDocument] = []
        of_draft: dict[int, IssuedDocument] = {}  # id() of a draft of this call → its invoice
        run: list[InvoiceDraft] = []
        moments: list[datetime] = []

        def write_run() -> None:
            numbers = take_numbers(self.session, DocumentKind.INVOICE, self.profile.invoice_prefix, len(run))
            documents = self._issue_run(run, moments, numbers)
            of_draft.update(zip(map(id, run), documents))
            issued.extend(documents)
            run.clear()
            moments.clear()

        try:
            for position, step in enumerate(steps):
                if isinstance(step, InvoiceDraft):
                    run.append(step)
                    moments.append(issue_moment(at[position] if at else None))
                    continue
                if run:
                    write_run()
                if isinstance(step, CreditOfDraft):
                    invoice = of_draft.get(id(step.draft))
                    if invoice is None:
                        raise ValueError("a credit of a draft comes after that draft, in the same call")
                    step = CreditRequest(invoice.id, {invoice.line_ids[line]: quantity for line, quantity in step.returns.items()}, step.reason, step.at)
                planned = self._plan_credits([step])
                numbers = take_numbers(self.session, DocumentKind.CREDIT_NOTE, self.profile.credit_note_prefix, 1)
                issued.extend(self._credit_run(planned, numbers))
            if run:
                write_run()
        except SalesError:
            # What was issued is issued whole, with its bookkeeping, even when a credit note is
            # refused: the caller's transaction decides whether it stays.
            self._finish_call()
            raise
        self._finish_call()
        return issued

    def _check_invoices(self, drafts: Sequence[InvoiceDraft]) -> None:
        """Everything issue_invoices checks before it writes: raises SalesError."""
        if not self.profile.is_complete:
            raise SalesError(
                translate("Sales", "Fill in the business profile in Settings before issuing invoices."), field="profile"
            )
        for draft in drafts:
            clean_invoice_note(draft.note)
            self._totals_of(draft)
        self._read_buyers(d.customer_id for d in drafts)
        self._read_items(drafts)
        for draft in drafts:
            self._check_invoice(draft)

    def _issue_run(self, drafts: Sequence[InvoiceDraft], moments: Sequence[datetime], numbers: Sequence[tuple[int, str]]) -> list[IssuedDocument]:
        """Write these checked invoices (_check_invoices) with their numbers; the customers, their
        purchases and figures moved on in this batch, written by _finish_call."""
        notes = [clean_invoice_note(d.note) for d in drafts]
        totals = [self._totals_of(d) for d in drafts]
        zero = round_money(ZERO, self.decimals)
        rows: list[dict[str, Any]] = []
        for draft, amounts, moment, note, (sequence, number) in zip(drafts, totals, moments, notes, numbers):
            include = self.profile.prices_include_vat if draft.prices_include_vat is None else draft.prices_include_vat
            rows.append(
                {
                    "kind": DocumentKind.INVOICE,
                    "sequence": sequence,
                    "number": number,
                    "customer_id": draft.customer_id,
                    "corrects_id": None,
                    "issued_at": moment,
                    "issue_date": local_date(moment, self.zone),
                    "issue_time": local_time(moment, self.zone),
                    "currency": self.profile.currency,
                    "prices_include_vat": include,
                    "net": amounts.net,
                    "vat": amounts.vat,
                    "total": amounts.total,
                    "discount": amounts.discount,
                    "paid": zero,
                    "credited": zero,
                    "settled": amounts.total == 0,
                    "note": note,
                    "seller_id": self.seller,
                    "buyer_json": self._buyers[draft.customer_id].buyer_json,
                }
            )
        ids = self._insert_documents(rows)
        names = [[self._descriptions(line) for line in draft.lines] for draft in drafts]
        line_ids = self._insert_lines(
            [
                _invoice_line_row(invoice_id, position, line, amounts, line_names)
                for invoice_id, draft, totals_, names_ in zip(ids, drafts, totals, names)
                for position, (line, amounts, line_names) in enumerate(zip(draft.lines, totals_.lines, names_))
            ]
        )
        issued = []
        purchases = []
        taken = 0
        for invoice_id, draft, row, totals_, names_ in zip(ids, drafts, rows, totals, names):
            self._lines[invoice_id] = [
                line_record(line_id, line, amounts, line_names)
                for line_id, line, amounts, line_names in zip(line_ids[taken : taken + len(draft.lines)], draft.lines, totals_.lines, names_)
            ]
            self._left.update((line.id, LineLeft.of(line)) for line in self._lines[invoice_id])
            buyer = self._buyers[draft.customer_id]
            first = not buyer.bought
            if buyer.stage == Stage.LOST:  # a lost customer who buys is won back: their loss is closed
                self._won_back[draft.customer_id] = row["issued_at"]
            if self._move_customer(buyer, draft, row["issue_date"]):
                self._moved.add(draft.customer_id)
            self._documents[invoice_id] = InvoiceState(
                DocumentKind.INVOICE, draft.customer_id, row["currency"], row["prices_include_vat"], row["issue_date"],
                row["total"], zero, zero, row["buyer_json"],
            )
            count = len(draft.lines)
            issued.append(IssuedDocument(invoice_id, row["number"], DocumentKind.INVOICE, row["total"], first, tuple(line_ids[taken : taken + count])))
            taken += count
            purchases.append(InteractionEntry(draft.customer_id, InteractionKind.PURCHASE, row["issued_at"], row["number"]))
        self._purchases.extend(purchases)
        return issued

    def _finish_call(self) -> None:
        """What the call moved on and kept in this batch, written: the purchases in the customers'
        histories, their stages, renewal dates and figures, the invoices' paid and credited sums
        (each once a call, however many runs of documents it wrote)."""
        log_interactions(self.session, self._purchases)
        self._purchases.clear()
        self._write_customers()
        write_figures(self.session.connection(), self._figures)
        self._write_invoices()

    def _check_invoice(self, draft: InvoiceDraft) -> None:
        buyer = self._buyers.get(draft.customer_id)
        if buyer is None:
            raise SalesError(str(CustomerNotFound(draft.customer_id)), field="customer")
        if buyer.archived:
            raise SalesError(translate("Sales", "This customer is archived. Restore them to sell to them."), field="customer")
        for index, line in enumerate(draft.lines):
            if line.item_id is not None and line.item_id not in self._renewals:
                raise SalesError(translate("Sales", "This item no longer exists."), field="item", line=index)

    def _move_customer(self, buyer: _BuyerState, draft: InvoiceDraft, issue_date: date) -> bool:
        """Move the customer on after this invoice: their stage (lifecycle.py) and their renewal
        date; whether either changed."""
        stage = stage_after_purchase(buyer.stage, first=not buyer.bought)
        buyer.bought = True
        renewals = [
            renewal_after(issue_date, *period)
            for period in (self._renewals.get(line.item_id) for line in draft.lines if line.item_id is not None)
            if period is not None
        ]
        renewal = buyer.renewal_on
        if renewals and (renewal is None or max(renewals) > renewal):
            renewal = max(renewals)
        if (stage, renewal) == (buyer.stage, buyer.renewal_on):
            return False
        buyer.stage, buyer.renewal_on = stage, renewal
        return True

    def _write_customers(self) -> None:
        close_losses(self.session, self._won_back)
        self._won_back.clear()
        changed = [(customer_id, self._buyers[customer_id]) for customer_id in sorted(self._moved)]
        self._moved.clear()
        if not changed:
            return
        now = utc_now()
        update_rows(
            self.session.connection(),
            _customers,
            ("stage", "renewal_on", "updated_at"),
            [(customer_id, (b.stage, b.renewal_on, now)) for customer_id, b in changed],
        )

    def _insert_documents(self, rows: list[dict[str, Any]]) -> list[int]:
        # Every invoice and credit note passes here: the customers' purchase figures move on with them.
        record_documents(self.session.connection(), rows, self._figures)
        return _insert(self.session, _invoices, rows, self._last_ids)

    def _insert_lines(self, rows: list[dict[str, Any]]) -> list[int]:
        return _insert(self.session, _invoice_lines, rows, self._last_ids)

    # Credit notes.

    def issue_credit_notes(self, requests: Sequence[CreditRequest]) -> list[IssuedDocument]:
        """Issue these credit notes, numbered in the order given, each as issue_credit_note issues one."""
        if not requests:
            return []
        planned = self._plan_credits(requests)
        numbers = take_numbers(self.session, DocumentKind.CREDIT_NOTE, self.profile.credit_note_prefix, len(requests))
        issued = self._credit_run(planned, numbers)
        self._finish_call()
        return issued

    def _plan_credits(self, requests: Sequence[CreditRequest]) -> list[_PlannedCredit]:
        """Check these credit requests and plan each one's lines (raises SalesError before anything
        is written); what they take is then taken, in this batch's view of what is left."""
        for r in requests:
            clean_credit_reason(r.reason)
        self._read_invoices(r.invoice_id for r in requests)
        for r in requests:
            found = self._documents.get(r.invoice_id)
            if found is None or found.kind != DocumentKind.INVOICE:
                raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
        lines = self._read_lines([r.invoice_id for r in requests])
        involved = {line.id: line for r in requests for line in lines[r.invoice_id]}
        unknown = [line for line_id, line in sorted(involved.items()) if line_id not in self._left]
        self._left.update(lines_left_to_credit(self.session, unknown))
        left = {line_id: self._left[line_id] for line_id in involved}  # this call's, kept once all is checked
        planned: list[_PlannedCredit] = []
        for request in requests:
            invoice = self._documents[request.invoice_id]
            decimals = currency_decimals(invoice.currency)
            # A second request for the same invoice sees what the first took (`left` moves on).
            chosen = plan_credit(
                lines[request.invoice_id], request.returns, request.prices, left, prices_include_vat=invoice.prices_include_vat, decimals=decimals
            )
            if not chosen:
                raise SalesError(
                    translate("Sales", "Choose at least one line: the quantity taken back, or the price it should have had."), field="lines"
                )
            planned.append((request, invoice, chosen, credit_totals(chosen, decimals)))
        self._left.update(left)
        return planned

    def _credit_run(self, planned: Sequence[_PlannedCredit], numbers: Sequence[tuple[int, str]]) -> list[IssuedDocument]:
        """Write these planned credit notes (_plan_credits) with their numbers; the credited sums
        of their invoices, kept in this batch, written by _finish_call."""
        reasons = [clean_credit_reason(request.reason) for request, *_rest in planned]
        rows: list[dict[str, Any]] = []
        for (request, invoice, _chosen, totals), why, (sequence, number) in zip(planned, reasons, numbers):
            moment = issue_moment(request.at)
            zero = round_money(ZERO, currency_decimals(invoice.currency))
            rows.append(
                {
                    "kind": DocumentKind.CREDIT_NOTE,
                    "sequence": sequence,
                    "number": number,
                    "customer_id": invoice.customer_id,
                    "corrects_id": request.invoice_id,
                    "issued_at": moment,
                    "issue_date": local_date(moment, self.zone),
                    "issue_time": local_time(moment, self.zone),
                    "currency": invoice.currency,
                    "prices_include_vat": invoice.prices_include_vat,
                    "net": totals.net,
                    "vat": totals.vat,
                    "total": totals.total,
                    "discount": totals.discount,
                    "paid": zero,
                    "credited": zero,
                    "settled": True,
                    "note": why,
                    # The seller as it is now (the credit note is a new document); the buyer as invoiced.
                    "seller_id": self.seller,
                    "buyer_json": invoice.buyer_json,
                }
            )
        ids = self._insert_documents(rows)
        line_rows = [
            {
                "invoice_id": note_id,
                "position": position,
                "item_id": credit.line.item_id,
                "corrects_line_id": credit.line.id,
                "description": credit.line.description,
                "description_en": credit.line.description_en,
                "quantity": credit.item.quantity,
                "unit_price": credit.item.unit_price,
                "discount": credit.item.discount,
                "discount_percent": credit.line.discount_percent if credit.corrects_price else None,
                "vat_category": credit.line.vat_category,
                "vat_rate": credit.line.vat_rate,
                "net": credit.amounts.net,
                "vat": credit.amounts.vat,
                "total": credit.amounts.total,
                "corrects_price": credit.corrects_price,
            }
            for note_id, (_request, _invoice, chosen, _totals) in zip(ids, planned)
            for position, credit in enumerate(chosen)
        ]
        line_ids = self._insert_lines(line_rows)
        issued = []
        taken = 0
        for note_id, row, (request, invoice, chosen, totals) in zip(ids, rows, planned):
            invoice.credited = invoice.credited - totals.total
            self._paid_or_credited.add(request.invoice_id)
            issued.append(IssuedDocument(note_id, row["number"], DocumentKind.CREDIT_NOTE, totals.total, False, tuple(line_ids[taken : taken + len(chosen)])))
            taken += len(chosen)
        return issued

    def _read_lines(self, invoice_ids: Sequence[int]) -> dict[int, list[LineRecord]]:
        """The lines of these invoices: as this batch issued them, or read."""
        lines = self._lines
        wanted = sorted({i for i in invoice_ids if i not in lines})
        lines.update({i: [] for i in wanted})
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            rows = self.session.connection().execute(
                select(
                    InvoiceLine.invoice_id,
                    InvoiceLine.id,
                    InvoiceLine.item_id,
                    InvoiceLine.description,
                    InvoiceLine.quantity,
                    InvoiceLine.unit_price,
                    InvoiceLine.discount,
                    InvoiceLine.vat_category,
                    InvoiceLine.vat_rate,
                    InvoiceLine.net,
                    InvoiceLine.vat,
                    InvoiceLine.total,
                    InvoiceLine.description_en,
                    InvoiceLine.discount_percent,
                )
                .where(InvoiceLine.invoice_id.in_(wanted[start : start + _LOOKUP_CHUNK]))
                .order_by(InvoiceLine.invoice_id, InvoiceLine.position)
            )
            for invoice_id, line_id, *values in rows:
                lines[invoice_id].append(LineRecord(line_id, *values))
        return lines

    def _write_invoices(self) -> None:
        changed = [(invoice_id, self._documents[invoice_id]) for invoice_id in sorted(self._paid_or_credited)]
        self._paid_or_credited.clear()
        if not changed:
            return
        update_rows(
            self.session.connection(),
            _invoices,
            ("paid", "credited", "settled"),
            [(invoice_id, (d.paid, d.credited, d.paid + d.credited >= d.total)) for invoice_id, d in changed],
        )

    # Payments.

    def record_payments(self, drafts: Sequence[PaymentDraft]) -> list[PaymentRow]:
        """Record these payments (and refunds) in the order given, each as record_payment (or
        record_refund) records one: each checked against what the ones before it left due."""
        if not drafts:
            return []
        self._read_invoices(d.invoice_id for d in drafts)
        checked = []
        paid: dict[int, Decimal] = {}  # by invoice: paid with the payments checked so far
        for draft in drafts:
            invoice = self._documents.get(draft.invoice_id)
            if invoice is None or invoice.kind != DocumentKind.INVOICE:
                raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
            so_far = paid.get(draft.invoice_id, invoice.paid)
            signed, note = check_payment(draft, invoice, so_far, self.today)
            paid[draft.invoice_id] = so_far + signed
            checked.append((draft, signed, note))
        for invoice_id, total in paid.items():  # all checked: the batch's own view moves on
            self._documents[invoice_id].paid = total
            self._paid_or_credited.add(invoice_id)
        now = utc_now()
        ids = _insert(
            self.session,
            _payments,
            [
                {
                    "invoice_id": d.invoice_id,
                    "paid_on": d.paid_on,
                    "amount": signed,
                    "method": d.method,
                    "note": note,
                    "created_at": d.at or now,
                }
                for d, signed, note in checked
            ],
            self._last_ids,
        )
        self._write_invoices()
        return [PaymentRow(payment_id, d.paid_on, signed, d.method, note) for payment_id, (d, signed, note) in zip(ids, checked)]


def _insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]], last_ids: dict[str, int]) -> list[int]:
    """Insert rows (all with the same keys) and return their new ids, in order
    (statements.insert_rows_returning_ids); `last_ids` keeps each table's last id for the next insert."""
    if not rows:
        return []
    columns = tuple(rows[0])
    values = [tuple(map(row.__getitem__, columns)) for row in rows]
    ids = insert_rows_returning_ids(session.connection(), table, columns, values, after=last_ids.get(table.name))
    last_ids[table.name] = ids[-1]
    return ids


def _invoice_line_row(invoice_id: int, position: int, line: LineDraft, amounts: LineAmounts, names: tuple[str, str]) -> dict[str, Any]:
    description, description_en = names
    return {
        "invoice_id": invoice_id,
        "position": position,
        "item_id": line.item_id,
        "corrects_line_id": None,
        "description": description,
        "description_en": description_en,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "discount": amounts.discount,
        "discount_percent": line.discount_percent,
        "vat_category": line.vat_category,
        "vat_rate": amounts.vat_rate,
        "net": amounts.net,
        "vat": amounts.vat,
        "total": amounts.total,
        "corrects_price": False,
    }


__all__ = ["SalesBatch"]

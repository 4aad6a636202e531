"""Issuing in batches: SalesBatch does what issue_invoice, issue_credit_note and record_payment do
(sales.py), for many documents at once inside the caller's write transaction, reading the profile,
the catalogue, the buyers and their figures once per batch. sales.py holds the documents' drafts,
totals, numbers and checks it works with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import cache
from typing import Any, Unpack
from zoneinfo import ZoneInfo

from sqlalchemy import BindParameter, Connection, Select, Table, bindparam, select
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
from retention_desktop.purchase_figures import RUNNING_COLUMNS, KnownFigures, record_documents, write_figures
from retention_desktop.sales import (
    CreditOfDraft,
    CreditRequest,
    InvoiceDraft,
    InvoiceState,
    IssuedDocument,
    LineDraft,
    LineRecord,
    PaymentDraft,
    PaymentOfDraft,
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
from retention_desktop.statements import first_phone, insert_rows, reserve_ids, update_rows
from retention_desktop.text import clean_line

_LOOKUP_CHUNK = 5000  # ids per IN (...), well below SQLite's limit on parameters
_invoices = Invoice.__table__
_invoice_lines = InvoiceLine.__table__
_payments = Payment.__table__


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
def _buyer_statement() -> Select[Unpack[TupleAny]]:
    """What an invoice reads of some customers (the expanding parameter "ids"), with their purchase
    figures, which it moves on (SalesBatch.read_customers): made once, not for every batch."""
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    return select(
        Customer.id,
        Customer.stage,
        Customer.renewal_on,
        Customer.archived_at,
        Customer.full_name,
        Customer.address,
        Customer.area,
        Customer.email,
        first_phone(Customer.__table__.c.id),
        *RUNNING_COLUMNS,
    ).where(Customer.id.in_(ids))


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
        self._zero = round_money(ZERO, self.decimals)
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
        # Invoices issued by this batch whose lines are not in _lines yet: their line ids, drafts, amounts and names.
        self._issued_lines: dict[int, tuple[tuple[int, ...], Sequence[LineDraft], Sequence[LineAmounts], list[tuple[str, str]]]] = {}
        self._call_totals: dict[int, InvoiceTotals] = {}  # by id() of a draft of the call being issued: its totals
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
        prints) at once, those not read yet: ahead of invoices issued to them in many small calls,
        and by the checks of each call."""
        wanted = sorted({c for c in customer_ids if c not in self._buyers})  # (set - keys() would copy the keys)
        statement = _buyer_statement()
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            rows = self.session.connection().execute(statement, {"ids": wanted[start : start + _LOOKUP_CHUNK]})
            for customer_id, stage, renewal_on, archived_at, name, address, area, email, phone, first, last, count, days in rows:
                buyer = buyer_json(name, phone or "", address, area, email)
                # Whether they bought before: every invoice counts in their figures (purchase_figures).
                self._buyers[customer_id] = _BuyerState(stage, count > 0, renewal_on, archived_at is not None, buyer)
                self._figures.know(customer_id, first, last, count, days)

    def read_invoices(self, invoice_ids: Iterable[int]) -> None:
        """Read these invoices, their lines and what is left to credit of each at once, ahead of
        credit notes against them issued in many small calls."""
        wanted = sorted(set(invoice_ids))
        self._read_invoices(wanted)
        lines = self._read_lines(wanted)
        self._left.update(lines_left_to_credit(self.session, [line for i in wanted for line in lines[i] if line.id not in self._left]))

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
        return self.issue_in_order(drafts, at=at)

    def issue_in_order(
        self, steps: Sequence[InvoiceDraft | CreditRequest | CreditOfDraft | PaymentOfDraft], *, at: Sequence[datetime | None] = ()
    ) -> list[IssuedDocument]:
        """Issue invoices and credit notes in the order given, each as issue_invoices and
        issue_credit_notes issue it, their ids and each kind's numbers in that order (`at`: each
        invoice's moment, at its step; a credit note has its own), and record payments of the
        invoices issued before them in the call (PaymentOfDraft): bulk work's sales in date order.
        Returns the documents issued, in order (payments are not documents).

        Everything is prepared in memory first, ids taken ahead (statements.reserve_ids), then
        written at once: one insert of the documents, one of their lines, one of the payments, and
        the bookkeeping (purchases in the histories, stages, figures, credited and paid sums) once
        for the call. An invoice goes in with what the call paid and credited of it already.

        The invoices are all checked before anything is prepared; a credit note or a payment is
        checked at its turn. A SalesError then leaves the steps before it issued whole, numbered
        without a gap, in the caller's transaction, which decides whether they stay
        (Database.writing rolls them back with the error)."""
        if not steps:
            return []
        if at and len(at) != len(steps):
            raise ValueError("give a moment for each step, or none")
        self._check_invoices([step for step in steps if isinstance(step, InvoiceDraft)])
        call = self._open_call(steps)
        of_draft: dict[int, _NewDocument] = {}  # id() of a draft of this call → its invoice
        payments: list[PaymentDraft] = []  # a run of payments, prepared together
        try:
            for position, step in enumerate(steps):
                if isinstance(step, PaymentOfDraft):
                    payments.append(PaymentDraft(_earlier(of_draft, step.draft).id, step.amount, step.paid_on, step.method, step.note, at=step.at))
                    continue
                if payments:
                    self._prepare_payments(call, payments, keep_before=True)
                    payments.clear()
                if isinstance(step, InvoiceDraft):
                    of_draft[id(step)] = self._prepare_invoice(call, step, issue_moment(at[position] if at else None))
                else:
                    if isinstance(step, CreditOfDraft):
                        invoice = _earlier(of_draft, step.draft)
                        step = CreditRequest(invoice.id, {invoice.line_ids[line]: quantity for line, quantity in step.returns.items()}, step.reason, step.at)
                    self._prepare_credit(call, self._plan_credits([step])[0])
            if payments:
                self._prepare_payments(call, payments, keep_before=True)
        except SalesError:
            # What was prepared is issued whole, with its bookkeeping, even when a step is
            # refused: the caller's transaction decides whether it stays.
            self._write_call(call)
            self._finish_call()
            raise
        issued = self._write_call(call)
        self._finish_call()
        return issued

    def _check_invoices(self, drafts: Sequence[InvoiceDraft]) -> None:
        """Everything issue_invoices checks before it writes: raises SalesError."""
        if not self.profile.is_complete:
            raise SalesError(
                translate("Sales", "Fill in the business profile in Settings before issuing invoices."), field="profile"
            )
        totals = self._call_totals
        totals.clear()
        for draft in drafts:
            clean_invoice_note(draft.note)
            totals[id(draft)] = self._totals_of(draft)
        self.read_customers(d.customer_id for d in drafts)
        self._read_items(drafts)
        for draft in drafts:
            self._check_invoice(draft)

    def _open_call(self, steps: Sequence[object]) -> _Call:
        """A call's ids, taken ahead for as many documents, lines and payments as its steps can make."""
        documents = lines = payments = 0
        for step in steps:
            if isinstance(step, PaymentDraft | PaymentOfDraft):
                payments += 1
                continue
            documents += 1
            if isinstance(step, InvoiceDraft):
                lines += len(step.lines)
            elif isinstance(step, CreditRequest):
                lines += len(step.returns) + len(step.prices)
            elif isinstance(step, CreditOfDraft):
                lines += len(step.returns)
        connection = self.session.connection()
        last = self._last_ids
        return _Call(
            iter(reserve_ids(connection, _invoices, documents, after=last.get(_invoices.name))),
            iter(reserve_ids(connection, _invoice_lines, lines, after=last.get(_invoice_lines.name))),
            iter(reserve_ids(connection, _payments, payments, after=last.get(_payments.name))),
        )

    def _prepare_invoice(self, call: _Call, draft: InvoiceDraft, moment: datetime) -> _NewDocument:
        """A checked invoice (_check_invoices) into the call, under the next ids: its lines, its
        customer moved on (stage, renewal date, a lost customer won back) in this batch's view."""
        totals = self._call_totals[id(draft)]
        invoice_id = next(call.document_ids)
        customer_id = draft.customer_id
        issue_date = local_date(moment, self.zone)
        buyer = self._buyers[customer_id]
        include = self.profile.prices_include_vat if draft.prices_include_vat is None else draft.prices_include_vat
        state = InvoiceState(
            DocumentKind.INVOICE, customer_id, self.profile.currency, include, issue_date, totals.total, self._zero, self._zero, buyer.buyer_json
        )
        line_ids = []
        names = []
        for position, (line, amounts) in enumerate(zip(draft.lines, totals.lines)):
            line_id = next(call.line_ids)
            line_names = self._descriptions(line)
            call.lines.append(_invoice_line_row(line_id, invoice_id, position, line, amounts, line_names))
            line_ids.append(line_id)
            names.append(line_names)
        # Its lines as a credit note reads them, made if one does (few invoices are credited).
        self._issued_lines[invoice_id] = (tuple(line_ids), draft.lines, totals.lines, names)
        self._documents[invoice_id] = state
        first = not buyer.bought
        if buyer.stage == Stage.LOST:  # a lost customer who buys is won back: their loss is closed
            self._won_back[customer_id] = moment
        if self._move_customer(buyer, draft, issue_date):
            self._moved.add(customer_id)
        document = _NewDocument(
            invoice_id, customer_id, None, moment, issue_date, state, totals, clean_invoice_note(draft.note), tuple(line_ids), first
        )
        call.documents.append(document)
        return document

    def _write_call(self, call: _Call) -> list[IssuedDocument]:
        """What the call prepared, written: its documents numbered (each kind's counter raised once)
        and inserted with their lines, then its payments; the purchases kept for _finish_call."""
        documents = call.documents
        if documents:
            for kind, prefix in ((DocumentKind.INVOICE, self.profile.invoice_prefix), (DocumentKind.CREDIT_NOTE, self.profile.credit_note_prefix)):
                of_kind = [d for d in documents if d.state.kind == kind]
                if of_kind:
                    for document, (sequence, number) in zip(of_kind, take_numbers(self.session, kind, prefix, len(of_kind))):
                        document.sequence, document.number = sequence, number
        connection = self.session.connection()
        # Every invoice and credit note passes here, before it is in the table: the customers'
        # purchase figures move on with them.
        record_documents(connection, [(d.state.kind, d.customer_id, d.issue_date, d.state.currency, d.state.total) for d in documents], self._figures)
        seller = self.seller if documents else None
        self._insert(connection, _invoices, _DOCUMENT_COLUMNS, [d.row(seller, self.zone) for d in documents])
        self._insert(connection, _invoice_lines, _LINE_COLUMNS, call.lines)
        self._insert(connection, _payments, _PAYMENT_COLUMNS, call.payments)
        self._paid_or_credited.difference_update(d.id for d in documents)  # written with their sums
        issued = []
        for document in documents:
            state = document.state
            issued.append(IssuedDocument(document.id, document.number, state.kind, state.total, document.first, document.line_ids))
            if state.kind == DocumentKind.INVOICE:
                self._purchases.append(InteractionEntry(document.customer_id, InteractionKind.PURCHASE, document.moment, document.number))
        return issued

    def _insert(self, connection: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert rows with their ids (the first column, increasing); the table's last id is kept
        for the next reserve_ids."""
        if rows:
            insert_rows(connection, table, columns, rows)
            self._last_ids[table.name] = rows[-1][0]

    def _finish_call(self) -> None:
        """What the call moved on and kept in this batch, written: the purchases in the customers'
        histories, their stages, renewal dates and figures, the invoices' paid and credited sums
        (each once a call, however many runs of documents it wrote)."""
        log_interactions(self.session, self._purchases)
        self._purchases.clear()
        close_losses(self.session, self._won_back)
        self._won_back.clear()
        # The customers' stages and renewal dates with their figures: one write of each row.
        now = utc_now()
        moved = {customer_id: (self._buyers[customer_id].stage, self._buyers[customer_id].renewal_on, now) for customer_id in self._moved}
        self._moved.clear()
        write_figures(self.session.connection(), self._figures, also=("stage", "renewal_on", "updated_at"), values=moved)
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

    def issue_credit_notes(self, requests: Sequence[CreditRequest]) -> list[IssuedDocument]:
        """Issue these credit notes, numbered in the order given, each as issue_credit_note issues
        one: all are checked before anything is written."""
        if not requests:
            return []
        planned = self._plan_credits(requests)
        call = self._open_call(requests)
        for credit in planned:
            self._prepare_credit(call, credit)
        issued = self._write_call(call)
        self._finish_call()
        return issued

    def _plan_credits(self, requests: Sequence[CreditRequest]) -> list[_PlannedCredit]:
        """Check these credit requests and plan each one's lines (raises SalesError before anything
        is written); what they take is then taken, in this batch's view of what is left."""
        for r in requests:
            clean_credit_reason(r.reason)
        self.read_invoices(r.invoice_id for r in requests)
        for r in requests:
            found = self._documents.get(r.invoice_id)
            if found is None or found.kind != DocumentKind.INVOICE:
                raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
        lines = self._lines
        left = {line.id: self._left[line.id] for r in requests for line in lines[r.invoice_id]}  # this call's, kept once all is checked
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

    def _prepare_credit(self, call: _Call, planned: _PlannedCredit) -> None:
        """A planned credit note (_plan_credits) into the call, under the next ids; the credited sum
        of its invoice moved on in this batch's view."""
        request, invoice, chosen, totals = planned
        why = clean_credit_reason(request.reason)
        moment = issue_moment(request.at)
        note_id = next(call.document_ids)
        line_ids = []
        for position, credit in enumerate(chosen):
            line_id = next(call.line_ids)
            line_ids.append(line_id)
            line = credit.line
            call.lines.append(
                (
                    line_id, note_id, position, line.item_id, line.id, line.description, line.description_en,
                    credit.item.quantity, credit.item.unit_price, credit.item.discount,
                    line.discount_percent if credit.corrects_price else None,
                    line.vat_category, line.vat_rate, credit.amounts.net, credit.amounts.vat, credit.amounts.total, credit.corrects_price,
                )
            )
        invoice.credited = invoice.credited - totals.total
        self._paid_or_credited.add(request.invoice_id)
        zero = round_money(ZERO, currency_decimals(invoice.currency))
        issue_date = local_date(moment, self.zone)
        # The buyer as invoiced; the seller as it is now (the credit note is a new document).
        state = InvoiceState(
            DocumentKind.CREDIT_NOTE, invoice.customer_id, invoice.currency, invoice.prices_include_vat, issue_date, totals.total, zero, zero, invoice.buyer_json
        )
        call.documents.append(_NewDocument(note_id, invoice.customer_id, request.invoice_id, moment, issue_date, state, totals, why, tuple(line_ids), False))

    def _read_lines(self, invoice_ids: Sequence[int]) -> dict[int, list[LineRecord]]:
        """The lines of these invoices: as this batch issued them, or read."""
        lines = self._lines
        for invoice_id in invoice_ids:
            issued = self._issued_lines.pop(invoice_id, None)
            if issued is not None:
                line_ids, drafts, amounts, names = issued
                records = lines[invoice_id] = [line_record(*line) for line in zip(line_ids, drafts, amounts, names)]
                self._left.update((line.id, LineLeft.of(line)) for line in records)  # nothing credited of them yet
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
        record_refund) records one: each checked against what the ones before it left due, all
        before anything is written."""
        if not drafts:
            return []
        call = self._open_call(drafts)
        rows = self._prepare_payments(call, drafts)
        self._write_call(call)
        self._write_invoices()
        return rows

    def _prepare_payments(self, call: _Call, drafts: Sequence[PaymentDraft], *, keep_before: bool = False) -> list[PaymentRow]:
        """Check these payments, each against what the ones before it left due, then put them into
        the call under the next ids, their invoices' paid sums moved on in this batch's view. A
        SalesError takes none of them, or (`keep_before`) those before the one refused."""
        self._read_invoices(d.invoice_id for d in drafts)
        checked = []
        paid: dict[int, Decimal] = {}  # by invoice: paid with the payments checked so far
        try:
            for draft in drafts:
                invoice = self._documents.get(draft.invoice_id)
                if invoice is None or invoice.kind != DocumentKind.INVOICE:
                    raise SalesError(translate("Sales", "This invoice no longer exists."), field="invoice")
                so_far = paid.get(draft.invoice_id, invoice.paid)
                signed, note = check_payment(draft, invoice, so_far, self.today)
                checked.append((draft, signed, note, so_far + signed))
                paid[draft.invoice_id] = so_far + signed
        except SalesError:
            if keep_before:
                self._take_payments(call, checked)
            raise
        return self._take_payments(call, checked)

    def _take_payments(self, call: _Call, checked: Sequence[tuple[PaymentDraft, Decimal, str, Decimal]]) -> list[PaymentRow]:
        now = utc_now()
        rows = []
        for draft, signed, note, paid in checked:
            self._documents[draft.invoice_id].paid = paid
            self._paid_or_credited.add(draft.invoice_id)
            payment_id = next(call.payment_ids)
            call.payments.append((payment_id, draft.invoice_id, draft.paid_on, signed, draft.method, note, draft.at or now))
            rows.append(PaymentRow(payment_id, draft.paid_on, signed, draft.method, note))
        return rows


def _earlier(of_draft: Mapping[int, _NewDocument], draft: InvoiceDraft) -> _NewDocument:
    invoice = of_draft.get(id(draft))
    if invoice is None:
        raise ValueError("a credit or a payment of a draft comes after that draft, in the same call")
    return invoice


@dataclass
class _Call:
    """What one call of a SalesBatch issues and records, prepared in order under ids taken ahead
    (reserve_ids), written at its end (SalesBatch._write_call)."""

    document_ids: Iterator[int]
    line_ids: Iterator[int]
    payment_ids: Iterator[int]
    documents: list[_NewDocument] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)  # rows of _LINE_COLUMNS
    payments: list[tuple[Any, ...]] = field(default_factory=list)  # rows of _PAYMENT_COLUMNS


@dataclass
class _NewDocument:
    """An invoice or credit note of a call, numbered when the call is written."""

    id: int
    customer_id: int
    corrects_id: int | None  # a credit note's invoice
    moment: datetime
    issue_date: date
    state: InvoiceState  # its kind, currency, VAT terms, total, and (an invoice) its sums as the call moves them
    totals: InvoiceTotals
    note: str  # an invoice's note, a credit note's reason
    line_ids: tuple[int, ...]
    first: bool  # an invoice: the customer's first
    sequence: int = 0
    number: str = ""

    def row(self, seller: int | None, zone: ZoneInfo) -> tuple[Any, ...]:
        """Its row of _DOCUMENT_COLUMNS: an invoice with what the call paid and credited of it, a
        credit note settled."""
        state, totals = self.state, self.totals
        invoice = state.kind == DocumentKind.INVOICE
        settled = state.paid + state.credited >= state.total if invoice else True
        return (
            self.id, state.kind, self.sequence, self.number, self.customer_id, self.corrects_id, self.moment, self.issue_date,
            local_time(self.moment, zone), state.currency, state.prices_include_vat, totals.net, totals.vat, state.total,
            totals.discount, state.paid, state.credited, settled, self.note, seller, state.buyer_json,
        )


_DOCUMENT_COLUMNS = (
    "id", "kind", "sequence", "number", "customer_id", "corrects_id", "issued_at", "issue_date", "issue_time", "currency",
    "prices_include_vat", "net", "vat", "total", "discount", "paid", "credited", "settled", "note", "seller_id", "buyer_json",
)
_LINE_COLUMNS = (
    "id", "invoice_id", "position", "item_id", "corrects_line_id", "description", "description_en", "quantity", "unit_price",
    "discount", "discount_percent", "vat_category", "vat_rate", "net", "vat", "total", "corrects_price",
)
_PAYMENT_COLUMNS = ("id", "invoice_id", "paid_on", "amount", "method", "note", "created_at")


def _invoice_line_row(
    line_id: int, invoice_id: int, position: int, line: LineDraft, amounts: LineAmounts, names: tuple[str, str]
) -> tuple[Any, ...]:
    """An invoice's line as a row of _LINE_COLUMNS."""
    description, description_en = names
    return (
        line_id, invoice_id, position, line.item_id, None, description, description_en, line.quantity, line.unit_price,
        amounts.discount, line.discount_percent, line.vat_category, amounts.vat_rate, amounts.net, amounts.vat, amounts.total, False,
    )


__all__ = ["SalesBatch"]

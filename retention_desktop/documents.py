"""Issued documents read back: the sales list (invoices and credit notes found by number or
customer, what is still owed), one document's details (payments, credit notes against it, what
is left to credit) and a customer's purchase history. Issuing them is sales.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, func, or_, select, union

from retention_desktop.customers import CustomerNotFound
from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.kinds import PaymentStatus, payment_status
from retention_desktop.models import Customer, DocumentKind, Invoice, Payment
from retention_desktop.money import ZERO
from retention_desktop.printable import PrintableInvoice, read_printable_invoice
from retention_desktop.credits import LineLeft, lines_left_to_credit
from retention_desktop.sales import PaymentRow
from retention_desktop.sales_errors import SalesError
from retention_desktop.search import matching_customers
from retention_desktop.text import clean_line


# --- reading documents back -------------------------------------------------------------------


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


def list_documents(
    db: Database, *, text: str = "", unpaid_only: bool = False, limit: int = 200, after: int | None = None
) -> tuple[list[DocumentRow], int]:
    """The newest invoices and credit notes first, and how many match: `text` matches the number, or
    the customer as the book's search does (name, phone…); `unpaid_only` keeps invoices still due.
    `text` is cleaned as a one-line field first (a NUL would end SQLite's reading of the pattern).

    `after` is the id of the last document of the page before: the page goes on from it (newest
    first by the moment of issue, then by id), so every document can be reached a page at a time
    whatever is issued meanwhile. The count is of all that match, not of the page."""
    with db.session() as session:
        found = _matching_documents(db, text)
        stmt = select(Invoice, Customer.full_name).join(Customer, Customer.id == Invoice.customer_id)
        count = select(func.count()).select_from(Invoice)
        if found is not None:
            stmt, count = stmt.where(Invoice.id.in_(found)), count.where(Invoice.id.in_(found))
        if unpaid_only:
            stmt, count = stmt.where(Invoice.settled.is_(False)), count.where(Invoice.settled.is_(False))
        if after is not None:
            stmt = stmt.where(_older_than(after))
        rows = session.execute(stmt.order_by(Invoice.issued_at.desc(), Invoice.id.desc()).limit(limit)).all()
        return [_document_row(invoice, name) for invoice, name in rows], int(session.scalar(count) or 0)


def _matching_documents(db: Database, text: str) -> CompoundSelect[int] | Select[int] | None:
    """The ids of the documents whose number holds `text`, or whose customer the book's search finds
    by it; None for no text (every document). Two indexed lookups, joined once: numbers through
    the number's own index, customers through the search index and then their invoices. (One OR
    over both read every invoice.)"""
    term = clean_line(text)
    if not term:
        return None
    if db.is_sqlite:  # SQLite's LIKE ignores the case of Latin letters, and lower() would cost a scan
        escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
        by_number: ColumnElement[bool] = Invoice.number.like(f"%{escaped}%", escape="/")
    else:
        by_number = Invoice.number.icontains(term, autoescape=True)
    found: CompoundSelect[int] | Select[int] = select(Invoice.id).where(by_number)
    matching = matching_customers(term, server=not db.is_sqlite)
    if matching is not None:
        found = union(found, select(Invoice.id).where(Invoice.customer_id.in_(matching)))
    return found


def _older_than(document_id: int) -> ColumnElement[bool]:
    """Listed after this document: issued before it, or at the same moment with a smaller id."""
    moment = select(Invoice.issued_at).where(Invoice.id == document_id).scalar_subquery()
    return or_(Invoice.issued_at < moment, and_(Invoice.issued_at == moment, Invoice.id < document_id))


def amounts_due(db: Database, *, text: str = "") -> tuple[tuple[str, Decimal], ...]:
    """What the invoices still due (those "unpaid only" lists, found by `text` as list_documents
    finds them) come to, per currency: (currency, amount) in the order of the codes."""
    with db.session() as session:
        stmt = select(Invoice.currency, Invoice.total, Invoice.credited, Invoice.paid).where(Invoice.settled.is_(False))
        found = _matching_documents(db, text)
        if found is not None:
            stmt = stmt.where(Invoice.id.in_(found))
        sums: dict[str, Decimal] = {}
        for currency, total, credited, paid in session.execute(stmt):
            sums[currency] = sums.get(currency, ZERO) + max(total - credited - paid, ZERO)
    return tuple(sorted(sums.items()))


def document_currencies(db: Database) -> tuple[str, ...]:
    """The currencies of the book's invoices and credit notes, in the order of their codes: one
    for nearly every shop (min and max from the currency's index tell it at once)."""
    with db.session() as session:
        # Two queries: SQLite answers min() or max() alone from the index, both together by a scan.
        lowest = session.scalar(select(func.min(Invoice.currency)))
        highest = session.scalar(select(func.max(Invoice.currency)))
        if lowest is None:
            return ()
        if lowest == highest:
            return (lowest,)
        return tuple(session.scalars(select(Invoice.currency).distinct().order_by(Invoice.currency)))


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
    left: Mapping[int, LineLeft] = field(default_factory=dict)  # line id → what is left to credit

    @property
    def quantities_left(self) -> dict[int, Decimal]:
        """Line id → the quantity not taken back yet."""
        return {line_id: left.quantity for line_id, left in self.left.items()}

    @property
    def balance(self) -> Decimal:
        if self.printable.kind != DocumentKind.INVOICE:
            return ZERO
        return self.printable.total - self.credited - self.paid


def document_details(db: Database, invoice_id: int) -> DocumentDetails:
    with db.session() as session:
        invoice = session.get(Invoice, invoice_id)
        printable = None if invoice is None else read_printable_invoice(session, invoice_id)
        if invoice is None or printable is None:
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
            printable=printable,
            customer_id=invoice.customer_id,
            corrects_id=invoice.corrects_id,
            paid=invoice.paid,
            credited=invoice.credited,
            status=payment_status(invoice.total, invoice.paid, invoice.credited) if is_invoice else None,
            payments=payments,
            corrections=corrections,
            left=lines_left_to_credit(session, printable.lines) if is_invoice else {},
        )


# --- a customer's purchase history ------------------------------------------------------------


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
    "CurrencyTotals",
    "DocumentDetails",
    "DocumentRow",
    "PurchaseHistory",
    "amounts_due",
    "document_currencies",
    "document_details",
    "list_documents",
    "purchase_history",
]

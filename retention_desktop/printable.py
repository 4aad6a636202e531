"""An issued invoice or credit note as it printed: read from the book with Core tables alone.

The invoice PDF, the invoice's page, the credit note dialog and the new-customer kit draw from
PrintableInvoice. Printing one (`main.py invoice`) loads neither the ORM nor the sales module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from retention_desktop.i18n import translate
from retention_desktop.kinds import DocumentKind, PaymentStatus, VatCategory, payment_status
from retention_desktop.money import ZERO, currency_decimals, round_money
from retention_desktop.sales_errors import SalesError
from retention_desktop.tables import invoice_lines, invoices, sellers, stored_images
from retention_desktop.text import clean_line, in_language
from retention_desktop.zatca import ZatcaError, is_valid_saudi_vat_number, simplified_invoice_qr

if TYPE_CHECKING:  # a session works as well as a connection (the kit reads in its own session)
    from typing import TypeAlias, Unpack

    from sqlalchemy.engine import Connection, Row
    from sqlalchemy.orm import Session

    from retention_desktop.db import Database

    _Document: TypeAlias = Row[Unpack[tuple[Any, ...]]]  # a row of _DOCUMENT


@dataclass(frozen=True)
class PrintableLine:
    """One line as issued. `description_en` is a catalogue item's English name (empty: the one
    description is the line's in both languages); `discount_percent` the percentage the discount
    was typed as; `corrects_price`, on a credit note, a line that lowers the price (by
    `unit_price` for each of `quantity`) rather than taking back a quantity."""

    id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    total: Decimal
    description_en: str = ""
    discount_percent: Decimal | None = None
    corrects_price: bool = False
    vat_category: VatCategory = VatCategory.STANDARD  # exempt and zero-rated both have a rate of 0

    def text(self, language: str) -> str:
        """The description in `language`: the English name on an English document when there is one."""
        return (self.description_en or self.description) if language == "en" else self.description


@dataclass(frozen=True)
class Seller:
    """The seller as the document printed it. `address` and `terms` are the Arabic ones (or the
    only ones), `address_en` and `terms_en` the English ones; each language falls back on the other."""

    name_ar: str
    name_en: str
    address: str
    phone: str
    vat_number: str
    country: str
    terms: str
    show_hijri_date: bool
    logo: bytes | None
    address_en: str = ""
    terms_en: str = ""

    def name(self, language: str) -> str:
        return in_language(language, self.name_ar, self.name_en)

    def address_in(self, language: str) -> str:
        return in_language(language, self.address, self.address_en)

    def terms_in(self, language: str) -> str:
        return in_language(language, self.terms, self.terms_en)


@dataclass(frozen=True)
class Buyer:
    name: str
    phone: str
    address: str
    email: str


@dataclass(frozen=True)
class InvoicePayments:
    """What an invoice has been paid, and credited by credit notes, when it is printed."""

    paid: Decimal
    credited: Decimal  # the credit notes' total, as a positive amount

    def status(self, total: Decimal) -> PaymentStatus:
        return payment_status(total, self.paid, self.credited)

    def due(self, total: Decimal) -> Decimal:
        """What is left to pay on an invoice of `total`; negative when the shop owes some back."""
        return total - self.credited - self.paid


@dataclass(frozen=True)
class PrintableInvoice:
    """Everything an invoice or credit note prints, as it was issued (and what an invoice has been
    paid since). Amounts of a credit note are
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
    # (category, rate, net, VAT) by VAT category, standard first, then zero-rated, then exempt:
    # the totals an accountant and ZATCA ask for (empty in a document kept by an older version)
    vat_by_category: tuple[tuple[VatCategory, Decimal, Decimal, Decimal], ...] = ()
    # An invoice's payments and credits as they stand when it is printed (None for a credit note,
    # and in a kit, whose own section says what was paid).
    payment: InvoicePayments | None = None


_CATEGORY_ORDER = (VatCategory.STANDARD, VatCategory.ZERO_RATED, VatCategory.EXEMPT)  # as the totals list them

_corrected = invoices.alias("corrected")
# The document with what it printed beside it: the seller's snapshot and the number it corrects.
_DOCUMENT = select(
    invoices.c.id,
    invoices.c.kind,
    invoices.c.number,
    invoices.c.issued_at,
    invoices.c.issue_date,
    invoices.c.issue_time,
    invoices.c.currency,
    invoices.c.prices_include_vat,
    invoices.c.net,
    invoices.c.vat,
    invoices.c.total,
    invoices.c.discount,
    invoices.c.note,
    invoices.c.paid,
    invoices.c.credited,
    invoices.c.buyer_json,
    sellers.c.body.label("seller_json"),
    _corrected.c.number.label("corrects_number"),
).select_from(
    invoices.join(sellers, sellers.c.id == invoices.c.seller_id).outerjoin(_corrected, _corrected.c.id == invoices.c.corrects_id)
)
_l = invoice_lines.c
# In the order the document prints them (the ORM relationship's order: by position).
_LINES = select(
    _l.id,
    _l.description,
    _l.quantity,
    _l.unit_price,
    _l.discount,
    _l.vat_rate,
    _l.net,
    _l.vat,
    _l.total,
    _l.description_en,
    _l.discount_percent,
    _l.corrects_price,
    _l.vat_category,
).order_by(_l.position)


def _find(reader: Connection | Session, number_or_id: str | int) -> _Document | None:
    """The document by id, or by number: as typed, else whatever the case typed ("inv-000001")."""
    if isinstance(number_or_id, int):
        return reader.execute(_DOCUMENT.where(invoices.c.id == number_or_id)).first()
    number = clean_line(number_or_id)
    found = reader.execute(_DOCUMENT.where(invoices.c.number == number)).first()
    if found is None:
        found = reader.execute(_DOCUMENT.where(func.upper(invoices.c.number) == number.upper())).first()
    return found


def _printable(reader: Connection | Session, document: _Document) -> PrintableInvoice:
    seller = json.loads(document.seller_json)
    buyer = json.loads(document.buyer_json)
    logo = reader.scalar(select(stored_images.c.data).where(stored_images.c.id == seller["logo_id"])) if seller["logo_id"] else None
    lines = tuple(PrintableLine(*row) for row in reader.execute(_LINES.where(_l.invoice_id == document.id)))
    by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    by_category: dict[tuple[int, Decimal], tuple[Decimal, Decimal]] = {}
    zero = round_money(ZERO, currency_decimals(document.currency))
    for line in lines:
        net, vat = by_rate.get(line.vat_rate, (zero, zero))
        by_rate[line.vat_rate] = (net + line.net, vat + line.vat)
        key = (_CATEGORY_ORDER.index(line.vat_category), line.vat_rate)
        net, vat = by_category.get(key, (zero, zero))
        by_category[key] = (net + line.net, vat + line.vat)
    qr = None
    if seller["country"] == "SA" and is_valid_saudi_vat_number(seller["vat_number"]):
        try:
            qr = simplified_invoice_qr(
                seller_name=seller["name_ar"] or seller["name_en"],
                vat_number=seller["vat_number"],
                issued_at=document.issued_at,
                # A credit note's QR carries its amounts as positive numbers: the document says it
                # is a credit note, as it does on paper.
                total_with_vat=abs(document.total),
                vat_amount=abs(document.vat),
            )
        except ZatcaError:
            qr = None  # a seller name over 255 UTF-8 bytes: the profile refuses those, old data may not
    return PrintableInvoice(
        id=document.id,
        kind=document.kind,
        number=document.number,
        issued_at=document.issued_at,
        issue_date=document.issue_date,
        issue_time=document.issue_time,
        currency=document.currency,
        prices_include_vat=document.prices_include_vat,
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
            seller.get("address_en", ""),
            seller.get("terms_en", ""),
        ),
        buyer=Buyer(buyer["name"], buyer["phone"], buyer["address"], buyer["email"]),
        lines=lines,
        net=document.net,
        vat=document.vat,
        total=document.total,
        discount=document.discount,
        vat_by_rate=tuple((rate, net, vat) for rate, (net, vat) in sorted(by_rate.items())),
        corrects_number=document.corrects_number,
        note=document.note,
        qr_payload=qr,
        vat_by_category=tuple(
            (_CATEGORY_ORDER[order], rate, net, vat) for (order, rate), (net, vat) in sorted(by_category.items(), key=lambda item: (item[0][0], -item[0][1]))
        ),
        payment=InvoicePayments(document.paid, document.credited) if document.kind == DocumentKind.INVOICE else None,
    )


def printable_invoice(db: Database, number_or_id: str | int) -> PrintableInvoice:
    """An issued invoice or credit note by its number ("INV-000123") or id, as it was printed."""
    with db.reading() as connection:
        document = _find(connection, number_or_id)
        if document is None:
            raise SalesError(
                translate("Sales", "There is no invoice or credit note numbered {number}.").format(
                    number=clean_line(str(number_or_id))
                ),
                field="number",
            )
        return _printable(connection, document)


def read_printable_invoice(reader: Connection | Session, invoice_id: int) -> PrintableInvoice | None:
    """printable_invoice by id inside the caller's transaction, a connection's or a session's (a
    new-customer kit reads it with the rest of the kit); None if there is no such document."""
    document = _find(reader, invoice_id)
    return None if document is None else _printable(reader, document)


__all__ = ["Buyer", "InvoicePayments", "PrintableInvoice", "PrintableLine", "Seller", "printable_invoice", "read_printable_invoice"]

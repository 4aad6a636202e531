"""The ORM's classes, mapped onto the tables of tables.py: what the core's writing functions use."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from retention_desktop import tables
from retention_desktop.kinds import (  # re-exported: older code imports them from here
    CadenceUnit as CadenceUnit,
    CampaignKind as CampaignKind,
    Channel as Channel,
    CostKind as CostKind,
    CustomerKind as CustomerKind,
    DocumentKind as DocumentKind,
    FollowUpKind as FollowUpKind,
    FollowUpOrigin as FollowUpOrigin,
    FollowUpStatus as FollowUpStatus,
    Gender as Gender,
    InteractionKind as InteractionKind,
    Outcome as Outcome,
    PaymentMethod as PaymentMethod,
    PhoneKind as PhoneKind,
    Source as Source,
    Stage as Stage,
    TargetOutcome as TargetOutcome,
    VatCategory as VatCategory,
)
from retention_desktop.tables import Money as Money, UTCDateTime as UTCDateTime, customer_tags as customer_tags, utc_now as utc_now


class Base(DeclarativeBase):
    metadata = tables.metadata


class Customer(Base):
    __table__ = tables.customers

    id: Mapped[int]
    kind: Mapped[CustomerKind]
    full_name: Mapped[str]
    sort_name: Mapped[str]
    gender: Mapped[Gender]
    email: Mapped[str]
    address: Mapped[str]
    area: Mapped[str]
    birthday: Mapped[date | None]
    notes: Mapped[str]
    source: Mapped[Source]
    referred_by_id: Mapped[int | None]
    stage: Mapped[Stage]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]
    contact_every: Mapped[int | None]
    contact_unit: Mapped[CadenceUnit | None]
    renewal_on: Mapped[date | None]
    first_purchase_on: Mapped[date | None]
    last_purchase_on: Mapped[date | None]
    purchase_count: Mapped[int]
    purchase_days: Mapped[int]
    lapses_on: Mapped[date | None]

    phones: Mapped[list[CustomerPhone]] = relationship( back_populates="customer", order_by="CustomerPhone.position", cascade="all, delete-orphan", )
    tags: Mapped[list[Tag]] = relationship(secondary=tables.customer_tags, order_by="Tag.name")
    referred_by: Mapped[Customer | None] = relationship(remote_side="Customer.id")


class CustomerPhone(Base):
    __table__ = tables.customer_phones

    id: Mapped[int]
    customer_id: Mapped[int]
    number: Mapped[str]
    kind: Mapped[PhoneKind]
    position: Mapped[int]

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Tag(Base):
    __table__ = tables.tags

    id: Mapped[int]
    name: Mapped[str]
    folded: Mapped[str]


class FollowUp(Base):
    """A call, visit or message due on a day (in the shop's time zone), optionally at a time."""

    __table__ = tables.follow_ups

    id: Mapped[int]
    customer_id: Mapped[int]
    kind: Mapped[FollowUpKind]
    reason: Mapped[str]
    note: Mapped[str]
    due_on: Mapped[date]
    due_at: Mapped[time | None]
    status: Mapped[FollowUpStatus]
    origin: Mapped[FollowUpOrigin]
    origin_key: Mapped[str | None]
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship()


class Interaction(Base):
    """Something that happened with a customer: a call, visit, message, purchase, feedback, complaint."""

    __table__ = tables.interactions

    id: Mapped[int]
    customer_id: Mapped[int]
    kind: Mapped[InteractionKind]
    occurred_at: Mapped[datetime]
    note: Mapped[str]
    outcome: Mapped[Outcome | None]
    score: Mapped[int | None]
    resolved_at: Mapped[datetime | None]
    follow_up_id: Mapped[int | None]


class MessageTemplate(Base):
    """A message the owner sends often, with placeholders such as {name}, {shop} and {date}."""

    __table__ = tables.message_templates

    id: Mapped[int]
    name: Mapped[str]
    body: Mapped[str]
    position: Mapped[int]


class Setting(Base):
    """One shop-wide setting; values are JSON, declared with their defaults in settings.py."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[str]


class StoredImage(Base):
    """An image the shop uses in print (the logo), stored once by its SHA-256 so that every invoice
    that printed it can print it again after the profile's logo changes."""

    __table__ = tables.stored_images

    id: Mapped[int]
    sha256: Mapped[str]
    data: Mapped[bytes]
    created_at: Mapped[datetime]


class CatalogueItem(Base):
    """A product or service the shop sells, with its usual price."""

    __table__ = tables.catalogue_items

    id: Mapped[int]
    name_ar: Mapped[str]
    name_en: Mapped[str]
    unit_price: Mapped[Decimal]
    vat_category: Mapped[VatCategory]
    renewal_every: Mapped[int | None]
    renewal_unit: Mapped[CadenceUnit | None]
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class SellerRecord(Base):
    """The seller as invoices printed it (the business profile's JSON at the time), stored once by
    its SHA-256: every invoice since the last change of the profile points at the same row."""

    __table__ = tables.sellers

    id: Mapped[int]
    sha256: Mapped[str]
    body: Mapped[str]


class DocumentCounter(Base):
    """The last number given to each kind of document; taken and raised inside the transaction that
    saves the document, under a write lock, so numbers have no gaps and no repeats."""

    __table__ = tables.document_counters

    kind: Mapped[DocumentKind]
    last_sequence: Mapped[int]


class Invoice(Base):
    """An issued invoice or credit note. Never edited once saved, except its payment and credit sums.

    What was printed is kept with it (the seller's profile and the buyer's details at the time), so a
    reprint is identical to the first print even after the profile or the customer changes.
    """

    __table__ = tables.invoices

    id: Mapped[int]
    kind: Mapped[DocumentKind]
    sequence: Mapped[int]
    number: Mapped[str]
    customer_id: Mapped[int]
    corrects_id: Mapped[int | None]
    issued_at: Mapped[datetime]
    issue_date: Mapped[date]
    issue_time: Mapped[time]
    currency: Mapped[str]
    prices_include_vat: Mapped[bool]
    net: Mapped[Decimal]
    vat: Mapped[Decimal]
    total: Mapped[Decimal]
    discount: Mapped[Decimal]
    paid: Mapped[Decimal]
    credited: Mapped[Decimal]
    settled: Mapped[bool]
    note: Mapped[str]
    seller_id: Mapped[int]
    buyer_json: Mapped[str]

    lines: Mapped[list[InvoiceLine]] = relationship( back_populates="invoice", order_by="InvoiceLine.position", cascade="all, delete-orphan" )
    customer: Mapped[Customer] = relationship()
    seller: Mapped[SellerRecord] = relationship()


class InvoiceLine(Base):
    """One line of an invoice or credit note; amounts rounded per line, negative on a credit note."""

    __table__ = tables.invoice_lines

    id: Mapped[int]
    invoice_id: Mapped[int]
    position: Mapped[int]
    item_id: Mapped[int | None]
    corrects_line_id: Mapped[int | None]
    description: Mapped[str]
    description_en: Mapped[str]
    quantity: Mapped[Decimal]
    unit_price: Mapped[Decimal]
    discount: Mapped[Decimal]
    discount_percent: Mapped[Decimal | None]
    vat_category: Mapped[VatCategory]
    vat_rate: Mapped[Decimal]
    net: Mapped[Decimal]
    vat: Mapped[Decimal]
    total: Mapped[Decimal]
    corrects_price: Mapped[bool]

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Base):
    """Money received against an invoice."""

    __table__ = tables.payments

    id: Mapped[int]
    invoice_id: Mapped[int]
    paid_on: Mapped[date]
    amount: Mapped[Decimal]
    method: Mapped[PaymentMethod]
    note: Mapped[str]
    created_at: Mapped[datetime]


class KitText(Base):
    """The owner's own text of a section of the new-customer kit, in one language."""

    __table__ = tables.kit_texts

    language: Mapped[str]
    section: Mapped[str]
    title: Mapped[str]
    body: Mapped[str]
    enabled: Mapped[bool]
    updated_at: Mapped[datetime]


class KitPrint(Base):
    """A new-customer kit as printed, with the snapshot a reprint draws from."""

    __table__ = tables.kit_prints

    id: Mapped[int]
    customer_id: Mapped[int]
    invoice_id: Mapped[int | None]
    language: Mapped[str]
    printed_at: Mapped[datetime]
    snapshot: Mapped[str]


class Campaign(Base):
    """A win-back campaign or an occasion sequence."""

    __table__ = tables.campaigns

    id: Mapped[int]
    kind: Mapped[CampaignKind]
    name: Mapped[str]
    offer: Mapped[str]
    channel: Mapped[Channel]
    call_after_days: Mapped[int | None]
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    audience: Mapped[str]
    touches: Mapped[int]
    occasion: Mapped[str]
    occasion_on: Mapped[date | None]
    warm_message: Mapped[str]
    created_at: Mapped[datetime]


class CampaignTarget(Base):
    """A customer a campaign targets, and what came of it."""

    __table__ = tables.campaign_targets

    campaign_id: Mapped[int]
    customer_id: Mapped[int]
    outcome: Mapped[TargetOutcome | None]
    outcome_at: Mapped[datetime | None]


class CampaignCost(Base):
    """A line of a campaign's costs."""

    __table__ = tables.campaign_costs

    id: Mapped[int]
    campaign_id: Mapped[int]
    kind: Mapped[CostKind]
    amount: Mapped[Decimal]
    note: Mapped[str]

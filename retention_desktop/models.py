"""SQLAlchemy tables of the customer book; later capabilities add theirs beside these."""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timezone

from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from retention_desktop.kinds import (  # re-exported: older code imports them from here
    Stage as Stage,
    CustomerKind as CustomerKind,
    Gender as Gender,
    Source as Source,
    CadenceUnit as CadenceUnit,
    FollowUpKind as FollowUpKind,
    FollowUpStatus as FollowUpStatus,
    FollowUpOrigin as FollowUpOrigin,
    Outcome as Outcome,
    InteractionKind as InteractionKind,
    VatCategory as VatCategory,
    DocumentKind as DocumentKind,
    PaymentMethod as PaymentMethod,
    PhoneKind as PhoneKind,
)


class UTCDateTime(TypeDecorator[datetime]):
    """A time stamp stored in UTC and always read back time-zone aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("time stamps must carry a time zone")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Money(TypeDecorator[Decimal]):
    """An exact amount, stored as its decimal text ("1150.50") and read back as a Decimal.

    Text rather than SQLite's REAL (a float) or NUMERIC (which SQLite also turns into a float):
    invoices must add up to the last halala. Sums are made in Python, from Decimals.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError(f"amounts must be finite Decimals, not {value!r}")
        return str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as the readable value, checked by a constraint, so the file stays legible.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(_enum(CustomerKind, "customer_kind"), default=CustomerKind.PERSON)
    full_name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), index=True)
    gender: Mapped[Gender] = mapped_column(_enum(Gender, "gender"), default=Gender.UNSPECIFIED)
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(String(120), default="", index=True)
    birthday: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[Source] = mapped_column(_enum(Source, "customer_source"), default=Source.UNKNOWN)
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "customer_stage"), default=Stage.PROSPECT, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Stay in touch: a follow-up appears when the last interaction is older than this.
    contact_every: Mapped[int | None] = mapped_column(Integer)
    contact_unit: Mapped[CadenceUnit | None] = mapped_column(_enum(CadenceUnit, "cadence_unit"))
    # The end of a contract or subscription; a rule can schedule a call some weeks before it.
    renewal_on: Mapped[date | None] = mapped_column(Date, index=True)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer",
        order_by="CustomerPhone.position",
        cascade="all, delete-orphan",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by="Tag.name")
    referred_by: Mapped[Customer | None] = relationship(remote_side=[id])


class CustomerPhone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20), index=True)  # E.164, "+966551234567"
    kind: Mapped[PhoneKind] = mapped_column(_enum(PhoneKind, "phone_kind"), default=PhoneKind.MOBILE)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    folded: Mapped[str] = mapped_column(String(60), unique=True)


class FollowUp(Base):
    """A call, visit or message due on a day (in the shop's time zone), optionally at a time."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        # An event rule creates its follow-up once: one key per customer and occasion.
        UniqueConstraint("customer_id", "origin_key"),
        Index("ix_follow_ups_status_due_on", "status", "due_on"),
        # Today's totals counted from the index alone (the customer id checks the archived).
        Index("ix_follow_ups_status_due_on_customer_id", "status", "due_on", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FollowUpKind] = mapped_column(_enum(FollowUpKind, "follow_up_kind"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date] = mapped_column(Date)
    due_at: Mapped[time | None] = mapped_column(Time)
    status: Mapped[FollowUpStatus] = mapped_column(_enum(FollowUpStatus, "follow_up_status"), default=FollowUpStatus.OPEN)
    origin: Mapped[FollowUpOrigin] = mapped_column(_enum(FollowUpOrigin, "follow_up_origin"), default=FollowUpOrigin.MANUAL)
    origin_key: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    customer: Mapped[Customer] = relationship()


class Interaction(Base):
    """Something that happened with a customer: a call, visit, message, purchase, feedback, complaint."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_id_occurred_at", "customer_id", "occurred_at"),
        Index("ix_interactions_kind_resolved_at", "kind", "resolved_at"),
        CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score_1_to_5"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind, "interaction_kind"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome, "outcome"))
    score: Mapped[int | None] = mapped_column(Integer)  # satisfaction 1..5, for feedback
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # for complaints
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id", ondelete="SET NULL"), index=True)


class MessageTemplate(Base):
    """A message the owner sends often, with placeholders such as {name}, {shop} and {date}."""

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """One shop-wide setting; values are JSON, declared with their defaults in settings.py."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoredImage(Base):
    """An image the shop uses in print (the logo), stored once by its SHA-256 so that every invoice
    that printed it can print it again after the profile's logo changes."""

    __tablename__ = "stored_images"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class CatalogueItem(Base):
    """A product or service the shop sells, with its usual price."""

    __tablename__ = "catalogue_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    # In the shop's price terms: with VAT when the profile says prices include it, else without.
    unit_price: Mapped[Decimal] = mapped_column(Money)
    vat_category: Mapped[VatCategory] = mapped_column(_enum(VatCategory, "vat_category"), default=VatCategory.STANDARD)
    # A subscription or contract: the customer's renewal date moves this far on from the invoice.
    renewal_every: Mapped[int | None] = mapped_column(Integer)
    renewal_unit: Mapped[CadenceUnit | None] = mapped_column(_enum(CadenceUnit, "cadence_unit"))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SellerRecord(Base):
    """The seller as invoices printed it (the business profile's JSON at the time), stored once by
    its SHA-256: every invoice since the last change of the profile points at the same row."""

    __tablename__ = "sellers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)


class DocumentCounter(Base):
    """The last number given to each kind of document; taken and raised inside the transaction that
    saves the document, under a write lock, so numbers have no gaps and no repeats."""

    __tablename__ = "document_counters"

    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind, "document_kind"), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """An issued invoice or credit note. Never edited once saved, except its payment and credit sums.

    What was printed is kept with it (the seller's profile and the buyer's details at the time), so a
    reprint is identical to the first print even after the profile or the customer changes.
    """

    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("kind", "sequence"),
        Index("ix_invoices_customer_id_issued_at", "customer_id", "issued_at"),
        Index("ix_invoices_settled_issued_at", "settled", "issued_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind, "document_kind"), default=DocumentKind.INVOICE)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    # The invoice a credit note corrects.
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    issue_date: Mapped[date] = mapped_column(Date)  # the shop's local day of issued_at
    issue_time: Mapped[time] = mapped_column(Time)  # and its local time, to the second, as printed
    currency: Mapped[str] = mapped_column(String(3))
    prices_include_vat: Mapped[bool] = mapped_column(Boolean)
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money)
    # Kept up to date as payments and credit notes are recorded (positive amounts).
    paid: Mapped[Decimal] = mapped_column(Money)
    credited: Mapped[Decimal] = mapped_column(Money)
    # Nothing left to pay (paid + credited reach the total); always true for a credit note. Kept
    # beside the amounts so that "unpaid only" is an indexed query, not a sum of decimal text.
    settled: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="RESTRICT"))
    buyer_json: Mapped[str] = mapped_column(Text)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.position", cascade="all, delete-orphan"
    )
    customer: Mapped[Customer] = relationship()
    seller: Mapped[SellerRecord] = relationship()


class InvoiceLine(Base):
    """One line of an invoice or credit note; amounts rounded per line, negative on a credit note."""

    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_items.id", ondelete="SET NULL"), index=True)
    # On a credit note: the invoice line it takes back.
    corrects_line_id: Mapped[int | None] = mapped_column(ForeignKey("invoice_lines.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Money)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money)
    vat_category: Mapped[VatCategory] = mapped_column(_enum(VatCategory, "vat_category"))
    vat_rate: Mapped[Decimal] = mapped_column(Money)
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Base):
    """Money received against an invoice."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[PaymentMethod] = mapped_column(_enum(PaymentMethod, "payment_method"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


# The search index (table customer_search) lives in search_index.py: on SQLite it is an FTS5
# virtual table, which SQLAlchemy's models cannot declare.

Index("ix_customers_archived_at", Customer.archived_at)

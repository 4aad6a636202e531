"""SQLAlchemy tables of the customer book; later capabilities add theirs beside these."""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timezone

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
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


class Stage(enum.StrEnum):
    """Where a customer is in the relationship, from first contact to won back."""

    PROSPECT = "prospect"
    FIRST_PURCHASE = "first_purchase"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    LAPSED = "lapsed"
    LOST = "lost"
    WON_BACK = "won_back"


class CustomerKind(enum.StrEnum):
    PERSON = "person"
    BUSINESS = "business"


class Gender(enum.StrEnum):
    """Used to choose the Arabic form of a greeting (عزيزي / عزيزتي)."""

    UNSPECIFIED = "unspecified"
    MALE = "male"
    FEMALE = "female"


class Source(enum.StrEnum):
    """How the customer found the shop."""

    UNKNOWN = "unknown"
    WALK_IN = "walk_in"
    REFERRAL = "referral"
    SOCIAL_MEDIA = "social_media"
    ONLINE_SEARCH = "online_search"
    ADVERTISEMENT = "advertisement"
    EVENT = "event"
    OTHER = "other"


class CadenceUnit(enum.StrEnum):
    """The unit of a "stay in touch" cadence: every N days, weeks or months."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class FollowUpKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpOrigin(enum.StrEnum):
    """Who put the follow-up on the list: the owner, the cadence, or one of the event rules."""

    MANUAL = "manual"
    CADENCE = "cadence"
    SATISFACTION = "satisfaction"
    RENEWAL = "renewal"
    BIRTHDAY = "birthday"


class Outcome(enum.StrEnum):
    """What came of a call, visit or message."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    CALL_BACK = "call_back"
    NOT_INTERESTED = "not_interested"
    OTHER = "other"


class InteractionKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"
    PURCHASE = "purchase"
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    NOTE = "note"


class PhoneKind(enum.StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    OTHER = "other"


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
    area: Mapped[str] = mapped_column(String(120), default="")
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


# The search index (table customer_search) lives in search_index.py: on SQLite it is an FTS5
# virtual table, which SQLAlchemy's models cannot declare.

Index("ix_customers_archived_at", Customer.archived_at)

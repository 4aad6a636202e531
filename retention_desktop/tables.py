"""The tables as SQLAlchemy Core sees them (columns, types, keys, indexes), with no ORM: what reads
on the start-up path, and the migrations' models, are built on these; models.py maps classes onto them."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
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
    false,
)
from sqlalchemy.engine import Dialect

from retention_desktop.kinds import (
    CadenceUnit,
    CampaignKind,
    Channel,
    CostKind,
    CustomerKind,
    DocumentKind,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    Gender,
    InteractionKind,
    Outcome,
    PaymentMethod,
    PhoneKind,
    Source,
    Stage,
    TargetOutcome,
    VatCategory,
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
    # Stored as the readable value, checked by a constraint, so the file stays legible. On SQLite the
    # constraint is a chain of comparisons, not SQLAlchemy's IN list (migration 0017: a list is built
    # again for each row a statement writes); a revision that adds an enum column writes it so too
    # (tests/test_checks.py).
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


customers = Table(
    "customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", _enum(CustomerKind, "customer_kind"), default=CustomerKind.PERSON, nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("sort_name", String(200), index=True, nullable=False),
    Column("gender", _enum(Gender, "gender"), default=Gender.UNSPECIFIED, nullable=False),
    Column("email", String(254), default="", nullable=False),
    Column("address", Text, default="", nullable=False),
    Column("area", String(120), default="", index=True, nullable=False),
    Column("birthday", Date, nullable=True),
    Column("notes", Text, default="", nullable=False),
    Column("source", _enum(Source, "customer_source"), default=Source.UNKNOWN, nullable=False),
    Column("referred_by_id", ForeignKey("customers.id", ondelete="SET NULL"), index=True, nullable=True),
    Column("stage", _enum(Stage, "customer_stage"), default=Stage.PROSPECT, index=True, nullable=False),
    Column("created_at", UTCDateTime, default=utc_now, index=True, nullable=False),
    Column("updated_at", UTCDateTime, default=utc_now, onupdate=utc_now, nullable=False),
    Column("archived_at", UTCDateTime, nullable=True),
    # Stay in touch: a follow-up appears when the last interaction is older than this.
    Column("contact_every", Integer, nullable=True),
    Column("contact_unit", _enum(CadenceUnit, "cadence_unit"), nullable=True),
    # The end of a contract or subscription; a rule can schedule a call some weeks before it.
    Column("renewal_on", Date, index=True, nullable=True),
    # Purchase figures, kept up to date in the transaction of each invoice (purchase_figures.py):
    # the first and last day they bought, how many invoices, on how many different days, and the
    # day from which they count as lapsed by their own rhythm (none for a one-off buyer).
    Column("first_purchase_on", Date, nullable=True),
    Column("last_purchase_on", Date, index=True, nullable=True),
    Column("purchase_count", Integer, server_default="0", nullable=False),
    Column("purchase_days", Integer, server_default="0", nullable=False),
    Column("lapses_on", Date, nullable=True),
)


# What a customer spent, per currency, net of credit notes: integer minor units (halalas, fils),
# so that the database adds them up. Kept up to date with the figures on `customers`.
customer_spending = Table(
    "customer_spending",
    metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("currency", String(3), primary_key=True),
    Column("spent_minor", BigInteger, nullable=False),
)


# Why customers leave: the shipped reasons (a stable `key`, shown translated unless the owner gave
# a `name`) and the owner's own (no key). A reason in use is archived, never deleted.
loss_reasons = Table(
    "loss_reasons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(40), unique=True, nullable=True),
    Column("name", String(120), default="", nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("archived_at", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
)


# Each time a customer was marked lost, with the reason and the owner's note; closed (won back)
# when they buy again or are restored. The history stays.
customer_losses = Table(
    "customer_losses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    Column("reason_id", ForeignKey("loss_reasons.id", ondelete="RESTRICT"), index=True, nullable=False),
    Column("note", Text, default="", nullable=False),
    Column("lost_on", Date, nullable=False),
    Column("lost_at", UTCDateTime, nullable=False),
    Column("won_back_on", Date, nullable=True),
    Column("won_back_at", UTCDateTime, nullable=True),
    Column("interaction_id", ForeignKey("interactions.id", ondelete="SET NULL"), index=True, nullable=True),
    Index("ix_customer_losses_customer_id_lost_at", "customer_id", "lost_at"),
    Index("ix_customer_losses_lost_on", "lost_on"),
)


customer_phones = Table(
    "customer_phones",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    # E.164, "+966551234567"
    Column("number", String(20), index=True, nullable=False),
    Column("kind", _enum(PhoneKind, "phone_kind"), default=PhoneKind.MOBILE, nullable=False),
    Column("position", Integer, default=0, nullable=False),
    # A customer's phones in order, the first one read from the index alone (migration 0016).
    Index("ix_customer_phones_customer_id_position", "customer_id", "position", "number"),
)


tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(60), nullable=False),
    Column("folded", String(60), unique=True, nullable=False),
)


# A call, visit or message due on a day (in the shop's time zone), optionally at a time.
follow_ups = Table(
    "follow_ups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("kind", _enum(FollowUpKind, "follow_up_kind"), nullable=False),
    Column("reason", String(200), default="", nullable=False),
    Column("note", Text, default="", nullable=False),
    Column("due_on", Date, nullable=False),
    Column("due_at", Time, nullable=True),
    Column("status", _enum(FollowUpStatus, "follow_up_status"), default=FollowUpStatus.OPEN, nullable=False),
    Column("origin", _enum(FollowUpOrigin, "follow_up_origin"), default=FollowUpOrigin.MANUAL, nullable=False),
    Column("origin_key", String(60), nullable=True),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
    Column("closed_at", UTCDateTime, nullable=True),
    # An event rule creates its follow-up once: one key per customer and occasion.
    UniqueConstraint("customer_id", "origin_key"),
    Index("ix_follow_ups_status_due_on", "status", "due_on"),
    # Today's totals counted from the index alone (the customer id checks the archived).
    Index("ix_follow_ups_status_due_on_customer_id", "status", "due_on", "customer_id"),
    # The day's list in order of time, read from the index (migration 0014).
    Index("ix_follow_ups_status_due_on_due_at", "status", "due_on", "due_at"),
)


# Something that happened with a customer: a call, visit, message, purchase, feedback, complaint.
interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    Column("kind", _enum(InteractionKind, "interaction_kind"), nullable=False),
    Column("occurred_at", UTCDateTime, default=utc_now, nullable=False),
    Column("note", Text, default="", nullable=False),
    Column("outcome", _enum(Outcome, "outcome"), nullable=True),
    # satisfaction 1..5, for feedback
    Column("score", Integer, nullable=True),
    # for complaints
    Column("resolved_at", UTCDateTime, nullable=True),
    Column("follow_up_id", ForeignKey("follow_ups.id", ondelete="SET NULL"), index=True, nullable=True),
    Index("ix_interactions_customer_id_occurred_at", "customer_id", "occurred_at"),
    # Open complaints, oldest first, read in order (migration 0014; it was (kind, resolved_at)).
    Index("ix_interactions_kind_resolved_at_occurred_at", "kind", "resolved_at", "occurred_at"),
    CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score_1_to_5"),
)


# A message the owner sends often, with placeholders such as {name}, {shop} and {date}.
message_templates = Table(
    "message_templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False),
    Column("body", Text, nullable=False),
    Column("position", Integer, default=0, nullable=False),
)


# One shop-wide setting; values are JSON, declared with their defaults in settings.py.
settings = Table(
    "settings",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)


# An image the shop uses in print (the logo), stored once by its SHA-256 so that every invoice
# that printed it can print it again after the profile's logo changes.
stored_images = Table(
    "stored_images",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), unique=True, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
)


# A product or service the shop sells, with its usual price.
catalogue_items = Table(
    "catalogue_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_ar", String(200), nullable=False),
    Column("name_en", String(200), default="", nullable=False),
    # In the shop's price terms: with VAT when the profile says prices include it, else without.
    Column("unit_price", Money, nullable=False),
    Column("vat_category", _enum(VatCategory, "vat_category"), default=VatCategory.STANDARD, nullable=False),
    # A subscription or contract: the customer's renewal date moves this far on from the invoice.
    Column("renewal_every", Integer, nullable=True),
    Column("renewal_unit", _enum(CadenceUnit, "cadence_unit"), nullable=True),
    Column("archived_at", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
)


# The seller as invoices printed it (the business profile's JSON at the time), stored once by
# its SHA-256: every invoice since the last change of the profile points at the same row.
sellers = Table(
    "sellers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), unique=True, nullable=False),
    Column("body", Text, nullable=False),
)


# The last number given to each kind of document; taken and raised inside the transaction that
# saves the document, under a write lock, so numbers have no gaps and no repeats.
document_counters = Table(
    "document_counters",
    metadata,
    Column("kind", _enum(DocumentKind, "document_kind"), primary_key=True),
    Column("last_sequence", Integer, default=0, nullable=False),
)


# An issued invoice or credit note. Never edited once saved, except its payment and credit sums.
# What was printed is kept with it (the seller's profile and the buyer's details at the time), so a
# reprint is identical to the first print even after the profile or the customer changes.
invoices = Table(
    "invoices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", _enum(DocumentKind, "document_kind"), default=DocumentKind.INVOICE, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("number", String(40), unique=True, nullable=False),
    Column("customer_id", ForeignKey("customers.id", ondelete="RESTRICT"), nullable=False),
    # The invoice a credit note corrects.
    Column("corrects_id", ForeignKey("invoices.id", ondelete="RESTRICT"), index=True, nullable=True),
    Column("issued_at", UTCDateTime, index=True, nullable=False),
    # the shop's local day of issued_at
    Column("issue_date", Date, nullable=False),
    # and its local time, to the second, as printed
    Column("issue_time", Time, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("prices_include_vat", Boolean, nullable=False),
    Column("net", Money, nullable=False),
    Column("vat", Money, nullable=False),
    Column("total", Money, nullable=False),
    Column("discount", Money, nullable=False),
    # Kept up to date as payments and credit notes are recorded (positive amounts).
    Column("paid", Money, nullable=False),
    Column("credited", Money, nullable=False),
    # Nothing left to pay (paid + credited reach the total); always true for a credit note. Kept
    # beside the amounts so that "unpaid only" is an indexed query, not a sum of decimal text.
    Column("settled", Boolean, default=False, nullable=False),
    Column("note", Text, default="", nullable=False),
    Column("seller_id", ForeignKey("sellers.id", ondelete="RESTRICT"), nullable=False),
    Column("buyer_json", Text, nullable=False),
    UniqueConstraint("kind", "sequence"),
    Index("ix_invoices_customer_id_issued_at", "customer_id", "issued_at"),
    Index("ix_invoices_settled_issued_at", "settled", "issued_at"),
    # Whether the book holds one currency or several: min() and max() from the index.
    Index("ix_invoices_currency", "currency"),
)


# One line of an invoice or credit note; amounts rounded per line, negative on a credit note.
invoice_lines = Table(
    "invoice_lines",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", ForeignKey("invoices.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("position", Integer, nullable=False),
    Column("item_id", ForeignKey("catalogue_items.id", ondelete="SET NULL"), index=True, nullable=True),
    # On a credit note: the invoice line it takes back.
    Column("corrects_line_id", ForeignKey("invoice_lines.id", ondelete="RESTRICT"), index=True, nullable=True),
    # What the line printed; a catalogue item's line keeps its Arabic name here and its English
    # name beside it (empty: the one description prints in both languages).
    Column("description", Text, nullable=False),
    Column("description_en", Text, default="", server_default="", nullable=False),
    Column("quantity", Money, nullable=False),
    Column("unit_price", Money, nullable=False),
    # The amount off the line; `discount_percent` the percentage it was typed as, if it was.
    Column("discount", Money, nullable=False),
    Column("discount_percent", Money, nullable=True),
    Column("vat_category", _enum(VatCategory, "vat_category"), nullable=False),
    Column("vat_rate", Money, nullable=False),
    Column("net", Money, nullable=False),
    Column("vat", Money, nullable=False),
    Column("total", Money, nullable=False),
    # On a credit note: the line lowers the price of `corrects_line_id` (by `unit_price` for each of
    # `quantity`) instead of taking back a quantity of it.
    Column("corrects_price", Boolean, default=False, server_default=false(), nullable=False),
)


# Money received against an invoice.
payments = Table(
    "payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", ForeignKey("invoices.id", ondelete="RESTRICT"), index=True, nullable=False),
    Column("paid_on", Date, nullable=False),
    Column("amount", Money, nullable=False),
    Column("method", _enum(PaymentMethod, "payment_method"), nullable=False),
    Column("note", Text, default="", nullable=False),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
)


# The owner's own text of a section of the new-customer kit, in one language; a section without a
# row prints the text the program ships (resources/kit/).
kit_texts = Table(
    "kit_texts",
    metadata,
    Column("language", String(2), primary_key=True),
    Column("section", String(20), primary_key=True),
    Column("title", String(120), nullable=False),
    Column("body", Text, nullable=False),
    Column("enabled", Boolean, nullable=False),
    Column("updated_at", UTCDateTime, default=utc_now, nullable=False),
)


# A new-customer kit as printed: with a snapshot (JSON) of everything it drew, texts, shop,
# invoice and follow-ups as they were, so that a reprint is the same file whatever changed since.
kit_prints = Table(
    "kit_prints",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    Column("invoice_id", ForeignKey("invoices.id", ondelete="RESTRICT"), index=True, nullable=True),
    Column("language", String(2), nullable=False),
    Column("printed_at", UTCDateTime, nullable=False),
    Column("snapshot", Text, nullable=False),
    Index("ix_kit_prints_customer_id_printed_at", "customer_id", "printed_at"),
)


# A win-back campaign or an occasion sequence: its offer, channel, window and how its follow-ups
# were planned. Its follow-ups are ordinary ones, origin_key "campaign-<id>-<step>" (step 0 to
# touches - 1) for each target, so that the Today list needs nothing new to show them.
campaigns = Table(
    "campaigns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", _enum(CampaignKind, "campaign_kind"), default=CampaignKind.WIN_BACK, nullable=False),
    Column("name", String(120), nullable=False),
    Column("offer", Text, nullable=False),
    Column("channel", _enum(Channel, "campaign_channel"), nullable=False),
    # A call this many days after each message; none when not asked.
    Column("call_after_days", Integer, nullable=True),
    # A target "returned" when they bought within these days (inclusive).
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    # What chose the targets, as JSON ({"kind": "tag", "tag": "VIP"}), to say it again on the screen.
    Column("audience", Text, nullable=False),
    # The follow-ups made for each target (origin keys campaign-<id>-0 … touches - 1).
    Column("touches", Integer, nullable=False),
    # An occasion sequence: the occasion, its day, and the warm message sent every N days before it.
    Column("occasion", String(40), default="", nullable=False),
    Column("occasion_on", Date, nullable=True),
    Column("warm_message", Text, default="", nullable=False),
    Column("created_at", UTCDateTime, default=utc_now, nullable=False),
)


# A customer a campaign targets, with what came of it as the owner recorded it.
campaign_targets = Table(
    "campaign_targets",
    metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("outcome", _enum(TargetOutcome, "target_outcome"), nullable=True),
    Column("outcome_at", UTCDateTime, nullable=True),
)


# A line of a campaign's costs, in the shop's currency.
campaign_costs = Table(
    "campaign_costs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), index=True, nullable=False),
    Column("kind", _enum(CostKind, "cost_kind"), nullable=False),
    Column("amount", Money, nullable=False),
    Column("note", String(200), default="", nullable=False),
)


customer_tags = Table(
    "customer_tags",
    metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

Index("ix_customers_archived_at", customers.c.archived_at)

# The search indexes (customer_search, customer_words, customer_grams) live in search_index.py: on
# SQLite they are FTS5 virtual tables, which these definitions cannot declare.

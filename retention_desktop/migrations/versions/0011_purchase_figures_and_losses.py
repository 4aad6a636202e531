"""Purchase figures kept with each customer (first and last purchase, number of invoices, days they
bought on, the day they count as lapsed by their own rhythm) and what they spent per currency in
integer minor units, rebuilt here from the invoices of an existing book; loss reasons (the shipped
defaults, with stable keys) and customer_losses, each time a customer was marked lost.

Revision ID: 0011
Revises: 0010
"""

from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen copies of what the program knew when this revision was written (migrations import nothing
# of the program): the currencies' minor-unit decimals, the lapse rule, the shipped loss reasons.
_DECIMALS = {"KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3}
_LAPSE_FACTOR = 3
_LAPSE_MIN_DAYS = 30
_REASONS = (
    "price",
    "service_quality",
    "cleanliness",
    "slow_service",
    "unpleasant_incident",
    "competitor_offer",
    "offers_for_new_only",
    "moved_away",
    "no_longer_needed",
    "lost_touch",
    "other",
)
_CHUNK = 5000


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:  # plain ALTER TABLE … ADD COLUMN on SQLite
        batch.add_column(sa.Column("first_purchase_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("last_purchase_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("purchase_count", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("purchase_days", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("lapses_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_customers_last_purchase_on"), "customers", ["last_purchase_on"], unique=False)
    op.create_table(
        "customer_spending",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("spent_minor", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_spending_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("customer_id", "currency", name=op.f("pk_customer_spending")),
    )
    loss_reasons = op.create_table(
        "loss_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loss_reasons")),
        sa.UniqueConstraint("key", name=op.f("uq_loss_reasons_key")),
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    op.bulk_insert(
        loss_reasons,
        [{"key": key, "name": "", "position": i, "archived_at": None, "created_at": now} for i, key in enumerate(_REASONS)],
    )
    op.create_table(
        "customer_losses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reason_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("lost_on", sa.Date(), nullable=False),
        sa.Column("lost_at", sa.DateTime(), nullable=False),
        sa.Column("won_back_on", sa.Date(), nullable=True),
        sa.Column("won_back_at", sa.DateTime(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_losses_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reason_id"], ["loss_reasons.id"], name=op.f("fk_customer_losses_reason_id_loss_reasons"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interactions.id"], name=op.f("fk_customer_losses_interaction_id_interactions"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_losses")),
    )
    op.create_index("ix_customer_losses_customer_id_lost_at", "customer_losses", ["customer_id", "lost_at"], unique=False)
    op.create_index("ix_customer_losses_lost_on", "customer_losses", ["lost_on"], unique=False)
    op.create_index(op.f("ix_customer_losses_reason_id"), "customer_losses", ["reason_id"], unique=False)
    op.create_index(op.f("ix_customer_losses_interaction_id"), "customer_losses", ["interaction_id"], unique=False)
    _rebuild_figures(op.get_bind())


def _lapses_on(first: date, last: date, days: int) -> date | None:
    if days < 2:
        return None
    interval = (last - first).days / (days - 1)
    return last + timedelta(days=max(_LAPSE_MIN_DAYS, round(_LAPSE_FACTOR * interval)))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _rebuild_figures(connection: sa.Connection) -> None:
    invoices = sa.table(
        "invoices",
        sa.column("customer_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("issue_date", sa.Date),
        sa.column("currency", sa.String),
        sa.column("total", sa.String),
    )
    customers = sa.table(
        "customers",
        sa.column("id", sa.Integer),
        sa.column("first_purchase_on", sa.Date),
        sa.column("last_purchase_on", sa.Date),
        sa.column("purchase_count", sa.Integer),
        sa.column("purchase_days", sa.Integer),
        sa.column("lapses_on", sa.Date),
    )
    spending = sa.table(
        "customer_spending", sa.column("customer_id", sa.Integer), sa.column("currency", sa.String), sa.column("spent_minor", sa.BigInteger)
    )
    i = invoices.c
    figures = connection.execute(
        sa.select(i.customer_id, sa.func.min(i.issue_date), sa.func.max(i.issue_date), sa.func.count(), sa.func.count(i.issue_date.distinct()))
        .where(i.kind == "invoice")
        .group_by(i.customer_id)
    ).all()
    rows = []
    for customer_id, first, last, count, days in figures:
        first, last = _day(first), _day(last)
        rows.append({"row_id": customer_id, "f": first, "l": last, "c": count, "d": days, "z": _lapses_on(first, last, days)})
    update = (
        sa.update(customers)
        .where(customers.c.id == sa.bindparam("row_id"))
        .values(
            first_purchase_on=sa.bindparam("f"),
            last_purchase_on=sa.bindparam("l"),
            purchase_count=sa.bindparam("c"),
            purchase_days=sa.bindparam("d"),
            lapses_on=sa.bindparam("z"),
        )
    )
    for start in range(0, len(rows), _CHUNK):
        connection.execute(update, rows[start : start + _CHUNK])
    # Amounts are decimal text: summed exactly here, once, then kept as integers.
    spent: dict[tuple[int, str], int] = defaultdict(int)
    for customer_id, currency, total in connection.execute(sa.select(i.customer_id, i.currency, i.total)):
        minor = Decimal(total).scaleb(_DECIMALS.get(currency, 2))
        spent[(customer_id, currency)] += int(minor)
    spent_rows = [{"customer_id": c, "currency": cur, "spent_minor": v} for (c, cur), v in sorted(spent.items())]
    for start in range(0, len(spent_rows), _CHUNK):
        connection.execute(sa.insert(spending), spent_rows[start : start + _CHUNK])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_losses_interaction_id"), table_name="customer_losses")
    op.drop_index(op.f("ix_customer_losses_reason_id"), table_name="customer_losses")
    op.drop_index("ix_customer_losses_lost_on", table_name="customer_losses")
    op.drop_index("ix_customer_losses_customer_id_lost_at", table_name="customer_losses")
    op.drop_table("customer_losses")
    op.drop_table("loss_reasons")
    op.drop_table("customer_spending")
    op.drop_index(op.f("ix_customers_last_purchase_on"), table_name="customers")
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("lapses_on")
        batch.drop_column("purchase_days")
        batch.drop_column("purchase_count")
        batch.drop_column("last_purchase_on")
        batch.drop_column("first_purchase_on")

"""Win-back campaigns and occasion sequences: campaigns (offer, channel, window, the audience that
chose the targets, an occasion's day and warm message), campaign_targets (each customer targeted,
with the outcome the owner recorded) and campaign_costs (the owner's cost lines).

Revision ID: 0013
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("campaign_kind", "win_back", "occasion"), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("offer", sa.Text(), nullable=False),
        sa.Column("channel", _enum("campaign_channel", "call", "sms", "whatsapp", "email"), nullable=False),
        sa.Column("call_after_days", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("touches", sa.Integer(), nullable=False),
        sa.Column("occasion", sa.String(length=40), nullable=False),
        sa.Column("occasion_on", sa.Date(), nullable=True),
        sa.Column("warm_message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "campaign_targets",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("outcome", _enum("target_outcome", "no_answer", "declined", "interested", "returned"), nullable=True),
        sa.Column("outcome_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_targets_campaign_id_campaigns"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_campaign_targets_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("campaign_id", "customer_id", name=op.f("pk_campaign_targets")),
    )
    op.create_index(op.f("ix_campaign_targets_customer_id"), "campaign_targets", ["customer_id"], unique=False)
    op.create_table(
        "campaign_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("cost_kind", "discounts", "gifts", "messages", "other"), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_costs_campaign_id_campaigns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_costs")),
    )
    op.create_index(op.f("ix_campaign_costs_campaign_id"), "campaign_costs", ["campaign_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_campaign_costs_campaign_id"), table_name="campaign_costs")
    op.drop_table("campaign_costs")
    op.drop_index(op.f("ix_campaign_targets_customer_id"), table_name="campaign_targets")
    op.drop_table("campaign_targets")
    op.drop_table("campaigns")

"""Today's lists read in order from indexes, not sorted.

At 1,000,000 customers 40,000 follow-ups fall due on one day, and the first fifty by time were
found by sorting all of them (60 ms): follow_ups gets a (status, due day, due time) index. The
open complaints, oldest first, were sorted the same way (8,000 of them): the interactions' (kind,
resolved) index takes the time of the interaction as a third column.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_follow_ups_status_due_on_due_at", "follow_ups", ["status", "due_on", "due_at"], unique=False)
    op.create_index(
        "ix_interactions_kind_resolved_at_occurred_at", "interactions", ["kind", "resolved_at", "occurred_at"], unique=False
    )
    op.drop_index("ix_interactions_kind_resolved_at", table_name="interactions")


def downgrade() -> None:
    op.create_index("ix_interactions_kind_resolved_at", "interactions", ["kind", "resolved_at"], unique=False)
    op.drop_index("ix_interactions_kind_resolved_at_occurred_at", table_name="interactions")
    op.drop_index("ix_follow_ups_status_due_on_due_at", table_name="follow_ups")

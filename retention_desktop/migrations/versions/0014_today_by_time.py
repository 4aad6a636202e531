"""Today's list of the day in order of time from an index: (status, due day, due time) on
follow_ups. At 1,000,000 customers 40,000 follow-ups fall due on one day, and the first fifty by
time were found by sorting all of them (60 ms); the index gives them in order.

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


def downgrade() -> None:
    op.drop_index("ix_follow_ups_status_due_on_due_at", table_name="follow_ups")

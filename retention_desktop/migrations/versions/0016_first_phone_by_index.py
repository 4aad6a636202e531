"""A customer's first phone read from an index.

Every list that shows a customer's phone (Today, the search's rows, `due`, the exports) reads the
first one by position: the phones' customer index found them and SQLite then sorted each
customer's few, once per row. The index now holds (customer, position, number): the first phone is
the first entry, read from the index alone. It takes the place of the customer index.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customer_phones_customer_id_position", "customer_phones", ["customer_id", "position", "number"], unique=False)
    op.drop_index("ix_customer_phones_customer_id", table_name="customer_phones")


def downgrade() -> None:
    op.create_index("ix_customer_phones_customer_id", "customer_phones", ["customer_id"], unique=False)
    op.drop_index("ix_customer_phones_customer_id_position", table_name="customer_phones")

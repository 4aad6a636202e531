"""The search index: the folded text of each customer's searchable fields, filled for existing
customers, whose sort keys are recomputed (names in Arabic script now sort first).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from retention_desktop.search_index import rebuild_search_index, refresh_sort_names

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rowid = customer id, text = folded searchable fields. On SQLite an FTS5 trigram table,
    # which answers substring queries of three letters or more from its index.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE customer_search USING fts5(text, tokenize = 'trigram')")
    else:
        op.create_table(
            "customer_search",
            sa.Column("rowid", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("text", sa.Text(), nullable=False),
        )
    rebuild_search_index(op.get_bind())
    refresh_sort_names(op.get_bind())


def downgrade() -> None:
    op.drop_table("customer_search")

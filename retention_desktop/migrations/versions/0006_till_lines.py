"""The till: an invoice line keeps its English name beside the one it printed (a catalogue item's
two names, so an English invoice prints the English one, now and on every reprint), the
percentage its discount was typed as, and whether a credit note's line corrects the price rather
than taking back a quantity; an index on the invoices' currency tells at once whether the book
holds one currency or several.

Revision ID: 0006
Revises: 0005

Frozen: it imports nothing from the program.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description_en", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("discount_percent", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("corrects_price", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index("ix_invoices_currency", ["currency"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_currency")
    with op.batch_alter_table("invoice_lines", schema=None) as batch_op:
        batch_op.drop_column("corrects_price")
        batch_op.drop_column("discount_percent")
        batch_op.drop_column("description_en")

"""New-customer kits: kit_texts, the owner's own texts of the kit's sections (per language; a section
not there prints the texts the program ships), and kit_prints, each kit printed, with a snapshot of
everything it drew, so that a reprint is the same file.

Revision ID: 0010
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kit_texts",
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("section", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("language", "section", name=op.f("pk_kit_texts")),
    )
    op.create_table(
        "kit_prints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_kit_prints_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_kit_prints_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kit_prints")),
    )
    op.create_index("ix_kit_prints_customer_id_printed_at", "kit_prints", ["customer_id", "printed_at"], unique=False)
    op.create_index(op.f("ix_kit_prints_invoice_id"), "kit_prints", ["invoice_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_kit_prints_invoice_id"), table_name="kit_prints")
    op.drop_index("ix_kit_prints_customer_id_printed_at", table_name="kit_prints")
    op.drop_table("kit_prints")
    op.drop_table("kit_texts")

"""Sales: the catalogue, invoices and credit notes with their lines, payments, gapless document
counters, and the seller and logo as printed (each stored once).

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogue_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('unit_price', sa.String(length=40), nullable=False),
    sa.Column('vat_category', sa.Enum('standard', 'zero_rated', 'exempt', name='vat_category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('renewal_every', sa.Integer(), nullable=True),
    sa.Column('renewal_unit', sa.Enum('days', 'weeks', 'months', name='cadence_unit', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_items'))
    )
    op.create_table('document_counters',
    sa.Column('kind', sa.Enum('invoice', 'credit_note', name='document_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_document_counters'))
    )
    # One row per kind from the start: taking a number is then always an UPDATE of an existing row,
    # which locks it (on a server too), never an INSERT that two writers could race on.
    counters = sa.table('document_counters', sa.column('kind', sa.String), sa.column('last_sequence', sa.Integer))
    op.bulk_insert(counters, [{'kind': 'invoice', 'last_sequence': 0}, {'kind': 'credit_note', 'last_sequence': 0}])
    op.create_table('stored_images',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_images')),
    sa.UniqueConstraint('sha256', name=op.f('uq_stored_images_sha256'))
    )
    op.create_table('sellers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sellers')),
    sa.UniqueConstraint('sha256', name=op.f('uq_sellers_sha256'))
    )
    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('invoice', 'credit_note', name='document_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('issue_time', sa.Time(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('prices_include_vat', sa.Boolean(), nullable=False),
    sa.Column('net', sa.String(length=40), nullable=False),
    sa.Column('vat', sa.String(length=40), nullable=False),
    sa.Column('total', sa.String(length=40), nullable=False),
    sa.Column('discount', sa.String(length=40), nullable=False),
    sa.Column('paid', sa.String(length=40), nullable=False),
    sa.Column('credited', sa.String(length=40), nullable=False),
    sa.Column('settled', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('seller_id', sa.Integer(), nullable=False),
    sa.Column('buyer_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['invoices.id'], name=op.f('fk_invoices_corrects_id_invoices'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_invoices_customer_id_customers'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['seller_id'], ['sellers.id'], name=op.f('fk_invoices_seller_id_sellers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('kind', 'sequence', name=op.f('uq_invoices_kind_sequence')),
    sa.UniqueConstraint('number', name=op.f('uq_invoices_number'))
    )
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoices_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index('ix_invoices_customer_id_issued_at', ['customer_id', 'issued_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoices_issued_at'), ['issued_at'], unique=False)
        batch_op.create_index('ix_invoices_settled_issued_at', ['settled', 'issued_at'], unique=False)

    op.create_table('invoice_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('corrects_line_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('quantity', sa.String(length=40), nullable=False),
    sa.Column('unit_price', sa.String(length=40), nullable=False),
    sa.Column('discount', sa.String(length=40), nullable=False),
    sa.Column('vat_category', sa.Enum('standard', 'zero_rated', 'exempt', name='vat_category', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('vat_rate', sa.String(length=40), nullable=False),
    sa.Column('net', sa.String(length=40), nullable=False),
    sa.Column('vat', sa.String(length=40), nullable=False),
    sa.Column('total', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['corrects_line_id'], ['invoice_lines.id'], name=op.f('fk_invoice_lines_corrects_line_id_invoice_lines'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_lines_invoice_id_invoices'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['catalogue_items.id'], name=op.f('fk_invoice_lines_item_id_catalogue_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_lines'))
    )
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_lines_corrects_line_id'), ['corrects_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_lines_invoice_id'), ['invoice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_lines_item_id'), ['item_id'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.String(length=40), nullable=False),
    sa.Column('method', sa.Enum('cash', 'card', 'bank_transfer', 'other', name='payment_method', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_payments_invoice_id_invoices'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_invoice_id'), ['invoice_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_invoice_id'))

    op.drop_table('payments')
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_lines_item_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_lines_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_lines_corrects_line_id'))

    op.drop_table('invoice_lines')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index('ix_invoices_settled_issued_at')
        batch_op.drop_index(batch_op.f('ix_invoices_issued_at'))
        batch_op.drop_index('ix_invoices_customer_id_issued_at')
        batch_op.drop_index(batch_op.f('ix_invoices_corrects_id'))

    op.drop_table('invoices')
    op.drop_table('sellers')
    op.drop_table('stored_images')
    op.drop_table('document_counters')
    op.drop_table('catalogue_items')

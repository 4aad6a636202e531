"""Follow-ups, the interaction log, message templates, and each customer's cadence and renewal date.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('message_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_templates'))
    )
    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('call', 'visit', 'message', name='follow_up_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('due_at', sa.Time(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'cancelled', name='follow_up_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('origin', sa.Enum('manual', 'cadence', 'satisfaction', 'renewal', 'birthday', name='follow_up_origin', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('origin_key', sa.String(length=60), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_follow_ups_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups')),
    sa.UniqueConstraint('customer_id', 'origin_key', name=op.f('uq_follow_ups_customer_id_origin_key'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_follow_ups_status_due_on', ['status', 'due_on'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('call', 'visit', 'message', 'purchase', 'feedback', 'complaint', 'note', name='interaction_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Enum('reached', 'no_answer', 'call_back', 'not_interested', 'other', name='outcome', native_enum=False, create_constraint=True, length=20), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('follow_up_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('score IS NULL OR (score BETWEEN 1 AND 5)', name=op.f('ck_interactions_score_1_to_5')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_interactions_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_ups.id'], name=op.f('fk_interactions_follow_up_id_follow_ups'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_customer_id_occurred_at', ['customer_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_follow_up_id'), ['follow_up_id'], unique=False)
        batch_op.create_index('ix_interactions_kind_resolved_at', ['kind', 'resolved_at'], unique=False)

    # Plain ALTER TABLE ... ADD COLUMN: a batch copy of the customers table would be slow on a
    # large book, and SQLite adds a column with a CHECK constraint in place.
    op.execute("ALTER TABLE customers ADD COLUMN contact_every INTEGER")
    op.execute(
        "ALTER TABLE customers ADD COLUMN contact_unit VARCHAR(20) "
        "CONSTRAINT cadence_unit CHECK (contact_unit IN ('days', 'weeks', 'months'))"
    )
    op.execute("ALTER TABLE customers ADD COLUMN renewal_on DATE")
    op.create_index(op.f("ix_customers_renewal_on"), "customers", ["renewal_on"], unique=False)

def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_renewal_on'))
        # The CHECK constraint names contact_unit: it goes first, or the rebuilt table refers to
        # a column it no longer has.
        batch_op.drop_constraint('cadence_unit', type_='check')
        batch_op.drop_column('renewal_on')
        batch_op.drop_column('contact_unit')
        batch_op.drop_column('contact_every')

    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_kind_resolved_at')
        batch_op.drop_index(batch_op.f('ix_interactions_follow_up_id'))
        batch_op.drop_index('ix_interactions_customer_id_occurred_at')

    op.drop_table('interactions')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_status_due_on')
        batch_op.drop_index(batch_op.f('ix_follow_ups_customer_id'))

    op.drop_table('follow_ups')
    op.drop_table('message_templates')

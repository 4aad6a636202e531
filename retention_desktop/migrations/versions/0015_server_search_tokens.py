"""Search on a database server counts from a B-tree: customer_tokens (PostgreSQL only), each word of
a customer's customer_words row once, with whether it is one of the phone numbers' words, keyed by
(token, customer_id) in the "C" collation, so that the words starting with what was typed are one
range of the key, and how many customers they belong to is counted from the index alone (an
index-only scan) where the trigram indexes of 0012 read each match's row. Nothing changes on
SQLite, whose FTS5 indexes count themselves: there this revision does nothing, both ways.

An existing book gets its tokens from its customer_words rows, which already hold the words the
search looks for (folded, one space apart, migration 0012): split at the spaces, in SQL.

Autovacuum is asked to come sooner for this table (1 % of its rows inserted or changed rather than
20 %): an index-only scan reads the row itself on every page not marked all-visible since the
last vacuum, and each save of a customer rewrites that customer's tokens.

Revision ID: 0015
Revises: 0014

Frozen: what this revision writes is copied here as it was when it shipped.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE TABLE customer_tokens (
            token text COLLATE "C" NOT NULL,
            customer_id integer NOT NULL,
            phone boolean NOT NULL
        ) WITH (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
                autovacuum_analyze_scale_factor = 0.02)"""
    )
    op.execute(
        """INSERT INTO customer_tokens (token, customer_id, phone)
        SELECT t.token, t.customer_id, bool_or(t.phone)
        FROM (
            SELECT unnest(string_to_array(w.first || ' ' || w.words, ' ')) AS token, w.rowid AS customer_id, false AS phone
            FROM customer_words w
            UNION ALL
            SELECT unnest(string_to_array(w.phones, ' ')), w.rowid, true FROM customer_words w
        ) AS t
        WHERE t.token <> ''
        GROUP BY t.token, t.customer_id"""
    )
    # The indexes after the rows: sorted once, rather than grown a row at a time.
    op.execute("ALTER TABLE customer_tokens ADD CONSTRAINT pk_customer_tokens PRIMARY KEY (token, customer_id) INCLUDE (phone)")
    op.execute("CREATE INDEX ix_customer_tokens_customer_id ON customer_tokens (customer_id)")
    op.execute("ANALYZE customer_tokens")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE customer_tokens")

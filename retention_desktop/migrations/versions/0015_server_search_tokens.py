"""Search on a database server from a B-tree: customer_tokens (PostgreSQL only), each word of a
customer's customer_words row once, with whether it is a word of the name's start (customer_words'
first) and of the phone numbers, keyed by (token, customer_id) in the "C" collation, so that the
words starting with what was typed are one range of the key. How many customers they belong to is
counted, and the newest of them found, from the index alone (index-only scans), where the trigram
indexes of 0012 read each match's row. A second index, by customer, finds a customer's tokens when
they are saved again, and the newest customers first when most have such a word. Nothing changes on
SQLite, whose FTS5 indexes do this themselves: there this revision does nothing, both ways.

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
            first boolean NOT NULL,
            phone boolean NOT NULL
        ) WITH (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
                autovacuum_analyze_scale_factor = 0.02)"""
    )
    op.execute(
        """INSERT INTO customer_tokens (token, customer_id, first, phone)
        SELECT t.token, t.customer_id, bool_or(t.first), bool_or(t.phone)
        FROM (
            SELECT unnest(string_to_array(w.first, ' ')) AS token, w.rowid AS customer_id, true AS first, false AS phone
            FROM customer_words w
            UNION ALL
            SELECT unnest(string_to_array(w.words, ' ')), w.rowid, false, false FROM customer_words w
            UNION ALL
            SELECT unnest(string_to_array(w.phones, ' ')), w.rowid, false, true FROM customer_words w
        ) AS t
        WHERE t.token <> ''
        GROUP BY t.token, t.customer_id"""
    )
    # The indexes after the rows: sorted once, rather than grown a row at a time.
    op.execute("ALTER TABLE customer_tokens ADD CONSTRAINT pk_customer_tokens PRIMARY KEY (token, customer_id) INCLUDE (first, phone)")
    op.execute("CREATE INDEX ix_customer_tokens_customer_id_token ON customer_tokens (customer_id, token) INCLUDE (first, phone)")
    op.execute("ANALYZE customer_tokens")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE customer_tokens")

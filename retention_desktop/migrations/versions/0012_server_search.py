"""Search on a database server: pg_trgm's trigram indexes over the search tables (PostgreSQL), a GIN
index over the letters and pairs of letters of customer_grams, and
customer_words' columns rewritten as the words FTS5 would find in them, one space apart, so that a
word's start is what follows a space. Nothing changes on SQLite, whose indexes are FTS5's.

Revision ID: 0012
Revises: 0010

Frozen: what this revision writes is copied here as it was when it shipped.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_WORD = re.compile(r"[^\W_]+")
_words = sa.table("customer_words", sa.column("rowid"), sa.column("first"), sa.column("words"), sa.column("phones"))

# name: (table, the indexed expression). The search's queries use the very same expressions.
_INDEXES = {
    "ix_customer_words_all_trgm": ("customer_words", "(' ' || first || ' ' || words || ' ' || phones || ' ')"),
    "ix_customer_words_first_trgm": ("customer_words", "(' ' || first || ' ')"),
    "ix_customer_words_phones_trgm": ("customer_words", "(' ' || phones || ' ')"),
    "ix_customer_search_trgm": ("customer_search", "text"),
}
# customer_grams' letters and pairs of letters, an array under a GIN index: one or two letters inside words.
_GRAMS_INDEX = "ix_customer_grams_array"


def _server_words(text):
    return " ".join(_WORD.findall(text))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension: the database's owner may create it (PostgreSQL 13 and later).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    changes = []
    for rowid, first, words, phones in bind.execute(sa.select(_words.c.rowid, _words.c.first, _words.c.words, _words.c.phones)):
        row = (_server_words(first), _server_words(words), _server_words(phones))
        if row != (first, words, phones):
            changes.append({"key": rowid, "first": row[0], "words": row[1], "phones": row[2]})
    if changes:
        bind.execute(
            sa.update(_words)
            .where(_words.c.rowid == sa.bindparam("key"))
            .values(first=sa.bindparam("first"), words=sa.bindparam("words"), phones=sa.bindparam("phones")),
            changes,
        )
    for name, (table, expression) in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)")
    op.execute(f"CREATE INDEX {_GRAMS_INDEX} ON customer_grams USING gin ((string_to_array(grams, ' ')))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in [*_INDEXES, _GRAMS_INDEX]:
        op.execute(f"DROP INDEX {name}")
    # The rows stay as they are (their words one space apart), and so does pg_trgm: other data may use it.

"""The search index: the folded text of each customer's searchable fields, filled for existing
customers, whose sort keys are recomputed (names in Arabic script now sort first).

Revision ID: 0002
Revises: 0001

Frozen: what this revision writes is copied here as it was when it shipped, so that a later change
to the program's search cannot change what an old upgrade does.
"""

import re
import unicodedata
from collections import defaultdict

import phonenumbers
import sqlalchemy as sa
from alembic import op
from phonenumbers import NumberParseException, PhoneNumberFormat

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ـ": None,
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\u061c": None,
        **{chr(c): d for c, d in _DIGITS.items()},
    }
)
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_SPACES = re.compile(r"\s+")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")

_customers = sa.table(
    "customers", sa.column("id"), sa.column("full_name"), sa.column("sort_name"), sa.column("email"), sa.column("area"), sa.column("notes")
)
_phones = sa.table("customer_phones", sa.column("customer_id"), sa.column("number"), sa.column("position"))
_tags = sa.table("tags", sa.column("id"), sa.column("name"))
_customer_tags = sa.table("customer_tags", sa.column("customer_id"), sa.column("tag_id"))
_search = sa.table("customer_search", sa.column("rowid"), sa.column("text"))


def _fold(text):
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    return _SPACES.sub(" ", text.casefold()).strip()


def _sort_key(name):
    folded = _fold(name)
    return ("0" if _ARABIC_LETTER.match(folded) else "1") + folded


def _search_forms(e164):
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return [e164.lstrip("+")]
    national = phonenumbers.national_significant_number(number)
    with_trunk = "".join(c for c in phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL) if c.isdigit())
    forms = [e164.lstrip("+"), with_trunk]
    if national not in with_trunk:
        forms.append(national)
    return forms


def _search_text(full_name, email, area, notes, tags, phones):
    parts = [_fold(full_name), _fold(email), _fold(area), *(_fold(t) for t in tags), _fold(notes)]
    for number in phones:
        parts.extend(_search_forms(number))
    return " \u2022 ".join(p for p in parts if p)


def _fill_index(connection, batch=5000):
    phones = defaultdict(list)
    for customer_id, number in connection.execute(
        sa.select(_phones.c.customer_id, _phones.c.number).order_by(_phones.c.customer_id, _phones.c.position)
    ):
        phones[customer_id].append(number)
    tags = defaultdict(list)
    for customer_id, name in connection.execute(
        sa.select(_customer_tags.c.customer_id, _tags.c.name).join(_tags, _tags.c.id == _customer_tags.c.tag_id)
    ):
        tags[customer_id].append(name)
    rows = []
    for c in connection.execute(sa.select(_customers)).all():
        rows.append({"rowid": c.id, "text": _search_text(c.full_name, c.email, c.area, c.notes, tags[c.id], phones[c.id])})
        if len(rows) >= batch:
            connection.execute(sa.insert(_search), rows)
            rows = []
    if rows:
        connection.execute(sa.insert(_search), rows)


def _refresh_sort_names(connection):
    rows = [{"key": i, "value": _sort_key(name)} for i, name in connection.execute(sa.select(_customers.c.id, _customers.c.full_name))]
    if rows:
        connection.execute(
            sa.update(_customers).where(_customers.c.id == sa.bindparam("key")).values(sort_name=sa.bindparam("value")), rows
        )


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
    _fill_index(op.get_bind())
    _refresh_sort_names(op.get_bind())


def downgrade() -> None:
    op.drop_table("customer_search")

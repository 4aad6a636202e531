"""Search by word: customer_words, an index of the words of each customer's name, email, area and
tags and of every form of their phones, with prefix indexes, so that one or two letters find whole
words from an index, and customer_grams, the letters and pairs of letters of the searchable text, so
that one or two letters are found inside words from an index too; the folding of letters widens
(hamza seats typed plainly, Latin accents), so the trigram index and the sort keys are written again;
an index puts the book in the order of areas, and another counts Today's follow-ups from the index alone.

Revision ID: 0005
Revises: 0004

Frozen: what this revision writes is copied here as it was when it shipped.
"""

import re
import unicodedata
from collections import defaultdict

import phonenumbers
import sqlalchemy as sa
from alembic import op
from phonenumbers import NumberParseException, PhoneNumberFormat

revision = "0005"
down_revision = "0004"
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
_DIACRITICS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_SPACES = re.compile(r"\s+")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_COMPOUND_STARTS = ("عبد", "ابو", "ابا")

_customers = sa.table(
    "customers", sa.column("id"), sa.column("full_name"), sa.column("sort_name"), sa.column("email"), sa.column("area"), sa.column("notes")
)
_phones = sa.table("customer_phones", sa.column("customer_id"), sa.column("number"), sa.column("position"))
_tags = sa.table("tags", sa.column("id"), sa.column("name"))
_customer_tags = sa.table("customer_tags", sa.column("customer_id"), sa.column("tag_id"))
_search = sa.table("customer_search", sa.column("rowid"), sa.column("text"))
_words = sa.table("customer_words", sa.column("rowid"), sa.column("first"), sa.column("words"), sa.column("phones"))
_grams = sa.table("customer_grams", sa.column("rowid"), sa.column("grams"))


def _fold(text):
    text = unicodedata.normalize("NFKD", text)
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


def _name_words(full_name):
    words = _fold(full_name).split()
    extra = []
    for i, word in enumerate(words):
        for start in _COMPOUND_STARTS:
            if word == start and i + 1 < len(words):
                extra.append(word + words[i + 1])
            elif word.startswith(start) and len(word) > len(start) + 1:
                extra.extend((start, word[len(start):]))
    return words + extra


def _rows(customer_id, full_name, email, area, notes, tags, phones):
    forms = {number: _search_forms(number) for number in phones}
    parts = [_fold(full_name), _fold(email), _fold(area), *(_fold(t) for t in tags), _fold(notes)]
    for number in phones:
        parts.extend(forms[number])
    search = {"rowid": customer_id, "text": " \u2022 ".join(p for p in parts if p)}
    grams = set()
    for word in search["text"].split():
        for i, letter in enumerate(word):
            grams.add(letter)
            grams.add(word[i:i + 2])
    gram_row = {"rowid": customer_id, "grams": " ".join(sorted(g for g in grams if g.isalnum()))}
    names = _name_words(full_name)
    first = names[:1]
    if len(names) > 1 and names[0] in _COMPOUND_STARTS:
        first.append(names[0] + names[1])
    others = [*names[1:], *_fold(email).split(), *_fold(area).split(), *(_fold(t) for t in tags)]
    phone_words = []
    for number in phones:
        phone_words.extend(forms[number])
        phone_words.append("x" + number.lstrip("+")[::-1])
    words = {"rowid": customer_id, "first": " ".join(first), "words": " ".join(others), "phones": " ".join(phone_words)}
    return search, words, gram_row


def upgrade() -> None:
    bind = op.get_bind()
    op.create_index("ix_customers_area", "customers", ["area"], unique=False)  # the book in the order of areas
    # Today's totals (overdue, today, coming days) counted from the index alone, without the rows.
    op.create_index("ix_follow_ups_status_due_on_customer_id", "follow_ups", ["status", "due_on", "customer_id"], unique=False)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE customer_words USING fts5(first, words, phones, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column)"
        )
        op.execute("CREATE VIRTUAL TABLE customer_grams USING fts5(grams, tokenize = 'unicode61 remove_diacritics 0', detail = none)")
        # Made anew rather than emptied row by row: FTS5 keeps a deleted row's traces until a merge.
        op.execute("DROP TABLE customer_search")
        op.execute("CREATE VIRTUAL TABLE customer_search USING fts5(text, tokenize = 'trigram')")
    else:
        op.create_table(
            "customer_words",
            sa.Column("rowid", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("first", sa.Text(), nullable=False),
            sa.Column("words", sa.Text(), nullable=False),
            sa.Column("phones", sa.Text(), nullable=False),
        )
        op.create_table(
            "customer_grams",
            sa.Column("rowid", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("grams", sa.Text(), nullable=False),
        )
    if bind.dialect.name != "sqlite":
        op.execute(sa.delete(_search))
    phones = defaultdict(list)
    for customer_id, number in bind.execute(
        sa.select(_phones.c.customer_id, _phones.c.number).order_by(_phones.c.customer_id, _phones.c.position)
    ):
        phones[customer_id].append(number)
    tags = defaultdict(list)
    for customer_id, name in bind.execute(
        sa.select(_customer_tags.c.customer_id, _tags.c.name).join(_tags, _tags.c.id == _customer_tags.c.tag_id)
    ):
        tags[customer_id].append(name)
    searches, words, grams, sort_names = [], [], [], []
    for c in bind.execute(sa.select(_customers)).all():
        search, word, gram = _rows(c.id, c.full_name, c.email, c.area, c.notes, tags[c.id], phones[c.id])
        searches.append(search)
        words.append(word)
        grams.append(gram)
        sort_names.append({"key": c.id, "value": _sort_key(c.full_name)})
        if len(searches) >= 5000:
            _write(bind, searches, words, grams, sort_names)
            searches, words, grams, sort_names = [], [], [], []
    _write(bind, searches, words, grams, sort_names)
    if bind.dialect.name == "sqlite":  # one segment per index, as small and quick as it gets
        for index in ("customer_search", "customer_words", "customer_grams"):
            op.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def _write(bind, searches, words, grams, sort_names):
    if not searches:
        return
    bind.execute(sa.insert(_search), searches)
    bind.execute(sa.insert(_words), words)
    bind.execute(sa.insert(_grams), grams)
    bind.execute(
        sa.update(_customers).where(_customers.c.id == sa.bindparam("key")).values(sort_name=sa.bindparam("value")), sort_names
    )


def downgrade() -> None:
    op.drop_index("ix_follow_ups_status_due_on_customer_id", table_name="follow_ups")
    op.drop_index("ix_customers_area", table_name="customers")
    op.drop_table("customer_grams")
    op.drop_table("customer_words")

"""The customer search indexes, and how each customer's searchable fields go into them.

Three indexes, each keyed by the customer's id (their rowid):
- customer_words: the words of the name (its first word apart, for "starts with"), email, area and
  tags, and every form of each phone number, with prefix indexes of one to three letters, so that
  "م", "مح" or "0551" find whole words from the index (an FTS5 table, unicode61 words);
- customer_search: the same fields and the notes as one folded text, where a trigram index finds a
  piece of three letters or more anywhere (an FTS5 trigram table);
- customer_grams: each letter and each pair of letters that text holds, so that one or two letters
  are found inside words from an index too (an FTS5 table of those "words", without positions).
On a database server they are plain tables, read with LIKE through pg_trgm's trigram indexes
(migration 0012); there customer_words holds the words as FTS5 would split them (letters and digits,
one space apart), so that a word's start is what follows a space. A server also keeps each of those
words once in customer_tokens (migration 0015), under a B-tree where the words that start with what
was typed are one range, for counting the customers they belong to from the index alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, column, delete, func, select, table, text, update

from retention_desktop.statements import copy_rows
from retention_desktop.phones import search_forms
from retention_desktop.progress import Progress
from retention_desktop.text import fold, sort_key

# rowid = customer id; on SQLite FTS5 tables (see migrations 0002 and 0005), elsewhere plain tables.
search_table = table("customer_search", column("rowid"), column("text"))
words_table = table("customer_words", column("rowid"), column("first"), column("words"), column("phones"))
grams_table = table("customer_grams", column("rowid"), column("grams"))
# A server's only (migration 0015): each word of a customer's customer_words row once, and whether it
# is a word of the name's start (first) and of their phone numbers (a form of one, or its digits
# backwards behind an "x").
tokens_table = table("customer_tokens", column("token"), column("customer_id"), column("first"), column("phone"))

# A word as FTS5's unicode61 tokenizer reads one: letters and digits.
_WORD = re.compile(r"[^\W_]+")

# Words that start compound names: "عبد الله" is also indexed as "عبدالله", and "عبدالله" as "عبد"
# and "الله", so that either spelling finds the other.
COMPOUND_STARTS = ("عبد", "ابو", "ابا")

_customers = table(
    "customers", column("id"), column("full_name"), column("sort_name"), column("email"), column("area"), column("notes")
)
_phones = table("customer_phones", column("customer_id"), column("number"), column("position"))
_tags = table("tags", column("id"), column("name"))
_customer_tags = table("customer_tags", column("customer_id"), column("tag_id"))


@dataclass(frozen=True)
class SearchFields:
    """What search looks in, for one customer."""

    customer_id: int
    full_name: str
    email: str = ""
    area: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164


def search_text(*, full_name: str, email: str, area: str, notes: str, tags: Iterable[str], phones: Iterable[str]) -> str:
    """The folded text search looks in for pieces of words: name, email, area, tags, notes and every
    form of each phone."""
    parts = [fold(full_name), fold(email), fold(area), *(fold(t) for t in tags), fold(notes)]
    for number in phones:
        parts.extend(search_forms(number))
    return " \u2022 ".join(p for p in parts if p)


def name_words(full_name: str) -> list[str]:
    """The folded words of a name, with the other spelling of its compound names."""
    words = fold(full_name).split()
    extra: list[str] = []
    for i, word in enumerate(words):
        for start in COMPOUND_STARTS:
            if word == start and i + 1 < len(words):
                extra.append(word + words[i + 1])
            elif word.startswith(start) and len(word) > len(start) + 1:
                extra.extend((start, word[len(start) :]))
    return words + extra


def phone_words(numbers: Iterable[str]) -> list[str]:
    """Every form of each number (+966…, 05…, 5…) and its digits backwards behind an "x", so that
    the last digits are found as the start of a word."""
    words: list[str] = []
    for number in numbers:
        words.extend(search_forms(number))
        words.append("x" + number.lstrip("+")[::-1])
    return words


def word_columns(fields: SearchFields) -> dict[str, object]:
    """A customer's row of customer_words."""
    names = name_words(fields.full_name)
    first = names[:1]
    if len(names) > 1 and names[0] in COMPOUND_STARTS:  # "عبد الله …" starts with "عبدالله" too
        first.append(names[0] + names[1])
    others = [*names[1:], *fold(fields.email).split(), *fold(fields.area).split(), *(fold(t) for t in fields.tags)]
    return {
        "rowid": fields.customer_id,
        "first": " ".join(first),
        "words": " ".join(others),
        "phones": " ".join(phone_words(fields.phones)),
    }


def letter_grams(text: str) -> str:
    """The letters and pairs of neighbouring letters (or digits) of a folded text, each once."""
    # Over the whole text at once: a pair across two words holds a space (or a separator), which
    # is not alphanumeric and is left out, as is any pair or letter that is not a letter or digit.
    # (Pairs made in a list and filtered into one: a tenth faster than map(str.__add__) and filter.)
    grams = set(text)
    grams.update([a + b for a, b in zip(text, text[1:])])
    kept = [gram for gram in grams if gram.isalnum()]
    kept.sort()
    return " ".join(kept)


@dataclass(frozen=True)
class IndexEntry:
    """A customer's rows of the three indexes, without their id (made apart from writing them)."""

    text: str  # customer_search
    grams: str  # customer_grams
    first: str  # customer_words
    words: str
    phones: str


def index_entry(fields: SearchFields) -> IndexEntry:
    """What the indexes hold for these fields."""
    text = search_text(
        full_name=fields.full_name, email=fields.email, area=fields.area, notes=fields.notes, tags=fields.tags, phones=fields.phones
    )
    words = word_columns(fields)
    return IndexEntry(text, letter_grams(text), str(words["first"]), str(words["words"]), str(words["phones"]))


def write_index(connection: Connection, customers: Sequence[SearchFields], *, new: bool = False) -> None:
    """Put these customers into the indexes (in place of what they held, unless they are `new`)."""
    write_entries(connection, [(c.customer_id, index_entry(c)) for c in customers], new=new)


def write_entries(connection: Connection, entries: Sequence[tuple[int, IndexEntry]], *, new: bool = False) -> None:
    """Put (customer id, entry) pairs into the indexes (in place of what they held, unless `new`)."""
    if not entries:
        return
    sqlite = connection.dialect.name == "sqlite"
    tokens = connection.dialect.name == "postgresql"  # customer_tokens is there only (migration 0015)
    if not new:
        ids = [customer_id for customer_id, _ in entries]
        for index in (search_table, words_table, grams_table):
            connection.execute(delete(index).where(index.c.rowid.in_(ids)))
        if tokens:
            connection.execute(delete(tokens_table).where(tokens_table.c.customer_id.in_(ids)))
    copy_rows(connection, search_table, ("rowid", "text"), [(i, e.text) for i, e in entries])
    copy_rows(connection, grams_table, ("rowid", "grams"), [(i, e.grams) for i, e in entries])
    if sqlite:
        copy_rows(connection, words_table, ("rowid", "first", "words", "phones"), [(i, e.first, e.words, e.phones) for i, e in entries])
        return
    word_rows = [(i, server_words(e.first), server_words(e.words), server_words(e.phones)) for i, e in entries]
    copy_rows(connection, words_table, ("rowid", "first", "words", "phones"), word_rows)
    if tokens:
        connection.execute(_TOKENS_FROM_WORDS, {"ids": [i for i, _ in entries]})


def server_words(text: str) -> str:
    """A column of customer_words as a database server keeps it: the words FTS5 would find in it,
    one space apart ("ali@x.com" is "ali x com")."""
    return " ".join(_WORD.findall(text))


# A server's customer_tokens rows of some customers, made from their customer_words rows by the
# server itself (as migration 0015 makes them for a whole book): each word once, with whether it is
# a word of `first` and of `phones`. Sent as rows, they took a bulk insert half as long again.
_TOKENS_FROM_WORDS = text(
    """INSERT INTO customer_tokens (token, customer_id, first, phone)
    SELECT t.token, t.customer_id, bool_or(t.first), bool_or(t.phone)
    FROM (
        SELECT unnest(string_to_array(w.first, ' ')) AS token, w.rowid AS customer_id, true AS first, false AS phone
        FROM customer_words w WHERE w.rowid = ANY(:ids)
        UNION ALL
        SELECT unnest(string_to_array(w.words, ' ')), w.rowid, false, false FROM customer_words w WHERE w.rowid = ANY(:ids)
        UNION ALL
        SELECT unnest(string_to_array(w.phones, ' ')), w.rowid, false, true FROM customer_words w WHERE w.rowid = ANY(:ids)
    ) AS t
    WHERE t.token <> ''
    GROUP BY t.token, t.customer_id"""
)


def book_fields(connection: Connection, batch: int = 5000) -> Iterator[list[SearchFields]]:
    """Every customer's searchable fields, `batch` customers at a time in the order of their ids:
    a book of any size in the memory of one batch."""
    last = 0
    while True:
        found = connection.execute(select(_customers).where(_customers.c.id > last).order_by(_customers.c.id).limit(batch)).all()
        if not found:
            return
        first, last = found[0].id, found[-1].id
        phones: dict[int, list[str]] = defaultdict(list)
        for customer_id, number in connection.execute(
            select(_phones.c.customer_id, _phones.c.number)
            .where(_phones.c.customer_id.between(first, last))
            .order_by(_phones.c.customer_id, _phones.c.position)
        ):
            phones[customer_id].append(number)
        tags: dict[int, list[str]] = defaultdict(list)
        for customer_id, name in connection.execute(
            select(_customer_tags.c.customer_id, _tags.c.name)
            .join(_tags, _tags.c.id == _customer_tags.c.tag_id)
            .where(_customer_tags.c.customer_id.between(first, last))
            .order_by(_customer_tags.c.customer_id, _tags.c.name)
        ):
            tags[customer_id].append(name)
        yield [SearchFields(c.id, c.full_name, c.email, c.area, c.notes, tuple(tags[c.id]), tuple(phones[c.id])) for c in found]


def rebuild_search_index(connection: Connection, batch: int = 5000, *, progress: Progress | None = None) -> int:
    """Write the indexes afresh for every customer; returns how many customers they hold.
    `progress` counts the customers indexed."""
    _empty_index(connection)
    if progress is not None:
        progress.expect(int(connection.execute(select(func.count()).select_from(_customers)).scalar() or 0))
    count = 0
    for chunk in book_fields(connection, batch):
        write_index(connection, chunk, new=True)
        count += len(chunk)
        if progress is not None:
            progress.step(len(chunk))
    return count


def copy_search_index(source: Connection, target: Connection, batch: int = 5000, *, progress: Progress | None = None) -> bool:
    """Write into `target` the index entries of the book read on `source`, as `target`'s database
    keeps them (write_entries), rather than working each customer's out again (rebuild_search_index):
    the same entries, since both books are at the same revision, in a third of the time. A book
    copied (book_copy) holds the same customers. False, and nothing written, when the entries
    read are not one for each customer: then the index is to be rebuilt."""
    customers = int(source.execute(select(func.count()).select_from(_customers)).scalar() or 0)
    entries = int(source.execute(select(func.count()).select_from(search_table)).scalar() or 0)
    if entries != customers:
        return False
    _empty_index(target)
    if progress is not None:
        progress.expect(customers)
    s, g, w = search_table.alias("s"), grams_table.alias("g"), words_table.alias("w")
    statement = (
        select(s.c.rowid, s.c.text, g.c.grams, w.c.first, w.c.words, w.c.phones)
        .join(g, g.c.rowid == s.c.rowid)
        .join(w, w.c.rowid == s.c.rowid)
        .where(s.c.rowid > bindparam("last"))
        .order_by(s.c.rowid)
        .limit(batch)
    )
    last, copied = 0, 0
    while rows := source.execute(statement, {"last": last}).all():
        write_entries(target, [(r[0], IndexEntry(r[1], r[2], r[3], r[4], r[5])) for r in rows], new=True)
        last, copied = rows[-1][0], copied + len(rows)
        if progress is not None:
            progress.step(len(rows))
    if copied != customers:  # an entry missing from one of the three indexes
        raise RuntimeError(f"{copied} search entries copied for {customers} customers")
    return True


def _empty_index(connection: Connection) -> None:
    for index in (search_table, words_table, grams_table):
        connection.execute(delete(index))
    if connection.dialect.name == "postgresql":
        connection.execute(delete(tokens_table))


def refresh_sort_names(connection: Connection) -> None:
    """Recompute every customer's sort key (after the way names are ordered changed)."""
    rows = [{"key": i, "value": sort_key(name)} for i, name in connection.execute(select(_customers.c.id, _customers.c.full_name))]
    if rows:
        connection.execute(
            update(_customers).where(_customers.c.id == bindparam("key")).values(sort_name=bindparam("value")), rows
        )

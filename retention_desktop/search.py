"""Finding customers as the owner types: the best matches first, one page at a time, in a time
that does not grow with the book or with the number of matches.

A query is split into terms (text.search_terms); a customer matches when every term does. The
matches come in tiers, each newest customer first:

0. a phone number typed whole (any of its forms: +966…, 05…, 5…);
1. the name starts with the first term (and the other terms match);
2. every term starts a word of the name, email, area or a tag, or starts or ends a phone number
   (the last four digits or more, in any of its forms);
3. every term is found anywhere, inside a word or in the notes too.

Tiers 0 to 2 are answered by customer_words, a full-text index of words with prefix indexes of one,
two and three letters, and tier 3 by customer_search, a trigram index, for terms of three letters or
more, and customer_grams, an index of single letters and pairs of letters, for shorter ones (see
search_index.py): a page costs the same for "م" as for a full phone number. How many match is counted up to COUNT_CAP and said as "more than"
beyond it (on a server the whole book too; SQLite counts it whole). The empty query lists the book newest first, or in a column's order from that column's
index.

On PostgreSQL the same tiers are asked of the same tables with LIKE, answered by pg_trgm's trigram
indexes (migration 0012): customer_words holds its words one space apart, so "starts a word" is
"follows a space"; customer_search's text is searched inside for terms of three letters or more,
and customer_grams' letters and pairs, as an array under a GIN index, for shorter ones. The
customers found, and their order, are the same. A trigram index cannot count without reading each
match's row, so a search of one word or number is counted from customer_tokens (migration 0015):
each word of customer_words once per customer under a B-tree, where the words that start with the
term are one range of the key, read from the index alone.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Integer, Select, bindparam, select, text

from retention_desktop.db import Database
from retention_desktop.kinds import Stage
from retention_desktop.search_index import grams_table, search_table, words_table
from retention_desktop.text import search_terms

PAGE = 50  # rows a screen shows, and some: more are fetched as the list is scrolled
COUNT_CAP = 1000
# Up to this many customers (by the highest id: ids are never reused) a SQLite book is counted
# whole when the search box is empty, in 2 ms at 100,000; above it, as a search is, up to COUNT_CAP
# (counting 1,000,000 took 10 ms of every cleared box).
EXACT_BOOK = 250_000
# Phone numbers are found by their last digits from this many on (as people say "the one ending 4567").
TAIL_DIGITS = 4
# A term this long or longer is also looked for inside words (tier 3).
INSIDE_WORDS = 3

_TOKEN = re.compile(r"[^\W_]+")


class CustomerOrder(enum.StrEnum):
    """The columns the customer book can be put in order by."""

    NAME = "name"
    CREATED = "created"
    STAGE = "stage"
    AREA = "area"


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer book."""

    id: int
    full_name: str
    phone: str  # the first number, E.164, or ""
    stage: Stage
    area: str
    tags: tuple[str, ...]
    created_at: datetime
    archived: bool


@dataclass(frozen=True)
class BookQuery:
    """What the customer book is asked to show."""

    text: str = ""
    archived: bool = False
    order: CustomerOrder | None = None  # None: the best matches first (the newest first when no text)
    descending: bool = False


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the tier and the last id shown in it, or the last sort value and
    id of an ordered list, or an offset into a small sorted result."""

    query: BookQuery
    tier: int = 0
    after_id: int | None = None
    after_value: str | None = None
    offset: int = 0


@dataclass(frozen=True)
class Page:
    rows: list[CustomerRow]
    next: Cursor | None  # None: nothing more
    ordered: bool = True  # False: the order asked for was not applied (too many matches to sort)


@dataclass(frozen=True)
class Count:
    number: int
    exact: bool  # False: at least `number` (COUNT_CAP) match, maybe many more


# --- the query, in FTS5's language ----------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """What one query asks of the two indexes."""

    terms: tuple[str, ...]
    words: str  # every term, as the start of a word or of a phone number (tiers 0-2)
    first: str | None  # tier 1's condition: the name starts with the first term
    phone: str | None  # tier 0: a whole phone number

    @property
    def inside(self) -> tuple[str, ...]:
        """The terms also looked for inside words (tier 3)."""
        return tuple(t for t in self.terms if len(t) >= INSIDE_WORDS)

    @property
    def short(self) -> tuple[str, ...]:
        return tuple(t for t in self.terms if len(t) < INSIDE_WORDS)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', "") + '"'


def _term_expression(term: str) -> str | None:
    """The FTS5 expression for one term: each of its word pieces starts a word; digits also end a
    phone number. None when the term holds nothing a word index can find."""
    if term.isdigit():
        tail = f" OR {{phones}} : {_quoted('x' + term[::-1])}*" if len(term) >= TAIL_DIGITS else ""
        return f"({_quoted(term)}*{tail})"
    pieces = _TOKEN.findall(term)
    if not pieces:
        return None
    return "(" + " AND ".join(f"{_quoted(piece)}*" for piece in pieces) + ")"


def _grams_expression(terms: Sequence[str]) -> str | None:
    """The FTS5 query of customer_grams for terms of one or two letters: each found inside a word."""
    grams = [t for t in terms if t.isalnum()]
    return " AND ".join(_quoted(t) for t in grams) if grams else None


def _all_terms(terms: Sequence[str]) -> str | None:
    expressions = [e for e in (_term_expression(t) for t in terms) if e is not None]
    return " AND ".join(expressions) if expressions else None


def _plan(query: str) -> _Plan | None:
    """None when the query asks for nothing (no terms: the whole book)."""
    terms = tuple(t for t in search_terms(query) if _term_expression(t) is not None)
    words = _all_terms(terms)
    if words is None:
        return None
    first_pieces = _TOKEN.findall(terms[0])
    first = None if terms[0].isdigit() else f"{{first}} : {_quoted(first_pieces[0])}*"
    phone = None
    if len(terms) == 1 and terms[0].isdigit() and len(terms[0]) >= 6:
        phone = f"{{phones}} : {_quoted(terms[0])}"
    return _Plan(terms, words, first, phone)


def _asks_for_nothing_findable(query: str) -> bool:
    """A query of only punctuation or symbols: it has terms, but none a word can hold."""
    return bool(search_terms(query))


_TIERS = 4


def _tier_match(plan: _Plan, tier: int) -> str | None:
    """The FTS5 query of customer_words for tiers 0-2 (each leaves out the tiers before it)."""
    if tier == 0:
        return plan.phone
    if tier == 1:
        if plan.first is None:
            return None
        return f"({plan.words}) AND {plan.first}" + (f" NOT {plan.phone}" if plan.phone else "")
    return f"({plan.words})" + "".join(f" NOT ({e})" for e in (plan.first, plan.phone) if e)


# --- reading pages -----------------------------------------------------------------------------

_ROW_COLUMNS = """c.id, c.full_name,
           (SELECT p.number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1),
           c.stage, c.area, {tags},
           c.created_at, c.archived_at IS NOT NULL"""
_ROWS_SQL = "SELECT " + _ROW_COLUMNS + " FROM customers c WHERE c.id IN :ids"
_TAGS = {
    "sqlite": """(SELECT group_concat(name, char(31)) FROM (
                SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                WHERE ct.customer_id = c.id ORDER BY t.folded))""",
    "postgresql": """(SELECT string_agg(t.name, chr(31) ORDER BY t.folded)
                FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)""",
}
_ROWS = {
    dialect: text(_ROWS_SQL.format(tags=tags)).bindparams(bindparam("ids", expanding=True)) for dialect, tags in _TAGS.items()
}
_SERVER_ROW_COLUMNS = _ROW_COLUMNS.format(tags=_TAGS["postgresql"])


def _sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def customer_rows(db: Database, ids: Sequence[int]) -> list[CustomerRow]:
    """The book's lines for these ids, in the same order (ids that no longer exist are left out)."""
    if not ids:
        return []
    with db.reading() as connection:
        return _rows(connection, ids)


def _rows(connection: Connection, ids: Sequence[int]) -> list[CustomerRow]:
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):
        for values in connection.execute(_ROWS["sqlite" if _sqlite(connection) else "postgresql"], {"ids": list(ids[start : start + 500])}):
            row = _row(values)
            found[row.id] = row
    return [found[i] for i in ids if i in found]


def _row(values: Sequence[Any]) -> CustomerRow:
    """A line of the book from _ROW_COLUMNS' values."""
    cid, name, phone, stage, area, tags, created, archived = values
    return CustomerRow(
        id=cid,
        full_name=name,
        phone=phone or "",
        stage=Stage(stage),
        area=area,
        tags=tuple(tags.split("\x1f")) if tags else (),
        created_at=_stored_time(created),
        archived=bool(archived),
    )


def _stored_time(value: object) -> datetime:
    """A time stamp as the tables keep it (UTC; naive text on SQLite), read without the ORM."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _in_book(archived: bool, connection: Connection) -> str:
    """The customers of the book, or the archived ones. For the book, the "+" keeps SQLite from
    reading it through the archived_at index (nearly every customer is in the book, so the index
    would lead it to read them all and sort); the few archived are best found through it."""
    if archived:
        return "c.archived_at IS NOT NULL"
    return "+c.archived_at IS NULL" if _sqlite(connection) else "c.archived_at IS NULL"


def _by_id_in_book(archived: bool, rowid: str) -> str:
    """_in_book for an index's rows (SQLite's full-text tables, a server's), without reading each
    match's customer: the few archived ones are found through their index, once, and the rows of
    the others are those not among them."""
    return f"{rowid} {'IN' if archived else 'NOT IN'} (SELECT a.id FROM customers a WHERE a.archived_at IS NOT NULL)"


def _word_tier_ids(connection: Connection, match: str, archived: bool, after: int | None, limit: int) -> list[int]:
    after_clause = "AND w.rowid < :after" if after is not None else ""
    statement = text(
        # The index alone, newest first: the few archived customers' ids are left out (or kept),
        # rather than each match's customer read (a count reads up to 1,001 matches).
        "SELECT w.rowid FROM customer_words w "
        f"WHERE customer_words MATCH :match AND {_by_id_in_book(archived, 'w.rowid')} {after_clause} "
        "ORDER BY w.rowid DESC LIMIT :limit"
    )
    return [r[0] for r in connection.execute(statement, {"match": match, "after": after, "limit": limit})]


def _like(term: str) -> str:
    """A LIKE pattern for a term anywhere. Terms hold no % or _ (search_terms takes them out), so no
    escape is needed, and none is given: the trigram index answers LIKE only without ESCAPE."""
    return f"%{term}%"


def _inside_ids(connection: Connection, plan: _Plan, archived: bool, after: int | None, limit: int) -> list[int]:
    """Tier 3: every term found inside the text (name, email, area, tags, notes, phones): terms of
    three letters or more through the trigram index, shorter ones through the letter pairs; and not
    in tiers 0-2."""
    params: dict[str, object] = {"limit": limit, "after": after, "words": plan.words}
    conditions = []
    short = _grams_expression(plan.short)
    if plan.inside:
        table = "customer_search"
        for i, term in enumerate(plan.inside):
            params[f"t{i}"] = _like(term)
            conditions.append(f"customer_search.text LIKE :t{i}")
        if short is not None:
            params["short"] = short
            conditions.append("customer_search.rowid IN (SELECT rowid FROM customer_grams WHERE customer_grams MATCH :short)")
    elif short is not None:
        table = "customer_grams"
        params["short"] = short
        conditions.append("customer_grams MATCH :short")
    else:
        return []
    if after is not None:
        conditions.append(f"{table}.rowid < :after")
    statement = text(
        f"SELECT {table}.rowid FROM {table} "
        f"WHERE {' AND '.join(conditions)} AND {_by_id_in_book(archived, table + '.rowid')} "
        f"AND {table}.rowid NOT IN (SELECT rowid FROM customer_words WHERE customer_words MATCH :words) "
        f"ORDER BY {table}.rowid DESC LIMIT :limit"
    )
    return [r[0] for r in connection.execute(statement, params)]


# --- the same tiers on a database server (PostgreSQL: LIKE, answered by pg_trgm's indexes) ---------

# customer_words' columns between spaces, as migration 0012 indexes them: a word starts after a space.
_SERVER_FIRST = "(' ' || w.first || ' ')"
_SERVER_PHONES = "(' ' || w.phones || ' ')"
_SERVER_ALL = "(' ' || w.first || ' ' || w.words || ' ' || w.phones || ' ')"
_SERVER_GRAMS = "string_to_array(g.grams, ' ')"


class _Likes:
    """LIKE conditions with their patterns as parameters."""

    def __init__(self, prefix: str = "") -> None:
        self.params: dict[str, object] = {}
        self.prefix = prefix  # several tiers in one statement each name their own parameters

    def like(self, expression: str, pattern: str) -> str:
        name = f"{self.prefix}like{len(self.params)}"
        self.params[name] = pattern
        return f"{expression} LIKE :{name}"

    def words(self, plan: _Plan, *, after_first: bool = False) -> str:
        """Every term starts a word (or, digits, ends a phone number): FTS5's plan.words. With
        `after_first`, beside `first`: the first term is left out when `first` says it all (one
        word piece: the name starting with it starts a word), which spares the server a second
        index scan of every customer with a word that starts so."""
        terms = plan.terms
        if after_first and plan.first is not None and len(_TOKEN.findall(terms[0])) == 1:
            terms = terms[1:]
        return " AND ".join(e for e in (self._term(t) for t in terms) if e is not None) or "TRUE"

    def _term(self, term: str) -> str | None:
        if term.isdigit():
            tail = [self.like(_SERVER_PHONES, f"% x{term[::-1]}%")] if len(term) >= TAIL_DIGITS else []
            return "(" + " OR ".join([self.like(_SERVER_ALL, f"% {term}%"), *tail]) + ")"
        pieces = _TOKEN.findall(term)  # letters and digits only: nothing LIKE reads as a wildcard or an escape
        if not pieces:
            return None
        return "(" + " AND ".join(self.like(_SERVER_ALL, f"% {piece}%") for piece in pieces) + ")"

    def first(self, plan: _Plan) -> str | None:
        """The name starts with the first term (plan.first)."""
        if plan.first is None:
            return None
        return self.like(_SERVER_FIRST, f"% {_TOKEN.findall(plan.terms[0])[0]}%")

    def phone(self, plan: _Plan) -> str | None:
        """A whole phone number (plan.phone)."""
        return None if plan.phone is None else self.like(_SERVER_PHONES, f"% {plan.terms[0]} %")

    def inside(self, plan: _Plan, column: str) -> list[str]:
        """Tier 3's terms of three letters or more inside the text (the trigram index)."""
        return [self.like(column, "%" + t.replace("\\", "\\\\") + "%") for t in plan.inside]

    def grams(self, plan: _Plan, rowid: str | None) -> str | None:
        """Tier 3's terms of one or two letters or digits inside the text: customer_grams (as g)
        holds them, as an array under a GIN index (migration 0012); with a `rowid`, those of
        customer_grams' rows."""
        grams = [t for t in plan.short if t.isalnum()]
        if not grams:
            return None
        self.params[f"{self.prefix}grams"] = grams
        condition = f"{_SERVER_GRAMS} @> CAST(:{self.prefix}grams AS text[])"
        return condition if rowid is None else f"{rowid} IN (SELECT g.rowid FROM customer_grams g WHERE {condition})"


def _server_tier_match(likes: _Likes, plan: _Plan, tier: int) -> str | None:
    """_tier_match's conditions on customer_words as w."""
    first, phone = likes.first(plan), likes.phone(plan)
    if tier == 0:
        return phone
    if tier == 1:
        if first is None:
            return None
        return f"({likes.words(plan, after_first=True)}) AND {first}" + (f" AND NOT {phone}" if phone else "")
    return f"({likes.words(plan)})" + "".join(f" AND NOT ({e})" for e in (first, phone) if e)


def _server_tier_count(connection: Connection, plan: _Plan, tier: int, archived: bool, limit: int) -> int:
    """How many a tier finds, up to `limit`: in any order, which lets the server stop at `limit`."""
    found = _server_tier_statement(plan, tier, archived, None, ordered=False)
    if found is None:
        return 0
    statement, params = found
    return int(connection.execute(text(f"SELECT count(*) FROM ({statement}) AS found"), {**params, "limit": limit}).scalar_one())


def _server_tier_ids(connection: Connection, plan: _Plan, tier: int, archived: bool, after: int | None, limit: int) -> list[int]:
    found = _server_tier_statement(plan, tier, archived, after, ordered=True)
    if found is None:
        return []
    statement, params = found
    return [r[0] for r in connection.execute(text(statement), {**params, "limit": limit})]


def _server_tier_statement(
    plan: _Plan, tier: int, archived: bool, after: int | None, *, ordered: bool, prefix: str = ""
) -> tuple[str, dict[str, object]] | None:
    """A tier's query of ids on a server (newest first when `ordered`), and its parameters but :limit
    (each named with `prefix`, and :after)."""
    likes = _Likes(prefix)
    order = "ORDER BY {}.rowid DESC " if ordered else ""
    params: dict[str, object] = {"after": after}
    if tier == 3:
        # From customer_search when a term is long enough for its trigrams, else from customer_grams.
        table, alias = ("customer_search", "s") if plan.inside else ("customer_grams", "g")
        conditions = likes.inside(plan, "s.text")
        grams = likes.grams(plan, "s.rowid" if plan.inside else None)
        if grams is not None:
            conditions.append(grams)
        if not conditions:
            return None
        if after is not None:
            conditions.append(f"{alias}.rowid < :after")
        statement = (
            f"SELECT {alias}.rowid FROM {table} {alias} "
            f"WHERE {' AND '.join(conditions)} AND {_by_id_in_book(archived, alias + '.rowid')} "
            f"AND NOT EXISTS (SELECT 1 FROM customer_words w WHERE w.rowid = {alias}.rowid AND {likes.words(plan)}) "
            f"{order.format(alias)}LIMIT :limit"
        )
    elif tier in (1, 2) and (piece := _token_piece(plan)) is not None:
        params[f"{prefix}token_from"], params[f"{prefix}token_to"] = piece, piece + _AFTER_EVERY_LETTER
        return _token_tier_statement(tier, archived, after, ordered=ordered, prefix=prefix), params
    else:
        match = _server_tier_match(likes, plan, tier)
        if match is None:
            return None
        after_clause = "AND w.rowid < :after" if after is not None else ""
        statement = (
            f"SELECT w.rowid FROM customer_words w WHERE {match} AND {_by_id_in_book(archived, 'w.rowid')} {after_clause} "
            f"{order.format('w')}LIMIT :limit"
        )
    return statement, {**params, **likes.params}


def _server_matching(plan: _Plan) -> Select[tuple[int]]:
    """matching_customers on a server."""
    likes = _Likes()
    words = f"SELECT w.rowid FROM customer_words w WHERE {likes.words(plan)}"
    inside = likes.inside(plan, "s.text")
    grams = likes.grams(plan, "s.rowid" if inside else None)
    if inside:
        union = words + f" UNION SELECT s.rowid FROM customer_search s WHERE {' AND '.join([*inside, *filter(None, [grams])])}"
    else:
        union = words + (f" UNION SELECT g.rowid FROM customer_grams g WHERE {grams}" if grams else "")
    found = text(union).bindparams(**likes.params).columns(rowid=Integer).subquery()
    return select(found.c.rowid)


def _tier_ids(connection: Connection, plan: _Plan, tier: int, archived: bool, after: int | None, limit: int) -> list[int]:
    if not _sqlite(connection):
        return _server_tier_ids(connection, plan, tier, archived, after, limit)
    if tier == 3:
        return _inside_ids(connection, plan, archived, after, limit)
    match = _tier_match(plan, tier)
    return _word_tier_ids(connection, match, archived, after, limit) if match else []


def _tier_count(connection: Connection, plan: _Plan, tier: int, archived: bool, limit: int) -> int:
    """How many customers a tier finds, `limit` at most."""
    if not _sqlite(connection):
        return _server_tier_count(connection, plan, tier, archived, limit)
    return len(_tier_ids(connection, plan, tier, archived, None, limit))


def matching_customers(query: str, *, server: bool = False) -> Select[tuple[int]] | None:
    """A subquery of the ids of the customers (archived ones too) that `query` finds, in any tier;
    None when it has no terms. For other lists searched by customer (the sales list); `server`
    for a book on a database server (not Database.is_sqlite)."""
    plan = _plan(query)
    if plan is None:
        return None
    if server:
        return _server_matching(plan)
    words: Select[tuple[int]] = select(words_table.c.rowid).where(text("customer_words MATCH :words").bindparams(words=plan.words))
    inside = select(search_table.c.rowid).where(*(search_table.c.text.like(_like(t)) for t in plan.inside))
    short = _grams_expression(plan.short)
    if short is not None:
        grams = select(grams_table.c.rowid).where(text("customer_grams MATCH :short").bindparams(short=short))
        inside = inside.where(search_table.c.rowid.in_(grams)) if plan.inside else grams
    return select(words.union(inside).subquery().c.rowid)


def find_customers(db: Database, query: BookQuery, *, limit: int = PAGE, cursor: Cursor | None = None) -> Page:
    """A page of the customers `query` asks for; `Page.next` fetches the next one."""
    with db.reading() as connection:
        return _find(connection, query, limit, cursor or Cursor(query))


def find_and_count(db: Database, query: BookQuery, *, limit: int = PAGE) -> tuple[Page, Count]:
    """The first page of what `query` finds and how many it finds: what a keystroke in the customer
    book asks. Read together, in one transaction; on a server, a search in relevance order is one
    statement (the tiers, the rows and the count), where each tier, the rows and the count were a
    round trip of their own."""
    with db.reading() as connection:
        plan = _plan(query.text)
        if plan is not None and query.order is None and not _sqlite(connection):
            return _server_page_and_count(connection, plan, query, limit)
        return _find(connection, query, limit, Cursor(query)), _count(connection, query)


def _find(connection: Connection, query: BookQuery, limit: int, cursor: Cursor) -> Page:
    plan = _plan(query.text)
    if plan is None:
        if _asks_for_nothing_findable(query.text):
            return Page([], None)
        return _ordered_page(connection, query, cursor, limit)
    if query.order is not None:
        ordered = _small_result_in_order(connection, plan, query, cursor, limit)
        if ordered is not None:
            return ordered
    page = _relevance_page(connection, plan, query, cursor, limit)
    return page if query.order is None else replace(page, ordered=False)


def _server_page_and_count(connection: Connection, plan: _Plan, query: BookQuery, limit: int) -> tuple[Page, Count]:
    """find_and_count on a server, in one statement when it can. The tiers are put one after the
    other (UNION ALL) under one LIMIT: the server reads a tier only while the page is not full, as
    the loop over the tiers did. Each row carries the tier it came from, and the count: for a query
    of one word (or number), how many customers have a word that starts so, from customer_tokens'
    index alone (_token_count); else the tiers' own count, up to COUNT_CAP."""
    page_parts: list[str] = []
    count_parts: list[str] = []
    params: dict[str, object] = {"limit": limit + 1, "cap": COUNT_CAP + 1, "after": None}
    tokens = _token_count(plan, query.archived, params)
    for tier in range(_TIERS):
        ordered = _server_tier_statement(plan, tier, query.archived, None, ordered=True, prefix=f"t{tier}_")
        if ordered is None:
            continue
        page_parts.append(f"(SELECT {tier} AS tier, q.rowid FROM ({ordered[0]}) AS q)")
        params.update(ordered[1])
        if tokens is None:
            unordered = _server_tier_statement(plan, tier, query.archived, None, ordered=False, prefix=f"t{tier}_")
            assert unordered is not None  # the same tier, in any order
            count_parts.append(f"(SELECT q.rowid FROM ({unordered[0].replace(':limit', ':cap')}) AS q)")
    if not page_parts:
        return Page([], None), Count(0, True)
    counted = tokens or f"SELECT count(*) AS scanned, count(*) AS n FROM ({' UNION ALL '.join(count_parts)} LIMIT :cap) AS every_tier"
    statement = text(
        f"WITH found AS ({' UNION ALL '.join(page_parts)} LIMIT :limit), counted AS ({counted}) "
        f"SELECT found.tier, counted.scanned, counted.n, {_SERVER_ROW_COLUMNS} "
        "FROM found JOIN customers c ON c.id = found.rowid CROSS JOIN counted"
    )
    rows = sorted(connection.execute(statement, params).all(), key=lambda r: (r[0], -r[3]))
    if not rows:
        return Page([], None), Count(0, True)
    more = None
    if len(rows) > limit:
        rows = rows[:limit]
        more = Cursor(query, tier=rows[-1][0], after_id=rows[-1][3])
    page = Page([_row(r[3:]) for r in rows], more)
    scanned, total = int(rows[0][1]), int(rows[0][2])
    if more is None:  # the page holds every match
        total = len(rows)
    elif tokens is not None and total <= COUNT_CAP:
        if scanned >= TOKEN_SCAN:
            # As many token rows as were read, but too few customers to say "more than COUNT_CAP":
            # the customers' tokens were not all read (rare: most words belong to one customer).
            return page, _count(connection, query)
        # Tiers 0-2 were counted whole: tier 3 (inside words only) adds its own.
        total += _server_tier_count(connection, plan, 3, query.archived, COUNT_CAP + 1 - total)
    return page, Count(COUNT_CAP, False) if total > COUNT_CAP else Count(total, True)


# customer_tokens holds each word once per customer; a range [prefix, prefix + _AFTER_EVERY_LETTER)
# of its key holds every word starting with the prefix (in the "C" collation: by code point).
_AFTER_EVERY_LETTER = "\U0010ffff"
# Token rows read to count the customers whose words start as a search's: past COUNT_CAP customers
# the count says "more than", and a word belongs to one customer mostly (at 100,000 demo customers,
# the first 1,500 rows of any one or two letters held 1,211 customers or more).
TOKEN_SCAN = 2000


def _token_piece(plan: _Plan) -> str | None:
    """The query's one word piece, when it is one word (not a number): tier 1 is then its customers
    with a word of the name's start (customer_words' first) that starts so, and tier 2 the others
    with any word that does."""
    if len(plan.terms) != 1 or plan.terms[0].isdigit():
        return None
    pieces = _TOKEN.findall(plan.terms[0])
    return pieces[0] if len(pieces) == 1 else None


def _token_ranges(plan: _Plan) -> list[tuple[str, bool]] | None:
    """What tiers 0-2 find together (plan.words), as ranges of customer_tokens: (the start of a
    word, whether only the phones' words count); None unless the query is one word or number."""
    if len(plan.terms) == 1 and plan.terms[0].isdigit():
        # It starts a word, or ends a phone number: its digits backwards start a phone's "x" word.
        term = plan.terms[0]
        return [(term, False), *([("x" + term[::-1], True)] if len(term) >= TAIL_DIGITS else [])]
    piece = _token_piece(plan)
    return None if piece is None else [(piece, False)]


def _token_tier_statement(tier: int, archived: bool, after: int | None, *, ordered: bool, prefix: str) -> str:
    """Tier 1 or 2 of a one-word query from customer_tokens (the newest first when `ordered`): the
    customers with a word in [:token_from, :token_to) (named with `prefix`), in the name's start
    (tier 1) or only elsewhere (tier 2); and :limit, :after. The server reads the range of the
    words from the index and sorts their customers, or, when most customers have such a word,
    reads the index by customer, newest first, until it has enough; the planner chooses by the
    range's size (at 100,000 customers: for م, 137 entries newest first where its range of names'
    starts holds 12,000; for مح, the range's 385).
    Numbers stay with the trigram indexes: their ranges are two (the start of a word, the end of a
    phone), and neither one scan each nor one of both (OR) let the server choose well for both."""
    conditions = [
        f"k.token >= :{prefix}token_from AND k.token < :{prefix}token_to",
        _by_id_in_book(archived, "k.customer_id"),
        *(["k.first"] if tier == 1 else []),
        *(["k.customer_id < :after"] if after is not None else []),
    ]
    having = "HAVING NOT bool_or(k.first) " if tier == 2 else ""
    order = "ORDER BY k.customer_id DESC " if ordered else ""
    return (
        f"SELECT k.customer_id AS rowid FROM customer_tokens k WHERE {' AND '.join(conditions)} "
        f"GROUP BY k.customer_id {having}{order}LIMIT :limit"
    )


def _token_count(plan: _Plan, archived: bool, params: dict[str, object]) -> str | None:
    """A query that counts, from customer_tokens' index alone, the customers that tiers 0-2 find
    (plan.words): the token rows read (scanned, TOKEN_SCAN at most) and the customers they belong
    to (n). n is the tiers' whole count when fewer than TOKEN_SCAN rows were read; more than
    COUNT_CAP is "more than COUNT_CAP" either way. Its parameters go into `params`."""
    ranges = _token_ranges(plan)
    if ranges is None:
        return None
    scans = []
    for i, (start, phone) in enumerate(ranges):
        params[f"token_from{i}"], params[f"token_to{i}"] = start, start + _AFTER_EVERY_LETTER
        scans.append(
            f"SELECT k.customer_id FROM customer_tokens k WHERE k.token >= :token_from{i} AND k.token < :token_to{i} "
            f"{'AND k.phone ' if phone else ''}AND {_by_id_in_book(archived, 'k.customer_id')}"
        )
    params["token_scan"] = TOKEN_SCAN
    return f"SELECT count(*) AS scanned, count(DISTINCT k.customer_id) AS n FROM ({' UNION ALL '.join(scans)} LIMIT :token_scan) AS k"


def _relevance_page(connection: Connection, plan: _Plan, query: BookQuery, cursor: Cursor, limit: int) -> Page:
    """Up to `limit` matches from the cursor on, tier after tier. One more is looked for, so that a
    page that ends a list says there is nothing more (a view asks for more only while there is)."""
    found: list[tuple[int, int]] = []  # (tier, id)
    tier, after = cursor.tier, cursor.after_id
    while tier < _TIERS and len(found) <= limit:
        ids = _tier_ids(connection, plan, tier, query.archived, after, limit + 1 - len(found))
        found.extend((tier, i) for i in ids)
        tier, after = tier + 1, None
    more = None
    if len(found) > limit:
        found = found[:limit]
        more = Cursor(query, tier=found[-1][0], after_id=found[-1][1])
    return Page(_rows(connection, [i for _, i in found]), more)


def matching_ids(db: Database, query: str, *, archived: bool = False, limit: int = COUNT_CAP) -> list[int]:
    """The ids of the customers matching `query`, best first, at most `limit` of them."""
    found: list[int] = []
    page = find_customers(db, BookQuery(query, archived), limit=min(limit, 500))
    while True:
        found.extend(r.id for r in page.rows)
        if page.next is None or len(found) >= limit:
            return found[:limit]
        page = find_customers(db, page.next.query, limit=min(limit - len(found), 500), cursor=page.next)


def book_is_empty(db: Database) -> bool:
    """Whether the book holds no customer (the archived aside): its first row, from the table."""
    with db.reading() as connection:
        return connection.execute(text("SELECT 1 FROM customers WHERE archived_at IS NULL LIMIT 1")).first() is None


def count_found(db: Database, query: BookQuery) -> Count:
    """How many customers the query shows: exact up to COUNT_CAP, "at least COUNT_CAP" beyond."""
    with db.reading() as connection:
        return _count(connection, query)


def _count(connection: Connection, query: BookQuery) -> Count:
    plan = _plan(query.text)
    if plan is None:
        if _asks_for_nothing_findable(query.text):
            return Count(0, True)
        if _sqlite(connection) and (connection.execute(text("SELECT max(id) FROM customers")).scalar() or 0) <= EXACT_BOOK:
            # SQLite counts a whole table from its smallest index, 4 times faster than the rows of
            # a condition (9 ms against 37 at 1,000,000): the book is every customer less the
            # few archived, who are counted through their index.
            archived = "SELECT count(*) FROM customers WHERE archived_at IS NOT NULL"
            statement = text(archived if query.archived else f"SELECT (SELECT count(*) FROM customers) - ({archived})")
            return Count(int(connection.execute(statement).scalar_one()), True)
        # A server reads every entry of an index to count them (5 to 13 ms for 100,000), and so
        # does SQLite past EXACT_BOOK: the whole book is counted, as a search is, up to COUNT_CAP.
        capped = text(f"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE {_in_book(query.archived, connection)} LIMIT :cap) AS c")
        total = int(connection.execute(capped, {"cap": COUNT_CAP + 1}).scalar_one())
        return Count(COUNT_CAP, False) if total > COUNT_CAP else Count(total, True)
    total = 0
    for tier in range(_TIERS):
        total += _tier_count(connection, plan, tier, query.archived, COUNT_CAP + 1 - total)
        if total > COUNT_CAP:
            return Count(COUNT_CAP, False)
    return Count(total, True)


# --- in a column's order ---------------------------------------------------------------------------

_ORDER_COLUMN = {
    CustomerOrder.NAME: "c.sort_name",
    CustomerOrder.CREATED: "c.created_at",
    CustomerOrder.STAGE: "c.stage",
    CustomerOrder.AREA: "c.area",
}


def _ordered_page(connection: Connection, query: BookQuery, cursor: Cursor, limit: int) -> Page:
    """The whole book (no search text): newest first, or in a column's order, a page at a time
    from that column's index."""
    condition = _in_book(query.archived, connection)
    params: dict[str, object] = {"limit": limit + 1}  # one more: whether there is a next page
    if query.order is None:
        # The newest in the book first: the ids grow as customers are added, and the primary key is
        # the cheapest index there is. (Not "customer since" descending: an import may say a
        # customer came years before they were added.)
        if cursor.after_id is not None:
            condition += " AND c.id < :after"
            params["after"] = cursor.after_id
        rows = connection.execute(text(f"SELECT c.id FROM customers c WHERE {condition} ORDER BY c.id DESC LIMIT :limit"), params)
        ids = [r[0] for r in rows]
        more = Cursor(query, after_id=ids[limit - 1]) if len(ids) > limit else None
        return Page(_rows(connection, ids[:limit]), more)
    column = _ORDER_COLUMN[query.order]
    direction = "DESC" if query.descending else "ASC"
    compare = "<" if query.descending else ">"
    if cursor.after_id is not None:
        condition += f" AND ({column}, c.id) {compare} (:value, :after)"
        params["value"], params["after"] = cursor.after_value, cursor.after_id
    statement = text(
        f"SELECT c.id, {column} FROM customers c WHERE {condition} ORDER BY {column} {direction}, c.id {direction} LIMIT :limit"
    )
    found = connection.execute(statement, params).all()
    more = Cursor(query, after_id=found[limit - 1][0], after_value=found[limit - 1][1]) if len(found) > limit else None
    return Page(_rows(connection, [r[0] for r in found[:limit]]), more)


def _small_result_in_order(connection: Connection, plan: _Plan, query: BookQuery, cursor: Cursor, limit: int) -> Page | None:
    """A search result in a column's order, when it is small enough to sort (COUNT_CAP at most);
    None when it is not."""
    everything = Cursor(replace(query, order=None))
    first = _relevance_page(connection, plan, everything.query, everything, COUNT_CAP + 1)
    if len(first.rows) > COUNT_CAP:
        return None
    ids = [r.id for r in first.rows]
    if not ids:
        return Page([], None)
    column = _ORDER_COLUMN[query.order or CustomerOrder.NAME]
    direction = "DESC" if query.descending else "ASC"
    statement = text(
        f"SELECT c.id FROM customers c WHERE c.id IN ({','.join(str(i) for i in ids)}) "
        f"ORDER BY {column} {direction}, c.id {direction} LIMIT :limit OFFSET :offset"
    )
    ordered = [r[0] for r in connection.execute(statement, {"limit": limit, "offset": cursor.offset})]
    more = replace(cursor, offset=cursor.offset + limit) if cursor.offset + limit < len(ids) else None
    return Page(_rows(connection, ordered), more)

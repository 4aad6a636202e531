"""The customer search index: one row of folded text per customer, and how to rebuild it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, column, delete, insert, select, table, update

from retention_desktop.phones import search_forms
from retention_desktop.text import fold, sort_key

# rowid = customer id; on SQLite an FTS5 trigram table (see migration 0002), elsewhere a plain table.
search_table = table("customer_search", column("rowid"), column("text"))

_customers = table(
    "customers", column("id"), column("full_name"), column("sort_name"), column("email"), column("area"), column("notes")
)
_phones = table("customer_phones", column("customer_id"), column("number"), column("position"))
_tags = table("tags", column("id"), column("name"))
_customer_tags = table("customer_tags", column("customer_id"), column("tag_id"))


def search_text(*, full_name: str, email: str, area: str, notes: str, tags: Iterable[str], phones: Iterable[str]) -> str:
    """The folded text search looks in: name, email, area, tags, notes and every form of each phone."""
    parts = [fold(full_name), fold(email), fold(area), *(fold(t) for t in tags), fold(notes)]
    for number in phones:
        parts.extend(search_forms(number))
    return " \u2022 ".join(p for p in parts if p)


def rebuild_search_index(connection: Connection, batch: int = 5000) -> int:
    """Write the index afresh for every customer; returns how many rows it holds."""
    connection.execute(delete(search_table))
    phones: dict[int, list[str]] = defaultdict(list)
    for customer_id, number in connection.execute(
        select(_phones.c.customer_id, _phones.c.number).order_by(_phones.c.customer_id, _phones.c.position)
    ):
        phones[customer_id].append(number)
    tags: dict[int, list[str]] = defaultdict(list)
    for customer_id, name in connection.execute(
        select(_customer_tags.c.customer_id, _tags.c.name).join(_tags, _tags.c.id == _customer_tags.c.tag_id)
    ):
        tags[customer_id].append(name)
    rows = []
    count = 0
    for c in connection.execute(select(_customers)):
        rows.append(
            {
                "rowid": c.id,
                "text": search_text(
                    full_name=c.full_name,
                    email=c.email,
                    area=c.area,
                    notes=c.notes,
                    tags=tags[c.id],
                    phones=phones[c.id],
                ),
            }
        )
        if len(rows) >= batch:
            connection.execute(insert(search_table), rows)
            count += len(rows)
            rows = []
    if rows:
        connection.execute(insert(search_table), rows)
        count += len(rows)
    return count


def refresh_sort_names(connection: Connection) -> None:
    """Recompute every customer's sort key (after the way names are ordered changed)."""
    rows = [{"key": i, "value": sort_key(name)} for i, name in connection.execute(select(_customers.c.id, _customers.c.full_name))]
    if rows:
        connection.execute(
            update(_customers).where(_customers.c.id == bindparam("key")).values(sort_name=bindparam("value")), rows
        )

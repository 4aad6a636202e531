"""How a customer is recognised from outside the book, as an imported list names them: the contact
keys that tell a row is a customer already there (phone numbers, email, or the name), and the
customer a reference names (a referrer's name, as typed or folded, or their phone number)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Column, Connection, select

from retention_desktop import tables
from retention_desktop.phones import PhoneError, parse_phone
from retention_desktop.search_index import COMPOUND_STARTS
from retention_desktop.text import clean_line, fold, sort_key

_customers = tables.customers
_phones = tables.customer_phones


def contact_keys(phones: Iterable[str], email: str, full_name: str) -> list[str]:
    """How an import knows a customer it has seen before: each phone number (E.164), the email
    (case aside), and, for someone with neither, the name as the search folds it (two records of
    one name and no way to reach them are the same to the owner)."""
    keys = [f"tel:{number}" for number in phones]
    if email:
        keys.append(f"mail:{email.casefold()}")
    if not keys and full_name:
        keys.append(f"name:{fold(full_name)}")
    return keys


def contact_owners(connection: Connection) -> dict[str, int]:
    """Every contact key of the book (contact_keys), archived customers' too, with the customer who
    has it (the first, should two share one)."""
    owners: dict[str, int] = {}
    with_phone: set[int] = set()
    for number, customer_id in connection.execute(
        select(_phones.c.number, _phones.c.customer_id).order_by(_phones.c.customer_id.desc())
    ):
        owners[f"tel:{number}"] = customer_id
        with_phone.add(customer_id)
    c = _customers.c
    for customer_id, email, full_name in connection.execute(select(c.id, c.email, c.full_name).order_by(c.id.desc())):
        for key in contact_keys((), email, "" if customer_id in with_phone else full_name):
            owners[key] = customer_id
    return owners


def compound_spellings(name: str) -> list[str]:
    """The name as written, and as written with each compound name (عبد الله, أبو بكر) joined or
    split the other way: the two spellings shops use for one name (search_index.COMPOUND_STARTS)."""
    spellings = [""]
    words = name.split()
    i = 0
    while i < len(words):
        word, start = words[i], next((s for s in COMPOUND_STARTS if fold(words[i]).startswith(s)), None)
        if start is not None and fold(word) == start and i + 1 < len(words):  # "عبد الله": also "عبدالله"
            forms = [f"{word} {words[i + 1]}", word + words[i + 1]]
            i += 2
        elif start is not None and len(fold(word)) > len(start) and len(word) > len(start):  # "عبدالله": also "عبد الله"
            forms = [word, f"{word[: len(start)]} {word[len(start):]}"]
            i += 1
        else:
            forms = [word]
            i += 1
        spellings = [f"{before} {form}".strip() for before in spellings for form in forms]
    return spellings


def customers_named(connection: Connection, names: Iterable[str], *, country: str | None = None) -> dict[str, set[int]]:
    """The ids of the customers each of these names is, archived ones too: the name as typed or
    folded (أحمد / احمد, any case, with or without harakat), its compound names with or without
    their space (عبدالله / عبد الله), through the book's index of names (sort_name); with `country`,
    a phone number in any form parse_phone reads is the customer who has it. A name no customer has
    is left out."""
    by_name: dict[str, list[str]] = {}  # sort_name → the names asked that are it
    by_number: dict[str, list[str]] = {}  # E.164 → the numbers asked that are it
    for name in names:
        line = clean_line(name)
        number = _as_number(line, country) if line else None
        if number is not None:
            by_number.setdefault(number, []).append(name)
        elif line:
            for spelling in compound_spellings(line):
                by_name.setdefault(sort_key(spelling), []).append(name)
    found: dict[str, set[int]] = {}
    for whose, column, asked in ((_customers.c.id, _customers.c.sort_name, by_name), (_phones.c.customer_id, _phones.c.number, by_number)):
        for customer_id, key in _having(connection, whose, column, sorted(asked)):
            for name in asked[key]:
                found.setdefault(name, set()).add(customer_id)
    return found


def _having(connection: Connection, whose: Column[int], column: Column[str], values: Sequence[str]) -> Iterable[tuple[int, str]]:
    """(customer id, value) of the rows whose `column` is one of `values`, 500 at a time."""
    for start in range(0, len(values), 500):
        for customer_id, value in connection.execute(select(whose, column).where(column.in_(values[start : start + 500]))):
            yield customer_id, value


def _as_number(text: str, country: str | None) -> str | None:
    """A typed reference as a phone number (E.164) when it is one: seven digits or more and no
    letter; None for a name."""
    if country is None or sum(ch.isdigit() for ch in text) < 7 or any(ch.isalpha() for ch in text):
        return None
    try:
        return parse_phone(text, country)[0]
    except PhoneError:
        return None

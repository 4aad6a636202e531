"""Search as the owner types: the best matches first, a page at a time, every match once, any input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from retention_desktop.customers import CustomerDraft, add_customer, add_customers, archive_customer, update_customer
from retention_desktop.db import Database
from retention_desktop.search import (
    COUNT_CAP,
    EXACT_BOOK,
    PAGE,
    TOKEN_SCAN,
    BookQuery,
    Count,
    CustomerOrder,
    count_found,
    find_and_count,
    find_customers,
    matching_ids,
)

pytestmark = pytest.mark.both_databases  # these run on SQLite and on a PostgreSQL server (tests/conftest.py)


def add(db: Database, name: str, *phones: str, **fields: object) -> int:
    return add_customer(db, CustomerDraft(full_name=name, phones=phones, **fields), allow_duplicate=True)  # type: ignore[arg-type]


def every_page(db: Database, query: BookQuery, size: int) -> list[int]:
    """All the ids a query shows, read a page of `size` at a time as the book scrolls."""
    seen: list[int] = []
    page = find_customers(db, query, limit=size)
    while True:
        seen.extend(r.id for r in page.rows)
        if page.next is None:
            return seen
        page = find_customers(db, query, limit=size, cursor=page.next)


# --- what is found, and in what order ----------------------------------------------------------


def test_a_name_that_starts_with_the_query_comes_before_one_that_only_contains_it(db: Database) -> None:
    inside = add(db, "سامح العتيبي")  # "مح" inside a word
    later_word = add(db, "أحمد محمود")  # a later word starts with it
    starts = add(db, "محمد القحطاني")  # the name starts with it
    assert matching_ids(db, "مح") == [starts, later_word, inside]
    assert matching_ids(db, "محم") == [starts, later_word]


def test_a_whole_phone_number_comes_first(db: Database) -> None:
    others = [add(db, f"عميل {i}", f"05512345{i:02d}") for i in range(5)]
    owner = add(db, "صاحب الرقم", "0551234567")
    newer = add(db, "عميل أحدث", "0551234500")
    found = matching_ids(db, "0551234567")
    assert found[0] == owner
    assert matching_ids(db, "055123") [:2] == [newer, owner]  # a prefix: newest first
    assert set(matching_ids(db, "055123")) == {owner, newer, *others}


def test_within_a_tier_the_newest_customer_comes_first(db: Database) -> None:
    ids = [add(db, f"فهد {i}") for i in range(5)]
    assert matching_ids(db, "فهد") == list(reversed(ids))


def test_every_term_must_match(db: Database) -> None:
    both = add(db, "محمد العتيبي")
    add(db, "محمد الشهري")
    add(db, "خالد العتيبي")
    assert matching_ids(db, "محمد العت") == [both]
    assert matching_ids(db, "العت محمد") == [both]


@pytest.mark.parametrize(
    ("saved", "typed"),
    [
        ("عبد الله الشمري", "عبدالله"),
        ("عبدالله الشمري", "عبد الله"),
        ("عبد الرحمن", "عبدالرحمن"),
        ("أبو بكر السالم", "ابوبكر"),
        ("أبوبكر السالم", "ابو بكر"),
        ("مؤمن الخطيب", "مومن"),
        ("هانئ سعيد", "هاني"),
        ("رائد", "رايد"),
        ("JOSÉ GARCÍA", "jose garcia"),
        ("Zoë Müller", "zoe muller"),
    ],
)
def test_spellings_owners_type(db: Database, saved: str, typed: str) -> None:
    customer = add(db, saved)
    add(db, "شخص آخر")
    assert matching_ids(db, typed) == [customer]


@pytest.mark.parametrize("typed", ["4567", "1234567", "٤٥٦٧", "0551234567", "551234567", "+966551234567", "00966 55 123 4567", "(055) 123-4567"])
def test_phones_in_every_form_and_by_their_last_digits(db: Database, typed: str) -> None:
    customer = add(db, "سارة", "055 123 4567")
    add(db, "نورة", "056 765 4321")
    assert matching_ids(db, typed) == [customer]


def test_one_letter_finds_words_that_start_with_it_first_then_names_holding_it(db: Database) -> None:
    holds = add(db, "فاطمة")
    starts = add(db, "مريم")
    add(db, "خالد")
    assert matching_ids(db, "م") == [starts, holds]


def test_notes_are_searched_inside(db: Database) -> None:
    customer = add(db, "Ahmed", notes="يفضل الاتصال صباحًا")
    assert matching_ids(db, "الاتصال") == [customer]
    assert matching_ids(db, "صال") == [customer]


def test_a_customer_saved_or_changed_is_found_by_the_next_search(db: Database) -> None:
    customer = add(db, "Old Name")
    assert matching_ids(db, "new") == []
    update_customer(db, customer, CustomerDraft(full_name="New Name", phones=("0561112222",)))
    assert matching_ids(db, "new") == [customer]
    assert matching_ids(db, "old") == []
    assert matching_ids(db, "0561112222") == [customer]


def test_archived_customers_are_found_only_among_the_archived(db: Database) -> None:
    kept = add(db, "ليلى")
    gone = add(db, "ليلى الأخرى")
    archive_customer(db, gone)
    assert matching_ids(db, "ليلى") == [kept]
    assert matching_ids(db, "ليلى", archived=True) == [gone]


# --- pages and counts ----------------------------------------------------------------------------


@pytest.fixture
def big(db: Database) -> list[int]:
    names = ["محمد", "أحمد", "محمود", "سامح", "فاطمة", "مريم", "خالد"]
    drafts = [
        CustomerDraft(full_name=f"{names[i % len(names)]} {names[(i // 7) % len(names)]}", phones=(f"05{i:08d}",))
        for i in range(1500)
    ]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    return add_customers(db, drafts, created_at=[start + timedelta(hours=i) for i in range(len(drafts))])


@pytest.mark.parametrize("query", ["م", "مح", "محمد", "حم", "05", "ا", ""])
def test_pages_show_every_match_once_in_the_order_of_one_long_page(db: Database, big: list[int], query: str) -> None:
    whole = every_page(db, BookQuery(query), 5000)
    assert every_page(db, BookQuery(query), 37) == whole
    assert len(set(whole)) == len(whole)
    count = count_found(db, BookQuery(query))
    if not query and db.is_sqlite:
        assert count == Count(len(whole), True)  # the whole book is counted exactly in a file
    elif len(whole) <= COUNT_CAP:
        assert count == Count(len(whole), True)
    else:
        assert count == Count(COUNT_CAP, False)


def test_a_keystroke_reads_the_first_page_and_the_count_together(db: Database, big: list[int]) -> None:
    """find_and_count (one statement on a server) gives what find_customers and count_found give,
    and its page goes on from where it stops."""
    archive_customer(db, big[3])
    for query in ["م", "مح", "محمد", "حم", "05", "0500000123", "محمد أحمد", "", "zzq", "!!!"]:
        for archived in (False, True):
            for limit in (1, 50, 1499, 2000):
                wanted = BookQuery(query, archived)
                page, count = find_and_count(db, wanted, limit=limit)
                alone = find_customers(db, wanted, limit=limit)
                assert (page.rows, page.next) == (alone.rows, alone.next), (query, archived, limit)
                assert count == count_found(db, wanted), (query, archived)
                if page.next is not None:
                    following = find_customers(db, wanted, limit=limit, cursor=page.next).rows
                    assert following == find_customers(db, wanted, limit=limit, cursor=alone.next).rows


def test_a_count_of_customers_with_many_words_that_start_alike_is_exact(db: Database) -> None:
    """A server counts a search from customer_tokens, a word and its customer per row, up to
    TOKEN_SCAN rows at once: here they hold fewer customers than COUNT_CAP, which is counted
    whole, not said to be "more than" (nor too few); on SQLite alike."""
    words = "قمر قمرا قمري قمرو"
    assert len(words.split()) * 520 > TOKEN_SCAN
    add_customers(db, [CustomerDraft(f"{words} {i}") for i in range(520)])
    add(db, "سقم")  # inside a word: the tier after them
    for typed, found in (("ق", 521), ("قم", 521), ("قمر", 520)):
        page, count = find_and_count(db, BookQuery(typed))
        assert (len(page.rows), count) == (PAGE, Count(found, True)), typed
        assert count_found(db, BookQuery(typed)) == count


def test_the_empty_query_lists_the_newest_first(db: Database, big: list[int]) -> None:
    page = find_customers(db, BookQuery(""), limit=10)
    assert [r.id for r in page.rows] == list(reversed(big))[:10]
    # A file counts the whole book; a server counts it as it counts a search, up to COUNT_CAP.
    assert count_found(db, BookQuery("")) == (Count(1500, True) if db.is_sqlite else Count(COUNT_CAP, False))
    assert count_found(db, BookQuery("", archived=True)) == Count(0, True)


def test_a_very_large_book_is_counted_as_a_search_is(db: Database, big: list[int]) -> None:
    """Past EXACT_BOOK customers (by their highest id) SQLite too counts the whole book up to
    COUNT_CAP ("More than 1,000 customers"): counting 1,000,000 cost every cleared box 10 ms."""
    with db.writing() as session:  # a customer as the 300,000th of a large book would be (archived)
        session.connection().exec_driver_sql(
            "INSERT INTO customers (id, kind, full_name, sort_name, gender, email, address, area, notes, source, stage, "
            f"created_at, updated_at, archived_at) VALUES ({EXACT_BOOK + 50_000}, 'person', 'x', 'x', 'unspecified', '', '', "
            "'', '', 'unknown', 'active', '2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000', '2024-02-01 09:00:00.000000')"
        )
    assert count_found(db, BookQuery("")) == Count(COUNT_CAP, False)
    assert find_and_count(db, BookQuery(""))[1] == Count(COUNT_CAP, False)
    assert count_found(db, BookQuery("", archived=True)) == Count(1, True)  # the few archived: exact
    for customer in big[:600]:
        archive_customer(db, customer)
    assert count_found(db, BookQuery("")) == Count(900, True)  # under the cap: exact again


@pytest.mark.parametrize("order", list(CustomerOrder))
@pytest.mark.parametrize("descending", [False, True])
def test_the_whole_book_in_a_columns_order_page_by_page(db: Database, big: list[int], order: CustomerOrder, descending: bool) -> None:
    query = BookQuery("", order=order, descending=descending)
    whole = every_page(db, query, 5000)
    assert sorted(whole) == sorted(big)
    assert every_page(db, query, 41) == whole
    if order is CustomerOrder.NAME:
        names = [find_customers(db, BookQuery("", order=order), limit=5000).rows[i].full_name for i in range(3)]
        assert names == sorted(names, key=lambda n: n.replace("أ", "ا"))


def test_a_small_result_can_be_sorted_and_a_large_one_keeps_its_best_first_order(db: Database, big: list[int]) -> None:
    small = find_customers(db, BookQuery("سامح", order=CustomerOrder.CREATED), limit=500)
    assert small.ordered
    created = [r.created_at for r in small.rows]
    assert created == sorted(created) and len(created) > 1
    large = find_customers(db, BookQuery("م", order=CustomerOrder.CREATED), limit=50)
    assert not large.ordered
    assert [r.id for r in large.rows] == [r.id for r in find_customers(db, BookQuery("م"), limit=50).rows]


def test_rows_carry_what_the_book_shows(db: Database) -> None:
    customer = add(db, "سارة", "0551234567", "0561234567", area="العليا", tags=("VIP", "جملة"))
    (row,) = find_customers(db, BookQuery("سارة")).rows
    assert (row.id, row.full_name, row.phone, row.area, row.archived) == (customer, "سارة", "+966551234567", "العليا", False)
    assert set(row.tags) == {"VIP", "جملة"}
    assert row.created_at.tzinfo is not None


# --- whatever is typed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "finds"),
    [
        ("م" * 500, False),
        ("   ", True),  # no terms: the whole book
        ("!!! ... ---", False),
        ("%", True),  # not a wildcard, and nothing else: the whole book
        ("_", True),
        ("%_%", True),
        ("'", False),
        ('"', False),
        ('"محمد', True),
        ("محمد\x00", True),
        ("\u202eمحمد", True),
        ("مح\u200fمد", True),
        ("AND", False),
        ("OR NOT", False),
        ("محمد*", True),
        ("NEAR(محمد خالد)", False),  # "near" is a word the customer does not have
        ("{first}: محمد", False),
        ("^محمد", True),
        ("\ud800", True),  # a broken character is dropped: the whole book
        ("٠٥٥", True),
        ("😀", False),
    ],
)
def test_anything_typed_gives_results_or_none_never_an_error(db: Database, typed: str, finds: bool) -> None:
    customer = add(db, "محمد خالد", "0551234567")
    assert matching_ids(db, typed) == ([customer] if finds else [])
    assert count_found(db, BookQuery(typed)) == Count(1 if finds else 0, True)
    page, count = find_and_count(db, BookQuery(typed))
    assert ([r.id for r in page.rows], count) == ([customer] if finds else [], Count(1 if finds else 0, True))

"""The demo customer book: realistic, valid, and only ever added to an empty book."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select, text

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, count_customers
from retention_desktop.db import Database, open_database
from retention_desktop.demo import DemoError, fill_demo_book
from retention_desktop.followups import follow_ups_due, schedule_follow_up
from retention_desktop.interactions import log_interaction, open_complaints
from retention_desktop.models import (
    Customer,
    CustomerKind,
    CustomerPhone,
    FollowUp,
    FollowUpStatus,
    Gender,
    Interaction,
    InteractionKind,
    Source,
    Stage,
    utc_now,
)
from retention_desktop.rules import apply_follow_up_rules

REPO = Path(__file__).resolve().parent.parent
ARABIC = re.compile("[\u0621-\u064a]")
LATIN = re.compile("[A-Za-z]")


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo book of 300 customers, shared by the tests that only read it."""
    database = open_database(tmp_path_factory.mktemp("demo") / "book.sqlite3")
    assert fill_demo_book(database, 300, seed=20240601) == 300
    yield database
    database.close()


def all_customers(db: Database) -> list[Customer]:
    with db.session() as session:
        return list(session.scalars(select(Customer).order_by(Customer.id)))


def test_fills_an_empty_book(db: Database) -> None:
    assert fill_demo_book(db, 40, seed=1) == 40
    assert count_customers(db) == 40


def test_refuses_a_book_that_has_customers(db: Database) -> None:
    fill_demo_book(db, 20, seed=1)
    with pytest.raises(DemoError, match="20"):
        fill_demo_book(db, 20, seed=2)
    assert count_customers(db) == 20


def test_archived_customers_count_as_customers(db: Database) -> None:
    archive_customer(db, add_customer(db, CustomerDraft(full_name="سارة")))
    with pytest.raises(DemoError):
        fill_demo_book(db, 10)
    assert count_customers(db) == 0
    assert count_customers(db, archived=True) == 1


@pytest.mark.parametrize("n", [0, -5, 1_000_001])
def test_refuses_a_number_out_of_range(db: Database, n: int) -> None:
    with pytest.raises(DemoError, match=str(n)):
        fill_demo_book(db, n)
    assert count_customers(db) == 0


def test_same_seed_same_book(tmp_path: Path) -> None:
    names = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite3")
        fill_demo_book(database, 30, seed=99)
        names.append([c.full_name for c in all_customers(database)])
        database.close()
    assert names[0] == names[1]


def test_phones_are_valid_e164_and_unique(book: Database) -> None:
    with book.session() as session:
        numbers = list(session.scalars(select(CustomerPhone.number)))
    assert len(numbers) > 280
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        parsed = phonenumbers.parse(number, None)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == "SA"
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number


def test_referrals_point_at_earlier_customers(book: Database) -> None:
    customers = {c.id: c for c in all_customers(book)}
    referred = [c for c in customers.values() if c.referred_by_id is not None]
    assert 10 <= len(referred) <= 70  # about 12 % of 300
    for c in referred:
        assert c.referred_by_id is not None
        referrer = customers[c.referred_by_id]
        assert referrer.id < c.id
        assert referrer.created_at <= c.created_at
        assert c.source is Source.REFERRAL


def test_birthdays_are_plausible(book: Database) -> None:
    today = date.today()
    birthdays = [c.birthday for c in all_customers(book) if c.birthday is not None]
    assert 150 <= len(birthdays) <= 260  # about 70 %
    for birthday in birthdays:
        assert birthday <= today
        assert 16 <= (today - birthday).days / 365.25 <= 81


def test_names_are_mostly_arabic_with_some_latin_and_businesses(book: Database) -> None:
    customers = all_customers(book)
    arabic = [c for c in customers if ARABIC.search(c.full_name)]
    latin = [c for c in customers if LATIN.search(c.full_name) and not ARABIC.search(c.full_name)]
    assert len(arabic) > len(customers) / 2
    assert latin
    assert any(c.kind is CustomerKind.BUSINESS for c in customers)
    people = [c for c in customers if c.kind is CustomerKind.PERSON]
    assert {c.gender for c in people} == {Gender.MALE, Gender.FEMALE}
    created = [c.created_at for c in customers]
    assert created == sorted(created)


def all_interactions(db: Database) -> list[Interaction]:
    with db.session() as session:
        return list(session.scalars(select(Interaction).order_by(Interaction.id)))


def all_follow_ups(db: Database) -> list[FollowUp]:
    with db.session() as session:
        return list(session.scalars(select(FollowUp).order_by(FollowUp.id)))


def test_customers_have_a_history_of_interactions(book: Database) -> None:
    customers = {c.id: c for c in all_customers(book)}
    interactions = all_interactions(book)
    assert 3 * len(customers) <= len(interactions) <= 6 * len(customers)  # 3 to 5 each on average
    kinds = {i.kind for i in interactions}
    assert kinds >= {
        InteractionKind.PURCHASE,
        InteractionKind.CALL,
        InteractionKind.VISIT,
        InteractionKind.MESSAGE,
        InteractionKind.FEEDBACK,
        InteractionKind.COMPLAINT,
    }
    now = utc_now()
    for i in interactions:
        customer = customers[i.customer_id]
        assert customer.created_at <= i.occurred_at <= now
        assert (now - i.occurred_at).days <= 731  # the last two years
        if i.kind is InteractionKind.PURCHASE:
            assert customer.stage is not Stage.PROSPECT
        if i.kind is InteractionKind.FEEDBACK:
            assert i.score is not None and 1 <= i.score <= 5
        else:
            assert i.score is None
        if i.kind is InteractionKind.COMPLAINT:
            assert i.note
            assert i.resolved_at is None or i.occurred_at <= i.resolved_at <= now
        else:
            assert i.resolved_at is None
    buyers = {i.customer_id for i in interactions if i.kind is InteractionKind.PURCHASE}
    assert len(buyers) > len(customers) / 2
    assert any(i.outcome is not None for i in interactions)


def test_follow_ups_done_cancelled_and_still_on_the_list(book: Database) -> None:
    follow_ups = all_follow_ups(book)
    statuses = {s: [f for f in follow_ups if f.status is s] for s in FollowUpStatus}
    assert len(statuses[FollowUpStatus.DONE]) > len(statuses[FollowUpStatus.OPEN])
    assert statuses[FollowUpStatus.CANCELLED]
    logged = {i.follow_up_id: i for i in all_interactions(book) if i.follow_up_id is not None}
    for f in follow_ups:
        if f.status is FollowUpStatus.DONE:
            # Done from the list: the interaction it wrote, with its outcome, when it was closed.
            assert f.id in logged
            assert logged[f.id].outcome is not None
            assert logged[f.id].occurred_at == f.closed_at
        else:
            assert f.id not in logged
            assert (f.closed_at is None) is (f.status is FollowUpStatus.OPEN)


def test_the_today_screen_has_something_to_show(book: Database) -> None:
    today = shop_today(book)
    due = follow_ups_due(book, on=today)
    assert 1 <= len(due.overdue) <= 15
    assert 2 <= len(due.today) <= 25
    assert 5 <= len(due.upcoming) <= 40
    assert any(row.due_at is not None for row in due.today + due.overdue + due.upcoming)
    assert all(row.due_on < today for row in due.overdue)
    assert open_complaints(book) or any(i.kind is InteractionKind.COMPLAINT for i in all_interactions(book))
    # The rules already ran: opening the program adds nothing more today.
    assert apply_follow_up_rules(book, today=today).total == 0


def test_no_open_follow_up_for_archived_customers(db: Database) -> None:
    fill_demo_book(db, 120, seed=5)
    with db.session() as session:
        ids = list(session.scalars(select(FollowUp.customer_id).where(FollowUp.status == FollowUpStatus.OPEN)))
    for customer_id in set(ids):
        archive_customer(db, customer_id)
    due = follow_ups_due(db, on=shop_today(db))
    assert (due.overdue, due.today, due.upcoming) == ([], [], [])
    assert apply_follow_up_rules(db, today=shop_today(db)).total == 0


def test_cadences_and_renewal_dates_for_some_customers(book: Database) -> None:
    customers = all_customers(book)
    cadences = [c for c in customers if c.contact_every is not None]
    renewals = [c for c in customers if c.renewal_on is not None]
    assert 10 <= len(cadences) <= 60  # about 10 %
    assert all(c.contact_unit is not None and c.contact_every and c.contact_every > 0 for c in cadences)
    assert 3 <= len(renewals) <= 35  # about 5 %
    today = date.today()
    assert all(c.renewal_on is not None and c.renewal_on > today - timedelta(days=2) for c in renewals)


def test_rows_are_stored_as_the_program_stores_them(db: Database) -> None:
    """The demo writes its history without SQLAlchemy's conversions: the stored text must be the
    same as what the program itself writes, or sorting and comparing in SQL would go wrong."""
    fill_demo_book(db, 60, seed=3)
    customer_id = all_customers(db)[0].id
    made = schedule_follow_up(db, customer_id, due_on=shop_today(db), due_at=time(9, 30))
    logged = log_interaction(db, customer_id, kind=InteractionKind.COMPLAINT, note="x")
    with db.engine.connect() as conn:

        def shapes(sql: str, **params: object) -> set[tuple[object, ...]]:
            return {tuple(row) for row in conn.execute(text(sql), params)}

        follow_up_sql = "SELECT length(due_on), length(created_at), typeof(due_on), typeof(kind) FROM follow_ups WHERE {}"
        assert shapes(follow_up_sql.format("id = :id"), id=made) == shapes(follow_up_sql.format("id != :id"), id=made)
        assert shapes("SELECT length(due_at) FROM follow_ups WHERE due_at IS NOT NULL") == {(15,)}  # 09:30:00.000000
        assert shapes("SELECT length(closed_at) FROM follow_ups WHERE closed_at IS NOT NULL") == {(26,)}
        interaction_sql = "SELECT length(occurred_at), typeof(occurred_at), typeof(kind) FROM interactions WHERE {}"
        assert shapes(interaction_sql.format("id = :id"), id=logged) == shapes(interaction_sql.format("id != :id"), id=logged)
        assert shapes("SELECT length(resolved_at) FROM interactions WHERE resolved_at IS NOT NULL") <= {(26,)}


def test_default_message_templates_are_written(book: Database) -> None:
    templates = pytest.importorskip("retention_desktop.templates")
    assert templates.list_templates(book)


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_cli_fills_once_then_refuses(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    first = run_cli(tmp_path, "--db", str(path), "demo", "--customers", "50")
    assert first.returncode == 0, first.stderr
    assert "50" in first.stdout

    second = run_cli(tmp_path, "--db", str(path), "demo", "--customers", "50")
    assert second.returncode != 0
    assert second.stderr.strip()
    assert "Traceback" not in second.stderr

    database = open_database(path)
    try:
        assert count_customers(database) == 50
    finally:
        database.close()

"""The demo customer book: realistic, valid, and only ever added to an empty book."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select

from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, count_customers
from retention_desktop.db import Database, open_database
from retention_desktop.demo import DemoError, fill_demo_book
from retention_desktop.models import Customer, CustomerKind, CustomerPhone, Gender, Source

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

"""A whole book copied into a new, empty database (`copy-to`): how a shop moves its book from a file
to its server, or takes the server's book into a file. The book copied from is a file, then a
database on the test server; it is copied into a file and into a server database."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import delete, func, select
from sqlalchemy.engine import make_url

from retention_desktop.book_copy import SameBook, TargetNotEmpty, copy_into
from retention_desktop.customers import CustomerDraft, add_customer, update_customer
from retention_desktop.db import Database, open_database
from retention_desktop.demo import fill_demo_book
from retention_desktop.integrity import book_counts
from retention_desktop.profile import get_profile, logo_bytes, save_profile
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice
from retention_desktop.search import matching_ids
from retention_desktop.search_index import search_table
from retention_desktop.statements import COPY_FROM, copy_rows
from retention_desktop.tables import customers, invoices, metadata, stored_images

from tests.pg_server import TEMPLATE, PostgresServer
from tests.terminal import run_on_terminal

pytestmark = pytest.mark.both_databases  # the book copied from: a file, then a server's database

REPO = Path(__file__).resolve().parent.parent


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(out, format="PNG")
    return out.getvalue()


def fill_shop(db: Database) -> None:
    """A demo book of a hundred customers (invoices, credit notes, payments, follow-ups, campaigns,
    losses, kits…), with a logo, and a customer referred by one who came after them."""
    fill_demo_book(db, 100, seed=7, two_processes=False)
    save_profile(db, get_profile(db), logo=png())
    first = add_customer(db, CustomerDraft("سلمى العتيبي", phones=("0551112233",)))
    later = add_customer(db, CustomerDraft("Ahmed Referrer", phones=("0551112244",)))
    update_customer(db, first, CustomerDraft("سلمى العتيبي", phones=("0551112233",), referred_by_id=later))


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shop's book in a file, made once for the module: each test works in a copy of it."""
    path = tmp_path_factory.mktemp("shop") / "shop.sqlite3"
    db = open_database(path)
    fill_shop(db)
    db.close()
    return path


@pytest.fixture(scope="module")
def shop_on_server(postgres: PostgresServer) -> Iterator[str]:
    """The shop's book in a database of the test server, made once for the module: each test works
    in a database made from it (CREATE DATABASE … TEMPLATE)."""
    url = postgres.new_database(TEMPLATE)
    db = open_database(url)
    fill_shop(db)
    db.close()
    yield url
    postgres.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The shop's book (fill_shop), in a file, then in a server's database: a copy of the one made
    for the module, so that a test may change it."""
    if request.param == "sqlite":
        path = tmp_path / "shop.sqlite3"
        shutil.copy(request.getfixturevalue("shop_file"), path)
        db = open_database(path)
        yield db
        db.close()
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.new_database(make_url(request.getfixturevalue("shop_on_server")).database)
    db = open_database(url)
    yield db
    db.close()
    server.drop_database(url)


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, as the program reads them, in the order of their keys."""
    with db.reading() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
            for table in metadata.sorted_tables
        }


def the_same_work_in(book: Database) -> tuple[int, int, str]:
    """A new customer and an invoice saved in `book`: their ids and the invoice's number."""
    customer = add_customer(book, CustomerDraft("نورة الجديدة", phones=("0559990011",)))
    issued = issue_invoice(book, InvoiceDraft(customer, [LineDraft("خدمة", Decimal(1), Decimal(100))]))
    return customer, issued.id, issued.number


def check_copy(shop: Database, target: str) -> None:
    before = every_row(shop)
    copied = copy_into(shop, target)
    assert copied.counts == book_counts(shop)
    assert copied.rows == sum(len(rows) for rows in before.values())
    copy = open_database(target)
    try:
        assert every_row(copy) == before
        assert every_row(shop) == before  # the book copied from is only read
        with copy.reading() as connection:
            referred = connection.execute(select(customers.c.referred_by_id).where(customers.c.full_name == "سلمى العتيبي")).scalar()
        assert referred == before["customers"][-1][0]  # the later customer, set after every row was in
        assert logo_bytes(copy, get_profile(copy).logo_id) == png()
        # The search finds in the copy what it finds in the book: a name, a word inside one, phones.
        someone = before["customers"][5]
        name = someone[customers.c.keys().index("full_name")]
        for query in (name, name.split()[-1][:2], "0551112233", "2233", "٠٥٥١١١٢٢٤٤", "ahmed"):
            found = matching_ids(copy, query)
            assert found and found == matching_ids(shop, query), query
        # Work goes on in the copy as it would have in the book: the next ids and invoice number.
        assert the_same_work_in(copy) == the_same_work_in(shop)
    finally:
        copy.close()


def test_a_book_copied_into_a_new_file_holds_every_record(shop: Database, tmp_path: Path) -> None:
    check_copy(shop, str(tmp_path / "copy" / "book.sqlite3"))


def test_a_book_copied_to_a_server_holds_every_record(shop: Database, postgres: PostgresServer) -> None:
    url = postgres.new_database()  # as the README has the owner make it: empty, the program makes the tables
    try:
        check_copy(shop, url)
    finally:
        postgres.drop_database(url)


def test_a_search_index_that_lacks_a_customer_is_made_again_in_the_copy(shop: Database, tmp_path: Path) -> None:
    with shop.reading() as connection:
        salma = connection.execute(select(customers.c.id).where(customers.c.full_name == "سلمى العتيبي")).scalar()
        indexed = connection.execute(select(func.count()).select_from(search_table)).scalar()
    with shop.writing() as session:  # as if a fault had left a customer out of one index
        session.connection().execute(delete(search_table).where(search_table.c.rowid == salma))
    target = tmp_path / "copy.sqlite3"
    copy_into(shop, target)
    copy = open_database(target)
    try:
        with copy.reading() as connection:
            assert connection.execute(select(func.count()).select_from(search_table)).scalar() == indexed
        assert salma in matching_ids(copy, "العتيب")  # a piece inside a word: the index it had lost
    finally:
        copy.close()


def test_many_rows_are_written_as_they_were_given(db: Database) -> None:
    """copy_rows (a COPY on a server, from COPY_FROM rows) stores bytes, times, text and numbers as
    an INSERT does: read back, they are the values written."""
    moment = datetime(2026, 11, 30, 21, 15, 30, 123456, tzinfo=timezone.utc)
    rows = [
        (i + 1, hashlib.sha256(bytes([i % 256, i // 256])).hexdigest(), bytes(range(256)) * (i % 3) + b"\x00\\\n\t'\"", moment + timedelta(days=i))
        for i in range(COPY_FROM + 50)
    ]
    with db.writing() as session:
        copy_rows(session.connection(), stored_images, ("id", "sha256", "data", "created_at"), rows)
    with db.reading() as connection:
        assert [tuple(r) for r in connection.execute(select(stored_images).order_by(stored_images.c.id))] == rows


def test_a_database_that_holds_a_book_is_not_copied_into(shop: Database, tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    other = open_database(target)
    add_customer(other, CustomerDraft("Kept As It Was", phones=("0500000001",)))
    held = every_row(other)
    other.close()
    with pytest.raises(TargetNotEmpty) as refused:
        copy_into(shop, target)
    assert "already holds customers" in str(refused.value) and "Nothing was changed" in str(refused.value)
    other = open_database(target)
    assert every_row(other) == held
    other.close()
    with pytest.raises(SameBook):
        copy_into(shop, shop.address)


def test_a_copy_stopped_half_way_leaves_nothing(shop: Database, tmp_path: Path, postgres: PostgresServer) -> None:
    class StopHalfWay(Progress):
        def step(self, count: int = 1) -> None:
            super().step(count)
            done, total = self.state()
            if done > total // 2:
                self.cancel()
                self.check()

    new_file = tmp_path / "copy.sqlite3"
    with pytest.raises(Cancelled):
        copy_into(shop, new_file, progress=StopHalfWay())
    assert not new_file.exists() and not list(tmp_path.glob("copy.sqlite3*"))  # the file it made is gone

    url = postgres.new_database()
    try:
        with pytest.raises(Cancelled):
            copy_into(shop, url, progress=StopHalfWay())
        server = open_database(url)
        try:
            with server.reading() as connection:
                assert connection.execute(select(func.count()).select_from(customers)).scalar() == 0
                assert connection.execute(select(func.count()).select_from(invoices)).scalar() == 0
        finally:
            server.close()
        copy_into(shop, url)  # and it can be copied into afterwards
    finally:
        postgres.drop_database(url)


def test_a_copy_is_the_book_as_it_stood_when_the_copy_began(shop: Database, tmp_path: Path) -> None:
    """Another PC (or window) saving while the book is copied: the copy holds the book as it was at
    the copy's start, whole (no invoice without its lines), and what was saved stays in the book."""
    before = every_row(shop)
    saved: list[tuple[int, int, str]] = []

    class SavingMeanwhile(Progress):
        def step(self, count: int = 1) -> None:
            super().step(count)
            if not saved and self.state()[0] > self.state()[1] // 2:
                saved.append(the_same_work_in(shop))  # a customer and an invoice, committed

    target = tmp_path / "copy.sqlite3"
    copy_into(shop, target, progress=SavingMeanwhile())
    assert saved
    copy = open_database(target)
    try:
        assert every_row(copy) == before
    finally:
        copy.close()
    customer, invoice, _number = saved[0]
    assert [r[0] for r in every_row(shop)["customers"]][-1] == customer
    assert [r[0] for r in every_row(shop)["invoices"]][-1] == invoice


def test_copy_to_from_the_command_line(shop: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(REPO / "main.py"), "--db", shop.address, "--lang", "en", "copy-to", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment)

    done = run(str(target))
    assert done.returncode == 0, done.stderr
    counts = book_counts(shop)
    assert f"Copied the book to {target}:" in done.stdout
    said = dict(line.strip().split(":") for line in done.stdout.splitlines() if line.startswith("  "))
    assert said["Customers"].strip() == f"{counts.customers:,}" and said["Invoices"].strip() == f"{counts.invoices:,}"
    assert "is as it was" in done.stdout
    again = run(str(target))
    assert again.returncode == 2
    assert "already holds customers" in again.stderr and "Traceback" not in again.stderr


def test_copy_to_says_how_far_it_has_got_on_a_terminal(shop: Database, tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(REPO / "main.py"), "--db", shop.address, "--lang", "en", "copy-to", str(tmp_path / "copy.sqlite3")]
    code, said, _out = run_on_terminal(command, cwd=tmp_path, env=environment, timeout=300)
    assert code == 0, said
    lines = [line.rstrip() for line in said.split("\r")]
    assert lines.index("Copying the book… 100%") < lines.index("Copying the search index… 100%") < lines.index("Checking the copy…")
    assert lines[-2:] == ["", ""]  # cleared: the report on standard output is all that stays

"""The demo customer book: realistic, valid, and only ever added to an empty book."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from retention_desktop.clock import add_months, local_date, shop_today, shop_zone
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, count_customers
from retention_desktop.db import Database, open_database
from retention_desktop.demo import DemoError, fill_demo_book
from retention_desktop.demo.hours import _OpenHours
from retention_desktop.followups import CAMPAIGN_KEY_PREFIX, follow_ups_due, schedule_follow_up
from retention_desktop.interactions import log_interaction, open_complaints
from retention_desktop.loss_report import loss_report
from retention_desktop.models import (
    CadenceUnit,
    Customer,
    CustomerKind,
    CustomerPhone,
    DocumentCounter,
    DocumentKind,
    FollowUp,
    FollowUpStatus,
    Gender,
    Interaction,
    InteractionKind,
    Invoice,
    InvoiceLine,
    Outcome,
    Payment,
    PaymentMethod,
    Source,
    Stage,
    VatCategory,
    utc_now,
)
from retention_desktop.money import LineInput, compute_totals
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.progress import Progress
from retention_desktop.rules import apply_follow_up_rules
from retention_desktop import lifecycle, sales, sales_batch, tables
from retention_desktop.pdf.invoice import render_invoice
from retention_desktop.printable import printable_invoice
from retention_desktop.campaigns import campaign_details, campaign_figures
from retention_desktop.kinds import TargetOutcome
from retention_desktop.catalogue import add_catalogue_item, catalogue_items, CatalogueDraft
from retention_desktop.documents import document_details, purchase_history
from retention_desktop.sales import (
    InvoiceDraft,
    LineDraft,
    PaymentStatus,
    issue_credit_note,
    issue_invoice,
    payment_status,
    record_payment,
)
from retention_desktop.zatca import decode_tlv, is_valid_saudi_vat_number

from tests.terminal import run_on_terminal

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
    books = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite3")
        fill_demo_book(database, 30, seed=99)
        names = [c.full_name for c in all_customers(database)]
        sales = [(d.number, d.customer_id, d.total, d.paid, d.credited) for d in all_documents(database)]
        books.append((names, sales))
        database.close()
    assert books[0] == books[1]


def test_the_same_book_planned_in_a_second_process_or_in_this_one(tmp_path: Path) -> None:
    def contents(database: Database) -> list[object]:
        # What does not hang on the moment each book was made ("now" moves on between the two).
        customers = [(c.full_name, c.stage, c.referred_by_id) for c in all_customers(database)]
        sales = [(d.number, d.customer_id, d.total, d.paid, d.credited) for d in all_documents(database)]
        history = [(i.customer_id, i.kind, i.note, i.follow_up_id) for i in all_interactions(database)]
        follow_ups = [(f.customer_id, f.kind, f.status, f.reason) for f in all_follow_ups(database)]
        payments = [(p.invoice_id, p.amount, p.method) for p in all_payments(database)]
        return [customers, sales, history, follow_ups, payments]

    books = []
    for name, two in (("forked", True), ("inline", False)):
        database = open_database(tmp_path / f"{name}.sqlite3")
        fill_demo_book(database, 60, seed=17, two_processes=two)
        books.append(contents(database))
        database.close()
    assert books[0] == books[1]


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
    today = shop_today(book)  # the shop's day: late in the evening here it may already be tomorrow there
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


class _Recorded(Progress):
    """Progress that keeps its state at each step."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, int]] = []

    def step(self, count: int = 1) -> None:
        super().step(count)
        self.seen.append(self.state())


def test_the_customers_saved_are_counted_as_they_go(tmp_path: Path) -> None:
    database = open_database(tmp_path / "counted.sqlite3")
    try:
        progress = _Recorded()
        assert fill_demo_book(database, 2_100, seed=5, two_processes=False, progress=progress) == 2_100
        assert count_customers(database) == 2_100
    finally:
        database.close()
    assert len(progress.seen) > 1  # said as batches are saved, not once at the end
    assert [done for done, _ in progress.seen] == sorted({done for done, _ in progress.seen})
    assert {total for _, total in progress.seen} == {2_100}
    assert progress.seen[-1] == (2_100, 2_100)


def test_the_command_says_how_far_it_has_got_on_a_terminal_only(tmp_path: Path) -> None:
    command = [sys.executable, "main.py", "--db", str(tmp_path / "shown.sqlite3"), "--lang", "en", "demo", "--customers", "2100"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    code, said, out = run_on_terminal(command, cwd=REPO, env=env)
    assert code == 0
    lines = [line.rstrip() for line in said.split("\r")]  # a shorter line is padded over the longer one before it
    assert "Saving demo customers: 500 of 2,100" in lines
    assert "Saving demo customers: 2,100 of 2,100. Finishing the book…" in lines
    assert lines[-2:] == ["", ""]  # cleared at the end
    assert out.strip() == "Added 2100 demo customers."

    piped = run_cli(tmp_path, "--db", str(tmp_path / "piped.sqlite3"), "--lang", "en", "demo", "--customers", "600")
    assert piped.returncode == 0 and piped.stderr == ""  # a script or a log gets no progress line


# The demo shop's sales.


def all_documents(db: Database) -> list[Invoice]:
    with db.session() as session:
        return list(session.scalars(select(Invoice).options(selectinload(Invoice.lines)).order_by(Invoice.id)))


def all_payments(db: Database) -> list[Payment]:
    with db.session() as session:
        return list(session.scalars(select(Payment).order_by(Payment.id)))


def test_the_demo_shop_has_a_saudi_business_profile(book: Database) -> None:
    profile = get_profile(book)
    assert profile.is_complete
    assert ARABIC.search(profile.name_ar) and LATIN.search(profile.name_en) and not ARABIC.search(profile.name_en)
    assert "الرياض" in profile.address
    assert (profile.country, profile.currency, profile.vat_rate) == ("SA", "SAR", Decimal(15))
    assert is_valid_saudi_vat_number(profile.vat_number)
    parsed = phonenumbers.parse(profile.phone, None)
    assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == "SA"
    assert profile.show_hijri_date
    assert ARABIC.search(profile.terms)
    assert profile.logo_id  # a logo to print
    # Saving it again through the profile's own checks changes nothing.
    assert save_profile(book, profile) == profile


def test_english_documents_print_the_shops_english_address_and_terms(book: Database) -> None:
    """An English invoice prints the seller's English address and terms, not the Arabic ones."""
    profile = get_profile(book)
    for english in (profile.name_en, profile.address_en, profile.terms_en):
        assert LATIN.search(english) and not ARABIC.search(english)
    assert "Riyadh" in profile.address_en
    pdf = render_invoice(printable_invoice(book, "INV-000001"), language="en")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert profile.address_en in text
    assert profile.terms_en in text


def test_the_demo_shops_opening_hours_read_the_same_in_english(book: Database) -> None:
    """The English hours, for English kits: line for line the Arabic ones, with the same times."""
    profile = get_profile(book)
    english, arabic = profile.opening_hours_en.split("\n"), profile.opening_hours.split("\n")
    assert LATIN.search(profile.opening_hours_en) and not ARABIC.search(profile.opening_hours_en)
    times = re.compile(r"\d\d:\d\d – \d\d:\d\d$")
    assert [times.search(line).group() for line in english] == [times.search(line).group() for line in arabic]  # type: ignore[union-attr]
    assert english == ["Saturday to Thursday: 10:00 – 23:00", "Friday: 16:00 – 23:00"]
    assert profile.opening_hours_in("en") == profile.opening_hours_en and profile.opening_hours_in("ar") == profile.opening_hours


def _open(moment: datetime, zone: ZoneInfo) -> bool:
    """Whether the demo shop is open then: Saturday to Thursday 10:00 to 23:00, Friday 16:00 to 23:00."""
    local = moment.astimezone(zone)
    return (time(16) if local.weekday() == 4 else time(10)) <= local.time() <= time(23)


def test_sales_payments_and_contacts_fall_in_opening_hours(book: Database) -> None:
    """No invoice at 02:15: documents, payments, customers' first visits and every interaction
    (calls, purchases, losses noted…) are in the shop's opening hours, as its profile gives them."""
    hours = get_profile(book).opening_hours
    assert "10:00 – 23:00" in hours and "16:00 – 23:00" in hours
    zone = shop_zone(book)
    moments: list[tuple[object, datetime]] = [(d.number, d.issued_at) for d in all_documents(book)]
    moments += [(("payment", p.invoice_id), p.created_at) for p in all_payments(book)]
    moments += [(("customer", c.id), c.created_at) for c in all_customers(book)]
    moments += [(i.kind, i.occurred_at) for i in all_interactions(book)]
    with book.reading() as connection:
        moments += [("lost", at) for (at,) in connection.execute(select(tables.customer_losses.c.lost_at))]
    assert len(moments) > 3000
    outside = [(what, at.astimezone(zone)) for what, at in moments if not _open(at, zone)]
    assert not outside, outside[:5]


@pytest.mark.parametrize(
    "now",
    [datetime(2026, 11, 30, 3, 5), datetime(2026, 11, 30, 10, 0, 30), datetime(2026, 11, 27, 12, 0), datetime(2026, 11, 27, 22, 45), datetime(2026, 11, 28, 23, 59)],
    ids=["before-opening", "just-opened", "friday-morning", "friday-evening", "after-closing"],
)
def test_the_plans_moments_go_into_opening_hours_in_order_and_never_after_now(now: datetime) -> None:
    """Whenever the demo is made (at 03:05, on a Friday morning…), the moments it plans over whole
    days are put into opening hours on their own day, in their order, none after now."""
    zone = ZoneInfo("Asia/Riyadh")
    hours = _OpenHours(zone, now.replace(tzinfo=zone))
    assert hours.last <= hours.now
    planned = [hours.last - k * 1_234.5 for k in reversed(range(4 * 24 * 3))]  # every 20 minutes or so, four days back
    put = [hours.when(ts) for ts in planned]
    assert put == sorted(put)
    assert all(_open(at, zone) and at.timestamp() <= hours.now for at in put)
    assert [hours.day_of(ts) for ts in planned] == [local_date(at, zone) for at in put]


def test_a_real_shops_profile_is_kept(db: Database) -> None:
    mine = save_profile(db, BusinessProfile(name_ar="صالون سارة", vat_rate=Decimal("7.5"), prices_include_vat=False))
    fill_demo_book(db, 30, seed=4)
    assert get_profile(db) == mine
    documents = all_documents(db)
    assert documents
    assert {printable_invoice(db, d.id).seller.name_ar for d in documents} == {"صالون سارة"}
    assert {d.prices_include_vat for d in documents} == {False}
    assert {line.vat_rate for d in documents for line in d.lines} <= {Decimal("7.5"), Decimal(0)}


def test_the_catalogue_has_products_services_and_subscriptions(book: Database) -> None:
    items = catalogue_items(book)
    assert 10 <= len(items) <= 15
    assert all(ARABIC.search(i.name_ar) and LATIN.search(i.name_en) for i in items)
    assert all(i.unit_price > 0 for i in items)
    renewals = [i for i in items if i.renewal_every]
    assert 1 <= len(renewals) <= 3
    assert all(i.renewal_unit is CadenceUnit.MONTHS for i in renewals)
    assert any(i.vat_category in (VatCategory.ZERO_RATED, VatCategory.EXEMPT) for i in items)
    with book.session() as session:
        sold = set(session.scalars(select(InvoiceLine.item_id).where(InvoiceLine.item_id.is_not(None))))
    assert sold <= {i.id for i in items}
    assert len(sold) >= len(items) - 2  # nearly everything has sold at some point


def test_numbers_are_gapless_and_in_date_order(book: Database) -> None:
    documents = all_documents(book)
    zone = shop_zone(book)
    with book.session() as session:
        counters = dict(session.execute(select(DocumentCounter.kind, DocumentCounter.last_sequence)).all())
    for kind, prefix in ((DocumentKind.INVOICE, "INV-"), (DocumentKind.CREDIT_NOTE, "CN-")):
        of_kind = sorted((d for d in documents if d.kind is kind), key=lambda d: d.sequence)
        assert of_kind, kind
        assert [d.sequence for d in of_kind] == list(range(1, len(of_kind) + 1))
        assert [d.number for d in of_kind] == [f"{prefix}{n:06d}" for n in range(1, len(of_kind) + 1)]
        times = [d.issued_at for d in of_kind]
        assert times == sorted(times)  # INV-000001 is the oldest
        assert counters[kind] == len(of_kind)
    ids = sorted(documents, key=lambda d: d.id)
    assert [d.issued_at for d in ids] == sorted(d.issued_at for d in ids)  # ids follow the dates too
    now = utc_now()
    for d in documents:
        assert d.issued_at.microsecond == 0
        assert d.issue_date == local_date(d.issued_at, zone)
        assert (now - d.issued_at).days <= 731
    invoices = [d for d in documents if d.kind is DocumentKind.INVOICE]
    assert len(invoices) > 1.5 * 300  # regulars buy several times


def test_every_document_adds_up(book: Database) -> None:
    documents = all_documents(book)
    by_id = {d.id: d for d in documents}
    credited: dict[int, Decimal] = defaultdict(Decimal)
    for d in documents:
        credit_note = d.kind is DocumentKind.CREDIT_NOTE
        inputs = [LineInput(line.description, line.quantity, line.unit_price, line.vat_rate, line.discount) for line in d.lines]
        totals = compute_totals(inputs, prices_include_vat=d.prices_include_vat, decimals=2, credit_note=credit_note)
        assert (d.net, d.vat, d.total, d.discount) == (totals.net, totals.vat, totals.total, totals.discount), d.number
        for line, amounts in zip(d.lines, totals.lines):
            assert (line.net, line.vat, line.total) == (amounts.net, amounts.vat, amounts.total), d.number
        assert [line.position for line in d.lines] == list(range(len(d.lines)))
        if credit_note:
            assert d.total < 0 and d.corrects_id is not None and d.note
            original = by_id[d.corrects_id]
            assert original.kind is DocumentKind.INVOICE and original.issued_at <= d.issued_at
            assert original.customer_id == d.customer_id and original.buyer_json == d.buyer_json
            originals = {line.id: line for line in original.lines}
            for line in d.lines:
                assert line.corrects_line_id in originals
                assert 0 < line.quantity <= originals[line.corrects_line_id].quantity
                assert line.item_id == originals[line.corrects_line_id].item_id
            credited[original.id] -= d.total
        else:
            assert d.total > 0 and d.corrects_id is None
            assert all(line.item_id is not None for line in d.lines)
    for d in documents:
        if d.kind is DocumentKind.INVOICE:
            assert d.credited == credited[d.id]


def test_payments_never_exceed_what_is_due(book: Database) -> None:
    documents = {d.id: d for d in all_documents(book)}
    payments: dict[int, list[Payment]] = defaultdict(list)
    for payment in all_payments(book):
        payments[payment.invoice_id].append(payment)
    today = shop_today(book)
    statuses: Counter[PaymentStatus] = Counter()
    old_unpaid = old = 0
    for d in documents.values():
        if d.kind is DocumentKind.CREDIT_NOTE:
            assert d.id not in payments and d.paid == 0 and d.settled
            continue
        made = payments[d.id]
        assert all(p.amount > 0 and d.issue_date <= p.paid_on <= today for p in made)
        assert sum((p.amount for p in made), Decimal(0)) == d.paid
        assert d.paid <= d.total - d.credited
        assert d.settled == (d.paid + d.credited >= d.total)
        status = payment_status(d.total, d.paid, d.credited)
        statuses[status] += 1
        if (today - d.issue_date).days > 90:
            old += 1
            old_unpaid += status is PaymentStatus.UNPAID
    invoices = sum(statuses.values())
    assert statuses[PaymentStatus.PAID] > 0.75 * invoices  # most are paid
    assert statuses[PaymentStatus.PARTLY_PAID] and statuses[PaymentStatus.UNPAID]
    assert old_unpaid <= 0.02 * old  # the unpaid ones are recent
    assert sum(len(made) == 2 for made in payments.values()) >= 10  # some paid in two payments
    assert {p.method for made in payments.values() for p in made} >= {PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER}


def test_stages_follow_the_sales(book: Database) -> None:
    invoices: dict[int, list[Invoice]] = defaultdict(list)
    for d in all_documents(book):
        if d.kind is DocumentKind.INVOICE:
            invoices[d.customer_id].append(d)
    today = shop_today(book)
    for c in all_customers(book):
        mine = invoices[c.id]
        last = max((d.issue_date for d in mine), default=None)
        if c.stage is Stage.PROSPECT:
            assert not mine, c.id
            continue
        assert last is not None, c.id
        if c.stage is Stage.FIRST_PURCHASE:
            assert len(mine) == 1, c.id
        elif c.stage in (Stage.ACTIVE, Stage.WON_BACK):
            assert len(mine) >= 2, c.id
        # The lapse model by each customer's own rhythm (lifecycle.py), as the lapsed list uses it.
        days = sorted({d.issue_date for d in mine})
        lapse = lifecycle.lapse_day(last, lifecycle.lapses_on(days[0], last, len(days)), 180)
        at_risk = last + (lapse - last) / 2
        if c.stage in (Stage.FIRST_PURCHASE, Stage.ACTIVE, Stage.WON_BACK):
            assert today < at_risk, c.id
        if c.stage is Stage.AT_RISK:
            assert at_risk <= today < lapse, c.id
        if c.stage is Stage.LAPSED:
            assert today >= lapse, c.id
        if c.stage is Stage.LOST:
            assert (today - last).days >= 179, c.id
    counts = Counter(len(v) for v in invoices.values())
    assert counts[1] and sum(n for k, n in counts.items() if k >= 3)  # some buy once, regulars several times


def test_some_lost_customers_were_won_back_by_a_purchase(book: Database) -> None:
    """The loss report counts customers won back: some customers the owner marked lost (after their
    last purchase then) bought again later, and that purchase closed the loss, for several reasons."""
    invoices: dict[int, list[Invoice]] = defaultdict(list)
    for d in all_documents(book):
        if d.kind is DocumentKind.INVOICE:
            invoices[d.customer_id].append(d)
    stages = {c.id: c.stage for c in all_customers(book)}
    with book.reading() as connection:
        l = tables.customer_losses.c
        losses = connection.execute(select(l.customer_id, l.reason_id, l.lost_at, l.won_back_at, l.won_back_on)).all()
    won_back = [loss for loss in losses if loss.won_back_at is not None]
    assert len(won_back) >= 3
    for customer_id, _reason, lost_at, won_back_at, won_back_on in won_back:
        mine = invoices[customer_id]
        assert any(d.issued_at < lost_at for d in mine), customer_id  # a customer who had bought
        closing = min((d for d in mine if d.issued_at > lost_at), key=lambda d: d.issued_at)
        assert (closing.issued_at, closing.issue_date) == (won_back_at, won_back_on)
        assert stages[customer_id] is Stage.WON_BACK
    for customer_id, _reason, lost_at, won_back_at, _ in losses:
        if won_back_at is None:  # still lost: nothing bought since
            assert stages[customer_id] is Stage.LOST
            assert all(d.issued_at < lost_at for d in invoices[customer_id])
    report = loss_report(book, end=shop_today(book))
    assert len([r for r in report.reasons if r.won_back]) >= 3
    assert 0.1 <= report.won_back / report.total <= 0.5


def test_the_owner_gave_up_on_a_lost_customer_after_calling_them(book: Database) -> None:
    """A customer still lost was called (and said no) before the owner marked them lost. After the
    loss, the only contacts on their timeline are a win-back campaign's, never the everyday calls,
    visits and messages of a customer the owner had not given up on."""
    with book.reading() as connection:
        l, f = tables.customer_losses.c, tables.follow_ups.c
        lost_at = dict(connection.execute(select(l.customer_id, l.lost_at).where(l.won_back_at.is_(None))).all())
        campaigns = set(connection.scalars(select(f.id).where(f.origin_key.startswith(CAMPAIGN_KEY_PREFIX))))
    assert len(lost_at) >= 5
    contacts = [
        i for i in all_interactions(book)
        if i.customer_id in lost_at and i.kind in (InteractionKind.CALL, InteractionKind.VISIT, InteractionKind.MESSAGE)
    ]
    assert any(i.kind is InteractionKind.CALL and i.outcome is Outcome.NOT_INTERESTED for i in contacts)
    after = [i for i in contacts if i.occurred_at > lost_at[i.customer_id]]
    assert after  # some lost customers were among a campaign's targets
    assert [(i.customer_id, i.note) for i in after if i.follow_up_id not in campaigns] == []


def test_a_campaigns_returns_are_purchases_in_its_window(book: Database) -> None:
    """The demo's campaigns count as returned the targets who bought in the window (the Campaigns
    screen shows the day): never a "returned" without a purchase, and some did come back."""
    figures = campaign_figures(book)
    assert len(figures) == 2
    sales: dict[int, list[date]] = defaultdict(list)
    for d in all_documents(book):
        if d.kind is DocumentKind.INVOICE:
            sales[d.customer_id].append(d.issue_date)
    for campaign in figures:
        details = campaign_details(book, campaign.id)
        returned = [r for r in details.targets if r.outcome is TargetOutcome.RETURNED]
        assert returned and campaign.returned == len(returned)
        assert all(r.bought_on is not None and campaign.starts_on <= r.bought_on <= campaign.ends_on for r in returned)
        # As the book stood on the first day, every target had bought nothing for 90 days.
        for r in details.targets:
            before = [day for day in sales[r.customer_id] if day < campaign.starts_on]
            assert before and max(before) < campaign.starts_on - timedelta(days=90), r.customer_id


def test_each_invoice_logged_the_purchase(book: Database) -> None:
    invoices = {(d.customer_id, d.number): d for d in all_documents(book) if d.kind is DocumentKind.INVOICE}
    purchases = [i for i in all_interactions(book) if i.kind is InteractionKind.PURCHASE]
    assert len(purchases) == len(invoices)
    for purchase in purchases:
        invoice = invoices[(purchase.customer_id, purchase.note)]
        assert purchase.occurred_at == invoice.issued_at


def test_renewal_dates_come_from_subscriptions(book: Database) -> None:
    items = {i.id: i for i in catalogue_items(book)}
    renewals: dict[int, date] = {}
    for d in all_documents(book):
        for line in d.lines:
            item = items[line.item_id] if line.item_id else None
            if d.kind is DocumentKind.INVOICE and item is not None and item.renewal_every:
                renewal = add_months(d.issue_date, item.renewal_every)
                renewals[d.customer_id] = max(renewal, renewals.get(d.customer_id, renewal))
    assert renewals
    assert {c.id: c.renewal_on for c in all_customers(book) if c.renewal_on is not None} == renewals


def test_purchase_history_and_printable_invoices(book: Database) -> None:
    documents = all_documents(book)
    first = printable_invoice(book, "INV-000001")
    assert first.qr_payload is not None
    decoded = decode_tlv(first.qr_payload)
    assert decoded[2] == "310122393500003"
    assert Decimal(decoded[4]) == first.total
    assert first.seller.logo
    credit = next(d for d in documents if d.kind is DocumentKind.CREDIT_NOTE)
    assert printable_invoice(book, credit.number).corrects_number is not None
    customer_id = max({d.customer_id for d in documents}, key=lambda c: sum(d.customer_id == c for d in documents))
    history = purchase_history(book, customer_id)
    mine = [d for d in documents if d.customer_id == customer_id]
    assert history.invoice_count == sum(d.kind is DocumentKind.INVOICE for d in mine) >= 3
    assert len(history.documents) == len(mine)
    details = document_details(book, next(d.id for d in mine if d.kind is DocumentKind.INVOICE))
    assert details.paid == sum((p.amount for p in details.payments), Decimal(0))


@pytest.mark.both_databases  # on a server too: the sales core takes its ids from the tables' sequences there
def test_real_invoices_continue_after_the_demo(db: Database) -> None:
    fill_demo_book(db, 40, seed=8)
    documents = all_documents(db)
    last = max(d.sequence for d in documents if d.kind is DocumentKind.INVOICE)
    last_credit = max((d.sequence for d in documents if d.kind is DocumentKind.CREDIT_NOTE), default=0)
    customer = next(c for c in all_customers(db) if c.stage is Stage.PROSPECT)
    issued = issue_invoice(db, InvoiceDraft(customer.id, [LineDraft("غطاء حماية للجوال", Decimal(1), Decimal("59.00"))]))
    assert issued.number == f"INV-{last + 1:06d}"
    assert issued.first_purchase
    with db.session() as session:
        assert session.get(Customer, customer.id).stage is Stage.FIRST_PURCHASE  # type: ignore[union-attr]
    details = document_details(db, issued.id)
    note = issue_credit_note(db, issued.id, {details.printable.lines[0].id: Decimal(1)}, reason="إرجاع")
    assert note.number == f"CN-{last_credit + 1:06d}"
    # A demo invoice with something still due takes a payment of what is left, and no more.
    due = next(d for d in documents if d.kind is DocumentKind.INVOICE and d.paid + d.credited < d.total)
    left = due.total - due.credited - due.paid
    record_payment(db, due.id, amount=left, paid_on=shop_today(db), method=PaymentMethod.CASH)
    assert document_details(db, due.id).status is PaymentStatus.PAID


def test_sales_rows_are_stored_as_the_program_stores_them(db: Database) -> None:
    fill_demo_book(db, 40, seed=6)
    customer_id = all_customers(db)[0].id
    issued = issue_invoice(
        db,
        InvoiceDraft(customer_id, [LineDraft("سماعات", Decimal(2), Decimal("299.00"), Decimal("10.00"))]),
        at=datetime.now(timezone.utc) - timedelta(hours=1),
    )
    record_payment(db, issued.id, amount=Decimal("100.00"), paid_on=shop_today(db), method=PaymentMethod.CARD)
    with db.engine.connect() as conn:

        def shapes(sql: str, **params: object) -> set[tuple[object, ...]]:
            return {tuple(row) for row in conn.execute(text(sql), params)}

        invoice_sql = (
            "SELECT length(issued_at), length(issue_date), typeof(prices_include_vat), typeof(settled), typeof(net), "
            "typeof(paid), typeof(kind), typeof(sequence), length(currency) FROM invoices WHERE {}"
        )
        assert shapes(invoice_sql.format("id = :id"), id=issued.id) == shapes(invoice_sql.format("id != :id"), id=issued.id)
        line_sql = "SELECT typeof(quantity), typeof(vat_rate), typeof(vat_category), typeof(item_id) FROM invoice_lines WHERE {}"
        real = shapes(line_sql.format("invoice_id = :id"), id=issued.id)
        assert real == {("text", "text", "text", "null")}  # typed without the catalogue
        assert shapes(line_sql.format("invoice_id != :id AND corrects_line_id IS NULL"), id=issued.id) == {("text", "text", "text", "integer")}
        payment_sql = "SELECT length(paid_on), length(created_at), typeof(amount), typeof(method) FROM payments WHERE {}"
        assert shapes(payment_sql.format("invoice_id = :id"), id=issued.id) == shapes(payment_sql.format("invoice_id != :id"), id=issued.id)
        # Decimal text as Money writes it: two decimals, no exponent.
        assert shapes("SELECT count(*) FROM invoices WHERE total NOT GLOB '*[0-9].[0-9][0-9]'") == {(0,)}


def test_the_book_holds_together_in_sqlite(book: Database) -> None:
    """The demo writes with foreign keys on, like every writer of the program: nothing dangles."""
    with book.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_on_while_the_demo_writes(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((REPO / "retention_desktop" / "demo").glob("*.py"))
    assert len(files) >= 4  # the package: its writer, and the people, history and sales it plans
    source = "".join(file.read_text(encoding="utf-8") for file in files)
    assert "foreign_keys" not in source.lower()
    assert "exec_driver_sql" not in source and "insert(" not in source  # no SQL of its own
    seen: list[int] = []
    issue = sales_batch.SalesBatch.issue_in_order  # what the demo's writer issues its sales through

    def checking(self: sales_batch.SalesBatch, *args: object, **kwargs: object) -> list[sales.IssuedDocument]:
        seen.append(self.session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar())
        return issue(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sales_batch.SalesBatch, "issue_in_order", checking)
    fill_demo_book(db, 40, seed=12)
    assert seen and set(seen) == {1}


def test_the_demo_book_is_what_the_single_functions_make(db: Database, tmp_path: Path) -> None:
    """Replay the demo's customers and sales through add_customer, issue_invoice,
    issue_credit_note and record_payment, one at a time, with the lapse model run before each
    purchase and at the end (lifecycle.py), and each customer marked lost (mark_lost) when the
    owner did: numbers, amounts, payments, stages and losses, won back or not, come out the same."""
    fill_demo_book(db, 40, seed=17)
    with db.reading() as connection:
        l = tables.customer_losses.c
        losses = [(row[0], lifecycle.LossEntry(*row)) for row in connection.execute(select(l.customer_id, l.reason_id, l.note, l.lost_at).order_by(l.lost_at, l.id))]
        assert connection.execute(select(l.id).where(l.won_back_on.is_not(None))).first()  # one at least, won back by a purchase
    replay = open_database(tmp_path / "replay.sqlite3")
    try:
        save_profile(replay, replace(get_profile(db), logo_id=0))
        for item in sorted(catalogue_items(db, include_archived=True), key=lambda i: i.id):
            draft = CatalogueDraft(item.name_ar, item.unit_price, item.name_en, item.vat_category, item.renewal_every, item.renewal_unit)
            assert add_catalogue_item(replay, draft) == item.id
        for c in all_customers(db):
            with db.session() as session:
                phones = tuple(session.scalars(select(CustomerPhone.number).where(CustomerPhone.customer_id == c.id).order_by(CustomerPhone.position)))
            made = add_customer(replay, CustomerDraft(c.full_name, phones, c.email, c.address, c.area, kind=c.kind), allow_duplicate=True)
            assert made == c.id
        payments = defaultdict(list)
        for p in all_payments(db):
            payments[p.invoice_id].append(p)
        zone = shop_zone(db)
        for d in all_documents(db):
            if d.kind is DocumentKind.INVOICE:
                with replay.writing() as session:
                    lifecycle.apply_lapses(session, {d.customer_id: d.issue_date})
                    lost = [e for c, e in losses if c == d.customer_id and e.at <= d.issued_at]
                    lifecycle.mark_lost(session, lost)
                losses = [(c, e) for c, e in losses if not any(e is f for f in lost)]
                lines = [LineDraft(line.description, line.quantity, line.unit_price, line.discount, line.vat_category, item_id=line.item_id) for line in d.lines]
                issued = issue_invoice(replay, InvoiceDraft(d.customer_id, lines, note=d.note), at=d.issued_at)
                assert (issued.id, issued.number, issued.total) == (d.id, d.number, d.total)
                for p in payments[d.id]:
                    record_payment(replay, d.id, amount=p.amount, paid_on=p.paid_on, method=p.method, note=p.note)
            else:
                returns = {line.corrects_line_id: line.quantity for line in d.lines if line.corrects_line_id}
                issued = issue_credit_note(replay, d.corrects_id or 0, returns, reason=d.note, at=d.issued_at)
                assert (issued.id, issued.number, issued.total) == (d.id, d.number, d.total)
        assert sorted(c for c, _ in losses) == sorted(c.id for c in all_customers(db) if c.stage is Stage.LOST)
        with replay.writing() as session:
            lifecycle.apply_lapses(session, dict.fromkeys([c.id for c in all_customers(db)], shop_today(db)))
            lifecycle.mark_lost(session, [e for _, e in sorted(losses, key=lambda pair: pair[0])])

        def shape(database: Database) -> list[tuple[object, ...]]:
            documents = [
                (d.number, d.customer_id, d.corrects_id, d.issued_at, d.issue_date, d.issue_time, d.net, d.vat, d.total,
                 d.discount, d.paid, d.credited, d.settled, d.note, d.buyer_json,
                 [(line.description, line.quantity, line.unit_price, line.discount, line.vat_rate, line.net, line.vat, line.total, line.corrects_line_id) for line in d.lines])
                for d in all_documents(database)
            ]
            customers = [
                (c.id, c.stage, c.renewal_on, c.first_purchase_on, c.last_purchase_on, c.purchase_count, c.purchase_days, c.lapses_on)
                for c in all_customers(database)
            ]
            purchases = [(i.customer_id, i.occurred_at, i.note) for i in all_interactions(database) if i.kind is InteractionKind.PURCHASE]
            with database.reading() as connection:
                l = tables.customer_losses.c
                lost = connection.execute(select(l.customer_id, l.reason_id, l.note, l.lost_on, l.lost_at, l.won_back_on, l.won_back_at).order_by(l.id)).all()
                spent = connection.execute(select(tables.customer_spending).order_by(tables.customer_spending.c.customer_id)).all()
            return [documents, customers, sorted(purchases), lost, spent]

        assert shape(replay) == shape(db)
        assert zone == shop_zone(replay)
    finally:
        replay.close()


def _schema(database: Database) -> list[tuple[str, str, str, str]]:
    """The book's tables by name, and its indexes with the statements that made them (a table's
    statement is left out: the migrations' table copies list foreign keys in no fixed order)."""
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, CASE WHEN type = 'index' THEN coalesce(sql, '') ELSE '' END FROM sqlite_master"
        ).all()
    return sorted((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)


def test_a_book_written_in_many_batches_holds_together_with_every_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sales are written between the batches of customers (those before the next customer came)
    and a new book's secondary indexes are made after the rows: the book has the tables of a
    migrated one and its indexes, made by the same statements; its numbers follow the dates, its ids too, and it holds together."""
    from retention_desktop import demo

    monkeypatch.setattr(demo, "_FIRST_CHUNKS", (15, 25, 40))
    monkeypatch.setattr(demo, "CHUNK", 60)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    database = open_database(tmp_path / "book.sqlite3")
    try:
        assert fill_demo_book(database, 250, seed=23) == 250
        assert _schema(database) == _schema(fresh)
        with database.engine.connect() as conn:
            indexes = {str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
            assert set(demo.MADE_AFTER) <= indexes  # each one made again (and named rightly)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        documents = all_documents(database)
        for kind in (DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE):
            of_kind = sorted((d for d in documents if d.kind is kind), key=lambda d: d.sequence)
            assert [d.sequence for d in of_kind] == list(range(1, len(of_kind) + 1))
            assert [d.issued_at for d in of_kind] == sorted(d.issued_at for d in of_kind)
        by_id = sorted(documents, key=lambda d: d.id)
        assert [d.issued_at for d in by_id] == sorted(d.issued_at for d in by_id)
        created = {c.id: c.created_at for c in all_customers(database)}
        assert all(d.issued_at >= created[d.customer_id].replace(microsecond=0) for d in documents)
        assert len([d for d in documents if d.kind is DocumentKind.INVOICE]) > 1.5 * 250
        # Search and Today read through the indexes made afterwards.
        from retention_desktop.customers import search_customers

        last = all_customers(database)[-1]
        assert last.id in search_customers(database, last.full_name)
        due = follow_ups_due(database, on=shop_today(database))
        assert due.overdue and due.today and due.upcoming
        # Who referred whom, whether the referrer came in an earlier batch (saved with the
        # customer) or in the same one (set after it): as in a book written in one batch.
        referred = {c.id: c.referred_by_id for c in all_customers(database) if c.referred_by_id is not None}
        assert any(referrer <= 40 < customer for customer, referrer in referred.items())  # across batches
        monkeypatch.setattr(demo, "_FIRST_CHUNKS", (500,))
        assert fill_demo_book(fresh, 250, seed=23) == 250
        assert {c.id: c.referred_by_id for c in all_customers(fresh) if c.referred_by_id is not None} == referred
    finally:
        database.close()
        fresh.close()


def test_indexes_made_after_are_made_again_when_the_work_fails(db: Database) -> None:
    before = _schema(db)
    with pytest.raises(RuntimeError), db.indexes_made_after(["ix_invoices_issued_at", "ix_customers_stage", "no_such_index"]):
        with db.engine.connect() as conn:
            names = {str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_invoices_issued_at" not in names and "ix_customers_stage" not in names
        raise RuntimeError("stopped half-way")
    assert _schema(db) == before


def test_a_demo_customer_comes_in_as_a_prospect_with_every_other_field_kept() -> None:
    from dataclasses import fields

    from retention_desktop.demo.people import _DemoCustomers
    from retention_desktop.models import CadenceUnit, CustomerKind, Gender, Source, Stage

    draft = CustomerDraft(
        full_name="مؤسسة النور", phones=("0551234567",), email="info@nour.com.sa", address="1234 شارع الملك فهد",
        area="العليا، الرياض", birthday=date(1990, 5, 1), gender=Gender.FEMALE, kind=CustomerKind.BUSINESS,
        tags=("VIP",), notes="طلبات شهرية ثابتة", source=Source.REFERRAL, referred_by_id=7, stage=Stage.ACTIVE,
        renewal_on=date(2027, 1, 1), contact_every=2, contact_unit=CadenceUnit.MONTHS,
    )
    # Every field holds something of its own: a field added to the draft and not copied is caught.
    assert all(getattr(draft, f.name) != f.default for f in fields(CustomerDraft))
    assert _DemoCustomers.as_prospect(draft) == replace(draft, stage=Stage.PROSPECT, renewal_on=None)

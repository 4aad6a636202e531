"""Purchase figures kept with the customer: after any sales, the same as a full recomputation from
the invoices and credit notes, in every currency the book used."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retention_desktop.customers import CustomerDraft, CustomerNotFound, add_customer
from retention_desktop.db import Database
from retention_desktop.lifecycle import LAPSE_FACTOR, LAPSE_MIN_DAYS
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.purchase_figures import PurchaseFigures, purchase_figures
from retention_desktop.documents import purchase_history
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_credit_note, issue_invoices

pytestmark = pytest.mark.both_databases  # the figures move on in SQL of their own (an upsert of what was spent)

START = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)  # noon in Riyadh


@pytest.fixture
def shop(db: Database) -> Database:
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
    return db


def recomputed(db: Database, customer_id: int) -> PurchaseFigures:
    """The figures as the purchase history computes them from every document."""
    history = purchase_history(db, customer_id, limit=None)
    invoice_days = {row.issue_date for row in history.documents if row.kind == "invoice"}
    first, last, days = history.first_purchase, history.last_purchase, len(invoice_days)
    lapse = None
    if first is not None and last is not None and days >= 2:
        lapse = last + timedelta(days=max(LAPSE_MIN_DAYS, round(LAPSE_FACTOR * (last - first).days / (days - 1))))
    return PurchaseFigures(first, last, history.invoice_count, days, lapse, tuple((t.currency, t.spent) for t in history.totals))


sale = st.tuples(st.integers(0, 3), st.integers(0, 400), st.integers(1, 50_000))  # customer, day, price in minor units
step = st.one_of(
    st.tuples(st.just("sell"), st.lists(sale, min_size=1, max_size=6)),
    st.tuples(st.just("credit"), st.integers(0, 10_000), st.integers(1, 3)),
    st.tuples(st.just("currency"), st.sampled_from(["SAR", "KWD"])),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=8))
def test_the_figures_are_those_a_full_recomputation_gives_after_random_sales(shop: Database, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    customers = [add_customer(shop, CustomerDraft(f"زبون {n}")) for n in range(4)]
    issued: list[tuple[int, int]] = []  # (invoice id, line id)
    for kind, *args in steps:
        if kind == "sell":
            (sales,) = args
            decimals = 3 if get_profile(shop).currency == "KWD" else 2
            drafts = [
                InvoiceDraft(customers[c], [LineDraft("خدمة", D(2), D(price).scaleb(-decimals))]) for c, _day, price in sales
            ]
            moments = [START + timedelta(days=day) for _c, day, _price in sales]
            for document in issue_invoices(shop, drafts, at=moments):
                issued.append((document.id, document.line_ids[0]))
        elif kind == "credit" and issued:
            pick, quantity = args
            invoice_id, line_id = issued.pop(pick % len(issued))  # each invoice credited once at most
            issue_credit_note(shop, invoice_id, {line_id: D(min(quantity, 2))}, reason="مرتجع", at=START + timedelta(days=401))
        elif kind == "currency":
            save_profile(shop, replace(get_profile(shop), currency=args[0]))
    for customer_id in customers:
        assert purchase_figures(shop, customer_id) == recomputed(shop, customer_id)


def test_the_figures_of_a_customer_who_buys_now_and_then(shop: Database) -> None:
    customer = add_customer(shop, CustomerDraft("سارة", phones=("0551234567",)))
    assert purchase_figures(shop, customer) == PurchaseFigures(None, None, 0, 0, None, ())
    days = [0, 30, 30, 60, 90]  # two invoices on one day: five purchases on four days
    issue_invoices(shop, [InvoiceDraft(customer, [LineDraft("قص شعر", D(1), D("80.50"))]) for _ in days], at=[START + timedelta(days=d) for d in days])
    figures = purchase_figures(shop, customer)
    assert (figures.first_purchase, figures.last_purchase) == (date(2025, 1, 1), date(2025, 4, 1))
    assert (figures.purchase_count, figures.purchase_days, figures.usual_interval) == (5, 4, 30)
    assert figures.lapses_on == date(2025, 4, 1) + timedelta(days=90)
    assert figures.spent == (("SAR", D("462.90")),)  # 5 × 92.58: 80.50 plus 15 % VAT, rounded per invoice


def test_figures_of_a_customer_who_does_not_exist(shop: Database) -> None:
    with pytest.raises(CustomerNotFound):
        purchase_figures(shop, 999)


def test_the_demo_books_figures_are_those_a_full_recomputation_gives(db: Database) -> None:
    from retention_desktop.demo import fill_demo_book

    fill_demo_book(db, 120, seed=7, two_processes=False)
    buyers = 0
    for customer_id in range(1, 121):
        figures = purchase_figures(db, customer_id)
        assert figures == recomputed(db, customer_id)
        buyers += figures.purchase_count > 0
    assert buyers > 60


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step.filter(lambda s: s[0] != "currency"), min_size=2, max_size=8))
def test_the_figures_are_right_after_many_calls_of_one_batch(shop: Database, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """SalesBatch keeps the figures it moved (purchase_figures.KnownFigures) and reads them once a
    transaction: many calls in one transaction, with credit notes between, leave the same figures."""
    from retention_desktop.sales import CreditRequest
    from retention_desktop.sales_batch import SalesBatch

    customers = [add_customer(shop, CustomerDraft(f"زبون {n}")) for n in range(4)]
    issue_invoices(shop, [InvoiceDraft(customers[0], [LineDraft("قبل", D(1), D(10))])], at=[START + timedelta(days=200)])
    issued: list[tuple[int, int]] = []
    with shop.writing() as session:
        till = SalesBatch(session)
        for kind, *args in steps:
            if kind == "sell":
                (sales,) = args
                drafts = [InvoiceDraft(customers[c], [LineDraft("خدمة", D(2), D(price).scaleb(-2))]) for c, _day, price in sales]
                moments = [START + timedelta(days=day) for _c, day, _price in sales]
                issued.extend((d.id, d.line_ids[0]) for d in till.issue_invoices(drafts, at=moments))
            elif issued:
                pick, quantity = args
                invoice_id, line_id = issued.pop(pick % len(issued))
                till.issue_credit_notes([CreditRequest(invoice_id, {line_id: D(min(quantity, 2))}, "مرتجع", START + timedelta(days=401))])
    for customer_id in customers:
        assert purchase_figures(shop, customer_id) == recomputed(shop, customer_id)

"""A customer's key figures: spent, last purchase, next follow-up, last contact, open complaints."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from retention_desktop.clock import shop_today
from retention_desktop.customer_figures import customer_figures
from retention_desktop.customers import CustomerDraft, CustomerNotFound, add_customer
from retention_desktop.db import Database
from retention_desktop.followups import schedule_follow_up
from retention_desktop.interactions import log_interaction, resolve_complaint
from retention_desktop.kinds import FollowUpKind, InteractionKind, PaymentMethod
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice, record_payment


def test_a_new_customer_has_nothing_yet(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("سارة"))
    figures = customer_figures(db, customer, today=shop_today(db))
    assert (figures.spent, figures.invoice_count, figures.last_purchase, figures.days_since_purchase) == ((), 0, None, None)
    assert (figures.last_contact, figures.next_follow_up, figures.open_follow_ups, figures.open_complaints) == (None, None, 0, 0)
    assert not figures.next_is_overdue


def test_spent_is_invoiced_less_credited_and_the_rest_is_due(db: Database) -> None:
    save_profile(db, BusinessProfile(name_ar="صالون الورد", name_en="Rose Salon", vat_number="300000000000003", address="الرياض"))
    customer = add_customer(db, CustomerDraft("Mona", phones=("0551234567",)))
    first = issue_invoice(db, InvoiceDraft(customer, [LineDraft("قص شعر", Decimal("1"), Decimal("100.00"))])).id  # 115 with VAT
    issue_invoice(db, InvoiceDraft(customer, [LineDraft("صبغة", Decimal("2"), Decimal("50.00"))]))  # 115
    record_payment(db, first, amount=Decimal("115.00"), paid_on=shop_today(db), method=PaymentMethod.CASH)
    today = shop_today(db)
    figures = customer_figures(db, customer, today=today + timedelta(days=3))
    assert figures.invoice_count == 2
    [sar] = figures.spent
    assert (sar.currency, sar.spent, sar.paid, sar.due) == ("SAR", Decimal("230.00"), Decimal("115.00"), Decimal("115.00"))
    assert figures.last_purchase == today and figures.days_since_purchase == 3
    # Issuing an invoice logs the purchase: that is the last contact.
    assert figures.last_contact is not None and figures.last_contact.kind is InteractionKind.PURCHASE


def test_next_follow_up_last_contact_and_open_complaints(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("John Smith"))
    today = shop_today(db)
    schedule_follow_up(db, customer, due_on=today + timedelta(days=4), kind=FollowUpKind.VISIT)
    late = schedule_follow_up(db, customer, due_on=today - timedelta(days=2), today=today - timedelta(days=3))
    now = datetime.now(timezone.utc)
    log_interaction(db, customer, kind=InteractionKind.CALL, occurred_at=now - timedelta(days=5))
    log_interaction(db, customer, kind=InteractionKind.NOTE, note="Prefers mornings", occurred_at=now - timedelta(hours=1))
    complaint = log_interaction(db, customer, kind=InteractionKind.COMPLAINT, note="Late", occurred_at=now - timedelta(days=1))
    log_interaction(db, customer, kind=InteractionKind.COMPLAINT, note="Wrong size", occurred_at=now - timedelta(days=2))
    figures = customer_figures(db, customer, today=today)
    assert figures.next_follow_up is not None and figures.next_follow_up.id == late and figures.next_is_overdue
    assert figures.open_follow_ups == 2
    # A note the shop wrote is not contact; the newest complaint is.
    assert figures.last_contact is not None and figures.last_contact.id == complaint
    assert figures.open_complaints == 2
    resolve_complaint(db, complaint)
    assert customer_figures(db, customer, today=today).open_complaints == 1


def test_an_unknown_customer_is_refused(db: Database) -> None:
    with pytest.raises(CustomerNotFound):
        customer_figures(db, 999, today=shop_today(db))

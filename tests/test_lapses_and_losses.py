"""Lapse detection on purchase histories built for the purpose, and the loss report (core and the
`report losses` command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path

import pytest

from retention_desktop.customers import CustomerDraft, add_customer, archive_customer
from retention_desktop.db import Database, open_database
from retention_desktop.lifecycle import lapsed_customers, lost_customers, loss_reasons, mark_customer_lost, restore_lost_customer
from retention_desktop.loss_report import ReportError, loss_report
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoices
from retention_desktop.search import matching_ids
from retention_desktop.settings import LAPSE_ONE_OFF_DAYS, set_setting

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 6, 1)


def noon(day: date) -> datetime:
    return datetime.combine(day, time(9), timezone.utc)  # noon in Riyadh


def shop(db: Database) -> None:
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))


def buyer(db: Database, name: str, days_ago: list[int], price: str = "100") -> int:
    """A customer who bought on these days (counted back from TODAY), one invoice each, at `price` before VAT."""
    customer = add_customer(db, CustomerDraft(name, phones=(f"055{len(name):03d}{sum(map(ord, name)) % 10**4:04d}",)), allow_duplicate=True)
    days = [TODAY - timedelta(days=d) for d in sorted(days_ago, reverse=True)]
    issue_invoices(db, [InvoiceDraft(customer, [LineDraft("خدمة", D(1), D(price))]) for _ in days], at=[noon(d) for d in days])
    return customer


def test_customers_quiet_much_longer_than_their_own_rhythm_are_lapsed(db: Database) -> None:
    shop(db)
    monthly_late = buyer(db, "شهري متأخر", [100, 130, 160, 190], price="300")  # every 30 days, quiet 100 > 3 × 30
    monthly_due = buyer(db, "شهري قريب", [80, 110, 140, 170])  # quiet 80 < 90
    weekly_late = buyer(db, "أسبوعي", [31, 38, 45, 52])  # every 7 days: 3 × 7 is less than the 30-day minimum
    weekly_due = buyer(db, "أسبوعي قريب", [25, 32, 39])
    one_off_late = buyer(db, "مرة واحدة", [181], price="50")
    one_off_due = buyer(db, "مرة قريبة", [179])
    add_customer(db, CustomerDraft("لم يشتر"))  # a prospect: nothing to lapse from
    lapsed = lapsed_customers(db, today=TODAY)
    assert [r.id for r in lapsed.rows] == [monthly_late, weekly_late, one_off_late]  # the most valuable first
    assert lapsed.total == 3
    first = lapsed.rows[0]
    assert (first.days_quiet, first.usual_interval, first.purchase_count, first.spent) == (100, 30, 4, (("SAR", D("1380.00")),))
    assert first.last_purchase == TODAY - timedelta(days=100) and first.phone.startswith("+9665")
    assert lapsed.rows[2].usual_interval is None
    assert {monthly_due, weekly_due, one_off_due}.isdisjoint(r.id for r in lapsed.rows)

    set_setting(db, LAPSE_ONE_OFF_DAYS, 90)  # the owner's period for one-off buyers
    assert one_off_due in [r.id for r in lapsed_customers(db, today=TODAY).rows]
    assert [r.id for r in lapsed_customers(db, today=TODAY, limit=2, offset=1).rows] == [weekly_late, one_off_due]


def test_the_stage_follows_the_same_rhythm_as_the_lapsed_list_and_a_purchase_wins_them_back(db: Database) -> None:
    from retention_desktop.customers import customer_details
    from retention_desktop.kinds import Stage
    from retention_desktop.lifecycle import move_quiet_customers

    shop(db)
    monthly_late = buyer(db, "شهري متأخر", [100, 130, 160, 190])  # lapsed on day 90 of quiet
    monthly_quiet = buyer(db, "شهري هادئ", [50, 80, 110, 140])  # at risk from day 45, lapsed from 90
    monthly_fine = buyer(db, "شهري منتظم", [20, 50, 80, 110])
    one_off_late = buyer(db, "مرة واحدة", [181])  # the owner's period: 180 days
    one_off_quiet = buyer(db, "مرة هادئة", [95])  # at risk from day 90
    moved = move_quiet_customers(db, TODAY)
    stage = {c: customer_details(db, c).stage for c in (monthly_late, monthly_quiet, monthly_fine, one_off_late, one_off_quiet)}
    assert stage == {
        monthly_late: Stage.LAPSED,
        monthly_quiet: Stage.AT_RISK,
        monthly_fine: Stage.ACTIVE,
        one_off_late: Stage.LAPSED,
        one_off_quiet: Stage.AT_RISK,
    }
    assert set(moved) == {monthly_late, monthly_quiet, one_off_late, one_off_quiet}
    # The stage says what the lapsed list says: the lapsed are on it, the rest are not.
    assert {r.id for r in lapsed_customers(db, today=TODAY).rows} == {c for c, s in stage.items() if s is Stage.LAPSED}
    assert move_quiet_customers(db, TODAY) == {}  # run again the same day: nothing moves
    issue_invoices(db, [InvoiceDraft(monthly_late, [LineDraft("خدمة", D(1), D(100))])], at=[noon(TODAY)])
    assert customer_details(db, monthly_late).stage is Stage.WON_BACK


def test_the_lost_and_the_archived_are_not_on_the_lapsed_list(db: Database) -> None:
    shop(db)
    lost = buyer(db, "مفقود", [200])
    gone = buyer(db, "مؤرشف", [200])
    mark_customer_lost(db, lost, loss_reasons(db)[0].id)
    archive_customer(db, gone)
    assert lapsed_customers(db, today=TODAY).total == 0


def reason(db: Database, key: str) -> int:
    return next(r.id for r in loss_reasons(db) if r.key == key)


@pytest.fixture
def losses(db: Database) -> Database:
    """Five losses: price twice (one won back since), a competitor's offer twice, moved away once, over three months."""
    shop(db)
    plan = [
        ("أ", "price", date(2026, 1, 10), "200"),
        ("ب", "price", date(2026, 3, 5), "100"),
        ("ج", "competitor_offer", date(2026, 3, 20), "50"),
        ("د", "competitor_offer", date(2026, 3, 21), "50"),
        ("هـ", "moved_away", date(2025, 6, 1), "1000"),
    ]
    ids = []
    for name, key, day, price in plan:
        customer = buyer(db, name, [(TODAY - day).days + 60], price=price)
        mark_customer_lost(db, customer, reason(db, key), at=noon(day))
        ids.append(customer)
    restore_lost_customer(db, ids[1], at=noon(date(2026, 4, 1)))
    return db


def test_the_loss_report_counts_shares_trend_and_value_per_reason(losses: Database) -> None:
    report = loss_report(losses, start=date(2026, 1, 1), end=date(2026, 4, 30))
    assert report.total == 4 and report.won_back == 1
    assert [(r.key, r.count, r.share, r.won_back) for r in report.reasons] == [
        ("competitor_offer", 2, 0.5, 0),
        ("price", 2, 0.5, 1),
    ]
    assert [r.value for r in report.reasons] == [(("SAR", D("115.00")),), (("SAR", D("345.00")),)]
    assert report.value == (("SAR", D("460.00")),)
    assert [(m.month, m.count) for m in report.months] == [
        (date(2026, 1, 1), 1),
        (date(2026, 2, 1), 0),
        (date(2026, 3, 1), 3),
        (date(2026, 4, 1), 0),
    ]
    march = report.months[2]
    assert dict(march.by_reason) == {reason(losses, "competitor_offer"): 2, reason(losses, "price"): 1}

    everything = loss_report(losses, end=TODAY)
    assert everything.total == 5 and everything.reasons[-1].key == "moved_away" and everything.months[0].month == date(2025, 6, 1)
    assert loss_report(losses, start=date(2026, 5, 1), end=TODAY).total == 0
    # A period that starts before its first loss shows its quiet months too.
    quiet_first = loss_report(losses, start=date(2025, 11, 15), end=date(2026, 1, 31))
    assert [(m.month, m.count) for m in quiet_first.months] == [(date(2025, 11, 1), 0), (date(2025, 12, 1), 0), (date(2026, 1, 1), 1)]
    with pytest.raises(ReportError):
        loss_report(losses, start=TODAY, end=date(2026, 1, 1))


def test_a_customer_lost_twice_counts_twice_but_their_spending_once(losses: Database) -> None:
    """Lost, won back, lost again in the period: two losses, and what they spent lost once."""
    (again,) = matching_ids(losses, "ب")  # lost for the price in March, won back in April
    mark_customer_lost(losses, again, reason(losses, "price"), at=noon(date(2026, 4, 10)))
    report = loss_report(losses, start=date(2026, 1, 1), end=date(2026, 4, 30))
    assert report.total == 5
    price = next(r for r in report.reasons if r.key == "price")
    assert price.count == 3 and price.value == (("SAR", D("345.00")),)
    assert report.value == (("SAR", D("460.00")),)
    # Back once more, then lost for another reason: under each reason once, in the whole once.
    restore_lost_customer(losses, again, at=noon(date(2026, 4, 15)))
    mark_customer_lost(losses, again, reason(losses, "moved_away"), at=noon(date(2026, 4, 20)))
    report = loss_report(losses, start=date(2026, 1, 1), end=date(2026, 4, 30))
    moved = next(r for r in report.reasons if r.key == "moved_away")
    assert moved.value == (("SAR", D("115.00")),) and report.value == (("SAR", D("460.00")),)


def run_report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "main.py", "--lang", "en", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_report_losses_command_prints_the_same_figures(losses: Database, tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    losses.close()
    before = book.read_bytes()
    done = run_report(tmp_path, "--db", str(book), "report", "losses", "--from", "2026-01-01", "--to", "2026-04-30", "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert (printed["from"], printed["to"], printed["total"], printed["won_back"]) == ("2026-01-01", "2026-04-30", 4, 1)
    assert printed["value"] == {"SAR": "460.00"}
    assert [(r["key"], r["reason"], r["count"], r["share"], r["value"]) for r in printed["reasons"]] == [
        ("competitor_offer", "A competitor's offer", 2, 0.5, {"SAR": "115.00"}),
        ("price", "Price", 2, 0.5, {"SAR": "345.00"}),
    ]
    assert [(m["month"], m["count"]) for m in printed["months"]] == [("2026-01", 1), ("2026-02", 0), ("2026-03", 3), ("2026-04", 0)]
    assert printed["months"][2]["by_reason"] == {"A competitor's offer": 2, "Price": 1}

    text = run_report(tmp_path, "--db", str(book), "report", "losses", "--from", "2026-01-01", "--to", "2026-04-30")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "Customers lost from 2026-01-01 to 2026-04-30: 4"
    assert "A competitor's offer" in lines[1] and " 50.0 %" in lines[1] and "SAR" in lines[1]
    assert "Price" in lines[2] and "1 won back" in lines[2]
    assert lines[-4:] == ["  2026-01       1", "  2026-02       0", "  2026-03       3", "  2026-04       0"]
    assert book.read_bytes() == before  # it only reads

    bad = run_report(tmp_path, "--db", str(book), "report", "losses", "--from", "2026-13-01")
    assert bad.returncode == 2 and "2026-13-01" in bad.stderr and not bad.stdout
    backwards = run_report(tmp_path, "--db", str(book), "report", "losses", "--from", "2026-05-01", "--to", "2026-01-01")
    assert backwards.returncode == 2 and "starts after it ends" in backwards.stderr


def test_the_lost_list_holds_those_lost_now_the_latest_first_with_their_reasons(losses: Database) -> None:
    """Lost and not won back since: «ب» was won back, «هـ» is archived; each with the reason as
    recorded (in the user's language), when, and what they had spent."""
    gone = next(r.id for r in lost_customers(losses).rows if r.name == "هـ")
    archive_customer(losses, gone)
    found = lost_customers(losses)
    assert found.total == 3
    assert [(r.name, r.lost_on) for r in found.rows] == [("د", date(2026, 3, 21)), ("ج", date(2026, 3, 20)), ("أ", date(2026, 1, 10))]
    first = found.rows[0]
    assert first.reason == "A competitor's offer" and first.phone.startswith("+966")
    assert first.last_purchase == date(2026, 3, 21) - timedelta(days=60) and first.spent == (("SAR", D("57.50")),)
    page = lost_customers(losses, limit=2, offset=2)
    assert [r.name for r in page.rows] == ["أ"] and page.total == 3
    restore_lost_customer(losses, first.id)
    assert [r.name for r in lost_customers(losses).rows] == ["ج", "أ"]

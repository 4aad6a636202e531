"""`main.py report campaigns`: every campaign's figures, as lines or JSON, the same as the Campaigns page."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from retention_desktop.audiences import TagAudience
from retention_desktop.campaigns import CampaignDraft, CostLine, create_campaign, record_outcome, set_costs
from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import open_database
from retention_desktop.kinds import Channel, CostKind, TargetOutcome

REPO = Path(__file__).resolve().parent.parent


def run_report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "main.py", "--lang", "en", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def make_book(path: Path) -> None:
    db = open_database(path)
    try:
        today = shop_today(db)
        ids = [add_customer(db, CustomerDraft(full_name=f"عميل {n}", tags=("VIP",))) for n in range(4)]
        campaign = create_campaign(
            db,
            CampaignDraft("Renewals", "{name}: 20% off", Channel.SMS, TagAudience("VIP"), today, today + timedelta(days=30), 2),
            today=today,
        )
        record_outcome(db, campaign, ids[0], TargetOutcome.RETURNED)
        record_outcome(db, campaign, ids[1], TargetOutcome.DECLINED)
        set_costs(db, campaign, [CostLine(CostKind.DISCOUNTS, "650")])
    finally:
        db.close()


def test_the_report_prints_the_figures_and_leaves_the_book_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    make_book(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    done = run_report(tmp_path, "--db", str(path), "report", "campaigns")
    assert done.returncode == 0, done.stderr
    assert "Renewals — Win-back campaign, SMS text" in done.stdout
    assert "targeted 4, contacted 2, responded 2, returned 1" in done.stdout
    assert "response rate 50.0%, win-back rate 25.0%" in done.stdout
    assert "cost per returned customer SAR\u00a0650.00" in done.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_json_report_gives_the_numbers_for_a_script(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    make_book(path)
    done = run_report(tmp_path, "--db", str(path), "report", "campaigns", "--json")
    assert done.returncode == 0, done.stderr
    [campaign] = json.loads(done.stdout)
    assert campaign["name"] == "Renewals" and campaign["channel"] == "sms" and campaign["call_after_days"] == 2
    assert (campaign["targeted"], campaign["responded"], campaign["returned"]) == (4, 2, 1)
    assert campaign["response_rate"] == 0.5 and campaign["win_back_rate"] == 0.25
    assert campaign["cost"] == "650.00" and campaign["cost_per_returned"] == "650.00" and campaign["currency"] == "SAR"


def test_an_empty_book_says_so_and_a_missing_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    open_database(path).close()
    done = run_report(tmp_path, "--db", str(path), "report", "campaigns")
    assert done.returncode == 0 and "No campaign yet." in done.stdout
    missing = run_report(tmp_path, "--db", str(tmp_path / "none.sqlite3"), "report", "campaigns")
    assert missing.returncode == 2 and not (tmp_path / "none.sqlite3").exists()
    assert "Traceback" not in missing.stderr


def test_the_arabic_report_lists_with_the_arabic_comma(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    make_book(path)
    done = run_report(tmp_path, "--db", str(path), "--lang", "ar", "report", "campaigns")
    assert done.returncode == 0, done.stderr
    assert "Renewals — حملة استعادة، رسالة نصية SMS، 20" in done.stdout
    assert "," not in done.stdout  # the figures' lines were Arabic already; the heading's commas are too

"""`main.py due`: the overdue and due follow-ups of a day, as lines or JSON, for a script or a printer."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer
from retention_desktop.db import open_database
from retention_desktop.followups import schedule_follow_up
from retention_desktop.interactions import log_interaction
from retention_desktop.models import CadenceUnit, FollowUp, FollowUpKind, InteractionKind, utc_now
from retention_desktop.rules import apply_follow_up_rules, set_cadence
from retention_desktop.settings import DEFAULT_COUNTRY, set_setting
from tests.terminal import run_with_output_on_terminal

REPO = Path(__file__).resolve().parent.parent


def run_due(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "main.py", "--lang", "en", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, date, dict[str, int]]:
    """A book with follow-ups overdue, due today (timed and not), later, and of an archived customer."""
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        today = shop_today(db)
        sara = add_customer(db, CustomerDraft(full_name="سارة أحمد", phones=("055 123 4567",)))
        john = add_customer(db, CustomerDraft(full_name="John Smith", phones=("+44 20 7946 0958",)))
        gone = add_customer(db, CustomerDraft(full_name="Archived Person", phones=("056 000 1234",)))

        def plan(customer: int, day: date, **kw: object) -> int:
            return schedule_follow_up(db, customer, due_on=day, today=day - timedelta(days=30), **kw)  # type: ignore[arg-type]

        ids = {
            "old": plan(sara, today - timedelta(days=5), reason="Payment reminder"),
            "yesterday": plan(john, today - timedelta(days=1), kind=FollowUpKind.VISIT, reason="Install"),
            "untimed": plan(john, today, kind=FollowUpKind.MESSAGE),
            "evening": plan(sara, today, due_at=time(18, 45), reason="Confirm the booking"),
            "morning": plan(john, today, due_at=time(9, 5), reason="Quote"),
            "tomorrow": plan(sara, today + timedelta(days=1), reason="Not yet"),
            "archived": plan(gone, today, reason="Hidden"),
        }
        archive_customer(db, gone)
    finally:
        db.close()
    return path, today, ids


def test_lines_overdue_oldest_first_then_today_by_time(tmp_path: Path, book: tuple[Path, date, dict[str, int]]) -> None:
    path, today, _ids = book
    done = run_due(tmp_path, "--db", str(path), "due")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 5
    assert [line.split()[0] for line in lines] == [
        (today - timedelta(days=5)).isoformat(),
        (today - timedelta(days=1)).isoformat(),
        today.isoformat(),
        today.isoformat(),
        today.isoformat(),
    ]
    old, yesterday, morning, evening, untimed = lines
    assert "Overdue" in old and "Call" in old and "سارة أحمد" in old and "055 123 4567" in old and "Payment reminder" in old
    assert "Overdue" in yesterday and "Visit" in yesterday and "+44 20 7946 0958" in yesterday
    assert "09:05" in morning and "Due" in morning and "Quote" in morning
    assert "18:45" in evening and "Confirm the booking" in evening
    assert "Message" in untimed and "John Smith" in untimed
    assert "Not yet" not in done.stdout and "Hidden" not in done.stdout and "Archived" not in done.stdout
    assert not any(ch in done.stdout for ch in "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u200e\u200f")


def test_json_with_stable_keys(tmp_path: Path, book: tuple[Path, date, dict[str, int]]) -> None:
    path, today, ids = book
    done = run_due(tmp_path, "--db", str(path), "due", "--json")
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    assert [item["id"] for item in listing] == [ids["old"], ids["yesterday"], ids["morning"], ids["evening"], ids["untimed"]]
    assert listing[0] == {
        "id": ids["old"],
        "due_on": (today - timedelta(days=5)).isoformat(),
        "due_at": None,
        "kind": "call",
        "customer_id": listing[0]["customer_id"],
        "customer": "سارة أحمد",
        "phone": "+966551234567",
        "reason": "Payment reminder",
        "overdue": True,
    }
    assert [item["overdue"] for item in listing] == [True, True, False, False, False]
    assert [item["due_at"] for item in listing] == [None, None, "09:05", "18:45", None]
    assert [item["kind"] for item in listing] == ["call", "visit", "call", "call", "message"]


def test_json_at_a_terminal_is_the_same_list_indented_for_a_person(tmp_path: Path, book: tuple[Path, date, dict[str, int]]) -> None:
    path, _today, _ids = book
    piped = json.loads(run_due(tmp_path, "--db", str(path), "due", "--json").stdout)
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    code, shown = run_with_output_on_terminal([sys.executable, "main.py", "--lang", "en", "--db", str(path), "due", "--json"], cwd=REPO, env=env)
    assert code == 0
    assert shown.startswith('[\n  {\n    "id": ') and json.loads(shown) == piped


def test_json_loads_neither_the_phone_library_nor_the_orm(tmp_path: Path, book: tuple[Path, date, dict[str, int]]) -> None:
    """A script's `due --json` gives the phones as stored: it pays for neither phonenumbers nor the ORM."""
    path, _, ids = book
    db = open_database(path)
    try:
        set_setting(db, DEFAULT_COUNTRY, "SA")  # a country chosen: reading it back checks it with phonenumbers
    finally:
        db.close()
    heavy = ("phonenumbers", "sqlalchemy.orm", "PySide6")
    code = (
        f"import sys, json; sys.path.insert(0, {str(REPO)!r}); import main;"
        f"rc = main.main(['--lang', 'en', '--db', {str(path)!r}, 'due', '--json']);"
        f"import gc; print(rc, sorted(m for m in sys.modules if m.startswith({heavy!r})), gc.isenabled())"
    )
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    *listing, last = done.stdout.strip().splitlines()
    assert last == "0 [] True"  # and the garbage collector, off while it ran, is on again
    assert ids["old"] in [item["id"] for item in json.loads("\n".join(listing))]


def test_another_day_and_nothing_due(tmp_path: Path, book: tuple[Path, date, dict[str, int]]) -> None:
    path, today, ids = book
    tomorrow = run_due(tmp_path, "--db", str(path), "due", "--date", (today + timedelta(days=1)).isoformat(), "--json")
    assert tomorrow.returncode == 0, tomorrow.stderr
    listing = json.loads(tomorrow.stdout)
    assert listing[-1]["id"] == ids["tomorrow"]
    assert all(item["overdue"] for item in listing[:-1])

    long_ago = run_due(tmp_path, "--db", str(path), "due", "--date", "2001-01-01")
    assert long_ago.returncode == 0, long_ago.stderr
    assert long_ago.stdout.strip() == "Nothing is due on 2001-01-01."
    assert json.loads(run_due(tmp_path, "--db", str(path), "due", "--date", "2001-01-01", "--json").stdout) == []


@pytest.mark.parametrize("bad", ["2026-13-40", "tomorrow", "23/11/2026", ""])
def test_a_bad_date_is_explained_with_nothing_printed(tmp_path: Path, book: tuple[Path, date, dict[str, int]], bad: str) -> None:
    path, _today, _ids = book
    done = run_due(tmp_path, "--db", str(path), "due", "--date", bad, "--json")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "YYYY-MM-DD" in done.stderr and "Traceback" not in done.stderr


def test_not_our_database_or_no_database(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("shopping list\n")
    done = run_due(tmp_path, "--db", str(other), "due")
    assert (done.returncode, done.stdout) == (2, "")
    assert str(other) in done.stderr and "Traceback" not in done.stderr
    assert other.read_text() == "shopping list\n"

    missing = tmp_path / "missing.sqlite3"
    done = run_due(tmp_path, "--db", str(missing), "due")
    assert (done.returncode, done.stdout) == (2, "")
    assert str(missing) in done.stderr
    assert not missing.exists()  # a command that only reads leaves no empty database behind


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("when", ["today", "later", "earlier"])
def test_due_only_reads_the_book_whatever_day_is_asked(tmp_path: Path, when: str) -> None:
    """Peeking at another day must not file "stay in touch" calls under it, nor change anything."""
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        today = shop_today(db)
        born = date(1996, 2, 29) if (today.month, today.day) == (2, 29) else date(1990, today.month, today.day)
        add_customer(db, CustomerDraft(full_name="Laila", birthday=born))  # birthday today
        hind = add_customer(db, CustomerDraft(full_name="Hind"))
        set_cadence(db, hind, every=10, unit=CadenceUnit.DAYS)
        log_interaction(db, hind, kind=InteractionKind.CALL, occurred_at=utc_now() - timedelta(days=30))
    finally:
        db.close()
    before = _file_hash(path)
    day = {"today": today, "later": today + timedelta(days=40), "earlier": today - timedelta(days=3)}[when]
    done = run_due(tmp_path, "--db", str(path), "due", "--date", day.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []  # the rules have not run: nothing was filed by them
    assert _file_hash(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    db = open_database(path)
    try:
        with db.session() as session:
            assert session.scalars(select(FollowUp.due_on)).all() == []
    finally:
        db.close()


def test_due_lists_what_the_program_filed_when_it_opened_today(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        today = shop_today(db)
        born = date(1996, 2, 29) if (today.month, today.day) == (2, 29) else date(1990, today.month, today.day)
        add_customer(db, CustomerDraft(full_name="Laila", birthday=born))
        apply_follow_up_rules(db, today=today)  # as the program does when it opens
    finally:
        db.close()
    first = run_due(tmp_path, "--db", str(path), "due", "--json")
    assert first.returncode == 0, first.stderr
    assert [(i["customer"], i["kind"], i["reason"]) for i in json.loads(first.stdout)] == [("Laila", "message", "Birthday greeting")]


def test_a_rules_reason_is_shown_in_the_language_of_the_day_not_of_the_day_it_was_filed(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    db = open_database(path)
    try:
        today = shop_today(db)
        born = date(1996, 2, 29) if (today.month, today.day) == (2, 29) else date(1990, today.month, today.day)
        add_customer(db, CustomerDraft(full_name="Laila", birthday=born))
        apply_follow_up_rules(db, today=today)  # filed by a program running in English
        schedule_follow_up(db, add_customer(db, CustomerDraft(full_name="Omar")), due_on=today, reason="Bring the receipt")
    finally:
        db.close()
    listed = run_due(tmp_path, "--db", str(path), "--lang", "ar", "due", "--json")
    assert listed.returncode == 0, listed.stderr
    reasons = {i["customer"]: i["reason"] for i in json.loads(listed.stdout)}
    assert reasons == {"Laila": "تهنئة بعيد الميلاد", "Omar": "Bring the receipt"}  # the owner's own words as typed

"""Follow-ups: the Today lists (overdue, today, upcoming), scheduling, snoozing, cancelling and done."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, restore_customer
from retention_desktop.db import Database
from retention_desktop.followups import (
    FollowUpError,
    FollowUpRecord,
    FollowUpRow,
    count_due,
    due_as_json,
    customer_follow_ups,
    follow_up,
    follow_ups_due,
    mark_done,
    record_follow_ups,
    schedule_follow_up,
    cancel_follow_up,
    snooze,
)
from retention_desktop.interactions import customer_timeline
from retention_desktop.models import (
    FollowUp,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Outcome,
)
from retention_desktop.settings import TIME_ZONE, set_setting

pytestmark = pytest.mark.both_databases  # these run on SQLite and on a PostgreSQL server (tests/conftest.py)

TODAY = date(2026, 11, 23)
UTC = timezone.utc


def customer(db: Database, name: str = "سارة أحمد", phones: tuple[str, ...] = ("055 123 4567",)) -> int:
    return add_customer(db, CustomerDraft(full_name=name, phones=phones))


def plan(
    db: Database,
    customer_id: int,
    due_on: date,
    *,
    at: time | None = None,
    kind: FollowUpKind = FollowUpKind.CALL,
    reason: str = "",
) -> int:
    """A follow-up scheduled some weeks ago, so that it may be overdue by now."""
    return schedule_follow_up(
        db, customer_id, due_on=due_on, due_at=at, kind=kind, reason=reason, today=due_on - timedelta(days=30)
    )


def ids(rows: list[FollowUpRow]) -> list[int]:
    return [row.id for row in rows]


def stored(db: Database, follow_up_id: int) -> FollowUp:
    with db.session() as session:
        found = session.get(FollowUp, follow_up_id)
        assert found is not None
        return found


def count(db: Database, model: type[FollowUp] | type[Interaction]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count(model.id))) or 0)


# -- the Today lists ----------------------------------------------------------------------------------


def test_overdue_oldest_first_today_by_time_untimed_last_upcoming_within_seven_days(db: Database) -> None:
    c = customer(db)
    late = plan(db, c, TODAY - timedelta(days=3), reason="late")
    later = plan(db, c, TODAY - timedelta(days=1), at=time(8, 0))
    oldest = plan(db, c, TODAY - timedelta(days=20))
    afternoon = plan(db, c, TODAY, at=time(16, 0))
    untimed = plan(db, c, TODAY)
    morning = plan(db, c, TODAY, at=time(9, 30))
    morning_too = plan(db, c, TODAY, at=time(9, 30))
    in_a_week = plan(db, c, TODAY + timedelta(days=7))
    tomorrow_untimed = plan(db, c, TODAY + timedelta(days=1))
    tomorrow_early = plan(db, c, TODAY + timedelta(days=1), at=time(7, 0))
    plan(db, c, TODAY + timedelta(days=8))  # beyond the week: not listed

    due = follow_ups_due(db, on=TODAY)

    assert due.day == TODAY
    assert ids(due.overdue) == [oldest, late, later]
    assert ids(due.today) == [morning, morning_too, afternoon, untimed]
    assert ids(due.upcoming) == [tomorrow_early, tomorrow_untimed, in_a_week]
    assert (due.overdue_total, due.today_total, due.upcoming_total) == (3, 4, 3)


def test_rows_carry_the_customer_name_first_phone_and_details(db: Database) -> None:
    c = customer(db, "Khalid Omar", phones=("055 123 4567", "011 234 5678"))
    f = plan(db, c, TODAY, at=time(10, 15), kind=FollowUpKind.VISIT, reason="  Deliver   the order ")
    [row] = follow_ups_due(db, on=TODAY).today
    assert (row.id, row.customer_id, row.customer_name, row.phone) == (f, c, "Khalid Omar", "+966551234567")
    assert (row.kind, row.reason, row.due_on, row.due_at) == (FollowUpKind.VISIT, "Deliver the order", TODAY, time(10, 15))
    assert (row.origin, row.status) == (FollowUpOrigin.MANUAL, FollowUpStatus.OPEN)
    assert follow_up(db, f) == row
    assert customer_follow_ups(db, c) == [row]

    no_phone = customer(db, "نورة", phones=())
    plan(db, no_phone, TODAY)
    assert [r.phone for r in follow_ups_due(db, on=TODAY).today] == ["+966551234567", ""]


def test_archived_customers_follow_ups_are_not_listed_nor_counted(db: Database) -> None:
    kept, archived = customer(db, "A"), customer(db, "B", phones=())
    for c in (kept, archived):
        plan(db, c, TODAY - timedelta(days=2))
        plan(db, c, TODAY)
        plan(db, c, TODAY + timedelta(days=2))
    archive_customer(db, archived)

    due = follow_ups_due(db, on=TODAY)
    assert {r.customer_id for r in due.overdue + due.today + due.upcoming} == {kept}
    assert count_due(db, on=TODAY) == 2
    limited = follow_ups_due(db, on=TODAY, limit=5)
    assert (limited.overdue_total, limited.today_total, limited.upcoming_total) == (1, 1, 1)

    restore_customer(db, archived)
    assert len(follow_ups_due(db, on=TODAY).today) == 2
    assert count_due(db, on=TODAY) == 4


def test_closed_follow_ups_are_not_listed(db: Database) -> None:
    c = customer(db)
    done, cancelled, still_open = plan(db, c, TODAY), plan(db, c, TODAY), plan(db, c, TODAY)
    mark_done(db, done, outcome=Outcome.REACHED, today=TODAY)
    cancel_follow_up(db, cancelled)
    assert ids(follow_ups_due(db, on=TODAY).today) == [still_open]
    assert customer_follow_ups(db, c) == follow_ups_due(db, on=TODAY).today


def test_limit_keeps_the_first_rows_of_each_list_and_counts_them_all(db: Database) -> None:
    c = customer(db)
    for days, at in ((-5, None), (-4, None), (-3, None), (0, None), (0, time(12, 0)), (0, None), (0, time(9, 0))):
        plan(db, c, TODAY + timedelta(days=days), at=at)
    for days in (4, 3, 2, 1):
        plan(db, c, TODAY + timedelta(days=days))
    full = follow_ups_due(db, on=TODAY)
    limited = follow_ups_due(db, on=TODAY, limit=2)
    assert [r.due_at for r in limited.today] == [time(9, 0), time(12, 0)]
    assert limited.overdue == full.overdue[:2]
    assert limited.today == full.today[:2]
    assert limited.upcoming == full.upcoming[:2]
    assert (limited.overdue_total, limited.today_total, limited.upcoming_total) == (3, 4, 4)
    for size in (1, 3, 4, 5, 50):  # the day's timed ones by time, then the untimed, at any limit
        limited = follow_ups_due(db, on=TODAY, limit=size)
        assert (limited.overdue, limited.today, limited.upcoming) == (full.overdue[:size], full.today[:size], full.upcoming[:size])
    assert [r.due_at for r in full.today] == [time(9, 0), time(12, 0), None, None]



def test_the_first_of_each_list_are_those_of_the_whole_list_at_every_limit(db: Database) -> None:
    """Each list's first rows are read from an index, bounded by the day of the limit-th: whatever
    the spread of days and times, and with archived customers' follow-ups among them, they are the
    first rows of the whole list, at every limit."""
    import random

    draw = random.Random(7)
    people = [customer(db, f"Customer {n}", phones=(f"055 123 456{n}",)) for n in range(4)]
    hours = (None, None, time(9, 0), time(9, 0), time(13, 30), time(18, 0))
    for days in [draw.randint(-6, -1) for _ in range(30)] + [0] * 16 + [draw.randint(1, 9) for _ in range(30)]:
        plan(db, draw.choice(people), TODAY + timedelta(days=days), at=draw.choice(hours))
    archive_customer(db, people[3])
    full = follow_ups_due(db, on=TODAY)
    lengths = (len(full.overdue), len(full.today), len(full.upcoming))
    assert min(lengths) >= 8  # each list spans days and times enough to be cut at every point
    for size in range(1, max(lengths) + 2):
        limited = follow_ups_due(db, on=TODAY, limit=size)
        assert ids(limited.overdue) == ids(full.overdue[:size]), size
        assert ids(limited.today) == ids(full.today[:size]), size
        assert ids(limited.upcoming) == ids(full.upcoming[:size]), size
        assert (limited.overdue_total, limited.today_total, limited.upcoming_total) == lengths

def test_the_due_commands_json_is_the_overdue_and_the_days_lists_written_by_the_database(db: Database) -> None:
    """`due --json`'s objects, written by the database: the overdue and the day's follow-ups in the
    lists' order, each with its time as HH:MM, the phone as stored (null without one), a rule's
    reason in today's language and whether it is overdue; archived customers' and later days' left out."""
    import json
    import random

    draw = random.Random(11)
    people = [customer(db, f"Customer {n}", phones=(f"055 123 456{n}",)) for n in range(3)]
    people.append(customer(db, "نورة \"الشمري\"", phones=()))
    hours = (None, time(9, 0), time(13, 30), time(18, 5))
    for days in [draw.randint(-6, 2) for _ in range(40)]:
        plan(db, draw.choice(people), TODAY + timedelta(days=days), at=draw.choice(hours), kind=draw.choice(list(FollowUpKind)), reason=f"r{days}")
    with db.writing() as session:  # a rule's, its reason stored in the language of the day it ran
        record_follow_ups(
            session,
            [FollowUpRecord(people[3], FollowUpKind.MESSAGE, TODAY, datetime(2026, 11, 1, tzinfo=UTC), reason="تهنئة", origin=FollowUpOrigin.BIRTHDAY, origin_key="birthday:2026")],
        )
    archived = customer(db, "Archived")
    plan(db, archived, TODAY)
    archive_customer(db, archived)

    full = follow_ups_due(db, on=TODAY, upcoming_days=0)
    expected = [
        {
            "id": row.id,
            "due_on": row.due_on.isoformat(),
            "due_at": row.due_at.strftime("%H:%M") if row.due_at else None,
            "kind": row.kind.value,
            "customer_id": row.customer_id,
            "customer": row.customer_name,
            "phone": row.phone or None,
            "reason": row.reason,
            "overdue": overdue,
        }
        for row, overdue in [(r, True) for r in full.overdue] + [(r, False) for r in full.today]
    ]
    listed = [json.loads(text) for text in due_as_json(db, on=TODAY)]
    assert listed == expected and len(listed) >= 20
    assert "Birthday greeting" in {item["reason"] for item in listed}
    assert any(item["phone"] is None for item in listed) and any(item["due_at"] == "18:05" for item in listed)
    assert [list(item) for item in listed[:1]] == [["id", "due_on", "due_at", "kind", "customer_id", "customer", "phone", "reason", "overdue"]]
    assert due_as_json(db, on=date(2001, 1, 1)) == []


# -- scheduling ---------------------------------------------------------------------------------------


def test_schedule_refuses_a_past_date_and_saves_nothing(db: Database) -> None:
    c = customer(db)
    with pytest.raises(FollowUpError) as error:
        schedule_follow_up(db, c, due_on=TODAY - timedelta(days=1), today=TODAY)
    assert error.value.field == "due_on"
    assert count(db, FollowUp) == 0
    assert schedule_follow_up(db, c, due_on=TODAY, today=TODAY) > 0  # today itself is fine


def test_schedule_refuses_an_archived_or_missing_customer(db: Database) -> None:
    c = customer(db, "مها العتيبي")
    archive_customer(db, c)
    with pytest.raises(FollowUpError, match="مها العتيبي") as error:
        schedule_follow_up(db, c, due_on=TODAY, today=TODAY)
    assert error.value.field == "customer"
    with pytest.raises(FollowUpError):
        schedule_follow_up(db, c + 100, due_on=TODAY, today=TODAY)
    assert count(db, FollowUp) == 0


def test_schedule_refuses_a_reason_that_is_too_long(db: Database) -> None:
    c = customer(db)
    with pytest.raises(FollowUpError) as error:
        schedule_follow_up(db, c, due_on=TODAY, reason="x" * 201, today=TODAY)
    assert error.value.field == "reason"
    assert count(db, FollowUp) == 0
    schedule_follow_up(db, c, due_on=TODAY, reason="x" * 200, today=TODAY)


def test_schedule_uses_the_shop_day_by_default(db: Database) -> None:
    c = customer(db)
    today = shop_today(db)
    with pytest.raises(FollowUpError):
        schedule_follow_up(db, c, due_on=today - timedelta(days=1))
    f = schedule_follow_up(db, c, due_on=today)
    assert stored(db, f).due_on == today


# -- snooze and cancel --------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [1, 7])
def test_snooze_to_tomorrow_or_next_week(db: Database, days: int) -> None:
    c = customer(db)
    f = plan(db, c, TODAY - timedelta(days=2))
    snooze(db, f, until=TODAY + timedelta(days=days), today=TODAY)
    due = follow_ups_due(db, on=TODAY)
    assert ids(due.upcoming) == [f]
    assert not due.overdue
    assert stored(db, f).due_on == TODAY + timedelta(days=days)
    assert stored(db, f).status is FollowUpStatus.OPEN


@pytest.mark.parametrize("days", [0, -1, -30])
def test_snooze_into_the_past_or_today_is_refused_with_nothing_changed(db: Database, days: int) -> None:
    c = customer(db)
    f = plan(db, c, TODAY - timedelta(days=2))
    with pytest.raises(FollowUpError) as error:
        snooze(db, f, until=TODAY + timedelta(days=days), today=TODAY)
    assert error.value.field == "until"
    assert stored(db, f).due_on == TODAY - timedelta(days=2)
    assert ids(follow_ups_due(db, on=TODAY).overdue) == [f]


def test_a_closed_follow_up_cannot_be_snoozed_or_cancelled(db: Database) -> None:
    c = customer(db)
    f = plan(db, c, TODAY)
    cancel_follow_up(db, f)
    with pytest.raises(FollowUpError):
        snooze(db, f, until=TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(FollowUpError):
        cancel_follow_up(db, f)
    with pytest.raises(FollowUpError):
        mark_done(db, f, outcome=Outcome.REACHED, today=TODAY)
    assert stored(db, f).due_on == TODAY
    assert count(db, Interaction) == 0


def test_cancel_closes_without_an_interaction(db: Database) -> None:
    c = customer(db)
    f = plan(db, c, TODAY)
    cancel_follow_up(db, f)
    row = stored(db, f)
    assert row.status is FollowUpStatus.CANCELLED
    assert row.closed_at is not None
    assert follow_ups_due(db, on=TODAY).today == []
    assert customer_timeline(db, c) == []


def test_actions_on_a_follow_up_that_does_not_exist(db: Database) -> None:
    with pytest.raises(FollowUpError):
        follow_up(db, 404)
    with pytest.raises(FollowUpError):
        snooze(db, 404, until=TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(FollowUpError):
        cancel_follow_up(db, 404)
    with pytest.raises(FollowUpError):
        mark_done(db, 404, outcome=Outcome.REACHED, today=TODAY)
    assert count(db, Interaction) == 0


# -- done ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "logged"),
    [
        (FollowUpKind.CALL, InteractionKind.CALL),
        (FollowUpKind.VISIT, InteractionKind.VISIT),
        (FollowUpKind.MESSAGE, InteractionKind.MESSAGE),
    ],
)
def test_mark_done_writes_the_interaction_and_closes_the_follow_up(
    db: Database, kind: FollowUpKind, logged: InteractionKind
) -> None:
    c = customer(db)
    f = plan(db, c, TODAY, kind=kind, reason="Ask about the repair")
    at = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    interaction_id = mark_done(db, f, outcome=Outcome.NO_ANSWER, note="  phone off ", at=at, today=TODAY)

    [entry] = customer_timeline(db, c)
    assert entry.id == interaction_id
    assert (entry.kind, entry.outcome, entry.follow_up_id, entry.occurred_at) == (logged, Outcome.NO_ANSWER, f, at)
    assert entry.note == "Ask about the repair — phone off"
    row = stored(db, f)
    assert (row.status, row.closed_at) == (FollowUpStatus.DONE, at)
    assert follow_ups_due(db, on=TODAY).today == []

    with pytest.raises(FollowUpError):
        mark_done(db, f, outcome=Outcome.REACHED, today=TODAY)
    assert len(customer_timeline(db, c)) == 1


def test_call_back_on_puts_a_new_follow_up_on_that_day(db: Database) -> None:
    c = customer(db)
    f = plan(db, c, TODAY, kind=FollowUpKind.CALL, reason="Quote for the kitchen")
    mark_done(db, f, outcome=Outcome.CALL_BACK, note="busy, call Thursday", call_back_on=TODAY + timedelta(days=3), today=TODAY)
    [again] = follow_ups_due(db, on=TODAY).upcoming
    assert again.id != f
    assert (again.kind, again.reason, again.due_on, again.note) == (
        FollowUpKind.CALL,
        "Quote for the kitchen",
        TODAY + timedelta(days=3),
        "busy, call Thursday",
    )
    assert stored(db, f).status is FollowUpStatus.DONE


def test_call_back_in_the_past_is_refused_with_nothing_changed(db: Database) -> None:
    c = customer(db)
    f = plan(db, c, TODAY)
    with pytest.raises(FollowUpError) as error:
        mark_done(db, f, outcome=Outcome.CALL_BACK, call_back_on=TODAY - timedelta(days=1), today=TODAY)
    assert error.value.field == "call_back_on"
    assert stored(db, f).status is FollowUpStatus.OPEN
    assert count(db, Interaction) == 0
    assert count(db, FollowUp) == 1


# -- counting, times and time zones -------------------------------------------------------------------


def test_a_follow_up_at_2330_is_not_due_at_noon_but_is_at_2345(db: Database) -> None:
    c = customer(db)
    plan(db, c, TODAY, at=time(23, 30))
    assert count_due(db, on=TODAY, now=time(12, 0)) == 0
    assert count_due(db, on=TODAY, now=time(23, 29)) == 0
    assert count_due(db, on=TODAY, now=time(23, 30)) == 1
    assert count_due(db, on=TODAY, now=time(23, 45)) == 1
    assert count_due(db, on=TODAY) == 1  # without a time: everything due on the day
    assert count_due(db, on=TODAY - timedelta(days=1), now=time(23, 45)) == 0  # not on the wrong day
    # Overdue and untimed follow-ups count at any time of the day.
    plan(db, c, TODAY - timedelta(days=1), at=time(23, 59))
    plan(db, c, TODAY)
    plan(db, c, TODAY + timedelta(days=1))
    assert count_due(db, on=TODAY, now=time(0, 5)) == 2


def test_due_on_the_24th_is_today_at_2130_utc_on_the_23rd_in_riyadh(db: Database) -> None:
    c = customer(db)
    f = plan(db, c, date(2026, 11, 24), at=time(0, 15))
    today = shop_today(db, datetime(2026, 11, 23, 21, 30, tzinfo=UTC))
    assert today == date(2026, 11, 24)
    assert ids(follow_ups_due(db, on=today).today) == [f]
    assert count_due(db, on=today, now=time(0, 30)) == 1

    # The same moment is still the 23rd in New York: the follow-up is tomorrow's there.
    set_setting(db, TIME_ZONE, "America/New_York")
    today = shop_today(db, datetime(2026, 11, 23, 21, 30, tzinfo=UTC))
    assert today == date(2026, 11, 23)
    due = follow_ups_due(db, on=today)
    assert (due.today, ids(due.upcoming)) == ([], [f])
    assert count_due(db, on=today) == 0

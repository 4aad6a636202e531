"""The interaction log: what may be logged, complaints open until resolved, the timeline newest first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, restore_customer
from retention_desktop.db import Database
from retention_desktop.interactions import (
    InteractionError,
    customer_timeline,
    last_interaction_at,
    log_interaction,
    count_open_complaints,
    open_complaints,
    resolve_complaint,
)
from retention_desktop.models import InteractionKind, Outcome, utc_now

UTC = timezone.utc
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def customer(db: Database, name: str = "فهد القحطاني") -> int:
    return add_customer(db, CustomerDraft(full_name=name))


@pytest.mark.parametrize("score", [1, 3, 5])
def test_feedback_with_a_score_from_1_to_5(db: Database, score: int) -> None:
    c = customer(db)
    log_interaction(db, c, kind=InteractionKind.FEEDBACK, score=score, note="fast service")
    [entry] = customer_timeline(db, c)
    assert (entry.kind, entry.score, entry.note) == (InteractionKind.FEEDBACK, score, "fast service")


@pytest.mark.parametrize("score", [None, 0, 6, -1])
def test_feedback_needs_a_score_from_1_to_5(db: Database, score: int | None) -> None:
    c = customer(db)
    with pytest.raises(InteractionError) as error:
        log_interaction(db, c, kind=InteractionKind.FEEDBACK, score=score)
    assert error.value.field == "score"
    assert customer_timeline(db, c) == []


@pytest.mark.parametrize("kind", [k for k in InteractionKind if k is not InteractionKind.FEEDBACK])
def test_only_feedback_carries_a_score(db: Database, kind: InteractionKind) -> None:
    c = customer(db)
    with pytest.raises(InteractionError) as error:
        log_interaction(db, c, kind=kind, score=4, note="note")
    assert error.value.field == "score"
    assert customer_timeline(db, c) == []


@pytest.mark.parametrize("note", ["", "   \n "])
def test_a_complaint_needs_a_description(db: Database, note: str) -> None:
    c = customer(db)
    with pytest.raises(InteractionError) as error:
        log_interaction(db, c, kind=InteractionKind.COMPLAINT, note=note)
    assert error.value.field == "note"
    assert open_complaints(db) == []


def test_a_time_in_the_future_is_refused(db: Database) -> None:
    c = customer(db)
    with pytest.raises(InteractionError) as error:
        log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=utc_now() + timedelta(hours=1))
    assert error.value.field == "occurred_at"
    assert customer_timeline(db, c) == []
    # A clock a minute ahead is not the future.
    log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=utc_now() + timedelta(minutes=1))
    assert len(customer_timeline(db, c)) == 1


def test_a_customer_that_does_not_exist(db: Database) -> None:
    with pytest.raises(InteractionError):
        log_interaction(db, 404, kind=InteractionKind.NOTE, note="hello")


def test_timeline_is_newest_first_and_keeps_what_was_logged(db: Database) -> None:
    c, other = customer(db), customer(db, "Other")
    old = log_interaction(db, c, kind=InteractionKind.PURCHASE, note="  first order ", occurred_at=MONDAY - timedelta(days=30))
    call = log_interaction(db, c, kind=InteractionKind.CALL, outcome=Outcome.REACHED, occurred_at=MONDAY)
    same_time = log_interaction(db, c, kind=InteractionKind.MESSAGE, occurred_at=MONDAY)
    middle = log_interaction(db, c, kind=InteractionKind.VISIT, occurred_at=MONDAY - timedelta(days=2))
    log_interaction(db, other, kind=InteractionKind.CALL, occurred_at=MONDAY + timedelta(hours=1))

    timeline = customer_timeline(db, c)
    assert [e.id for e in timeline] == [same_time, call, middle, old]
    assert timeline[-1].note == "first order"
    assert timeline[1].outcome is Outcome.REACHED
    assert timeline[1].occurred_at == MONDAY
    assert [e.id for e in customer_timeline(db, c, limit=2)] == [same_time, call]
    assert last_interaction_at(db, c) == MONDAY
    assert last_interaction_at(db, customer(db, "New")) is None


def test_complaints_stay_open_until_resolved(db: Database) -> None:
    c, d = customer(db, "A"), customer(db, "B")
    late = log_interaction(db, c, kind=InteractionKind.COMPLAINT, note="Late delivery", occurred_at=MONDAY)
    broken = log_interaction(db, d, kind=InteractionKind.COMPLAINT, note="Arrived broken", occurred_at=MONDAY - timedelta(days=3))
    log_interaction(db, c, kind=InteractionKind.CALL, note="not a complaint", occurred_at=MONDAY)

    complaints = open_complaints(db)
    assert [(x.id, x.customer_id, x.customer_name, x.note) for x in complaints] == [
        (broken, d, "B", "Arrived broken"),
        (late, c, "A", "Late delivery"),
    ]
    assert [e.open_complaint for e in customer_timeline(db, c)] == [False, True]  # same time: the call came later

    assert count_open_complaints(db) == 2
    # An archived customer's complaint is neither listed nor counted; restored, it is again.
    gone = customer(db, "C")
    log_interaction(db, gone, kind=InteractionKind.COMPLAINT, note="Rude", occurred_at=MONDAY - timedelta(days=9))
    archive_customer(db, gone)
    assert [x.id for x in open_complaints(db)] == [broken, late] and count_open_complaints(db) == 2
    assert [x.id for x in open_complaints(db, limit=1)] == [broken]
    restore_customer(db, gone)
    assert [x.customer_id for x in open_complaints(db)][0] == gone and count_open_complaints(db) == 3
    archive_customer(db, gone)

    resolved_at = MONDAY + timedelta(hours=5)
    resolve_complaint(db, broken, at=resolved_at)
    assert [x.id for x in open_complaints(db)] == [late]
    assert count_open_complaints(db) == 1
    [entry] = [e for e in customer_timeline(db, d) if e.id == broken]
    assert entry.resolved_at == resolved_at
    assert not entry.open_complaint

    with pytest.raises(InteractionError):
        resolve_complaint(db, broken)
    assert [e.resolved_at for e in customer_timeline(db, d)] == [resolved_at]


def test_only_complaints_can_be_resolved(db: Database) -> None:
    c = customer(db)
    call = log_interaction(db, c, kind=InteractionKind.CALL, occurred_at=MONDAY)
    with pytest.raises(InteractionError):
        resolve_complaint(db, call)
    with pytest.raises(InteractionError):
        resolve_complaint(db, 404)
    assert customer_timeline(db, c)[0].resolved_at is None


def test_archived_customers_complaints_are_not_on_the_today_list(db: Database) -> None:
    c = customer(db)
    log_interaction(db, c, kind=InteractionKind.COMPLAINT, note="Rude staff", occurred_at=MONDAY)
    archive_customer(db, c)
    assert open_complaints(db) == []
    assert customer_timeline(db, c)[0].open_complaint  # still open on the card

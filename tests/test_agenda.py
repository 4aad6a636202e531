"""The order of the Today lists: what matters most first, an appointment keeps its time."""

from __future__ import annotations

from datetime import date, time

from retention_desktop.agenda import day_order, overdue_order
from retention_desktop.followups import FollowUpRow
from retention_desktop.kinds import FollowUpKind, FollowUpOrigin, FollowUpStatus

DAY = date(2026, 3, 10)


def row(id_: int, origin: FollowUpOrigin, *, on: date = DAY, at: time | None = None) -> FollowUpRow:
    return FollowUpRow(id_, id_, f"customer {id_}", "", FollowUpKind.CALL, "", "", on, at, origin, FollowUpStatus.OPEN)


def ids(rows: list[FollowUpRow]) -> list[int]:
    return [r.id for r in rows]


def test_a_day_lists_its_appointments_by_time_then_the_rest_by_what_hangs_on_them() -> None:
    rows = [
        row(1, FollowUpOrigin.BIRTHDAY),
        row(2, FollowUpOrigin.CADENCE),
        row(3, FollowUpOrigin.BIRTHDAY, at=time(9, 0)),  # a time of its own keeps its place
        row(4, FollowUpOrigin.MANUAL),
        row(5, FollowUpOrigin.RENEWAL),
        row(6, FollowUpOrigin.SATISFACTION),
        row(7, FollowUpOrigin.MANUAL, at=time(11, 30)),
    ]
    assert ids(day_order(rows)) == [3, 7, 4, 5, 6, 2, 1]


def test_the_days_ahead_stay_day_by_day() -> None:
    tomorrow, later = date(2026, 3, 11), date(2026, 3, 14)
    rows = [row(1, FollowUpOrigin.MANUAL, on=later), row(2, FollowUpOrigin.BIRTHDAY, on=tomorrow), row(3, FollowUpOrigin.MANUAL, on=tomorrow)]
    assert ids(day_order(rows)) == [3, 2, 1]


def test_overdue_puts_a_late_promise_before_a_late_greeting_and_keeps_the_oldest_first() -> None:
    rows = [
        row(1, FollowUpOrigin.BIRTHDAY, on=date(2026, 3, 1)),
        row(2, FollowUpOrigin.MANUAL, on=date(2026, 3, 2)),
        row(3, FollowUpOrigin.MANUAL, on=date(2026, 3, 8)),
        row(4, FollowUpOrigin.RENEWAL, on=date(2026, 3, 5)),
    ]
    assert ids(overdue_order(rows)) == [2, 3, 4, 1]

"""The order of the morning's agenda: what matters most first, within each list of the Today screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from retention_desktop.followups import FollowUpRow
from retention_desktop.kinds import FollowUpOrigin

# Who put a follow-up on the list says how much hangs on it: what the owner promised comes first,
# then money (a renewal), then a new customer's first impression, then keeping in touch, and a
# birthday greeting last (a kind word, but nobody is waiting for it).
ORIGIN_RANK: dict[FollowUpOrigin, int] = {
    FollowUpOrigin.MANUAL: 0,
    FollowUpOrigin.RENEWAL: 1,
    FollowUpOrigin.SATISFACTION: 2,
    FollowUpOrigin.CADENCE: 3,
    FollowUpOrigin.BIRTHDAY: 4,
}
_LAST = len(ORIGIN_RANK)


def rank(row: FollowUpRow) -> int:
    """How much hangs on a follow-up: 0 for the most (the owner's own), higher for less."""
    return ORIGIN_RANK.get(row.origin, _LAST)


def overdue_order(rows: Sequence[FollowUpRow]) -> list[FollowUpRow]:
    """Overdue follow-ups, what matters most first and, among equals, the oldest first (the order
    follow_ups_due gives them in): a late promise comes before a late birthday greeting."""
    return sorted(rows, key=rank)


def day_order(rows: Sequence[FollowUpRow]) -> list[FollowUpRow]:
    """Follow-ups of one or more days, day by day: on each day those with a time first, by their
    time (an appointment keeps its place), then the others, what matters most first."""
    return sorted(rows, key=lambda row: (row.due_on, row.due_at is None, row.due_at or time.min, rank(row)))

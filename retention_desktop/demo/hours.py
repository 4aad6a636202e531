"""The demo shop's opening hours: the plan spreads its moments over whole days, and each one is put
into the opening hours of its day as it is written (invoices, credit notes, payments, customers,
interactions, follow-ups, losses), in the same order."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from retention_desktop.demo.people import _DAY

# As the demo shop's business profile says (demo/sales.py): Saturday to Thursday 10:00 to 23:00,
# Friday 16:00 to 23:00.
OPENS = time(10)
OPENS_ON_FRIDAY = time(16)
CLOSES = time(23)
_FRIDAY = 4  # date.weekday()
_EPOCH = date(1970, 1, 1).toordinal()


class _OpenHours:
    """The shop's days as the plan counts them, and their opening hours.

    The plan keeps its moments as POSIX seconds and counts days at the shop's UTC offset of today
    (close enough for demo data). `at` puts a moment in proportion between the opening and the
    closing of its day, in the shop's zone: the day is kept, and a later moment is never put
    before an earlier one, so whatever the plan put in order (a payment after its invoice, a credit
    note after both, a call after the customer came) stays in order. Today ends now: the plan's
    moments go up to `last`, the last moment the shop was open."""

    def __init__(self, zone: ZoneInfo, now: datetime) -> None:
        offset = now.utcoffset()
        self.zone = zone
        self.offset = offset.total_seconds() if offset is not None else 0.0
        self.now = now.timestamp()
        self.windows: dict[int, tuple[float, float]] = {}  # day number → (its opening, seconds open per second of the day)
        today = self.day_number(self.now)
        opens, _ = self.hours(today)
        # Now once the shop has opened today, else the end of yesterday (its closing, once put in hours).
        self.last = self.now if self.now >= opens else self.start(today) - 1.0

    def day_number(self, ts: float) -> int:
        return int((ts + self.offset) // _DAY)

    def day_of(self, ts: float) -> date:
        return date.fromordinal(self.day_number(ts) + _EPOCH)

    def start(self, number: int) -> float:
        return number * _DAY - self.offset

    def start_of(self, day: date) -> float:
        return self.start(day.toordinal() - _EPOCH)

    def hours(self, number: int) -> tuple[float, float]:
        """When the shop opens and closes on this day (POSIX seconds)."""
        day = date.fromordinal(number + _EPOCH)
        opens = OPENS_ON_FRIDAY if day.weekday() == _FRIDAY else OPENS
        return datetime.combine(day, opens, self.zone).timestamp(), datetime.combine(day, CLOSES, self.zone).timestamp()

    def _window(self, number: int) -> tuple[float, float]:
        opens, closes = self.hours(number)
        start = self.start(number)
        end = start + _DAY
        if start <= self.now < end:  # today, up to now
            end, closes = self.now, min(closes, self.now)
        return opens, max(0.0, closes - opens) / max(1.0, end - start)

    def at(self, ts: float) -> float:
        """The plan's moment `ts`, put into the opening hours of its day (POSIX seconds)."""
        local = ts + self.offset
        number = int(local // _DAY)
        window = self.windows.get(number)
        if window is None:
            window = self.windows[number] = self._window(number)
        return window[0] + (local - number * _DAY) * window[1]

    def when(self, ts: float) -> datetime:
        """The plan's moment `ts` in opening hours, as the core takes it (UTC)."""
        return datetime.fromtimestamp(self.at(ts), timezone.utc)

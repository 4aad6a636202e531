"""The loss report: the customers marked lost over a period, by reason (counts, shares, how many were
won back since, what they had spent), and month by month; the same figures for the screen, the
command line and print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.lifecycle import reason_name
from retention_desktop.money import from_minor_units
from retention_desktop.tables import customer_losses as _losses
from retention_desktop.tables import customer_spending as _spending
from retention_desktop.tables import loss_reasons as _reasons

Amounts = tuple[tuple[str, Decimal], ...]  # per currency, in currency order


class ReportError(UserError):
    """A period that cannot be reported on; the message is for the user."""


@dataclass(frozen=True)
class ReasonLosses:
    reason_id: int
    key: str | None  # a shipped reason's stable key
    reason: str  # as shown, in the user's language
    count: int
    share: float  # of all losses in the period, 0 to 1
    won_back: int  # of these, how many have been won back since
    value: Amounts  # what these customers had spent, net of credit notes


@dataclass(frozen=True)
class MonthLosses:
    month: date  # its first day
    count: int
    by_reason: tuple[tuple[int, int], ...]  # (reason id, count), the reasons in the report's order


@dataclass(frozen=True)
class LossReport:
    start: date | None  # None: since the first loss recorded
    end: date
    total: int
    won_back: int
    reasons: tuple[ReasonLosses, ...]  # the most frequent first
    months: tuple[MonthLosses, ...]  # every month of the period (over all time: from the first loss), oldest first
    value: Amounts  # lost in all

    def share_of(self, reason_id: int) -> float:
        return next((r.share for r in self.reasons if r.reason_id == reason_id), 0.0)


def _months(first: date, last: date) -> list[date]:
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1)
    return months


def _amounts(sums: dict[str, int]) -> Amounts:
    return tuple((currency, from_minor_units(minor, currency)) for currency, minor in sorted(sums.items()) if minor)


def loss_report(db: Database, *, end: date, start: date | None = None) -> LossReport:
    """The losses recorded from `start` (or the first one) to `end`, both days included."""
    if start is not None and start > end:
        raise ReportError(translate("Reports", "The period starts after it ends: choose a start on or before {end}.").format(end=end.isoformat()))
    l, r, s = _losses.c, _reasons.c, _spending.c
    period = l.lost_on <= end if start is None else and_(l.lost_on >= start, l.lost_on <= end)
    with db.reading() as connection:
        losses = connection.execute(select(l.reason_id, l.lost_on, l.won_back_on.is_not(None)).where(period)).all()
        names = {i: (key, reason_name(key, name)) for i, key, name in connection.execute(select(r.id, r.key, r.name))}
        # What the customers lost had spent: each customer once, however often they were lost in
        # the period (lost, won back, lost again); once under each reason they were lost for.
        lost = select(l.reason_id, l.customer_id).where(period).distinct().subquery()
        values = connection.execute(
            select(lost.c.reason_id, s.currency, func.sum(s.spent_minor))
            .join_from(lost, _spending, s.customer_id == lost.c.customer_id)
            .group_by(lost.c.reason_id, s.currency)
        ).all()
        overall_values = connection.execute(
            select(s.currency, func.sum(s.spent_minor))
            .where(s.customer_id.in_(select(l.customer_id).where(period)))
            .group_by(s.currency)
        ).all()
    total = len(losses)
    counts: dict[int, int] = {}
    won: dict[int, int] = {}
    by_month: dict[date, dict[int, int]] = {}
    for reason_id, day, won_back in losses:
        counts[reason_id] = counts.get(reason_id, 0) + 1
        won[reason_id] = won.get(reason_id, 0) + bool(won_back)
        month = by_month.setdefault(day.replace(day=1), {})
        month[reason_id] = month.get(reason_id, 0) + 1
    value: dict[int, dict[str, int]] = {}
    for reason_id, currency, minor in values:
        value.setdefault(reason_id, {})[currency] = int(minor)
    overall = {currency: int(minor) for currency, minor in overall_values}
    order = sorted(counts, key=lambda i: (-counts[i], names[i][1]))
    reasons = tuple(
        ReasonLosses(i, names[i][0], names[i][1], counts[i], counts[i] / total, won[i], _amounts(value.get(i, {}))) for i in order
    )
    # The trend covers the period asked for; over all time, from the first loss.
    first = start if start is not None else min((day for _r, day, _w in losses), default=end)
    months = tuple(
        MonthLosses(m, sum(by_month.get(m, {}).values()), tuple((i, by_month.get(m, {}).get(i, 0)) for i in order))
        for m in _months(first, end)
    )
    return LossReport(start, end, total, sum(won.values()), reasons, months, _amounts(overall))


__all__ = ["LossReport", "MonthLosses", "ReasonLosses", "ReportError", "loss_report"]

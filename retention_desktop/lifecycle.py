"""A customer's stage: after a purchase, lost, won back, lapsed (one home for these rules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from retention_desktop.db import update_rows
from retention_desktop.kinds import DocumentKind, Stage
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import invoices as _invoices
from retention_desktop.tables import utc_now

# The lapse model: a customer who bought and has not bought again for this many days is at risk,
# then lapsed.
AT_RISK_AFTER_DAYS = 60
LAPSED_AFTER_DAYS = 180

# Lapse detection by a customer's own rhythm: someone who bought on several days counts as lapsed
# once they have been quiet for LAPSE_FACTOR times their usual interval between purchases (at least
# LAPSE_MIN_DAYS); a one-off buyer after a period the owner sets (settings.LAPSE_ONE_OFF_DAYS).
# Migration 0011 holds a frozen copy of this rule for the figures it rebuilds.
LAPSE_FACTOR = 3
LAPSE_MIN_DAYS = 30

# Stages the lapse model moves on: a customer who is buying. A prospect has nothing to lapse from;
# a lost customer stays lost until they buy again.
_BUYING = frozenset({Stage.FIRST_PURCHASE, Stage.ACTIVE, Stage.WON_BACK, Stage.AT_RISK})

_LOOKUP_CHUNK = 5000  # customer ids per IN (...)


def stage_after_purchase(stage: Stage, *, first: bool) -> Stage:
    """The stage after an invoice: a prospect's first purchase, a lapsed or lost customer won back,
    anyone else active."""
    if first and stage == Stage.PROSPECT:
        return Stage.FIRST_PURCHASE
    if stage in (Stage.LAPSED, Stage.LOST):
        return Stage.WON_BACK  # a purchase from a lost customer is a customer won back
    if stage == Stage.PROSPECT:
        return Stage.FIRST_PURCHASE
    return Stage.ACTIVE


def usual_interval(first: date | None, last: date | None, purchase_days: int) -> int | None:
    """The usual number of days between a customer's purchases (on different days), or None for a
    customer who bought on one day or never."""
    if first is None or last is None or purchase_days < 2:
        return None
    return round((last - first).days / (purchase_days - 1))


def lapses_on(first: date | None, last: date | None, purchase_days: int) -> date | None:
    """The day from which a customer who bought on several days counts as lapsed by their own
    rhythm; None for a one-off buyer (or one who never bought), whom the settings' period judges."""
    if first is None or last is None or purchase_days < 2:
        return None
    interval = (last - first).days / (purchase_days - 1)
    return last + timedelta(days=max(LAPSE_MIN_DAYS, round(LAPSE_FACTOR * interval)))


def stage_when_quiet(stage: Stage, days_since_last_purchase: int) -> Stage:
    """The stage the lapse model gives a customer whose last purchase was this many days ago."""
    if stage not in _BUYING:
        return stage
    if days_since_last_purchase >= LAPSED_AFTER_DAYS:
        return Stage.LAPSED
    if days_since_last_purchase >= AT_RISK_AFTER_DAYS:
        return Stage.AT_RISK
    return stage


def stage_when_lost(stage: Stage) -> Stage:
    """The stage of a customer the owner marks lost, whatever they were."""
    return Stage.LOST


def set_stages(session: Session, stages: Mapping[int, Stage]) -> None:
    """Write customers' new stages (by id) in the caller's write transaction."""
    if not stages:
        return
    now = utc_now()
    update_rows(session.connection(), _customers, ("stage", "updated_at"), [(c, (stage, now)) for c, stage in sorted(stages.items())])


def apply_lapses(session: Session, on: Mapping[int, date]) -> dict[int, Stage]:
    """Run the lapse model for these customers, each on its day (customer id → day): a customer
    whose last invoice before that day is old enough moves to at risk or lapsed. Returns the
    stages that changed, which are written in the caller's transaction."""
    changed: dict[int, Stage] = {}
    ids = sorted(on)
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        last = (
            select(func.max(_invoices.c.issue_date))
            .where(_invoices.c.customer_id == _customers.c.id, _invoices.c.kind == DocumentKind.INVOICE)
            .correlate(_customers)
            .scalar_subquery()
        )
        rows = session.connection().execute(select(_customers.c.id, _customers.c.stage, last).where(_customers.c.id.in_(chunk)))
        for customer_id, stage, last_day in rows:
            if last_day is None:
                continue
            quiet = max((on[customer_id] - last_day).days, 0)
            new = stage_when_quiet(stage, quiet)
            if new != stage:
                changed[customer_id] = new
    set_stages(session, changed)
    return changed


def mark_lost(session: Session, customer_ids: Iterable[int]) -> None:
    """Mark customers lost (stage_when_lost), in the caller's write transaction."""
    ids = sorted(set(customer_ids))
    stages: dict[int, Stage] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        rows = session.connection().execute(select(_customers.c.id, _customers.c.stage).where(_customers.c.id.in_(ids[start : start + _LOOKUP_CHUNK])))
        for customer_id, stage in rows:
            new = stage_when_lost(stage)
            if new != stage:
                stages[customer_id] = new
    set_stages(session, stages)


__all__ = [
    "AT_RISK_AFTER_DAYS",
    "LAPSE_FACTOR",
    "LAPSE_MIN_DAYS",
    "lapses_on",
    "usual_interval",
    "LAPSED_AFTER_DAYS",
    "apply_lapses",
    "mark_lost",
    "set_stages",
    "stage_after_purchase",
    "stage_when_lost",
    "stage_when_quiet",
]

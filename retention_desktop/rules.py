"""Follow-ups that appear by themselves: the stay-in-touch cadence and the event rules
(satisfaction call after a first purchase, call before a renewal, birthday greeting)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from retention_desktop.clock import add_months, local_date, shop_zone, start_of_day
from retention_desktop.customers import cadence_problem
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.followups import UPCOMING_DAYS, rule_reason
from retention_desktop.i18n import translate
from retention_desktop.models import (
    CadenceUnit,
    Customer,
    FollowUp,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Stage,
)
from retention_desktop.progress import Progress
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    SettingSpec,
    read_settings,
)

# Event follow-ups are put on the list this many days ahead, so they show among the upcoming ones.
LOOK_AHEAD_DAYS = UPCOMING_DAYS


class CadenceError(UserError):
    """A cadence that cannot be used; the message is for the user."""


def set_cadence(db: Database, customer_id: int, *, every: int | None, unit: CadenceUnit | None = None) -> None:
    """Keep in touch with a customer every N days, weeks or months; every=None stops it."""
    problem = cadence_problem(every, unit)
    if problem:
        raise CadenceError(problem)
    with db.writing() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CadenceError(translate("Rules", "This customer no longer exists."))
        customer.contact_every = every
        customer.contact_unit = unit if every is not None else None


def next_contact(last: date, every: int, unit: CadenceUnit) -> date:
    if unit is CadenceUnit.DAYS:
        return last + timedelta(days=every)
    if unit is CadenceUnit.WEEKS:
        return last + timedelta(weeks=every)
    return add_months(last, every)


def birthday_in(year: int, birthday: date) -> date:
    """The day a birthday falls on in `year` (29 February is kept on 28 February otherwise)."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


@dataclass(frozen=True)
class RulesResult:
    cadence: int = 0
    satisfaction: int = 0
    renewal: int = 0
    birthday: int = 0

    @property
    def total(self) -> int:
        return self.cadence + self.satisfaction + self.renewal + self.birthday


@dataclass(frozen=True)
class _Planned:
    """A follow-up a rule calls for; added only when the customer has none with the same key."""

    customer_id: int
    kind: FollowUpKind
    reason: str
    due_on: date
    origin: FollowUpOrigin
    origin_key: str

    def follow_up(self) -> FollowUp:
        return FollowUp(
            customer_id=self.customer_id,
            kind=self.kind,
            reason=self.reason,
            due_on=self.due_on,
            status=FollowUpStatus.OPEN,
            origin=self.origin,
            origin_key=self.origin_key,
        )


_LOOKUP_CHUNK = 500  # customer ids per query, well below SQLite's limit on parameters


def _add_once(session: Session, planned: _Planned) -> bool:
    """Add a rule's follow-up unless that customer already has one with the same key."""
    exists = session.scalar(
        select(FollowUp.id).where(FollowUp.customer_id == planned.customer_id, FollowUp.origin_key == planned.origin_key)
    )
    if exists is not None:
        return False
    try:
        with session.begin_nested():
            session.add(planned.follow_up())
    except IntegrityError:  # another copy of the program added it in the meantime
        return False
    return True


def _add_new(session: Session, planned: list[_Planned]) -> int:
    """Add the planned follow-ups whose customers have none with the same key yet; returns how many.

    The keys are looked up in bulk and the new follow-ups written in one go (a query and a
    savepoint per follow-up took seconds on a large book); when another copy of the program added
    some in the meantime, the unique key refuses the batch and they are added one by one instead.
    """
    wanted: dict[tuple[int, str], _Planned] = {}
    for p in planned:
        wanted.setdefault((p.customer_id, p.origin_key), p)
    if not wanted:
        return 0
    ids = sorted({customer_id for customer_id, _ in wanted})
    origins = {p.origin for p in wanted.values()}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        existing = session.execute(
            select(FollowUp.customer_id, FollowUp.origin_key).where(
                FollowUp.customer_id.in_(ids[start : start + _LOOKUP_CHUNK]), FollowUp.origin.in_(origins)
            )
        )
        for customer_id, key in existing:
            if key is not None:
                wanted.pop((customer_id, key), None)
    new = list(wanted.values())
    if not new:
        return 0
    try:
        with session.begin_nested():
            session.add_all([p.follow_up() for p in new])
    except IntegrityError:
        return sum(_add_once(session, p) for p in new)
    return len(new)


@dataclass(frozen=True)
class _Day:
    """What every rule needs to know: the shop's day and zone, and the rules' settings."""

    today: date
    zone: ZoneInfo
    satisfaction_days: int
    renewal_weeks: int


# The rules follow the customers in the book, not those marked lost (lifecycle.py): the program
# stops calling and greeting a customer who left, until they are won back.
_IN_BOOK = and_(Customer.archived_at.is_(None), Customer.stage != Stage.LOST)


def _stay_in_touch(session: Session, day: _Day) -> list[_Planned]:
    """A call when the last interaction (or the day they joined) is older than the cadence."""
    last_contact = (
        select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == Customer.id).correlate(Customer).scalar_subquery()
    )
    has_open = (
        select(FollowUp.id)
        .where(
            FollowUp.customer_id == Customer.id,
            FollowUp.origin == FollowUpOrigin.CADENCE,
            FollowUp.status == FollowUpStatus.OPEN,
        )
        .correlate(Customer)
        .exists()
    )
    cadences = session.execute(
        select(Customer.id, Customer.contact_every, Customer.contact_unit, Customer.created_at, last_contact).where(
            _IN_BOOK, Customer.contact_every.is_not(None), ~has_open
        )
    )
    planned = []
    for customer_id, every, unit, created_at, last in cadences.all():
        if unit is None or every is None:
            continue
        due = next_contact(local_date(last or created_at, day.zone), every, unit)
        if due <= day.today:
            reason = rule_reason(FollowUpOrigin.CADENCE)
            planned.append(_Planned(customer_id, FollowUpKind.CALL, reason, day.today, FollowUpOrigin.CADENCE, f"cadence:{due.isoformat()}"))
    return planned


def _satisfaction_call(session: Session, day: _Day) -> list[_Planned]:
    """A call some days after a first purchase; only recent ones, so that switching the rule on
    does not call every old customer."""
    earliest = day.today - timedelta(days=day.satisfaction_days + LOOK_AHEAD_DAYS)
    first_purchase = (
        select(Interaction.customer_id, func.min(Interaction.occurred_at).label("first"))
        .where(Interaction.kind == InteractionKind.PURCHASE)
        .group_by(Interaction.customer_id)
        .subquery()
    )
    purchases = session.execute(
        select(first_purchase.c.customer_id, first_purchase.c.first)
        .join(Customer, Customer.id == first_purchase.c.customer_id)
        .where(_IN_BOOK, first_purchase.c.first >= start_of_day(earliest, day.zone))
    )
    planned = []
    for customer_id, first in purchases.all():
        due = local_date(first, day.zone) + timedelta(days=day.satisfaction_days)
        if day.today - timedelta(days=LOOK_AHEAD_DAYS) <= due <= day.today + timedelta(days=LOOK_AHEAD_DAYS):
            reason = rule_reason(FollowUpOrigin.SATISFACTION)
            planned.append(_Planned(customer_id, FollowUpKind.CALL, reason, max(due, day.today), FollowUpOrigin.SATISFACTION, "satisfaction"))
    return planned


def _renewal_call(session: Session, day: _Day) -> list[_Planned]:
    """A call some weeks before a renewal or contract end."""
    before = timedelta(weeks=day.renewal_weeks)
    renewals = session.execute(
        select(Customer.id, Customer.renewal_on).where(
            _IN_BOOK,
            Customer.renewal_on >= day.today,
            Customer.renewal_on <= day.today + before + timedelta(days=LOOK_AHEAD_DAYS),
        )
    )
    planned = []
    for customer_id, renewal_on in renewals.all():
        if renewal_on is None:
            continue
        reason = rule_reason(FollowUpOrigin.RENEWAL)
        due = max(renewal_on - before, day.today)
        planned.append(_Planned(customer_id, FollowUpKind.CALL, reason, due, FollowUpOrigin.RENEWAL, f"renewal:{renewal_on.isoformat()}"))
    return planned


def _birthday_greeting(session: Session, day: _Day) -> list[_Planned]:
    """A greeting on each birthday in the coming days (only the window's months are read)."""
    horizon = day.today + timedelta(days=LOOK_AHEAD_DAYS)
    months = {day.today.month, horizon.month}
    birthdays = session.execute(
        select(Customer.id, Customer.birthday).where(
            _IN_BOOK, Customer.birthday.is_not(None), extract("month", Customer.birthday).in_(months)
        )
    )
    planned = []
    for customer_id, born in birthdays.all():
        if born is None:
            continue
        for year in {day.today.year, horizon.year}:
            when = birthday_in(year, born)
            if day.today <= when <= horizon:
                reason = rule_reason(FollowUpOrigin.BIRTHDAY)
                planned.append(_Planned(customer_id, FollowUpKind.MESSAGE, reason, when, FollowUpOrigin.BIRTHDAY, f"birthday:{year}"))
    return planned


@dataclass(frozen=True)
class _Rule:
    name: str  # RulesResult's field
    plan: Callable[[Session, _Day], list[_Planned]]
    switch: SettingSpec[bool] | None  # None: always on (the cadence is set per customer)


# The rules, each a small function that plans its follow-ups; apply_follow_up_rules adds them once.
RULES = (
    _Rule("cadence", _stay_in_touch, None),
    _Rule("satisfaction", _satisfaction_call, SATISFACTION_CALL),
    _Rule("renewal", _renewal_call, RENEWAL_CALL),
    _Rule("birthday", _birthday_greeting, BIRTHDAY_GREETING),
)


def apply_follow_up_rules(db: Database, *, today: date, progress: Progress | None = None) -> RulesResult:
    """Create the follow-ups that the cadence and the switched-on rules call for, each once only.

    Safe to run any number of times a day (at start-up, and again as days pass). All of it is one
    transaction; a `progress` cancelled (the program quitting) stops it between rules, and nothing
    it did is kept.
    """
    progress = progress or Progress()
    progress.expect(len(RULES))
    counts: dict[str, int] = {}
    zone = shop_zone(db)
    with db.writing() as session:
        satisfaction_days, renewal_weeks = read_settings(session, SATISFACTION_CALL_DAYS, RENEWAL_CALL_WEEKS)
        day = _Day(today, zone, satisfaction_days, renewal_weeks)
        for rule in RULES:
            progress.check()
            switched_on = rule.switch is None or read_settings(session, rule.switch)[0]
            counts[rule.name] = _add_new(session, rule.plan(session, day)) if switched_on else 0
            progress.step()
    return RulesResult(**counts)

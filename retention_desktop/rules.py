"""Follow-ups that appear by themselves: the stay-in-touch cadence and the event rules
(satisfaction call after a first purchase, call before a renewal, birthday greeting)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from retention_desktop.clock import add_months, local_date, shop_zone, start_of_day
from retention_desktop.customers import MAX_CADENCE
from retention_desktop.db import Database
from retention_desktop.followups import UPCOMING_DAYS
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
)
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    get_setting,
)

# Event follow-ups are put on the list this many days ahead, so they show among the upcoming ones.
LOOK_AHEAD_DAYS = UPCOMING_DAYS


class CadenceError(ValueError):
    """A cadence that cannot be used; the message is for the user."""


def set_cadence(db: Database, customer_id: int, *, every: int | None, unit: CadenceUnit | None = None) -> None:
    """Keep in touch with a customer every N days, weeks or months; every=None stops it."""
    if every is not None:
        if unit is None:
            raise CadenceError(translate("Rules", "Choose days, weeks or months."))
        if every <= 0:
            raise CadenceError(translate("Rules", "Keep in touch at least every 1 {unit}.").format(unit=unit.value))
        if every > MAX_CADENCE[unit]:
            raise CadenceError(translate("Rules", "That is more than ten years between contacts."))
    with db.session() as session:
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


def _add_once(session: Session, follow_up: FollowUp) -> bool:
    """Add a rule's follow-up unless that customer already has one with the same key."""
    exists = session.scalar(
        select(FollowUp.id).where(FollowUp.customer_id == follow_up.customer_id, FollowUp.origin_key == follow_up.origin_key)
    )
    if exists is not None:
        return False
    try:
        with session.begin_nested():
            session.add(follow_up)
    except IntegrityError:  # another copy of the program added it in the meantime
        return False
    return True


def apply_follow_up_rules(db: Database, *, today: date) -> RulesResult:
    """Create the follow-ups that the cadence and the switched-on rules call for, each once only.

    Safe to run any number of times a day (at start-up, and again as days pass).
    """
    zone = shop_zone(db)
    satisfaction = get_setting(db, SATISFACTION_CALL)
    satisfaction_days = get_setting(db, SATISFACTION_CALL_DAYS)
    renewal = get_setting(db, RENEWAL_CALL)
    renewal_weeks = get_setting(db, RENEWAL_CALL_WEEKS)
    birthday = get_setting(db, BIRTHDAY_GREETING)
    counts = {"cadence": 0, "satisfaction": 0, "renewal": 0, "birthday": 0}
    in_book = Customer.archived_at.is_(None)

    with db.session() as session:
        # Stay in touch: due when the last interaction (or the day they joined) is older than the cadence.
        last_contact = (
            select(func.max(Interaction.occurred_at))
            .where(Interaction.customer_id == Customer.id)
            .correlate(Customer)
            .scalar_subquery()
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
                in_book, Customer.contact_every.is_not(None), ~has_open
            )
        )
        for customer_id, every, unit, created_at, last in cadences.all():
            if unit is None or every is None:
                continue
            due = next_contact(local_date(last or created_at, zone), every, unit)
            if due <= today and _add_once(
                session,
                FollowUp(
                    customer_id=customer_id,
                    kind=FollowUpKind.CALL,
                    reason=translate("Rules", "Stay in touch"),
                    due_on=today,
                    status=FollowUpStatus.OPEN,
                    origin=FollowUpOrigin.CADENCE,
                    origin_key=f"cadence:{due.isoformat()}",
                ),
            ):
                counts["cadence"] += 1

        if satisfaction:
            # Only recent first purchases: switching the rule on does not call every old customer.
            earliest = today - timedelta(days=satisfaction_days + LOOK_AHEAD_DAYS)
            first_purchase = (
                select(Interaction.customer_id, func.min(Interaction.occurred_at).label("first"))
                .where(Interaction.kind == InteractionKind.PURCHASE)
                .group_by(Interaction.customer_id)
                .subquery()
            )
            purchases = session.execute(
                select(first_purchase.c.customer_id, first_purchase.c.first)
                .join(Customer, Customer.id == first_purchase.c.customer_id)
                .where(in_book, first_purchase.c.first >= start_of_day(earliest, zone))
            )
            for customer_id, first in purchases.all():
                due = local_date(first, zone) + timedelta(days=satisfaction_days)
                if today - timedelta(days=LOOK_AHEAD_DAYS) <= due <= today + timedelta(days=LOOK_AHEAD_DAYS):
                    counts["satisfaction"] += _add_once(
                        session,
                        FollowUp(
                            customer_id=customer_id,
                            kind=FollowUpKind.CALL,
                            reason=translate("Rules", "Satisfaction call after the first purchase"),
                            due_on=max(due, today),
                            status=FollowUpStatus.OPEN,
                            origin=FollowUpOrigin.SATISFACTION,
                            origin_key="satisfaction",
                        ),
                    )

        if renewal:
            before = timedelta(weeks=renewal_weeks)
            renewals = session.execute(
                select(Customer.id, Customer.renewal_on).where(
                    in_book,
                    Customer.renewal_on >= today,
                    Customer.renewal_on <= today + before + timedelta(days=LOOK_AHEAD_DAYS),
                )
            )
            for customer_id, renewal_on in renewals.all():
                if renewal_on is None:
                    continue
                counts["renewal"] += _add_once(
                    session,
                    FollowUp(
                        customer_id=customer_id,
                        kind=FollowUpKind.CALL,
                        reason=translate("Rules", "Renewal is coming up"),
                        due_on=max(renewal_on - before, today),
                        status=FollowUpStatus.OPEN,
                        origin=FollowUpOrigin.RENEWAL,
                        origin_key=f"renewal:{renewal_on.isoformat()}",
                    ),
                )

        if birthday:
            birthdays = session.execute(
                select(Customer.id, Customer.birthday).where(in_book, Customer.birthday.is_not(None))
            )
            horizon = today + timedelta(days=LOOK_AHEAD_DAYS)
            for customer_id, born in birthdays.all():
                if born is None:
                    continue
                for year in {today.year, horizon.year}:
                    day = birthday_in(year, born)
                    if today <= day <= horizon:
                        counts["birthday"] += _add_once(
                            session,
                            FollowUp(
                                customer_id=customer_id,
                                kind=FollowUpKind.MESSAGE,
                                reason=translate("Rules", "Birthday greeting"),
                                due_on=day,
                                status=FollowUpStatus.OPEN,
                                origin=FollowUpOrigin.BIRTHDAY,
                                origin_key=f"birthday:{year}",
                            ),
                        )
    return RulesResult(**counts)


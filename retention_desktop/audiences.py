"""Who a campaign targets: each kind of audience (a tag, a renewal within N days, no purchase for
more than N days, lost for a reason, everyone, customers chosen one by one) is a small frozen class
with its query, its words and its JSON; a new kind is a new class added to AUDIENCES."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, ClassVar, Protocol

from sqlalchemy import Connection, Select, func, select

from retention_desktop import tables as t
from retention_desktop.clock import shop_today
from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.kinds import Gender, Stage
from retention_desktop.text import clean_line, fold, isolate_auto

MAX_DAYS = 3650  # the longest an audience looks back or ahead, and a campaign's window lasts


class Audience(Protocol):
    kind: ClassVar[str]

    def problem(self) -> str:
        """What is wrong with the audience's own settings, in the user's language; "" when nothing."""
        ...

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        """The ids of the customers it chooses on `today` (archived ones are dropped by the caller)."""
        ...

    def describe(self) -> str:
        """The audience in the user's language, for the campaign's page."""
        ...

    def as_json(self) -> dict[str, Any]: ...


def _days_problem(days: int) -> str:
    if not 1 <= days <= MAX_DAYS:
        return translate("Campaigns", "The number of days is from 1 to %n.", None, MAX_DAYS)
    return ""


@dataclass(frozen=True)
class TagAudience:
    """The customers with a tag."""

    kind: ClassVar[str] = "tag"
    tag: str

    def problem(self) -> str:
        return "" if fold(clean_line(self.tag)) else translate("Campaigns", "Choose a tag.")

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        return (
            select(t.customer_tags.c.customer_id)
            .join(t.tags, t.tags.c.id == t.customer_tags.c.tag_id)
            .where(t.tags.c.folded == fold(clean_line(self.tag)))
        )

    def describe(self) -> str:
        return translate("Campaigns", "Tagged {tag}").format(tag=isolate_auto(clean_line(self.tag)))

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "tag": clean_line(self.tag)}


@dataclass(frozen=True)
class RenewalAudience:
    """The customers whose contract or renewal date falls within the next N days (today included)."""

    kind: ClassVar[str] = "renewal"
    within_days: int

    def problem(self) -> str:
        return _days_problem(self.within_days)

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        return select(t.customers.c.id).where(
            t.customers.c.renewal_on.between(today, today + timedelta(days=self.within_days))
        )

    def describe(self) -> str:
        return translate("Campaigns", "Contract ending within %n days", None, self.within_days)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "within_days": self.within_days}


@dataclass(frozen=True)
class LapsedAudience:
    """The customers who bought before and have bought nothing for more than N days (the last
    purchase's day kept with each customer, indexed)."""

    kind: ClassVar[str] = "lapsed"
    days: int

    def problem(self) -> str:
        return _days_problem(self.days)

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        customers = t.customers
        return select(customers.c.id).where(customers.c.last_purchase_on < today - timedelta(days=self.days))

    def describe(self) -> str:
        return translate("Campaigns", "No purchase for more than %n days", None, self.days)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "days": self.days}


@dataclass(frozen=True)
class LostForReasonAudience:
    """The customers marked lost (and not won back since) for a reason from the owner's list."""

    kind: ClassVar[str] = "lost"
    reason_id: int
    reason_name: str = ""  # as the list said it when the campaign was made

    def problem(self) -> str:
        return "" if self.reason_id > 0 else translate("Campaigns", "Choose a reason.")

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        return (
            select(t.customer_losses.c.customer_id)
            .join(t.customers, t.customers.c.id == t.customer_losses.c.customer_id)
            .where(
                t.customer_losses.c.reason_id == self.reason_id,
                t.customer_losses.c.won_back_on.is_(None),
                t.customers.c.stage == Stage.LOST,
            )
        )

    def describe(self) -> str:
        return translate("Campaigns", "Lost for: {reason}").format(reason=isolate_auto(clean_line(self.reason_name)))

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "reason_id": self.reason_id, "reason_name": clean_line(self.reason_name)}


@dataclass(frozen=True)
class AllCustomersAudience:
    """Every customer in the book."""

    kind: ClassVar[str] = "all"

    def problem(self) -> str:
        return ""

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        return select(t.customers.c.id)

    def describe(self) -> str:
        return translate("Campaigns", "All customers")

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind}


@dataclass(frozen=True)
class ChosenAudience:
    """Customers the owner picked one by one."""

    kind: ClassVar[str] = "chosen"
    ids: tuple[int, ...] = field(default=())

    def problem(self) -> str:
        return ""

    def customer_ids(self, today: date) -> Select[tuple[int]]:
        return select(t.customers.c.id).where(t.customers.c.id.in_(self.ids))

    def describe(self) -> str:
        return translate("Campaigns", "%n chosen customers", None, len(self.ids))

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "ids": list(self.ids)}


AUDIENCES: dict[str, type[Any]] = {
    a.kind: a
    for a in (TagAudience, RenewalAudience, LapsedAudience, LostForReasonAudience, AllCustomersAudience, ChosenAudience)
}


def audience_from_json(text: str) -> Audience:
    """The audience a campaign saved (AllCustomersAudience for one this version does not know)."""
    try:
        values = json.loads(text)
        kind = AUDIENCES[values.pop("kind")]
        if kind is ChosenAudience:
            values["ids"] = tuple(values.get("ids", ()))
        audience: Audience = kind(**values)
        return audience
    except (ValueError, KeyError, TypeError, AttributeError):
        return AllCustomersAudience()


def audience_rows(connection: Connection, audience: Audience, today: date) -> list[tuple[int, str, Gender]]:
    """(id, name, gender) of the customers in the book (not archived) the audience chooses, by id."""
    c = t.customers
    stmt = (
        select(c.c.id, c.c.full_name, c.c.gender)
        .where(c.c.id.in_(audience.customer_ids(today)), c.c.archived_at.is_(None))
        .order_by(c.c.id)
    )
    return [(row[0], row[1], row[2]) for row in connection.execute(stmt)]


def audience_customer_ids(db: Database, audience: Audience, *, today: date | None = None) -> list[int]:
    """The customers in the book the audience chooses today, by id."""
    today = today or shop_today(db)
    with db.reading() as connection:
        return [row[0] for row in audience_rows(connection, audience, today)]


def count_audience(db: Database, audience: Audience, *, today: date | None = None) -> int:
    """How many customers in the book the audience chooses today (for the dialog, as it is set)."""
    if audience.problem():
        return 0
    today = today or shop_today(db)
    c = t.customers
    stmt = select(func.count()).where(c.c.id.in_(audience.customer_ids(today)), c.c.archived_at.is_(None))
    with db.reading() as connection:
        return int(connection.execute(stmt).scalar_one())



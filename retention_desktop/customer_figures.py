"""A customer's key figures, as the top of their card shows them: what they spent, when they last
bought, when the shop last heard from them, what is next, and what is still open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from retention_desktop.customers import CustomerNotFound
from retention_desktop.db import Database
from retention_desktop.followups import FollowUpRow, customer_follow_ups
from retention_desktop.interactions import InteractionRow
from retention_desktop.kinds import InteractionKind
from retention_desktop.documents import CurrencyTotals, PurchaseHistory, purchase_history
from retention_desktop.tables import interactions as _interactions

# A note is the shop writing something down, not the customer being in touch.
_NOT_CONTACT = (InteractionKind.NOTE,)


@dataclass(frozen=True)
class KeyFigures:
    """The few numbers the owner looks at first. Money is per currency (a shop rarely has more
    than one); `days_since_purchase` counts on the shop's calendar."""

    spent: tuple[CurrencyTotals, ...]
    invoice_count: int
    last_purchase: date | None
    days_since_purchase: int | None
    last_contact: InteractionRow | None
    next_follow_up: FollowUpRow | None
    next_is_overdue: bool
    open_follow_ups: int
    open_complaints: int


def key_figures(
    history: PurchaseHistory | None,
    follow_ups: Sequence[FollowUpRow],
    last_contact: InteractionRow | None,
    *,
    today: date,
    open_complaints: int = 0,
) -> KeyFigures:
    """The figures from what the card reads anyway: the purchase history (documents.purchase_history),
    the open follow-ups soonest first (followups.customer_follow_ups) and the last contact."""
    last_purchase = history.last_purchase if history is not None else None
    next_follow_up = follow_ups[0] if follow_ups else None
    return KeyFigures(
        spent=history.totals if history is not None else (),
        invoice_count=history.invoice_count if history is not None else 0,
        last_purchase=last_purchase,
        days_since_purchase=(today - last_purchase).days if last_purchase is not None else None,
        last_contact=last_contact,
        next_follow_up=next_follow_up,
        next_is_overdue=next_follow_up is not None and next_follow_up.due_on < today,
        open_follow_ups=len(follow_ups),
        open_complaints=open_complaints,
    )


def last_contact(db: Database, customer_id: int) -> InteractionRow | None:
    """The newest call, visit, message, purchase, feedback or complaint of a customer (notes the shop
    wrote are not contact), or None."""
    i = _interactions.c
    stmt = (
        select(i.id, i.customer_id, i.kind, i.occurred_at, i.note, i.outcome, i.score, i.resolved_at, i.follow_up_id)
        .where(i.customer_id == customer_id, i.kind.not_in(_NOT_CONTACT))
        .order_by(i.occurred_at.desc(), i.id.desc())
        .limit(1)
    )
    with db.reading() as connection:
        row = connection.execute(stmt).first()
    return InteractionRow(*row) if row is not None else None


def count_open_complaints(db: Database, customer_id: int) -> int:
    """How many of a customer's complaints are not resolved yet."""
    i = _interactions.c
    stmt = select(func.count(i.id)).where(
        i.customer_id == customer_id, i.kind == InteractionKind.COMPLAINT, i.resolved_at.is_(None)
    )
    with db.reading() as connection:
        return int(connection.scalar(stmt) or 0)


def customer_figures(db: Database, customer_id: int, *, today: date) -> KeyFigures:
    """Read a customer's key figures; raises CustomerNotFound for a customer who does not exist."""
    history = purchase_history(db, customer_id, limit=0)
    return key_figures(
        history,
        customer_follow_ups(db, customer_id),
        last_contact(db, customer_id),
        today=today,
        open_complaints=count_open_complaints(db, customer_id),
    )


__all__ = ["CustomerNotFound", "KeyFigures", "count_open_complaints", "customer_figures", "key_figures", "last_contact"]

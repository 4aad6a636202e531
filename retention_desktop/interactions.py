"""The interaction log: calls, visits, messages, purchases, feedback and complaints, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from retention_desktop.db import Database
from retention_desktop.statements import first_phone, insert_rows, unindexed
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.kinds import InteractionKind, Outcome
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import interactions as _interactions
from retention_desktop.tables import utc_now
from retention_desktop.text import clean_paragraph

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A clock a little ahead of the database's is not "the future".
_CLOCK_SLACK = timedelta(minutes=5)


class InteractionError(UserError):
    """An interaction that cannot be logged or changed; the message is for the user, `field` names
    the input it is about ("occurred_at", "score", "note") or is empty."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class InteractionRow:
    id: int
    customer_id: int
    kind: InteractionKind
    occurred_at: datetime
    note: str
    outcome: Outcome | None
    score: int | None
    resolved_at: datetime | None
    follow_up_id: int | None

    @property
    def open_complaint(self) -> bool:
        return self.kind is InteractionKind.COMPLAINT and self.resolved_at is None


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    customer_id: int
    customer_name: str
    occurred_at: datetime
    note: str
    phone: str = ""  # the customer's first number, E.164



@dataclass(frozen=True)
class InteractionEntry:
    """Something that happened, to be logged with others (log_interactions): a complaint may come
    resolved, a call or visit with the follow-up it was made from."""

    customer_id: int
    kind: InteractionKind
    occurred_at: datetime
    note: str = ""
    outcome: Outcome | None = None
    score: int | None = None
    resolved_at: datetime | None = None
    follow_up_id: int | None = None


def check_interaction(
    kind: InteractionKind, note: str, occurred_at: datetime, score: int | None, now: datetime
) -> str:
    """The note cleaned as a paragraph (text.py), or InteractionError for what cannot be logged:
    a time in the future, feedback without a score from 1 to 5, a score on anything else, a
    complaint without a description."""
    note = clean_paragraph(note)
    if occurred_at > now + _CLOCK_SLACK:
        raise InteractionError(translate("Interactions", "The time is in the future."), field="occurred_at")
    if kind is InteractionKind.FEEDBACK:
        if score is None or not 1 <= score <= 5:
            raise InteractionError(translate("Interactions", "Choose a satisfaction score from 1 to 5."), field="score")
    elif score is not None:
        raise InteractionError(translate("Interactions", "Only feedback carries a satisfaction score."), field="score")
    if kind is InteractionKind.COMPLAINT and not note:
        raise InteractionError(translate("Interactions", "Describe the complaint."), field="note")
    return note


def log_interaction(
    db: Database,
    customer_id: int,
    *,
    kind: InteractionKind,
    note: str = "",
    occurred_at: datetime | None = None,
    score: int | None = None,
    outcome: Outcome | None = None,
) -> int:
    """Write down something that happened with a customer; returns its id.

    Feedback carries a satisfaction score from 1 to 5; a complaint needs a description and stays
    open until resolve_complaint. The note is cleaned as a paragraph (text.py).
    """
    now = utc_now()
    occurred_at = occurred_at or now
    note = check_interaction(kind, note, occurred_at, score, now)
    from retention_desktop.models import Customer, Interaction

    with db.writing() as session:
        if session.get(Customer, customer_id) is None:
            raise InteractionError(translate("Interactions", "This customer no longer exists."))
        interaction = Interaction(
            customer_id=customer_id, kind=kind, occurred_at=occurred_at, note=note, score=score, outcome=outcome
        )
        session.add(interaction)
        session.flush()
        return interaction.id


def log_interactions(session: Session, entries: Sequence[InteractionEntry]) -> None:
    """Log many interactions in the caller's write transaction, each checked as log_interaction
    checks one (InteractionError), a complaint's resolution too (ValueError: only a complaint, not
    before it was made); a customer that does not exist is refused by the database's foreign key."""
    if not entries:
        return
    now = utc_now()
    rows = []
    for e in entries:
        note = check_interaction(e.kind, e.note, e.occurred_at, e.score, now)
        if e.resolved_at is not None and (e.kind is not InteractionKind.COMPLAINT or e.resolved_at < e.occurred_at):
            raise ValueError("only a complaint is resolved, and not before it was made")
        rows.append((e.customer_id, e.kind, e.occurred_at, note, e.outcome, e.score, e.resolved_at, e.follow_up_id))
    columns = ("customer_id", "kind", "occurred_at", "note", "outcome", "score", "resolved_at", "follow_up_id")
    insert_rows(session.connection(), _interactions, columns, rows)


def customer_timeline(db: Database, customer_id: int, *, limit: int | None = None) -> list[InteractionRow]:
    """A customer's interactions, newest first."""
    i = _interactions.c
    stmt = (
        select(i.id, i.customer_id, i.kind, i.occurred_at, i.note, i.outcome, i.score, i.resolved_at, i.follow_up_id)
        .where(i.customer_id == customer_id)
        .order_by(i.occurred_at.desc(), i.id.desc())
        .limit(limit)
    )
    with db.reading() as connection:
        return [InteractionRow(*row) for row in connection.execute(stmt)]


def resolve_complaint(db: Database, interaction_id: int, *, at: datetime | None = None) -> None:
    """Mark an open complaint resolved."""
    from retention_desktop.models import Interaction

    with db.writing() as session:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.kind is not InteractionKind.COMPLAINT:
            raise InteractionError(translate("Interactions", "This complaint no longer exists."))
        if interaction.resolved_at is not None:
            raise InteractionError(translate("Interactions", "This complaint is already resolved."))
        interaction.resolved_at = at or utc_now()


_OPEN = (_interactions.c.kind == InteractionKind.COMPLAINT, _interactions.c.resolved_at.is_(None))
# The archived customers are few: their ids are left out, rather than each complaint's customer read.
_ARCHIVED = select(_customers.c.id).where(_customers.c.archived_at.is_not(None))


def open_complaints(db: Database, *, limit: int | None = None) -> list[ComplaintRow]:
    """Complaints not resolved yet, of customers in the book, oldest first (the first `limit`)."""
    phone = first_phone(_interactions.c.customer_id)
    stmt = (
        select(
            _interactions.c.id,
            _interactions.c.customer_id,
            _customers.c.full_name,
            _interactions.c.occurred_at,
            _interactions.c.note,
            phone,
        )
        .join(_customers, _customers.c.id == _interactions.c.customer_id)
        .where(*_OPEN, _interactions.c.customer_id.not_in(_ARCHIVED))
        .order_by(_interactions.c.occurred_at, _interactions.c.id)
        .limit(limit)
    )
    with db.reading() as session:
        return [
            ComplaintRow(
                id=i, customer_id=customer_id, customer_name=name, occurred_at=at, note=note, phone=phone or ""
            )
            for i, customer_id, name, at, note, phone in session.execute(stmt)
        ]


def count_open_complaints(db: Database) -> int:
    """The open complaints of customers in the book: counted from the (kind, resolved, time) index
    alone, less the archived customers' few (through the customer index): 27 ms to 1 at 8,000."""
    every = select(func.count()).where(*_OPEN)
    of_archived = select(func.count()).where(
        unindexed(_interactions.c.kind) == InteractionKind.COMPLAINT.value,
        _interactions.c.resolved_at.is_(None),
        _interactions.c.customer_id.in_(_ARCHIVED),
    )
    with db.reading() as connection:
        return int(connection.scalar(select(every.scalar_subquery() - of_archived.scalar_subquery())) or 0)


def last_interaction_at(db: Database, customer_id: int) -> datetime | None:
    with db.reading() as connection:
        value: datetime | None = connection.scalar(
            select(func.max(_interactions.c.occurred_at)).where(_interactions.c.customer_id == customer_id)
        )
    return value

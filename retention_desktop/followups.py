"""Follow-ups: whom to call, visit or message, and when; done with an outcome, snoozed or cancelled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Unpack

from sqlalchemy import ColumnElement, Connection, ScalarSelect, Select, Text, and_, bindparam, case, cast, func, literal_column, or_, select, union_all, update
from sqlalchemy.util.typing import TupleAny

from retention_desktop.clock import shop_today
from retention_desktop.db import Database
from retention_desktop.statements import first_phone, insert_rows_returning_ids, unindexed
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.interactions import InteractionEntry, log_interactions
from retention_desktop.kinds import FollowUpKind, FollowUpOrigin, FollowUpStatus, InteractionKind, Outcome
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import follow_ups as _follow_ups
from retention_desktop.tables import utc_now
from retention_desktop.text import clean_line, clean_paragraph

if TYPE_CHECKING:  # the writing functions use the ORM, imported when they first run
    from sqlalchemy.orm import Session

    from retention_desktop.models import Customer, FollowUp

_FOLLOW_UP_COLUMNS = (
    "customer_id", "kind", "reason", "note", "due_on", "due_at", "status", "origin", "origin_key", "created_at", "closed_at",
)

UPCOMING_DAYS = 7
MAX_REASON = 200

INTERACTION_OF = {
    FollowUpKind.CALL: InteractionKind.CALL,
    FollowUpKind.VISIT: InteractionKind.VISIT,
    FollowUpKind.MESSAGE: InteractionKind.MESSAGE,
}


class FollowUpError(UserError):
    """A follow-up action that cannot be done; the message is for the user, `field` names the input
    at fault ("customer", "due_on", "reason", "call_back_on", "until"; "" for none in particular)."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    customer_id: int
    customer_name: str
    phone: str  # the customer's first number, E.164, or ""
    kind: FollowUpKind
    reason: str
    note: str
    due_on: date
    due_at: time | None
    origin: FollowUpOrigin
    status: FollowUpStatus


@dataclass(frozen=True)
class DueList:
    """The Today screen's lists for one shop day.

    The totals count every follow-up of each list; they are larger than the lists only when
    follow_ups_due was given a `limit`.
    """

    day: date
    overdue: list[FollowUpRow]
    today: list[FollowUpRow]
    upcoming: list[FollowUpRow]
    overdue_total: int = -1
    today_total: int = -1
    upcoming_total: int = -1

    def __post_init__(self) -> None:
        for name in ("overdue", "today", "upcoming"):
            if getattr(self, f"{name}_total") < 0:
                object.__setattr__(self, f"{name}_total", len(getattr(self, name)))


def _rows_query() -> Select[Unpack[TupleAny]]:
    """The columns of a FollowUpRow, in its order: plain columns, not ORM objects, so that a long
    Today list is read twice as fast."""
    return select(
        _follow_ups.c.id,
        _follow_ups.c.customer_id,
        _customers.c.full_name,
        first_phone(_follow_ups.c.customer_id),
        _follow_ups.c.kind,
        _follow_ups.c.reason,
        _follow_ups.c.note,
        _follow_ups.c.due_on,
        _follow_ups.c.due_at,
        _follow_ups.c.origin,
        _follow_ups.c.status,
    ).join(_customers, _customers.c.id == _follow_ups.c.customer_id)


def rule_reason(origin: FollowUpOrigin) -> str:
    """Why a rule put a follow-up on the list, in the user's language now (one home for these
    words: the rules store them, the lists show them). "" for the owner's own follow-ups."""
    match origin:
        case FollowUpOrigin.CADENCE:
            return translate("Rules", "Stay in touch")
        case FollowUpOrigin.SATISFACTION:
            return translate("Rules", "Satisfaction call after the first purchase")
        case FollowUpOrigin.RENEWAL:
            return translate("Rules", "Renewal is coming up")
        case FollowUpOrigin.BIRTHDAY:
            return translate("Rules", "Birthday greeting")
    return ""


# The follow-ups the program puts on the list by itself (rules.py): every origin but the owner's
# own, MANUAL, which campaigns and occasion sequences use too.
RULE_ORIGINS = tuple(o for o in FollowUpOrigin if o is not FollowUpOrigin.MANUAL)
# The origin key of a campaign's or occasion sequence's follow-ups: "campaign-<id>-<step>" (campaigns.py).
CAMPAIGN_KEY_PREFIX = "campaign-"


def _closed_by_loss(lost_at: ColumnElement[Any]) -> ColumnElement[Any]:
    """When marking a customer lost (at `lost_at`) closes a follow-up: then, or when it was made if
    that came later (the demo marks customers lost on past days). Winning them back finds by it
    the follow-ups their loss closed."""
    f = _follow_ups.c
    return case((f.created_at > lost_at, f.created_at), else_=lost_at)


def withdraw_follow_ups_of_lost(connection: Connection, lost: Mapping[int, datetime]) -> None:
    """Cancel the open follow-ups of customers marked lost (customer id → when), in the caller's
    write transaction, so that Today stops listing them: all but the touches of campaigns and
    occasion sequences, which are meant for such customers. Each is closed when the customer was
    marked lost, or when it was made if that came later."""
    if not lost:
        return
    f = _follow_ups
    at = bindparam("at", type_=f.c.closed_at.type)
    withdrawn = or_(f.c.origin != FollowUpOrigin.MANUAL, f.c.origin_key.is_(None), f.c.origin_key.not_like(f"{CAMPAIGN_KEY_PREFIX}%"))
    statement = (
        update(f)
        .where(f.c.customer_id == bindparam("customer"), f.c.status == FollowUpStatus.OPEN, withdrawn)
        .values(status=FollowUpStatus.CANCELLED, closed_at=_closed_by_loss(at))
    )
    connection.execute(statement, [{"customer": customer_id, "at": when} for customer_id, when in lost.items()])


def put_back_follow_ups_of_lost(connection: Connection, won_back: Mapping[int, tuple[datetime, date]]) -> None:
    """Open again, in the caller's write transaction, the follow-ups that marking customers lost
    cancelled (withdraw_follow_ups_of_lost: closed at that moment, or when made if later) and that
    fall due on or after the day they were won back (customer id → (when they were marked lost,
    that day)); those whose day has passed stay cancelled."""
    if not won_back:
        return
    f = _follow_ups
    lost_at = bindparam("lost_at", type_=f.c.closed_at.type)
    statement = (
        update(f)
        .where(
            f.c.customer_id == bindparam("customer"),
            f.c.status == FollowUpStatus.CANCELLED,
            f.c.closed_at == _closed_by_loss(lost_at),
            f.c.due_on >= bindparam("day", type_=f.c.due_on.type),
        )
        .values(status=FollowUpStatus.OPEN, closed_at=None)
    )
    connection.execute(statement, [{"customer": c, "lost_at": at, "day": day} for c, (at, day) in won_back.items()])


def rule_reasons() -> dict[FollowUpOrigin, str]:
    """Every origin's reason in the user's language now: worked out once for a list, not per row."""
    return {origin: rule_reason(origin) for origin in FollowUpOrigin}


def _row(values: Sequence[Any], reasons: dict[FollowUpOrigin, str]) -> FollowUpRow:
    id_, customer_id, name, phone, kind, reason, note, due_on, due_at, origin, status = values
    # A rule's reason was stored in the language of the day it ran: it is shown in today's.
    reason = reasons[origin] or reason
    return FollowUpRow(id_, customer_id, name, phone or "", kind, reason, note, due_on, due_at, origin, status)


_BY_DUE = (_follow_ups.c.due_on, _follow_ups.c.due_at.is_(None), _follow_ups.c.due_at, _follow_ups.c.id)


def _open(session: Session, follow_up_id: int) -> FollowUp:
    from retention_desktop.models import FollowUp

    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise FollowUpError(translate("FollowUps", "This follow-up no longer exists."))
    if follow_up.status is not FollowUpStatus.OPEN:
        raise FollowUpError(translate("FollowUps", "This follow-up is already closed."))
    return follow_up


def _check_customer(session: Session, customer_id: int) -> Customer:
    from retention_desktop.models import Customer

    customer = session.get(Customer, customer_id)
    if customer is None:
        raise FollowUpError(translate("FollowUps", "This customer no longer exists."), field="customer")
    if customer.archived_at is not None:
        raise FollowUpError(
            translate("FollowUps", "{name} is archived. Restore the customer before scheduling a follow-up.").format(
                name=clean_line(customer.full_name)
            ),
            field="customer",
        )
    return customer


def _clean_reason(reason: str) -> str:
    reason = clean_line(reason)
    if len(reason) > MAX_REASON:
        raise FollowUpError(
            translate("FollowUps", "The reason is longer than %n characters.", None, MAX_REASON), field="reason"
        )
    return reason


def done_note(reason: str, note: str) -> str:
    """The note of the interaction a done follow-up logs: its reason, then what came of it."""
    return " — ".join(p for p in (reason, note) if p)


def schedule_follow_up(
    db: Database,
    customer_id: int,
    *,
    due_on: date,
    kind: FollowUpKind = FollowUpKind.CALL,
    reason: str = "",
    note: str = "",
    due_at: time | None = None,
    today: date | None = None,
) -> int:
    """Put a call, visit or message on the list for a day (and time, if given); returns its id.

    The reason is cleaned as a one-line field, the note as a paragraph (text.py)."""
    today = today or shop_today(db)
    if due_on < today:
        raise FollowUpError(translate("FollowUps", "The date is in the past. Choose today or a later day."), field="due_on")
    reason, note = _clean_reason(reason), clean_paragraph(note)
    from retention_desktop.models import FollowUp

    with db.writing() as session:
        _check_customer(session, customer_id)
        follow_up = FollowUp(
            customer_id=customer_id,
            kind=kind,
            reason=reason,
            note=note,
            due_on=due_on,
            due_at=due_at,
            status=FollowUpStatus.OPEN,
            origin=FollowUpOrigin.MANUAL,
        )
        session.add(follow_up)
        session.flush()
        return follow_up.id


def follow_ups_due(
    db: Database, *, on: date, upcoming_days: int = UPCOMING_DAYS, limit: int | None = None
) -> DueList:
    """Open follow-ups of customers in the book: overdue (oldest first), due on the day (by time,
    untimed last) and due in the next `upcoming_days` days.

    With `limit`, each list holds at most that many (the first ones) and the totals say how many
    there are: a long list is then read in a fixed time.
    """
    in_window = (
        _follow_ups.c.status == FollowUpStatus.OPEN,
        _follow_ups.c.due_on <= on + timedelta(days=upcoming_days),
        _customers.c.archived_at.is_(None),
    )
    with db.reading() as session:
        if limit is None:
            overdue: list[FollowUpRow] = []
            today: list[FollowUpRow] = []
            upcoming: list[FollowUpRow] = []
            reasons = rule_reasons()
            for values in session.execute(_rows_query().where(*in_window).order_by(*_BY_DUE)):
                row = _row(values, reasons)
                (overdue if row.due_on < on else today if row.due_on == on else upcoming).append(row)
            return DueList(day=on, overdue=overdue, today=today, upcoming=upcoming)

        # Archived customers are few: leaving their ids out spares reading each customer's row.
        archived = select(_customers.c.id).where(_customers.c.archived_at.is_not(None))
        reasons = rule_reasons()
        last = on + timedelta(days=upcoming_days)
        # The three lists are one statement, made and compiled once, its days given at each run.
        first_by_due = _first_by_due(archived, limit)
        lists = [
            [
                _row(values, reasons)
                for values in session.execute(
                    first_by_due, {"first_day": first_day, "last_day": last_day, "after_last_day": last_day + timedelta(days=1)}
                )
            ]
            # The overdue from the first day there is.
            for first_day, last_day in ((date.min, on - timedelta(days=1)), (on, on), (on + timedelta(days=1), last))
        ]
        # Each total is a count over a range of the (status, due day, customer) index, less the
        # few open follow-ups of archived customers (through the customer index): 7 ms at
        # 1,000,000 customers where one count testing each row's day and customer took 31.
        def counted(*days: Any) -> ScalarSelect[int]:
            every = select(func.count()).where(_follow_ups.c.status == FollowUpStatus.OPEN, *days)
            of_archived = select(func.count()).where(
                unindexed(_follow_ups.c.status) == FollowUpStatus.OPEN.value, *days, _follow_ups.c.customer_id.in_(archived)
            )
            return (every.scalar_subquery() - of_archived.scalar_subquery()).label(None)  # type: ignore[return-value]

        totals = session.execute(
            select(
                counted(_follow_ups.c.due_on < on),
                counted(_follow_ups.c.due_on == on),
                counted(_follow_ups.c.due_on > on, _follow_ups.c.due_on <= last),
            )
        ).one()
    return DueList(
        day=on,
        overdue=lists[0],
        today=lists[1],
        upcoming=lists[2],
        overdue_total=int(totals[0]),
        today_total=int(totals[1]),
        upcoming_total=int(totals[2]),
    )


def due_as_json(db: Database, *, on: date) -> list[str]:
    """The overdue follow-ups and those due on the day, as `main.py due --json` lists them: one
    JSON object a follow-up, in the lists' order (follow_ups_due's), with its id, day, time
    ("HH:MM" or null), kind, customer's id and name, first phone as stored (or null), reason (a
    rule's in today's language) and whether it is overdue.

    The database writes each object (SQLite's json_object, PostgreSQL's json_build_object): at
    1,000,000 customers, where 60,000 are listed, Python building a row, then a dict, then JSON
    of each took longer than the query itself.
    """
    f, c = _follow_ups.c, _customers.c
    reasons = rule_reasons()
    reason = case({origin: reasons[origin] for origin in RULE_ORIGINS}, value=f.origin, else_=f.reason)
    if db.is_sqlite:
        due_at: ColumnElement[Any] = func.substr(f.due_at, 1, 5)  # stored as "HH:MM:SS.ffffff"
        overdue: ColumnElement[Any] = func.json(case((f.due_on < on, "true"), else_="false"))
    else:
        due_at = func.to_char(f.due_at, "HH24:MI")
        overdue = f.due_on < on
    fields: dict[str, ColumnElement[Any]] = {
        "id": f.id,
        "due_on": f.due_on,
        "due_at": due_at,
        "kind": f.kind,
        "customer_id": f.customer_id,
        "customer": c.full_name,
        "phone": func.nullif(first_phone(f.customer_id), ""),
        "reason": reason,
        "overdue": overdue,
    }
    pairs = [part for key, value in fields.items() for part in (literal_column(f"'{key}'"), value)]
    as_json = func.json_object(*pairs) if db.is_sqlite else cast(func.json_build_object(*pairs), Text)
    statement = (
        select(as_json)
        .select_from(_follow_ups.join(_customers, c.id == f.customer_id))
        .where(f.status == FollowUpStatus.OPEN, f.due_on <= on, c.archived_at.is_(None))
        .order_by(*_BY_DUE)
    )
    with db.reading() as connection:
        return list(connection.scalars(statement))


def _first_by_due(archived: Select[tuple[int]], limit: int) -> Select[Unpack[TupleAny]]:
    """The first `limit` open follow-ups due from the day `first_day` to the day `last_day` (bound
    parameters, with `after_last_day` the day after it), in the lists'
    order (by day, the timed ones of a day by time before the untimed), read from the (status, due
    day, due time) index instead of sorting every one in the range: 40,000 fall due on one day at
    1,000,000 customers, 20,000 are overdue.

    The day of the limit-th of them in the index's order (by day alone) bounds the list: every one
    due before that day is in it (fewer than `limit`), and of that day's own, the first timed ones
    by time and the first untimed ones; those few are then put in order. With fewer than `limit`
    in the range, that day is none and the whole range is read.
    """
    first_day = bindparam("first_day", type_=_follow_ups.c.due_on.type)
    last_day = bindparam("last_day", type_=_follow_ups.c.due_on.type)
    after_last_day = bindparam("after_last_day", type_=_follow_ups.c.due_on.type)
    open_ones = select(_follow_ups.c.id).where(_follow_ups.c.status == FollowUpStatus.OPEN, _follow_ups.c.customer_id.not_in(archived))
    from_first_day = open_ones.where(_follow_ups.c.due_on >= first_day)
    # Each part names its days once (a second condition on the day led SQLite to read the wrong range).
    nth_day = (
        from_first_day.with_only_columns(_follow_ups.c.due_on)
        .where(_follow_ups.c.due_on <= last_day)
        .order_by(_follow_ups.c.due_on)
        .limit(1)
        .offset(limit - 1)
        .scalar_subquery()
    )
    before = from_first_day.where(_follow_ups.c.due_on < func.coalesce(nth_day, after_last_day))
    on_that_day = open_ones.where(_follow_ups.c.due_on == nth_day)
    timed = on_that_day.where(_follow_ups.c.due_at.is_not(None)).order_by(_follow_ups.c.due_at, _follow_ups.c.id).limit(limit)
    untimed = on_that_day.where(_follow_ups.c.due_at.is_(None)).order_by(_follow_ups.c.id).limit(limit)
    first = union_all(before, timed.subquery().select(), untimed.subquery().select()).subquery()
    return _rows_query().join(first, first.c.id == _follow_ups.c.id).order_by(*_BY_DUE).limit(limit)


def count_due(db: Database, *, on: date, now: time | None = None) -> int:
    """How many follow-ups are overdue or due on the day (with a time: only once that time has come)."""
    due_today = _follow_ups.c.due_on == on
    if now is not None:
        due_today = and_(due_today, (_follow_ups.c.due_at.is_(None)) | (_follow_ups.c.due_at <= now))
    stmt = (
        select(func.count(_follow_ups.c.id))
        .join(_customers, _customers.c.id == _follow_ups.c.customer_id)
        .where(_follow_ups.c.status == FollowUpStatus.OPEN, _customers.c.archived_at.is_(None))
        .where((_follow_ups.c.due_on < on) | due_today)
    )
    with db.reading() as session:
        return int(session.scalar(stmt) or 0)


def customer_follow_ups(db: Database, customer_id: int) -> list[FollowUpRow]:
    """A customer's open follow-ups, soonest first."""
    stmt = (
        _rows_query()
        # "+status" keeps SQLite off the (status, due_on) index, which it otherwise prefers for the
        # order and then walks every open follow-up of the book (12 ms at 100k customers, not 0.3).
        .where(_follow_ups.c.customer_id == customer_id, unindexed(_follow_ups.c.status) == FollowUpStatus.OPEN.value)
        .order_by(*_BY_DUE)
    )
    with db.reading() as session:
        reasons = rule_reasons()
        return [_row(values, reasons) for values in session.execute(stmt)]


def follow_up(db: Database, follow_up_id: int) -> FollowUpRow:
    with db.reading() as session:
        found = session.execute(_rows_query().where(_follow_ups.c.id == follow_up_id)).first()
        if found is None:
            raise FollowUpError(translate("FollowUps", "This follow-up no longer exists."))
        return _row(found, rule_reasons())


def mark_done(
    db: Database,
    follow_up_id: int,
    *,
    outcome: Outcome,
    note: str = "",
    call_back_on: date | None = None,
    at: datetime | None = None,
    today: date | None = None,
) -> int:
    """Close a follow-up with what came of it and log the interaction; returns the interaction's id.

    With `call_back_on`, a new follow-up of the same kind and reason is put on that day. The note
    is cleaned as a paragraph (text.py).
    """
    at = at or utc_now()
    note = clean_paragraph(note)
    if call_back_on is not None and call_back_on < (today or shop_today(db)):
        raise FollowUpError(
            translate("FollowUps", "The date is in the past. Choose today or a later day."), field="call_back_on"
        )
    from retention_desktop.models import FollowUp, Interaction

    with db.writing() as session:
        follow_up = _open(session, follow_up_id)
        follow_up.status = FollowUpStatus.DONE
        follow_up.closed_at = at
        interaction = Interaction(
            customer_id=follow_up.customer_id,
            kind=INTERACTION_OF[follow_up.kind],
            occurred_at=at,
            note=done_note(follow_up.reason, note),
            outcome=outcome,
            follow_up_id=follow_up.id,
        )
        session.add(interaction)
        if call_back_on is not None:
            session.add(
                FollowUp(
                    customer_id=follow_up.customer_id,
                    kind=follow_up.kind,
                    reason=follow_up.reason,
                    note=note,
                    due_on=call_back_on,
                    status=FollowUpStatus.OPEN,
                    origin=FollowUpOrigin.MANUAL,
                )
            )
        session.flush()
        return interaction.id


def snooze(db: Database, follow_up_id: int, *, until: date, today: date | None = None) -> None:
    """Move an open follow-up to a later day (tomorrow, next week, a chosen date)."""
    if until <= (today or shop_today(db)):
        raise FollowUpError(
            translate("FollowUps", "A follow-up can only be snoozed to a day after today."), field="until"
        )
    with db.writing() as session:
        follow_up = _open(session, follow_up_id)
        follow_up.due_on = until


def cancel_follow_up(db: Database, follow_up_id: int) -> None:
    with db.writing() as session:
        follow_up = _open(session, follow_up_id)
        follow_up.status = FollowUpStatus.CANCELLED
        follow_up.closed_at = utc_now()


@dataclass(frozen=True)
class FollowUpRecord:
    """A follow-up as it stands, for bulk work (imports, the demo): put on the list at
    `created_at`, and still open, done at `closed_at` with an outcome (logging the interaction
    mark_done logs) or cancelled at `closed_at`."""

    customer_id: int
    kind: FollowUpKind
    due_on: date
    created_at: datetime
    reason: str = ""
    note: str = ""
    due_at: time | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    closed_at: datetime | None = None
    outcome: Outcome | None = None  # of a done one
    outcome_note: str = ""  # what came of it, as mark_done's note
    origin: FollowUpOrigin = FollowUpOrigin.MANUAL
    origin_key: str | None = None


def record_follow_ups(session: Session, records: Sequence[FollowUpRecord]) -> list[int]:
    """Write many follow-ups in the caller's write transaction, with the interactions the done ones
    logged; returns their ids in order. The reason and note are cleaned and checked as
    schedule_follow_up checks them; a closed one needs its closing time (after it was made), a done
    one its outcome. A customer that does not exist is refused by the database's foreign key."""
    if not records:
        return []
    rows: list[tuple[Any, ...]] = []
    for r in records:
        open_ = r.status is FollowUpStatus.OPEN
        if open_ != (r.closed_at is None) or (r.closed_at is not None and r.closed_at < r.created_at):
            raise ValueError("a closed follow-up needs its closing time, after it was made; an open one has none")
        if (r.status is FollowUpStatus.DONE) != (r.outcome is not None):
            raise ValueError("a done follow-up, and only a done one, has an outcome")
        rows.append(
            (
                r.customer_id, r.kind, _clean_reason(r.reason), clean_paragraph(r.note), r.due_on, r.due_at, r.status,
                r.origin, r.origin_key, r.created_at, r.closed_at,
            )
        )
    ids = insert_rows_returning_ids(session.connection(), _follow_ups, _FOLLOW_UP_COLUMNS, rows)
    log_interactions(
        session,
        [
            InteractionEntry(
                r.customer_id,
                INTERACTION_OF[r.kind],
                r.closed_at,
                done_note(row[2], clean_paragraph(r.outcome_note)),
                outcome=r.outcome,
                follow_up_id=follow_up_id,
            )
            for follow_up_id, r, row in zip(ids, records, rows)
            if r.status is FollowUpStatus.DONE and r.closed_at is not None
        ],
    )
    return ids

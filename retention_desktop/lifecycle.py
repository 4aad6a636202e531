"""A customer's stage: after a purchase, lost, won back, lapsed (one home for these rules)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from retention_desktop.clock import local_date
from retention_desktop.customers import CustomerNotFound
from retention_desktop.db import Database
from retention_desktop.statements import insert_rows, insert_rows_returning_ids, update_rows
from retention_desktop.errors import UserError
from retention_desktop.followups import put_back_follow_ups_of_lost, withdraw_follow_ups_of_lost
from retention_desktop.i18n import translate
from retention_desktop.interactions import InteractionEntry, check_interaction, log_interactions
from retention_desktop.kinds import InteractionKind, Stage
from retention_desktop.money import from_minor_units
from retention_desktop.settings import CURRENCY, LAPSE_ONE_OFF_DAYS, TIME_ZONE, read_settings
from retention_desktop.tables import customer_phones as _phones
from retention_desktop.tables import customer_spending as _spending
from retention_desktop.tables import customer_losses as _losses
from retention_desktop.tables import customers as _customers
from retention_desktop.tables import interactions as _interactions
from retention_desktop.tables import loss_reasons as _reasons
from retention_desktop.tables import utc_now
from retention_desktop.text import clean_line, clean_paragraph, fold

# The lapse model, by a customer's own rhythm: someone who bought on several days counts as lapsed
# once they have been quiet for LAPSE_FACTOR times their usual interval between purchases (at least
# LAPSE_MIN_DAYS); a one-off buyer after a period the owner sets (settings.LAPSE_ONE_OFF_DAYS). Half
# way there, they are at risk. The stage, the lapsed list and the demo all follow this one rule.
# Migration 0011 holds a frozen copy of it for the figures it rebuilds.
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


def lapse_day(last: date, own: date | None, one_off_days: int) -> date:
    """The day a customer whose last purchase was on `last` counts as lapsed: by their own rhythm
    (`own`, lapses_on) when they bought on several days, else the owner's period for one-off buyers."""
    return own if own is not None else last + timedelta(days=one_off_days)


def stage_when_quiet(stage: Stage, today: date, last: date, lapse: date) -> Stage:
    """The stage the lapse model gives a buying customer on `today`: lapsed from their lapse day,
    at risk from half way there."""
    if stage not in _BUYING:
        return stage
    if today >= lapse:
        return Stage.LAPSED
    if today >= last + (lapse - last) / 2:
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
    """Run the lapse model for these customers, each on its day (customer id → day), from the
    purchase figures kept with them: a buying customer quiet long enough for their own rhythm moves
    to at risk or lapsed. Returns the stages that changed, which are written in the caller's
    transaction."""
    changed: dict[int, Stage] = {}
    ids = sorted(on)
    connection = session.connection()
    (one_off,) = read_settings(connection, LAPSE_ONE_OFF_DAYS)
    c = _customers.c
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        rows = connection.execute(select(c.id, c.stage, c.last_purchase_on, c.lapses_on).where(c.id.in_(chunk), c.stage.in_(_BUYING)))
        for customer_id, stage, last_day, own in rows:
            if last_day is None:
                continue
            new = stage_when_quiet(stage, on[customer_id], last_day, lapse_day(last_day, own, one_off))
            if new != stage:
                changed[customer_id] = new
    set_stages(session, changed)
    return changed


def move_quiet_customers(db: Database, today: date) -> dict[int, Stage]:
    """The lapse model run for the whole book on `today` (at start and each new shop day, with the
    follow-up rules): buying customers who have gone quiet move to at risk or lapsed."""
    c = _customers.c
    with db.writing() as session:
        quiet_since = today - timedelta(days=LAPSE_MIN_DAYS // 2)
        ids = session.connection().execute(
            select(c.id).where(c.stage.in_(_BUYING), c.last_purchase_on <= quiet_since)
        ).scalars().all()
        return apply_lapses(session, dict.fromkeys(ids, today))


# ---------------------------------------------------------------------------------------------
# Lost customers and their reasons


class LossError(UserError):
    """A loss that cannot be recorded or undone, or a reason that cannot be saved; the message is
    for the user, `field` names the input at fault ("reason", "name", "note") or is empty."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


# The reasons the program ships, by their stable keys (migration 0011 seeds them in this order).
SHIPPED_REASONS = (
    "price",
    "service_quality",
    "cleanliness",
    "slow_service",
    "unpleasant_incident",
    "competitor_offer",
    "offers_for_new_only",
    "moved_away",
    "no_longer_needed",
    "lost_touch",
    "other",
)
MAX_REASON_NAME = 120
MAX_LOSS_NOTE = 2000


def shipped_reason_name(key: str) -> str:
    """A shipped reason's name in the user's language."""
    names = {
        "price": translate("LossReasons", "Price"),
        "service_quality": translate("LossReasons", "Quality of service"),
        "cleanliness": translate("LossReasons", "Cleanliness and hygiene"),
        "slow_service": translate("LossReasons", "Slow service"),
        "unpleasant_incident": translate("LossReasons", "An unpleasant incident"),
        "competitor_offer": translate("LossReasons", "A competitor's offer"),
        "offers_for_new_only": translate("LossReasons", "Offers only for new customers"),
        "moved_away": translate("LossReasons", "Moved away"),
        "no_longer_needed": translate("LossReasons", "No longer needs it"),
        "lost_touch": translate("LossReasons", "Lost touch"),
        "other": translate("LossReasons", "Other"),
    }
    return names.get(key, key)


def reason_name(key: str | None, name: str) -> str:
    """A reason as shown: the owner's name for it if they gave one, else the shipped name."""
    return name or (shipped_reason_name(key) if key else "")


@dataclass(frozen=True)
class LossReason:
    id: int
    key: str | None  # a shipped reason's stable key; None for the owner's own
    name: str  # as shown, in the user's language
    archived: bool
    in_use: bool


def loss_reasons(db: Database, *, include_archived: bool = False) -> list[LossReason]:
    """The loss reasons in their order (archived ones only if asked)."""
    r = _reasons.c
    used = select(_losses.c.reason_id).where(_losses.c.reason_id == r.id).exists()
    stmt = select(r.id, r.key, r.name, r.archived_at, used).order_by(r.position, r.id)
    if not include_archived:
        stmt = stmt.where(r.archived_at.is_(None))
    with db.reading() as connection:
        rows = connection.execute(stmt).all()
    return [LossReason(i, key, reason_name(key, name), archived is not None, bool(in_use)) for i, key, name, archived, in_use in rows]


def _clean_reason_name(connection: Connection, name: str, reason_id: int | None) -> str:
    text = clean_line(name)
    if not text:
        raise LossError(translate("Lifecycle", "Enter the reason."), field="name")
    if len(text) > MAX_REASON_NAME:
        raise LossError(translate("Lifecycle", "Enter at most %n characters.", None, MAX_REASON_NAME), field="name")
    r = _reasons.c
    for other_id, key, other in connection.execute(select(r.id, r.key, r.name)):
        if other_id != reason_id and fold(reason_name(key, other)) == fold(text):
            raise LossError(translate("Lifecycle", "There is already a reason called “{name}”.").format(name=text), field="name")
    return text


def add_loss_reason(db: Database, name: str) -> int:
    """Add the owner's own reason at the end of the list; its id."""
    with db.writing() as session:
        connection = session.connection()
        text = _clean_reason_name(connection, name, None)
        last = connection.scalar(select(func.max(_reasons.c.position))) or 0
        result = connection.execute(insert(_reasons).values(key=None, name=text, position=last + 1, created_at=utc_now()))
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def rename_loss_reason(db: Database, reason_id: int, name: str) -> None:
    """Give a reason another name; a shipped reason renamed to its shipped name is shown translated again."""
    with db.writing() as session:
        connection = session.connection()
        key = _reason_key(connection, reason_id)
        text = _clean_reason_name(connection, name, reason_id)
        if key is not None and text == shipped_reason_name(key):
            text = ""
        connection.execute(update(_reasons).where(_reasons.c.id == reason_id).values(name=text))


def remove_loss_reason(db: Database, reason_id: int) -> bool:
    """Take a reason off the list: deleted if no loss was recorded with it, else archived (the
    losses keep it). Whether it was archived."""
    with db.writing() as session:
        connection = session.connection()
        _reason_key(connection, reason_id)
        if connection.scalar(select(_losses.c.id).where(_losses.c.reason_id == reason_id).limit(1)) is None:
            connection.execute(delete(_reasons).where(_reasons.c.id == reason_id))
            return False
        connection.execute(update(_reasons).where(_reasons.c.id == reason_id).values(archived_at=utc_now()))
        return True


def restore_loss_reason(db: Database, reason_id: int) -> None:
    """Put an archived reason back on the list."""
    with db.writing() as session:
        connection = session.connection()
        _reason_key(connection, reason_id)
        connection.execute(update(_reasons).where(_reasons.c.id == reason_id).values(archived_at=None))


def _reason_key(connection: Connection, reason_id: int) -> str | None:
    row = connection.execute(select(_reasons.c.key).where(_reasons.c.id == reason_id)).first()
    if row is None:
        raise LossError(translate("Lifecycle", "This reason no longer exists."), field="reason")
    return row[0]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class LossEntry:
    """A customer marked lost: why, the owner's note, and when."""

    customer_id: int
    reason_id: int
    note: str
    at: datetime


def _loss_note(reason: str, note: str) -> str:
    said = translate("Lifecycle", "Marked lost: {reason}.").format(reason=reason)
    return f"{said}\n{note}" if note else said


def mark_lost(session: Session, entries: Sequence[LossEntry]) -> None:
    """Mark customers lost, in the caller's write transaction: each one's stage becomes lost, the
    loss is recorded with its reason and note, a note on their timeline says so, and their open
    follow-ups but campaigns' are cancelled (followups.withdraw_follow_ups_of_lost). A customer
    already lost, an archived reason or a note too long raise LossError; nothing is written then."""
    if not entries:
        return
    connection = session.connection()
    zone = ZoneInfo(read_settings(connection, TIME_ZONE)[0])
    reasons = {i: (key, name, archived) for i, key, name, archived in connection.execute(select(_reasons.c.id, _reasons.c.key, _reasons.c.name, _reasons.c.archived_at))}
    ids = sorted({e.customer_id for e in entries})
    stages: dict[int, Stage] = {}
    open_losses: set[int] = set()  # a customer lost before 0011 (stage lost, no loss) may still be given a reason
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        rows = connection.execute(select(_customers.c.id, _customers.c.stage).where(_customers.c.id.in_(chunk)))
        stages.update((customer_id, stage) for customer_id, stage in rows)
        open_losses.update(connection.scalars(select(_losses.c.customer_id).where(_losses.c.customer_id.in_(chunk), _losses.c.won_back_on.is_(None))))
    notes = []
    for e in entries:
        if e.customer_id not in stages:
            raise CustomerNotFound(e.customer_id)
        if e.customer_id in open_losses:
            raise LossError(translate("Lifecycle", "This customer is already marked lost."))
        open_losses.add(e.customer_id)
        reason = reasons.get(e.reason_id)
        if reason is None or reason[2] is not None:
            raise LossError(translate("Lifecycle", "Choose a reason from the list."), field="reason")
        note = clean_paragraph(e.note)
        if len(note) > MAX_LOSS_NOTE:
            raise LossError(translate("Lifecycle", "Enter at most %n characters.", None, MAX_LOSS_NOTE), field="note")
        notes.append(note)
        stages[e.customer_id] = Stage.LOST
    now = utc_now()
    logged = insert_rows_returning_ids(
        connection,
        _interactions,
        ("customer_id", "kind", "occurred_at", "note"),
        [
            (e.customer_id, InteractionKind.NOTE, e.at, check_interaction(InteractionKind.NOTE, _loss_note(reason_name(*reasons[e.reason_id][:2]), note), e.at, None, now))
            for e, note in zip(entries, notes)
        ],
    )
    insert_rows(
        connection,
        _losses,
        ("customer_id", "reason_id", "note", "lost_on", "lost_at", "interaction_id"),
        [(e.customer_id, e.reason_id, note, local_date(e.at, zone), e.at, logged_id) for e, note, logged_id in zip(entries, notes, logged)],
    )
    set_stages(session, {e.customer_id: stage_when_lost(Stage.LOST) for e in entries})
    withdraw_follow_ups_of_lost(connection, {e.customer_id: e.at for e in entries})


def mark_customer_lost(db: Database, customer_id: int, reason_id: int, note: str = "", *, at: datetime | None = None) -> None:
    """Mark a customer lost, with a reason from the list and a note (mark_lost)."""
    with db.writing() as session:
        mark_lost(session, [LossEntry(customer_id, reason_id, note, at or utc_now())])


def close_losses(session: Session, won_back: Mapping[int, datetime]) -> None:
    """Close the open losses of customers won back (customer id → when), in the caller's
    transaction: the loss stays in their history, with the day it ended, and the follow-ups that
    marking them lost took off the list come back if they are still to come."""
    if not won_back:
        return
    connection = session.connection()
    zone = ZoneInfo(read_settings(connection, TIME_ZONE)[0])
    l = _losses.c
    ids = sorted(won_back)
    lost_at: dict[int, datetime] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        lost_at.update((customer_id, at) for customer_id, at in connection.execute(select(l.customer_id, l.lost_at).where(l.customer_id.in_(chunk), l.won_back_on.is_(None))))
    connection.execute(
        update(_losses)
        .where(l.customer_id == bindparam("c"), l.won_back_on.is_(None))
        .values(won_back_on=bindparam("day"), won_back_at=bindparam("at")),
        [{"c": c, "day": local_date(at, zone), "at": at} for c, at in sorted(won_back.items())],
    )
    put_back_follow_ups_of_lost(connection, {c: (lost_at[c], local_date(at, zone)) for c, at in won_back.items() if c in lost_at})


def restore_lost_customer(db: Database, customer_id: int, *, at: datetime | None = None) -> None:
    """Win a lost customer back by hand: their stage becomes won back, the loss is closed and stays in
    their history, and a note on their timeline says so. LossError for a customer who is not lost."""
    moment = at or utc_now()
    with db.writing() as session:
        connection = session.connection()
        stage = connection.scalar(select(_customers.c.stage).where(_customers.c.id == customer_id))
        if stage is None:
            raise CustomerNotFound(customer_id)
        if stage != Stage.LOST:
            raise LossError(translate("Lifecycle", "This customer is not marked lost, so there is nothing to restore."))
        close_losses(session, {customer_id: moment})
        log_interactions(session, [InteractionEntry(customer_id, InteractionKind.NOTE, moment, translate("Lifecycle", "Won back."))])
        set_stages(session, {customer_id: stage_after_restore(stage)})


def stage_after_restore(stage: Stage) -> Stage:
    """The stage of a lost customer the owner restores."""
    return Stage.WON_BACK


@dataclass(frozen=True)
class CurrentLoss:
    """Why a customer who is lost now left, as recorded."""

    reason: str
    note: str
    lost_on: date


def current_loss(db: Database, customer_id: int) -> CurrentLoss | None:
    """The open loss of a customer (the latest), or None if they are not lost."""
    l, r = _losses.c, _reasons.c
    stmt = (
        select(r.key, r.name, l.note, l.lost_on)
        .join_from(_losses, _reasons, l.reason_id == r.id)
        .where(l.customer_id == customer_id, l.won_back_on.is_(None))
        .order_by(l.lost_at.desc(), l.id.desc())
        .limit(1)
    )
    with db.reading() as connection:
        row = connection.execute(stmt).first()
    return None if row is None else CurrentLoss(reason_name(row[0], row[1]), row[2], row[3])


# ---------------------------------------------------------------------------------------------
# Lapse detection


@dataclass(frozen=True)
class LapsedCustomer:
    """A customer who used to buy and has been quiet much longer than their rhythm: how long, and
    what they were worth (spent per currency, net of credit notes)."""

    id: int
    name: str
    phone: str  # their first number, E.164, or ""
    stage: Stage
    last_purchase: date
    days_quiet: int
    usual_interval: int | None  # None for a one-off buyer
    purchase_count: int
    spent: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class LapsedList:
    rows: tuple[LapsedCustomer, ...]  # the page asked for, the most valuable first
    total: int  # how many lapsed customers there are in all


def _lapsed_condition(today: date, one_off_days: int) -> ColumnElement[bool]:
    c = _customers.c
    return and_(
        c.archived_at.is_(None),
        c.stage.not_in((Stage.LOST, Stage.PROSPECT)),
        c.purchase_count > 0,
        or_(c.lapses_on <= today, and_(c.lapses_on.is_(None), c.last_purchase_on <= today - timedelta(days=one_off_days))),
    )


def lapsed_customers(db: Database, *, today: date, limit: int | None = 200, offset: int = 0) -> LapsedList:
    """Customers who used to buy and have been quiet for much longer than their own usual
    interval (LAPSE_FACTOR times it, at least LAPSE_MIN_DAYS), or one-off buyers quiet for longer
    than the settings' period; not the archived, nor those already marked lost. The most valuable
    first (by what they spent in the shop's currency), a page at a time."""
    c, s = _customers.c, _spending.c
    with db.reading() as connection:
        one_off, currency = read_settings(connection, LAPSE_ONE_OFF_DAYS, CURRENCY)
        condition = _lapsed_condition(today, one_off)
        spent = func.coalesce(s.spent_minor, 0)
        # The total comes with the page (a window count: one pass over the customers, not two).
        found = connection.execute(
            select(c.id, c.full_name, c.stage, c.first_purchase_on, c.last_purchase_on, c.purchase_count, c.purchase_days, func.count().over())
            .select_from(_customers.outerjoin(_spending, and_(s.customer_id == c.id, s.currency == currency)))
            .where(condition)
            .order_by(spent.desc(), c.last_purchase_on.desc(), c.id)
            .limit(limit)
            .offset(offset)
        ).all()
        page = [row[:-1] for row in found]
        if found:
            total = found[0][-1]
        else:
            total = connection.scalar(select(func.count()).select_from(_customers).where(condition)) or 0
        spending, phones = _spent_and_phones(connection, [row[0] for row in page])
    rows = tuple(
        LapsedCustomer(
            customer_id,
            name,
            phones.get(customer_id, ""),
            stage,
            last,
            (today - last).days,
            usual_interval(first, last, days),
            count,
            tuple(spending.get(customer_id, ())),
        )
        for customer_id, name, stage, first, last, count, days in page
    )
    return LapsedList(rows, int(total))


def _spent_and_phones(connection: Connection, ids: Sequence[int]) -> tuple[dict[int, list[tuple[str, Decimal]]], dict[int, str]]:
    """What each of these customers spent (per currency, net of credit notes) and their first phone."""
    s, p = _spending.c, _phones.c
    spending: dict[int, list[tuple[str, Decimal]]] = {}
    phones: dict[int, str] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        for customer_id, cur, minor in connection.execute(
            select(s.customer_id, s.currency, s.spent_minor).where(s.customer_id.in_(chunk)).order_by(s.customer_id, s.currency)
        ):
            spending.setdefault(customer_id, []).append((cur, from_minor_units(minor, cur)))
        for customer_id, number in connection.execute(
            select(p.customer_id, p.number).where(p.customer_id.in_(chunk)).order_by(p.customer_id, p.position.desc())
        ):
            phones[customer_id] = number  # the last one written is the first by position
    return spending, phones


@dataclass(frozen=True)
class LostCustomer:
    """A customer marked lost and not won back since: why, when, and what they were worth."""

    id: int
    name: str
    phone: str  # their first number, E.164, or ""
    reason: str  # as the owner reads it (a shipped reason in the user's language)
    lost_on: date
    last_purchase: date | None
    spent: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class LostList:
    rows: tuple[LostCustomer, ...]  # the page asked for, the most recently lost first
    total: int  # how many lost customers there are in all


def lost_customers(db: Database, *, limit: int | None = 200, offset: int = 0) -> LostList:
    """The customers marked lost and not won back since (the archived aside), each with the reason
    recorded, the most recently lost first, a page at a time: where the owner wins one back."""
    c, l, r = _customers.c, _losses.c, _reasons.c
    condition = and_(l.won_back_on.is_(None), c.stage == Stage.LOST, c.archived_at.is_(None))
    with db.reading() as connection:
        found = connection.execute(
            select(c.id, c.full_name, r.key, r.name, l.lost_on, c.last_purchase_on, func.count().over())
            .select_from(_losses.join(_customers, c.id == l.customer_id).join(_reasons, r.id == l.reason_id))
            .where(condition)
            .order_by(l.lost_at.desc(), l.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        if found:
            total = found[0][-1]
        else:
            total = connection.scalar(
                select(func.count()).select_from(_losses.join(_customers, c.id == l.customer_id)).where(condition)
            ) or 0
        spending, phones = _spent_and_phones(connection, [row[0] for row in found])
    rows = tuple(
        LostCustomer(customer_id, name, phones.get(customer_id, ""), reason_name(key, reason), lost_on, last, tuple(spending.get(customer_id, ())))
        for customer_id, name, key, reason, lost_on, last, _total in found
    )
    return LostList(rows, int(total))


__all__ = [
    "LapsedCustomer",
    "LapsedList",
    "lapsed_customers",
    "CurrentLoss",
    "LossEntry",
    "LossError",
    "LossReason",
    "SHIPPED_REASONS",
    "add_loss_reason",
    "close_losses",
    "current_loss",
    "loss_reasons",
    "mark_customer_lost",
    "reason_name",
    "remove_loss_reason",
    "rename_loss_reason",
    "restore_loss_reason",
    "restore_lost_customer",
    "shipped_reason_name",
    "stage_after_restore",
    "LAPSE_FACTOR",
    "LAPSE_MIN_DAYS",
    "lapses_on",
    "usual_interval",
    "lapse_day",
    "move_quiet_customers",
    "apply_lapses",
    "mark_lost",
    "set_stages",
    "stage_after_purchase",
    "stage_when_lost",
    "stage_when_quiet",
    "LostCustomer",
    "LostList",
    "lost_customers",
]

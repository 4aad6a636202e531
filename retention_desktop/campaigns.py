"""Win-back campaigns: the audiences that choose the targets, the follow-ups a campaign puts on the
list, the outcomes and costs the owner records, and the figures that compare campaigns.

A campaign's follow-ups are ordinary follow-ups (the Today list shows them, done ones log their
interactions); each carries the origin key "campaign-<id>-<step>", which ties it to its campaign
through the follow-ups' (customer, origin key) index. Deleting a campaign removes its open
follow-ups and keeps the done ones and the interactions they logged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, delete, func, select, update

from retention_desktop import tables as t
from retention_desktop.audiences import MAX_DAYS, Audience, audience_rows, audience_from_json
from retention_desktop.clock import local_date, shop_today, start_of_day
from retention_desktop.db import Database
from retention_desktop.statements import insert_rows
from retention_desktop.errors import UserError
from retention_desktop.followups import CAMPAIGN_KEY_PREFIX, FollowUpRecord, record_follow_ups
from retention_desktop.i18n import translate
from retention_desktop.kinds import (
    CampaignKind,
    Channel,
    CostKind,
    DocumentKind,
    FollowUpKind,
    FollowUpStatus,
    Gender,
    TargetOutcome,
)
from retention_desktop.money import MoneyError, check_amount, currency_decimals, parse_amount, round_money
from retention_desktop.settings import CURRENCY, SHOP_NAME, TIME_ZONE, read_settings
from retention_desktop.tables import utc_now
from retention_desktop.templates import render
from retention_desktop.text import clean_line, clean_paragraph

MAX_NAME = 120
MAX_OFFER = 2000
MAX_COST_NOTE = 200
MAX_CALL_AFTER = 90
MAX_COST_LINES = 50
# The most follow-ups one campaign puts on the list (targets × touches): more is not a list anyone
# works through, and would hold the book's write lock for a long time.
MAX_FOLLOW_UPS = 200_000

# The outcomes that mean the customer answered (a "no" is an answer too).
RESPONDED = frozenset({TargetOutcome.DECLINED, TargetOutcome.INTERESTED, TargetOutcome.RETURNED})


class CampaignError(UserError):
    """A campaign that cannot be made or changed; the message is for the user, `field` names the
    input at fault ("name", "offer", "audience", "starts_on", "ends_on", "call_after_days",
    "costs", or "" for the campaign as a whole)."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _no_campaign() -> CampaignError:
    return CampaignError(translate("Campaigns", "This campaign no longer exists."))


# --- words ------------------------------------------------------------------------------------
# One home for the words of a campaign's kinds, channels, outcomes and costs (screens and the
# command line alike).


def campaign_kind_name(kind: CampaignKind) -> str:
    if kind is CampaignKind.OCCASION:
        return translate("Campaigns", "Occasion sequence")
    return translate("Campaigns", "Win-back campaign")


def channel_name(channel: Channel) -> str:
    return {
        Channel.CALL: translate("Campaigns", "Phone call"),
        Channel.SMS: translate("Campaigns", "SMS text"),
        Channel.WHATSAPP: translate("Campaigns", "WhatsApp"),
        Channel.EMAIL: translate("Campaigns", "Email"),
    }[channel]


def outcome_name(outcome: TargetOutcome | None) -> str:
    if outcome is None:
        return translate("Campaigns", "Not yet known")
    return {
        TargetOutcome.NO_ANSWER: translate("Campaigns", "No answer"),
        TargetOutcome.DECLINED: translate("Campaigns", "Declined"),
        TargetOutcome.INTERESTED: translate("Campaigns", "Interested"),
        TargetOutcome.RETURNED: translate("Campaigns", "Returned"),
    }[outcome]


def cost_kind_name(kind: CostKind) -> str:
    return {
        CostKind.DISCOUNTS: translate("Campaigns", "Discounts given"),
        CostKind.GIFTS: translate("Campaigns", "Gifts"),
        CostKind.MESSAGES: translate("Campaigns", "Messages"),
        CostKind.OTHER: translate("Campaigns", "Other costs"),
    }[kind]


def _check_audience(audience: Audience) -> None:
    problem = audience.problem()
    if problem:
        raise CampaignError(problem, field="audience")



# --- making a campaign ------------------------------------------------------------------------


@dataclass(frozen=True)
class Touch:
    """One follow-up each target gets: a message or a call on a day, its text with placeholders."""

    due_on: date
    kind: FollowUpKind
    reason: str
    text: str


@dataclass(frozen=True)
class CampaignDraft:
    """A win-back campaign as the owner sets it up."""

    name: str
    offer: str
    channel: Channel
    audience: Audience
    starts_on: date
    ends_on: date
    call_after_days: int | None = None


def follow_up_kind(channel: Channel) -> FollowUpKind:
    return FollowUpKind.CALL if channel is Channel.CALL else FollowUpKind.MESSAGE


def check_name_and_offer(name: str, offer: str) -> tuple[str, str]:
    name, offer = clean_line(name), clean_paragraph(offer)
    if not name:
        raise CampaignError(translate("Campaigns", "Give the campaign a name."), field="name")
    if len(name) > MAX_NAME:
        raise CampaignError(translate("Campaigns", "The name is longer than %n characters.", None, MAX_NAME), field="name")
    if not offer:
        raise CampaignError(translate("Campaigns", "Write the offer."), field="offer")
    if len(offer) > MAX_OFFER:
        raise CampaignError(translate("Campaigns", "The offer is longer than %n characters.", None, MAX_OFFER), field="offer")
    return name, offer


def check_first_day(first: date, today: date) -> None:
    if first < today:
        raise CampaignError(
            translate("Campaigns", "The first message would be on {day}, which is in the past. Choose today or a later day.").format(
                day=first.isoformat()
            ),
            field="starts_on",
        )


def _check_window(starts_on: date, ends_on: date) -> None:
    if ends_on < starts_on:
        raise CampaignError(translate("Campaigns", "The campaign ends before it starts."), field="ends_on")
    if (ends_on - starts_on).days > MAX_DAYS:
        raise CampaignError(translate("Campaigns", "A campaign lasts at most %n days.", None, MAX_DAYS), field="ends_on")


def win_back_touches(draft: CampaignDraft, name: str, offer: str) -> list[Touch]:
    """The message on the first day and, if asked, the call some days after it."""
    touches = [Touch(draft.starts_on, follow_up_kind(draft.channel), name, offer)]
    if draft.call_after_days is not None:
        if not 1 <= draft.call_after_days <= MAX_CALL_AFTER:
            raise CampaignError(
                translate("Campaigns", "The call comes 1 to %n days after the message.", None, MAX_CALL_AFTER),
                field="call_after_days",
            )
        reason = translate("Campaigns", "Call after the offer: {name}").format(name=name)
        touches.append(Touch(draft.starts_on + timedelta(days=draft.call_after_days), FollowUpKind.CALL, reason, offer))
    return touches


def create_campaign(db: Database, draft: CampaignDraft, *, today: date | None = None) -> int:
    """Make a win-back campaign and put its follow-ups on the list (one transaction); returns its id.

    Each target gets the offer on the first day by the chosen channel and, if asked, a call some
    days later. CampaignError, nothing saved, for a campaign without a name, offer or targets, a
    first message in the past, a window that ends before it starts."""
    today = today or shop_today(db)
    name, offer = check_name_and_offer(draft.name, draft.offer)
    _check_audience(draft.audience)
    check_first_day(draft.starts_on, today)
    _check_window(draft.starts_on, draft.ends_on)
    touches = win_back_touches(draft, name, offer)
    values = {
        "kind": CampaignKind.WIN_BACK,
        "name": name,
        "offer": offer,
        "channel": draft.channel,
        "call_after_days": draft.call_after_days,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
    }
    return launch_campaign(db, values, draft.audience, touches, today=today)


def launch_campaign(
    db: Database, values: dict[str, Any], audience: Audience, touches: Sequence[Touch], *, today: date
) -> int:
    """Save a checked campaign (`values`: its columns but the audience and touches), its targets and
    every target's follow-ups, in one transaction; CampaignError when the audience chooses nobody."""
    from retention_desktop.models import Campaign

    with db.writing() as session:
        connection = session.connection()
        # When it was launched: now, or the start of an earlier day it is recorded for (the demo's
        # campaigns of months ago). A purchase counts as a return only from this moment on.
        zone = ZoneInfo(str(read_settings(connection, TIME_ZONE)[0]))
        # To the second, as documents are issued: a sale in the same second counts.
        launched = utc_now().replace(microsecond=0) if today >= local_date(utc_now(), zone) else start_of_day(today, zone)
        targets = audience_rows(connection, audience, today)
        if not targets:
            raise CampaignError(
                translate("Campaigns", "No customer matches these targets. Choose other targets."), field="audience"
            )
        if len(targets) * len(touches) > MAX_FOLLOW_UPS:
            raise CampaignError(
                translate(
                    "Campaigns", "These targets are %n customers: too many to follow up one by one. Narrow them down.", None, len(targets)
                ),
                field="audience",
            )
        campaign = Campaign(
            **values, audience=json.dumps(audience.as_json(), ensure_ascii=False), touches=len(touches), created_at=launched
        )
        session.add(campaign)
        session.flush()
        insert_rows(connection, t.campaign_targets, ("campaign_id", "customer_id"), ((campaign.id, c[0]) for c in targets))
        shop = str(read_settings(connection, SHOP_NAME)[0])
        record_follow_ups(session, list(_follow_ups(campaign.id, targets, touches, shop)))
        return campaign.id


def _origin_key(campaign_id: int, step: int) -> str:
    return f"{CAMPAIGN_KEY_PREFIX}{campaign_id}-{step}"


def _follow_ups(
    campaign_id: int, targets: Sequence[tuple[int, str, Gender]], touches: Sequence[Touch], shop: str
) -> list[FollowUpRecord]:

    now = utc_now()
    records = []
    for step, touch in enumerate(touches):
        key = _origin_key(campaign_id, step)
        for customer_id, name, gender in targets:
            note = render(touch.text, customer_name=name, shop_name=shop, day=touch.due_on, gender=gender)
            records.append(
                FollowUpRecord(customer_id, touch.kind, touch.due_on, now, reason=touch.reason, note=note, origin_key=key)
            )
    return records


def _keys(campaign_id: int, touches: int) -> list[str]:
    return [_origin_key(campaign_id, step) for step in range(touches)]


@dataclass(frozen=True)
class CampaignFollowUp:
    """One of a campaign's follow-ups: its step (0, the first message, and on) and where it stands."""

    id: int
    customer_id: int
    step: int
    due_on: date
    status: FollowUpStatus


def campaign_follow_ups(db: Database, campaign_id: int) -> list[CampaignFollowUp]:
    """A campaign's follow-ups, by day, then customer."""
    f, targets = t.follow_ups, t.campaign_targets
    with db.reading() as connection:
        touches = connection.execute(select(t.campaigns.c.touches).where(t.campaigns.c.id == campaign_id)).scalar()
        if touches is None:
            raise _no_campaign()
        keys = _keys(campaign_id, touches)
        stmt = (
            select(f.c.id, f.c.customer_id, f.c.origin_key, f.c.due_on, f.c.status)
            .join(targets, and_(targets.c.customer_id == f.c.customer_id, targets.c.campaign_id == campaign_id))
            .where(f.c.origin_key.in_(keys))
            .order_by(f.c.due_on, f.c.customer_id, f.c.id)
        )
        return [
            CampaignFollowUp(id_, customer_id, keys.index(key), due_on, status)
            for id_, customer_id, key, due_on, status in connection.execute(stmt)
        ]


def delete_campaign(db: Database, campaign_id: int) -> None:
    """Delete a campaign with its targets, outcomes, costs and open follow-ups; the follow-ups
    already done, and the interactions they logged, stay on the customers' histories."""
    with db.writing() as session:
        connection = session.connection()
        touches = connection.execute(select(t.campaigns.c.touches).where(t.campaigns.c.id == campaign_id)).scalar()
        if touches is None:
            raise _no_campaign()
        targets = select(t.campaign_targets.c.customer_id).where(t.campaign_targets.c.campaign_id == campaign_id)
        connection.execute(
            delete(t.follow_ups).where(
                t.follow_ups.c.status == FollowUpStatus.OPEN,
                t.follow_ups.c.customer_id.in_(targets),
                t.follow_ups.c.origin_key.in_(_keys(campaign_id, touches)),
            )
        )
        connection.execute(delete(t.campaign_costs).where(t.campaign_costs.c.campaign_id == campaign_id))
        connection.execute(delete(t.campaign_targets).where(t.campaign_targets.c.campaign_id == campaign_id))
        connection.execute(delete(t.campaigns).where(t.campaigns.c.id == campaign_id))


# --- outcomes and costs -----------------------------------------------------------------------


def record_outcome(db: Database, campaign_id: int, customer_id: int, outcome: TargetOutcome | None) -> None:
    """What came of the campaign for one target (None clears it)."""
    targets = t.campaign_targets
    with db.writing() as session:
        result = session.connection().execute(
            update(targets)
            .where(targets.c.campaign_id == campaign_id, targets.c.customer_id == customer_id)
            .values(outcome=outcome, outcome_at=None if outcome is None else utc_now())
        )
        if result.rowcount != 1:
            raise CampaignError(translate("Campaigns", "This customer is not a target of this campaign."))


@dataclass(frozen=True)
class CostLine:
    """A line of a campaign's costs: the amount as typed ("1,200.50") or as a Decimal."""

    kind: CostKind
    amount: str | Decimal
    note: str = ""


def _amount(line: CostLine, decimals: int, position: int) -> Decimal:
    field_name = f"costs.{position}"
    if isinstance(line.amount, Decimal):
        try:
            value = check_amount(line.amount, field=field_name)
        except MoneyError as error:
            raise CampaignError(str(error), field=field_name) from None
        if value < 0:
            raise CampaignError(translate("Money", "The amount cannot be negative."), field=field_name)
        if value != round_money(value, decimals):
            raise CampaignError(translate("Money", "Type at most %n digits after the decimal point.", None, decimals), field=field_name)
        return value
    try:
        return parse_amount(line.amount, decimals=decimals, field=field_name)
    except MoneyError as error:
        raise CampaignError(str(error), field=field_name) from None


def set_costs(db: Database, campaign_id: int, lines: Sequence[CostLine]) -> None:
    """Replace a campaign's cost lines (in the shop's currency); CampaignError, nothing changed,
    for an amount that is negative or not a number."""
    if len(lines) > MAX_COST_LINES:
        raise CampaignError(translate("Campaigns", "A campaign has at most %n cost lines.", None, MAX_COST_LINES), field="costs")
    with db.writing() as session:
        decimals = currency_decimals(_currency(session.connection()))
        rows = []
        for position, line in enumerate(lines):
            note = clean_line(line.note)
            if len(note) > MAX_COST_NOTE:
                raise CampaignError(
                    translate("Campaigns", "The note is longer than %n characters.", None, MAX_COST_NOTE), field=f"costs.{position}"
                )
            rows.append((campaign_id, line.kind, _amount(line, decimals, position), note))
        connection = session.connection()
        if connection.execute(select(t.campaigns.c.id).where(t.campaigns.c.id == campaign_id)).scalar() is None:
            raise _no_campaign()
        connection.execute(delete(t.campaign_costs).where(t.campaign_costs.c.campaign_id == campaign_id))
        insert_rows(connection, t.campaign_costs, ("campaign_id", "kind", "amount", "note"), rows)


# --- what a campaign is and what it brought -------------------------------------------------------


@dataclass(frozen=True)
class CampaignFigures:
    """A campaign's results. Contacted: a follow-up of it done, or an outcome known; responded: an
    answer (declined, interested or returned); returned: recorded so, or bought within the window.
    Rates are of the targeted; the cost per returned customer is None while nobody returned."""

    id: int
    kind: CampaignKind
    name: str
    channel: Channel
    call_after_days: int | None
    starts_on: date
    ends_on: date
    targeted: int
    contacted: int
    responded: int
    returned: int
    cost: Decimal
    currency: str
    cost_per_returned: Decimal | None

    @property
    def response_rate(self) -> float | None:
        return self.responded / self.targeted if self.targeted else None

    @property
    def win_back_rate(self) -> float | None:
        return self.returned / self.targeted if self.targeted else None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "channel": self.channel.value,
            "call_after_days": self.call_after_days,
            "starts_on": self.starts_on.isoformat(),
            "ends_on": self.ends_on.isoformat(),
            "targeted": self.targeted,
            "contacted": self.contacted,
            "responded": self.responded,
            "returned": self.returned,
            "response_rate": self.response_rate,
            "win_back_rate": self.win_back_rate,
            "cost": str(self.cost),
            "currency": self.currency,
            "cost_per_returned": None if self.cost_per_returned is None else str(self.cost_per_returned),
        }


@dataclass(frozen=True)
class TargetRow:
    """A target as the campaign's page lists it: the outcome recorded, and the one that counts
    (returned when they bought within the window)."""

    customer_id: int
    name: str
    recorded: TargetOutcome | None
    outcome: TargetOutcome | None
    contacted: bool
    bought_on: date | None


@dataclass(frozen=True)
class CampaignDetails:
    figures: CampaignFigures
    offer: str
    audience: str
    occasion: str
    occasion_on: date | None
    warm_message: str
    costs: list[CostLine]
    targets: list[TargetRow]


def _targets(connection: Connection, campaign: Any) -> list[TargetRow]:
    """The campaign's targets with their outcomes. What each bought in the window (and after the
    campaign was launched: a sale earlier on its first day is no return) and whether a
    follow-up of the campaign was done are looked up per target, through the invoices' (customer,
    time) index and the follow-ups' (customer, origin key) one: a campaign is read in a time that
    hangs on its targets, not on the size of the book."""
    targets, c, i, f = t.campaign_targets, t.customers, t.invoices, t.follow_ups
    bought_on = (
        select(func.min(i.c.issue_date))
        .where(
            i.c.customer_id == targets.c.customer_id,
            i.c.kind == DocumentKind.INVOICE,
            i.c.issue_date.between(campaign.starts_on, campaign.ends_on),
            i.c.issued_at >= campaign.created_at,  # not a purchase made before the campaign existed
        )
        .scalar_subquery()
    )
    done = (
        select(f.c.id)
        .where(
            f.c.customer_id == targets.c.customer_id,
            f.c.origin_key.in_(_keys(campaign.id, campaign.touches)),
            f.c.status == FollowUpStatus.DONE,
        )
        .exists()
    )
    stmt = (
        select(targets.c.customer_id, c.c.full_name, targets.c.outcome, bought_on, done)
        .join(c, c.c.id == targets.c.customer_id)
        .where(targets.c.campaign_id == campaign.id)
        .order_by(c.c.sort_name, c.c.id)
    )
    rows = []
    for customer_id, name, recorded, bought, followed_up in connection.execute(stmt):
        outcome = TargetOutcome.RETURNED if bought is not None else recorded
        contacted = outcome is not None or bool(followed_up)
        rows.append(TargetRow(customer_id, name, recorded, outcome, contacted, bought))
    return rows


def _figures(connection: Connection, campaign: Any, targets: Sequence[TargetRow], currency: str) -> CampaignFigures:
    amounts = connection.execute(
        select(t.campaign_costs.c.amount).where(t.campaign_costs.c.campaign_id == campaign.id)
    ).scalars()
    decimals = currency_decimals(currency)
    cost = round_money(sum(amounts, Decimal(0)), decimals)
    returned = sum(1 for r in targets if r.outcome is TargetOutcome.RETURNED)
    per_returned = round_money(cost / returned, decimals) if returned else None
    return CampaignFigures(
        id=campaign.id,
        kind=campaign.kind,
        name=campaign.name,
        channel=campaign.channel,
        call_after_days=campaign.call_after_days,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        targeted=len(targets),
        contacted=sum(1 for r in targets if r.contacted),
        responded=sum(1 for r in targets if r.outcome in RESPONDED),
        returned=returned,
        cost=cost,
        currency=currency,
        cost_per_returned=per_returned,
    )


def _currency(connection: Connection) -> str:
    return str(read_settings(connection, CURRENCY)[0])


def campaign_figures(db: Database) -> list[CampaignFigures]:
    """Every campaign's figures, newest first: the campaigns side by side."""
    with db.reading() as connection:
        currency = _currency(connection)
        campaigns = connection.execute(select(t.campaigns).order_by(t.campaigns.c.starts_on.desc(), t.campaigns.c.id.desc()))
        return [_figures(connection, c, _targets(connection, c), currency) for c in campaigns.all()]


def campaign_details(db: Database, campaign_id: int) -> CampaignDetails:
    """One campaign: its settings, figures, costs and targets with their outcomes."""
    with db.reading() as connection:
        campaign = connection.execute(select(t.campaigns).where(t.campaigns.c.id == campaign_id)).first()
        if campaign is None:
            raise _no_campaign()
        targets = _targets(connection, campaign)
        costs = connection.execute(
            select(t.campaign_costs.c.kind, t.campaign_costs.c.amount, t.campaign_costs.c.note)
            .where(t.campaign_costs.c.campaign_id == campaign_id)
            .order_by(t.campaign_costs.c.id)
        )
        return CampaignDetails(
            figures=_figures(connection, campaign, targets, _currency(connection)),
            offer=campaign.offer,
            audience=audience_from_json(campaign.audience).describe(),
            occasion=campaign.occasion,
            occasion_on=campaign.occasion_on,
            warm_message=campaign.warm_message,
            costs=[CostLine(kind, amount, note) for kind, amount, note in costs],
            targets=targets,
        )


__all__ = [
    "CampaignDetails",
    "CampaignDraft",
    "CampaignError",
    "CampaignFigures",
    "CostLine",
    "TargetRow",
    "Touch",
    "CampaignFollowUp",
    "campaign_follow_ups",
    "campaign_details",
    "campaign_kind_name",
    "channel_name",
    "cost_kind_name",
    "outcome_name",
    "campaign_figures",
    "create_campaign",
    "delete_campaign",
    "launch_campaign",
    "record_outcome",
    "set_costs",
]

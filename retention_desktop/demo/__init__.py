"""A demo customer book: realistic Saudi customers made with Faker, with two years of history, sales and follow-ups.

The people (`people`), their history (`history`) and the shop's sales (`sales`) are planned from
one seeded generator; the plan runs in a process of its own where it can, and the writer here saves
each batch through the core."""

from __future__ import annotations

import gc
import importlib
import io
import itertools
import math
import multiprocessing
import multiprocessing.queues
import random
import traceback
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from retention_desktop.clock import local_date, shop_now, shop_zone
from retention_desktop.customers import add_prepared_customers, count_customers, prepare_customers, set_referrers
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.followups import FollowUpRecord, record_follow_ups
from retention_desktop.i18n import translate
from retention_desktop.interactions import InteractionEntry, log_interactions
from retention_desktop.lifecycle import LossEntry, apply_lapses, mark_lost
from retention_desktop.models import Outcome
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.progress import Progress
from retention_desktop.rules import apply_follow_up_rules
from retention_desktop.catalogue import add_catalogue_item, catalogue_items, CatalogueRow
from retention_desktop.sales_batch import SalesBatch
from retention_desktop.sales import (
    CreditOfDraft,
    CreditRequest,
    InvoiceDraft,
    LineDraft,
    PaymentOfDraft,
)
from retention_desktop.settings import DEFAULT_COUNTRY, SATISFACTION_CALL_DAYS, get_setting
from retention_desktop.tables import customers as _customer_table
from retention_desktop.tables import loss_reasons as _loss_reasons
from retention_desktop.demo.history import _LOSS_KEYS, _LOSS_NOTES, _LOSS_WEIGHTS, _DemoHistory
from retention_desktop.demo.hours import _OpenHours
from retention_desktop.demo.people import _DAY, _REFERRED, _DemoCustomers
from retention_desktop.demo.sales import (
    _CATALOGUE,
    _DEMO_PROFILE,
    _QUEUED,
    _CustomerBatch,
    _DemoSales,
    _Sale,
    _SalesPlan,
    _Settle,
)



MAX_CUSTOMERS = 1_000_000
# SQLite's page cache while the demo writes (its default is 2 MiB): a million customers' indexes
# take gigabytes, and invoices and purchases go into them in date order, not customer order. What
# the sales move at random (the customers' rows, the index of invoices by customer, what they
# spent) takes about 0.6 kB a customer: the cache holds it, up to 768 MiB for a million; SQLite
# sorts the indexes made after the rows (MADE_AFTER) in it too.
_CACHE_KIB_LEAST, _CACHE_KIB_MOST = 256 * 1024, 768 * 1024


def _cache_kib(customers: int) -> int:
    return max(_CACHE_KIB_LEAST, min(_CACHE_KIB_MOST, customers * 3 // 4))


CHUNK = 5_000  # customers per transaction, with their history: keeps memory modest for a million
_FIRST_CHUNKS = (500, 1_500, 3_500)  # the first transactions': the writer starts sooner, and waits less for the next
# The secondary indexes a new book is written without (Database.indexes_made_after), made once the
# rows are in: those that neither the sales core, the lapse model, the losses nor the customers'
# writing read through while the demo writes (they read customers, invoices and their lines by id,
# a customer's phones and losses by customer, a line's credit notes by the line). A customer's
# invoices by day are read only for an invoice dated before their last one, which the demo, selling
# in date order, never issues.
MADE_AFTER = (
    "ix_customers_archived_at",
    "ix_customers_created_at",
    "ix_customers_referred_by_id",
    "ix_customers_sort_name",
    "ix_customers_stage",
    "ix_customers_renewal_on",
    "ix_customers_area",
    "ix_customers_last_purchase_on",
    "ix_customer_phones_number",
    "ix_customer_tags_tag_id",
    "ix_follow_ups_customer_id",
    "ix_follow_ups_status_due_on",
    "ix_follow_ups_status_due_on_customer_id",
    "ix_follow_ups_status_due_on_due_at",
    "ix_interactions_customer_id_occurred_at",
    "ix_interactions_follow_up_id",
    "ix_interactions_kind_resolved_at_occurred_at",
    "ix_invoices_corrects_id",
    "ix_invoices_customer_id_issued_at",
    "ix_invoices_issued_at",
    "ix_invoices_settled_issued_at",
    "ix_invoices_currency",
    "ix_invoice_lines_item_id",
    "ix_payments_invoice_id",
)



class DemoError(UserError):
    """The demo book cannot be made; the message is for the user."""


# ---------------------------------------------------------------------------------------------
# The plan and the writer: the plan (customers, their history, the sales) needs no database and
# runs in a process of its own where it can; the writer saves each batch through the core.


class _DemoPlan:
    """Everything the demo book will hold, batch by batch, from one seeded generator: the same
    seed gives the same batches, in this process or another."""

    def __init__(self, customers: int, seed: int | None, now: datetime, shop: _Shop) -> None:
        self.count = customers
        self.seed = seed
        self.now = now
        self.shop = shop

    def batches(self) -> Iterator[_CustomerBatch | _SalesPlan | _Settle]:
        shop = self.shop
        hours = _OpenHours(shop.zone, self.now)
        maker = _DemoCustomers(self.seed, self.now)
        sales = _DemoSales(maker.rng, self.now, shop.zone, shop.profile, shop.items, hours)
        history = _DemoHistory(maker.rng, self.now, shop, sales, hours)
        created = maker.creation_times(self.count, hours.last)
        referred = [i for i in range(1, self.count) if maker.rng.random() < _REFERRED]
        referrer_of = dict(maker.referrers(referred))
        today = self.now.date()
        starts = list(itertools.accumulate(_FIRST_CHUNKS, initial=0))
        starts = [s for s in starts if s < self.count] + list(range(starts[-1] + CHUNK, self.count, CHUNK))
        for start, following in zip(starts, [*starts[1:], self.count]):
            times = created[start:following]
            drafts = [maker.customer(t, start + i in referrer_of) for i, t in enumerate(times)]
            # They come in as prospects; their invoices move their stages (lifecycle.py).
            as_new = [maker.as_prospect(d) for d in drafts]
            prepared = prepare_customers(as_new, default_country=shop.country, today=today)
            for position, (created_at, draft) in enumerate(zip(times, drafts), start):
                history.customer(position, created_at, draft)
            follow_ups, interactions = history.take()
            pairs = [(p, referrer_of[p]) for p in range(start, start + len(times)) if p in referrer_of]
            yield _CustomerBatch(start, [hours.when(t.timestamp()) for t in times], prepared, pairs, follow_ups, interactions)
            # The sales before the next customer came: all chosen already (nobody buys before they come).
            yield from sales.plans(created[following].timestamp() if following < self.count else math.inf)
        yield _Settle(list(sales.lost))


@dataclass(frozen=True)
class _Shop:
    """What the plan needs to know of the book: read before it starts."""

    profile: BusinessProfile
    items: dict[str, CatalogueRow]
    zone: ZoneInfo
    country: str
    satisfaction_days: int
    # The reasons the rules give their follow-ups, translated here (the plan may run in a fork).
    satisfaction_reason: str
    birthday_reason: str


class _Writer:
    """Saves the plan's batches through the core, one transaction each, foreign keys on."""

    def __init__(self, db: Database, hours: _OpenHours, today: date, *, unsynced: bool, cache_kib: int = _CACHE_KIB_LEAST) -> None:
        self.db = db
        self.hours = hours
        self.today = today
        self.cache_kib = cache_kib
        self.unsynced = unsynced  # a new book: commits need not wait for the disk (see fill_demo_book)
        self.ids: array[int] = array("q")  # customer ids by position
        self.lines: dict[int, tuple[LineDraft, ...]] = {}  # baskets' lines
        self.to_credit: dict[int, tuple[int, tuple[int, ...]]] = {}  # sale → its invoice and lines, until credited
        self.reasons: dict[str, int] = {}  # the shipped loss reasons' ids, by key

    def write(self, batch: _CustomerBatch | _SalesPlan | _Settle) -> None:
        if isinstance(batch, _CustomerBatch):
            self.customers(batch)
        elif isinstance(batch, _SalesPlan):
            self.sales(batch)
        else:
            self.settle(batch)

    def customers(self, batch: _CustomerBatch) -> None:
        ids = self.ids
        # A referrer who came in an earlier transaction is saved with the customer: set afterwards
        # (set_referrers), SQLite writes the customer's row and each of its indexes again (the
        # column is a foreign key to the same table), about 90 µs a customer at 100,000.
        known = {p: ids[r] for p, r in batch.referrers if r < batch.start}
        prepared = [
            replace(p, checked=replace(p.checked, referred_by_id=known[position])) if position in known else p
            for position, p in enumerate(batch.prepared, batch.start)
        ]
        with self.db.writing(cache_kib=self.cache_kib, unsynced=self.unsynced) as session:
            ids.extend(add_prepared_customers(session, prepared, created_at=batch.created))
            set_referrers(session, [(ids[p], ids[r]) for p, r in batch.referrers if r >= batch.start])
            record_follow_ups(session, [FollowUpRecord(ids[f[0]], *f[1:]) for f in batch.follow_ups])
            log_interactions(session, [InteractionEntry(ids[i[0]], *i[1:]) for i in batch.interactions])

    def sales(self, plan: _SalesPlan) -> None:
        """A plan's sales, credit notes and payments in one call of the sales core (ids and
        numbers in date order, each invoice stored with what was paid of it)."""
        ids = self.ids
        self.lines.update(plan.baskets)
        steps: list[InvoiceDraft | CreditRequest | CreditOfDraft | PaymentOfDraft] = []
        moments: list[datetime | None] = []
        drafts: dict[int, InvoiceDraft] = {}  # sale → its draft, for its credit note and payments in this call
        credited_now: set[int] = set()  # sales credited in this call
        for step in plan.steps:
            if isinstance(step, _Sale):
                draft = drafts[step.number] = InvoiceDraft(ids[step.customer], self.lines[step.basket], note=step.note)
                steps.append(draft)
                moments.append(step.at)
            elif step.sale in self.to_credit:  # sold in an earlier transaction
                invoice_id, line_ids = self.to_credit.pop(step.sale)
                steps.append(CreditRequest(invoice_id, {line_ids[step.line]: step.quantity}, step.reason, step.at))
                moments.append(None)
            else:
                steps.append(CreditOfDraft(drafts[step.sale], {step.line: step.quantity}, step.reason, step.at))
                moments.append(None)
                credited_now.add(step.sale)
        # The payments after the documents, as the owner records them: checked against what the
        # credit notes left due.
        for step in plan.steps:
            if isinstance(step, _Sale):
                steps.extend(PaymentOfDraft(drafts[step.number], amount, day, method, note, at=at) for amount, day, method, note, at in step.payments)
                moments.extend([None] * len(step.payments))
        with self.db.writing(cache_kib=self.cache_kib, unsynced=self.unsynced) as session:
            till = SalesBatch(session, today=self.today)
            apply_lapses(session, {ids[p]: day for p, day in plan.lapses})
            # Customers the owner had marked lost who buy again in this batch: lost before it, as
            # the owner marked them; their purchase closes the loss (SalesBatch), as at the till.
            reasons = self.reason_ids(session) if plan.losses else {}
            mark_lost(session, [LossEntry(ids[p], reasons[key], note, at) for p, key, note, at in plan.losses])
            till.read_customers({ids[step.customer] for step in plan.steps if isinstance(step, _Sale)})
            till.read_invoices(step.invoice_id for step in steps if isinstance(step, CreditRequest))
            documents = iter(till.issue_in_order(steps, at=moments))
            for step in plan.steps:
                document = next(documents)
                if isinstance(step, _Sale) and step.credited_later and step.number not in credited_now:  # credited in a later transaction
                    self.to_credit[step.number] = (document.id, document.line_ids)

    def settle(self, batch: _Settle) -> None:
        """Stages as the book stands today: the lapse model run for every customer (lifecycle.py),
        and the customers the owner gave up on marked lost, each with a reason; one transaction per
        batch."""
        lost = {self.ids[p] for p in batch.lost}
        for start in range(0, len(self.ids), CHUNK):
            chunk = self.ids[start : start + CHUNK]
            with self.db.writing(cache_kib=self.cache_kib, unsynced=self.unsynced) as session:
                apply_lapses(session, dict.fromkeys(chunk, self.today))
                mark_lost(session, self.losses(session, [c for c in chunk if c in lost]))

    def losses(self, session: Session, customer_ids: Sequence[int]) -> list[LossEntry]:
        """Why each of these customers left (a reason drawn by weight, the same for the same
        customer), marked some months after their last purchase."""
        if not customer_ids:
            return []
        connection = session.connection()
        reasons = self.reason_ids(session)
        hours = self.hours
        entries = []
        rows = connection.execute(select(_customer_table.c.id, _customer_table.c.last_purchase_on).where(_customer_table.c.id.in_(customer_ids)))
        for customer_id, last in sorted(rows):
            rng = random.Random(customer_id)
            key = rng.choices(_LOSS_KEYS, _LOSS_WEIGHTS)[0]
            day = min(self.today, (last or self.today - timedelta(days=365)) + timedelta(days=rng.randint(90, 240)))
            at = hours.when(min(hours.start_of(day) + rng.random() * _DAY, hours.last))
            note = _LOSS_NOTES.get(key, "") if rng.random() < 0.6 else ""
            entries.append(LossEntry(customer_id, reasons[key], note, at))
        return entries

    def reason_ids(self, session: Session) -> dict[str, int]:
        """The shipped loss reasons' ids by their keys, read once."""
        if not self.reasons:
            rows = session.connection().execute(select(_loss_reasons.c.key, _loss_reasons.c.id).where(_loss_reasons.c.key.is_not(None)))
            self.reasons = {key: reason_id for key, reason_id in rows}
        return self.reasons


_END = "end"


@dataclass(frozen=True)
class _Failure:
    """The plan's process failed: its traceback, to raise in the writer's."""

    text: str


def _planned(plan: _DemoPlan, *, two_processes: bool) -> Iterator[_CustomerBatch | _SalesPlan | _Settle]:
    """The plan's batches: made in a forked process while the writer saves the ones before (on
    systems that fork), or in this one."""
    if not two_processes or "fork" not in multiprocessing.get_all_start_methods():
        yield from plan.batches()
        return
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.queues.Queue[Any] = context.Queue(maxsize=_QUEUED)  # bounded: memory stays bounded
    process = context.Process(target=_produce, args=(plan, queue), name="demo plan", daemon=True)
    process.start()
    try:
        while True:
            item = queue.get()
            if isinstance(item, _Failure):
                raise RuntimeError(f"the demo's plan failed:\n{item.text}")
            if isinstance(item, str) and item == _END:
                break
            yield item
        process.join()
    finally:
        if process.is_alive():
            process.terminate()
            process.join()


def _produce(plan: _DemoPlan, queue: multiprocessing.queues.Queue[Any]) -> None:
    """The plan's process: every batch into the queue, then the end (or what went wrong)."""
    try:
        for batch in plan.batches():
            queue.put(batch)
        queue.put(_END)
    except BaseException:  # noqa: BLE001 - whatever it is, the writer must hear of it
        queue.put(_Failure(traceback.format_exc()))


@contextmanager
def _few_collections() -> Iterator[None]:
    """Python's cycle collector off while the book is planned and written (in both processes): the
    batches are millions of small objects, without cycles, that live until they are written and are
    then freed by their counts; the collector went through them again and again (with a threshold
    of 100,000 it still took 1.7–2.1 s of the writer's CPU at 100,000 customers, for no memory:
    the peak was the same without it). It runs again at the end."""
    enabled = gc.isenabled()
    gc.collect()
    gc.freeze()  # what is alive now (the program, its modules) is not looked at again
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def _demo_logo() -> bytes | None:
    """A small logo for the demo shop (a sun on the horizon, for الأفق), or None without Pillow."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return None
    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, 232, 232), radius=40, fill="#0b4f6c")
    draw.pieslice((56, 72, 184, 200), 180, 360, fill="#f6a21e")
    for n, y in enumerate((146, 166, 186)):
        draw.rounded_rectangle((40 + 16 * n, y, 200 - 16 * n, y + 8), radius=4, fill="white")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _set_up_shop(db: Database) -> tuple[BusinessProfile, dict[str, CatalogueRow]]:
    """The demo shop's business profile, unless the book already has one (a real shop's is never
    overwritten), and its catalogue: the items not there yet by their Arabic name are added."""
    profile = get_profile(db)
    if not profile.is_complete:
        profile = save_profile(db, _DEMO_PROFILE, logo=_demo_logo())
    known = {row.name_ar: row for row in catalogue_items(db, include_archived=True)}
    for product in _CATALOGUE.values():
        if product.draft.name_ar not in known:
            add_catalogue_item(db, product.draft)
    rows = {row.name_ar: row for row in catalogue_items(db, include_archived=True)}
    return profile, {key: rows[product.draft.name_ar] for key, product in _CATALOGUE.items()}


def _ensure_default_templates(db: Database) -> None:
    """The default message templates, when the templates module is there (it may come later)."""
    try:
        templates = importlib.import_module("retention_desktop.templates")
    except ImportError:
        return
    ensure = getattr(templates, "ensure_default_templates", None)
    if ensure is not None:
        ensure(db)


def _use_demo_kit_texts(db: Database) -> None:
    """The demo shop's own welcome kit texts, unless the owner wrote some already."""
    from retention_desktop.i18n import LANGUAGES
    from retention_desktop.kit_texts import kit_texts, use_demo_texts

    if not any(text.edited for language in LANGUAGES for text in kit_texts(db, language)):
        use_demo_texts(db)


def check_demo_size(customers: int) -> None:
    """Raise DemoError unless the demo can make this many customers."""
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise DemoError(
            translate("Demo", "The number of demo customers must be between {low} and {high}, not {given}.").format(
                low=1, high=f"{MAX_CUSTOMERS:,}", given=customers
            )
        )


def fill_demo_book(
    db: Database, customers: int, *, seed: int | None = None, two_processes: bool = True, progress: Progress | None = None
) -> int:
    """Fill an empty customer book with `customers` realistic demo customers; returns how many.

    Each customer comes with a history over the last two years (purchases, calls, visits,
    messages, feedback, complaints, done and cancelled follow-ups) and some follow-ups still on the
    list, so that the Today screen has something to show; the follow-up rules run at the end.

    The shop gets a Saudi business profile (unless it already has one) and a catalogue, and each
    purchase is an invoice numbered in date order (INV-000001 is the oldest), with its payments
    (most paid, some in two payments, recent ones partly or not yet) and a few credit notes; the
    customers' stages agree with their invoices, and subscriptions set their renewal dates. Some
    customers were marked lost, with a reason, some months after their last purchase: most are lost
    still; a purchase of the others won them back and closed the loss, as at the till.

    Everything is saved through the core's functions (customers, follow-ups, interactions,
    sales, lifecycle), foreign keys on, one transaction per batch of customers or of sales: a demo
    stopped half-way leaves whole batches. Where the system can fork, the book is planned in a
    second process while this one saves it (`two_processes`); the book is the same either way.

    Raises DemoError when the book already holds customers (archived ones too) or the number is
    out of range; nothing is added then. The same seed gives the same book.

    `progress` counts the customers as they are saved (the book is then finished: its indexes made,
    the follow-up rules run, the campaigns added).
    """
    check_demo_size(customers)
    existing = count_customers(db) + count_customers(db, archived=True)
    if existing:
        raise DemoError(
            translate(
                "Demo",
                "The customer book already holds %n customers. Demo customers are only added to an empty book; "
                "choose a new database file with --db.",
                None,
                existing,
            )
        )

    now = shop_now(db)
    # A new book (no shop, no catalogue, no customers yet) is written without waiting for the disk at
    # each commit (Database.writing(unsynced=True)): a power cut half-way may leave a damaged file,
    # but with nothing in it but the demo's, which refuses a book with customers anyway and so is
    # made again in a new file; a crash or a stop of the program alone leaves whole batches, as
    # ever. At the end settle_file() puts the finished book on the disk. A book with a shop of its
    # own is written with every commit on the disk.
    new_book = not get_profile(db).is_complete and not catalogue_items(db, include_archived=True)
    profile, items = _set_up_shop(db)
    shop = _Shop(
        profile,
        items,
        shop_zone(db),
        get_setting(db, DEFAULT_COUNTRY),
        get_setting(db, SATISFACTION_CALL_DAYS),
        translate("Rules", "Satisfaction call after the first purchase"),
        translate("Rules", "Birthday greeting"),
    )
    writer = _Writer(db, _OpenHours(shop.zone, now), local_date(now, shop.zone), unsynced=new_book, cache_kib=_cache_kib(customers))
    # A new book's indexes that the writing does not read through are made once it is written.
    with db.indexes_made_after(MADE_AFTER if new_book else (), cache_kib=writer.cache_kib), _few_collections():
        if progress is not None:
            progress.expect(customers)
        for batch in _planned(_DemoPlan(customers, seed, now, shop), two_processes=two_processes):
            writer.write(batch)
            if progress is not None and isinstance(batch, _CustomerBatch):
                progress.step(len(batch.prepared))
    # What the program does when it starts: the cadence and the event rules add their follow-ups.
    apply_follow_up_rules(db, today=now.date())
    _ensure_default_templates(db)
    _use_demo_kit_texts(db)
    _add_demo_campaigns(db, random.Random(seed), local_date(now, shop.zone), writer.hours)
    db.settle_file()
    return len(writer.ids)


# --- win-back campaigns ---------------------------------------------------------------------------
# Two finished campaigns on customers who had gone quiet, made and closed as the owner would have
# (create_campaign on its first day, each follow-up marked done on its day, outcomes and costs), so
# that the Campaigns screen compares them: an offer alone, and an offer followed by a call.

_DEMO_CAMPAIGN_TARGETS = 40


def _quiet_on(db: Database, start: date, end: date) -> tuple[set[int], set[int]]:
    """The customers who had bought nothing for more than 90 days on `start` (as the book stood
    then, not as it stands today), and those of them who bought between `start` and `end`."""
    from sqlalchemy import func

    from retention_desktop.kinds import DocumentKind
    from retention_desktop.tables import invoices

    sales = invoices.c.kind == DocumentKind.INVOICE
    last = (
        select(invoices.c.customer_id, func.max(invoices.c.issue_date).label("last"))
        .where(sales, invoices.c.issue_date < start)
        .group_by(invoices.c.customer_id)
        .subquery()
    )
    with db.reading() as connection:
        quiet = set(connection.scalars(select(last.c.customer_id).where(last.c.last < start - timedelta(days=90))))
        bought = select(invoices.c.customer_id).where(sales, invoices.c.issue_date.between(start, end))
        back = quiet.intersection(connection.scalars(bought))
    return quiet, back


def _add_demo_campaigns(db: Database, rng: random.Random, today: date, hours: _OpenHours) -> None:
    from retention_desktop.kinds import Channel

    plans = (
        (
            translate("Demo", "We miss you: 15% off"),
            "{dear} {name}، افتقدناك في {shop}! لك خصم 15% على زيارتك القادمة حتى نهاية الشهر.",
            Channel.SMS, None, today - timedelta(days=160), (0.55, 0.2, 0.15),
        ),
        (
            translate("Demo", "Come back: a gift and a call"),
            "{dear} {name}، يسعدنا أن نراك مجددًا في {shop}: هدية مع زيارتك القادمة وخصم 20%.",
            Channel.WHATSAPP, 3, today - timedelta(days=70), (0.3, 0.15, 0.25),
        ),
    )
    for name, offer, channel, call_after, start, shares in plans:
        _add_demo_campaign(db, rng, hours, name, offer, channel, call_after, start, shares)


def _add_demo_campaign(
    db: Database,
    rng: random.Random,
    hours: _OpenHours,
    name: str,
    offer: str,
    channel: Any,
    call_after: int | None,
    start: date,
    shares: tuple[float, float, float],
) -> None:
    from retention_desktop.audiences import ChosenAudience
    from retention_desktop.campaigns import (
        CampaignDraft,
        CostLine,
        campaign_details,
        campaign_follow_ups,
        create_campaign,
        record_outcome,
        set_costs,
    )
    from retention_desktop.followups import mark_done
    from retention_desktop.kinds import CostKind, TargetOutcome

    quiet, back = _quiet_on(db, start, start + timedelta(days=45))
    if len(quiet) < 5:
        return
    no_answer, declined, interested = shares
    # Those who came back are the ones who bought in the window: the book's own sales decide it
    # (campaign_details counts a purchase there as a return), in the share the plan gives them.
    came_back = sorted(back)
    stayed = sorted(quiet - back)
    count = min(_DEMO_CAMPAIGN_TARGETS, len(quiet))
    returning = min(len(came_back), round(count * (1 - no_answer - declined - interested)))
    returning = max(returning, count - len(stayed))
    chosen = tuple(sorted(rng.sample(came_back, returning) + rng.sample(stayed, count - returning)))
    draft = CampaignDraft(name, offer, channel, ChosenAudience(chosen), start, start + timedelta(days=45), call_after)
    campaign_id = create_campaign(db, draft, today=start)
    follow_ups = campaign_follow_ups(db, campaign_id)
    answered = no_answer + declined + interested
    for customer_id in chosen:
        draw = rng.random() * answered
        outcome = (
            None if customer_id in back
            else TargetOutcome.NO_ANSWER if draw < no_answer
            else TargetOutcome.DECLINED if draw < no_answer + declined
            else TargetOutcome.INTERESTED
        )
        reached = Outcome.NO_ANSWER if outcome is TargetOutcome.NO_ANSWER else (
            Outcome.NOT_INTERESTED if outcome is TargetOutcome.DECLINED else Outcome.REACHED
        )
        for follow_up in (f for f in follow_ups if f.customer_id == customer_id):
            moment = hours.when(hours.start_of(follow_up.due_on) + rng.random() * _DAY)
            mark_done(db, follow_up.id, outcome=Outcome.REACHED if follow_up.step == 0 else reached, at=moment, today=follow_up.due_on)
        if outcome is not None:
            record_outcome(db, campaign_id, customer_id, outcome)
    returned = campaign_details(db, campaign_id).figures.returned
    set_costs(
        db,
        campaign_id,
        [
            CostLine(CostKind.MESSAGES, Decimal("0.25") * len(chosen), translate("Demo", "Text messages")),
            CostLine(CostKind.DISCOUNTS, Decimal(60) * returned),
            # The offer alone went with printed flyers; the one with a call gave a small gift to each who came.
            CostLine(CostKind.GIFTS, Decimal(25) * returned) if call_after else CostLine(CostKind.OTHER, Decimal(400), translate("Demo", "Printed flyers")),
        ],
    )

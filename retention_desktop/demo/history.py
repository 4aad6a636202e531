"""The demo's history: interactions and follow-ups over the last two years, so that the Today
screen, the customer cards and the interaction log have something to show on the first start."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any


from retention_desktop.customers import (
    CustomerDraft,
)
from retention_desktop.models import (
    CadenceUnit,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    InteractionKind,
    Outcome,
    Stage,
)
from retention_desktop.rules import birthday_in
from retention_desktop.demo.people import _DAY, _LAST_PURCHASE, _Weighted

if TYPE_CHECKING:
    from retention_desktop.demo import _Shop
    from retention_desktop.demo.hours import _OpenHours
    from retention_desktop.demo.sales import _DemoSales



# the customer cards and the interaction log have something to show on the first start.

_HISTORY_DAYS = 730

_CADENCE_DAYS = {CadenceUnit.DAYS: 1, CadenceUnit.WEEKS: 7, CadenceUnit.MONTHS: 30}

# Open follow-ups when the demo starts, as shares of the customers; the rules add their own.
_OVERDUE = 0.02
_DUE_TODAY = 0.01
_UPCOMING = 0.035  # in the next seven days
_LATER = 0.03  # eight to 45 days ahead
_CANCELLED = 0.08  # a follow-up cancelled some time in the past
_TIMED = 0.5  # of the follow-ups on the list: at a set time
_FROM_FOLLOW_UP = 0.4  # of the calls, visits and messages: done from a follow-up on the list
_FEEDBACK = 0.25  # of the customers who bought: gave feedback once
_COMPLAINT = 0.03
_COMPLAINT_LOST = 0.15
_OPEN_COMPLAINT = 0.3
_SATISFACTION_DONE = 0.5  # of the first purchases: the satisfaction call was made
_BIRTHDAYS_GREETED = 0.3  # of the customers with a birthday: greeted on the past ones
# The stage to give instead when a customer is too new for theirs (see _DemoCustomers.stage).
_FIRST_PURCHASE_DAYS = 50  # a first purchase is recent: later, the lapse model would call it at risk
_REGULAR_GAP = 160  # days between a regular's purchases at most (10 % more), short of a lapse
_TIMES = (time(10, 30), time(11, 0), time(12, 0), time(12, 30), time(16, 0), time(17, 30), time(19, 0), time(20, 30))

_FOLLOW_UP_KINDS = (FollowUpKind.CALL, FollowUpKind.MESSAGE, FollowUpKind.VISIT)
_FOLLOW_UP_KIND_WEIGHTS = (60, 25, 15)
_INTERACTION_OF = {
    FollowUpKind.CALL: InteractionKind.CALL,
    FollowUpKind.MESSAGE: InteractionKind.MESSAGE,
    FollowUpKind.VISIT: InteractionKind.VISIT,
}
_REASONS = {
    FollowUpKind.CALL: (
        "متابعة الطلب الأخير",
        "تذكير بموعد الصيانة",
        "إبلاغ بوصول منتجات جديدة",
        "متابعة عرض السعر",
        "تأكيد موعد التوصيل",
        "سؤال عن رضا العميل عن الخدمة",
        "تحصيل دفعة متبقية",
    ),
    FollowUpKind.MESSAGE: (
        "إرسال عرض نهاية الأسبوع",
        "تذكير بموعد الحجز",
        "إرسال كتالوج المنتجات الجديدة",
        "تهنئة بالعيد",
        "طلب تقييم للخدمة",
    ),
    FollowUpKind.VISIT: (
        "زيارة لمعاينة الموقع",
        "تسليم الطلب",
        "تركيب وتشغيل",
        "عرض المنتجات الجديدة",
    ),
}
_OUTCOMES = (Outcome.REACHED, Outcome.NO_ANSWER, Outcome.CALL_BACK, Outcome.NOT_INTERESTED, Outcome.OTHER)
_OUTCOME_WEIGHTS = (62, 18, 9, 5, 6)
_OUTCOME_NOTES = {
    Outcome.REACHED: ("تم الاتفاق على موعد", "طلب عرض سعر", "شكر على المتابعة", ""),
    Outcome.NO_ANSWER: ("الهاتف مغلق", "لا يوجد رد", ""),
    Outcome.CALL_BACK: ("مشغول الآن، الاتصال لاحقاً", "طلب الاتصال بعد الدوام"),
    Outcome.NOT_INTERESTED: ("لا يحتاج شيئاً حالياً", "انتقل إلى محل آخر"),
    Outcome.OTHER: ("الرقم غير صحيح، تم تحديثه", "أُرسلت التفاصيل على واتساب"),
}
_CONTACT_NOTES = {
    FollowUpKind.CALL: ("استفسار عن الأسعار", "سؤال عن موعد وصول الطلب", "استفسار عن ساعات العمل", "سؤال عن العروض الحالية"),
    FollowUpKind.MESSAGE: ("أُرسلت رسالة بالعروض الجديدة", "رسالة تذكير بالموعد", "تهنئة بالعيد", "إرسال صور المنتجات"),
    FollowUpKind.VISIT: ("زيارة للمحل", "استلام الطلب من المحل", "معاينة المنتجات", "زيارة مع العائلة"),
}
_FEEDBACK_NOTES = {
    5: ("الخدمة ممتازة", "سرعة في التنفيذ وتعامل راقٍ", "أفضل محل تعاملت معه"),
    4: ("جيد بشكل عام", "الجودة جيدة والسعر مناسب", "التوصيل تأخر قليلاً لكن الخدمة جيدة"),
    3: ("مقبول", "الأسعار مرتفعة نوعاً ما", "الانتظار كان طويلاً"),
    2: ("المنتج لم يكن كما في الصورة", "التعامل يحتاج إلى تحسين"),
    1: ("تجربة سيئة", "لم تُحل المشكلة بعد عدة اتصالات"),
}
_SCORES = (5, 4, 3, 2, 1)
_SCORE_WEIGHTS = (40, 32, 15, 8, 5)
_COMPLAINT_NOTES = (
    "تأخر التوصيل أسبوعاً عن الموعد",
    "المنتج وصل تالفاً",
    "خطأ في مبلغ الفاتورة",
    "سوء تعامل من أحد الموظفين",
    "لم يرد أحد على الاتصالات",
    "الخدمة لم تكن كما اتُّفق عليها",
)
_WIN_BACK_REASON = "عرض خاص للعودة"

# Why the demo's lost customers left, and how often: price and a competitor's offer lead, as they do.
_LOSS_KEYS = ("price", "service_quality", "cleanliness", "slow_service", "unpleasant_incident", "competitor_offer",
              "offers_for_new_only", "moved_away", "no_longer_needed", "lost_touch", "other")
_LOSS_WEIGHTS = (22, 12, 5, 9, 4, 16, 8, 9, 6, 7, 2)
_LOSS_NOTES = {
    "price": "قال إن الأسعار ارتفعت عليه مقارنة بالسنة الماضية.",
    "service_quality": "لم يكن راضيًا عن نتيجة آخر زيارة.",
    "cleanliness": "اشتكى من نظافة المكان في آخر زيارة.",
    "slow_service": "انتظر أكثر من ساعة في آخر مرة.",
    "unpleasant_incident": "خلاف مع أحد الموظفين حول الفاتورة.",
    "competitor_offer": "انتقل إلى محل جديد افتتح قريبًا بعرض افتتاح.",
    "offers_for_new_only": "سأل لماذا العروض للعملاء الجدد فقط.",
    "moved_away": "انتقل إلى مدينة أخرى.",
    "no_longer_needed": "لم يعد يحتاج الخدمة.",
    "lost_touch": "لم نتواصل معه منذ مدة طويلة.",
}
# Of the customers won back, how many the owner had marked lost first (the others had only lapsed),
# and why those had left: an offer answers a price, a competitor's offer or offers only for new
# customers, and a call a customer we lost touch with, more often than a bad incident; one who
# moved away or no longer needs it seldom comes back.
_MARKED_LOST = 0.7
_WON_BACK_WEIGHTS = (31, 10, 4, 9, 2, 19, 12, 1, 2, 14, 1)


class _DemoHistory:
    """Makes the interactions and follow-ups of demo customers, by their positions, for the core's
    bulk functions (followups.record_follow_ups, interactions.log_interactions).

    Times are handled as seconds since the epoch, for speed, over whole days and up to the last
    moment the shop was open (`hours.last`); each is put into the shop's opening hours as a row
    is made (hours.py).
    """

    def __init__(
        self, rng: random.Random, now: datetime, shop: _Shop, sales: _DemoSales, hours: _OpenHours
    ) -> None:
        self.rng = rng
        self.sales = sales
        self.hours = hours
        self.now = hours.last
        self.today = now.date()
        self.satisfaction_days = shop.satisfaction_days
        self.satisfaction_reason = shop.satisfaction_reason
        self.birthday_reason = shop.birthday_reason
        self.follow_ups: list[tuple[Any, ...]] = []  # FollowUpRecord's fields, the customer's position first
        self.interactions: list[tuple[Any, ...]] = []  # InteractionEntry's fields, likewise
        self.kinds = _Weighted(_FOLLOW_UP_KINDS, _FOLLOW_UP_KIND_WEIGHTS)
        self.outcomes = _Weighted(_OUTCOMES, _OUTCOME_WEIGHTS)
        self.scores = _Weighted(_SCORES, _SCORE_WEIGHTS)
        self.won_back_reasons = _Weighted(_LOSS_KEYS, _WON_BACK_WEIGHTS)

    # Times and days.

    def day_of(self, ts: float) -> date:
        return self.hours.day_of(ts)

    def start_of(self, day: date) -> float:
        return self.hours.start_of(day)

    def moment(self, low: float, high: float) -> float:
        """A moment between low and high (put into opening hours when written: utc)."""
        return low + self.rng.random() * (high - low)

    def utc(self, ts: float) -> datetime:
        """A moment of the plan as a row keeps it: in the shop's opening hours of its day."""
        return self.hours.when(ts)

    # Rows.

    def interaction(
        self,
        customer: int,
        kind: InteractionKind,
        ts: float,
        note: str = "",
        *,
        outcome: Outcome | None = None,
        score: int | None = None,
        resolved: float | None = None,
    ) -> None:
        """An interaction of the customer at this position: InteractionEntry's fields, in order."""
        self.interactions.append(
            (customer, kind, self.utc(ts), note, outcome, score, None if resolved is None else self.utc(resolved), None)
        )

    def follow_up(
        self,
        customer: int,
        kind: FollowUpKind,
        reason: str,
        due_on: date,
        *,
        created: float,
        status: FollowUpStatus = FollowUpStatus.OPEN,
        closed: float | None = None,
        due_at: time | None = None,
        outcome: Outcome | None = None,
        outcome_note: str = "",
        origin: FollowUpOrigin = FollowUpOrigin.MANUAL,
        origin_key: str | None = None,
    ) -> None:
        """A follow-up of the customer at this position: FollowUpRecord's fields, in order."""
        closed_at = None if closed is None else self.utc(closed)
        self.follow_ups.append(
            (customer, kind, due_on, self.utc(created), reason, "", due_at, status, closed_at, outcome, outcome_note, origin, origin_key)
        )

    def done(
        self,
        customer_id: int,
        kind: FollowUpKind,
        reason: str,
        ts: float,
        *,
        since: float,
        outcome: Outcome | None = None,
        origin: FollowUpOrigin = FollowUpOrigin.MANUAL,
        origin_key: str | None = None,
    ) -> None:
        """A follow-up that was on the list and marked done at `ts` (which logs its interaction)."""
        rng = self.rng
        outcome = outcome or self.outcomes.pick(rng)
        day = self.day_of(ts)
        due_on = day - timedelta(days=rng.randrange(1, 4)) if rng.random() < 0.2 else day
        created = max(since, min(ts, self.start_of(due_on) - rng.randrange(1, 21) * _DAY))
        due_at = rng.choice(_TIMES) if rng.random() < 0.2 else None
        self.follow_up(
            customer_id,
            kind,
            reason,
            due_on,
            created=created,
            status=FollowUpStatus.DONE,
            closed=ts,
            due_at=due_at,
            outcome=outcome,
            outcome_note=rng.choice(_OUTCOME_NOTES[outcome]),
            origin=origin,
            origin_key=origin_key,
        )

    def contact(self, customer_id: int, ts: float, since: float) -> None:
        """A call, visit or message: done from the list, or just logged."""
        rng = self.rng
        kind = self.kinds.pick(rng)
        if rng.random() < _FROM_FOLLOW_UP:
            self.done(customer_id, kind, rng.choice(_REASONS[kind]), ts, since=since)
        else:
            outcome = Outcome.REACHED if rng.random() < 0.6 else None
            self.interaction(customer_id, _INTERACTION_OF[kind], ts, rng.choice(_CONTACT_NOTES[kind]), outcome=outcome)

    # One customer's story.

    def second(self, ts: float) -> float:
        """A purchase's moment in whole seconds, as invoices keep it (never after now)."""
        return float(min(math.ceil(ts), math.floor(self.now)))

    def purchases(self, stage: Stage, start: float, created: float) -> list[float]:
        """When the customer bought, oldest first, as the stage says: none for a prospect, one
        lately for a first purchase, two or more for an active customer, the last one long enough
        ago for a customer at risk, lapsed or lost. A regular comes back within _REGULAR_GAP days:
        a longer spell would have lapsed them (lifecycle.py), which only a customer won back did."""
        if stage is Stage.PROSPECT:
            return []
        rng = self.rng
        now = self.now
        window = 3 * _DAY if created >= start else 90 * _DAY  # new customers buy in their first days
        if stage is Stage.FIRST_PURCHASE:
            since = max(start, now - _FIRST_PURCHASE_DAYS * _DAY)
            return [self.second(self.moment(since, min(now, since + window) if created >= since else now))]
        low, high = _LAST_PURCHASE[stage]
        latest = max(start, now - low * _DAY)  # the stage's most recent last purchase
        first = self.moment(start, min(latest, start + window))
        last = max(first, now - rng.uniform(low, high) * _DAY)
        n = 1 + min(9, int((last - first) / _DAY / 140 * rng.uniform(0.4, 1.6)))
        if stage is Stage.ACTIVE and n < 2:  # active: has come back at least once
            n = 2
            if last <= first:
                last = self.moment(first, now)
        # Spread the purchases between the first and the last, no gap longer than a regular's.
        gaps = max(n - 1, math.ceil((last - first) / (_REGULAR_GAP * _DAY)))
        step = (last - first) / gaps if gaps else 0.0
        times = [first + step * (k + rng.uniform(-0.05, 0.05)) for k in range(1, gaps)]
        times = [first, *times, last] if gaps else [first]
        return [self.second(ts) for ts in times]

    def customer(self, customer_id: int, created_at: datetime, draft: CustomerDraft) -> None:
        rng = self.rng
        now = self.now
        created = created_at.timestamp()
        start = max(created, now - _HISTORY_DAYS * _DAY)
        span_days = (now - start) / _DAY
        stage = draft.stage

        purchases = self.purchases(stage, start, created)

        contacts = int(span_days / 250 * rng.uniform(0.4, 1.6)) + (1 if stage is Stage.PROSPECT else 0)
        # A lost customer's story ends when the owner gives up on them (marked lost 90 days or more
        # after their last purchase, in the settling; the rules follow nobody lost): nothing of
        # theirs after it but a win-back campaign's. Ten days spare for a day the shop is closed.
        heard_of = min(purchases[-1] + 80 * _DAY, now) if stage is Stage.LOST and purchases else now
        for _ in range(contacts):
            self.contact(customer_id, self.moment(start, heard_of), start)

        if purchases and stage in (Stage.AT_RISK, Stage.LAPSED, Stage.LOST) and rng.random() < 0.5:
            outcome = Outcome.NOT_INTERESTED if stage is Stage.LOST else Outcome.NO_ANSWER
            after = self.moment(purchases[-1], heard_of)
            self.done(customer_id, FollowUpKind.CALL, rng.choice(_REASONS[FollowUpKind.CALL]), after, since=start, outcome=outcome)
        loss: tuple[float, str, str] | None = None
        if stage is Stage.WON_BACK and purchases:
            call = self.moment(max(purchases[-1], now - 90 * _DAY), now - 15 * _DAY)
            if rng.random() < _MARKED_LOST:
                loss = self.loss(purchases[-1], call)
            self.done(customer_id, FollowUpKind.CALL, _WIN_BACK_REASON, call, since=start, outcome=Outcome.REACHED)
            purchases = [*purchases, self.second(self.moment(call, now))]
        # Each purchase is an invoice, made with the others once every customer is in the book
        # (invoice numbers follow the dates across customers); the invoice logs the purchase, and
        # the one after a loss closes it.
        self.sales.customer(customer_id, draft, purchases, loss)

        if draft.contact_every is not None and draft.contact_unit is not None:
            # The owner has kept in touch; the last contact is more or less one period ago.
            period = draft.contact_every * _CADENCE_DAYS[draft.contact_unit] * _DAY
            last = heard_of - rng.uniform(0.05, 1.12) * period
            for i in range(min(6, int((now - start) / period))):
                ts = last - i * period * rng.uniform(0.85, 1.0)
                if ts < start:
                    break
                self.contact(customer_id, ts, start)

        if purchases and rng.random() < _FEEDBACK:
            after = rng.choice(purchases)
            ts = self.moment(after, min(now, after + 10 * _DAY))
            score = self.scores.pick(rng)
            self.interaction(customer_id, InteractionKind.FEEDBACK, ts, rng.choice(_FEEDBACK_NOTES[score]), score=score)

        if rng.random() < (_COMPLAINT_LOST if stage is Stage.LOST else _COMPLAINT) and span_days >= 1:
            if stage is not Stage.LOST and rng.random() < _OPEN_COMPLAINT:
                ts = self.moment(max(start, now - 30 * _DAY), now)
                self.interaction(customer_id, InteractionKind.COMPLAINT, ts, rng.choice(_COMPLAINT_NOTES))
            else:
                ts = self.moment(start, heard_of - _DAY)
                resolved = min(now, ts + rng.uniform(0.2, 10) * _DAY)
                self.interaction(customer_id, InteractionKind.COMPLAINT, ts, rng.choice(_COMPLAINT_NOTES), resolved=resolved)

        if purchases and rng.random() < _SATISFACTION_DONE:
            # The satisfaction call the rule scheduled after the first purchase, made long ago.
            due = self.day_of(purchases[0]) + timedelta(days=self.satisfaction_days)
            if due < self.today - timedelta(days=14):
                ts = self.moment(self.start_of(due), self.start_of(due) + _DAY)
                self.done(
                    customer_id,
                    FollowUpKind.CALL,
                    self.satisfaction_reason,
                    ts,
                    since=purchases[0],
                    origin=FollowUpOrigin.SATISFACTION,
                    origin_key="satisfaction",
                )

        if draft.birthday is not None and rng.random() < _BIRTHDAYS_GREETED:
            self.greet_birthdays(customer_id, draft.birthday, start, heard_of)

        if rng.random() < _CANCELLED and span_days >= 2:
            kind = self.kinds.pick(rng)
            ts = self.moment(start + _DAY, heard_of - _DAY)
            self.follow_up(
                customer_id,
                kind,
                rng.choice(_REASONS[kind]),
                self.day_of(ts),
                created=max(start, ts - rng.randrange(1, 15) * _DAY),
                status=FollowUpStatus.CANCELLED,
                closed=ts,
            )

        self.open_follow_up(customer_id, start)

    def greet_birthdays(self, customer_id: int, birthday: date, since: float, until: float) -> None:
        """The birthday greetings the rule put on the list and the owner sent, one a year between
        `since` and `until` (today, or when the owner gave up on a lost customer)."""
        for year in range(self.today.year - 2, self.today.year + 1):
            day = birthday_in(year, birthday)
            if self.day_of(since) < day < self.day_of(until):
                ts = self.moment(self.start_of(day), self.start_of(day) + _DAY)
                self.done(
                    customer_id,
                    FollowUpKind.MESSAGE,
                    self.birthday_reason,
                    ts,
                    since=since,
                    outcome=Outcome.REACHED,
                    origin=FollowUpOrigin.BIRTHDAY,
                    origin_key=f"birthday:{year}",
                )

    def loss(self, last: float, before: float) -> tuple[float, str, str]:
        """When the owner marked a customer lost (some months after their last purchase, before
        `before`), why, and their note: (moment, the reason's key, note)."""
        rng = self.rng
        ts = self.moment(min(last + 90 * _DAY, before), min(last + 240 * _DAY, before))
        key = self.won_back_reasons.pick(rng)
        return ts, key, _LOSS_NOTES.get(key, "") if rng.random() < 0.6 else ""

    def open_follow_up(self, customer_id: int, since: float) -> None:
        """Now and then a follow-up still on the list: overdue, today, in the coming week or later."""
        rng = self.rng
        roll = rng.random()
        due_at: time | None = None
        if roll < _OVERDUE:
            due = self.today - timedelta(days=rng.randrange(1, 22))
        elif roll < _OVERDUE + _DUE_TODAY:
            due = self.today
        elif roll < _OVERDUE + _DUE_TODAY + _UPCOMING:
            due = self.today + timedelta(days=rng.randrange(1, 8))
        elif roll < _OVERDUE + _DUE_TODAY + _UPCOMING + _LATER:
            due = self.today + timedelta(days=rng.randrange(8, 46))
        else:
            return
        if rng.random() < _TIMED:
            due_at = rng.choice(_TIMES)
        if due < self.day_of(since):
            return  # overdue from before the customer came: not possible
        kind = self.kinds.pick(rng)
        created = max(since, min(self.now, self.start_of(min(due, self.today)) - rng.randrange(1, 15) * _DAY))
        self.follow_up(customer_id, kind, rng.choice(_REASONS[kind]), due, created=created, due_at=due_at)

    def take(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The follow-ups and interactions made so far, handed over."""
        made = (self.follow_ups, self.interactions)
        self.follow_ups, self.interactions = [], []
        return made

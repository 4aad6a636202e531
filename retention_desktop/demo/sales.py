"""The demo's shop: a business profile, a catalogue, and two years of sales to the demo customers."""

from __future__ import annotations

import bisect
import enum
import heapq
import math
import random
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo


from retention_desktop.clock import local_date
from retention_desktop.customers import (
    CustomerDraft,
    PreparedCustomer,
)
from retention_desktop.lifecycle import LAPSE_MIN_DAYS, lapse_day, lapses_on
from retention_desktop.models import (
    CadenceUnit,
    CustomerKind,
    PaymentMethod,
    Stage,
    VatCategory,
)
from retention_desktop.money import HUNDRED, ZERO, currency_decimals, round_money
from retention_desktop.profile import BusinessProfile
from retention_desktop.catalogue import CatalogueDraft, CatalogueRow
from retention_desktop.sales import (
    InvoiceDraft,
    LineDraft,
    compute_invoice_totals,
    preview_credit_of_draft,
    renewal_after,
)
from retention_desktop.settings import LAPSE_ONE_OFF_DAYS
from retention_desktop.demo.hours import _OpenHours
from retention_desktop.demo.people import _DAY, _cumulative



# ---------------------------------------------------------------------------------------------
# The shop: a business profile, a catalogue, and two years of sales to the demo customers.

_DEMO_PROFILE = BusinessProfile(
    name_ar="مركز الأفق للجوالات والإلكترونيات",
    name_en="Al Ufuq Mobiles & Electronics",
    address="مبنى 7235، طريق الملك فهد، حي العليا، الرياض 12214",
    address_en="Building 7235, King Fahd Road, Al Olaya District, Riyadh 12214",
    phone="+966114652210",
    vat_number="310122393500003",
    country="SA",
    currency="SAR",
    vat_rate=Decimal(15),
    prices_include_vat=True,  # shelf prices in Saudi Arabia include VAT
    terms=(
        "الأسعار شاملة ضريبة القيمة المضافة. الاستبدال أو الاسترجاع خلال سبعة أيام بالفاتورة الأصلية. "
        "ضمان الصيانة ثلاثة أشهر، ولا يشمل الكسر أو السوائل."
    ),
    terms_en=(
        "Prices include VAT. Items may be exchanged or returned within seven days with the original invoice. "
        "Repairs are guaranteed for three months, except for breakage and liquid damage."
    ),
    show_hijri_date=True,
    whatsapp="+966551234567",
    map_link="https://maps.google.com/?q=24.6941,46.6856",
    opening_hours="السبت إلى الخميس: 10:00 – 23:00\nالجمعة: 16:00 – 23:00",
    opening_hours_en="Saturday to Thursday: 10:00 – 23:00\nFriday: 16:00 – 23:00",
)


class _Role(enum.Enum):
    ACCESSORY = "accessory"
    DEVICE = "device"
    SERVICE = "service"
    SHIPPING = "shipping"
    PLAN = "plan"  # a subscription people buy
    CONTRACT = "contract"  # a maintenance contract businesses sign


@dataclass(frozen=True)
class _Product:
    draft: CatalogueDraft
    role: _Role


def _product(
    name_ar: str, name_en: str, price: str, role: _Role, *, vat: VatCategory = VatCategory.STANDARD, months: int | None = None
) -> _Product:
    unit = CadenceUnit.MONTHS if months else None
    return _Product(CatalogueDraft(name_ar, Decimal(price), name_en, vat, months, unit), role)


# A phone and electronics shop in Riyadh; prices with VAT, as the profile says.
_CATALOGUE: dict[str, _Product] = {
    "earbuds": _product("سماعات لاسلكية", "Wireless earbuds", "299.00", _Role.ACCESSORY),
    "charger": _product("شاحن سريع 20 واط مع كيبل", "20 W fast charger with cable", "89.00", _Role.ACCESSORY),
    "case": _product("غطاء حماية للجوال", "Phone case", "59.00", _Role.ACCESSORY),
    "protector": _product("واقي شاشة زجاجي مع التركيب", "Tempered-glass screen protector, fitted", "49.00", _Role.ACCESSORY),
    "power_bank": _product("شاحن متنقل 10000 مللي أمبير", "Power bank, 10,000 mAh", "129.00", _Role.ACCESSORY),
    "watch": _product("ساعة ذكية", "Smartwatch", "899.00", _Role.DEVICE),
    "phone": _product("جوال ذكي 128 جيجابايت", "Smartphone, 128 GB", "1499.00", _Role.DEVICE),
    "screen": _product("تغيير شاشة الجوال", "Screen replacement", "450.00", _Role.SERVICE),
    "battery": _product("تغيير البطارية", "Battery replacement", "180.00", _Role.SERVICE),
    "setup": _product("نقل البيانات وتهيئة الجهاز", "Data transfer and set-up", "75.00", _Role.SERVICE),
    "repair": _product("فحص وصيانة عامة", "Diagnosis and general repair", "120.00", _Role.SERVICE),
    # International transport is zero-rated in Saudi Arabia.
    "shipping": _product(
        "شحن دولي للأجهزة", "International shipping of devices", "150.00", _Role.SHIPPING, vat=VatCategory.ZERO_RATED
    ),
    "plan_year": _product("اشتراك حماية الجهاز لمدة سنة", "Device protection plan, one year", "349.00", _Role.PLAN, months=12),
    "plan_half": _product("باقة العناية نصف السنوية", "Care package, six months", "199.00", _Role.PLAN, months=6),
    "contract": _product(
        "عقد صيانة سنوي لأجهزة الشركات", "Annual maintenance contract for company devices", "4800.00", _Role.CONTRACT, months=12
    ),
}
_BY_ROLE = {role: tuple(k for k, p in _CATALOGUE.items() if p.role is role) for role in _Role}
_PERSON_ROLES = (_Role.ACCESSORY, _Role.SERVICE, _Role.DEVICE, _Role.SHIPPING)
_PERSON_ROLE_WEIGHTS = (50, 32, 14, 4)
_BUSINESS_ROLES = (_Role.ACCESSORY, _Role.DEVICE, _Role.SERVICE)
_BUSINESS_ROLE_WEIGHTS = (45, 20, 35)
# What a subscription customer bought with it: (the plan, and what came with it), by who buys.
_PLAN_BASKETS: dict[bool, tuple[tuple[tuple[str, int, int], ...], ...]] = {
    False: (
        (("plan_year", 1, 0),),
        (("plan_year", 1, 0), ("phone", 1, 0)),
        (("plan_year", 1, 0), ("watch", 1, 0)),
        (("plan_year", 1, 0), ("case", 1, 0)),
        (("plan_half", 1, 0),),
        (("plan_half", 1, 0), ("protector", 1, 0)),
        (("plan_half", 1, 0), ("battery", 1, 0)),
    ),
    True: (
        (("contract", 1, 0),),
        (("contract", 1, 5),),
        (("contract", 1, 0), ("charger", 10, 0)),
    ),
}
_PERSON_BASKETS = 400
_BUSINESS_BASKETS = 150
_CREDITED = 0.015  # of the invoices: corrected by a credit note
_CREDIT_REASONS = {
    True: ("إرجاع منتج خلال فترة الاستبدال", "عيب مصنعي في المنتج", "خطأ في الكمية المفوترة"),  # goods
    False: ("إلغاء الخدمة قبل تنفيذها", "خطأ في الفاتورة"),  # services
}
_PERSON_METHODS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.OTHER)
_PERSON_METHOD_WEIGHTS = (40, 55, 5)
_BUSINESS_METHODS = (PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD, PaymentMethod.CASH)
_BUSINESS_METHOD_WEIGHTS = (75, 15, 10)
# (unpaid, partly paid) shares of the invoices, by (a business's, recent); the others are paid in full.
# Recent: under 45 days for a business (paid on terms), under 14 days for a person.
_PAYMENT_PLANS = {(True, True): (0.40, 0.10), (True, False): (0.02, 0.06), (False, True): (0.10, 0.10), (False, False): (0.0, 0.05)}
_DEPOSIT_NOTE = "دفعة مقدمة"
_BALANCE_NOTE = "سداد المبلغ المتبقي"
_PART_NOTE = "دفعة من الحساب"
_PO_NOTE = "أمر شراء رقم {number}"
_SALES_BATCH = 20_000  # invoices issued per transaction
_PURCHASES = 1 << 26  # more purchases than a book of MAX_CUSTOMERS has (eleven at most each), for _DemoSales.waiting
_QUEUED = 4  # batches planned ahead of the writer at most
# Days a transaction of invoices spans at most: less than the shortest quiet spell after which a
# customer has lapsed, so that a customer who comes back after one bought last in an earlier
# transaction (whose purchase figures the lapse model reads).
_SALES_DAYS = LAPSE_MIN_DAYS - 1


@dataclass(frozen=True)
class _Basket:
    lines: tuple[tuple[str, int, int], ...]  # (product, quantity, discount in percent of the line)
    business: bool


@dataclass(frozen=True)
class _Priced:
    """A basket as the till takes it: its lines, and what a credit note may take back of them."""

    lines: tuple[LineDraft, ...]
    goods: tuple[bool, ...]  # per line: goods (True) or a service (False), for a credit note's reason
    returnable: tuple[int, ...]  # the lines a credit note may take back: not subscriptions or contracts


class _Sale(NamedTuple):
    """A purchase as planned: the customer's position, the basket, when, the invoice's note, whether
    a credit note will follow, and its payments (amount, day, method, note, when)."""

    number: int  # the purchases' order
    customer: int
    basket: int
    at: datetime
    note: str
    credited_later: bool
    payments: tuple[tuple[Decimal, date, PaymentMethod, str, datetime], ...]


class _Credit(NamedTuple):
    """A credit note as planned: part of a purchase's line brought back."""

    sale: int  # _Sale.number
    line: int  # its position on the invoice
    quantity: Decimal
    reason: str
    at: datetime


@dataclass(frozen=True)
class _SalesPlan:
    """One transaction of sales: the customers who lapsed before buying again (position, day), those
    the owner had marked lost before they bought again (position, the reason's key, note, when),
    the invoices and credit notes in date order, and the baskets' lines not handed over before."""

    lapses: list[tuple[int, date]]
    losses: list[tuple[int, str, str, datetime]]
    steps: list[_Sale | _Credit]
    baskets: dict[int, tuple[LineDraft, ...]]


@dataclass(frozen=True)
class _CustomerBatch:
    """One transaction of customers: prepared through the core, when each came, who referred whom
    (positions), and their history (the customers' positions in place of ids)."""

    start: int  # the position of the first
    created: list[datetime]
    prepared: list[PreparedCustomer]
    referrers: list[tuple[int, int]]
    follow_ups: list[tuple[Any, ...]]
    interactions: list[tuple[Any, ...]]


@dataclass(frozen=True)
class _Settle:
    """The end: the positions of the customers the owner gave up on."""

    lost: list[int]


class _DemoSales:
    """Chooses what each demo customer bought and when, then plans the whole book's invoices,
    credit notes and payments in date order, in batches that the writer issues through the sales
    core (sales_batch.SalesBatch): numbers, amounts, stages, renewal dates and purchase logs are the
    program's. The amounts it plans payments with come from the sales core too.
    """

    def __init__(
        self, rng: random.Random, now: datetime, zone: ZoneInfo, profile: BusinessProfile, items: dict[str, CatalogueRow], hours: _OpenHours
    ) -> None:
        self.rng = rng
        self.hours = hours  # the plan's moments go up to hours.last, and into opening hours when planned
        self.now = hours.last
        self.zone = zone
        self.today = local_date(now, zone)
        self.profile = profile
        self.items = items
        self.decimals = currency_decimals(profile.currency)
        self.person_methods = [w / sum(_PERSON_METHOD_WEIGHTS) for w in _cumulative(_PERSON_METHOD_WEIGHTS)]
        self.business_methods = [w / sum(_BUSINESS_METHOD_WEIGHTS) for w in _cumulative(_BUSINESS_METHOD_WEIGHTS)]
        self.baskets: list[_Basket] = []
        self.person_baskets = [self._add(self._person_basket()) for _ in range(_PERSON_BASKETS)]
        self.business_baskets = [self._add(self._business_basket()) for _ in range(_BUSINESS_BASKETS)]
        # By who buys and the plan's renewal period in months: the baskets with a subscription.
        self.plan_baskets: dict[tuple[bool, int], list[int]] = {}
        for business, baskets in _PLAN_BASKETS.items():
            for lines in baskets:
                item = items[lines[0][0]]
                if item.renewal_every and item.renewal_unit is CadenceUnit.MONTHS:
                    key = (business, item.renewal_every)
                    self.plan_baskets.setdefault(key, []).append(self._add(_Basket(lines, business)))
        # One entry per purchase, in the order customers were made: when, who, which basket, and
        # whether the customer had not bought for long enough to have lapsed before it.
        self.times: array[int] = array("q")
        self.customers: array[int] = array("q")
        self.chosen: array[int] = array("l")
        self.after_lapse: array[int] = array("b")
        self.lost: array[int] = array("q")  # customers the owner marked lost
        self.lost_before: dict[int, tuple[str, str, datetime]] = {}  # purchase → the loss it closes: reason's key, note, when
        self.priced: dict[int, _Priced] = {}
        self.credits: dict[tuple[int, int, Decimal], Decimal] = {}
        self.totals: dict[int, Decimal] = {}
        self.handed: set[int] = set()  # baskets whose lines the writer has
        self.queued = 0  # purchases put in `waiting` so far
        self.waiting: list[int] = []  # a heap of the purchases not planned yet: moment × _PURCHASES + purchase
        self.pending: list[tuple[float, int, _Credit]] = []  # credit notes to come, by moment
        self.sold = 0  # sales planned so far

    def _add(self, basket: _Basket) -> int:
        self.baskets.append(basket)
        return len(self.baskets) - 1

    def _person_basket(self) -> _Basket:
        rng = self.rng
        count = rng.choices((1, 2, 3), (55, 33, 12))[0]
        products: list[str] = []
        while len(products) < count:
            product = rng.choice(_BY_ROLE[rng.choices(_PERSON_ROLES, _PERSON_ROLE_WEIGHTS)[0]])
            if product not in products:
                products.append(product)
        discounted = rng.randrange(count) if rng.random() < 0.12 else -1
        lines = []
        for n, product in enumerate(products):
            quantity = 2 if _CATALOGUE[product].role is _Role.ACCESSORY and rng.random() < 0.15 else 1
            lines.append((product, quantity, rng.choice((5, 10, 15)) if n == discounted else 0))
        return _Basket(tuple(lines), False)

    def _business_basket(self) -> _Basket:
        rng = self.rng
        count = rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
        products: list[str] = []
        while len(products) < count:
            product = rng.choice(_BY_ROLE[rng.choices(_BUSINESS_ROLES, _BUSINESS_ROLE_WEIGHTS)[0]])
            if product not in products:
                products.append(product)
        discount = rng.choice((5, 7, 10)) if rng.random() < 0.35 else 0  # on the whole order
        quantities = {_Role.ACCESSORY: (3, 26), _Role.DEVICE: (1, 6), _Role.SERVICE: (1, 9)}
        lines = [(p, rng.randrange(*quantities[_CATALOGUE[p].role]), discount) for p in products]
        return _Basket(tuple(lines), True)

    def day_of(self, ts: float) -> date:
        return self.hours.day_of(ts)

    # What each customer bought.

    def customer(
        self, customer_id: int, draft: CustomerDraft, purchases: Sequence[float], loss: tuple[float, str, str] | None = None
    ) -> None:
        """Choose a basket for each of the customer's purchases. A customer the demo gave a renewal
        date buys a subscription (or, a business, a maintenance contract) on the purchase whose
        renewal falls nearest to it and not in the past; the sales core sets their renewal date.
        `loss` (when, the reason's key, note): the owner marked them lost before their last purchase,
        which closes it."""
        if not purchases:
            return
        rng = self.rng
        business = draft.kind is CustomerKind.BUSINESS
        plan: tuple[int, int] | None = None  # (purchase, basket)
        days = [self.day_of(ts) for ts in purchases]
        if draft.renewal_on is not None:
            found = self.subscription(days, draft.renewal_on, business)
            if found is not None:
                position, months, _ = found
                plan = (position, rng.choice(self.plan_baskets[(business, months)]))
        if draft.stage is Stage.LOST:
            self.lost.append(customer_id)
        pool = self.business_baskets if business else self.person_baskets
        for position, ts in enumerate(purchases):
            self.times.append(int(ts))
            self.customers.append(customer_id)
            self.chosen.append(plan[1] if plan is not None and plan[0] == position else rng.choice(pool))
            self.after_lapse.append(position > 0 and days[position] >= self.lapse_day(days[:position]))
        if loss is not None:
            at, key, note = loss
            self.lost_before[len(self.times) - 1] = (key, note, self.hours.when(at))

    @staticmethod
    def lapse_day(earlier: Sequence[date]) -> date:
        """The day a customer who bought on these days counts as lapsed (lifecycle.py's rule, with
        the settings' period for one-off buyers)."""
        first, last = min(earlier), max(earlier)
        return lapse_day(last, lapses_on(first, last, len(set(earlier))), LAPSE_ONE_OFF_DAYS.default)

    def subscription(self, days: Sequence[date], wanted: date, business: bool) -> tuple[int, int, date] | None:
        """(the purchase, the plan's months, the renewal date) of the subscription whose renewal is
        nearest `wanted` and not before today, or None when every purchase is too old for one."""
        periods = sorted({months for who, months in self.plan_baskets if who == business}, reverse=self.rng.random() < 0.6)
        for months in periods:
            best: tuple[int, int, date] | None = None
            for position, day in enumerate(days):
                renewal = renewal_after(day, months, CadenceUnit.MONTHS)
                if renewal >= self.today:
                    gap = abs((renewal - wanted).days)
                    if best is None or gap < best[0]:
                        best = (gap, position, renewal)
            if best is not None:
                return best[1], months, best[2]
        return None

    # What the till is given.

    def price(self, index: int) -> _Priced:
        """The basket's lines as typed at the till (a percent off becomes an amount off the line)."""
        priced = self.priced.get(index)
        if priced is not None:
            return priced
        basket = self.baskets[index]
        drafts = []
        for product, quantity, percent in basket.lines:
            item = self.items[product]
            count = Decimal(quantity)
            before = round_money(count * item.unit_price, self.decimals)
            discount = round_money(round_money(before * percent / HUNDRED, 0), self.decimals)
            drafts.append(LineDraft(item.name_ar, count, item.unit_price, discount, item.vat_category, item_id=item.id))
        roles = [_CATALOGUE[product].role for product, _, _ in basket.lines]
        goods = tuple(role in (_Role.ACCESSORY, _Role.DEVICE) for role in roles)
        returnable = tuple(n for n, role in enumerate(roles) if role not in (_Role.PLAN, _Role.CONTRACT))
        priced = self.priced[index] = _Priced(tuple(drafts), goods, returnable)
        return priced

    def credit_total(self, index: int, draft: InvoiceDraft, position: int, quantity: Decimal) -> Decimal:
        """What a credit note taking back `quantity` of a line will come to (negative), from the sales core."""
        key = (index, position, quantity)
        found = self.credits.get(key)
        if found is None:
            found = self.credits[key] = preview_credit_of_draft(draft, self.profile, {position: quantity})
        return found

    # Payments.

    def part(self, due: Decimal, low: int, high: int) -> Decimal | None:
        """Between low and high percent of `due`, in whole units; None when `due` is too small to split."""
        if due < 2:
            return None
        share = round_money(due * self.rng.randrange(low, high + 1) / HUNDRED, 0)
        return round_money(min(max(share, Decimal(1)), due - 1), self.decimals)

    def payments(self, ts: int, due: Decimal, business: bool) -> list[tuple[float, Decimal, PaymentMethod, str]]:
        """(moment, amount, method, note) of the payments of an invoice with `due` to pay: most paid,
        some in two payments, some partly; recent ones (a business's, more) not paid yet."""
        if due <= 0:
            return []
        rng = self.rng
        recent = (self.now - ts) / _DAY < (45 if business else 14)
        unpaid, partly = _PAYMENT_PLANS[(business, recent)]
        roll = rng.random()
        if roll < unpaid:
            return []
        if business:
            method = _BUSINESS_METHODS[bisect.bisect(self.business_methods, rng.random())]
            first = ts + rng.random() * 40 * _DAY  # paid on terms, after the invoice
        else:
            method = _PERSON_METHODS[bisect.bisect(self.person_methods, rng.random())]
            first = ts + 60 + rng.random() * 840  # paid at the counter
        if roll < unpaid + partly:
            amount = self.part(due, 20, 80)
            made = [(first, due, method, "") if amount is None else (first, amount, method, _PART_NOTE)]
        else:
            amount = self.part(due, 30, 70) if rng.random() < (0.2 if business else 0.15) else None
            if amount is None:
                made = [(first, due, method, "")]
            else:
                later = first + (3 + rng.random() * 42) * _DAY
                made = [(first, amount, method, _DEPOSIT_NOTE), (later, due - amount, method, _BALANCE_NOTE)]
        return [p for p in made if p[0] <= self.now]  # what falls after today is not paid yet

    def total(self, index: int) -> Decimal:
        """The basket's invoice total, from the sales core."""
        found = self.totals.get(index)
        if found is None:
            found = self.totals[index] = compute_invoice_totals(self.price(index).lines, self.profile, None, credit_note=False).total
        return found

    # The plan, in date order.

    def plans(self, until: float = math.inf) -> Iterator[_SalesPlan]:
        """The purchases chosen so far that come before `until` and were not planned yet, oldest
        first, with the credit notes at their moments, in batches of at most _SALES_BATCH invoices
        and _SALES_DAYS days: one transaction each. The plan calls it after each batch of
        customers with the moment the next customer came (nobody who came later bought before it),
        so that the sales are written while the customers are still being made; `until` left out:
        the rest, and the credit notes still to come."""
        times = self.times
        waiting = self.waiting
        for i in range(self.queued, len(times)):  # by moment, then in the order they were chosen
            heapq.heappush(waiting, times[i] * _PURCHASES + i)
        self.queued = len(times)
        ready: list[int] = []
        while waiting and waiting[0] // _PURCHASES < until:
            ready.append(heapq.heappop(waiting) % _PURCHASES)
        start = 0
        while start < len(ready):
            end = start + 1
            limit = times[ready[start]] + _SALES_DAYS * _DAY
            while end < len(ready) and end - start < _SALES_BATCH and times[ready[end]] < limit:
                end += 1
            yield self._plan(ready[start:end])
            start = end
        pending = self.pending
        if until == math.inf and pending:
            yield _SalesPlan([], [], [heapq.heappop(pending)[2] for _ in range(len(pending))], {})

    def _plan(self, purchases: Sequence[int]) -> _SalesPlan:
        rng = self.rng
        # Customers who come back after a long quiet spell were lapsed by then (lifecycle.py): the
        # batch spans fewer days than that spell, so their last purchase is in an earlier one.
        lapses = [(self.customers[i], self.day_of(self.times[i])) for i in purchases if self.after_lapse[i]]
        # Marked lost before it: in this transaction, ahead of the sales (the customer's last
        # purchase was in an earlier one, as for a lapse).
        lost_before = self.lost_before
        losses = [(self.customers[i], *lost_before.pop(i)) for i in purchases if i in lost_before] if lost_before else []
        steps: list[_Sale | _Credit] = []
        baskets: dict[int, tuple[LineDraft, ...]] = {}
        pending = self.pending
        for i in purchases:
            n = self.sold  # the sale's number, for its credit note
            self.sold += 1
            ts = self.times[i]
            while pending and pending[0][0] <= ts:
                steps.append(heapq.heappop(pending)[2])
            index = self.chosen[i]
            if index not in self.handed:
                self.handed.add(index)
                baskets[index] = self.price(index).lines
            priced = self.price(index)
            business = self.baskets[index].business
            note = _PO_NOTE.format(number=rng.randrange(1000, 10000)) if business and rng.random() < 0.3 else ""
            credited = ZERO
            credit: _Credit | None = None
            # Now and then goods are brought back, or a service cancelled, within ten days.
            credit_at = float(int(ts + (0.1 + rng.random() * 9.9) * _DAY)) if rng.random() < _CREDITED else math.inf
            if priced.returnable and credit_at <= self.now:  # in whole seconds, as documents are issued
                position = rng.choice(priced.returnable)
                count = self.baskets[index].lines[position][1]
                quantity = Decimal(count if count == 1 or rng.random() < 0.5 else rng.randrange(1, count))
                credited = ZERO - self.credit_total(index, InvoiceDraft(0, priced.lines), position, quantity)
                reason = rng.choice(_CREDIT_REASONS[priced.goods[position]])
                credit = _Credit(n, position, quantity, reason, self.hours.when(credit_at))
                heapq.heappush(pending, (credit_at, n, credit))
            payments = tuple(
                (amount, local_date(when, self.zone), method, paid_note, when)
                for at, amount, method, paid_note in self.payments(ts, self.total(index) - credited, business)
                for when in (self.hours.when(at),)
            )
            steps.append(_Sale(n, self.customers[i], index, self.hours.when(ts), note, credit is not None, payments))
        return _SalesPlan(lapses, losses, steps, baskets)

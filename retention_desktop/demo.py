"""A demo customer book: realistic Saudi customers made with Faker, with two years of history, sales and follow-ups."""

from __future__ import annotations

import bisect
import enum
import gc
import heapq
import importlib
import io
import itertools
import math
import multiprocessing
import multiprocessing.queues
import random
import re
import traceback
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from retention_desktop.clock import local_date, shop_now, shop_zone
from retention_desktop.customers import (
    CustomerDraft,
    PreparedCustomer,
    add_prepared_customers,
    count_customers,
    prepare_customers,
    set_referrers,
)
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.followups import FollowUpRecord, record_follow_ups
from retention_desktop.i18n import translate
from retention_desktop.interactions import InteractionEntry, log_interactions
from retention_desktop.lifecycle import LAPSE_MIN_DAYS, LossEntry, apply_lapses, lapse_day, lapses_on, mark_lost
from retention_desktop.models import (
    CadenceUnit,
    CustomerKind,
    FollowUpKind,
    FollowUpOrigin,
    FollowUpStatus,
    Gender,
    InteractionKind,
    Outcome,
    PaymentMethod,
    Source,
    Stage,
    VatCategory,
)
from retention_desktop.money import HUNDRED, ZERO, currency_decimals, round_money
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.rules import apply_follow_up_rules, birthday_in
from retention_desktop.catalogue import add_catalogue_item, catalogue_items, CatalogueDraft, CatalogueRow
from retention_desktop.sales import (
    CreditRequest,
    InvoiceDraft,
    LineDraft,
    PaymentDraft,
    SalesBatch,
    compute_invoice_totals,
    preview_credit_of_draft,
    renewal_after,
)
from retention_desktop.settings import DEFAULT_COUNTRY, LAPSE_ONE_OFF_DAYS, SATISFACTION_CALL_DAYS, TIME_ZONE, get_setting, read_settings
from retention_desktop.tables import customers as _customer_table
from retention_desktop.tables import loss_reasons as _loss_reasons

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
POOL = 3_000  # names and user names drawn from Faker once, then combined at random
# The secondary indexes a new book is written without (Database.indexes_made_after), made once the
# rows are in: those that neither the sales core, the lapse model, the losses nor the customers'
# writing read through while the demo writes (they read customers, invoices and their lines by id,
# a customer's phones, invoices and losses by customer, a line's credit notes by the line).
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
    "ix_invoices_issued_at",
    "ix_invoices_settled_issued_at",
    "ix_invoices_currency",
    "ix_invoice_lines_item_id",
    "ix_payments_invoice_id",
)

_YEARS_OF_HISTORY = 3

# Shares of the book, as the issue asks: about 8 % businesses, about 15 % Latin (expatriate) names,
# about 12 % referred by an earlier customer.
_BUSINESS = 0.08
_LATIN = 0.15 / (1 - _BUSINESS)  # of the people
_LATIN_BUSINESS = 0.3
_REFERRED = 0.12


class DemoError(UserError):
    """The demo book cannot be made; the message is for the user."""


@dataclass(frozen=True)
class _City:
    name: str
    districts: tuple[str, ...]
    # Landline area code and the digits a local number can start with there (Saudi numbering plan).
    area_code: str
    first_digits: str
    weight: int


# Faker's ar_SA locale has no Saudi places, so a short list of cities and districts.
_CITIES: tuple[_City, ...] = (
    _City("الرياض", ("العليا", "النرجس", "الملقا", "الياسمين", "السليمانية", "الروضة", "النسيم", "الملز", "العزيزية", "الشفا", "قرطبة", "حطين"), "011", "2345678", 40),
    _City("جدة", ("الروضة", "الصفا", "الحمراء", "النعيم", "السلامة", "الشاطئ", "البوادي", "الفيصلية", "أبحر"), "012", "245678", 22),
    _City("مكة المكرمة", ("العزيزية", "الشوقية", "الزاهر", "النسيم", "العوالي"), "012", "5", 8),
    _City("المدينة المنورة", ("قباء", "العوالي", "الخالدية", "العزيزية"), "014", "3468", 6),
    _City("الدمام", ("الفيصلية", "الشاطئ", "المزروعية", "الجلوية", "النور"), "013", "38", 9),
    _City("الخبر", ("العقربية", "الثقبة", "الراكة", "اليرموك"), "013", "8", 5),
    _City("الطائف", ("الشهداء", "الحوية", "الفيصلية"), "012", "7", 3),
    _City("بريدة", ("الصفراء", "الريان", "الإسكان"), "016", "3", 3),
    _City("أبها", ("المنسك", "الخالدية", "الموظفين"), "017", "2", 2),
    _City("تبوك", ("المروج", "السليمانية", "الفيصلية"), "014", "4", 2),
)
# Carriers' mobile prefixes after the leading zero (05X), weighted by their share of subscribers.
_MOBILE_PREFIXES = ("50", "53", "54", "55", "56", "58", "59")
_MOBILE_WEIGHTS = (22, 12, 14, 20, 12, 10, 10)
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Personal notes a shop keeps: (said of a man, said of a woman).
_NOTES: tuple[tuple[str, str], ...] = (
    ("يفضل التواصل مساءً", "تفضل التواصل مساءً"),
    ("يفضل واتساب على الاتصال", "تفضل واتساب على الاتصال"),
    ("لا يرد على الاتصالات صباحاً", "لا ترد على الاتصالات صباحاً"),
    ("عميل قديم منذ افتتاح المحل", "عميلة قديمة منذ افتتاح المحل"),
    ("يسأل دائماً عن العروض والخصومات", "تسأل دائماً عن العروض والخصومات"),
    ("يطلب فاتورة ضريبية في كل مرة", "تطلب فاتورة ضريبية في كل مرة"),
    ("يأتي مع عائلته نهاية الأسبوع", "تأتي مع عائلتها نهاية الأسبوع"),
    ("اشتكى من تأخير الطلب مرة وحُلّت المشكلة", "اشتكت من تأخير الطلب مرة وحُلّت المشكلة"),
    ("يفضل الدفع نقداً", "تفضل الدفع نقداً"),
    ("مهتم بالمنتجات الجديدة", "مهتمة بالمنتجات الجديدة"),
    ("يسافر في الصيف، يعود بعد الإجازة", "تسافر في الصيف، تعود بعد الإجازة"),
    ("يفضل التحدث بالإنجليزية", "تفضل التحدث بالإنجليزية"),
)
_BUSINESS_NOTES = (
    "يطلب عرض سعر قبل كل طلب",
    "الدفع بعد ٣٠ يوماً من الفاتورة",
    "التواصل مع قسم المشتريات",
    "طلبات شهرية ثابتة",
    "يحتاج سجل تجاري ورقم ضريبي في الفاتورة",
)
_TAGS = ("VIP", "عائلة", "جملة", "موظف حكومي", "طالب", "عميل دائم", "يحب العروض", "مؤثر")
_TAG_WEIGHTS = (8, 20, 6, 14, 10, 18, 16, 3)
_BUSINESS_TAGS = ("جملة", "شركات", "VIP", "عقد سنوي")
# Company-like Arabic names: a form of business around a family or first name from Faker.
_BUSINESS_FORMS = (
    "مؤسسة {family} للتجارة",
    "شركة {family} للمقاولات",
    "مجموعة {family} التجارية",
    "مكتب {family} العقاري",
    "مطعم {first}",
    "صالون {first_female}",
    "مستوصف {family} الطبي",
    "ورشة {first} لصيانة السيارات",
    "مؤسسة {first} {family} للتموين",
)

_SOURCES = (Source.WALK_IN, Source.SOCIAL_MEDIA, Source.UNKNOWN, Source.ONLINE_SEARCH, Source.ADVERTISEMENT, Source.EVENT, Source.OTHER)
_SOURCE_WEIGHTS = (32, 22, 16, 12, 8, 5, 5)

# Stages by how long ago the customer came: new ones are still prospects or first buyers,
# old ones have had time to lapse, be lost and be won back.
_STAGES = (Stage.PROSPECT, Stage.FIRST_PURCHASE, Stage.ACTIVE, Stage.AT_RISK, Stage.LAPSED, Stage.LOST, Stage.WON_BACK)
_STAGE_WEIGHTS_NEW = (45, 40, 15, 0, 0, 0, 0)  # under a month
_STAGE_WEIGHTS_RECENT = (12, 25, 45, 10, 5, 3, 0)  # under six months
_STAGE_WEIGHTS_OLD = (5, 5, 42, 12, 15, 13, 8)

_NOT_LOCAL_PART = re.compile(r"[^a-z0-9]+")


def _cumulative(weights: Sequence[int]) -> list[int]:
    total, result = 0, []
    for w in weights:
        total += w
        result.append(total)
    return result


class _DemoCustomers:
    """Makes demo customers; all randomness comes from one seeded generator, Faker's own."""

    def __init__(self, seed: int | None, now: datetime) -> None:
        self.now = now  # on the shop's clock
        self.today = now.date()
        arabic = Faker("ar_SA")
        arabic.seed_instance(seed)
        self.rng: random.Random = arabic.random
        latin = [Faker(locale) for locale in ("en_US", "en_GB", "en_IN")]
        for fake in latin:
            fake.seed_instance(self.rng.getrandbits(64))
        english = latin[0]

        self.arabic_male: list[str] = [arabic.first_name_male() for _ in range(POOL)]
        self.arabic_female: list[str] = [arabic.first_name_female() for _ in range(POOL)]
        self.arabic_family: list[str] = [arabic.last_name() for _ in range(POOL)]
        # (male first names, female first names, family names) of each locale, so that a name
        # does not mix an Indian first name with an English family name.
        per_locale = POOL // len(latin)
        self.latin_names: list[tuple[list[str], list[str], list[str]]] = [
            (
                [f.first_name_male() for _ in range(per_locale)],
                [f.first_name_female() for _ in range(per_locale)],
                [f.last_name() for _ in range(per_locale)],
            )
            for f in latin
        ]
        self.latin_companies: list[str] = [english.company() for _ in range(POOL)]
        # Arabic names as people write them in an email address, transliterated by Faker.
        self.user_names: list[str] = [arabic.user_name() for _ in range(4 * POOL)]
        self.email_domains: list[str] = [english.free_email_domain() for _ in range(100)]

        self.city_weights = _cumulative([c.weight for c in _CITIES])
        self.home: _City = _CITIES[0]  # where the shop is: Riyadh, as the demo's business profile says
        self.mobile_weights = _cumulative(_MOBILE_WEIGHTS)
        self.tag_weights = _cumulative(_TAG_WEIGHTS)
        self.source_weights = _cumulative(_SOURCE_WEIGHTS)
        self.stage_weights = (
            _cumulative(_STAGE_WEIGHTS_NEW),
            _cumulative(_STAGE_WEIGHTS_RECENT),
            _cumulative(_STAGE_WEIGHTS_OLD),
        )
        self.cadence_weights = _cumulative(_CADENCE_WEIGHTS)
        self.numbers: set[str] = set()  # national numbers given out, so that none repeats
        self.emails: set[str] = set()

    def creation_times(self, n: int) -> list[datetime]:
        """When each customer came, oldest first, over the last three years, in opening hours.

        The book grows: more customers came recently than three years ago.
        """
        rng = self.rng
        span_days = 365 * _YEARS_OF_HISTORY
        today = self.now.replace(hour=0, minute=0, second=0, microsecond=0)
        times = []
        for _ in range(n):
            days_ago = int(span_days * (1 - rng.random() ** 0.5))
            seconds = rng.randrange(9 * 3600, 23 * 3600)  # 9:00 to 23:00 Riyadh time
            moment = today - timedelta(days=days_ago) + timedelta(seconds=seconds, microseconds=rng.randrange(1_000_000))
            if moment > self.now:  # later today: not yet
                moment -= timedelta(days=1)
            times.append(moment.astimezone(timezone.utc))
        times.sort()
        return times

    def _national(self, prefix: str, first_digits: str = "0123456789") -> str:
        while True:
            rest = self.rng.choice(first_digits) + f"{self.rng.randrange(1_000_000):06d}"
            number = prefix + rest
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def mobile(self) -> str:
        """A Saudi mobile number, mostly written the local way: 055 123 4567."""
        prefix = self.rng.choices(_MOBILE_PREFIXES, cum_weights=self.mobile_weights)[0]
        digits = self._national("0" + prefix)
        style = self.rng.random()
        if style < 0.80:
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
        if style < 0.90:
            return digits
        if style < 0.97:
            return f"+966 {digits[1:3]} {digits[3:6]} {digits[6:]}"
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}".translate(_ARABIC_INDIC)

    def landline(self, city: _City) -> str:
        """A landline of the customer's city: 011 234 5678."""
        digits = self._national(city.area_code, city.first_digits)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"

    def city(self) -> _City:
        if self.rng.random() < 0.7:
            return self.home
        return self.rng.choices(_CITIES, cum_weights=self.city_weights)[0]

    def stage(self, created: datetime) -> Stage:
        days = (self.now - created).days
        weights = self.stage_weights[0 if days < 30 else 1 if days < 180 else 2]
        stage = self.rng.choices(_STAGES, cum_weights=weights)[0]
        # A stage that says how long ago the last purchase was needs a customer who came before
        # that: a customer of four months cannot have lapsed for six.
        while stage in _YOUNGER_STAGE and days < _LAST_PURCHASE[stage][0] + 7:
            stage = _YOUNGER_STAGE[stage]
        return stage

    def source(self) -> Source:
        return self.rng.choices(_SOURCES, cum_weights=self.source_weights)[0]

    def birthday(self) -> date:
        age_days = int(self.rng.triangular(16, 80, 30) * 365.25)
        return self.today - timedelta(days=max(age_days, 16 * 366))

    def email(self, first: str, family: str) -> str:
        rng = self.rng
        domain = rng.choice(self.email_domains)
        if first:
            local = _NOT_LOCAL_PART.sub("", first.lower()) + rng.choice((".", "_", "")) + _NOT_LOCAL_PART.sub("", family.lower())
        else:
            local = rng.choice(self.user_names)
        if rng.random() < 0.5:
            local += str(rng.randrange(1, 100) if rng.random() < 0.7 else rng.randrange(1960, 2010))
        email = f"{local}@{domain}"
        while email in self.emails:  # taken: add digits, as the mail provider would ask
            email = f"{local}{rng.randrange(1, 1000)}@{domain}"
        self.emails.add(email)
        return email

    def person(self, created: datetime, referred: bool) -> CustomerDraft:
        rng = self.rng
        gender = Gender.MALE if rng.random() < 0.55 else Gender.FEMALE
        latin = rng.random() < _LATIN
        if latin:
            males, females, families = rng.choice(self.latin_names)
            first = rng.choice(males if gender is Gender.MALE else females)
            family = rng.choice(families)
            full_name = f"{first} {family}"
        else:
            first = rng.choice(self.arabic_male if gender is Gender.MALE else self.arabic_female)
            family = rng.choice(self.arabic_family)
            # Saudi style: first name, then the father's name, then the family name.
            if rng.random() < 0.65:
                full_name = f"{first} {rng.choice(self.arabic_male)} {family}"
            else:
                full_name = f"{first} {family}"

        city = self.city()
        roll = rng.random()
        if roll < 0.04:
            phones: tuple[str, ...] = ()
        elif roll < 0.84:
            phones = (self.mobile(),)
        elif roll < 0.94:
            phones = (self.mobile(), self.landline(city))
        else:
            phones = (self.mobile(), self.mobile())

        email = ""
        if rng.random() < (0.8 if latin else 0.45):
            email = self.email(first, family) if latin else self.email("", "")
        tag_count = rng.choices((0, 1, 2), (55, 35, 10))[0]
        tags: tuple[str, ...] = ()
        while len(tags) < tag_count:
            tag = rng.choices(_TAGS, cum_weights=self.tag_weights)[0]
            if tag not in tags:
                tags += (tag,)
        notes = ""
        if rng.random() < 0.4:
            note = rng.choice(_NOTES)
            notes = note[0] if gender is Gender.MALE else note[1]
        has_area = rng.random() < 0.9
        address = ""
        if has_area and rng.random() < 0.3:
            address = f"{rng.randrange(1000, 10000)} شارع {rng.choice(self.arabic_male)}"
        return CustomerDraft(
            full_name=full_name,
            phones=phones,
            email=email,
            address=address,
            area=f"{rng.choice(city.districts)}، {city.name}" if has_area else "",
            birthday=self.birthday() if rng.random() < 0.76 else None,
            gender=gender,
            kind=CustomerKind.PERSON,
            tags=tags,
            notes=notes,
            source=Source.REFERRAL if referred else self.source(),
            stage=self.stage(created),
        )

    def business(self, created: datetime, referred: bool) -> CustomerDraft:
        rng = self.rng
        if rng.random() < _LATIN_BUSINESS:
            name = rng.choice(self.latin_companies)
            email_host = _NOT_LOCAL_PART.sub("", name.split()[0].lower().rstrip(",")) + ".com"
        else:
            name = rng.choice(_BUSINESS_FORMS).format(
                family=rng.choice(self.arabic_family),
                first=rng.choice(self.arabic_male),
                first_female=rng.choice(self.arabic_female),
            )
            email_host = rng.choice(self.user_names).replace("_", "-") + ".com.sa"
        city = self.city()
        roll = rng.random()
        if roll < 0.6:
            phones: tuple[str, ...] = (self.landline(city), self.mobile())
        elif roll < 0.9:
            phones = (self.mobile(),)
        else:
            phones = (self.landline(city),)
        tags = (rng.choice(_BUSINESS_TAGS),) if rng.random() < 0.6 else ()
        return CustomerDraft(
            full_name=name,
            phones=phones,
            email=f"{rng.choice(('info', 'sales', 'contact', 'purchasing'))}@{email_host}" if rng.random() < 0.85 else "",
            address=f"{rng.randrange(1000, 10000)} شارع {rng.choice(self.arabic_male)}" if rng.random() < 0.6 else "",
            area=f"{rng.choice(city.districts)}، {city.name}",
            kind=CustomerKind.BUSINESS,
            tags=tags,
            notes=rng.choice(_BUSINESS_NOTES) if rng.random() < 0.4 else "",
            source=Source.REFERRAL if referred else self.source(),
            stage=self.stage(created),
        )

    def customer(self, created: datetime, referred: bool) -> CustomerDraft:
        draft = self.business(created, referred) if self.rng.random() < _BUSINESS else self.person(created, referred)
        return self.plans(draft)

    def plans(self, draft: CustomerDraft) -> CustomerDraft:
        """For some customers, a "stay in touch" cadence and a renewal date."""
        rng = self.rng
        twice = 2 if draft.kind is CustomerKind.BUSINESS else 1
        if rng.random() < _CADENCE_SHARE[draft.stage] * twice:
            every, unit = rng.choices(_CADENCES, cum_weights=self.cadence_weights)[0]
            draft = replace(draft, contact_every=every, contact_unit=unit)
        if rng.random() < _RENEWAL_SHARE.get(draft.stage, 0.0) * twice:
            days = rng.randrange(1, 36) if rng.random() < _RENEWAL_SOON else rng.randrange(36, 366)
            draft = replace(draft, renewal_on=self.today + timedelta(days=days))
        return draft

    def referrers(self, referred: Sequence[int]) -> list[tuple[int, int]]:
        """(customer, referrer) positions: each referrer came earlier; a few loyal customers refer many."""
        rng = self.rng
        pairs: list[tuple[int, int]] = []
        for position in referred:
            if pairs and rng.random() < 0.4:
                earlier = [r for _, r in pairs[-50:] if r < position]
                if earlier:
                    pairs.append((position, rng.choice(earlier)))
                    continue
            pairs.append((position, rng.randrange(position)))
        return pairs


# The history: interactions and follow-ups over the last two years, so that the Today screen,
# the customer cards and the interaction log have something to show on the first start.

_HISTORY_DAYS = 730
_DAY = 86_400.0
_HOUR = 3_600.0
_EPOCH = date(1970, 1, 1).toordinal()

# Who keeps in touch on a cadence, and who has a contract or subscription that ends: shares of
# the customers of each stage (businesses twice as often).
_CADENCE_SHARE = {
    Stage.PROSPECT: 0.03,
    Stage.FIRST_PURCHASE: 0.08,
    Stage.ACTIVE: 0.14,
    Stage.AT_RISK: 0.14,
    Stage.LAPSED: 0.05,
    Stage.LOST: 0.0,
    Stage.WON_BACK: 0.14,
}
_CADENCES = (
    (2, CadenceUnit.WEEKS),
    (30, CadenceUnit.DAYS),
    (1, CadenceUnit.MONTHS),
    (2, CadenceUnit.MONTHS),
    (3, CadenceUnit.MONTHS),
    (6, CadenceUnit.MONTHS),
)
_CADENCE_WEIGHTS = (10, 10, 30, 20, 20, 10)
_CADENCE_DAYS = {CadenceUnit.DAYS: 1, CadenceUnit.WEEKS: 7, CadenceUnit.MONTHS: 30}
_RENEWAL_SHARE = {Stage.FIRST_PURCHASE: 0.06, Stage.ACTIVE: 0.08, Stage.AT_RISK: 0.08, Stage.WON_BACK: 0.08}
_RENEWAL_SOON = 0.15  # of the renewal dates: within the next five weeks

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
# The last purchase of a customer of each stage: between so many days ago.
_LAST_PURCHASE = {
    Stage.ACTIVE: (0, 55),
    Stage.AT_RISK: (60, 150),
    Stage.LAPSED: (180, 400),
    Stage.LOST: (200, 600),
    Stage.WON_BACK: (270, 500),  # then a win-back call, and a purchase in the last three months
}
# The stage to give instead when a customer is too new for theirs (see _DemoCustomers.stage).
_FIRST_PURCHASE_DAYS = 50  # a first purchase is recent: later, the lapse model would call it at risk
_REGULAR_GAP = 160  # days between a regular's purchases at most (10 % more), short of a lapse
_YOUNGER_STAGE = {Stage.LOST: Stage.AT_RISK, Stage.LAPSED: Stage.AT_RISK, Stage.AT_RISK: Stage.ACTIVE, Stage.WON_BACK: Stage.ACTIVE}
_TIMES = (time(9, 30), time(10, 0), time(11, 0), time(12, 30), time(16, 0), time(17, 30), time(19, 0), time(20, 30))

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


class _DemoHistory:
    """Makes the interactions and follow-ups of demo customers, by their positions, for the core's
    bulk functions (followups.record_follow_ups, interactions.log_interactions).

    Times are handled as seconds since the epoch, for speed; the shop's UTC offset of today is
    used for opening hours and local days (close enough for demo data).
    """

    def __init__(
        self, rng: random.Random, now: datetime, shop: _Shop, sales: _DemoSales
    ) -> None:
        self.rng = rng
        self.sales = sales
        self.now = now.timestamp()
        offset = now.utcoffset()
        self.offset = offset.total_seconds() if offset is not None else 0.0
        self.today = now.date()
        self.satisfaction_days = shop.satisfaction_days
        self.satisfaction_reason = shop.satisfaction_reason
        self.birthday_reason = shop.birthday_reason
        self.follow_ups: list[tuple[Any, ...]] = []  # FollowUpRecord's fields, the customer's position first
        self.interactions: list[tuple[Any, ...]] = []  # InteractionEntry's fields, likewise
        self.kind_weights = _cumulative(_FOLLOW_UP_KIND_WEIGHTS)
        self.outcome_weights = _cumulative(_OUTCOME_WEIGHTS)
        self.score_weights = _cumulative(_SCORE_WEIGHTS)

    # Times and days.

    def day_of(self, ts: float) -> date:
        return date.fromordinal(int((ts + self.offset) // _DAY) + _EPOCH)

    def start_of(self, day: date) -> float:
        return (day.toordinal() - _EPOCH) * _DAY - self.offset

    def moment(self, low: float, high: float) -> float:
        """A moment between low and high, moved into opening hours (9:00 to 23:00) when it can be."""
        ts = low + self.rng.random() * (high - low)
        local = (ts + self.offset) % _DAY
        if local < 9 * _HOUR or local >= 23 * _HOUR:
            moved = ts - local + 9 * _HOUR + self.rng.random() * 14 * _HOUR
            if low <= moved <= high:
                return moved
        return ts

    @staticmethod
    def utc(ts: float) -> datetime:
        return datetime.fromtimestamp(ts, timezone.utc)

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
        outcome = outcome or rng.choices(_OUTCOMES, cum_weights=self.outcome_weights)[0]
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
        kind = rng.choices(_FOLLOW_UP_KINDS, cum_weights=self.kind_weights)[0]
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
        for _ in range(contacts):
            self.contact(customer_id, self.moment(start, now), start)

        if purchases and stage in (Stage.AT_RISK, Stage.LAPSED, Stage.LOST) and rng.random() < 0.5:
            outcome = Outcome.NOT_INTERESTED if stage is Stage.LOST else Outcome.NO_ANSWER
            after = self.moment(purchases[-1], now)
            self.done(customer_id, FollowUpKind.CALL, rng.choice(_REASONS[FollowUpKind.CALL]), after, since=start, outcome=outcome)
        if stage is Stage.WON_BACK and purchases:
            call = self.moment(max(purchases[-1], now - 90 * _DAY), now - 15 * _DAY)
            self.done(customer_id, FollowUpKind.CALL, _WIN_BACK_REASON, call, since=start, outcome=Outcome.REACHED)
            purchases = [*purchases, self.second(self.moment(call, now))]
        # Each purchase is an invoice, made with the others once every customer is in the book
        # (invoice numbers follow the dates across customers); the invoice logs the purchase.
        self.sales.customer(customer_id, draft, purchases)

        if draft.contact_every is not None and draft.contact_unit is not None:
            # The owner has kept in touch; the last contact is more or less one period ago.
            period = draft.contact_every * _CADENCE_DAYS[draft.contact_unit] * _DAY
            last = now - rng.uniform(0.05, 1.12) * period
            for i in range(min(6, int((now - start) / period))):
                ts = last - i * period * rng.uniform(0.85, 1.0)
                if ts < start:
                    break
                self.contact(customer_id, ts, start)

        if purchases and rng.random() < _FEEDBACK:
            after = rng.choice(purchases)
            ts = self.moment(after, min(now, after + 10 * _DAY))
            score = rng.choices(_SCORES, cum_weights=self.score_weights)[0]
            self.interaction(customer_id, InteractionKind.FEEDBACK, ts, rng.choice(_FEEDBACK_NOTES[score]), score=score)

        if rng.random() < (_COMPLAINT_LOST if stage is Stage.LOST else _COMPLAINT) and span_days >= 1:
            if stage is not Stage.LOST and rng.random() < _OPEN_COMPLAINT:
                ts = self.moment(max(start, now - 30 * _DAY), now)
                self.interaction(customer_id, InteractionKind.COMPLAINT, ts, rng.choice(_COMPLAINT_NOTES))
            else:
                ts = self.moment(start, now - _DAY)
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
            for year in range(self.today.year - 2, self.today.year + 1):
                day = birthday_in(year, draft.birthday)
                if self.day_of(start) < day < self.today:
                    ts = self.moment(self.start_of(day), self.start_of(day) + _DAY)
                    self.done(
                        customer_id,
                        FollowUpKind.MESSAGE,
                        self.birthday_reason,
                        ts,
                        since=start,
                        outcome=Outcome.REACHED,
                        origin=FollowUpOrigin.BIRTHDAY,
                        origin_key=f"birthday:{year}",
                    )

        if rng.random() < _CANCELLED and span_days >= 2:
            kind = rng.choices(_FOLLOW_UP_KINDS, cum_weights=self.kind_weights)[0]
            ts = self.moment(start + _DAY, now - _DAY)
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
        kind = rng.choices(_FOLLOW_UP_KINDS, cum_weights=self.kind_weights)[0]
        created = max(since, min(self.now, self.start_of(min(due, self.today)) - rng.randrange(1, 15) * _DAY))
        self.follow_up(customer_id, kind, rng.choice(_REASONS[kind]), due, created=created, due_at=due_at)

    def take(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The follow-ups and interactions made so far, handed over."""
        made = (self.follow_ups, self.interactions)
        self.follow_ups, self.interactions = [], []
        return made


# ---------------------------------------------------------------------------------------------
# The shop: a business profile, a catalogue, and two years of sales to the demo customers.

_DEMO_PROFILE = BusinessProfile(
    name_ar="مركز الأفق للجوالات والإلكترونيات",
    name_en="Al Ufuq Mobiles & Electronics",
    address="مبنى 7235، طريق الملك فهد، حي العليا، الرياض 12214",
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
    show_hijri_date=True,
    whatsapp="+966551234567",
    map_link="https://maps.google.com/?q=24.6941,46.6856",
    opening_hours="السبت إلى الخميس: 10:00 – 23:00\nالجمعة: 16:00 – 23:00",
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
    """One transaction of sales: the customers who lapsed before buying again (position, day), the
    invoices and credit notes in date order, and the baskets' lines not handed over before."""

    lapses: list[tuple[int, date]]
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
    core (sales.SalesBatch): numbers, amounts, stages, renewal dates and purchase logs are the
    program's. The amounts it plans payments with come from the sales core too.
    """

    def __init__(self, rng: random.Random, now: datetime, zone: ZoneInfo, profile: BusinessProfile, items: dict[str, CatalogueRow]) -> None:
        self.rng = rng
        self.now = now.timestamp()
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
        return datetime.fromtimestamp(ts, timezone.utc).astimezone(self.zone).date()

    # What each customer bought.

    def customer(self, customer_id: int, draft: CustomerDraft, purchases: Sequence[float]) -> None:
        """Choose a basket for each of the customer's purchases. A customer the demo gave a renewal
        date buys a subscription (or, a business, a maintenance contract) on the purchase whose
        renewal falls nearest to it and not in the past; the sales core sets their renewal date."""
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
            yield _SalesPlan([], [heapq.heappop(pending)[2] for _ in range(len(pending))], {})

    def _plan(self, purchases: Sequence[int]) -> _SalesPlan:
        rng = self.rng
        # Customers who come back after a long quiet spell were lapsed by then (lifecycle.py): the
        # batch spans fewer days than that spell, so their last purchase is in an earlier one.
        lapses = [(self.customers[i], self.day_of(self.times[i])) for i in purchases if self.after_lapse[i]]
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
                credit = _Credit(n, position, quantity, reason, datetime.fromtimestamp(credit_at, timezone.utc))
                heapq.heappush(pending, (credit_at, n, credit))
            payments = tuple(
                (amount, local_date(when, self.zone), method, paid_note, when)
                for at, amount, method, paid_note in self.payments(ts, self.total(index) - credited, business)
                for when in (datetime.fromtimestamp(at, timezone.utc),)
            )
            steps.append(_Sale(n, self.customers[i], index, datetime.fromtimestamp(ts, timezone.utc), note, credit is not None, payments))
        return _SalesPlan(lapses, steps, baskets)


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
        maker = _DemoCustomers(self.seed, self.now)
        sales = _DemoSales(maker.rng, self.now, shop.zone, shop.profile, shop.items)
        history = _DemoHistory(maker.rng, self.now, shop, sales)
        created = maker.creation_times(self.count)
        referred = [i for i in range(1, self.count) if maker.rng.random() < _REFERRED]
        referrer_of = dict(maker.referrers(referred))
        today = self.now.date()
        starts = list(itertools.accumulate(_FIRST_CHUNKS, initial=0))
        starts = [s for s in starts if s < self.count] + list(range(starts[-1] + CHUNK, self.count, CHUNK))
        for start, following in zip(starts, [*starts[1:], self.count]):
            times = created[start:following]
            drafts = [maker.customer(t, start + i in referrer_of) for i, t in enumerate(times)]
            # They come in as prospects; their invoices move their stages (lifecycle.py).
            as_new = [replace(d, stage=Stage.PROSPECT, renewal_on=None) for d in drafts]
            prepared = prepare_customers(as_new, default_country=shop.country, today=today)
            for position, (created_at, draft) in enumerate(zip(times, drafts), start):
                history.customer(position, created_at, draft)
            follow_ups, interactions = history.take()
            pairs = [(p, referrer_of[p]) for p in range(start, start + len(times)) if p in referrer_of]
            yield _CustomerBatch(start, times, prepared, pairs, follow_ups, interactions)
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

    def __init__(self, db: Database, today: date, *, unsynced: bool, cache_kib: int = _CACHE_KIB_LEAST) -> None:
        self.db = db
        self.today = today
        self.cache_kib = cache_kib
        self.unsynced = unsynced  # a new book: commits need not wait for the disk (see fill_demo_book)
        self.ids: array[int] = array("q")  # customer ids by position
        self.lines: dict[int, tuple[LineDraft, ...]] = {}  # baskets' lines
        self.to_credit: dict[int, tuple[int, tuple[int, ...]]] = {}  # sale → its invoice and lines, until credited

    def write(self, batch: _CustomerBatch | _SalesPlan | _Settle) -> None:
        if isinstance(batch, _CustomerBatch):
            self.customers(batch)
        elif isinstance(batch, _SalesPlan):
            self.sales(batch)
        else:
            self.settle(batch)

    def customers(self, batch: _CustomerBatch) -> None:
        ids = self.ids
        with self.db.writing(cache_kib=self.cache_kib, unsynced=self.unsynced) as session:
            ids.extend(add_prepared_customers(session, batch.prepared, created_at=batch.created))
            set_referrers(session, [(ids[p], ids[r]) for p, r in batch.referrers])
            record_follow_ups(session, [FollowUpRecord(ids[f[0]], *f[1:]) for f in batch.follow_ups])
            log_interactions(session, [InteractionEntry(ids[i[0]], *i[1:]) for i in batch.interactions])

    def sales(self, plan: _SalesPlan) -> None:
        ids = self.ids
        self.lines.update(plan.baskets)
        with self.db.writing(cache_kib=self.cache_kib, unsynced=self.unsynced) as session:
            till = SalesBatch(session, today=self.today)
            apply_lapses(session, {ids[p]: day for p, day in plan.lapses})
            till.read_customers({ids[step.customer] for step in plan.steps if isinstance(step, _Sale)})
            run: list[_Sale] = []
            credits: list[_Credit] = []
            payments: list[PaymentDraft] = []
            for step in plan.steps:
                if isinstance(step, _Sale):
                    if credits:
                        self.credit(till, credits)
                        credits = []
                    run.append(step)
                else:
                    if run:
                        self.issue(till, run, payments)
                        run = []
                    credits.append(step)
            self.issue(till, run, payments)
            self.credit(till, credits)
            till.record_payments(payments)

    def issue(self, till: SalesBatch, run: Sequence[_Sale], payments: list[PaymentDraft]) -> None:
        drafts = [InvoiceDraft(self.ids[sale.customer], self.lines[sale.basket], note=sale.note) for sale in run]
        for sale, document in zip(run, till.issue_invoices(drafts, at=[sale.at for sale in run])):
            if sale.credited_later:
                self.to_credit[sale.number] = (document.id, document.line_ids)
            payments.extend(PaymentDraft(document.id, amount, day, method, note, at=at) for amount, day, method, note, at in sale.payments)

    def credit(self, till: SalesBatch, credits: Sequence[_Credit]) -> None:
        requests = []
        for credit in credits:
            invoice_id, line_ids = self.to_credit.pop(credit.sale)
            requests.append(CreditRequest(invoice_id, {line_ids[credit.line]: credit.quantity}, credit.reason, credit.at))
        till.issue_credit_notes(requests)

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
        rows = connection.execute(select(_loss_reasons.c.key, _loss_reasons.c.id).where(_loss_reasons.c.key.is_not(None)))
        reasons = {key: reason_id for key, reason_id in rows}
        zone = ZoneInfo(read_settings(connection, TIME_ZONE)[0])
        now = datetime.now(timezone.utc)
        entries = []
        rows = connection.execute(select(_customer_table.c.id, _customer_table.c.last_purchase_on).where(_customer_table.c.id.in_(customer_ids)))
        for customer_id, last in sorted(rows):
            rng = random.Random(customer_id)
            key = rng.choices(_LOSS_KEYS, _LOSS_WEIGHTS)[0]
            day = min(self.today, (last or self.today - timedelta(days=365)) + timedelta(days=rng.randint(90, 240)))
            at = min(datetime.combine(day, time(11, rng.randint(0, 59)), zone).astimezone(timezone.utc), now)
            note = _LOSS_NOTES.get(key, "") if rng.random() < 0.6 else ""
            entries.append(LossEntry(customer_id, reasons[key], note, at))
        return entries


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
    """Python's cycle collector seldom while the book is planned and written (in both processes):
    the batches are millions of small objects, without cycles, that live until they are written,
    and the collector went through them again and again."""
    threshold = gc.get_threshold()
    gc.collect()
    gc.freeze()  # what is alive now (the program, its modules) is not looked at again
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
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
    from retention_desktop.kit import LANGUAGES, kit_texts, use_demo_texts

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


def fill_demo_book(db: Database, customers: int, *, seed: int | None = None, two_processes: bool = True) -> int:
    """Fill an empty customer book with `customers` realistic demo customers; returns how many.

    Each customer comes with a history over the last two years (purchases, calls, visits,
    messages, feedback, complaints, done and cancelled follow-ups) and some follow-ups still on the
    list, so that the Today screen has something to show; the follow-up rules run at the end.

    The shop gets a Saudi business profile (unless it already has one) and a catalogue, and each
    purchase is an invoice numbered in date order (INV-000001 is the oldest), with its payments
    (most paid, some in two payments, recent ones partly or not yet) and a few credit notes; the
    customers' stages agree with their invoices, and subscriptions set their renewal dates.

    Everything is saved through the core's functions (customers, follow-ups, interactions,
    sales, lifecycle), foreign keys on, one transaction per batch of customers or of sales: a demo
    stopped half-way leaves whole batches. Where the system can fork, the book is planned in a
    second process while this one saves it (`two_processes`); the book is the same either way.

    Raises DemoError when the book already holds customers (archived ones too) or the number is
    out of range; nothing is added then. The same seed gives the same book.
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
    writer = _Writer(db, local_date(now, shop.zone), unsynced=new_book, cache_kib=_cache_kib(customers))
    # A new book's indexes that the writing does not read through are made once it is written.
    with db.indexes_made_after(MADE_AFTER if new_book else (), cache_kib=writer.cache_kib), _few_collections():
        for batch in _planned(_DemoPlan(customers, seed, now, shop), two_processes=two_processes):
            writer.write(batch)
    # What the program does when it starts: the cadence and the event rules add their follow-ups.
    apply_follow_up_rules(db, today=now.date())
    _ensure_default_templates(db)
    _use_demo_kit_texts(db)
    _add_demo_campaigns(db, random.Random(seed), local_date(now, shop.zone))
    db.settle_file()
    return len(writer.ids)


# --- win-back campaigns ---------------------------------------------------------------------------
# Two finished campaigns on customers who had gone quiet, made and closed as the owner would have
# (create_campaign on its first day, each follow-up marked done on its day, outcomes and costs), so
# that the Campaigns screen compares them: an offer alone, and an offer followed by a call.

_DEMO_CAMPAIGN_TARGETS = 40


def _add_demo_campaigns(db: Database, rng: random.Random, today: date) -> None:
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
        _add_demo_campaign(db, rng, name, offer, channel, call_after, start, shares)


def _add_demo_campaign(
    db: Database,
    rng: random.Random,
    name: str,
    offer: str,
    channel: Any,
    call_after: int | None,
    start: date,
    shares: tuple[float, float, float],
) -> None:
    from retention_desktop.audiences import ChosenAudience, LapsedAudience, audience_customer_ids
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

    quiet = audience_customer_ids(db, LapsedAudience(90), today=start)
    if len(quiet) < 5:
        return
    chosen = tuple(sorted(rng.sample(quiet, min(_DEMO_CAMPAIGN_TARGETS, len(quiet)))))
    draft = CampaignDraft(name, offer, channel, ChosenAudience(chosen), start, start + timedelta(days=45), call_after)
    campaign_id = create_campaign(db, draft, today=start)
    no_answer, declined, interested = shares
    zone = shop_zone(db)
    follow_ups = campaign_follow_ups(db, campaign_id)
    for customer_id in chosen:
        draw = rng.random()
        outcome = (
            TargetOutcome.NO_ANSWER if draw < no_answer
            else TargetOutcome.DECLINED if draw < no_answer + declined
            else TargetOutcome.INTERESTED if draw < no_answer + declined + interested
            else TargetOutcome.RETURNED
        )
        reached = Outcome.NO_ANSWER if outcome is TargetOutcome.NO_ANSWER else (
            Outcome.NOT_INTERESTED if outcome is TargetOutcome.DECLINED else Outcome.REACHED
        )
        for follow_up in (f for f in follow_ups if f.customer_id == customer_id):
            moment = datetime.combine(follow_up.due_on, time(11), zone)
            mark_done(db, follow_up.id, outcome=Outcome.REACHED if follow_up.step == 0 else reached, at=moment, today=follow_up.due_on)
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

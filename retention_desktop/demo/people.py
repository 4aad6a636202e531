"""The demo's people: realistic Saudi customers and businesses made with Faker, with the shares of
the book the demo aims at (businesses, Latin names, referrals, stages, cadences, renewals)."""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar
from datetime import date, datetime, timedelta, timezone

from faker import Faker

from retention_desktop.customers import (
    CustomerDraft,
)
from retention_desktop.models import (
    CadenceUnit,
    CustomerKind,
    Gender,
    Source,
    Stage,
)



_YEARS_OF_HISTORY = 3
_DAY = 86_400.0  # seconds: the plan keeps its moments as POSIX seconds (history.py, sales.py)

# Shares of the book, as the issue asks: about 8 % businesses, about 15 % Latin (expatriate) names,
# about 12 % referred by an earlier customer.
_BUSINESS = 0.08
_LATIN = 0.15 / (1 - _BUSINESS)  # of the people
_LATIN_BUSINESS = 0.3
_REFERRED = 0.12


POOL = 3_000  # names and user names drawn from Faker once, then combined at random

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
_RENEWAL_SHARE = {Stage.FIRST_PURCHASE: 0.06, Stage.ACTIVE: 0.08, Stage.AT_RISK: 0.08, Stage.WON_BACK: 0.08}
_RENEWAL_SOON = 0.15  # of the renewal dates: within the next five weeks
# The last purchase of a customer of each stage: between so many days ago.
_LAST_PURCHASE = {
    Stage.ACTIVE: (0, 55),
    Stage.AT_RISK: (60, 150),
    Stage.LAPSED: (180, 400),
    Stage.LOST: (200, 600),
    Stage.WON_BACK: (270, 500),  # then (most marked lost first) a win-back call, and a purchase in the last three months
}
# The stage to give a customer too new for theirs (see _DemoCustomers.stage).
_YOUNGER_STAGE = {Stage.LOST: Stage.AT_RISK, Stage.LAPSED: Stage.AT_RISK, Stage.AT_RISK: Stage.ACTIVE, Stage.WON_BACK: Stage.ACTIVE}


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
_T = TypeVar("_T")


def _cumulative(weights: Sequence[int]) -> list[int]:
    total, result = 0, []
    for w in weights:
        total += w
        result.append(total)
    return result


class _Weighted(Generic[_T]):
    """A choice by weight: pick(rng) is rng.choices(population, weights)[0], drawn as choices
    draws it (the same value from the same generator, one random() each), without its checks and
    its list: the demo draws millions."""

    def __init__(self, population: Sequence[_T], weights: Sequence[int]) -> None:
        self.population = tuple(population)
        self.cumulative = _cumulative(weights)
        self.total = self.cumulative[-1] + 0.0
        self.last = len(self.population) - 1

    def pick(self, rng: random.Random) -> _T:
        return self.population[bisect.bisect(self.cumulative, rng.random() * self.total, 0, self.last)]


def _names(fake: Faker, kind: str, count: int) -> list[str]:
    """`count` names of the locale's list of this kind (first_names_male, first_names_female,
    last_names), drawn as its first_name_male() and the others draw them (by the locale's weights
    where it has them), in one call."""
    person = fake.provider("faker.providers.person")
    assert person is not None
    names = getattr(person, kind, None) or getattr(person, "first_names")
    return [str(name) for name in fake.random_elements(names, length=count)]


_FIELD = re.compile(r"\{\{(\w+)\}\}")


def _companies(fake: Faker, count: int) -> list[str]:
    """`count` company names as fake.company() makes them ("Smith-Jones", "Brown LLC"): its
    formats, filled with family names and suffixes drawn all at once; another field by Faker."""
    company = fake.provider("faker.providers.company")
    person = fake.provider("faker.providers.person")
    assert company is not None and person is not None
    formats = fake.random_elements(getattr(company, "formats"), length=count)
    families = iter(fake.random_elements(getattr(person, "last_names"), length=3 * count))
    suffixes = iter(fake.random_elements(getattr(company, "company_suffixes"), length=count))

    def field(found: re.Match[str]) -> str:
        name = found.group(1)
        if name == "last_name":
            return str(next(families))
        if name == "company_suffix":
            return str(next(suffixes))
        return str(fake.format(name))

    return [_FIELD.sub(field, str(pattern)) for pattern in formats]


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
        # does not mix an Indian first name with an English family name. The Latin pools come from
        # the Latin fakers' own generators, each drawn in one call (not name by name).
        per_locale = POOL // len(latin)
        self.latin_names: list[tuple[list[str], list[str], list[str]]] = [
            (_names(f, "first_names_male", per_locale), _names(f, "first_names_female", per_locale), _names(f, "last_names", per_locale))
            for f in latin
        ]
        self.latin_companies: list[str] = _companies(english, POOL)
        # Arabic names as people write them in an email address, transliterated by Faker.
        self.user_names: list[str] = [arabic.user_name() for _ in range(4 * POOL)]
        self.email_domains: list[str] = [english.free_email_domain() for _ in range(100)]

        self.cities = _Weighted(_CITIES, [c.weight for c in _CITIES])
        self.home: _City = _CITIES[0]  # where the shop is: Riyadh, as the demo's business profile says
        self.mobile_prefixes = _Weighted(_MOBILE_PREFIXES, _MOBILE_WEIGHTS)
        self.tags = _Weighted(_TAGS, _TAG_WEIGHTS)
        self.tag_counts = _Weighted((0, 1, 2), (55, 35, 10))
        self.sources = _Weighted(_SOURCES, _SOURCE_WEIGHTS)
        self.stages = (
            _Weighted(_STAGES, _STAGE_WEIGHTS_NEW),
            _Weighted(_STAGES, _STAGE_WEIGHTS_RECENT),
            _Weighted(_STAGES, _STAGE_WEIGHTS_OLD),
        )
        self.cadences = _Weighted(_CADENCES, _CADENCE_WEIGHTS)
        self.numbers: set[str] = set()  # national numbers given out, so that none repeats
        self.emails: set[str] = set()

    def creation_times(self, n: int, until: float) -> list[datetime]:
        """When each customer came, oldest first, over the last three years, up to `until` (POSIX
        seconds), at any time of their day: the plan's moments, put into opening hours as the
        customers are written (hours.py).

        The book grows: more customers came recently than three years ago.
        """
        rng = self.rng
        span_days = 365 * _YEARS_OF_HISTORY
        today = self.now.replace(hour=0, minute=0, second=0, microsecond=0)
        last = datetime.fromtimestamp(until, timezone.utc)
        times = []
        for _ in range(n):
            days_ago = int(span_days * (1 - rng.random() ** 0.5))
            seconds = rng.randrange(int(_DAY))
            moment = today - timedelta(days=days_ago) + timedelta(seconds=seconds, microseconds=rng.randrange(1_000_000))
            if moment > last:  # later today: not yet
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
        prefix = self.mobile_prefixes.pick(self.rng)
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
        return self.cities.pick(self.rng)

    def stage(self, created: datetime) -> Stage:
        days = (self.now - created).days
        stage = self.stages[0 if days < 30 else 1 if days < 180 else 2].pick(self.rng)
        # A stage that says how long ago the last purchase was needs a customer who came before
        # that: a customer of four months cannot have lapsed for six.
        while stage in _YOUNGER_STAGE and days < _LAST_PURCHASE[stage][0] + 7:
            stage = _YOUNGER_STAGE[stage]
        return stage

    def source(self) -> Source:
        return self.sources.pick(self.rng)

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
        tag_count = self.tag_counts.pick(rng)
        tags: tuple[str, ...] = ()
        while len(tags) < tag_count:
            tag = self.tags.pick(rng)
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
            every, unit = self.cadences.pick(rng)
            draft = replace(draft, contact_every=every, contact_unit=unit)
        if rng.random() < _RENEWAL_SHARE.get(draft.stage, 0.0) * twice:
            days = rng.randrange(1, 36) if rng.random() < _RENEWAL_SOON else rng.randrange(36, 366)
            draft = replace(draft, renewal_on=self.today + timedelta(days=days))
        return draft

    @staticmethod
    def as_prospect(d: CustomerDraft) -> CustomerDraft:
        """The draft as the customer came in: a prospect, without a renewal date (their invoices
        move their stage, and a subscription sets the date). replace(d, stage=…, renewal_on=None),
        field by field: replace looks the fields up again for every draft."""
        return CustomerDraft(
            full_name=d.full_name,
            phones=d.phones,
            email=d.email,
            address=d.address,
            area=d.area,
            birthday=d.birthday,
            gender=d.gender,
            kind=d.kind,
            tags=d.tags,
            notes=d.notes,
            source=d.source,
            referred_by_id=d.referred_by_id,
            stage=Stage.PROSPECT,
            renewal_on=None,
            contact_every=d.contact_every,
            contact_unit=d.contact_unit,
        )

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

"""What a column of an imported customer list holds: the fields, their names in both languages,
and the headings and values shops write for each (importing.py matches a file's columns to them)."""

from __future__ import annotations

import enum
import re

from retention_desktop.i18n import translate
from retention_desktop.kinds import Source
from retention_desktop.text import clean_line, fold

# --- what a column holds ----------------------------------------------------------------------


class Field(enum.StrEnum):
    """What a column of the file holds, as the owner matched it (guess_mapping guesses)."""

    IGNORE = "ignore"
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    PHONE = "phone"
    EMAIL = "email"
    AREA = "area"
    ADDRESS = "address"
    BIRTHDAY = "birthday"
    GENDER = "gender"
    KIND = "kind"
    TAGS = "tags"
    NOTES = "notes"
    SOURCE = "source"  # how the customer found the shop
    SINCE = "since"  # the day they became a customer
    ARCHIVED = "archived"  # the day the owner took them out of the book
    REFERRER = "referrer"  # the name of the customer who referred them


# Fields whose columns hold dates, written day first or month first as the file writes them.
DATE_FIELDS = frozenset({Field.BIRTHDAY, Field.SINCE, Field.ARCHIVED})


# Fields that several columns may hold: their values add up (a mobile and a landline column).
REPEATABLE = frozenset({Field.IGNORE, Field.PHONE, Field.TAGS, Field.NOTES})


def field_label(field: Field) -> str:
    """The name of a field in the mapping step's lists."""
    return {
        Field.IGNORE: translate("Importing", "Do not import"),
        Field.NAME: translate("Importing", "Name"),
        Field.FIRST_NAME: translate("Importing", "First name"),
        Field.LAST_NAME: translate("Importing", "Last name"),
        Field.COMPANY: translate("Importing", "Company"),
        Field.PHONE: translate("Importing", "Phone"),
        Field.EMAIL: translate("Importing", "Email"),
        Field.AREA: translate("Importing", "Area or city"),
        Field.ADDRESS: translate("Importing", "Address"),
        Field.BIRTHDAY: translate("Importing", "Birthday"),
        Field.GENDER: translate("Importing", "Gender"),
        Field.KIND: translate("Importing", "Person or business"),
        Field.TAGS: translate("Importing", "Tags"),
        Field.NOTES: translate("Importing", "Notes"),
        Field.SOURCE: translate("Importing", "How they found us"),
        Field.SINCE: translate("Importing", "Customer since"),
        Field.ARCHIVED: translate("Importing", "Archived on"),
        Field.REFERRER: translate("Importing", "Referred by"),
    }[field]


# The headers shops write, folded (text.fold) and with punctuation as spaces. Whole headers are
# looked up first; then the words in _HEADER_PARTS, in order, inside a longer header.
_HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    Field.IGNORE: (
        "id", "no", "number", "#", "customer no", "customer id", "customer number", "serial", "رقم العميل", "م",
        "مسلسل", "الرقم التسلسلي", "تسلسل", "stage", "المرحله",
    ),
    Field.NAME: (
        "name", "full name", "customer", "customer name", "client", "client name", "contact", "contact name",
        "display name", "الاسم", "اسم", "الاسم الكامل", "اسم العميل", "العميل", "الاسم الثلاثي", "الاسم الرباعي",
        "اسم الزبون", "الزبون", "اسم العميله", "الاسم بالكامل",
    ),
    Field.FIRST_NAME: ("first name", "given name", "first", "forename", "الاسم الاول", "الاول"),
    Field.LAST_NAME: ("last name", "family name", "surname", "last", "اسم العائله", "العائله", "الكنيه", "اللقب"),
    Field.COMPANY: (
        "company", "company name", "organization", "organisation", "business name", "الشركه", "اسم الشركه",
        "المنشاه", "اسم المنشاه", "الجهه", "المؤسسه",
    ),
    Field.PHONE: (
        "phone", "phones", "mobile", "tel", "telephone", "cell", "cellphone", "mobile number", "phone number",
        "whatsapp", "الجوال", "الهاتف", "رقم الجوال", "رقم الهاتف", "جوال", "هاتف", "الموبايل", "موبايل",
        "رقم الموبايل", "تليفون", "رقم التليفون", "واتساب", "رقم الواتساب", "الواتساب", "ارقام الهاتف",
        "ارقام الجوال", "الرقم", "رقم",
    ),
    Field.EMAIL: (
        "email", "e mail", "mail", "email address", "البريد", "البريد الالكتروني", "الايميل", "ايميل", "بريد الكتروني",
    ),
    Field.AREA: (
        "city", "area", "district", "region", "neighbourhood", "neighborhood", "town", "المدينه", "المنطقه",
        "الحي", "مدينه", "منطقه", "البلد",
    ),
    Field.ADDRESS: ("address", "street", "street address", "العنوان", "عنوان", "الشارع"),
    Field.BIRTHDAY: (
        "birthday", "date of birth", "birth date", "birthdate", "dob", "تاريخ الميلاد", "الميلاد", "تاريخ الولاده",
        "يوم الميلاد", "عيد الميلاد",
    ),
    Field.GENDER: ("gender", "sex", "الجنس", "النوع", "الجنس ذكر انثي"),
    Field.KIND: ("type", "customer type", "kind", "person or business", "نوع العميل", "فرد او منشاه", "الصفه"),
    Field.TAGS: (
        "tags", "tag", "labels", "groups", "group", "categories", "category", "الوسوم", "وسوم", "التصنيف",
        "التصنيفات", "المجموعه", "المجموعات", "الفئه",
    ),
    Field.NOTES: ("notes", "note", "comments", "comment", "remarks", "ملاحظات", "الملاحظات", "ملاحظه", "تعليق", "تعليقات"),
    Field.SOURCE: (
        "source", "lead source", "customer source", "how they found us", "how did you hear about us", "referral source",
        "المصدر", "مصدر العميل", "كيف عرفنا", "كيف عرف المحل", "كيف عرفتنا", "كيف وصل الينا", "طريقه الوصول",
    ),
    Field.SINCE: (
        "customer since", "client since", "member since", "since", "created", "created at", "created on", "date created",
        "date added", "added on", "added", "joined", "join date", "registration date", "registered", "first visit",
        "عميل منذ", "تاريخ الاضافه", "تاريخ التسجيل", "تاريخ الانضمام", "منذ", "اول زياره", "تاريخ اول زياره",
    ),
    Field.REFERRER: ("referred by", "referrer", "referred by customer", "المحيل", "محال من", "رشحه", "مرشح من", "بترشيح من", "عن طريق"),
    Field.ARCHIVED: ("archived on", "archived", "date archived", "archived at", "تاريخ الارشفه", "ارشف في", "مؤرشف منذ"),
}
_HEADER_PARTS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.IGNORE, ("type", "label", "نوع")),  # "Phone 1 - Type" (Google Contacts) is not a number
    (Field.BIRTHDAY, ("birth", "ميلاد", "ولاده")),
    (Field.EMAIL, ("mail", "بريد", "ايميل")),
    (Field.PHONE, ("phone", "mobile", "tel", "cell", "whatsapp", "جوال", "هاتف", "موبايل", "تليفون", "واتس")),
    # "first name", never "first" alone: "First purchase", "Last visit", «الزيارة الأولى» are dates.
    (Field.FIRST_NAME, ("first name", "firstname", "given", "الاسم الاول", "اسم الاول")),
    (Field.LAST_NAME, ("last name", "lastname", "family", "surname", "عائله")),
    (Field.COMPANY, ("company", "organi", "شركه", "مؤسسه", "منشاه")),
    (Field.NAME, ("name", "اسم")),
    (Field.AREA, ("city", "area", "district", "region", "مدينه", "منطقه")),
    (Field.ADDRESS, ("address", "street", "عنوان")),
    (Field.NOTES, ("note", "comment", "remark", "ملاحظ", "تعليق")),
    (Field.TAGS, ("tag", "group", "categor", "وسم", "تصنيف", "مجموع")),
    (Field.GENDER, ("gender", "sex", "جنس")),
)
_PUNCTUATION = re.compile(r"[\s_\-.:*()\[\]/\\|'\"؟?،,]+")


def _header_key(header: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(clean_line(header))).split())


_HEADER_LOOKUP = {_header_key(word): f for f, words in _HEADER_WORDS.items() for word in words}


def field_of_header(header: str) -> Field | None:
    """The field a header names (in Arabic or English, in the words shops use), or None."""
    key = _header_key(header)
    if not key:
        return None
    if key in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key]
    bare = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split())  # without "al-"
    if bare in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[bare]
    for f, parts in _HEADER_PARTS:
        if any(part in key for part in parts):
            return f
    return None


# A value that looks like a phone number or an email: a column of them is one, whatever its heading.
PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]{7,}$")
EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# How the customer found the shop, as a cell says it: the words the export writes in either language
# (labels.source_label) and the ones shops use, folded. Anything else is left as not known.
_SOURCE_WORDS: dict[Source, tuple[str, ...]] = {
    Source.WALK_IN: (
        "walk_in", "walked in", "walk in", "walk-in", "passing by", "store", "shop", "زياره المحل", "زيارة المحل", "زياره",
        "مرور", "مار بالمحل", "المحل",
    ),
    Source.REFERRAL: (
        "referral", "referred by a customer", "referred", "friend", "word of mouth", "recommendation", "ترشيح من عميل",
        "ترشيح", "صديق", "توصيه", "احاله",
    ),
    Source.SOCIAL_MEDIA: (
        "social_media", "social media", "social", "instagram", "facebook", "snapchat", "tiktok", "twitter", "whatsapp",
        "وسائل التواصل الاجتماعي", "وسائل التواصل", "التواصل الاجتماعي", "سوشال ميديا", "انستقرام", "انستغرام", "فيسبوك",
        "سناب", "سناب شات", "تيك توك", "تويتر", "واتساب",
    ),
    Source.ONLINE_SEARCH: (
        "online_search", "online search or maps", "online search", "google", "google maps", "maps", "search", "internet",
        "البحث على الانترنت او الخرائط", "البحث على الانترنت", "قوقل", "جوجل", "خرائط جوجل", "الخرائط", "الانترنت",
    ),
    Source.ADVERTISEMENT: ("advertisement", "ad", "ads", "advert", "flyer", "billboard", "radio", "اعلان", "اعلانات", "منشور", "لوحه اعلانيه"),
    Source.EVENT: ("event", "event or exhibition", "exhibition", "fair", "expo", "فعاليه او معرض", "فعاليه", "معرض"),
    Source.OTHER: ("other", "اخرى", "اخري", "غير ذلك"),
    Source.UNKNOWN: ("unknown", "not known", "غير معروف"),
}
_SOURCE_LOOKUP = {_header_key(word): source for source, words in _SOURCE_WORDS.items() for word in words}


def source_of(text: str) -> Source:
    """The source a cell names, in either language; anything else (or nothing) is not known."""
    key = _header_key(text)
    if key in _SOURCE_LOOKUP:
        return _SOURCE_LOOKUP[key]
    bare = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split())
    return _SOURCE_LOOKUP.get(bare, Source.UNKNOWN)

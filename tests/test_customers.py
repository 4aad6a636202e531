"""The customer book: adding, editing, archiving and finding customers as a shop owner would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from retention_desktop.customers import (
    CustomerDraft,
    CustomerNotFound,
    CustomerOrder,
    LikelyDuplicate,
    ValidationError,
    add_customer,
    archive_customer,
    count_customers,
    customer_details,
    find_duplicates,
    known_tags,
    restore_customer,
    search_customers,
    update_customer,
)
from retention_desktop.customer_keys import customers_named
from retention_desktop.db import Database
from retention_desktop.search import customer_rows
from retention_desktop.models import CustomerKind, Gender, PhoneKind, Source, Stage
from retention_desktop.settings import DEFAULT_COUNTRY, SettingError, get_setting, set_setting

pytestmark = pytest.mark.both_databases  # these run on SQLite and on a PostgreSQL server (tests/conftest.py)


def add(db: Database, name: str, *phones: str, **fields: object) -> int:
    return add_customer(db, CustomerDraft(full_name=name, phones=phones, **fields))  # type: ignore[arg-type]


def search(db: Database, query: str, **kwargs: object) -> set[int]:
    return set(search_customers(db, query, **kwargs))  # type: ignore[arg-type]


# --- adding and reading back ---------------------------------------------------------------


def test_add_with_all_fields_and_read_back(db: Database) -> None:
    referrer = add(db, "سارة الأحمد")
    birthday = date(1990, 5, 17)
    customer_id = add_customer(
        db,
        CustomerDraft(
            full_name="  محمد   العتيبي ",
            phones=("055 123 4567", "٠١١٢٣٤٥٦٧٨", ""),
            email=" m.otaibi@example.com ",
            address="شارع التحلية، الرياض",
            area=" العليا ",
            birthday=birthday,
            gender=Gender.MALE,
            kind=CustomerKind.BUSINESS,
            tags=("VIP", "جملة"),
            notes="يفضل التواصل مساءً",
            source=Source.REFERRAL,
            referred_by_id=referrer,
            stage=Stage.ACTIVE,
        ),
    )
    d = customer_details(db, customer_id)
    assert d.id == customer_id
    assert d.full_name == "محمد العتيبي"
    assert [(p.number, p.kind) for p in d.phones] == [
        ("+966551234567", PhoneKind.MOBILE),
        ("+966112345678", PhoneKind.LANDLINE),
    ]
    assert d.email == "m.otaibi@example.com"
    assert d.address == "شارع التحلية، الرياض"
    assert d.area == "العليا"
    assert d.birthday == birthday
    assert d.gender is Gender.MALE
    assert d.kind is CustomerKind.BUSINESS
    assert set(d.tags) == {"VIP", "جملة"}
    assert d.notes == "يفضل التواصل مساءً"
    assert d.source is Source.REFERRAL
    assert d.referred_by_id == referrer
    assert d.referred_by_name == "سارة الأحمد"
    assert d.stage is Stage.ACTIVE
    assert d.archived_at is None
    assert d.created_at.tzinfo is not None
    assert count_customers(db) == 2


def test_details_survive_closing_and_reopening_the_file(db: Database) -> None:
    customer_id = add(db, "Ahmed", "0551234567", tags=("vip",))
    place = db.path or db.engine.url.render_as_string(hide_password=False)  # a file, or a database on a server
    db.close()
    from retention_desktop.db import open_database

    again = open_database(place)
    try:
        assert customer_details(again, customer_id).full_name == "Ahmed"
        assert search_customers(again, "0551234567") == [customer_id]
    finally:
        again.close()


def test_as_draft_round_trips(db: Database) -> None:
    customer_id = add(db, "Ahmed", "0551234567", email="a@b.co", tags=("vip",))
    draft = customer_details(db, customer_id).as_draft()
    update_customer(db, customer_id, draft)
    assert customer_details(db, customer_id).as_draft() == draft


def test_same_number_typed_twice_is_stored_once(db: Database) -> None:
    customer_id = add(db, "Ahmed", "0551234567", "+966 55 123 4567")
    assert [p.number for p in customer_details(db, customer_id).phones] == ["+966551234567"]


# --- bad input saves nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (CustomerDraft(full_name=""), {"full_name"}),
        (CustomerDraft(full_name="   "), {"full_name"}),
        (CustomerDraft(full_name="x" * 201), {"full_name"}),
        (CustomerDraft(full_name="Ahmed", phones=("123",)), {"phones"}),
        (CustomerDraft(full_name="Ahmed", phones=("0551234567", "abc")), {"phones"}),
        (CustomerDraft(full_name="Ahmed", email="not-an-email"), {"email"}),
        (CustomerDraft(full_name="Ahmed", email="a@b"), {"email"}),
        (CustomerDraft(full_name="Ahmed", birthday=date.today() + timedelta(days=2)), {"birthday"}),  # tomorrow here may be today in the shop's zone
        (CustomerDraft(full_name="Ahmed", birthday=date.today().replace(year=date.today().year - 200)), {"birthday"}),
        (CustomerDraft(full_name="Ahmed", tags=("t" * 61,)), {"tags"}),
        (
            CustomerDraft(full_name="", phones=("123",), email="bad", birthday=date.today() + timedelta(days=3)),
            {"full_name", "phones", "email", "birthday"},
        ),
    ],
)
def test_bad_input_names_each_bad_field_and_saves_nothing(db: Database, draft: CustomerDraft, fields: set[str]) -> None:
    add(db, "Existing")
    with pytest.raises(ValidationError) as caught:
        add_customer(db, draft)
    assert set(caught.value.errors) == fields
    assert all(message for message in caught.value.errors.values())
    assert count_customers(db) == 1
    assert known_tags(db) == []


def test_bad_phone_message_quotes_what_was_typed(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        add(db, "Ahmed", "12345")
    assert "12345" in caught.value.errors["phones"]


def test_failed_update_changes_nothing(db: Database) -> None:
    customer_id = add(db, "Ahmed", "0551234567", email="a@example.com")
    before = customer_details(db, customer_id)
    with pytest.raises(ValidationError):
        update_customer(db, customer_id, CustomerDraft(full_name="New name", phones=("0551234567",), email="bad"))
    assert customer_details(db, customer_id) == before
    assert search(db, "new name") == set()


# --- duplicates --------------------------------------------------------------------------------


def test_same_phone_typed_differently_is_a_likely_duplicate(db: Database) -> None:
    first = add(db, "أحمد علي", "٠٥٥١٢٣٤٥٦٧")
    with pytest.raises(LikelyDuplicate) as caught:
        add(db, "Ahmed Ali", "+966 55 123 4567")
    assert [m.id for m in caught.value.matches] == [first]
    assert "أحمد علي" in str(caught.value)
    assert count_customers(db) == 1
    assert search(db, "ahmed") == set()


def test_duplicate_is_found_among_several_phones_and_archived_customers(db: Database) -> None:
    first = add(db, "Sara", "0501112222", "0551234567")
    archive_customer(db, first)
    with pytest.raises(LikelyDuplicate) as caught:
        add(db, "Sara again", "055-123-4567")
    assert [m.id for m in caught.value.matches] == [first]
    assert [r.id for r in find_duplicates(db, ["00966551234567"])] == [first]
    assert find_duplicates(db, ["0551234567"], exclude_id=first) == []
    assert find_duplicates(db, ["not a number"]) == []


def test_allow_duplicate_saves_the_second_customer(db: Database) -> None:
    first = add(db, "Ahmed", "0551234567")
    second = add_customer(
        db, CustomerDraft(full_name="Ahmed's brother", phones=("+966551234567",)), allow_duplicate=True
    )
    assert second != first
    assert count_customers(db) == 2
    assert search(db, "0551234567") == {first, second}


def test_editing_a_customer_keeping_its_own_phone_is_not_a_duplicate(db: Database) -> None:
    customer_id = add(db, "Ahmed", "0551234567")
    update_customer(db, customer_id, CustomerDraft(full_name="Ahmed Ali", phones=("+966 55 123 4567",)))
    assert customer_details(db, customer_id).full_name == "Ahmed Ali"


def test_editing_to_another_customers_phone_is_a_duplicate(db: Database) -> None:
    first = add(db, "Ahmed", "0551234567")
    second = add(db, "Sara", "0501112222")
    with pytest.raises(LikelyDuplicate) as caught:
        update_customer(db, second, CustomerDraft(full_name="Sara", phones=("0501112222", "٠٥٥١٢٣٤٥٦٧")))
    assert [m.id for m in caught.value.matches] == [first]
    assert [p.number for p in customer_details(db, second).phones] == ["+966501112222"]
    update_customer(
        db, second, CustomerDraft(full_name="Sara", phones=("0501112222", "0551234567")), allow_duplicate=True
    )
    assert [p.number for p in customer_details(db, second).phones] == ["+966501112222", "+966551234567"]


# --- editing -----------------------------------------------------------------------------------


def test_update_changes_fields_and_search(db: Database) -> None:
    customer_id = add(db, "خالد", "0551234567", email="k@example.com", tags=("قديم",), notes="عميل جديد")
    update_customer(
        db,
        customer_id,
        CustomerDraft(
            full_name="يوسف",
            phones=("0501112222",),
            email="y@example.com",
            tags=("مميز",),
            notes="يحب القهوة",
            stage=Stage.AT_RISK,
        ),
    )
    d = customer_details(db, customer_id)
    # The stage is the lifecycle's (lifecycle.py): an edit does not move it.
    assert (d.full_name, d.email, d.tags, d.notes, d.stage) == ("يوسف", "y@example.com", ("مميز",), "يحب القهوة", Stage.PROSPECT)
    assert [p.number for p in d.phones] == ["+966501112222"]
    assert d.updated_at >= d.created_at
    for old in ("خالد", "0551234567", "k@example.com", "قديم", "جديد"):
        assert search(db, old) == set(), old
    for new in ("يوسف", "0501112222", "y@example.com", "مميز", "القهوه"):
        assert search(db, new) == {customer_id}, new


def test_update_of_unknown_customer(db: Database) -> None:
    with pytest.raises(CustomerNotFound) as caught:
        update_customer(db, 999, CustomerDraft(full_name="Nobody"))
    assert caught.value.customer_id == 999
    assert str(caught.value)
    assert count_customers(db) == 0


# --- archive and restore -----------------------------------------------------------------------


def test_archive_hides_and_restore_brings_back(db: Database) -> None:
    keep = add(db, "Ahmed", "0551234567")
    gone = add(db, "Ahmad", "0501112222")
    archive_customer(db, gone)
    assert search(db, "ahm") == {keep}
    assert search(db, "") == {keep}
    assert count_customers(db) == 1
    assert count_customers(db, archived=True) == 1
    assert search(db, "", archived=True) == {gone}
    assert search(db, "0501112222", archived=True) == {gone}
    assert customer_rows(db, [gone])[0].archived
    assert customer_details(db, gone).archived_at is not None

    archive_customer(db, gone)  # twice is harmless
    restore_customer(db, gone)
    assert search(db, "ahm") == {keep, gone}
    assert count_customers(db) == 2
    assert count_customers(db, archived=True) == 0
    assert customer_details(db, gone).archived_at is None
    assert not customer_rows(db, [gone])[0].archived


@pytest.mark.parametrize("action", [archive_customer, restore_customer, customer_details])
def test_unknown_ids_raise_customer_not_found(db: Database, action: object) -> None:
    add(db, "Ahmed")
    with pytest.raises(CustomerNotFound):
        action(db, 12345)  # type: ignore[operator]


def test_customer_rows_leaves_out_unknown_ids(db: Database) -> None:
    a = add(db, "Ahmed")
    assert [r.id for r in customer_rows(db, [999, a])] == [a]
    assert customer_rows(db, []) == []


# --- search ------------------------------------------------------------------------------------


@pytest.fixture
def book(db: Database) -> dict[str, int]:
    return {
        "ahmed": add(db, "أحمد عبدالله", "0551234567", email="Ahmed.A@Example.com", tags=("VIP",), notes="يفضل الاتصال صباحًا"),
        "fatima": add(db, "فاطمة الزهراء", "+971 50 123 4567", tags=("جملة",), area="جدة"),
        "mustafa": add(db, "مصطفى إبراهيم", "0112345678", notes="Wholesale buyer"),
        "mohammed": add(db, "مُحَمَّد آل سعود", "0509876543"),
    }


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("أحمد", {"ahmed"}),
        ("احمد", {"ahmed"}),
        ("إحمد", {"ahmed"}),
        ("عبد", {"ahmed"}),
        ("فاطمه", {"fatima"}),
        ("فاطمة", {"fatima"}),
        ("مصطفي", {"mustafa"}),
        ("ابراهيم", {"mustafa"}),
        ("محمد", {"mohammed"}),
        ("مُحَمَّد", {"mohammed"}),
        ("محـــمد", {"mohammed"}),
        ("ال سعود", {"mohammed"}),
        ("مح", {"mohammed"}),
        ("ال", {"ahmed", "fatima", "mohammed"}),
        ("م", {"ahmed", "fatima", "mustafa", "mohammed"}),
    ],
)
def test_search_by_name_ignores_arabic_spelling_variants(db: Database, book: dict[str, int], query: str, who: set[str]) -> None:
    assert search(db, query) == {book[w] for w in who}


@pytest.mark.parametrize(
    "query",
    [
        "0551234567",
        "551234567",
        "966551234567",
        "+966551234567",
        "+966 55 123 4567",
        "00966551234567",
        "055 123 4567",
        "055-123-4567",
        "(055) 123 4567",
        "٠٥٥١٢٣٤٥٦٧",
        "۰۵۵ ۱۲۳ ۴۵۶۷",
    ],
)
def test_search_by_phone_in_any_form(db: Database, book: dict[str, int], query: str) -> None:
    assert search_customers(db, query) == [book["ahmed"]]


def test_search_by_foreign_phone(db: Database, book: dict[str, int]) -> None:
    assert search_customers(db, "+971501234567") == [book["fatima"]]
    assert search_customers(db, "050 123 4567") == [book["fatima"]]


def test_search_by_email_tag_area_and_notes(db: Database, book: dict[str, int]) -> None:
    assert search_customers(db, "ahmed.a@example.com") == [book["ahmed"]]
    assert search_customers(db, "AHMED.A@EXAMPLE") == [book["ahmed"]]
    assert search_customers(db, "vip") == [book["ahmed"]]
    assert search_customers(db, "جمله") == [book["fatima"]]
    assert search_customers(db, "جدة") == [book["fatima"]]
    assert search_customers(db, "صباحا") == [book["ahmed"]]
    assert search_customers(db, "WHOLESALE") == [book["mustafa"]]


def test_search_words_must_all_match(db: Database, book: dict[str, int]) -> None:
    assert search_customers(db, "احمد 0551234567") == [book["ahmed"]]
    assert search_customers(db, "احمد vip") == [book["ahmed"]]
    assert search_customers(db, "احمد 0509876543") == []
    assert search_customers(db, "فاطمه vip") == []


def test_search_without_match_is_empty(db: Database, book: dict[str, int]) -> None:
    assert search_customers(db, "زيد") == []
    assert search_customers(db, "0599999999") == []
    assert search_customers(db, "%") == search_customers(db, "")
    assert search_customers(db, "_") == search_customers(db, "")


def test_blank_search_lists_everyone(db: Database, book: dict[str, int]) -> None:
    assert set(search_customers(db, "   ")) == set(book.values())


# --- order -------------------------------------------------------------------------------------


def test_order_by_name_folds_alef(db: Database) -> None:
    ids = {name: add(db, name) for name in ["باسم", "احمد", "زياد", "أحمد", "إبراهيم", "آمنة"]}
    ordered = [customer_rows(db, [i])[0].full_name for i in search_customers(db, order=CustomerOrder.NAME)]
    assert ordered == ["إبراهيم", "احمد", "أحمد", "آمنة", "باسم", "زياد"]
    # the two Ahmads sit next to each other, whichever hamza they were typed with
    assert abs(ordered.index("احمد") - ordered.index("أحمد")) == 1
    backwards = search_customers(db, order=CustomerOrder.NAME, descending=True)
    assert backwards == list(reversed(search_customers(db, order=CustomerOrder.NAME)))
    assert set(backwards) == set(ids.values())


def test_order_by_created_newest_first(db: Database) -> None:
    ids = [add(db, name) for name in ["C", "A", "B"]]
    assert search_customers(db, order=CustomerOrder.CREATED, descending=True) == list(reversed(ids))
    assert search_customers(db, order=CustomerOrder.CREATED) == ids


def test_customer_rows_keep_the_order_they_were_asked_in(db: Database) -> None:
    a = add(db, "Ahmed", "0551234567", tags=("vip",), area="Olaya")
    b = add(db, "Basim")
    c = add(db, "Carim")
    rows = customer_rows(db, [c, a, b])
    assert [r.id for r in rows] == [c, a, b]
    row_a = rows[1]
    assert (row_a.full_name, row_a.phone, row_a.area, row_a.tags, row_a.stage) == (
        "Ahmed",
        "+966551234567",
        "Olaya",
        ("vip",),
        Stage.PROSPECT,
    )
    assert rows[0].phone == ""


# --- tags --------------------------------------------------------------------------------------


def test_tags_are_deduplicated_and_shared(db: Database) -> None:
    a = add(db, "Ahmed", tags=("VIP", "vip", " Vip ", "أحمر", "احمر"))
    assert sorted(customer_details(db, a).tags) == sorted(("VIP", "أحمر"))
    b = add(db, "Sara", tags=("vip", "إحمر", "new"))
    # the second customer uses the tags the first one created, spelled as first typed
    assert sorted(customer_details(db, b).tags) == sorted(("VIP", "أحمر", "new"))
    assert sorted(known_tags(db)) == sorted(["VIP", "أحمر", "new"])
    assert set(search_customers(db, "vip")) == {a, b}
    assert search_customers(db, "new") == [b]


def test_removing_a_tag_takes_it_out_of_search(db: Database) -> None:
    a = add(db, "Ahmed", tags=("vip",))
    update_customer(db, a, CustomerDraft(full_name="Ahmed", tags=()))
    assert customer_details(db, a).tags == ()
    assert search_customers(db, "vip") == []


# --- referrals ---------------------------------------------------------------------------------


def test_referrals_are_listed_on_the_referrer(db: Database) -> None:
    referrer = add(db, "سارة")
    first = add(db, "ليلى", referred_by_id=referrer, source=Source.REFERRAL)
    second = add(db, "أمل", referred_by_id=referrer)
    d = customer_details(db, referrer)
    assert set(d.referrals) == {(first, "ليلى"), (second, "أمل")}
    assert d.referred_by_id is None and d.referred_by_name == ""
    assert customer_details(db, first).referred_by_name == "سارة"


def test_referrer_must_exist(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        add(db, "ليلى", referred_by_id=404)
    assert set(caught.value.errors) == {"referred_by"}
    assert count_customers(db) == 0


def test_customer_cannot_refer_themselves(db: Database) -> None:
    a = add(db, "سارة")
    with pytest.raises(ValidationError) as caught:
        update_customer(db, a, CustomerDraft(full_name="سارة", referred_by_id=a))
    assert set(caught.value.errors) == {"referred_by"}
    assert customer_details(db, a).referred_by_id is None


# --- default country ---------------------------------------------------------------------------


def test_default_country_setting_decides_how_local_numbers_are_read(db: Database) -> None:
    assert get_setting(db, DEFAULT_COUNTRY) == "SA"
    with pytest.raises(ValidationError):
        add(db, "Mona", "01001234567")
    set_setting(db, DEFAULT_COUNTRY, "eg")
    assert get_setting(db, DEFAULT_COUNTRY) == "EG"
    mona = add(db, "Mona", "01001234567")
    assert [p.number for p in customer_details(db, mona).phones] == ["+201001234567"]
    assert search_customers(db, "01001234567") == [mona]
    # a Saudi number still works with its country code
    sara = add(db, "Sara", "+966 55 123 4567")
    assert search_customers(db, "0551234567") == [sara]


@pytest.mark.parametrize("bad", ["XX", "", "Saudi", 966])
def test_bad_country_code_is_refused_and_not_stored(db: Database, bad: object) -> None:
    with pytest.raises(SettingError) as caught:
        set_setting(db, DEFAULT_COUNTRY, bad)  # type: ignore[arg-type]
    assert str(caught.value)
    assert get_setting(db, DEFAULT_COUNTRY) == "SA"
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar() == 0


def test_names_in_arabic_come_before_latin_names(db: Database) -> None:
    zed = add_customer(db, CustomerDraft(full_name="Aaron Zed"))
    yaser = add_customer(db, CustomerDraft(full_name="ياسر"))
    alaa = add_customer(db, CustomerDraft(full_name="آلاء"))
    assert search_customers(db) == [alaa, yaser, zed]


def test_a_customer_is_found_by_a_phone_number_in_any_form(db: Database) -> None:
    """A reference that is a phone number (spaced, Arabic-Indic, with the country code or not) is
    the customer who has it; without a country to read it by, it is taken for a name."""
    sara = add(db, "Sara Ali", "0551234567")
    with db.reading() as connection:
        found = customers_named(connection, ["055 123 4567", "٠٥٥١٢٣٤٥٦٧", "+966551234567", "0559999999", "Sara Ali"], country="SA")
        as_names = customers_named(connection, ["055 123 4567"])
    assert found == {"055 123 4567": {sara}, "٠٥٥١٢٣٤٥٦٧": {sara}, "+966551234567": {sara}, "Sara Ali": {sara}}
    assert as_names == {}


@pytest.mark.parametrize("others", [0, 600])
def test_customers_are_found_by_their_names_as_typed_or_folded(db: Database, others: int) -> None:
    """What an import's "Referred by" column looks up: each name's customers, archived ones too, the
    name as typed or folded (hamza seats, case, harakat), compound names with or without their space,
    a few names or hundreds."""
    sara = add(db, "Sara Ali")
    omar_1, omar_2 = add(db, "Omar"), add(db, "Omar")
    gone = add(db, "أحمد عبد الله")
    archive_customer(db, gone)
    abu_bakr = add(db, "أبوبكر الصديق")
    asked = ["Sara Ali", " sara  ALI ", "Omar", "احمد عبد الله", "أَحمد عبدالله", "ابو بكر الصديق", "Nobody", ""]
    with db.reading() as connection:
        found = customers_named(connection, asked + [f"Stranger {i}" for i in range(others)])
    assert found == {
        "Sara Ali": {sara}, " sara  ALI ": {sara}, "Omar": {omar_1, omar_2}, "احمد عبد الله": {gone}, "أَحمد عبدالله": {gone},
        "ابو بكر الصديق": {abu_bakr},
    }

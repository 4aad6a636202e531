"""Sales: catalogue, issuing invoices with gapless numbers, credit notes, payments, purchase history."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, archive_customer, customer_details
from retention_desktop.db import Database, open_database
from retention_desktop.interactions import customer_timeline
from retention_desktop.models import (
    CadenceUnit,
    DocumentKind,
    FollowUpOrigin,
    InteractionKind,
    Invoice,
    PaymentMethod,
    Stage,
    VatCategory,
)
from retention_desktop.followups import customer_follow_ups
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.rules import apply_follow_up_rules
from retention_desktop.sales import (
    CatalogueDraft,
    InvoiceDraft,
    LineDraft,
    PaymentStatus,
    SalesError,
    add_catalogue_item,
    catalogue_items,
    document_details,
    issue_credit_note,
    issue_invoice,
    list_documents,
    preview_credit_note,
    preview_totals,
    printable_invoice,
    purchase_history,
    record_payment,
    record_refund,
    set_catalogue_item_archived,
    update_catalogue_item,
)
from retention_desktop.zatca import decode_tlv

NOON = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)  # 12:00 in Riyadh


@pytest.fixture
def shop(db: Database) -> Database:
    save_profile(
        db,
        BusinessProfile(
            name_ar="مؤسسة النور للتجارة",
            name_en="Al Noor Trading",
            vat_number="310122393500003",
            phone="0112345678",
            address="الرياض، حي العليا",
        ),
    )
    return db


@pytest.fixture
def customer(shop: Database) -> int:
    return add_customer(shop, CustomerDraft("أحمد العتيبي", phones=("0551234567",), area="العليا"))


def one_line(price: str = "100", quantity: str = "1", **kw: object) -> list[LineDraft]:
    return [LineDraft("خدمة", D(quantity), D(price), **kw)]  # type: ignore[arg-type]


def invoice_count(db: Database) -> int:
    with db.session() as session:
        return len(session.scalars(select(Invoice.id)).all())


# --- the catalogue --------------------------------------------------------------------------


def test_catalogue_items_are_added_edited_and_archived(shop: Database) -> None:
    item = add_catalogue_item(shop, CatalogueDraft("  قهوة   عربية ", D("25.50"), "Arabic coffee"))
    add_catalogue_item(shop, CatalogueDraft("اشتراك سنوي", D(500), renewal_every=12, renewal_unit=CadenceUnit.MONTHS))
    rows = catalogue_items(shop)
    assert [r.name_ar for r in rows] == ["اشتراك سنوي", "قهوة عربية"]
    update_catalogue_item(shop, item, CatalogueDraft("قهوة عربية", D("27"), "Arabic coffee", VatCategory.ZERO_RATED))
    set_catalogue_item_archived(shop, item, True)
    assert [r.name_ar for r in catalogue_items(shop)] == ["اشتراك سنوي"]
    archived = [r for r in catalogue_items(shop, include_archived=True) if r.archived]
    assert archived[0].unit_price == D(27) and archived[0].vat_category == VatCategory.ZERO_RATED


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (CatalogueDraft("  ", D(1)), "name_ar"),
        (CatalogueDraft("قهوة", D(-1)), "unit_price"),
        (CatalogueDraft("قهوة", D("1.234")), "unit_price"),
        (CatalogueDraft("اشتراك", D(1), renewal_every=12), "renewal_every"),
        (CatalogueDraft("اشتراك", D(1), renewal_every=0, renewal_unit=CadenceUnit.MONTHS), "renewal_every"),
    ],
)
def test_bad_catalogue_items_are_refused(shop: Database, draft: CatalogueDraft, field: str) -> None:
    with pytest.raises(SalesError) as refused:
        add_catalogue_item(shop, draft)
    assert refused.value.field == field and str(refused.value)
    assert catalogue_items(shop, include_archived=True) == []


# --- issuing ---------------------------------------------------------------------------------


def test_invoice_is_saved_with_its_lines_and_totals(shop: Database, customer: int) -> None:
    lines = [
        LineDraft("اشتراك صيانة", D(1), D(500)),
        LineDraft("كابل", D(3), D("19.99"), discount=D(5)),
        LineDraft("Export service", D(1), D(200), vat_category=VatCategory.ZERO_RATED),
    ]
    issued = issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    assert issued.number == "INV-000001" and issued.first_purchase
    doc = printable_invoice(shop, "INV-000001")
    # 500 + (59.97 - 5) = 554.97 at 15 % → VAT 83.25 (83.2455 rounded half-up); 200 at 0 %.
    assert (doc.net, doc.vat, doc.total, doc.discount) == (D("754.97"), D("83.25"), D("838.22"), D("5.00"))
    assert [line.total for line in doc.lines] == [D("575.00"), D("63.22"), D("200.00")]
    assert doc.vat_by_rate == ((D(0), D("200.00"), D("0.00")), (D(15), D("554.97"), D("83.25")))
    assert doc.issue_date == date(2026, 11, 23) and doc.issue_time == time(12, 0)  # Riyadh's clock
    assert doc.buyer.name == "أحمد العتيبي"
    assert doc.buyer.phone == "+966551234567" and doc.seller.vat_number == "310122393500003"
    assert preview_totals(lines, BusinessProfile(vat_rate=D(15)))[1:] == (D("754.97"), D("83.25"), D("838.22"))


def test_prices_including_vat(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("115"), prices_include_vat=True), at=NOON)
    doc = printable_invoice(shop, issued.id)
    assert (doc.net, doc.vat, doc.total) == (D("100.00"), D("15.00"), D("115.00"))
    assert doc.prices_include_vat


def test_qr_code_holds_the_invoice_fields(shop: Database, customer: int) -> None:
    issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON)
    doc = printable_invoice(shop, "inv-000001")  # found whatever the case typed
    assert doc.qr_payload is not None
    assert decode_tlv(doc.qr_payload) == {
        1: "مؤسسة النور للتجارة",
        2: "310122393500003",
        3: "2026-11-23T09:00:00Z",
        4: "115.00",
        5: "15.00",
    }


def test_no_qr_code_without_a_vat_number(db: Database) -> None:
    save_profile(db, BusinessProfile(name_ar="دكان", country="EG", currency="EGP", vat_rate=D(14)))
    customer = add_customer(db, CustomerDraft("منى"))
    issued = issue_invoice(db, InvoiceDraft(customer, one_line("100")), at=NOON)
    doc = printable_invoice(db, issued.number)
    assert doc.qr_payload is None and doc.currency == "EGP" and doc.vat == D("14.00")


def test_numbers_are_sequential_with_the_owners_prefix(shop: Database, customer: int) -> None:
    for _ in range(3):
        issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    save_profile(shop, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", invoice_prefix="2026/"))
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    assert issued.number == "2026/000004"


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ([], "lines"),
        (one_line(quantity="-1"), "quantity"),
        (one_line(quantity="0"), "quantity"),
        (one_line(price="10", discount=D(11)), "discount"),
        (one_line(vat_rate=D(101)), "vat_rate"),
        (one_line(price="-5"), "unit_price"),
        (one_line(price="1.005"), "unit_price"),
        ([LineDraft("  ", D(1), D(1))], "description"),
    ],
)
def test_bad_invoices_are_refused_and_nothing_is_saved(
    shop: Database, customer: int, lines: list[LineDraft], field: str
) -> None:
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    assert refused.value.field == field and str(refused.value)
    assert invoice_count(shop) == 0
    assert customer_details(shop, customer).stage == Stage.PROSPECT
    # The refused invoice took no number: the next one is still the first.
    assert issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON).number == "INV-000001"


def test_bad_line_is_named(shop: Database, customer: int) -> None:
    lines = [*one_line(), *one_line(quantity="-2")]
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    assert refused.value.line == 1


def test_invoices_need_a_profile_and_a_customer_in_the_book(db: Database) -> None:
    customer = add_customer(db, CustomerDraft("منى"))
    with pytest.raises(SalesError) as refused:
        issue_invoice(db, InvoiceDraft(customer, one_line()))
    assert refused.value.field == "profile"
    save_profile(db, BusinessProfile(name_ar="دكان"))
    archive_customer(db, customer)
    with pytest.raises(SalesError) as refused:
        issue_invoice(db, InvoiceDraft(customer, one_line()))
    assert refused.value.field == "customer"
    with pytest.raises(SalesError):
        issue_invoice(db, InvoiceDraft(customer + 99, one_line()))
    assert invoice_count(db) == 0


def test_stage_moves_with_purchases_and_a_purchase_is_logged(shop: Database, customer: int) -> None:
    issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    assert customer_details(shop, customer).stage == Stage.FIRST_PURCHASE
    second = issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON + timedelta(days=1))
    assert not second.first_purchase
    assert customer_details(shop, customer).stage == Stage.ACTIVE
    purchases = [i for i in customer_timeline(shop, customer) if i.kind == InteractionKind.PURCHASE]
    assert [p.note for p in purchases] == ["INV-000002", "INV-000001"]


def test_lost_customer_who_buys_is_won_back(shop: Database) -> None:
    lost = add_customer(shop, CustomerDraft("سالم", stage=Stage.LOST))
    issue_invoice(shop, InvoiceDraft(lost, one_line()), at=NOON)
    assert customer_details(shop, lost).stage == Stage.WON_BACK


def test_first_invoice_starts_the_satisfaction_call(shop: Database, customer: int) -> None:
    issue_invoice(shop, InvoiceDraft(customer, one_line()), at=datetime.now(timezone.utc))
    apply_follow_up_rules(shop, today=shop_today(shop))
    origins = [f.origin for f in customer_follow_ups(shop, customer)]
    assert FollowUpOrigin.SATISFACTION in origins


def test_subscription_sets_the_renewal_date(shop: Database, customer: int) -> None:
    item = add_catalogue_item(shop, CatalogueDraft("اشتراك", D(500), renewal_every=12, renewal_unit=CadenceUnit.MONTHS))
    issue_invoice(shop, InvoiceDraft(customer, one_line("500", item_id=item)), at=NOON)
    assert customer_details(shop, customer).renewal_on == date(2027, 11, 23)


# --- two copies of the program at once -------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    from decimal import Decimal
    from pathlib import Path
    from retention_desktop.db import open_database
    from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

    path, customer, count, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    db = open_database(path)
    while not start.exists():
        time.sleep(0.005)
    for _ in range(count):
        issue_invoice(db, InvoiceDraft(customer, [LineDraft("x", Decimal(1), Decimal(10))]))
    db.close()
    """
)


def test_two_programs_issuing_at_once_get_gapless_distinct_numbers(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    db = open_database(path)
    save_profile(db, BusinessProfile(name_ar="دكان", vat_number="310122393500003"))
    customers = [add_customer(db, CustomerDraft(f"زبون {i}")) for i in range(2)]
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    start = tmp_path / "go"
    count = 30
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), str(c), str(count), str(start)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for c in customers
    ]
    start.touch()  # both start issuing at the same moment
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    with db.session() as session:
        rows = session.execute(select(Invoice.sequence, Invoice.number, Invoice.customer_id)).all()
    assert sorted(r.sequence for r in rows) == list(range(1, 2 * count + 1))
    assert len({r.number for r in rows}) == 2 * count
    assert {r.customer_id for r in rows} == set(customers)  # both really wrote
    db.close()


# --- credit notes and payments ---------------------------------------------------------------


def test_credit_note_takes_back_part_of_a_line(shop: Database, customer: int) -> None:
    lines = [LineDraft("كابل", D(4), D(25), discount=D(10)), LineDraft("تركيب", D(1), D(100))]
    issued = issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    details = document_details(shop, issued.id)
    cable, fitting = (line.id for line in details.printable.lines)
    note = issue_credit_note(shop, issued.id, {cable: D(2)}, reason="مرتجع", at=NOON + timedelta(hours=1))
    assert note.number == "CN-000001" and note.kind == DocumentKind.CREDIT_NOTE
    # 2 × 25 = 50, less half the 10 discount = 45, + 15 % = 51.75; negative on the credit note.
    printed = printable_invoice(shop, note.number)
    assert (printed.net, printed.vat, printed.total) == (D("-45.00"), D("-6.75"), D("-51.75"))
    assert printed.corrects_number == issued.number and printed.note == "مرتجع"
    assert printed.lines[0].quantity == D(2)
    after = document_details(shop, issued.id)
    assert after.credited == D("51.75") and after.quantities_left == {cable: D(2), fitting: D(1)}
    assert [c.number for c in after.corrections] == ["CN-000001"]
    # No more can be taken back than was sold.
    with pytest.raises(SalesError) as refused:
        issue_credit_note(shop, issued.id, {cable: D(3)}, reason="مرتجع")
    assert refused.value.field == "quantity" and "2" in str(refused.value)


def test_full_credit_cancels_the_invoice(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("100", quantity="2")), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    issue_credit_note(shop, issued.id, {line: D(2)}, reason="ألغيت")
    details = document_details(shop, issued.id)
    assert details.status == PaymentStatus.CREDITED and details.balance == 0
    with pytest.raises(SalesError):
        record_payment(shop, issued.id, amount=D(1), paid_on=date(2026, 11, 23), method=PaymentMethod.CASH)


@pytest.mark.parametrize(("returns", "reason", "field"), [({}, "سبب", "lines"), (None, "  ", "reason")])
def test_bad_credit_notes_are_refused(
    shop: Database, customer: int, returns: dict[int, D] | None, reason: str, field: str
) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    with pytest.raises(SalesError) as refused:
        issue_credit_note(shop, issued.id, {line: D(1)} if returns is None else returns, reason=reason)
    assert refused.value.field == field
    assert invoice_count(shop) == 1


def test_payments_move_the_status(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON)
    today = date(2026, 11, 25)
    assert document_details(shop, issued.id).status == PaymentStatus.UNPAID
    record_payment(shop, issued.id, amount=D(50), paid_on=date(2026, 11, 23), method=PaymentMethod.CASH, today=today)
    assert document_details(shop, issued.id).status == PaymentStatus.PARTLY_PAID
    record_payment(shop, issued.id, amount=D(65), paid_on=today, method=PaymentMethod.CARD, note="مدى", today=today)
    details = document_details(shop, issued.id)
    assert details.status == PaymentStatus.PAID and details.balance == 0
    assert [(p.amount, p.method) for p in details.payments] == [(D(50), PaymentMethod.CASH), (D(65), PaymentMethod.CARD)]


@pytest.mark.parametrize(
    ("amount", "paid_on", "field"),
    [
        ("0", date(2026, 11, 23), "amount"),
        ("-5", date(2026, 11, 23), "amount"),
        ("115.01", date(2026, 11, 23), "amount"),
        ("1.001", date(2026, 11, 23), "amount"),
        ("10", date(2026, 11, 26), "paid_on"),  # after today
        ("10", date(2026, 11, 22), "paid_on"),  # before the invoice
    ],
)
def test_bad_payments_are_refused(shop: Database, customer: int, amount: str, paid_on: date, field: str) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON)
    with pytest.raises(SalesError) as refused:
        record_payment(shop, issued.id, amount=D(amount), paid_on=paid_on, method=PaymentMethod.CASH, today=date(2026, 11, 25))
    assert refused.value.field == field and str(refused.value)
    assert document_details(shop, issued.id).payments == ()


# --- reading back ----------------------------------------------------------------------------


def test_purchase_history_and_totals(shop: Database, customer: int) -> None:
    first = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON - timedelta(days=30))
    second = issue_invoice(shop, InvoiceDraft(customer, one_line("200")), at=NOON)
    record_payment(shop, first.id, amount=D(115), paid_on=date(2026, 10, 24), method=PaymentMethod.CASH)
    line = document_details(shop, second.id).printable.lines[0].id
    issue_credit_note(shop, second.id, {line: D(1)}, reason="مرتجع", at=NOON + timedelta(hours=2))
    other = add_customer(shop, CustomerDraft("منى"))
    issue_invoice(shop, InvoiceDraft(other, one_line("999")), at=NOON)

    history = purchase_history(shop, customer)
    assert [d.number for d in history.documents] == ["CN-000001", "INV-000002", "INV-000001"]
    assert history.invoice_count == 2
    assert history.first_purchase == date(2026, 10, 24) and history.last_purchase == date(2026, 11, 23)
    (sar,) = history.totals
    assert (sar.currency, sar.spent, sar.paid, sar.due) == ("SAR", D("115.00"), D("115.00"), D("0.00"))
    assert history.documents[1].status == PaymentStatus.CREDITED


def test_list_documents_searches_and_filters(shop: Database, customer: int) -> None:
    other = add_customer(shop, CustomerDraft("Mona Saleh"))
    paid = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON - timedelta(days=1))
    issue_invoice(shop, InvoiceDraft(other, one_line("50")), at=NOON)
    record_payment(shop, paid.id, amount=D(115), paid_on=date(2026, 11, 22), method=PaymentMethod.CASH)
    rows, total = list_documents(shop)
    assert total == 2 and [r.number for r in rows] == ["INV-000002", "INV-000001"]
    assert [r.number for r in list_documents(shop, text="mona")[0]] == ["INV-000002"]
    assert [r.number for r in list_documents(shop, text="احمد")[0]] == ["INV-000001"]  # أحمد, as the book finds him
    assert [r.number for r in list_documents(shop, text="0551234567")[0]] == ["INV-000001"]
    assert [r.number for r in list_documents(shop, text="000001")[0]] == ["INV-000001"]
    assert [r.number for r in list_documents(shop, text="inv-000002")[0]] == ["INV-000002"]  # any case
    assert list_documents(shop, text="%")[1] == 0 and list_documents(shop, text="_")[1] == 0  # not wildcards
    assert [r.number for r in list_documents(shop, unpaid_only=True)[0]] == ["INV-000002"]


def test_reprint_is_unchanged_by_later_profile_and_customer_changes(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    before = printable_invoice(shop, issued.number)
    save_profile(shop, BusinessProfile(name_ar="اسم جديد", vat_number="300000000000003", address="جدة"))
    after = printable_invoice(shop, issued.number)
    assert after == before


def test_unknown_number_is_a_clear_error(shop: Database) -> None:
    with pytest.raises(SalesError) as refused:
        printable_invoice(shop, "INV-999")
    assert "INV-999" in str(refused.value)


def test_credit_note_qr_code_carries_positive_amounts(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    note = issue_credit_note(shop, issued.id, {line: D(1)}, reason="مرتجع", at=NOON)
    payload = printable_invoice(shop, note.number).qr_payload
    assert payload is not None
    assert (decode_tlv(payload)[4], decode_tlv(payload)[5]) == ("115.00", "15.00")


def test_credit_note_preview_matches_what_is_issued(shop: Database, customer: int) -> None:
    lines = [LineDraft("كابل", D(3), D("33.33"), discount=D("10.01")), LineDraft("تركيب", D(1), D(100))]
    issued = issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    details = document_details(shop, issued.id)
    cable = details.printable.lines[0].id
    assert preview_credit_note(details, {}) == D("0.00")
    expected = preview_credit_note(details, {cable: D(2)})
    note = issue_credit_note(shop, issued.id, {cable: D(2)}, reason="مرتجع")
    assert note.total == expected
    assert document_details(shop, note.id).corrects_id == issued.id
    with pytest.raises(SalesError) as refused:
        preview_credit_note(document_details(shop, issued.id), {cable: D(2)})
    assert refused.value.line == 0


def test_catalogue_price_is_kept_to_the_currency_decimals(shop: Database) -> None:
    add_catalogue_item(shop, CatalogueDraft("قهوة", D("35.5")))
    assert str(catalogue_items(shop)[0].unit_price) == "35.50"


def test_long_invoice_note_is_refused(shop: Database, customer: int) -> None:
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, one_line(), note="x" * 1001))
    assert refused.value.field == "note" and invoice_count(shop) == 0


def test_the_seller_is_stored_once_per_version_of_the_profile(shop: Database, customer: int) -> None:
    for _ in range(3):
        issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    save_profile(shop, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", address="جدة"))
    issue_invoice(shop, InvoiceDraft(customer, one_line()), at=NOON)
    with shop.session() as session:
        sellers = session.scalars(select(Invoice.seller_id).order_by(Invoice.id)).all()
    assert sellers[0] == sellers[1] == sellers[2] != sellers[3]
    assert printable_invoice(shop, "INV-000001").seller.address == "الرياض، حي العليا"
    assert printable_invoice(shop, "INV-000004").seller.address == "جدة"


def test_paid_then_credited_invoice_owes_a_refund_until_it_is_recorded(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("100", quantity="2")), at=NOON)
    today = date(2026, 11, 25)
    with pytest.raises(SalesError) as refused:
        record_refund(shop, issued.id, amount=D(1), paid_on=today, method=PaymentMethod.CASH, today=today)
    assert refused.value.field == "amount"  # nothing is owed back yet
    record_payment(shop, issued.id, amount=D(230), paid_on=today, method=PaymentMethod.CARD, today=today)
    line = document_details(shop, issued.id).printable.lines[0].id
    issue_credit_note(shop, issued.id, {line: D(1)}, reason="مرتجع")
    details = document_details(shop, issued.id)
    assert details.status == PaymentStatus.REFUND_DUE and details.balance == D("-115.00")
    with pytest.raises(SalesError) as refused:
        record_refund(shop, issued.id, amount=D("115.01"), paid_on=today, method=PaymentMethod.CASH, today=today)
    assert "SAR 115.00" in str(refused.value)
    record_refund(shop, issued.id, amount=D(115), paid_on=today, method=PaymentMethod.CASH, today=today)
    details = document_details(shop, issued.id)
    assert details.status == PaymentStatus.PAID and details.balance == 0
    assert [p.amount for p in details.payments] == [D(230), D(-115)]
    (sar,) = purchase_history(shop, customer).totals
    assert (sar.spent, sar.paid, sar.due) == (D("115.00"), D("115.00"), D("0.00"))

"""Sales: catalogue, issuing invoices with gapless numbers, credit notes, payments, purchase history."""

from __future__ import annotations

from dataclasses import replace

import subprocess
import sys
import textwrap
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_DOWN, Decimal as D
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
from retention_desktop.credits import preview_credit_note
from retention_desktop.profile import BusinessProfile, get_profile, save_profile
from retention_desktop.purchase_figures import purchase_figures
from retention_desktop.rules import apply_follow_up_rules
from retention_desktop.printable import InvoicePayments, printable_invoice
from retention_desktop.catalogue import (
    add_catalogue_item,
    catalogue_items,
    CatalogueDraft,
    set_catalogue_item_archived,
    update_catalogue_item,
)
from retention_desktop.documents import (
    amounts_due,
    document_currencies,
    document_details,
    list_documents,
    purchase_history,
)
from retention_desktop.sales import (
    CreditOfDraft,
    CreditRequest,
    InvoiceDraft,
    LineDraft,
    PaidNow,
    PaymentOfDraft,
    PaymentStatus,
    issue_credit_note,
    issue_invoice,
    preview_totals,
    record_payment,
    record_refund,
)
from retention_desktop.sales_batch import SalesBatch
from retention_desktop.sales_errors import SalesError
from retention_desktop.zatca import decode_tlv

pytestmark = pytest.mark.both_databases  # these run on SQLite and on a PostgreSQL server (tests/conftest.py)

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


@pytest.mark.parametrize("book_place", ["sqlite", "postgresql"], indirect=True)
def test_two_programs_issuing_at_once_get_gapless_distinct_numbers(tmp_path: Path, book_place: str) -> None:
    path = book_place
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


def test_invoices_and_credit_notes_issued_in_one_call_come_in_its_order(shop: Database, customer: int) -> None:
    """SalesBatch.issue_in_order (the demo's sales): invoices and credit notes, of an invoice issued
    before or of one issued earlier in the same call, numbered and stored in the order given, each
    as the single functions make it, the customer's figures and history moved on once for all."""
    other = add_customer(shop, CustomerDraft("سارة القحطاني", phones=("0557654321",)))
    before = issue_invoice(shop, InvoiceDraft(other, [LineDraft("كابل", D(3), D(20))]), at=NOON)
    first = InvoiceDraft(customer, [LineDraft("كابل", D(4), D(25), discount=D(10)), LineDraft("تركيب", D(1), D(100))])
    second = InvoiceDraft(other, one_line("50"))
    last = InvoiceDraft(customer, one_line("80"), note="الدفعة الثانية")
    steps = [
        first,
        second,
        CreditOfDraft(first, {0: D(2)}, "مرتجع", NOON + timedelta(hours=2)),
        CreditRequest(before.id, {before.line_ids[0]: D(1)}, "تالف", NOON + timedelta(hours=3)),
        last,
    ]
    moments = [NOON + timedelta(hours=1), NOON + timedelta(hours=1, minutes=5), None, None, NOON + timedelta(hours=4)]
    with shop.writing() as session:
        issued = SalesBatch(session).issue_in_order(steps, at=moments)
    assert [d.number for d in issued] == ["INV-000002", "INV-000003", "CN-000001", "CN-000002", "INV-000004"]
    assert [d.id for d in issued] == sorted(d.id for d in issued) and issued[0].id > before.id
    note = printable_invoice(shop, "CN-000001")
    # As test_credit_note_takes_back_part_of_a_line: 2 × 25, less half the discount, + 15 %.
    assert (note.net, note.vat, note.total, note.corrects_number) == (D("-45.00"), D("-6.75"), D("-51.75"), "INV-000002")
    assert [(line.description, line.quantity) for line in note.lines] == [("كابل", D(2))]
    assert printable_invoice(shop, "CN-000002").corrects_number == before.number
    assert document_details(shop, issued[0].id).quantities_left == {issued[0].line_ids[0]: D(2), issued[0].line_ids[1]: D(1)}
    assert printable_invoice(shop, "INV-000004").note == "الدفعة الثانية"
    spent = sum(printable_invoice(shop, number).total for number in ("INV-000002", "CN-000001", "INV-000004"))
    figures = purchase_figures(shop, customer)
    assert (figures.purchase_count, figures.purchase_days, figures.spent) == (2, 1, (("SAR", spent),))
    assert [t.spent for t in purchase_history(shop, customer, limit=None).totals] == [spent]
    assert purchase_figures(shop, other).spent == (("SAR", before.total + issued[1].total + issued[3].total),)
    assert [row.note for row in customer_timeline(shop, customer) if row.kind == InteractionKind.PURCHASE] == ["INV-000004", "INV-000002"]
    assert customer_details(shop, customer).stage == Stage.ACTIVE  # a first purchase, then a second


def test_a_credit_note_refused_in_one_call_leaves_the_steps_before_it_whole(shop: Database, customer: int) -> None:
    """A caller that keeps what came before the refused step (it catches the error and commits)
    keeps invoices numbered without a gap, with their purchases and figures."""
    sold = InvoiceDraft(customer, one_line("100", "2"))
    with shop.writing() as session:
        batch = SalesBatch(session)
        with pytest.raises(SalesError):
            batch.issue_in_order([sold, CreditOfDraft(sold, {0: D(3)}, "مرتجع"), InvoiceDraft(customer, one_line("5"))], at=[NOON, None, NOON])
    assert [row.number for row in list_documents(shop)[0]] == ["INV-000001"]
    assert purchase_figures(shop, customer).purchase_count == 1
    assert [row.note for row in customer_timeline(shop, customer) if row.kind == InteractionKind.PURCHASE] == ["INV-000001"]
    assert issue_invoice(shop, InvoiceDraft(customer, one_line("7")), at=NOON).number == "INV-000002"


def test_a_credit_note_refused_in_one_call_saves_nothing_of_the_call(shop: Database, customer: int) -> None:
    sold = InvoiceDraft(customer, one_line("100", "2"))
    with pytest.raises(SalesError) as refused, shop.writing() as session:
        SalesBatch(session).issue_in_order([sold, CreditOfDraft(sold, {0: D(3)}, "مرتجع")], at=[NOON, None])
    assert refused.value.field == "quantity"
    assert list_documents(shop)[1] == 0 and purchase_figures(shop, customer).purchase_count == 0


def test_payments_of_invoices_issued_in_the_same_call_are_stored_with_them(shop: Database, customer: int) -> None:
    """SalesBatch.issue_in_order with payments (PaymentOfDraft): each invoice is stored with what
    was paid of it and settled when paid in full, its payments recorded as record_payment records
    them, and a payment is checked against what the credit notes before it left due."""
    paid_in_full = InvoiceDraft(customer, one_line("100"))  # 115.00 with VAT
    half_paid = InvoiceDraft(customer, one_line("200"))  # 230.00
    credited = InvoiceDraft(customer, one_line("100", "2"))  # 230.00, half of it taken back
    day = date(2026, 11, 23)
    steps = [
        paid_in_full,
        half_paid,
        credited,
        CreditOfDraft(credited, {0: D(1)}, "مرتجع", NOON + timedelta(hours=1)),
        PaymentOfDraft(paid_in_full, D("115.00"), day, PaymentMethod.CASH),
        PaymentOfDraft(half_paid, D("100.00"), day, PaymentMethod.CARD, "الدفعة الأولى"),
        PaymentOfDraft(half_paid, D("15.00"), day, PaymentMethod.CASH),
        PaymentOfDraft(credited, D("115.00"), day, PaymentMethod.BANK_TRANSFER),
    ]
    with shop.writing() as session:
        issued = SalesBatch(session, today=day).issue_in_order(steps, at=[NOON, NOON, NOON, None, None, None, None, None])
    assert [d.number for d in issued] == ["INV-000001", "INV-000002", "INV-000003", "CN-000001"]
    full, half, returned = (document_details(shop, d.id) for d in issued[:3])
    assert (full.status, full.paid, full.balance) == (PaymentStatus.PAID, D("115.00"), 0)
    assert (half.status, half.paid, half.balance) == (PaymentStatus.PARTLY_PAID, D("115.00"), D("115.00"))
    assert [(p.amount, p.method, p.note) for p in half.payments] == [(D("100.00"), PaymentMethod.CARD, "الدفعة الأولى"), (D("15.00"), PaymentMethod.CASH, "")]
    assert (returned.status, returned.credited, returned.paid, returned.balance) == (PaymentStatus.PAID, D("115.00"), D("115.00"), 0)
    with shop.reading() as connection:
        settled = {number: done for number, done in connection.execute(select(Invoice.number, Invoice.settled))}
    assert settled == {"INV-000001": True, "INV-000002": False, "INV-000003": True, "CN-000001": True}
    # The next ones, one at a time, follow without a gap.
    assert record_payment(shop, issued[1].id, amount=D("115.00"), paid_on=day, method=PaymentMethod.CASH, today=day).amount == D("115.00")
    assert document_details(shop, issued[1].id).status == PaymentStatus.PAID
    assert issue_invoice(shop, InvoiceDraft(customer, one_line("5")), at=NOON).number == "INV-000004"


def test_a_payment_refused_in_one_call_leaves_the_steps_before_it_whole(shop: Database, customer: int) -> None:
    sold = InvoiceDraft(customer, one_line("100", "2"))  # 230.00 with VAT
    day = date(2026, 11, 23)
    steps = [
        sold,
        CreditOfDraft(sold, {0: D(1)}, "مرتجع"),
        PaymentOfDraft(sold, D("15.00"), day, PaymentMethod.CASH),
        PaymentOfDraft(sold, D("115.00"), day, PaymentMethod.CASH),
        InvoiceDraft(customer, one_line("5")),
    ]
    with shop.writing() as session:
        with pytest.raises(SalesError) as refused:  # more than the credit note and the first payment left due
            SalesBatch(session, today=day).issue_in_order(steps, at=[NOON, None, None, None, NOON])
    assert refused.value.field == "amount" and "100" in str(refused.value)
    assert [row.number for row in list_documents(shop)[0]] == ["CN-000001", "INV-000001"]
    details = document_details(shop, list_documents(shop)[0][1].id)
    assert (details.paid, [p.amount for p in details.payments], details.status) == (D("15.00"), [D("15.00")], PaymentStatus.PARTLY_PAID)
    assert issue_invoice(shop, InvoiceDraft(customer, one_line("7")), at=NOON).number == "INV-000002"


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


# --- paid at the counter -------------------------------------------------------------------


def test_paid_now_records_the_payment_in_the_invoices_own_transaction(shop: Database, customer: int) -> None:
    full = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), at=NOON, paid_now=PaidNow(D("115.00"), PaymentMethod.CARD))
    assert full.payment is not None and full.payment.amount == D("115.00")
    details = document_details(shop, full.id)
    assert details.status == PaymentStatus.PAID and details.balance == 0
    # On the invoice's own day, by the method chosen, as record_payment keeps payments.
    assert [(p.paid_on, p.amount, p.method) for p in details.payments] == [(date(2026, 11, 23), D("115.00"), PaymentMethod.CARD)]

    part = issue_invoice(shop, InvoiceDraft(customer, one_line("100")), paid_now=PaidNow(D("50"), PaymentMethod.CASH, "عربون"))
    details = document_details(shop, part.id)
    assert details.status == PaymentStatus.PARTLY_PAID and details.balance == D("65.00")
    assert [(p.amount, p.method, p.note) for p in details.payments] == [(D(50), PaymentMethod.CASH, "عربون")]
    assert [r.number for r in list_documents(shop, unpaid_only=True)[0]] == [part.number]


@pytest.mark.parametrize(("amount", "field"), [("115.01", "paid_amount"), ("0", "paid_amount"), ("-5", "paid_amount"), ("1.001", "paid_amount"), ("NaN", "paid_amount")])
def test_a_bad_amount_paid_now_saves_neither_the_invoice_nor_the_payment(shop: Database, customer: int, amount: str, field: str) -> None:
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, one_line("100")), paid_now=PaidNow(D(amount), PaymentMethod.CASH))
    assert refused.value.field == field and str(refused.value)
    assert invoice_count(shop) == 0
    # The number was not used up: the next invoice takes it.
    assert issue_invoice(shop, InvoiceDraft(customer, one_line("100"))).number == "INV-000001"
    assert customer_details(shop, customer).stage == Stage.FIRST_PURCHASE  # moved once, by the invoice that stayed


def test_more_than_the_total_says_what_is_due(shop: Database, customer: int) -> None:
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, one_line("100")), paid_now=PaidNow(D(200), PaymentMethod.CASH))
    assert "115" in str(refused.value)


# --- discounts typed as a percentage --------------------------------------------------------


def test_a_percentage_discount_is_stored_with_the_amount_it_comes_to(shop: Database, customer: int) -> None:
    lines = [
        LineDraft("قص شعر", D(3), D("33.33"), discount_percent=D(10)),  # 99.99 → 10.00 off
        LineDraft("صبغة", D(1), D("100"), discount=D("5")),
    ]
    line_totals, net, vat, total = preview_totals(lines, BusinessProfile(vat_rate=D(15)))
    assert line_totals == (D("103.49"), D("109.25")) and (net, vat, total) == (D("184.99"), D("27.75"), D("212.74"))
    issued = issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    printed = printable_invoice(shop, issued.number)
    assert [(line.discount, line.discount_percent) for line in printed.lines] == [(D("10.00"), D(10)), (D(5), None)]
    assert printed.discount == D("15.00") and printed.total == total  # the preview, the stored lines and the totals agree
    assert sum(line.net for line in printed.lines) == printed.net


@pytest.mark.parametrize("percent", ["100.01", "-1", "10.555", "NaN"])
def test_a_bad_percentage_is_refused_at_its_line(shop: Database, customer: int, percent: str) -> None:
    lines = [LineDraft("قص", D(1), D(10)), LineDraft("صبغة", D(1), D(100), discount_percent=D(percent))]
    with pytest.raises(SalesError) as refused:
        issue_invoice(shop, InvoiceDraft(customer, lines))
    assert refused.value.field == "discount" and refused.value.line == 1 and str(refused.value)
    assert invoice_count(shop) == 0


def test_a_whole_line_off_leaves_it_at_zero(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, [LineDraft("هدية", D(2), D("19.99"), discount_percent=D(100))]))
    assert issued.total == D("0.00")


# --- credit notes that correct a price --------------------------------------------------------


def test_a_credit_note_corrects_a_price(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("120")), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    before = printable_invoice(shop, issued.number)
    assert preview_credit_note(document_details(shop, issued.id), {}, {line: D(100)}) == D("-23.00")
    note = issue_credit_note(shop, issued.id, {}, reason="السعر الصحيح 100", prices={line: D(100)})
    printed = printable_invoice(shop, note.number)
    (credit,) = printed.lines
    # 20 off the one unit, + 15 % VAT; the line says it corrects the price.
    assert (credit.quantity, credit.unit_price, credit.total, credit.corrects_price) == (D(1), D(20), D("-23.00"), True)
    assert printed.total == D("-23.00")
    details = document_details(shop, issued.id)
    assert details.credited == D("23.00") and details.balance == D("115.00")
    assert details.quantities_left == {line: D(1)}  # nothing taken back: the unit is still sold, at 100
    assert details.left[line].unit_price == D(100)
    after = printable_invoice(shop, issued.number)
    assert replace(after, payment=None) == replace(before, payment=None)  # the invoice itself is never edited,
    assert (before.payment, after.payment) == (InvoicePayments(D(0), D(0)), InvoicePayments(D(0), D("23.00")))  # what it says is left to pay is


def test_a_price_correction_cannot_raise_the_price_or_credit_more_than_is_left(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("120", quantity="2")), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    for price, field in (("120", "price"), ("130", "price"), ("-1", "price"), ("99.999", "price"), ("NaN", "price")):
        with pytest.raises(SalesError) as refused:
            issue_credit_note(shop, issued.id, {}, reason="تصحيح", prices={line: D(price)})
        assert (refused.value.field, refused.value.line) == (field, 0) and str(refused.value)
    issue_credit_note(shop, issued.id, {}, reason="تصحيح", prices={line: D(100)})
    with pytest.raises(SalesError) as refused:  # 100 is its price now
        issue_credit_note(shop, issued.id, {}, reason="تصحيح", prices={line: D(100)})
    assert "100" in str(refused.value)
    # Down to nothing, then nothing is left to correct and a return credits nothing more.
    issue_credit_note(shop, issued.id, {}, reason="مجاناً", prices={line: D(0)})
    details = document_details(shop, issued.id)
    assert details.credited == details.printable.total and details.status == PaymentStatus.CREDITED
    with pytest.raises(SalesError):
        issue_credit_note(shop, issued.id, {}, reason="تصحيح", prices={line: D(0)})
    issue_credit_note(shop, issued.id, {line: D(2)}, reason="مرتجع")
    assert document_details(shop, issued.id).credited == details.printable.total


def test_a_return_after_a_price_correction_credits_the_corrected_price(shop: Database, customer: int) -> None:
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line("120", quantity="2")), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    issue_credit_note(shop, issued.id, {}, reason="تصحيح", prices={line: D(100)})  # 2 × 20 + VAT = 46
    back = issue_credit_note(shop, issued.id, {line: D(1)}, reason="مرتجع")  # 100 + VAT, not 120
    assert back.total == D("-115.00")
    # A return and a correction on one line in one credit note: the correction applies to what stays.
    both = issue_credit_note(shop, issued.id, {line: D(0)}, reason="تصحيح", prices={line: D(90)})
    assert both.total == D("-11.50")
    assert document_details(shop, issued.id).credited == D("172.50")  # 276 - 103.50 left for the one unit at 90


def test_crediting_a_line_piece_by_piece_adds_up_to_the_line_exactly(shop: Database, customer: int) -> None:
    # 3 × 33.33 less 10.00: a third of the discount is 3.33, and line by line VAT rounding would
    # credit a cent more than was invoiced; the last piece takes exactly what is left.
    issued = issue_invoice(shop, InvoiceDraft(customer, [LineDraft("قص", D(3), D("33.33"), discount=D(10))]), at=NOON)
    line = document_details(shop, issued.id).printable.lines[0].id
    totals = [issue_credit_note(shop, issued.id, {line: D(1)}, reason="مرتجع").total for _ in range(3)]
    details = document_details(shop, issued.id)
    assert -sum(totals) == details.printable.total == D("103.49")
    assert details.status == PaymentStatus.CREDITED and details.left[line].total == 0
    with pytest.raises(SalesError) as refused:
        issue_credit_note(shop, issued.id, {line: D(1)}, reason="مرتجع")
    assert refused.value.field == "quantity"


@pytest.mark.parametrize("include_vat", [False, True])
def test_credit_notes_in_any_order_never_credit_more_than_the_line(shop: Database, customer: int, include_vat: bool) -> None:
    import random

    chance = random.Random(11 if include_vat else 7)
    for _round in range(6):
        lines = [
            LineDraft("أ", D(chance.choice(["1", "2", "3", "7", "2.5"])), D(chance.choice(["9.99", "33.33", "120", "0.01"])), discount_percent=D(chance.choice(["0", "10", "12.5"]))),
            LineDraft("ب", D(chance.choice(["3", "4"])), D("19.95"), discount=D(chance.choice(["0", "1.00", "5.55"]))),
        ]
        issued = issue_invoice(shop, InvoiceDraft(customer, lines, prices_include_vat=include_vat))
        invoiced = {line.id: line for line in printable_invoice(shop, issued.number).lines}
        for _step in range(8):
            details = document_details(shop, issued.id)
            line_id = chance.choice(list(invoiced))
            left = details.left[line_id]
            returns, prices = {}, {}
            if left.quantity > 0 and chance.random() < 0.6:
                returns[line_id] = min(left.quantity, D(chance.choice(["1", "0.5", "2"])))
            if left.can_correct_price and left.quantity > returns.get(line_id, 0) and chance.random() < 0.5:
                prices[line_id] = (left.unit_price * D(chance.choice(["0", "0.5", "0.9"]))).quantize(D("0.01"), rounding=ROUND_DOWN)
            if not returns and not prices:
                continue
            issue_credit_note(shop, issued.id, returns, reason="تصحيح", prices=prices)
        credited: dict[int, list[D]] = {line_id: [D(0)] * 3 for line_id in invoiced}
        for note in document_details(shop, issued.id).corrections:
            for credit in printable_invoice(shop, note.number).lines:
                sums = credited[[i for i in invoiced if invoiced[i].description == credit.description][0]]
                for index, amount in enumerate((credit.net, credit.vat, credit.total)):
                    sums[index] -= amount
        for line_id, line in invoiced.items():
            net, vat, total = credited[line_id]
            assert net <= line.net and vat <= line.vat and total <= line.total and net + vat == total
        # Whatever was credited so far, taking back everything left credits the invoice exactly.
        details = document_details(shop, issued.id)
        rest = {line_id: left.quantity for line_id, left in details.left.items() if left.quantity > 0}
        if rest:
            issue_credit_note(shop, issued.id, rest, reason="إلغاء")
        details = document_details(shop, issued.id)
        assert details.credited == details.printable.total


# --- names in both languages ----------------------------------------------------------------


def test_a_catalogue_line_keeps_both_names_and_a_typed_one_its_own(shop: Database, customer: int) -> None:
    haircut = add_catalogue_item(shop, CatalogueDraft("قص شعر", D(50), "Haircut"))
    dye = add_catalogue_item(shop, CatalogueDraft("صبغة", D(150)))
    lines = [
        LineDraft("Haircut", D(1), D(50), item_id=haircut),  # chosen in the English window
        LineDraft("قص شعر", D(1), D(50), item_id=haircut),  # in the Arabic one
        LineDraft("Haircut and beard", D(1), D(70), item_id=haircut),  # changed by hand
        LineDraft("صبغة", D(1), D(150), item_id=dye),  # no English name
        LineDraft("Delivery", D(1), D(10)),  # typed
    ]
    issued = issue_invoice(shop, InvoiceDraft(customer, lines), at=NOON)
    update_catalogue_item(shop, haircut, CatalogueDraft("حلاقة", D(60), "Barber cut"))  # later: reprints keep the names
    printed = printable_invoice(shop, issued.number).lines
    assert [(line.description, line.description_en) for line in printed] == [
        ("قص شعر", "Haircut"),
        ("قص شعر", "Haircut"),
        ("Haircut and beard", ""),
        ("صبغة", ""),
        ("Delivery", ""),
    ]
    assert [line.text("en") for line in printed] == ["Haircut", "Haircut", "Haircut and beard", "صبغة", "Delivery"]
    assert [line.text("ar") for line in printed] == ["قص شعر", "قص شعر", "Haircut and beard", "صبغة", "Delivery"]
    # A credit note copies both.
    note = issue_credit_note(shop, issued.id, {printed[0].id: D(1)}, reason="مرتجع")
    assert printable_invoice(shop, note.number).lines[0].text("en") == "Haircut"


def test_the_profile_keeps_the_address_and_terms_in_both_languages(shop: Database, customer: int) -> None:
    save_profile(
        shop,
        BusinessProfile(
            name_ar="مؤسسة النور", name_en="Al Noor", address="الرياض", address_en="  Riyadh ", terms="لا ترد", terms_en="No returns\r\n",
            vat_number="310122393500003",
        ),
    )
    profile = get_profile(shop)
    assert (profile.address_en, profile.terms_en) == ("Riyadh", "No returns")
    issued = issue_invoice(shop, InvoiceDraft(customer, one_line()))
    seller = printable_invoice(shop, issued.number).seller
    assert (seller.address_in("en"), seller.terms_in("en"), seller.address_in("ar"), seller.terms_in("ar")) == ("Riyadh", "No returns", "الرياض", "لا ترد")
    # Either language falls back to the other when its own is empty.
    save_profile(shop, BusinessProfile(name_ar="مؤسسة النور", address="", address_en="Riyadh", terms="لا ترد"))
    seller = printable_invoice(shop, issue_invoice(shop, InvoiceDraft(customer, one_line())).number).seller
    assert (seller.address_in("ar"), seller.terms_in("en")) == ("Riyadh", "لا ترد")


# --- the sales list a page at a time ---------------------------------------------------------


def test_every_document_is_reached_a_page_at_a_time(shop: Database, customer: int) -> None:
    # Seven invoices, three of them at the same moment (ties go by id), and a credit note.
    moments = [NOON - timedelta(days=d) for d in (5, 4, 3, 3, 3, 1, 0)]
    issued = [issue_invoice(shop, InvoiceDraft(customer, one_line(str(10 + i))), at=at) for i, at in enumerate(moments)]
    line = document_details(shop, issued[0].id).printable.lines[0].id
    issue_credit_note(shop, issued[0].id, {line: D(1)}, reason="مرتجع", at=NOON - timedelta(days=2))
    everything, count = list_documents(shop, limit=100)
    assert count == 8 and len(everything) == 8
    seen: list[str] = []
    after = None
    while True:
        page, page_count = list_documents(shop, limit=3, after=after)
        assert page_count == 8  # the count is of everything, on every page
        if not page:
            break
        seen += [r.number for r in page]
        after = page[-1].id
    assert seen == [r.number for r in everything] and len(set(seen)) == 8
    assert seen[:3] == ["INV-000007", "INV-000006", "CN-000001"]
    # With a filter and a search as well.
    record_payment(shop, issued[1].id, amount=D("12.65"), paid_on=date(2026, 11, 19), method=PaymentMethod.CASH)
    unpaid, unpaid_count = list_documents(shop, unpaid_only=True, limit=2)
    rest, _ = list_documents(shop, unpaid_only=True, limit=10, after=unpaid[-1].id)
    assert unpaid_count == 5 and len(unpaid) + len(rest) == 5 and issued[1].number not in [r.number for r in unpaid + rest]
    found, found_count = list_documents(shop, text="العتيبي", limit=4)
    more, _ = list_documents(shop, text="العتيبي", limit=4, after=found[-1].id)
    assert found_count == 8 and [r.number for r in found + more] == seen


def test_what_is_still_owed_is_summed_per_currency(shop: Database, customer: int) -> None:
    assert amounts_due(shop) == () and document_currencies(shop) == ()
    first = issue_invoice(shop, InvoiceDraft(customer, one_line("100")))
    issue_invoice(shop, InvoiceDraft(customer, one_line("200")), paid_now=PaidNow(D(30), PaymentMethod.CASH))
    issue_invoice(shop, InvoiceDraft(customer, one_line("10")), paid_now=PaidNow(D("11.50"), PaymentMethod.CASH))  # settled
    assert amounts_due(shop) == (("SAR", D("315.00")),) and document_currencies(shop) == ("SAR",)
    save_profile(shop, BusinessProfile(name_ar="مؤسسة النور", currency="KWD"))
    issue_invoice(shop, InvoiceDraft(customer, one_line("1.250")))
    line = document_details(shop, first.id).printable.lines[0].id
    issue_credit_note(shop, first.id, {line: D(1)}, reason="مرتجع")
    assert amounts_due(shop) == (("KWD", D("1.438")), ("SAR", D("200.00")))
    assert document_currencies(shop) == ("KWD", "SAR")
    other = add_customer(shop, CustomerDraft("Mona Saleh"))
    issue_invoice(shop, InvoiceDraft(other, one_line("2")))
    assert amounts_due(shop, text="mona") == (("KWD", D("2.300")),)

"""A customer's lifecycle: marked lost with a reason and a note, won back by hand or by buying again,
the history kept; the editable list of loss reasons."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from retention_desktop import tables
from retention_desktop.customers import CustomerDraft, CustomerNotFound, add_customer, customer_details, update_customer
from retention_desktop.db import Database
from retention_desktop.interactions import customer_timeline
from retention_desktop.kinds import InteractionKind, Stage
from retention_desktop.lifecycle import (
    SHIPPED_REASONS,
    LossError,
    add_loss_reason,
    current_loss,
    loss_reasons,
    mark_customer_lost,
    remove_loss_reason,
    rename_loss_reason,
    restore_loss_reason,
    restore_lost_customer,
)
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, LineDraft, issue_invoice

MOMENT = datetime(2026, 3, 10, 21, 30, tzinfo=timezone.utc)  # 00:30 on 11 March in Riyadh


def reason(db: Database, key: str) -> int:
    return next(r.id for r in loss_reasons(db) if r.key == key)


def losses(db: Database) -> list[tuple[object, ...]]:
    with db.reading() as connection:
        l = tables.customer_losses.c
        return [tuple(row) for row in connection.execute(select(l.customer_id, l.reason_id, l.note, l.lost_on, l.won_back_on).order_by(l.id))]


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db, CustomerDraft("منى الحربي", phones=("0551234567",), stage=Stage.ACTIVE))


def test_the_shipped_reasons_come_in_their_order_with_their_names(db: Database) -> None:
    reasons = loss_reasons(db)
    assert [r.key for r in reasons] == list(SHIPPED_REASONS)
    assert reasons[0].name == "Price" and reasons[5].name == "A competitor's offer" and reasons[-1].name == "Other"
    assert not any(r.archived or r.in_use for r in reasons)


def test_a_customer_marked_lost_has_the_reason_the_note_and_a_note_on_the_timeline(db: Database, customer: int) -> None:
    mark_customer_lost(db, customer, reason(db, "price"), "  وجد سعرًا أرخص  ", at=MOMENT)
    assert customer_details(db, customer).stage is Stage.LOST
    loss = current_loss(db, customer)
    assert loss is not None and (loss.reason, loss.note, loss.lost_on) == ("Price", "وجد سعرًا أرخص", MOMENT.date().replace(day=11))
    (note,) = customer_timeline(db, customer)
    assert note.kind is InteractionKind.NOTE and note.note == "Marked lost: Price.\nوجد سعرًا أرخص"
    assert [r.in_use for r in loss_reasons(db) if r.key == "price"] == [True]


def test_marking_lost_twice_an_unknown_customer_or_an_archived_reason_changes_nothing(db: Database, customer: int) -> None:
    mark_customer_lost(db, customer, reason(db, "price"), at=MOMENT)
    with pytest.raises(LossError, match="already"):
        mark_customer_lost(db, customer, reason(db, "other"))
    with pytest.raises(CustomerNotFound):
        mark_customer_lost(db, 999, reason(db, "other"))
    other = add_customer(db, CustomerDraft("سعد"))
    old = reason(db, "moved_away")
    remove_loss_reason(db, old)
    with pytest.raises(LossError) as refused:
        mark_customer_lost(db, other, old)
    assert refused.value.field == "reason"
    with pytest.raises(LossError) as refused:
        mark_customer_lost(db, other, reason(db, "other"), "x" * 2001)
    assert refused.value.field == "note"
    assert len(losses(db)) == 1 and customer_details(db, other).stage is Stage.PROSPECT
    assert len(customer_timeline(db, other)) == 0


def test_restoring_a_lost_customer_wins_them_back_and_keeps_the_history(db: Database, customer: int) -> None:
    price = reason(db, "price")
    mark_customer_lost(db, customer, price, "غالٍ", at=MOMENT)
    restore_lost_customer(db, customer, at=datetime(2026, 4, 1, 9, tzinfo=timezone.utc))
    assert customer_details(db, customer).stage is Stage.WON_BACK and current_loss(db, customer) is None
    assert losses(db) == [(customer, price, "غالٍ", MOMENT.date().replace(day=11), datetime(2026, 4, 1).date())]
    assert [i.note for i in customer_timeline(db, customer)] == ["Won back.", "Marked lost: Price.\nغالٍ"]
    mark_customer_lost(db, customer, reason(db, "lost_touch"))  # lost again: a second loss beside the first
    assert len(losses(db)) == 2 and current_loss(db, customer) is not None


def test_restoring_a_customer_who_is_not_lost_is_refused(db: Database, customer: int) -> None:
    with pytest.raises(LossError, match="not marked lost"):
        restore_lost_customer(db, customer)
    assert customer_details(db, customer).stage is Stage.ACTIVE and customer_timeline(db, customer) == []
    with pytest.raises(CustomerNotFound):
        restore_lost_customer(db, 999)


def test_a_lost_customer_who_buys_again_is_won_back(db: Database, customer: int) -> None:
    save_profile(db, BusinessProfile(name_ar="مؤسسة النور", vat_number="310122393500003", phone="0112345678", address="الرياض"))
    mark_customer_lost(db, customer, reason(db, "slow_service"), at=MOMENT)
    issue_invoice(db, InvoiceDraft(customer, [LineDraft("خدمة", D(1), D(50))]), at=datetime(2026, 5, 2, 9, tzinfo=timezone.utc))
    assert customer_details(db, customer).stage is Stage.WON_BACK and current_loss(db, customer) is None
    assert losses(db)[0][-1] == datetime(2026, 5, 2).date()


def test_an_edit_in_the_customer_dialog_does_not_move_the_stage(db: Database, customer: int) -> None:
    mark_customer_lost(db, customer, reason(db, "price"), at=MOMENT)
    update_customer(db, customer, CustomerDraft("منى الحربي", phones=("0551234567",), stage=Stage.ACTIVE))
    assert customer_details(db, customer).stage is Stage.LOST


def test_the_owner_adds_renames_archives_and_restores_reasons(db: Database, customer: int) -> None:
    parking = add_loss_reason(db, "  لا يوجد   موقف سيارات ")
    assert loss_reasons(db)[-1].name == "لا يوجد موقف سيارات"
    for bad, message in (("", "Enter the reason"), ("x" * 121, "at most"), ("price", "already"), ("لا يوجد موقف سيارات", "already")):
        with pytest.raises(LossError, match=message):
            add_loss_reason(db, bad)
    price = reason(db, "price")
    rename_loss_reason(db, price, "الأسعار")
    assert [r.name for r in loss_reasons(db) if r.id == price] == ["الأسعار"]
    rename_loss_reason(db, price, "Price")  # the shipped name again: shown translated again
    assert [r.name for r in loss_reasons(db) if r.id == price] == ["Price"]
    assert remove_loss_reason(db, parking) is False  # never used: deleted
    assert parking not in [r.id for r in loss_reasons(db, include_archived=True)]
    mark_customer_lost(db, customer, price, at=MOMENT)
    assert remove_loss_reason(db, price) is True  # in use: archived, the loss keeps it
    assert price not in [r.id for r in loss_reasons(db)]
    assert current_loss(db, customer) is not None and current_loss(db, customer).reason == "Price"  # type: ignore[union-attr]
    restore_loss_reason(db, price)
    assert price in [r.id for r in loss_reasons(db)]
    with pytest.raises(LossError):
        rename_loss_reason(db, 999, "x")


def test_a_customer_lost_before_reasons_existed_can_be_given_one(db: Database, customer: int) -> None:
    with db.writing() as session:  # as an upgraded book has them: stage lost, no loss recorded
        from retention_desktop.lifecycle import set_stages

        set_stages(session, {customer: Stage.LOST})
    assert current_loss(db, customer) is None
    mark_customer_lost(db, customer, reason(db, "moved_away"), at=MOMENT)
    loss = current_loss(db, customer)
    assert loss is not None and loss.reason == "Moved away"

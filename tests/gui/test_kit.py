"""Welcome kits in the windows: the editor in Settings, the card's button and history, the offer after a
first invoice, and the new customers without a kit printed in one go."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer
from retention_desktop.db import Database
from retention_desktop.kinds import DocumentKind, Gender
from retention_desktop.kit import kit_prints, reprint_kit
from retention_desktop.kit_texts import kit_texts
from retention_desktop.profile import BusinessProfile, save_profile
from retention_desktop.sales import InvoiceDraft, IssuedDocument, LineDraft, issue_invoice

from ui.context import AppContext
from ui.customer_book import CustomerBook
from ui.document_preview import DocumentPreviewDialog
from ui.issued_page import IssuedPage
from ui.kit_batch_dialog import NewCustomersKitsDialog
from ui.kit_editor import KitEditorDialog
from ui.placeholders import Placeholders
from ui.preferences import Preferences

from .conftest import type_text


@pytest.fixture
def shop(db: Database) -> Iterator[tuple[Database, list[int]]]:
    """A shop with three customers who bought in the last days and one who has not bought."""
    save_profile(db, BusinessProfile(name_ar="متجر الأفق", name_en="Al Ufuq", phone="0112345678", whatsapp="0551234567"))
    today = shop_today(db)
    ids = []
    for number, (name, gender) in enumerate((("سارة العتيبي", Gender.FEMALE), ("Ahmed Ali", Gender.MALE), ("نورة", Gender.FEMALE))):
        customer = add_customer(db, CustomerDraft(full_name=name, phones=(f"05611122{number:02d}",), gender=gender))
        day = datetime.combine(today - timedelta(days=3 - number), datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
        issue_invoice(db, InvoiceDraft(customer, [LineDraft("Charger", Decimal(1), Decimal("89.00"))]), at=day)
        ids.append(customer)
    add_customer(db, CustomerDraft(full_name="لم يشتر بعد", phones=("0569998888",)))
    yield db, ids


@pytest.fixture
def context(db: Database, tmp_path: Path, language: Callable[[str], None]) -> Callable[..., AppContext]:
    def make(lang: str = "en") -> AppContext:
        language(lang)
        preferences = Preferences()
        preferences.documents_folder = str(tmp_path / "documents")
        (tmp_path / "documents").mkdir(exist_ok=True)
        return AppContext(db=db, preferences=preferences, language=lang)

    return make


# ---------------------------------------------------------------------------------------------
# The editor


def editor(qtbot: QtBot, context: AppContext) -> KitEditorDialog:
    dialog = KitEditorDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: KitEditorDialog, section: str) -> None:
    for row in range(dialog.sections.count()):
        if dialog.sections.item(row).data(Qt.ItemDataRole.UserRole) == section:
            dialog.sections.setCurrentRow(row)
            return
    raise AssertionError(section)


def test_the_editor_saves_a_text_with_a_placeholder_inserted(qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext]) -> None:
    db, _ids = shop
    dialog = editor(qtbot, context("en"))
    choose(dialog, "needs")
    dialog.body.clear()
    type_text(dialog.body, "Please bring the invoice ")
    dialog.insert_menu.findChild(type(dialog.insert_menu.actions()[0]), "insert_invoice_number").trigger()
    assert dialog.body.toPlainText() == "Please bring the invoice {invoice_number}"
    dialog.save_button.click()
    saved = {t.section: t for t in kit_texts(db, "en")}
    assert saved["needs"].body == "Please bring the invoice {invoice_number}" and saved["needs"].edited
    assert not dialog.isVisible()


def test_an_unknown_placeholder_is_named_as_it_is_typed_and_not_saved(
    qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext]
) -> None:
    db, _ids = shop
    dialog = editor(qtbot, context("en"))
    choose(dialog, "welcome")
    type_text(dialog.body, " {customer_nam}")
    assert dialog.problem.isVisible() and "{customer_nam}" in dialog.problem.text()
    dialog.save_button.click()
    assert dialog.isVisible() and "{customer_nam}" in dialog.errors["general"].text()
    assert not any(t.edited for t in kit_texts(db, "en"))


def test_a_section_switched_off_and_the_other_language_kept_apart(
    qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext]
) -> None:
    db, _ids = shop
    dialog = editor(qtbot, context("en"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.body.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the kit's language, not the UI's
    item = next(dialog.sections.item(r) for r in range(dialog.sections.count()) if dialog.sections.item(r).data(Qt.ItemDataRole.UserRole) == "get_most")
    item.setCheckState(Qt.CheckState.Unchecked)
    dialog.save_button.click()
    assert [t.section for t in kit_texts(db, "ar") if not t.enabled] == ["get_most"]
    assert all(t.enabled for t in kit_texts(db, "en"))


def test_the_preview_shows_the_kit_as_it_prints(qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext]) -> None:
    dialog = editor(qtbot, context("en"))
    qtbot.waitUntil(lambda: len(dialog.preview_pages) >= 2, timeout=20_000)
    assert not dialog.preview_pages[0].pixmap().isNull()
    assert dialog.previewed is not None and dialog.previewed.customer_name == "نورة"  # the newest who bought
    choose(dialog, "welcome")
    dialog.heading.setText("Hello and welcome")
    qtbot.waitUntil(lambda: dialog.previewed is not None and dialog.previewed.section("welcome").title == "Hello and welcome", timeout=20_000)


def test_placeholders_are_shown_in_the_uis_words_and_stored_in_the_cores() -> None:
    words = Placeholders({"customer_name": "اسم_العميل", "shop_name": "اسم_المتجر"})
    stored = "{greeting}، يسعدنا {customer_name} في {shop_name}"
    shown = words.shown(stored)
    assert shown == "{greeting}، يسعدنا {اسم_العميل} في {اسم_المتجر}"
    assert words.stored(shown) == stored and words.token("customer_name") == "{اسم_العميل}"


# ---------------------------------------------------------------------------------------------
# The card and the offer after a first invoice


def previews() -> list[DocumentPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreviewDialog) and w.isVisible()]


def test_the_card_prints_a_kit_and_lists_it_with_a_reprint(
    qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext], tmp_path: Path
) -> None:
    db, ids = shop
    book = CustomerBook(context("ar"))
    qtbot.addWidget(book)
    book.resize(1100, 700)
    book.show()
    book.open_customer(ids[0])
    card = book.card
    card.kit_actions["en"].trigger()
    (printed,) = kit_prints(db, ids[0])
    assert printed.language == "en"
    shown = previews()
    assert len(shown) == 1 and "Welcome to Al Ufuq" in PdfReader(io.BytesIO(shown[0].pages.data)).pages[0].extract_text()
    assert shown[0].pages.file_name.endswith(".pdf") and shown[0].preview.view.page_count > 3  # the print preview, page by page
    first = shown[0].pages.data
    shown[0].close()
    qtbot.waitUntil(lambda: card.findChild(QPushButton, "reprintKitButton") is not None)
    entry = card.findChild(QLabel, "timelineKit")
    assert "INV-000001" in entry.text()
    card.findChild(QPushButton, "reprintKitButton").click()
    again = [dialog for dialog in previews() if dialog.isVisible()]
    assert len(again) == 1 and again[0].pages.data == first  # drawn from its record: the same file
    assert len(kit_prints(db, ids[0])) == 1  # a reprint is not a new kit


def test_a_first_invoice_offers_the_kit(qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext]) -> None:
    db, ids = shop
    page = IssuedPage(context("en"), None, "Open")  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    later = IssuedDocument(2, "INV-000002", DocumentKind.INVOICE, Decimal("102.35"), first_purchase=False)
    page.show_issued(later, "Issued")
    assert not page.kit_button.isVisible()
    first = IssuedDocument(3, "INV-000003", DocumentKind.INVOICE, Decimal("102.35"), first_purchase=True)
    page.show_issued(first, "Issued")
    assert page.kit_button.isVisible()
    page._dialog = page  # the kit's questions and messages over the page itself
    page.kit_button.click()
    (printed,) = kit_prints(db, ids[2])
    assert printed.invoice_number == "INV-000003"
    # The satisfaction call the rules book after a first purchase is in the kit, booked or not before.
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(reprint_kit(db, printed.id).pdf)).pages)
    assert "to make sure you are happy with your purchase" in text


# ---------------------------------------------------------------------------------------------
# New customers without a kit


def batch_dialog(qtbot: QtBot, context: AppContext) -> NewCustomersKitsDialog:
    dialog = NewCustomersKitsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_customers_without_a_kit_printed_into_one_file(
    qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext], tmp_path: Path
) -> None:
    db, ids = shop
    dialog = batch_dialog(qtbot, context("ar"))
    assert [row.customer_id for row in dialog.model.rows] == ids
    target = tmp_path / "kits.pdf"
    dialog.print_kits(list(dialog.model.rows), target, one_file=True)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert target.exists() and len(PdfReader(target).pages) > 6
    assert all(len(kit_prints(db, i)) == 1 for i in ids)
    assert dialog.model.rows == [] and dialog.empty.isVisible()  # every one of them has a kit now
    dialog.without_kit.setChecked(False)
    assert [row.has_kit for row in dialog.model.rows] == [True, True, True]


def test_the_selected_customers_one_file_each(
    qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext], tmp_path: Path
) -> None:
    db, ids = shop
    dialog = batch_dialog(qtbot, context("en"))
    dialog.table.selectRow(1)
    assert [row.customer_id for row in dialog.selected_rows()] == [ids[1]]
    folder = tmp_path / "kits"
    folder.mkdir()
    dialog.one_each.setChecked(True)
    dialog.print_kits(dialog.selected_rows(), folder, one_file=False)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert len(list(folder.iterdir())) == 1 and "kit printed into" in dialog.done_text.text()
    assert [row.customer_id for row in dialog.model.rows] == [ids[0], ids[2]]


def test_a_cancelled_batch_writes_nothing(qtbot: QtBot, shop: tuple[Database, list[int]], context: Callable[..., AppContext], tmp_path: Path) -> None:
    db, ids = shop
    dialog = batch_dialog(qtbot, context("en"))
    target = tmp_path / "out" / "kits.pdf"
    target.parent.mkdir()
    job = dialog.print_kits(list(dialog.model.rows) * 30, target, one_file=True)
    job.cancel()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert list(target.parent.iterdir()) == [] and "cancelled" in dialog.done_text.text()
    assert all(kit_prints(db, i) == [] for i in ids)

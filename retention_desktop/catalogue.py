"""The shop's catalogue: the products and services it sells, offered on new invoices (an invoice
keeps what it printed; an item changed or archived later changes no invoice)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.models import CadenceUnit, CatalogueItem, VatCategory, utc_now
from retention_desktop.money import MoneyError, check_amount, currency_decimals, round_money
from retention_desktop.profile import read_profile
from retention_desktop.sales_errors import SalesError, money_error
from retention_desktop.text import clean_line, fold

MAX_RENEWAL = {CadenceUnit.DAYS: 3660, CadenceUnit.WEEKS: 520, CadenceUnit.MONTHS: 120}


@dataclass(frozen=True)
class CatalogueDraft:
    """A product or service as the owner enters it. `unit_price` is in the shop's price terms (with
    VAT if the profile says prices include it); `renewal_every` + `renewal_unit` for subscriptions."""

    name_ar: str
    unit_price: Decimal
    name_en: str = ""
    vat_category: VatCategory = VatCategory.STANDARD
    renewal_every: int | None = None
    renewal_unit: CadenceUnit | None = None


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    name_ar: str
    name_en: str
    unit_price: Decimal
    vat_category: VatCategory
    renewal_every: int | None
    renewal_unit: CadenceUnit | None
    archived: bool

    def name(self, language: str) -> str:
        return (self.name_en or self.name_ar) if language == "en" else self.name_ar


def _check_item(draft: CatalogueDraft, decimals: int) -> CatalogueDraft:
    """The item with its names cleaned (text.clean_line) and its price rounded, or SalesError."""
    name_ar = clean_line(draft.name_ar)
    name_en = clean_line(draft.name_en)
    if not name_ar:
        raise SalesError(translate("Sales", "Enter the name in Arabic."), field="name_ar")
    if len(name_ar) > 200 or len(name_en) > 200:
        raise SalesError(translate("Sales", "A name has at most 200 characters."), field="name_ar" if len(name_ar) > 200 else "name_en")
    if draft.unit_price.is_finite() and draft.unit_price < 0:
        raise SalesError(translate("Sales", "The price cannot be negative."), field="unit_price")
    try:
        check_amount(draft.unit_price, field="unit_price")  # NaN, Infinity, 1e30
    except MoneyError as error:
        raise money_error(error) from error
    if draft.unit_price != round_money(draft.unit_price, decimals):
        raise SalesError(
            translate("Money", "Type at most %n digits after the decimal point.", None, decimals),
            field="unit_price",
        )
    if (draft.renewal_every is None) != (draft.renewal_unit is None):
        raise SalesError(translate("Sales", "Give the renewal period as a number and a unit."), field="renewal_every")
    if draft.renewal_every is not None and draft.renewal_unit is not None:
        limit = MAX_RENEWAL[draft.renewal_unit]
        if not 1 <= draft.renewal_every <= limit:
            raise SalesError(
                translate("Sales", "The renewal period must be from 1 to {limit}.").format(limit=limit),
                field="renewal_every",
            )
    price = round_money(draft.unit_price, decimals)  # 35.5 is kept as 35.50
    return CatalogueDraft(name_ar, price, name_en, draft.vat_category, draft.renewal_every, draft.renewal_unit)


def _catalogue_row(item: CatalogueItem) -> CatalogueRow:
    return CatalogueRow(
        item.id,
        item.name_ar,
        item.name_en,
        item.unit_price,
        item.vat_category,
        item.renewal_every,
        item.renewal_unit,
        item.archived_at is not None,
    )


def _apply_item(item: CatalogueItem, draft: CatalogueDraft) -> None:
    item.name_ar = draft.name_ar
    item.name_en = draft.name_en
    item.unit_price = draft.unit_price
    item.vat_category = draft.vat_category
    item.renewal_every = draft.renewal_every
    item.renewal_unit = draft.renewal_unit


def add_catalogue_item(db: Database, draft: CatalogueDraft) -> int:
    with db.writing() as session:
        clean = _check_item(draft, currency_decimals(read_profile(session).currency))
        item = CatalogueItem()
        _apply_item(item, clean)
        session.add(item)
        session.flush()
        return item.id


def update_catalogue_item(db: Database, item_id: int, draft: CatalogueDraft) -> None:
    """Change an item; invoices already issued keep what they printed."""
    with db.writing() as session:
        clean = _check_item(draft, currency_decimals(read_profile(session).currency))
        item = session.get(CatalogueItem, item_id)
        if item is None:
            raise SalesError(translate("Sales", "This item no longer exists."), field="item")
        _apply_item(item, clean)


def set_catalogue_item_archived(db: Database, item_id: int, archived: bool) -> None:
    """Take an item off the list offered for new invoices (or put it back); its history stays."""
    with db.writing() as session:
        item = session.get(CatalogueItem, item_id)
        if item is None:
            raise SalesError(translate("Sales", "This item no longer exists."), field="item")
        item.archived_at = utc_now() if archived else None


def catalogue_items(db: Database, *, include_archived: bool = False) -> list[CatalogueRow]:
    """The catalogue in the order of its Arabic names."""
    with db.session() as session:
        stmt = select(CatalogueItem)
        if not include_archived:
            stmt = stmt.where(CatalogueItem.archived_at.is_(None))
        items = [_catalogue_row(i) for i in session.scalars(stmt)]
    return sorted(items, key=lambda r: (r.archived, fold(r.name_ar), r.id))


__all__ = [
    "MAX_RENEWAL",
    "CatalogueDraft",
    "CatalogueRow",
    "add_catalogue_item",
    "catalogue_items",
    "set_catalogue_item_archived",
    "update_catalogue_item",
]

"""The catalogue: the products and services the shop sells, with their prices, VAT and renewal period."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.kinds import CadenceUnit, VatCategory
from retention_desktop.text import isolate_auto
from retention_desktop.money import MoneyError, currency_decimals, parse_amount, round_money
from retention_desktop.profile import BusinessProfile, get_profile
from retention_desktop.catalogue import (
    MAX_RENEWAL,
    add_catalogue_item,
    catalogue_items,
    CatalogueDraft,
    CatalogueRow,
    set_catalogue_item_archived,
    update_catalogue_item,
)
from retention_desktop.sales_errors import SalesError

from ui import style
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.table_model import Index, RowsTableModel
from ui.forms import MUTED, NumberBox, error_label, period_units, save_cancel_buttons, show_errors, with_error
from ui.labels import period_label, vat_category_label
from ui.ops import run_action
from ui.widgets import left_to_right_field, select_row

ARCHIVED_TEXT = QColor("#888888")


class Column(enum.IntEnum):
    NAME_AR = 0
    NAME_EN = 1
    PRICE = 2
    VAT = 3
    RENEWAL = 4


class CatalogueModel(RowsTableModel[CatalogueRow]):
    """The catalogue's rows as the core returned them; archived items greyed."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.currency = "SAR"

    def set_catalogue(self, rows: list[CatalogueRow], currency: str) -> None:
        changed = currency != self.currency
        self.currency = currency
        self.set_rows(rows)
        if changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.PRICE, Column.PRICE)

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME_AR: self.tr("Name in Arabic"),
            Column.NAME_EN: self.tr("Name in English"),
            # Every price is in the shop's currency: the heading names it, the prices go without.
            Column.PRICE: self.tr("Price ({currency})").format(currency=self._context.format.currency_symbol(self.currency)),
            Column.VAT: self.tr("VAT"),
            Column.RENEWAL: self.tr("Renews"),
        }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == Column.PRICE:
            return style.AMOUNT_ALIGNMENT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return ARCHIVED_TEXT if row.archived else None
        if column is Column.PRICE and role == Qt.ItemDataRole.TextAlignmentRole:
            return style.AMOUNT_ALIGNMENT
        if column is Column.PRICE and role == Qt.ItemDataRole.FontRole:
            return style.tabular(QApplication.font("QTableView"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # A name as typed, in its own isolate: "20 W fast charger with cable" keeps its order in a
        # right-to-left cell (without, the "20" jumps to the far end).
        if column is Column.NAME_AR:
            name = isolate_auto(row.name_ar)
            return self.tr("{name} (archived)").format(name=name) if row.archived else name
        if column is Column.NAME_EN:
            return isolate_auto(row.name_en)
        if column is Column.PRICE:
            return self._context.format.amount(row.unit_price, self.currency)
        if column is Column.VAT:
            return vat_category_label(row.vat_category)
        if row.renewal_every is None or row.renewal_unit is None:
            return ""
        return renewal_text(row.renewal_every, row.renewal_unit, self._context)


def renewal_text(every: int, unit: CadenceUnit, context: AppContext) -> str:
    return period_label(every, unit).replace(str(every), context.format.number(every))


class CatalogueDialog(QDialog):
    """The list of items, with add, edit, archive and restore."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Catalogue"))
        self._context = context

        self.model = CatalogueModel(context)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((Column.NAME_AR, 220), (Column.NAME_EN, 240), (Column.PRICE, 110), (Column.VAT, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _index: self.edit_item())  # double-click or Enter

        self.show_archived = QCheckBox(self.tr("Show archived items"))
        self.show_archived.setObjectName("showArchivedItems")
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.price_terms = QLabel()
        self.price_terms.setObjectName("priceTerms")
        self.price_terms.setStyleSheet(MUTED)
        self.empty = QLabel(self.tr("The catalogue is empty. Add what you sell, and invoices fill in names and prices for you."))
        self.empty.setObjectName("emptyCatalogue")
        self.empty.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add item…"))
        self.add_button.setObjectName("addItemButton")
        self.add_button.clicked.connect(lambda: self.add_item())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editItemButton")
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archiveItemButton")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.error = error_label("catalogue")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.price_terms)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(920, 520)  # the names whole on a 1024×768 screen

        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        context.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_item_id()
        profile = get_profile(self._context.db)
        self.model.set_catalogue(catalogue_items(self._context.db, include_archived=self.show_archived.isChecked()), profile.currency)
        self.empty.setVisible(not self.model.rows)
        self.price_terms.setText(
            self.tr("Prices include VAT, as set in the business profile.")
            if profile.prices_include_vat
            else self.tr("Prices are before VAT, as set in the business profile.")
        )
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rows:
            row = 0
        if row >= 0:
            select_row(self.table, row)
        self._update_buttons()

    def current_item(self) -> CatalogueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.edit_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)
        self.archive_button.setText(self.tr("Restore") if item is not None and item.archived else self.tr("Archive"))

    def add_item(self) -> CatalogueItemDialog:
        dialog = CatalogueItemDialog(self._context, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh(dialog.saved_id))
        dialog.open()
        return dialog

    def edit_item(self) -> CatalogueItemDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = CatalogueItemDialog(self._context, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh(item.id))
        dialog.open()
        return dialog

    def toggle_archived(self) -> None:
        item = self.current_item()
        if item is None:
            return
        db = self._context.db
        run_action(
            self,
            self.tr("Restore") if item.archived else self.tr("Archive"),
            lambda: set_catalogue_item_archived(db, item.id, not item.archived),
            lambda _none: self._archived_toggled(),
            handles=(SalesError,),
            on_refused=lambda error: show_errors({"catalogue": self.error}, {"catalogue": str(error)}),
        )

    def _archived_toggled(self) -> None:
        show_errors({"catalogue": self.error}, {})
        self._context.changed.emit()


class CatalogueItemDialog(QDialog):
    """Add an item (`item` None) or edit one; `saved_id` holds its id after Save."""

    def __init__(self, context: AppContext, item: CatalogueRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueItemDialog")
        self.setWindowTitle(self.tr("New item") if item is None else self.tr("Edit item"))
        self._context = context
        self.item = item
        self.saved_id: int | None = None
        self.profile: BusinessProfile = get_profile(context.db)

        self.name_ar = QLineEdit(item.name_ar if item else "")
        self.name_ar.setObjectName("itemNameAr")
        self.name_ar.setMaxLength(200)
        self.name_en = QLineEdit(item.name_en if item else "")
        self.name_en.setObjectName("itemNameEn")
        self.name_en.setMaxLength(200)
        decimals = currency_decimals(self.profile.currency)
        self.price = QLineEdit(f"{round_money(item.unit_price, decimals):f}" if item else "")
        self.price.setObjectName("itemPrice")
        left_to_right_field(self.price, self.tr("e.g. 150.00"))
        currency = QLabel(self._context.format.currency_symbol(self.profile.currency))  # «ر.س.» in Arabic, as every amount
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(currency)
        self.vat_category = QComboBox()
        self.vat_category.setObjectName("itemVatCategory")
        for category in VatCategory:
            self.vat_category.addItem(vat_category_label(category), category)
        if item:
            self.vat_category.setCurrentIndex(self.vat_category.findData(item.vat_category))

        self.renews = QCheckBox(self.tr("Every"))
        self.renews.setObjectName("itemRenews")
        self.renewal_every = NumberBox(0, max(MAX_RENEWAL.values()))
        self.renewal_every.setObjectName("itemRenewalEvery")
        self.renewal_every.setValue(item.renewal_every if item and item.renewal_every else 12)
        self.renewal_unit = period_units(
            self.renewal_every, item.renewal_unit if item and item.renewal_unit else CadenceUnit.MONTHS
        )
        self.renewal_unit.setObjectName("itemRenewalUnit")
        for widget in (self.renewal_every, self.renewal_unit):
            self.renews.toggled.connect(widget.setEnabled)
        self.renews.setChecked(bool(item and item.renewal_every))
        for widget in (self.renewal_every, self.renewal_unit):
            widget.setEnabled(self.renews.isChecked())
        renewal_row = QHBoxLayout()
        renewal_row.addWidget(self.renews)
        renewal_row.addWidget(self.renewal_every)
        renewal_row.addWidget(self.renewal_unit, 1)
        renewal_hint = QLabel(
            self.tr("For subscriptions and contracts: selling it moves the customer's renewal date on, and a call is scheduled before it.")
        )
        renewal_hint.setWordWrap(True)
        renewal_hint.setStyleSheet(MUTED)

        self.errors = {name: error_label(name) for name in ("name_ar", "name_en", "unit_price", "renewal_every", "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name in Arabic"), with_error(self.name_ar, self.errors["name_ar"]))
        form.addRow(self.tr("Name in English"), with_error(self.name_en, self.errors["name_en"]))
        price_label = self.tr("Price with VAT") if self.profile.prices_include_vat else self.tr("Price before VAT")
        form.addRow(price_label, with_error(price_row, self.errors["unit_price"]))
        form.addRow(self.tr("VAT"), self.vat_category)
        form.addRow(self.tr("Renews"), with_error(renewal_row, self.errors["renewal_every"]))

        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(renewal_hint)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(480, 0)
        self.name_ar.setFocus()

    def save(self) -> None:
        try:
            price = parse_amount(self.price.text(), decimals=currency_decimals(self.profile.currency), field="unit_price")
        except MoneyError as error:
            self._refused(error)
            return
        renews = self.renews.isChecked()
        draft = CatalogueDraft(
            name_ar=self.name_ar.text(),
            unit_price=price,
            name_en=self.name_en.text(),
            vat_category=VatCategory(self.vat_category.currentData()),
            renewal_every=self.renewal_every.value() if renews else None,
            renewal_unit=CadenceUnit(self.renewal_unit.currentData()) if renews else None,
        )
        db, item_id = self._context.db, self.item.id if self.item is not None else None

        def save() -> int:
            if item_id is None:
                return add_catalogue_item(db, draft)
            update_catalogue_item(db, item_id, draft)
            return item_id

        run_action(self, self.windowTitle(), save, self._saved, handles=(SalesError, MoneyError), on_refused=self._refused)

    def _saved(self, item_id: int) -> None:
        self.saved_id = item_id
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: SalesError | MoneyError) -> None:
        field = error.field if error.field in self.errors else "general"
        show_errors(self.errors, {field: str(error)})
        {"name_ar": self.name_ar, "name_en": self.name_en, "unit_price": self.price, "renewal_every": self.renewal_every}.get(
            field, self.name_ar
        ).setFocus()

"""One campaign: its figures, offer and targets, where the owner records each target's outcome and
enters the campaign's costs."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.campaigns import (
    CampaignDetails,
    CampaignError,
    CostLine,
    TargetRow,
    campaign_details,
    campaign_kind_name,
    channel_name,
    cost_kind_name,
    outcome_name,
    record_outcome,
    set_costs,
)
from retention_desktop.kinds import CampaignKind, CostKind, TargetOutcome
from retention_desktop.money import plain_number
from retention_desktop.occasions import occasion_name
from retention_desktop.text import isolate_auto, isolate_template

from ui import style
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import error_label, show_errors
from ui.ops import run_action
from ui.placeholders import Placeholders
from ui.table_model import Index, RowsTableModel
from ui.template_dialog import placeholder_words
from ui.widgets import select_row


class TargetColumn(enum.IntEnum):
    CUSTOMER = 0
    CONTACTED = 1
    OUTCOME = 2
    BOUGHT_ON = 3


@dataclass(frozen=True)
class _Target:
    id: int  # the customer's
    row: TargetRow


class TargetTableModel(RowsTableModel[_Target]):
    """A campaign's targets with what came of each."""

    columns = TargetColumn

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context

    def headers(self) -> dict[TargetColumn, str]:
        return {
            TargetColumn.CUSTOMER: self.tr("Customer"),
            TargetColumn.CONTACTED: self.tr("Contacted"),
            TargetColumn.OUTCOME: self.tr("Outcome"),
            TargetColumn.BOUGHT_ON: self.tr("Bought on"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        target = self.rows[index.row()].row
        match TargetColumn(index.column()):
            case TargetColumn.CUSTOMER:
                return isolate_auto(target.name)
            case TargetColumn.CONTACTED:
                return self.tr("Yes") if target.contacted else self.tr("Not yet")
            case TargetColumn.OUTCOME:
                return outcome_name(target.outcome)
        return self._context.format.date(target.bought_on)


class CampaignView(QDialog):
    """The campaign's page: figures at the top, then its targets and its costs in two tabs."""

    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignView")
        self._context = context
        self.campaign_id = campaign_id
        self.figures = QGridLayout()
        self.figure_labels = self._build_figures()
        self.summary = QLabel()
        self.summary.setObjectName("campaignSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.offer = QLabel()
        self.offer.setObjectName("campaignOffer")
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        self.model = TargetTableModel(context)
        self.table = self._targets_table()
        self.outcome = QComboBox()
        self.outcome.setObjectName("targetOutcome")
        self.outcome.addItem(outcome_name(None), None)
        for outcome in TargetOutcome:
            self.outcome.addItem(outcome_name(outcome), outcome)
        self.record_button = QPushButton(self.tr("Record the outcome"))
        self.record_button.setObjectName("recordOutcomeButton")
        self.record_button.clicked.connect(lambda: self.record_selected())
        self.costs = CostsEditor(context)
        self.costs.save_button.clicked.connect(lambda: self.save_costs())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("campaignTabs")
        self.tabs.addTab(self._targets_tab(), self.tr("Targets and outcomes"))
        self.tabs.addTab(self.costs, self.tr("Costs"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.figures)
        layout.addWidget(self.offer)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(760, 600)
        self.load()

    def _targets_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("targetTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(TargetColumn.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._follow_selection())
        return table

    def _targets_tab(self) -> QWidget:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Outcome of the selected customer:")))
        bar.addWidget(self.outcome)
        bar.addWidget(self.record_button)
        bar.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        return page

    def load(self) -> None:
        selected = self.selected_customer()
        details = campaign_details(self._context.db, self.campaign_id)
        self._show(details)
        self.model.set_rows([_Target(r.customer_id, r) for r in details.targets])
        row = self.model.row_of(selected) if selected is not None else 0
        if self.model.rows:
            select_row(self.table, max(row, 0))
        self.costs.set_lines(details.costs, details.figures.currency)

    def _show(self, details: CampaignDetails) -> None:
        f, fmt = details.figures, self._context.format
        self.setWindowTitle(f.name)
        parts = [campaign_kind_name(f.kind), channel_name(f.channel), details.audience]
        if f.kind is CampaignKind.OCCASION and details.occasion_on is not None:
            parts.append(self.tr("{occasion} on {day}").format(occasion=occasion_name(details.occasion), day=fmt.date(details.occasion_on, "long")))
        if f.call_after_days:
            parts.append(self.tr("a call %n days after the message", "", f.call_after_days))
        parts.append(self.tr("window {start} to {end}").format(start=fmt.date(f.starts_on), end=fmt.date(f.ends_on)))
        self.summary.setText(" · ".join(parts))
        offer = Placeholders(placeholder_words()).shown(details.offer)
        self.offer.setText(self.tr("Offer: {offer}").format(offer=isolate_template(offer)))
        self._figures(details)

    def _build_figures(self) -> dict[str, QLabel]:
        """The eight figures in two rows, the yardstick's two (win-back rate, cost per returned
        customer) larger; their values are set by load()."""
        captions = (
            ("targeted", self.tr("Targeted")),
            ("contacted", self.tr("Contacted")),
            ("responded", self.tr("Responded")),
            ("returned", self.tr("Returned")),
            ("responseRate", self.tr("Response rate")),
            ("winBackRate", self.tr("Win-back rate")),
            ("cost", self.tr("Costs")),
            ("costPerReturned", self.tr("Cost per returned customer")),
        )
        values = {}
        for i, (name, label) in enumerate(captions):
            caption = QLabel(label)
            style.set_role(caption, "muted")
            value = QLabel()
            value.setObjectName(f"figure_{name}")
            if name in ("winBackRate", "costPerReturned"):
                style.set_role(value, "title")
            self.figures.addWidget(caption, 2 * (i // 4), i % 4)
            self.figures.addWidget(value, 2 * (i // 4) + 1, i % 4)
            values[name] = value
        return values

    def _figures(self, details: CampaignDetails) -> None:
        f, fmt = details.figures, self._context.format
        shown = {
            "targeted": fmt.number(f.targeted),
            "contacted": fmt.number(f.contacted),
            "responded": fmt.number(f.responded),
            "returned": fmt.number(f.returned),
            "responseRate": self._context.format.share(f.response_rate),
            "winBackRate": self._context.format.share(f.win_back_rate),
            "cost": fmt.money(f.cost, f.currency),
            "costPerReturned": "–" if f.cost_per_returned is None else fmt.money(f.cost_per_returned, f.currency),
        }
        for name, text in shown.items():
            # In the window's direction: a figure alone ("40") would otherwise start on the left in Arabic.
            self.figure_labels[name].setText(fmt.paragraph(text))

    def selected_customer(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _follow_selection(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            recorded = self.model.rows[index.row()].row.recorded
            self.outcome.setCurrentIndex(max(self.outcome.findData(recorded), 0))

    def record_selected(self) -> bool:
        customer_id = self.selected_customer()
        if customer_id is None:
            return False
        outcome = self.outcome.currentData()
        return run_action(
            self,
            self.tr("Record the outcome"),
            lambda: record_outcome(self._context.db, self.campaign_id, customer_id, outcome),
            lambda _none: self._changed(),
        )

    def save_costs(self) -> bool:
        show_errors(self.costs.errors, {})
        lines = self.costs.lines()
        return run_action(
            self,
            self.tr("Save the costs"),
            lambda: set_costs(self._context.db, self.campaign_id, lines),
            lambda _none: self._changed(),
            handles=(CampaignError,),
            on_refused=self.costs.refused,
        )

    def _changed(self) -> None:
        self.load()
        self._context.changed.emit()


class CostsEditor(QWidget):
    """The campaign's cost lines: what, how much (in the shop's currency), a note."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("costTable")
        self.table.setHorizontalHeaderLabels([self.tr("Cost"), self.tr("Amount"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # The choice of cost as wide as its longest name (and the arrow), the amount as a large one.
        metrics = self.fontMetrics()
        self.table.setColumnWidth(0, max(metrics.horizontalAdvance(cost_kind_name(k)) for k in CostKind) + 5 * style.SPACE_L)
        self.table.setColumnWidth(1, metrics.horizontalAdvance("123,456.00") + 4 * style.SPACE_L)
        self.add_button = QPushButton(style.icon("plus"), self.tr("Add a cost"))
        self.add_button.setObjectName("addCostButton")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(style.icon("trash"), self.tr("Remove"))
        self.remove_button.setObjectName("removeCostButton")
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button = QPushButton(self.tr("Save the costs"))
        self.save_button.setObjectName("saveCostsButton")
        self.total = QLabel()
        self.total.setObjectName("costTotal")
        self.errors = {"costs": error_label("costs")}
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors["costs"])
        layout.addLayout(bar)

    def set_lines(self, lines: list[CostLine], currency: str) -> None:
        self.table.setRowCount(0)
        symbol = self._context.format.currency_symbol(currency)
        self.table.setHorizontalHeaderLabels([self.tr("Cost"), self.tr("Amount ({currency})").format(currency=symbol), self.tr("Note")])
        for line in lines:
            self.add_line(line)

    def add_line(self, line: CostLine | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        for cost in CostKind:
            kind.addItem(cost_kind_name(cost), cost)
        amount = QLineEdit()
        amount.setObjectName(f"costAmount{row}")
        amount.setAlignment(style.AMOUNT_ALIGNMENT)
        note = QLineEdit()
        if line is not None:
            kind.setCurrentIndex(kind.findData(line.kind))
            amount.setText(plain_number(line.amount) if not isinstance(line.amount, str) else line.amount)
            note.setText(line.note)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, amount)
        self.table.setCellWidget(row, 2, note)
        return row

    def lines(self) -> list[CostLine]:
        lines = []
        for row in range(self.table.rowCount()):
            kind, amount, note = (self.table.cellWidget(row, column) for column in range(3))
            assert isinstance(kind, QComboBox) and isinstance(amount, QLineEdit) and isinstance(note, QLineEdit)
            lines.append(CostLine(CostKind(kind.currentData()), amount.text(), note.text()))
        return lines

    def refused(self, error: CampaignError) -> None:
        message = str(error)
        if error.field.startswith("costs."):
            row = int(error.field.split(".")[1])
            message = self.tr("Line {line}: {problem}").format(line=row + 1, problem=message)
            self.table.setCurrentCell(row, 1)
        show_errors(self.errors, {"costs": message})


__all__ = ["CampaignView", "CostsEditor", "TargetTableModel"]

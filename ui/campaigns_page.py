"""The Campaigns screen: win-back campaigns and occasion sequences side by side, with what each
brought (response and win-back rates, cost per returned customer), and the actions on them."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Any

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.campaigns import CampaignFigures, campaign_figures, campaign_kind_name, channel_name, delete_campaign
from retention_desktop.kinds import CampaignKind, Channel
from retention_desktop.text import isolate_auto

from ui import style
from ui.buttons import name_buttons
from ui.columns import FittedColumns
from ui.context import AppContext
from ui.forms import EmptyState
from ui.ops import run_action
from ui.table_model import Index, RowsTableModel
from ui.widgets import select_row


class Column(enum.IntEnum):
    NAME = 0
    CHANNEL = 1
    WINDOW = 2
    TARGETED = 3
    CONTACTED = 4
    RESPONDED = 5
    RETURNED = 6
    RESPONSE_RATE = 7
    WIN_BACK_RATE = 8
    COST = 9
    COST_PER_RETURNED = 10


_NUMBERS = frozenset(Column) - {Column.NAME, Column.CHANNEL, Column.WINDOW}
NAME_MIN_WIDTH = 230  # a campaign name of four or five words, whole at 1024 pixels
# The columns beside the name, the most needed first: the narrower the window, the fewer show.
_BY_NEED = (
    Column.WIN_BACK_RATE, Column.COST_PER_RETURNED, Column.RETURNED, Column.TARGETED, Column.RESPONSE_RATE,
    Column.COST, Column.RESPONDED, Column.CONTACTED, Column.WINDOW, Column.CHANNEL,
)
# The seeds' yardstick: the two figures each campaign is read against.
_YARDSTICK = (Column.WIN_BACK_RATE, Column.COST_PER_RETURNED)


@cache
def _kind_icon(kind: CampaignKind) -> QIcon:
    """A sequence before an occasion, or a win-back campaign, told apart at a glance."""
    return style.icon("calendar-event" if kind is CampaignKind.OCCASION else "arrow-back-up", style.COLOURS.muted)


@cache
def _yardstick_font() -> QFont:
    """The two figures each campaign is read against, in bold tabular figures."""
    font = style.tabular(QApplication.font("QTableView"))
    font.setBold(True)
    return font


class CampaignTableModel(RowsTableModel[CampaignFigures]):
    """The campaigns the core listed, newest first, one row each with its figures."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Campaign"),
            Column.CHANNEL: self.tr("Channel"),
            Column.WINDOW: self.tr("Window"),
            Column.TARGETED: self.tr("Targeted"),
            Column.CONTACTED: self.tr("Contacted"),
            Column.RESPONDED: self.tr("Responded"),
            Column.RETURNED: self.tr("Returned"),
            Column.RESPONSE_RATE: self.tr("Response\nrate", "a column heading on two lines"),
            Column.WIN_BACK_RATE: self.tr("Win-back\nrate", "a column heading on two lines"),
            Column.COST: self.tr("Costs"),
            Column.COST_PER_RETURNED: self.tr("Cost per\nreturned customer", "a column heading on two lines"),
        }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return style.AMOUNT_ALIGNMENT
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(Column(section))
        return super().headerData(section, orientation, role)

    def _header_tip(self, column: Column) -> str | None:
        tips = {
            Column.CONTACTED: self.tr("A message sent or a call made, or an outcome recorded"),
            Column.RESPONDED: self.tr("Answered: declined, interested or returned"),
            Column.RETURNED: self.tr("Recorded as returned, or bought within the campaign's window"),
            Column.RESPONSE_RATE: self.tr("Responded, of the customers targeted"),
            Column.WIN_BACK_RATE: self.tr("Returned, of the customers targeted"),
            Column.COST_PER_RETURNED: self.tr("The campaign's costs divided by the customers who returned"),
        }
        return tips.get(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return f"{isolate_auto(row.name)}\n{campaign_kind_name(row.kind)}"
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NAME:
            return _kind_icon(row.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return style.AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column in _YARDSTICK:
            return _yardstick_font()
        return None

    def _text(self, row: CampaignFigures, column: Column) -> str:
        fmt = self._context.format
        match column:
            case Column.NAME:
                return isolate_auto(row.name)
            case Column.CHANNEL:
                return channel_name(row.channel)
            case Column.WINDOW:
                return f"{fmt.date(row.starts_on)} – {fmt.date(row.ends_on)}"
            case Column.TARGETED:
                return fmt.number(row.targeted)
            case Column.CONTACTED:
                return fmt.number(row.contacted)
            case Column.RESPONDED:
                return fmt.number(row.responded)
            case Column.RETURNED:
                return fmt.number(row.returned)
            case Column.RESPONSE_RATE:
                return self._context.format.share(row.response_rate)
            case Column.WIN_BACK_RATE:
                return self._context.format.share(row.win_back_rate)
            case Column.COST:
                return fmt.money(row.cost, row.currency)
        return "–" if row.cost_per_returned is None else fmt.money(row.cost_per_returned, row.currency)


class CampaignsPage(QWidget):
    """Lists the campaigns side by side; makes new ones and opens one to record its outcomes and costs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self._context = context
        self._stale = True
        self.title = QLabel(self.tr("Campaigns"))
        self.title.setObjectName("campaignsTitle")
        style.set_role(self.title, "title")
        self.count = QLabel()
        self.count.setObjectName("campaignCount")
        style.set_role(self.count, "muted")
        self.yardstick = self._yardstick()
        self.model = CampaignTableModel(context)
        self.table = self._table()
        self.empty = EmptyState(
            "emptyCampaignsText", self.tr("Start a win-back campaign"), self.new_campaign, button_name="emptyNewCampaignButton"
        )
        self.empty.text.setText(
            self.tr("No campaign yet. Choose customers who stopped buying, write an offer that answers why, and measure what it brings back.")
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_M)
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(self._heading())
        layout.addWidget(self.yardstick)
        layout.addLayout(self._actions())
        layout.addWidget(self.stack, 1)
        # The name takes what is left; the yardstick's two figures are the last to go when narrow.
        self.columns = FittedColumns(self.table, Column.NAME, NAME_MIN_WIDTH, self._measure_columns(), _BY_NEED)
        context.changed.connect(self._changed)
        self._update_actions()

    def _heading(self) -> QHBoxLayout:
        self.sequence_button = QPushButton(style.icon("calendar-event"), self.tr("Occasion sequence…"))
        self.sequence_button.setObjectName("newSequenceButton")
        self.sequence_button.setToolTip(self.tr("Warm messages in the days before an occasion, then the offer"))
        self.sequence_button.clicked.connect(lambda: self.new_sequence())
        self.new_button = QPushButton(style.icon("plus", style.COLOURS.on_accent), self.tr("New campaign…"))
        self.new_button.setObjectName("newCampaignButton")
        style.set_role(self.new_button, "primary")
        self.new_button.clicked.connect(lambda: self.new_campaign())
        heading = QHBoxLayout()
        heading.setSpacing(style.SPACE_M)
        heading.addWidget(self.title)
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.sequence_button)
        heading.addWidget(self.new_button)
        return heading

    def _yardstick(self) -> QLabel:
        label = QLabel(
            self.tr(
                "What to compare: a telephone company that targeted contracts ending within a month and called after "
                "each offer brought its cost per returned customer from $800 to $325; a shop that sent a short warm "
                "message every day for two weeks before an occasion, then its offer, heard again from 72% of its "
                "customers, against 15% without it."
            )
        )
        label.setObjectName("campaignYardstick")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(label, "muted")
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("campaignTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setMinimumSectionSize(48)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_actions())
        return table

    def _actions(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openCampaignButton")
        self.open_button.setToolTip(self.tr("Its targets, their outcomes and the campaign's costs"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.delete_button = QPushButton(style.icon("trash"), self.tr("Delete…"))
        self.delete_button.setObjectName("deleteCampaignButton")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        return bar

    def _measure_columns(self) -> dict[int, int]:
        """Each column as wide as its heading's longest line or its usual widest content."""
        fmt = self._context.format
        plain = self.table.fontMetrics()
        bold = QFontMetrics(_yardstick_font())
        money = fmt.money(Decimal("123456.00"), "SAR")
        samples = {
            Column.CHANNEL: [channel_name(c) for c in Channel],
            Column.WINDOW: [f"{fmt.date(date(2026, 12, 30))} – {fmt.date(date(2026, 12, 30))}"],
            Column.RESPONSE_RATE: ["100%", "88.8%"],
            Column.WIN_BACK_RATE: ["100%", "88.8%"],
            Column.COST: [money],
            Column.COST_PER_RETURNED: [money],
        }
        widths = {}
        for column in _BY_NEED:
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
            metrics = bold if column in _YARDSTICK else plain
            texts = samples.get(column, [fmt.number(10000)])
            widest = max([plain.horizontalAdvance(line) for line in heading] + [metrics.horizontalAdvance(t) for t in texts])
            widths[column] = widest + 2 * style.SPACE_L
        return widths

    # -- showing ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = campaign_figures(self._context.db)
        self.model.set_rows(rows)
        self._stale = False
        self.count.setText(self.tr("%n campaigns", "", len(rows)))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            select_row(self.table, row)
        elif rows:
            select_row(self.table, 0)
        self._update_actions()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------------------
    def new_campaign(self) -> QWidget:
        from ui.campaign_dialogs import NewCampaignDialog

        dialog = NewCampaignDialog(self._context, self)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def new_sequence(self) -> QWidget:
        from ui.campaign_dialogs import SequenceDialog

        dialog = SequenceDialog(self._context, self)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, campaign_id: int) -> None:
        self._context.changed.emit()
        self.refresh()
        row = self.model.row_of(campaign_id)
        if row >= 0:
            select_row(self.table, row)

    def open_selected(self) -> QWidget | None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            return None
        return self.open_campaign(campaign_id)

    def open_campaign(self, campaign_id: int) -> QWidget:
        from ui.campaign_view import CampaignView

        view = CampaignView(self._context, campaign_id, self)
        view.open()
        return view

    def delete_selected(self) -> QMessageBox | None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            return None
        name = self.model.rows[self.model.row_of(campaign_id)].name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the campaign"),
            self.tr(
                "Delete the campaign “{name}”? Its follow-ups not done yet are removed; the calls and messages "
                "already done stay on the customers' histories."
            ).format(name=isolate_auto(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteCampaignBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_buttons(box)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                run_action(
                    self, self.tr("Delete the campaign"), lambda: delete_campaign(self._context.db, campaign_id),
                    lambda _none: self._context.changed.emit(),
                )

        box.finished.connect(answered)
        box.open()
        return box


__all__ = ["CampaignTableModel", "CampaignsPage", "Column"]

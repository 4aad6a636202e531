"""The Lost customers page: the lapsed list (who went quiet, for how long, what they were worth; call
them, record why they left) and the loss report by reason and month, with its charts."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import add_months, shop_today
from retention_desktop.lifecycle import LapsedCustomer, lapsed_customers
from retention_desktop.loss_report import LossReport, ReportError, loss_report
from retention_desktop.text import isolate_auto

from ui import style
from ui.bar_chart import Bar, BarChart, write_charts_pdf
from ui.context import AppContext
from ui.forms import to_date, to_qdate, wrapped_label
from ui.lost_list import LostList
from ui.ops import run_action
from ui.table_model import PAGE, Index, PagedRowsModel
from ui.widgets import DateEdit, select_row



class Column(enum.IntEnum):
    NAME = 0
    PHONE = 1
    LAST_PURCHASE = 2
    QUIET = 3
    RHYTHM = 4
    PURCHASES = 5
    SPENT = 6


class LapsedModel(PagedRowsModel[LapsedCustomer]):
    """The lapsed customers, the most valuable first, a page at a time."""

    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.today = date.today()

    def read(self, limit: int, offset: int) -> tuple[Sequence[LapsedCustomer], int]:
        found = lapsed_customers(self._context.db, today=self.today, limit=limit, offset=offset)
        return found.rows, found.total

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Customer"),
            Column.PHONE: self.tr("Phone"),
            Column.LAST_PURCHASE: self.tr("Last purchase"),
            Column.QUIET: self.tr("Quiet for"),
            Column.RHYTHM: self.tr("Usually every"),
            Column.PURCHASES: self.tr("Purchases"),
            Column.SPENT: self.tr("Spent"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SPENT, Column.QUIET, Column.PURCHASES, Column.RHYTHM):
            return style.AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.RHYTHM and row.usual_interval is None:
            return self.tr("Bought once: no usual interval yet. Lapsed after the period set in Settings → Lost customers.")
        return None

    def _text(self, row: LapsedCustomer, column: Column) -> str:
        fmt = self._context.format
        if column is Column.NAME:
            return isolate_auto(row.name)
        if column is Column.PHONE:
            return fmt.phone(row.phone)
        if column is Column.LAST_PURCHASE:
            return fmt.date(row.last_purchase)
        if column is Column.QUIET:
            return self.tr("%n days", "", row.days_quiet).replace(str(row.days_quiet), fmt.number(row.days_quiet))
        if column is Column.RHYTHM:
            if row.usual_interval is None:  # one purchase: no rhythm yet ("usually every once" said nothing)
                return "—"
            return self.tr("%n days", "", row.usual_interval).replace(str(row.usual_interval), fmt.number(row.usual_interval))
        if column is Column.PURCHASES:
            return fmt.number(row.purchase_count)
        return "\n".join(fmt.money(amount, currency) for currency, amount in row.spent)


class LostPage(QWidget):
    """The lapsed list and the loss report; `open_customer` asks the main window to show a customer."""

    open_customer = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostPage")
        self._context = context
        self._stale = True
        self.report: LossReport | None = None

        self.title = QLabel(self.tr("Lost customers"))
        self.title.setObjectName("lostTitle")
        style.set_role(self.title, "title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lostTabs")
        self.tabs.addTab(self._build_lapsed(), self.tr("Lapsed"))
        # Those marked lost: where the owner finds them again and wins one back (ui/lost_list.py).
        self.lost = LostList(context)
        self.lost.open_customer.connect(self.open_customer)
        self.lost.message.connect(self.message)
        self.tabs.addTab(self.lost, self.tr("Marked lost"))
        self.report_tab = self._build_report()
        self.tabs.addTab(self.report_tab, self.tr("Why they left"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_M)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self._changed)

    # -- the lapsed list ------------------------------------------------------------------------------
    def _build_lapsed(self) -> QWidget:
        page = QWidget()
        page.setObjectName("lapsedTab")
        self.lapsed_hint = wrapped_label(
            self.tr(
                "Customers who used to buy and have been quiet for much longer than usual. Call them to learn why, "
                "and record the reason."
            ),
            "muted",
        )
        self.lapsed_count = QLabel()
        self.lapsed_count.setObjectName("lapsedCount")
        self.model = LapsedModel(self._context)
        self.table = QTableView()
        self.table.setObjectName("lapsedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.open_button = QPushButton(style.icon("user"), self.tr("Open card"))
        self.open_button.setObjectName("lapsedOpenButton")
        self.open_button.clicked.connect(self.open_selected)
        self.contact_button = QPushButton(style.icon("phone-call"), self.tr("Log a call…"))
        self.contact_button.setObjectName("lapsedCallButton")
        self.contact_button.clicked.connect(self.log_call)
        self.reason_button = QPushButton(style.icon("mood-sad"), self.tr("Record why they left…"))
        self.reason_button.setObjectName("lapsedReasonButton")
        self.reason_button.clicked.connect(self.record_reason)
        bar = QHBoxLayout()
        bar.addWidget(self.lapsed_count, 1)
        for button in (self.open_button, self.contact_button, self.reason_button):
            bar.addWidget(button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.lapsed_hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        return page

    def selected(self) -> LapsedCustomer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.contact_button, self.reason_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_customer.emit(row.id)

    def log_call(self) -> None:
        from retention_desktop.kinds import InteractionKind
        from ui.interaction_dialog import InteractionDialog

        row = self.selected()
        if row is not None:
            dialog = InteractionDialog(self._context, row.id, self, kind=InteractionKind.CALL)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def record_reason(self) -> None:
        from ui.loss_dialog import MarkLostDialog

        row = self.selected()
        if row is not None:
            dialog = MarkLostDialog(self._context, row.id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    # -- the report -----------------------------------------------------------------------------------
    def _build_report(self) -> QWidget:
        today = shop_today(self._context.db)
        self.start = DateEdit()
        self.start.setObjectName("reportFrom")
        self.start.setCalendarPopup(True)
        self.start.setDate(to_qdate(add_months(today, -12) + timedelta(days=1)))
        self.end = DateEdit()
        self.end.setObjectName("reportTo")
        self.end.setCalendarPopup(True)
        self.end.setDate(to_qdate(today))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _day: self.refresh_report())
        self.pdf_button = QPushButton(style.icon("file-download"), self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("lossPdfButton")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From")))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setObjectName("lossSummary")
        self.summary.setWordWrap(True)
        self.reasons = QTableWidget(0, 5)
        self.reasons.setObjectName("lossReasonsTable")
        self.reasons.setHorizontalHeaderLabels(
            [self.tr("Reason"), self.tr("Customers"), self.tr("Share"), self.tr("Won back since"), self.tr("What they had spent")]
        )
        self.reasons.verticalHeader().hide()
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reasons.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reasons.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.by_reason = BarChart()
        self.by_reason.setObjectName("lossReasonChart")
        self.by_month = BarChart(columns=True)
        self.by_month.setObjectName("lossMonthChart")
        self.reason_heading = QLabel(self.tr("By reason"))
        self.month_heading = QLabel(self.tr("Month by month"))
        for heading in (self.reason_heading, self.month_heading):
            style.set_role(heading, "section")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.reason_heading)
        body_layout.addWidget(self.by_reason)
        body_layout.addWidget(self.month_heading)
        body_layout.addWidget(self.by_month)
        body_layout.addWidget(self.reasons)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        page = QWidget()
        page.setObjectName("lossReportTab")
        layout = QVBoxLayout(page)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)
        return page

    def period(self) -> tuple[date, date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def refresh_report(self) -> None:
        start, end = self.period()
        db = self._context.db
        run_action(self, self.tr("Loss report"), lambda: loss_report(db, start=start, end=end), self._show_report, handles=(ReportError,), on_refused=self._refused)

    def _refused(self, error: ReportError) -> None:
        self.report = None
        self.summary.setText(self._context.format.paragraph(str(error)))
        self.reasons.setRowCount(0)
        self.by_reason.set_bars(())
        self.by_month.set_bars(())

    def _money(self, values: tuple[tuple[str, Decimal], ...]) -> str:
        return " + ".join(self._context.format.money(amount, currency) for currency, amount in values) or "—"

    def _share(self, share: float) -> str:
        """A reason's share of the losses, as the program writes every percentage ("23%")."""
        return self._context.format.percent(Decimal(round(share * 100)))

    def _show_report(self, report: LossReport) -> None:
        self.report = report
        fmt = self._context.format
        if report.total:
            lost = self.tr("%n customers lost in this period", "", report.total).replace(str(report.total), fmt.number(report.total))
            won = self.tr("%n won back since", "", report.won_back).replace(str(report.won_back), fmt.number(report.won_back))
            value = self.tr("they had spent {amount}").format(amount=self._money(report.value))
            self.summary.setText(fmt.paragraph(" · ".join((lost, won, value))))
        else:
            self.summary.setText(fmt.paragraph(self.tr("No customer was marked lost in this period.")))
        self.reasons.setRowCount(len(report.reasons))
        for n, r in enumerate(report.reasons):
            cells = (isolate_auto(r.reason), fmt.number(r.count), self._share(r.share), fmt.number(r.won_back), self._money(r.value))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(style.AMOUNT_ALIGNMENT)
                self.reasons.setItem(n, column, item)
        header = self.reasons.horizontalHeader().height()
        rows = sum(self.reasons.rowHeight(n) for n in range(self.reasons.rowCount()))
        self.reasons.setFixedHeight(header + rows + 2 * self.reasons.frameWidth())
        self.by_reason.set_bars(self.reason_bars(report))
        self.by_month.set_bars(self.month_bars(report))
        for widget in (self.reason_heading, self.by_reason, self.month_heading, self.by_month, self.reasons):
            widget.setVisible(bool(report.total))

    def reason_bars(self, report: LossReport) -> list[Bar]:
        fmt = self._context.format
        return [Bar(r.reason, r.count, f"{fmt.number(r.count)} · {self._share(r.share)}") for r in report.reasons]

    def month_bars(self, report: LossReport) -> list[Bar]:
        fmt = self._context.format
        return [Bar(fmt.date(m.month, "MMM yy"), m.count, fmt.number(m.count)) for m in report.months]

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """The report's charts as an A4 PDF, asked where unless `path` is given."""
        from ui.printing import ask_save_path, save_folder, with_pdf_suffix

        report = self.report
        if report is None:
            return None
        fmt = self._context.format
        start, end = self.period()
        if path is None:
            chosen = ask_save_path(self, save_folder(self._context) / self.tr("Lost customers {start} to {end}.pdf").format(start=start.isoformat(), end=end.isoformat()))
            if chosen is None:
                return None
            path = with_pdf_suffix(chosen)
        subtitle = self.tr("From {start} to {end}").format(start=fmt.date(start, "long"), end=fmt.date(end, "long")) + " · " + self.summary.text().lstrip("\u200e\u200f")
        charts = [(self.tr("By reason"), self.reason_bars(report), False), (self.tr("Month by month"), self.month_bars(report), True)]
        target = path
        done = run_action(
            self,
            self.tr("Save as PDF"),
            lambda: write_charts_pdf(target, self.tr("Lost customers"), subtitle, charts, right_to_left=self.isRightToLeft(), font=self.font()),
        )
        if done:
            self.message.emit(self.tr("Saved {path}").format(path=target))
        return target if done else None

    # -- refreshing -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        keep = self.selected()
        today = shop_today(self._context.db)
        self.model.today = today
        self.model.load(max(len(self.model.rows), PAGE))
        fmt = self._context.format
        self.lapsed_count.setText(
            self.tr("%n lapsed customers", "", self.model.total).replace(str(self.model.total), fmt.number(self.model.total))
        )
        if keep is not None and (row := self.model.row_of(keep.id)) >= 0:
            select_row(self.table, row)
        self._update_buttons()
        self.lost.refresh()
        self.refresh_report()


__all__ = ["LapsedModel", "LostPage"]

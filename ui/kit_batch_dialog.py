"""New customers and their welcome kits: who made a first purchase since a day (those without a kit
first of all), and their kits printed in one go, into one PDF or one file each, with a progress
dialog that can cancel."""

from __future__ import annotations

import enum
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.kit import NewCustomerRow, new_customers
from retention_desktop.kit_batch import write_kits
from retention_desktop.progress import Progress
from retention_desktop.text import isolate_auto

from ui import style
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import error_label, show_errors, to_date, to_qdate
from ui.ops import Job, run_with_progress
from ui.printing import default_documents_folder, open_file
from ui.table_model import Index, RowsTableModel
from ui.widgets import DateEdit

DEFAULT_DAYS = 30  # new customers of the last month, at first
LIMIT = 5000  # customers listed at most


class Column(enum.IntEnum):
    CUSTOMER = 0
    PHONE = 1
    FIRST_PURCHASE = 2
    INVOICE = 3
    KIT = 4


class NewCustomersModel(RowsTableModel[NewCustomerRow]):
    columns = Column

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context

    def headers(self) -> dict[Column, str]:
        return {
            Column.CUSTOMER: self.tr("Customer"),
            Column.PHONE: self.tr("Phone"),
            Column.FIRST_PURCHASE: self.tr("First purchase"),
            Column.INVOICE: self.tr("Invoice"),
            Column.KIT: self.tr("Welcome kit"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, fmt = self.rows[index.row()], self._context.format
        return {
            Column.CUSTOMER: lambda: isolate_auto(row.name),
            Column.PHONE: lambda: fmt.phone(row.phone),
            Column.FIRST_PURCHASE: lambda: fmt.date(row.first_purchase),
            Column.INVOICE: lambda: fmt.document_number(row.invoice_number),
            Column.KIT: lambda: self.tr("Printed") if row.has_kit else self.tr("Not yet"),
        }[Column(index.column())]()


class NewCustomersKitsDialog(QDialog):
    """The new customers since a day, and their welcome kits printed for the selected or all."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomersKitsDialog")
        self.setWindowTitle(self.tr("Welcome kits for new customers"))
        self._context = context
        self.job: Job | None = None
        self.written: list[Path] = []
        self._into_one_file = True

        self.since = DateEdit()
        self.since.setObjectName("kitsSince")
        self.since.setDate(to_qdate(shop_today(context.db) - timedelta(days=DEFAULT_DAYS)))
        self.since.dateChanged.connect(lambda _day: self.reload())
        self.without_kit = QCheckBox(self.tr("Only those without a kit"))
        self.without_kit.setObjectName("kitsWithoutOnly")
        self.without_kit.setChecked(True)
        self.without_kit.toggled.connect(lambda _on: self.reload())
        self.count = QLabel()
        self.count.setObjectName("kitsCount")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("First purchase on or after")))
        filters.addWidget(self.since)
        filters.addWidget(self.without_kit)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = NewCustomersModel(context)
        self.table = QTableView()
        self.table.setObjectName("newCustomersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.CUSTOMER, QHeaderView.ResizeMode.Stretch)

        self.language = QComboBox()
        self.language.setObjectName("kitsLanguage")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.one_file = QRadioButton(self.tr("One PDF for all"))
        self.one_file.setObjectName("kitsOneFile")
        self.one_each = QRadioButton(self.tr("One PDF per customer"))
        self.one_each.setObjectName("kitsOneEach")
        self.one_file.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_file)
        group.addButton(self.one_each)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Language of the kits")))
        options.addWidget(self.language)
        options.addSpacing(style.SPACE_L)
        options.addWidget(self.one_file)
        options.addWidget(self.one_each)
        options.addStretch(1)

        self.empty = QLabel()
        self.empty.setObjectName("kitsEmpty")
        self.empty.setWordWrap(True)
        style.set_role(self.empty, "muted")
        self.errors = {"general": error_label("kitsProblem")}
        self.done_text = QLabel()
        self.done_text.setObjectName("kitsDone")
        self.done_text.setWordWrap(True)
        self.done_text.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(self.buttons)
        self.print_selected_button = QPushButton(self.tr("Print selected"))
        self.print_selected_button.setObjectName("printSelectedKits")
        self.print_selected_button.clicked.connect(lambda: self.choose_and_print(selected_only=True))
        self.print_all_button = QPushButton(self.tr("Print all"))
        self.print_all_button.setObjectName("printAllKits")
        self.print_all_button.clicked.connect(lambda: self.choose_and_print(selected_only=False))
        self.buttons.addButton(self.print_selected_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(options)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.done_text)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.reload()
        self.table.setFocus()

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        rows = new_customers(self._context.db, since=to_date(self.since.date()), without_kit=self.without_kit.isChecked(), limit=LIMIT)
        self.model.set_rows(rows)
        fmt = self._context.format
        count = len(rows)
        self.count.setText(self.tr("%n customers", "", count).replace(str(count), fmt.number(count)))
        self.empty.setText(
            ""
            if rows
            else (
                self.tr("Every new customer since that day has had a welcome kit.")
                if self.without_kit.isChecked()
                else self.tr("No customer made a first purchase since that day.")
            )
        )
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.print_all_button.setEnabled(bool(self.model.rows) and self.job is None)
        self.print_selected_button.setEnabled(bool(self.selected_rows()) and self.job is None)

    def selected_rows(self) -> list[NewCustomerRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows]

    # -- printing ---------------------------------------------------------------------------------
    def choose_and_print(self, *, selected_only: bool) -> Job | None:
        """Ask where the kits go (a file or a folder), then print them."""
        rows = self.selected_rows() if selected_only else list(self.model.rows)
        if not rows:
            return None
        start = self._context.preferences.documents_folder or default_documents_folder()
        if self.one_file.isChecked():
            name = self.tr("welcome-kits-{day}.pdf").format(day=shop_today(self._context.db).isoformat())
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the kits as"), str(Path(start) / name), self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            return self.print_kits(rows, Path(chosen), one_file=True)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the kits"), start)
        if not folder:
            return None
        return self.print_kits(rows, Path(folder), one_file=False)

    def print_kits(self, rows: list[NewCustomerRow], target: Path, *, one_file: bool) -> Job:
        """Print the kits of `rows` into the file or folder `target`, off the window's thread,
        under a progress dialog that can cancel (a cancel leaves no half-written file)."""
        db, language = self._context.db, str(self.language.currentData())
        customers = [(row.customer_id, row.invoice_id) for row in rows]
        self._into_one_file = one_file
        show_errors(self.errors, {})
        self.done_text.clear()

        def work(progress: Progress) -> list[Path]:
            if one_file:
                return write_kits(db, customers, language=language, one_file=target, progress=progress)
            return write_kits(db, customers, language=language, folder=target, progress=progress)

        self.job = run_with_progress(
            self,
            self.tr("Print welcome kits"),
            self.tr("Printing the welcome kits…"),
            work,
            self._printed,
            on_cancelled=self._cancelled,
        )
        self._update_buttons()
        return self.job

    def _printed(self, written: list[Path]) -> None:
        self.job = None
        self.written = written
        if self._into_one_file:
            self.done_text.setText(self.tr("The kits are in {path}.").format(path=isolate_auto(str(written[0]))))
            open_file(written[0])
        else:
            count, folder = len(written), written[0].parent
            self.done_text.setText(
                self.tr("%n kits printed into {folder}.", "", count)
                .replace(str(count), self._context.format.number(count))
                .format(folder=isolate_auto(str(folder)))
            )
            if QGuiApplication.platformName() not in ("offscreen", "minimal"):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self._context.changed.emit()
        self.reload()

    def _cancelled(self) -> None:
        self.job = None
        self.done_text.setText(
            self.tr("Printing was cancelled: nothing was written.")
            if self._into_one_file
            else self.tr("Printing was cancelled. The kits printed before are kept, each in its own file.")
        )
        self._context.changed.emit()
        self.reload()

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()  # the kits stop at the next one
        super().reject()


__all__ = ["NewCustomersKitsDialog"]

"""File → Import customers: choose a file, say what each column holds, look at the preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.import_columns import DATE_FIELDS, Field, field_label
from retention_desktop.import_files import FileKind, SourceFile, read_file
from retention_desktop.importing import (
    Duplicates,
    ImportPreview,
    ImportResult,
    Mapping,
    guess_mapping,
    import_customers,
    preview_import,
    preview_lines,
    result_lines,
)
from retention_desktop.text import isolate, isolate_auto

from ui import style
from ui.context import AppContext
from ui.formatting import file_name, in_direction
from ui.forms import wrapped_label
from ui.ops import Job, run_with_progress
from ui.printing import default_documents_folder

translate = QCoreApplication.translate

SAMPLES = 3
REJECTED_LISTED = 1000  # a wrong column choice can refuse every row: the table lists the first ones
NAME_FIELDS = (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.COMPANY)


class _WholeCell(QStyledItemDelegate):
    """A column of widgets (the fields' choices) that fill their cells: the column is sized to the
    widest one's hint, and Qt's own placing would take the text's margins off it (8 pixels a side),
    cutting the longest choice short."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setGeometry(option.rect)


class ImportDialog(QDialog):
    """Four steps on one dialog: the file, the columns, the preview, the result. Reading, checking
    and importing run off the GUI thread with a progress dialog and Cancel; nothing is saved until
    Import, and then all the chosen rows or none."""

    imported = Signal()  # the book changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self._context = context
        self.source: SourceFile | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.combos: list[QComboBox] = []

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._result_page())

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        style.set_role(self.next_button, "primary")
        self.close_button = QPushButton(translate("Buttons", "Cancel"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(720, 480)
        self.resize(880, 600)
        self._show_page(0)

    # -- the pages ------------------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr("Import customers"), "title"))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Bring in the customers you keep elsewhere: a list saved from Excel or another program (CSV, "
                    ".xlsx, .xls, .ods), or the contacts exported from a phone (.vcf). The first row of a list "
                    "should name its columns; in the next step you say what each column holds."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Nothing is saved until you have seen the preview and chosen Import: you will see how many "
                    "customers are new, which ones are already in the book, and every row that cannot be "
                    "imported, with the reason."
                ),
                "muted",
            )
        )
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        style.set_role(self.choose_button, "primary")
        layout.addSpacing(8)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.file_label = wrapped_label(role="section", name="fileLabel")
        self.remarks_label = wrapped_label(role="muted", name="remarksLabel")
        layout.addWidget(self.file_label)
        layout.addWidget(self.remarks_label)
        layout.addWidget(wrapped_label(self.tr("Say what each column of the file holds. Columns set to “Do not import” are left out.")))
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("columnsTable")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")])
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.columns.setItemDelegateForColumn(2, _WholeCell(self.columns))
        layout.addWidget(self.columns, 1)
        dates = QHBoxLayout()
        self.dates_label = wrapped_label(self.tr("Dates are written:"))
        self.day_first = QComboBox()
        self.day_first.setObjectName("dateOrder")
        self.day_first.addItem(self.tr("Day first (21/05/1990)"), True)
        self.day_first.addItem(self.tr("Month first (05/21/1990)"), False)
        dates.addWidget(self.dates_label)
        dates.addWidget(self.day_first)
        dates.addStretch(1)
        layout.addLayout(dates)
        self.mapping_problem = wrapped_label(role="problem", name="mappingProblem")
        self.mapping_problem.hide()
        layout.addWidget(self.mapping_problem)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr("Before anything is saved"), "title"))
        self.summary = wrapped_label(name="previewSummary")
        style.set_role(self.summary, "section")
        layout.addWidget(self.summary)
        self.duplicates_box = QWidget()
        choices = QVBoxLayout(self.duplicates_box)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(wrapped_label(self.tr("A row for a customer already in the book or in an earlier row (the same phone number or email; without either, the same name):")))
        self.merge_choice = QRadioButton(self.tr("Merge: add what the customer lacks (other numbers, email, tags, notes, an earlier “customer since”)"))
        self.merge_choice.setObjectName("mergeChoice")
        self.skip_choice = QRadioButton(self.tr("Skip the row"))
        self.skip_choice.setObjectName("skipChoice")
        self.merge_choice.setChecked(True)
        group = QButtonGroup(self)
        for choice in (self.merge_choice, self.skip_choice):
            group.addButton(choice)
            choices.addWidget(choice)
            choice.toggled.connect(self._show_summary)
        layout.addWidget(self.duplicates_box)
        self.rejected_label = wrapped_label(role="section", name="rejectedLabel")
        layout.addWidget(self.rejected_label)
        self.rejected = QTableWidget(0, 3)
        self.rejected.setObjectName("rejectedTable")
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setWordWrap(True)
        header = self.rejected.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.rejected, 1)
        self.preview_status = wrapped_label(role="muted", name="previewStatus")
        layout.addWidget(self.preview_status)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped_label(self.tr("Import finished"), "title"))
        self.result_label = wrapped_label(name="resultLabel")
        style.set_role(self.result_label, "section")
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index in (1, 2))
        self.next_button.setVisible(index in (1, 2))
        self.next_button.setText(self.tr("Import") if index == 2 else self.tr("Next"))
        if index == 2 and self.preview is not None:
            self.next_button.setEnabled(bool(self.preview.ready))
        else:
            self.next_button.setEnabled(True)
        self.close_button.setText(translate("Buttons", "Close") if index == 3 else translate("Buttons", "Cancel"))

    # -- step 1: the file -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            default_documents_folder(),
            self.tr("Customer lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> Job:
        """Read the file off the GUI thread; then the columns step (or, for phone contacts, whose
        fields are known, the preview)."""
        self.job = run_with_progress(
            self, self.tr("Import customers"), self.tr("Reading the file…"), lambda progress: read_file(path, progress=progress), self.show_source
        )
        return self.job

    def show_source(self, source: SourceFile) -> None:
        self.source = source
        mapping = guess_mapping(source)
        self.file_label.setText(self.tr("{file}: %n rows", "", len(source.rows) + len(source.problems)).format(file=file_name(source.path.name, self.isRightToLeft())))
        self.remarks_label.setText("\n".join(in_direction(r, self.isRightToLeft()) for r in source.remarks))
        self.remarks_label.setVisible(bool(source.remarks))
        self.columns.setRowCount(len(source.headers))
        self.combos = []
        for row, header in enumerate(source.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(isolate_auto(header)))
            samples = " · ".join(isolate_auto(s if len(s) <= 40 else s[:39] + "…") for s in source.samples(row, SAMPLES))
            # In the window's order, each value in its own direction: a table cell would otherwise
            # take the first value's direction and list them backwards.
            self.columns.setItem(row, 1, QTableWidgetItem(isolate(samples, right_to_left=self.isRightToLeft())))
            combo = QComboBox()
            combo.setObjectName(f"field_{row}")
            # As wide as its longest choice («المنطقة أو المدينة»): the column is sized to it.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for field in Field:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(combo.findData(mapping.fields[row]))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(2)
        self.day_first.setCurrentIndex(0 if mapping.day_first else 1)
        self._mapping_changed()
        if source.fixed is not None:
            self.check_rows()
        else:
            self._show_page(1)

    # -- step 2: the columns --------------------------------------------------------------------------
    def mapping(self) -> Mapping:
        fields = tuple(Field(combo.currentData()) for combo in self.combos)
        return Mapping(fields, bool(self.day_first.currentData()))

    def set_field(self, column: int, field: Field) -> None:
        """Say what a column holds (as choosing in its list does)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def _mapping_changed(self) -> None:
        fields = [Field(combo.currentData()) for combo in self.combos]
        has_dates = any(f in DATE_FIELDS for f in fields)
        self.dates_label.setVisible(has_dates)
        self.day_first.setVisible(has_dates)
        self.mapping_problem.hide()

    def _mapping_problem(self, mapping: Mapping) -> str:
        if not any(f in NAME_FIELDS for f in mapping.fields):
            return self.tr("Choose the column that holds the customers' names (“Name”, or “First name” and “Last name”).")
        taken: dict[Field, int] = {}
        for field in mapping.fields:
            taken[field] = taken.get(field, 0) + 1
        doubled = [f for f, n in taken.items() if n > 1 and f not in (Field.IGNORE, Field.PHONE, Field.TAGS, Field.NOTES)]
        if doubled:
            return self.tr("“{field}” is chosen for more than one column: choose it for one only.").format(field=field_label(doubled[0]))
        return ""

    # -- step 3: the preview --------------------------------------------------------------------------
    def check_rows(self) -> Job | None:
        """Check every row off the GUI thread, then show the preview."""
        assert self.source is not None
        mapping = self.mapping()
        problem = self._mapping_problem(mapping)
        if problem:
            self.mapping_problem.setText(problem)
            self.mapping_problem.show()
            return None
        source, db = self.source, self._context.db
        self.job = run_with_progress(
            self,
            self.tr("Import customers"),
            self.tr("Checking every row…"),
            lambda progress: preview_import(db, source, mapping, progress=progress),
            self.show_preview,
        )
        return self.job

    def duplicates(self) -> Duplicates:
        return Duplicates.SKIP if self.skip_choice.isChecked() else Duplicates.MERGE

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.duplicates_box.setVisible(bool(preview.in_book or preview.repeated))
        self._show_summary()
        self.rejected_label.setText(self.tr("Rows that cannot be imported: %n", "", len(preview.rejected)))
        self.rejected_label.setVisible(bool(preview.rejected))
        self.rejected.setVisible(bool(preview.rejected))
        where = self.tr("Contact") if preview.source.kind is FileKind.CONTACTS else self.tr("Row")
        self.rejected.setHorizontalHeaderLabels([where, self.tr("Name"), self.tr("Why it cannot be imported")])
        listed = preview.rejected[:REJECTED_LISTED]
        if len(preview.rejected) > REJECTED_LISTED:
            self.rejected_label.setText(
                self.rejected_label.text() + " " + self.tr("(the first %n are listed)", "", REJECTED_LISTED)
            )
        self.rejected.setRowCount(len(listed))
        right_to_left = self.isRightToLeft()
        for row, problem in enumerate(listed):
            number = QTableWidgetItem(self._context.format.number(problem.number))
            self.rejected.setItem(row, 0, number)
            self.rejected.setItem(row, 1, QTableWidgetItem(isolate_auto(problem.name)))
            reason = QTableWidgetItem(in_direction(problem.reason, right_to_left))
            reason.setToolTip(problem.reason)
            self.rejected.setItem(row, 2, reason)
        self.rejected.setColumnWidth(1, 180)
        self.rejected.resizeRowsToContents()  # a long reason wraps onto a second line
        self.preview_status.setText("")
        self._show_page(2)

    def _show_summary(self) -> None:
        if self.preview is None:
            return
        lines = preview_lines(self.preview, self.duplicates())
        if self.preview.rejected:
            lines = lines[:-1]  # "N rows cannot be imported:" heads the table below instead
        self.summary.setText("\n".join(in_direction(line, self.isRightToLeft()) for line in lines))

    # -- step 4: the import ---------------------------------------------------------------------------
    def run_import(self) -> Job:
        assert self.preview is not None
        preview, duplicates, db = self.preview, self.duplicates(), self._context.db
        self.job = run_with_progress(
            self,
            self.tr("Import customers"),
            self.tr("Importing the customers…"),
            lambda progress: import_customers(db, preview, duplicates=duplicates, progress=progress),
            self.show_result,
            on_cancelled=self._cancelled,
        )
        return self.job

    def _cancelled(self) -> None:
        self.preview_status.setText(self.tr("The import was cancelled: nothing was saved."))

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.result_label.setText("\n".join(in_direction(line, self.isRightToLeft()) for line in result_lines(result)))
        self._show_page(3)
        self.imported.emit()

    # -- the buttons ----------------------------------------------------------------------------------
    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == 1:
            self.check_rows()
        elif page == 2:
            self.run_import()

    def back(self) -> None:
        page = self.pages.currentIndex()
        if page == 2 and self.source is not None and self.source.fixed is None:
            self._show_page(1)
        else:
            self._show_page(0)

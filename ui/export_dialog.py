"""File → Export: the book, or a part of it, to an Excel workbook or a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from retention_desktop.clock import shop_today
from retention_desktop.exporting import ExportResult, Table, export_book, export_file_name, table_label
from retention_desktop.text import isolate_ltr

from ui import style
from ui.context import AppContext
from ui.forms import wrapped_label
from ui.formatting import file_name
from ui.ops import Job, run_with_progress
from ui.printing import default_documents_folder

EVERYTHING = "all"


class ExportDialog(QDialog):
    """What to export and in which format; then where, and the export runs with its progress."""

    exported = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._context = context
        self.job: Job | None = None

        title = QLabel(self.tr("Export for a spreadsheet"))
        style.set_role(title, "title")
        intro = wrapped_label(
            self.tr(
                "A copy of the book that Excel, LibreOffice or Google Sheets opens, with the headings in the "
                "program's language. The book itself is not changed."
            ),
            "muted",
        )

        self.what = QButtonGroup(self)
        what_box = QVBoxLayout()
        what_box.addWidget(self._heading(self.tr("What")))
        choices: list[tuple[str, str]] = [(EVERYTHING, self.tr("Everything: customers, follow-ups, interactions and invoices"))]
        choices += [(table.value, table_label(table)) for table in Table]
        self.what_buttons: dict[str, QRadioButton] = {}
        for value, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"what_{value}")
            self.what.addButton(button)
            self.what_buttons[value] = button
            what_box.addWidget(button)
            button.toggled.connect(self._what_changed)

        self.format = QButtonGroup(self)
        format_box = QVBoxLayout()
        format_box.addWidget(self._heading(self.tr("Format")))
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx), one sheet each"))
        self.xlsx.setObjectName("formatXlsx")
        self.csv = QRadioButton(self.tr("CSV file (.csv), one table"))
        self.csv.setObjectName("formatCsv")
        for button in (self.xlsx, self.csv):
            self.format.addButton(button)
            format_box.addWidget(button)
        self.csv_note = QLabel(self.tr("A CSV file holds one table: choose one above to export it as CSV."))
        self.csv_note.setWordWrap(True)
        style.set_role(self.csv_note, "caption")
        format_box.addWidget(self.csv_note)

        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        style.set_role(self.export_button, "primary")
        self.export_button.clicked.connect(self.choose_target)
        cancel = QPushButton(QCoreApplication.translate("Buttons", "Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(what_box)
        layout.addSpacing(6)
        layout.addLayout(format_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.what_buttons[EVERYTHING].setChecked(True)
        self.xlsx.setChecked(True)
        self.setMinimumWidth(520)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        style.set_role(label, "section")
        return label

    def _what_changed(self) -> None:
        everything = self.what_buttons[EVERYTHING].isChecked()
        self.csv.setEnabled(not everything)
        self.csv_note.setVisible(everything)
        if everything:
            self.xlsx.setChecked(True)

    def tables(self) -> list[Table]:
        chosen = next(value for value, button in self.what_buttons.items() if button.isChecked())
        return list(Table) if chosen == EVERYTHING else [Table(chosen)]

    def kind(self) -> str:
        return "csv" if self.csv.isChecked() else "xlsx"

    def choose_target(self) -> None:
        kind = self.kind()
        name = export_file_name(self.tables(), kind, shop_today(self._context.db))
        filters = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(Path(default_documents_folder()) / name), filters
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != f".{kind}":
                target = target.with_name(f"{target.name}.{kind}")
            self.export_to(target)

    def export_to(self, path: Path) -> Job:
        """Write the export off the GUI thread, with its progress; the dialog closes when it is written."""
        db, tables, right_to_left = self._context.db, self.tables(), self._context.language == "ar"
        self.job = run_with_progress(
            self,
            self.tr("Export"),
            self.tr("Writing {file}…").format(file=file_name(path.name, self.isRightToLeft())),
            lambda progress: export_book(db, path, tables, right_to_left=right_to_left, progress=progress),
            self._done,
        )
        return self.job

    def _done(self, result: ExportResult) -> None:
        self.exported.emit(result.path)
        self.accept()


def export_message(path: Path) -> str:
    """The status bar's word once an export is written."""
    return QCoreApplication.translate("ExportDialog", "Exported to {path}").format(path=isolate_ltr(str(path)))

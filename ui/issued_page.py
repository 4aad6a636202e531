"""The page a dialog turns to once it has issued an invoice or credit note: what was issued, Print,
Open and Close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from retention_desktop.sales import IssuedDocument
from retention_desktop.text import isolate_ltr

from ui.context import AppContext
from ui.forms import MUTED
from ui.printing import print_document



def _plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class IssuedPage(QWidget):
    """Says what was issued (`issued_text`, and `more` when there is more to say), prints it on
    request and shows where the PDF went (`printed_text`, `printed_path`)."""

    open_requested = Signal()
    close_requested = Signal()

    def __init__(self, context: AppContext, dialog: QWidget, open_label: str) -> None:
        super().__init__()
        self._context = context
        self._dialog = dialog  # the parent of the folder question at the first print
        self.document: IssuedDocument | None = None
        self.printed_path: Path | None = None
        self.issued_text = _plain_label("issuedText")
        font = self.issued_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.issued_text.setFont(font)
        self.more = _plain_label("issuedMore")
        self.more.hide()
        self.printed_text = _plain_label("printedText")
        self.printed_text.setStyleSheet(MUTED)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("printIssuedButton")
        self.print_button.clicked.connect(self.print_document)
        self.open_button = QPushButton(open_label)
        self.open_button.setObjectName("openIssuedButton")
        self.open_button.clicked.connect(self.open_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close_requested)
        self.kit_button = self._kit_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.kit_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.issued_text)
        layout.addWidget(self.more)
        layout.addWidget(self.printed_text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_issued(self, document: IssuedDocument, text: str, more: str = "") -> None:
        self.document = document
        self.kit_button.setVisible(document.first_purchase)  # the new-customer kit's moment
        self.issued_text.setText(text)
        self.more.setText(more)
        self.more.setVisible(bool(more))
        self.print_button.setFocus()

    def print_document(self) -> Path | None:
        """Write the issued document's PDF (asking for the folder the first time) and open it."""
        if self.document is None:
            return None
        path = print_document(self._context, self._dialog, self.document.id, self.document.number)
        if path is not None:
            self.printed_path = path
            self.printed_text.setText(self.tr("Saved as {path}").format(path=isolate_ltr(str(path))))
        return path

    # -- the welcome kit, offered after a customer's first invoice ------------------------------------
    def _kit_button(self) -> QPushButton:
        button = QPushButton(self.tr("Print welcome kit"))
        button.setObjectName("printKitButton")
        button.setToolTip(self.tr("The kit for a new customer: a welcome, what was agreed, the invoice, how to reach you"))
        button.clicked.connect(self.print_kit)
        button.hide()
        return button

    def print_kit(self) -> object:
        """Print the new customer's welcome kit, about the invoice just issued."""
        if self.document is None:
            return None
        from ui.kit_printing import print_welcome_kit

        return print_welcome_kit(self._context, self._dialog, invoice_id=self.document.id)

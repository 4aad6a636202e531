"""The page a dialog turns to once it has issued an invoice or credit note: the document itself (its
first page, as a viewer shows it), what was issued, and Print…, Save as PDF…, Open in viewer, Open
and Close."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from retention_desktop.sales import IssuedDocument
from retention_desktop.text import isolate_ltr

from ui import style
from ui.context import AppContext
from ui.document_preview import DocumentPreviewDialog, PageView
from ui.pdf_pages import PdfPages
from ui.printing import DocumentActions, invoice_pages


def _plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class IssuedPage(QWidget):
    """Shows the issued document's first page (`picture`; a click opens the whole document), says
    what was issued (`issued_text`, and `more` when there is more to say), prints it, saves it and
    opens it on request, and says where it was saved (`printed_text`, `printed_path`)."""

    open_requested = Signal()
    close_requested = Signal()

    def __init__(self, context: AppContext, dialog: QWidget, open_label: str) -> None:
        super().__init__()
        self.setObjectName("issuedPage")
        self._context = context
        self._dialog = dialog  # the parent of the print and save dialogs and of the problems shown
        self.document: IssuedDocument | None = None
        self.pages: PdfPages | None = None
        self.document_actions: DocumentActions | None = None
        self.printed_path: Path | None = None
        self.preview: DocumentPreviewDialog | None = None

        self.picture = PageView(self, first_page_only=True)
        self.picture.setObjectName("issuedPicture")
        self.picture.setToolTip(self.tr("See the whole document"))
        self.picture.clicked.connect(self.show_preview)
        self.issued_text = _plain_label("issuedText")
        font = self.issued_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.issued_text.setFont(font)
        self.more = _plain_label("issuedMore")
        self.more.hide()
        self.printed_text = _plain_label("printedText")
        style.set_role(self.printed_text, "muted")
        self.print_button = self._button("printIssuedButton", self.tr("Print…"), "printer", self.print_document)
        style.set_role(self.print_button, "primary")
        self.save_button = self._button("saveIssuedButton", self.tr("Save as PDF…"), "file-download", self.save_as)
        self.viewer_button = self._button("viewerIssuedButton", self.tr("Open in viewer"), "external-link", self.open_in_viewer)
        self.viewer_button.setToolTip(self.tr("Open in the PC's own PDF viewer"))
        self.open_button = self._button("openIssuedButton", open_label, "file-invoice", self.open_requested.emit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close_requested)

        self.kit_button = self._kit_button()
        side = QVBoxLayout()
        side.setSpacing(style.SPACE_S)
        side.addWidget(self.issued_text)
        side.addWidget(self.more)
        side.addSpacing(style.SPACE_M)
        # The actions one under the other, as wide as the widest, on the window's starting side.
        actions = QWidget()
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.SPACE_S)
        for button in (self.print_button, self.kit_button, self.save_button, self.viewer_button, self.open_button):
            column.addWidget(button)
        actions.setMinimumWidth(220)
        side.addWidget(actions, 0, Qt.AlignmentFlag.AlignLeading)
        side.addWidget(self.printed_text)
        side.addStretch(1)
        side.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout = QHBoxLayout(self)
        layout.setSpacing(style.SPACE_L)
        layout.addWidget(self.picture, 5)
        layout.addLayout(side, 4)
        self._enable(False)

    def _button(self, name: str, text: str, icon: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        colour = style.COLOURS.on_accent if name == "printIssuedButton" else None
        button.setIcon(style.icon(icon, colour))
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def _enable(self, ready: bool) -> None:
        for button in (self.print_button, self.save_button, self.viewer_button):
            button.setEnabled(ready)

    def show_issued(self, document: IssuedDocument, text: str, more: str = "") -> None:
        """Show the document just issued: its first page, `text` saying what it is and `more`."""
        self.document = document
        self.kit_button.setVisible(document.first_purchase)  # the new-customer kit's moment
        self.issued_text.setText(text)
        self.more.setText(more)
        self.more.setVisible(bool(more))
        self._close_pages()
        self.pages = invoice_pages(self._context, self._dialog, document.id)
        if self.pages is not None:
            self.document_actions = DocumentActions(self._context, self._dialog, self.pages)
        self.picture.set_pages(self.pages)
        self._enable(self.pages is not None)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    # -- actions ----------------------------------------------------------------------------------------
    def print_document(self) -> int:
        """The system's print dialog, then the pages to the printer; how many were sent."""
        return self.document_actions.print_document() if self.document_actions is not None else 0

    def save_as(self) -> Path | None:
        return self._saved(self.document_actions.save_as() if self.document_actions is not None else None)

    def save_to(self, path: Path) -> Path | None:
        """Save without the file dialog (what follows it)."""
        return self._saved(self.document_actions.save_to(path) if self.document_actions is not None else None)

    def _saved(self, path: Path | None) -> Path | None:
        if path is not None:
            self.printed_path = path
            self.printed_text.setText(self.tr("Saved as {path}").format(path=isolate_ltr(str(path))))
        return path

    def open_in_viewer(self) -> Path | None:
        return self.document_actions.open_in_viewer() if self.document_actions is not None else None

    def show_preview(self) -> DocumentPreviewDialog | None:
        """The whole document in the preview window."""
        if self.pages is None:
            return None
        pages = PdfPages(self.pages.data, self.pages.file_name)  # its own: the window closes it
        self.preview = DocumentPreviewDialog(self._context, pages, self._dialog)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self._preview_gone)
        self.preview.open()
        return self.preview

    def _preview_gone(self) -> None:
        self.preview = None

    def _close_pages(self) -> None:
        if self.pages is not None:
            self.picture.set_pages(None)
            self.pages.close()
            self.pages = None
            self.document_actions = None

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

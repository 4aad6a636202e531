"""The welcome kit's texts, per language: each section on or off, its heading and text with placeholders
inserted in the UI's language, a problem named as it is typed, and the kit's first pages as they print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.i18n import LANGUAGES
from retention_desktop.kit import sample_kit
from retention_desktop.kit_snapshot import KitSnapshot
from retention_desktop.kit_texts import (
    MAX_TITLE,
    PLACEHOLDERS,
    KitError,
    KitText,
    check_kit_text,
    default_texts,
    kit_texts,
    save_all_kit_texts,
    section_title,
)
from retention_desktop.db import Database
from retention_desktop.text import isolate_auto

from ui import style
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import error_label, show_errors, wrapped_label
from ui.ops import run_action, run_in_background
from ui.placeholders import Placeholders

PREVIEW_WIDTH = 300  # pixels a preview page is wide
PREVIEW_PAGES = 4  # the first pages shown
PREVIEW_DELAY_MS = 400  # after the last key pressed


def kit_placeholders() -> Placeholders:
    """The kit's placeholders by their word in the UI's language ({اسم_العميل} in Arabic)."""
    translate = QCoreApplication.translate  # the comment is written out in each call: lupdate reads only literals
    return Placeholders(
        {
            "customer_name": translate("KitPlaceholders", "customer_name", "welcome kit placeholder: words joined by _"),
            "greeting": translate("KitPlaceholders", "greeting", "welcome kit placeholder: words joined by _"),
            "shop_name": translate("KitPlaceholders", "shop_name", "welcome kit placeholder: words joined by _"),
            "shop_phone": translate("KitPlaceholders", "shop_phone", "welcome kit placeholder: words joined by _"),
            "shop_whatsapp": translate("KitPlaceholders", "shop_whatsapp", "welcome kit placeholder: words joined by _"),
            "shop_address": translate("KitPlaceholders", "shop_address", "welcome kit placeholder: words joined by _"),
            "opening_hours": translate("KitPlaceholders", "opening_hours", "welcome kit placeholder: words joined by _"),
            "invoice_number": translate("KitPlaceholders", "invoice_number", "welcome kit placeholder: words joined by _"),
            "invoice_date": translate("KitPlaceholders", "invoice_date", "welcome kit placeholder: words joined by _"),
            "invoice_total": translate("KitPlaceholders", "invoice_total", "welcome kit placeholder: words joined by _"),
            "amount_due": translate("KitPlaceholders", "amount_due", "welcome kit placeholder: words joined by _"),
            "renewal_date": translate("KitPlaceholders", "renewal_date", "welcome kit placeholder: words joined by _"),
            "first_follow_up_date": translate("KitPlaceholders", "first_follow_up_date", "welcome kit placeholder: words joined by _"),
            "today": translate("KitPlaceholders", "today", "welcome kit placeholder: words joined by _"),
        }
    )


def placeholder_labels() -> dict[str, str]:
    """What each placeholder stands for, as the insert menu says it."""
    translate = QCoreApplication.translate
    return {
        "customer_name": translate("KitEditor", "Customer's name"),
        "greeting": translate("KitEditor", "Greeting with the name (Dear Sara, Dear Ahmed)"),
        "shop_name": translate("KitEditor", "Shop's name"),
        "shop_phone": translate("KitEditor", "Shop's phone"),
        "shop_whatsapp": translate("KitEditor", "Shop's WhatsApp number"),
        "shop_address": translate("KitEditor", "Shop's address"),
        "opening_hours": translate("KitEditor", "Opening hours"),
        "invoice_number": translate("KitEditor", "Invoice number"),
        "invoice_date": translate("KitEditor", "Invoice date"),
        "invoice_total": translate("KitEditor", "Invoice total"),
        "amount_due": translate("KitEditor", "Amount still due"),
        "renewal_date": translate("KitEditor", "First renewal date"),
        "first_follow_up_date": translate("KitEditor", "Date of the first follow-up"),
        "today": translate("KitEditor", "Date the kit is printed"),
    }


class KitEditorDialog(QDialog):
    """The kit's sections in a list (ticked: printed), the chosen one's heading and text, and a
    preview of the kit as it prints, for the newest customer who bought (or one made up)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitEditorDialog")
        self.setWindowTitle(self.tr("Welcome kit"))
        self._context = context
        self.placeholders = kit_placeholders()
        self._texts: dict[str, list[KitText]] = {}  # per language, as edited (placeholders stored)
        self._edited: set[str] = set()
        self._loading = False
        self._row = 0
        self._generation = 0
        self.preview_pages: list[QLabel] = []
        self.previewed: KitSnapshot | None = None

        self.language = QComboBox()
        self.language.setObjectName("kitLanguage")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.language.currentIndexChanged.connect(lambda _index: self._language_changed())
        self.kit_language = str(self.language.currentData())

        self.sections = QListWidget()
        self.sections.setObjectName("kitSections")
        self.sections.currentRowChanged.connect(self._section_changed)
        self.sections.itemChanged.connect(self._switched)

        editor = self._build_editor()
        preview = self._build_preview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("kitEditorSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = wrapped_label(self.tr("Ticked sections are printed, in this order. The cover is always printed."), "muted")
        left_layout.addWidget(self.sections, 1)
        left_layout.addWidget(hint)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the kit")))
        top.addWidget(self.language)
        top.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveKitButton")
        self.reset_button = self.buttons.addButton(self.tr("Use the program's texts"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.setObjectName("resetKitButton")
        self.reset_button.setToolTip(self.tr("Put back the texts the program ships, for this language (saved with Save)"))
        self.reset_button.clicked.connect(self.use_program_texts)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.errors = {"general": error_label("kitGeneral")}

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        self.resize(1180, 720)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._load(self.kit_language)

    # -- building --------------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        self.heading = QLineEdit()
        self.heading.setObjectName("kitHeading")
        self.heading.setMaxLength(MAX_TITLE)
        self.body = QPlainTextEdit()
        self.body.setObjectName("kitBody")
        self.body.setMinimumHeight(220)
        self.heading.textChanged.connect(lambda _text: self._typed())
        self.body.textChanged.connect(self._typed)
        self._last_editor: QObject = self.body
        self.heading.installEventFilter(self)
        self.body.installEventFilter(self)

        self.insert_button = QPushButton(self.tr("Insert placeholder"))
        self.insert_button.setObjectName("kitInsertButton")
        menu = QMenu(self.insert_button)
        menu.setObjectName("kitInsertMenu")
        labels = placeholder_labels()
        for placeholder in PLACEHOLDERS:
            action = menu.addAction(f"{labels[placeholder]}  {self.placeholders.token(placeholder)}")
            action.setObjectName(f"insert_{placeholder}")
            action.triggered.connect(lambda _checked=False, p=placeholder: self.insert(p))
        self.insert_button.setMenu(menu)
        self.insert_menu = menu

        hint = wrapped_label(
            self.tr(
                "Words in braces are filled in for each customer. A line that names something the customer's kit "
                "does not have (no renewal date, no follow-up booked) is left out. A line that starts with • is "
                "printed as a list."
            ),
            "muted",
        )
        self.problem = error_label("kitProblem")

        box = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Heading"), self.heading)
        form.addRow(self.tr("Text"), self.body)
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        return box

    def _build_preview(self) -> QWidget:
        self.preview_box = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_box)
        self.preview_layout.setSpacing(style.SPACE_S)
        self.preview_layout.addStretch(1)
        self.preview = QScrollArea()
        self.preview.setObjectName("kitPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.preview_box)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setMinimumWidth(PREVIEW_WIDTH + 2 * style.SPACE_M + self.preview.verticalScrollBar().sizeHint().width())
        self.preview_note = QLabel()
        self.preview_note.setObjectName("kitPreviewNote")
        self.preview_note.setWordWrap(True)
        style.set_role(self.preview_note, "muted")
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("As it prints"))
        style.set_role(title, "section")
        layout.addWidget(title)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_note)
        return box

    # -- the texts ------------------------------------------------------------------------------
    def texts(self, language: str | None = None) -> list[KitText]:
        """The texts of `language` (the kit's shown) as they stand in the editor."""
        return list(self._texts[language or self.kit_language])

    def _load(self, language: str) -> None:
        if language not in self._texts:
            self._texts[language] = kit_texts(self._context.db, language)
        self._loading = True
        self.sections.clear()
        for text in self._texts[language]:
            item = QListWidgetItem(section_title(text.section))
            item.setData(Qt.ItemDataRole.UserRole, text.section)
            if text.section == "cover":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if text.enabled else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        right_to_left = language == "ar"
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        for editor in (self.heading, self.body):
            editor.setLayoutDirection(direction)
        option = self.body.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        self.body.document().setDefaultTextOption(option)
        self._loading = False
        # The list as wide as its longest heading; the preview as wide as its pages; the text the rest.
        self.sections.setMinimumWidth(self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + style.SPACE_M)
        self.sections.setCurrentRow(min(self._row, self.sections.count() - 1))
        self._show_section(self.sections.currentRow())
        self.schedule_preview(now=True)

    def _language_changed(self) -> None:
        self.kit_language = str(self.language.currentData())
        self._load(self.kit_language)

    def _section_changed(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self._row = row
        self._show_section(row)
        QTimer.singleShot(0, self, self._scroll_to_section)  # once the pages are laid out

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        text = self._texts[self.kit_language][row]
        self._loading = True
        self.heading.setText(self.placeholders.shown(text.title))
        self.body.setPlainText(self.placeholders.shown(text.body))
        self._loading = False
        self._check(text)

    def _switched(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.sections.row(item)
        texts = self._texts[self.kit_language]
        texts[row] = replace(texts[row], enabled=item.checkState() == Qt.CheckState.Checked)
        self._edited.add(self.kit_language)
        self.schedule_preview()

    def _typed(self) -> None:
        if self._loading:
            return
        row = self.sections.currentRow()
        texts = self._texts[self.kit_language]
        texts[row] = replace(
            texts[row], title=self.placeholders.stored(self.heading.text()), body=self.placeholders.stored(self.body.toPlainText())
        )
        self._edited.add(self.kit_language)
        if self._check(texts[row]):
            self.schedule_preview()

    def _check(self, text: KitText) -> bool:
        """Show what is wrong with the text (an unknown placeholder, no heading), as it is typed."""
        try:
            check_kit_text(text)
        except KitError as error:
            show_errors({"kitProblem": self.problem}, {"kitProblem": str(error)})
            style.mark_problem(self.body, True)
            return False
        show_errors({"kitProblem": self.problem}, {})
        style.mark_problem(self.body, False)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and watched in (self.heading, self.body):
            self._last_editor = watched
        return super().eventFilter(watched, event)

    def insert(self, placeholder: str) -> None:
        """Write the placeholder where the cursor is, in the heading or the text (whichever was last in use)."""
        token = self.placeholders.token(placeholder)
        if self._last_editor is self.heading:
            self.heading.insert(token)
            self.heading.setFocus()
        else:
            self.body.insertPlainText(token)
            self.body.setFocus()

    def use_program_texts(self) -> None:
        """The texts the program ships for the kit's language, in the editor (saved with Save)."""
        self._texts[self.kit_language] = default_texts(self.kit_language)
        self._edited.add(self.kit_language)
        self._load(self.kit_language)

    def save(self) -> None:
        db = self._context.db
        edited = {language: self.texts(language) for language in LANGUAGES if language in self._edited}
        run_action(
            self,
            self.tr("Save the welcome kit"),
            lambda: save_all_kit_texts(db, edited),
            lambda _none: self._saved(),
            handles=(KitError,),
            on_refused=self._refused,
        )

    def _saved(self) -> None:
        self._edited.clear()
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: KitError) -> None:
        show_errors(self.errors, {"general": str(error)})
        for row in range(self.sections.count()):
            if self.sections.item(row).data(Qt.ItemDataRole.UserRole) == error.section:
                self.sections.setCurrentRow(row)
                break

    # -- the preview ----------------------------------------------------------------------------
    def schedule_preview(self, *, now: bool = False) -> None:
        if now:
            self._timer.stop()
            self.refresh_preview()
        else:
            self._timer.start()

    def refresh_preview(self) -> None:
        """Make the kit with the texts as they stand, off the window's thread; its pages are drawn
        when it is ready (a newer one replaces it)."""
        self._generation += 1
        generation, db, language, texts = self._generation, self._context.db, self.kit_language, self.texts()
        run_in_background(
            self, self.tr("Preview"), lambda _progress: _make_preview(db, language, texts), lambda made: self._show_preview(generation, *made)
        )

    def preview_now(self) -> None:
        """The preview made at once, on this thread (for a picture of the dialog)."""
        self._timer.stop()
        self._generation += 1
        self._show_preview(self._generation, *_make_preview(self._context.db, self.kit_language, self.texts()))

    def _show_preview(self, generation: int, snapshot: KitSnapshot, pdf: bytes) -> None:
        if generation != self._generation:
            return  # a newer preview is on its way
        self.previewed = snapshot
        for label in self.preview_pages:
            label.deleteLater()
        self.preview_pages = []
        self._page_texts: list[str] = []
        for number, (image, text) in enumerate(_pages(pdf, PREVIEW_WIDTH, PREVIEW_PAGES)):
            label = QLabel()
            label.setObjectName(f"kitPreviewPage{number + 1}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.preview_layout.insertWidget(number, label)
            self.preview_pages.append(label)
            self._page_texts.append(text)
        who = isolate_auto(snapshot.customer_name)
        self.preview_note.setText(
            self._context.format.paragraph(self.tr("The first pages of the kit of {customer}, as it would print now.").format(customer=who))
        )
        QTimer.singleShot(0, self, self._scroll_to_section)  # once the pages are laid out

    def _scroll_to_section(self) -> None:
        """Bring the page with the chosen section's heading into view."""
        if self.previewed is None or not self.preview_pages:
            return
        row = self.sections.currentRow()
        if row < 0:
            return
        key = self.sections.item(row).data(Qt.ItemDataRole.UserRole)
        shown = self.previewed.section(key)
        if shown is None:
            return
        heading = _letters(shown.title)[:12]
        pages = list(zip(self.preview_pages, getattr(self, "_page_texts", [])))
        if key != "cover":
            pages = pages[1:]  # the cover lists every heading
        for label, text in pages:
            if heading and heading in _letters(text):
                self.preview.verticalScrollBar().setValue(label.y())
                return


def _letters(text: str) -> str:
    """Text without harakat and invisible marks, for finding a heading in a page's text."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKC", text) if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")


def _make_preview(db: Database, language: str, texts: Sequence[KitText]) -> tuple[KitSnapshot, bytes]:
    """The kit the preview shows, and its PDF (sample_kit)."""
    from retention_desktop.kit import snapshot_images
    from retention_desktop.pdf.kit import render_kit

    snapshot = sample_kit(db, language, texts)
    return snapshot, render_kit(snapshot, snapshot_images(db, snapshot))


def _pages(pdf: bytes, width: int, count: int) -> Sequence[tuple[QImage, str]]:
    """The first `count` pages of `pdf`, `width` pixels wide, with their text (for finding a heading)."""
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(pdf)
    pages = []
    try:
        for index in range(min(count, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            pages.append((qimage, text))
    finally:
        document.close()
    return pages


__all__ = ["KitEditorDialog", "kit_placeholders", "placeholder_labels"]

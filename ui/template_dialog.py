"""The owner's message templates: add, edit and delete the texts sent to customers.

Placeholders ({name}, {dear}, {shop}, {date}) are shown by their word in the UI's language and
inserted from buttons labelled in it (ui/placeholders.py).
"""

from __future__ import annotations

from babel.lists import format_list
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.templates import (
    MAX_NAME,
    PLACEHOLDERS,
    TemplateError,
    add_template,
    delete_template,
    ensure_default_templates,
    list_templates,
    update_template,
)

from ui.context import AppContext
from ui import style
from ui.buttons import name_buttons
from ui.forms import error_label, follow_window_direction, show_errors
from ui.ops import run_action
from ui.placeholders import Placeholders


def placeholder_words() -> dict[str, str]:
    """Each placeholder's word in the UI's language ("name" → "customer_name", "اسم_العميل"), as the
    editor shows it: the same words as the welcome kit's editor for the same value (ui/kit_editor.py),
    so that the owner learns one word for the customer's name, the shop's and today's date. The
    stored names stay the shorter ones ({name}), which texts saved before keep."""
    # Literal arguments only: lupdate does not read a comment passed through a variable.
    translate = QCoreApplication.translate
    return {
        "name": translate("TemplatesDialog", "customer_name", "a placeholder of a message template, shown between braces: words joined by _, as the welcome kit's"),
        "dear": translate("TemplatesDialog", "dear", "a placeholder of a message template, shown between braces: one word, no braces"),
        "shop": translate("TemplatesDialog", "shop_name", "a placeholder of a message template, shown between braces: words joined by _, as the welcome kit's"),
        "date": translate("TemplatesDialog", "today", "a placeholder of a message template, shown between braces: words joined by _, as the welcome kit's"),
    }


def shown_placeholders(body: str) -> str:
    """A stored template as the editor shows it: {name} becomes {اسم العميل} in Arabic."""
    return Placeholders(placeholder_words()).shown(body)


def stored_placeholders(body: str) -> str:
    """The editor's text as it is stored: each placeholder's word back to the core's {name}."""
    return Placeholders(placeholder_words()).stored(body)


class TemplatesDialog(QDialog):
    """A list of templates on one side, the chosen one's name and text on the other."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Message templates"))
        self._context = context
        self.editing_id: int | None = None

        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = QPushButton(self.tr("New template"))
        self.new_button.setObjectName("newTemplateButton")
        self.new_button.clicked.connect(self.new_template)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name.setMaxLength(MAX_NAME)
        self.body = QPlainTextEdit()
        follow_window_direction(self.body)
        self.body.setObjectName("templateBody")
        self.body.setMinimumHeight(160)
        insert_row = QHBoxLayout()
        insert_row.addWidget(QLabel(self.tr("Insert:")))
        names = {
            "name": self.tr("Customer's name"),
            "dear": self.tr("Dear (by gender)"),
            "shop": self.tr("Shop's name"),
            "date": self.tr("Today's date"),
        }
        words = placeholder_words()
        for placeholder in PLACEHOLDERS:
            button = QPushButton(names[placeholder])
            button.setObjectName(f"insert_{placeholder}")
            button.setToolTip("{" + words[placeholder] + "}")
            button.clicked.connect(lambda _checked=False, p=placeholder: self._insert(p))
            insert_row.addWidget(button)
        insert_row.addStretch(1)
        listed = format_list(["{" + words[p] + "}" for p in PLACEHOLDERS], locale=context.language)
        hint = QLabel(
            self.tr(
                "Placeholders in braces are filled for each customer: {placeholders}. Anything else is sent as you type it."
            ).format(placeholders=listed)
        )
        hint.setWordWrap(True)
        style.set_role(hint, "muted")
        hint.setTextFormat(Qt.TextFormat.PlainText)

        self.errors = {name: error_label(name) for name in ("template",)}
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete template"))
        self.delete_button.setObjectName("deleteTemplateButton")
        self.delete_button.clicked.connect(self.delete)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Text"), self.body)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(insert_row)
        right.addWidget(hint)
        right.addWidget(self.errors["template"])
        right.addLayout(actions)
        right.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(close)
        close.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(close)
        self.resize(720, 420)
        # The default templates are written into the book the first time; if that has to wait (the
        # book busy), the list shows what there is, and Try again fills it in.
        if not run_action(self, self.windowTitle(), lambda: ensure_default_templates(context.db), lambda _added: self.reload()):
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in list_templates(self._context.db):
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, template.body)
            self.list.addItem(item)
            if template.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count() and select_id is None:
            self.list.setCurrentRow(0)
        self._current_changed(self.list.currentItem())

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        show_errors(self.errors, {})
        if item is None:
            self.editing_id = None
            self.delete_button.setEnabled(False)
            return
        self.editing_id = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(item.text())
        self.body.setPlainText(shown_placeholders(item.data(Qt.ItemDataRole.UserRole + 1)))
        self.delete_button.setEnabled(True)

    def _insert(self, placeholder: str) -> None:
        self.body.insertPlainText(Placeholders(placeholder_words()).token(placeholder))
        self.body.setFocus()

    def new_template(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.editing_id = None
        self.delete_button.setEnabled(False)
        self.name.clear()
        self.body.clear()
        self.name.setFocus()

    def _refused(self, error: TemplateError) -> None:
        show_errors(self.errors, {"template": str(error)})

    def save(self) -> None:
        db, template_id, name = self._context.db, self.editing_id, self.name.text()
        body = stored_placeholders(self.body.toPlainText())

        def save() -> int:
            if template_id is None:
                return add_template(db, name=name, body=body)
            update_template(db, template_id, name=name, body=body)
            return template_id

        run_action(self, self.tr("Save template"), save, self._saved, handles=(TemplateError,), on_refused=self._refused)

    def _saved(self, template_id: int) -> None:
        self._context.changed.emit()
        self.reload(template_id)

    def delete(self) -> None:
        """Delete the chosen template; its text stays in the editor, so Save brings it back."""
        if self.editing_id is None:
            return
        db, template_id = self._context.db, self.editing_id
        run_action(
            self,
            self.tr("Delete template"),
            lambda: delete_template(db, template_id),
            lambda _none: self._deleted(),
            handles=(TemplateError,),
            on_refused=self._refused,
        )

    def _deleted(self) -> None:
        self._context.changed.emit()
        name, body = self.name.text(), self.body.toPlainText()
        self.reload(-1)
        self.new_template()
        self.name.setText(name)
        self.body.setPlainText(body)

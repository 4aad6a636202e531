"""The dialog to send a customer a message: pick a template, adjust the text, then send it on
WhatsApp or copy it; either way the message is written into the customer's interaction log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDetails, customer_details
from retention_desktop.followups import FollowUpError, mark_done
from retention_desktop.interactions import InteractionError, log_interaction
from retention_desktop.kinds import InteractionKind, Outcome, PhoneKind
from retention_desktop.settings import SHOP_NAME, get_setting
from retention_desktop.templates import (
    ensure_default_templates,
    list_templates,
    render,
    unfilled_placeholders,
    whatsapp_url,
)

from retention_desktop.text import isolate_auto

from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import error_label, follow_window_direction, show_errors
from ui.ops import run_action


def first_mobile(details: CustomerDetails) -> str:
    """The customer's first mobile number (E.164), or "" when they have only landlines."""
    return next((p.number for p in details.phones if p.kind is PhoneKind.MOBILE), "")


class MessageDialog(QDialog):
    """Write a message to one customer. With `follow_up_id`, sending or copying it closes that
    follow-up (as reached) instead of logging a separate interaction."""

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        follow_up_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self._context = context
        self.customer_id = customer_id
        self.follow_up_id = follow_up_id
        # Opens the WhatsApp link; tests put a recorder here instead of starting a browser.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        fmt = context.format
        self._details = customer_details(context.db, customer_id)
        self.mobile = first_mobile(self._details)
        self._shop_name = get_setting(context.db, SHOP_NAME)
        self._today = shop_today(context.db)
        self.setWindowTitle(self.tr("Message to {name}").format(name=self._details.full_name))

        recipient = QLabel()
        recipient.setObjectName("recipient")
        recipient.setTextFormat(Qt.TextFormat.PlainText)
        recipient.setWordWrap(True)
        if self.mobile:
            # The name isolated, so that a Latin name in Arabic (or the reverse) keeps the phone after it.
            recipient.setText(fmt.paragraph(f"{isolate_auto(self._details.full_name)} — {fmt.phone(self.mobile)}"))
        else:
            recipient.setText(
                fmt.paragraph(
                    self.tr("{name} has no mobile number: copy the text and send it another way.").format(
                        name=self._details.full_name
                    )
                )
            )

        self.template = QComboBox()
        self.template.setObjectName("templateChoice")
        self.manage_button = QPushButton(self.tr("Manage templates…"))
        self.manage_button.setObjectName("manageTemplatesButton")
        self.manage_button.clicked.connect(self.manage_templates)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.manage_button)

        self.text = QPlainTextEdit()
        follow_window_direction(self.text)
        self.text.setObjectName("messageText")
        self.text.setMinimumHeight(150)
        self.text.textChanged.connect(self._text_changed)
        self.warning = QLabel()
        self.warning.setObjectName("placeholderWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.hide()
        self.errors = {"general": error_label("general")}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To"), recipient)
        form.addRow(self.tr("Template"), template_row)
        form.addRow(self.tr("Message"), self.text)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.whatsapp_button = buttons.addButton(self.tr("Send on WhatsApp"), QDialogButtonBox.ButtonRole.ActionRole)
        self.whatsapp_button.setObjectName("whatsappButton")
        self.whatsapp_button.setEnabled(bool(self.mobile))
        self.whatsapp_button.setToolTip(
            self.tr("Opens WhatsApp with the text filled in; you press send there.")
            if self.mobile
            else self.tr("This customer has no mobile number.")
        )
        self.whatsapp_button.clicked.connect(self.send_on_whatsapp)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copies the text, to paste it into any app."))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)  # our «إلغاء», not Qt's «ألغِ»

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors["general"])
        layout.addWidget(buttons)
        self.resize(560, 0)

        # The first message ever writes the default templates into the book; if that has to wait
        # (the book busy), the list shows what there is, and Try again fills it in.
        if not run_action(self, self.windowTitle(), lambda: ensure_default_templates(context.db), self._defaults_written):
            self._load_templates()
        self.template.activated.connect(self._template_chosen)
        self._template_chosen()
        self.text.setFocus()

    # -- templates ----------------------------------------------------------------------------------
    def _defaults_written(self, _added: bool) -> None:
        self._load_templates(self.template.currentIndex() if self.template.count() else None)

    def _load_templates(self, keep: int | None = None) -> None:
        self.template.clear()
        self.template.addItem(self.tr("No template"), None)
        for template in list_templates(self._context.db):
            self.template.addItem(template.name, template.body)
        self.template.setCurrentIndex(keep if keep is not None and keep < self.template.count() else min(1, self.template.count() - 1))

    def _template_chosen(self) -> None:
        body = self.template.currentData()
        self.text.setPlainText(
            render(
                body,
                customer_name=self._details.full_name,
                shop_name=self._shop_name,
                day=self._today,
                gender=self._details.gender,
                format_day=lambda day: self._context.format.date(day, "long"),
            )
            if body
            else ""
        )

    def choose_template(self, name: str) -> None:
        """Pick a template by its name, as the user would in the list."""
        self.template.setCurrentIndex(self.template.findText(name))
        self._template_chosen()

    def manage_templates(self) -> None:
        from ui.template_dialog import TemplatesDialog

        dialog = TemplatesDialog(self._context, self)
        dialog.exec()
        keep = self.template.currentIndex()
        self._load_templates(keep)

    def _text_changed(self) -> None:
        missing = unfilled_placeholders(self.text.toPlainText())
        if "{shop}" in missing and not self._shop_name:
            self.warning.setText(self.tr("The shop's name is not set: enter it in Settings, or replace {shop} in the text."))
        elif missing:
            self.warning.setText(self.tr("Check the text: {placeholders} will be sent as it is.").format(placeholders=" ".join(missing)))
        self.warning.setVisible(bool(missing))

    # -- sending --------------------------------------------------------------------------------------
    def message(self) -> str:
        return self.text.toPlainText().strip()

    def _log(self, text: str, then: Callable[[], object]) -> None:
        """Write the message into the log (or close the follow-up with it), then go on with `then`;
        a problem is shown instead, and `then` is not called."""
        db, customer_id, follow_up_id = self._context.db, self.customer_id, self.follow_up_id

        def log_it() -> int:
            if follow_up_id is not None:
                return mark_done(db, follow_up_id, outcome=Outcome.REACHED, note=text)
            return log_interaction(db, customer_id, kind=InteractionKind.MESSAGE, note=text)

        def logged(_interaction_id: int) -> None:
            self._context.changed.emit()
            then()

        run_action(
            self,
            self.windowTitle(),
            log_it,
            logged,
            handles=(FollowUpError, InteractionError),
            on_refused=lambda error: show_errors(self.errors, {"general": str(error)}),
        )

    def _ready(self) -> str:
        text = self.message()
        if not text:
            show_errors(self.errors, {"general": self.tr("Write the message first.")})
            self.text.setFocus()
        return text

    def whatsapp_link(self) -> QUrl:
        return QUrl.fromEncoded(whatsapp_url(self.mobile, self.message()).encode("ascii"), QUrl.ParsingMode.StrictMode)

    def send_on_whatsapp(self) -> None:
        text = self._ready()
        if not text or not self.mobile:
            return
        link = self.whatsapp_link()
        self._log(text, lambda: self._open_whatsapp(link, text))

    def _open_whatsapp(self, link: QUrl, text: str) -> None:
        if self.open_url(link):
            self.accept()
            return
        # No browser or WhatsApp answered: the text is not lost, and the log already has it.
        QApplication.clipboard().setText(text)
        self.whatsapp_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        show_errors(
            self.errors,
            {"general": self.tr("WhatsApp could not be opened, so the message was copied. Paste it into WhatsApp yourself.")},
        )

    def copy(self) -> None:
        text = self._ready()
        if text:
            self._log(text, lambda: self._copied(text))

    def _copied(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.accept()

"""Settings: the program's language on this PC; the shop's business profile, time zone and follow-up rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.backups import choose_server_backup_folder, chosen_backup_folder
from retention_desktop.errors import UserError
from retention_desktop.profile import BusinessProfile, ProfileChange, ProfileError, save_settings
from retention_desktop.settings import (
    BACKUP_FOLDER,
    BIRTHDAY_GREETING,
    DEFAULT_COUNTRY,
    LAPSE_ONE_OFF_DAYS,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    SHOP_NAME,
    TIME_ZONE,
    SettingError,
    SettingSpec,
    get_setting,
    known_time_zones,
)

from ui.context import AppContext
from ui.forms import ERROR_STYLE, MUTED, NumberBox, error_label, save_cancel_buttons, show_errors, suffix_agreeing, with_error
from ui.ops import run_action
from ui.profile_page import BusinessProfilePage
from ui.safety_page import SafetyPage


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self.language_changed = False

        self._build_language_and_profile()
        self._build_time_zone()
        rules = self._build_rules()
        self._build_text_buttons()
        folder_row = self._build_documents_folder()
        self._build_errors()
        general = self._build_general_page(rules, folder_row)
        self._build_tabs(general)
        buttons, _save = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def _build_language_and_profile(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(self._context.preferences.language))
        # Said before Save, not only after it: the window keeps its language until the next start.
        self.language_hint = QLabel(self.tr("The program speaks this language from its next start: after Save, you can restart it at once."))
        self.language_hint.setObjectName("languageHint")
        self.language_hint.setWordWrap(True)
        self.language_hint.setStyleSheet(MUTED)
        self.language_hint.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_hint.setVisible(self.language.currentData() != self._context.preferences.language)
        )

        # The shop's name and country belong to the business profile; the other settings read them too.
        self.profile = BusinessProfilePage(self._context)
        self.shop_name = self.profile.name_ar
        self.country = self.profile.country

    def _build_time_zone(self) -> None:
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZoneChoice")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fmt = self._context.format
        zones = [z for z in known_time_zones() if z == "UTC" or ("/" in z and not z.startswith(("Etc/", "SystemV/")))]
        for name, code in sorted((fmt.time_zone_name(z), z) for z in zones):
            self.time_zone.addItem(name, code)
            self.time_zone.setItemData(self.time_zone.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.show_time_zone(get_setting(self._context.db, TIME_ZONE))

    def _build_rules(self) -> QGroupBox:
        """The follow-up rules, each with its own setting."""
        self.satisfaction_call = QCheckBox(self.tr("Satisfaction call after a first purchase, after"))
        self.satisfaction_call.setObjectName("satisfactionCall")
        self.satisfaction_days = NumberBox(1, 90)
        self.satisfaction_days.setObjectName("satisfactionDays")
        suffix_agreeing(self.satisfaction_days, lambda n: self.tr(" days", "after the number of days", n))
        self.renewal_call = QCheckBox(self.tr("Call before a renewal or contract end,"))
        self.renewal_call.setObjectName("renewalCall")
        self.renewal_weeks = NumberBox(1, 26)
        self.renewal_weeks.setObjectName("renewalWeeks")
        suffix_agreeing(self.renewal_weeks, lambda n: self.tr(" weeks before", "after the number of weeks", n))
        self.birthday_greeting = QCheckBox(self.tr("Birthday greeting on the customer's birthday"))
        self.birthday_greeting.setObjectName("birthdayGreeting")
        for box, spin, on, amount in (
            (self.satisfaction_call, self.satisfaction_days, SATISFACTION_CALL, SATISFACTION_CALL_DAYS),
            (self.renewal_call, self.renewal_weeks, RENEWAL_CALL, RENEWAL_CALL_WEEKS),
        ):
            box.toggled.connect(spin.setEnabled)
            box.setChecked(get_setting(self._context.db, on))
            spin.setValue(get_setting(self._context.db, amount))
            spin.setEnabled(box.isChecked())
        self.birthday_greeting.setChecked(get_setting(self._context.db, BIRTHDAY_GREETING))
        rules = QGroupBox(self.tr("Follow-up rules"))
        rules.setObjectName("followUpRules")
        rules_layout = QVBoxLayout(rules)
        for box, spin in ((self.satisfaction_call, self.satisfaction_days), (self.renewal_call, self.renewal_weeks)):
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(spin)
            row.addStretch(1)
            rules_layout.addLayout(row)
        rules_layout.addWidget(self.birthday_greeting)
        rules_hint = QLabel(self.tr("Each rule puts a follow-up on the Today list once per customer and occasion."))
        rules_hint.setWordWrap(True)
        rules_hint.setStyleSheet(MUTED)
        rules_layout.addWidget(rules_hint)
        return rules

    def _build_text_buttons(self) -> None:
        self.templates_button = QPushButton(self.tr("Message templates…"))
        self.templates_button.setObjectName("messageTemplatesButton")
        self.templates_button.clicked.connect(self.open_templates)
        self.kit_button = QPushButton(self.tr("Welcome kit…"))
        self.kit_button.setObjectName("welcomeKitButton")
        self.kit_button.setToolTip(self.tr("The texts of the kit printed for new customers"))
        self.kit_button.clicked.connect(self.open_kit_editor)

    def _build_documents_folder(self) -> QHBoxLayout:
        # Where Save as PDF starts, on this PC (the folder saved in last).
        self._documents_folder = self._context.preferences.documents_folder
        self.documents_folder = QLabel()
        self.documents_folder.setObjectName("documentsFolder")
        self.documents_folder.setTextFormat(Qt.TextFormat.PlainText)
        self.documents_folder.setWordWrap(True)
        self.documents_folder_button = QPushButton(self.tr("Choose…"))
        self.documents_folder_button.setObjectName("chooseDocumentsFolder")
        self.documents_folder_button.clicked.connect(self.choose_documents_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.documents_folder, 1)
        folder_row.addWidget(self.documents_folder_button)
        self._show_documents_folder()
        return folder_row

    def _build_errors(self) -> None:
        self.errors = {name: error_label(name) for name in ("time_zone", "general")}
        self.errors["shop_name"] = self.profile.errors["name_ar"]
        self.error = self.errors["general"]
        self.error.setStyleSheet(ERROR_STYLE)

    def _build_general_page(self, rules: QGroupBox, folder_row: QHBoxLayout) -> QWidget:
        general = QWidget()
        general.setObjectName("generalSettingsPage")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_hint)
        form.addRow(self.tr("Time zone"), with_error(self.time_zone, self.errors["time_zone"]))
        form.addRow(self.tr("Save PDFs in"), folder_row)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(rules)
        texts_row = QHBoxLayout()
        texts_row.addWidget(self.templates_button)
        texts_row.addWidget(self.kit_button)
        texts_row.addStretch(1)
        general_layout.addLayout(texts_row)
        general_layout.addStretch(1)
        return general

    def _build_tabs(self, general: QWidget) -> None:
        profile_scroll = QScrollArea()
        profile_scroll.setObjectName("businessProfileScroll")
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setFrameShape(QFrame.Shape.NoFrame)
        profile_scroll.setWidget(self.profile)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(profile_scroll, self.tr("Business profile"))
        self._profile_tab = profile_scroll
        # Data safety: the book open, where its backups go, back up and check now, the owner's PIN.
        self.safety = SafetyPage(self._context)
        self.errors["backup_folder"] = self.safety.error
        self.tabs.addTab(self.safety, self.tr("Data safety"))
        # Lost customers: the reasons they leave, and when a one-off buyer counts as lapsed.
        from ui.loss_settings_page import LossSettingsPage

        self.losses = LossSettingsPage(self._context)
        self.tabs.addTab(self.losses, self.tr("Lost customers"))

    def _values(self) -> list[tuple[str, SettingSpec[Any], object]]:
        return [
            ("general", DEFAULT_COUNTRY, self.country.currentData()),
            ("shop_name", SHOP_NAME, self.shop_name.text()),
            ("time_zone", TIME_ZONE, self.time_zone_code()),
            ("general", SATISFACTION_CALL, self.satisfaction_call.isChecked()),
            ("general", SATISFACTION_CALL_DAYS, self.satisfaction_days.value()),
            ("general", RENEWAL_CALL, self.renewal_call.isChecked()),
            ("general", RENEWAL_CALL_WEEKS, self.renewal_weeks.value()),
            ("general", BIRTHDAY_GREETING, self.birthday_greeting.isChecked()),
            ("general", LAPSE_ONE_OFF_DAYS, self.losses.lapse_days.value()),
            *([("backup_folder", BACKUP_FOLDER, self.safety.folder)] if self._context.db.path is not None else []),
        ]

    def show_time_zone(self, code: str) -> None:
        """Choose the zone `code` ("Asia/Riyadh"), shown by its city and name; a code the list does
        not have is shown as it is."""
        index = self.time_zone.findData(code)
        if index >= 0:
            self.time_zone.setCurrentIndex(index)
        else:
            self.time_zone.setCurrentText(code)

    def time_zone_code(self) -> str:
        """The chosen zone's code: the one behind the name shown, or what was typed (a code such as
        "Africa/Cairo" is taken as it is, and anything else is refused by the setting's check)."""
        text = self.time_zone.currentText().strip()
        index = self.time_zone.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.time_zone.itemData(index)) if index >= 0 else text

    def show_profile(self) -> None:
        """Open on the business profile (from an invoice that cannot be issued without it)."""
        self.tabs.setCurrentWidget(self._profile_tab)
        self.profile.name_ar.setFocus()

    def _show_documents_folder(self) -> None:
        self.documents_folder.setText(self._documents_folder or self.tr("The Documents folder"))

    def choose_documents_folder(self) -> None:
        from ui.printing import choose_documents_folder

        chosen = choose_documents_folder(self, self._documents_folder)
        if chosen:
            self.set_documents_folder(chosen)

    def set_documents_folder(self, folder: str) -> None:
        """The folder Save as PDF starts in from now on (kept when the dialog is saved)."""
        self._documents_folder = folder
        self._show_documents_folder()

    def save(self) -> None:
        values = self._values()
        # Every value is checked before any is saved: a bad one changes nothing.
        errors: dict[str, str] = {}
        for field, spec, value in values:
            try:
                spec.check(value)
            except SettingError as e:
                errors.setdefault(field, str(e))
        show_errors(self.errors, errors)
        if errors:
            first = next(iter(errors))
            if first == "shop_name":
                self.show_profile()
            elif first == "backup_folder":
                self.tabs.setCurrentWidget(self.safety)
            else:
                self.tabs.setCurrentIndex(0)
            {"shop_name": self.shop_name, "time_zone": self.time_zone}.get(first, self.shop_name).setFocus()
            return
        # The profile is checked as a whole (the VAT number against the country), and saved with the
        # other settings in one transaction: a problem in either saves nothing at all.
        change: ProfileChange | None = None
        if self.profile.needs_saving():
            try:
                change = self.profile.change()
            except ProfileError as error:
                self._refused(error)
                return
        db = self._context.db
        settings = [(spec, value) for _field, spec, value in values]
        if db.path is None and self.safety.folder != chosen_backup_folder(db):
            # A book on a server: where this PC puts its backups is this PC's, not the book's.
            try:
                choose_server_backup_folder(db, self.safety.folder)
            except UserError as error:
                show_errors(self.errors, {"backup_folder": str(error)})
                self.tabs.setCurrentWidget(self.safety)
                return
        run_action(
            self,
            self.windowTitle(),
            lambda: save_settings(db, settings, change=change),
            self._saved,
            handles=(ProfileError, SettingError),
            on_refused=self._refused,
        )

    def _refused(self, error: ProfileError | SettingError) -> None:
        if isinstance(error, ProfileError):
            self.profile.show_error(error)
            self.tabs.setCurrentWidget(self._profile_tab)
        else:  # checked above; kept so a surprise is still shown under the form
            show_errors(self.errors, {"general": str(error)})

    def _saved(self, profile: BusinessProfile | None) -> None:
        if profile is not None:
            self.profile.saved(profile)
        self._context.preferences.documents_folder = self._documents_folder
        language = self.language.currentData()
        self.language_changed = language != self._context.preferences.language
        self._context.preferences.language = language
        self._context.settings_changed()
        self.accept()

    def open_templates(self) -> None:
        from ui.template_dialog import TemplatesDialog

        TemplatesDialog(self._context, self).exec()

    def open_kit_editor(self) -> None:
        from ui.kit_editor import KitEditorDialog

        KitEditorDialog(self._context, self).exec()

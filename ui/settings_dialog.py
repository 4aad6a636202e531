"""Settings: the program's language on this PC; the shop's name, country, time zone and follow-up rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.phones import known_countries
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    DEFAULT_COUNTRY,
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
    set_setting,
)

from ui.context import AppContext
from ui.forms import ERROR_STYLE, NumberBox, error_label, save_cancel_buttons, show_errors, with_error


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self.language_changed = False
        db = context.db

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(context.preferences.language))

        self.shop_name = QLineEdit(get_setting(db, SHOP_NAME))
        self.shop_name.setObjectName("shopName")
        self.shop_name.setPlaceholderText(self.tr("As messages to customers sign it"))

        self.country = QComboBox()
        self.country.setObjectName("countryChoice")
        fmt = context.format
        for code in sorted(known_countries(), key=fmt.country_name):
            if code.isalpha():
                self.country.addItem(f"{fmt.country_name(code)} (+{_calling_code(code)})", code)
        self.country.setCurrentIndex(self.country.findData(get_setting(db, DEFAULT_COUNTRY)))

        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZoneChoice")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(sorted(z for z in known_time_zones() if z == "UTC" or ("/" in z and not z.startswith(("Etc/", "SystemV/")))))
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.setCurrentText(get_setting(db, TIME_ZONE))

        # Follow-up rules.
        self.satisfaction_call = QCheckBox(self.tr("Satisfaction call after a first purchase, after"))
        self.satisfaction_call.setObjectName("satisfactionCall")
        self.satisfaction_days = NumberBox(1, 90)
        self.satisfaction_days.setObjectName("satisfactionDays")
        self.satisfaction_days.setSuffix(self.tr(" days"))
        self.renewal_call = QCheckBox(self.tr("Call before a renewal or contract end,"))
        self.renewal_call.setObjectName("renewalCall")
        self.renewal_weeks = NumberBox(1, 26)
        self.renewal_weeks.setObjectName("renewalWeeks")
        self.renewal_weeks.setSuffix(self.tr(" weeks before"))
        self.birthday_greeting = QCheckBox(self.tr("Birthday greeting on the customer's birthday"))
        self.birthday_greeting.setObjectName("birthdayGreeting")
        for box, spin, on, amount in (
            (self.satisfaction_call, self.satisfaction_days, SATISFACTION_CALL, SATISFACTION_CALL_DAYS),
            (self.renewal_call, self.renewal_weeks, RENEWAL_CALL, RENEWAL_CALL_WEEKS),
        ):
            box.toggled.connect(spin.setEnabled)
            box.setChecked(get_setting(db, on))
            spin.setValue(get_setting(db, amount))
            spin.setEnabled(box.isChecked())
        self.birthday_greeting.setChecked(get_setting(db, BIRTHDAY_GREETING))
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
        rules_hint.setStyleSheet("color: #666;")
        rules_layout.addWidget(rules_hint)

        self.templates_button = QPushButton(self.tr("Message templates…"))
        self.templates_button.setObjectName("messageTemplatesButton")
        self.templates_button.clicked.connect(self.open_templates)

        self.errors = {name: error_label(name) for name in ("shop_name", "time_zone", "general")}
        self.error = self.errors["general"]
        self.error.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Shop name"), with_error(self.shop_name, self.errors["shop_name"]))
        form.addRow(self.tr("Country for phone numbers"), self.country)
        hint = QLabel(self.tr("Phone numbers typed without a country code are read as numbers of this country."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form.addRow("", hint)
        form.addRow(self.tr("Time zone"), with_error(self.time_zone, self.errors["time_zone"]))
        buttons, _save = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _values(self) -> list[tuple[str, SettingSpec[Any], object]]:
        return [
            ("general", DEFAULT_COUNTRY, self.country.currentData()),
            ("shop_name", SHOP_NAME, self.shop_name.text()),
            ("time_zone", TIME_ZONE, self.time_zone.currentText().strip()),
            ("general", SATISFACTION_CALL, self.satisfaction_call.isChecked()),
            ("general", SATISFACTION_CALL_DAYS, self.satisfaction_days.value()),
            ("general", RENEWAL_CALL, self.renewal_call.isChecked()),
            ("general", RENEWAL_CALL_WEEKS, self.renewal_weeks.value()),
            ("general", BIRTHDAY_GREETING, self.birthday_greeting.isChecked()),
        ]

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
            {"shop_name": self.shop_name, "time_zone": self.time_zone}.get(next(iter(errors)), self.shop_name).setFocus()
            return
        try:
            for _field, spec, value in values:
                set_setting(self._context.db, spec, value)
        except SettingError as e:  # checked above; kept so a surprise is still shown, not raised
            show_errors(self.errors, {"general": str(e)})
            return
        language = self.language.currentData()
        self.language_changed = language != self._context.preferences.language
        self._context.preferences.language = language
        self._context.settings_changed()
        self.accept()

    def open_templates(self) -> None:
        from ui.template_dialog import TemplatesDialog

        TemplatesDialog(self._context, self).exec()


def _calling_code(region: str) -> int:
    import phonenumbers

    return int(phonenumbers.country_code_for_region(region))

"""Settings: the program's language on this PC and the shop's country for phone numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from retention_desktop.phones import known_countries
from retention_desktop.settings import DEFAULT_COUNTRY, SettingError, get_setting, set_setting

from ui.context import AppContext
from ui.customer_dialog import ERROR_STYLE


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._context = context
        self.language_changed = False

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(context.preferences.language))

        self.country = QComboBox()
        self.country.setObjectName("countryChoice")
        fmt = context.format
        for code in sorted(known_countries(), key=fmt.country_name):
            if code.isalpha():
                self.country.addItem(f"{fmt.country_name(code)} (+{_calling_code(code)})", code)
        self.country.setCurrentIndex(self.country.findData(get_setting(context.db, DEFAULT_COUNTRY)))

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Country for phone numbers"), self.country)
        hint = QLabel(self.tr("Phone numbers typed without a country code are read as numbers of this country."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            set_setting(self._context.db, DEFAULT_COUNTRY, self.country.currentData())
        except SettingError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        language = self.language.currentData()
        self.language_changed = language != self._context.preferences.language
        self._context.preferences.language = language
        self._context.settings_changed()
        self.accept()


def _calling_code(region: str) -> int:
    import phonenumbers

    return int(phonenumbers.country_code_for_region(region))

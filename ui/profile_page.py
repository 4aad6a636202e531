"""The business profile page of the settings: who the seller is on every invoice."""

from __future__ import annotations

from pathlib import Path

from babel.numbers import get_currency_name
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from retention_desktop.money import CURRENCIES, MoneyError, parse_amount, plain_number
from retention_desktop.phones import format_phone, known_countries
from retention_desktop.profile import BusinessProfile, ProfileChange, ProfileError, check_logo, get_profile, logo_bytes
from retention_desktop.catalogue import catalogue_items
from retention_desktop.text import isolate_ltr

from ui.context import AppContext
from ui.forms import MUTED, error_label, show_errors, with_error
from ui.widgets import left_to_right_field

LOGO_PREVIEW_HEIGHT = 56
TERMS_HEIGHT = 90  # three lines of terms, as a shop's usually are, without a scroll bar
HOURS_HEIGHT = 66  # two lines of opening hours (weekdays, Friday) without one

FIELDS = (
    "name_ar",
    "name_en",
    "logo",
    "address",
    "address_en",
    "phone",
    "country",
    "vat_number",
    "currency",
    "vat_rate",
    "prices_include_vat",
    "show_hijri_date",
    "invoice_prefix",
    "credit_note_prefix",
    "terms",
    "terms_en",
    "whatsapp",
    "map_link",
    "opening_hours",
    "opening_hours_en",
    "digits",
)


class BusinessProfilePage(QWidget):
    """The profile's fields; `save()` checks and saves them all, or shows each problem under its field."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessProfilePage")
        self._context = context
        profile = get_profile(context.db)
        self._logo_id = profile.logo_id
        self._new_logo: bytes | None = None
        self._remove_logo = False

        logo_row = self._build_shop_fields(profile)
        self._build_contact_fields(profile)
        rate_row = self._build_tax_fields(profile)
        prefixes = self._build_number_fields(profile)
        self._build_terms_fields(profile)
        self._build_kit_fields(profile)
        self._lay_out(logo_row, rate_row, prefixes)

        self._show_example()
        self._show_logo(logo_bytes(context.db, profile.logo_id))
        self._snapshot = self._inputs()

    def _build_shop_fields(self, profile: BusinessProfile) -> QHBoxLayout:
        """The shop's names and its logo; returns the logo's row."""
        self.name_ar = QLineEdit(profile.name_ar)
        self.name_ar.setObjectName("shopName")
        self.name_ar.setPlaceholderText(self.tr("As messages to customers sign it"))
        self.name_en = QLineEdit(profile.name_en)
        self.name_en.setObjectName("shopNameEn")
        self.name_en.setPlaceholderText(self.tr("For invoices printed in English"))

        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedHeight(LOGO_PREVIEW_HEIGHT)
        self.logo_preview.setMinimumWidth(LOGO_PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #d0d0d0; color: #666; padding: 2px;")
        self.choose_logo_button = QPushButton(self.tr("Choose file…"))
        self.choose_logo_button.setObjectName("chooseLogoButton")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setObjectName("removeLogoButton")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        return logo_row

    def _build_contact_fields(self, profile: BusinessProfile) -> None:
        self.address = QLineEdit(profile.address)
        self.address.setObjectName("shopAddress")
        self.address_en = QLineEdit(profile.address_en)
        self.address_en.setObjectName("shopAddressEn")
        self.address_en.setPlaceholderText(self.tr("For invoices printed in English; empty: the Arabic one"))
        self.phone = QLineEdit(format_phone(profile.phone, profile.country) if profile.phone else "")
        self.phone.setObjectName("shopPhone")
        left_to_right_field(self.phone, self.tr("e.g. 011 234 5678"))

        self.country = QComboBox()
        self.country.setObjectName("countryChoice")
        fmt = self._context.format
        for code in sorted(known_countries(), key=fmt.country_name):
            if code.isalpha():
                # The calling code isolated: «(+966)», not «(966+)», after an Arabic name.
                self.country.addItem(f"{fmt.country_name(code)} ({isolate_ltr(f'+{_calling_code(code)}')})", code)
        self.country.setCurrentIndex(self.country.findData(profile.country))

    def _build_tax_fields(self, profile: BusinessProfile) -> QHBoxLayout:
        """VAT number, currency, rate and how prices are typed, the Hijri date; returns the rate's row."""
        self.vat_number = QLineEdit(profile.vat_number)
        self.vat_number.setObjectName("vatNumber")
        left_to_right_field(self.vat_number, self.tr("Leave empty if the shop is not registered for VAT"))

        self.currency = QComboBox()
        self.currency.setObjectName("currencyChoice")
        for code in CURRENCIES:
            self.currency.addItem(f"{get_currency_name(code, locale=self._context.language)} ({code})", code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(profile.currency)))

        self.vat_rate = QLineEdit(plain_number(profile.vat_rate))
        self.vat_rate.setObjectName("vatRate")
        self.vat_rate.setMaximumWidth(90)
        left_to_right_field(self.vat_rate)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.vat_rate)
        rate_row.addWidget(QLabel("%"))
        rate_row.addStretch(1)

        self.prices_include_vat = QCheckBox(self.tr("Prices are typed with VAT included (as on a shelf label)"))
        self.prices_include_vat.setObjectName("pricesIncludeVat")
        self.prices_include_vat.setChecked(profile.prices_include_vat)
        # The catalogue's prices are kept as typed: switching the terms does not convert them.
        self.prices_changed_hint = QLabel(
            self.tr("The catalogue's prices stay as they were typed: check them in the Catalogue after this change.")
        )
        self.prices_changed_hint.setObjectName("pricesChangedHint")
        self.prices_changed_hint.setWordWrap(True)
        self.prices_changed_hint.setStyleSheet(MUTED)
        self.prices_changed_hint.hide()
        has_catalogue = bool(catalogue_items(self._context.db, include_archived=True))
        self.prices_include_vat.toggled.connect(
            lambda on: self.prices_changed_hint.setVisible(has_catalogue and on != profile.prices_include_vat)
        )
        self.show_hijri_date = QCheckBox(self.tr("Print the Hijri date beside the Gregorian one"))
        self.show_hijri_date.setObjectName("showHijriDate")
        self.show_hijri_date.setChecked(profile.show_hijri_date)
        return rate_row

    def _build_number_fields(self, profile: BusinessProfile) -> QHBoxLayout:
        """The invoice and credit-note prefixes; returns their row."""
        self.invoice_prefix = QLineEdit(profile.invoice_prefix)
        self.invoice_prefix.setObjectName("invoicePrefix")
        self.credit_note_prefix = QLineEdit(profile.credit_note_prefix)
        self.credit_note_prefix.setObjectName("creditNotePrefix")
        for edit in (self.invoice_prefix, self.credit_note_prefix):
            edit.setMaxLength(12)
            edit.setMaximumWidth(140)
            left_to_right_field(edit)
        self.numbers_example = QLabel()
        self.numbers_example.setObjectName("numbersExample")
        self.numbers_example.setStyleSheet(MUTED)
        for edit in (self.invoice_prefix, self.credit_note_prefix):
            edit.textChanged.connect(self._show_example)
        prefixes = QHBoxLayout()
        prefixes.addWidget(QLabel(self.tr("Invoices")))
        prefixes.addWidget(self.invoice_prefix)
        prefixes.addSpacing(12)
        prefixes.addWidget(QLabel(self.tr("Credit notes")))
        prefixes.addWidget(self.credit_note_prefix)
        prefixes.addStretch(1)
        return prefixes

    def _build_terms_fields(self, profile: BusinessProfile) -> None:
        self.terms = QPlainTextEdit(profile.terms)
        self.terms.setObjectName("invoiceTerms")
        self.terms.setPlaceholderText(self.tr("Printed at the foot of each invoice, e.g. goods can be exchanged within 7 days"))
        self.terms.setFixedHeight(TERMS_HEIGHT)
        _read_in(self.terms, Qt.LayoutDirection.RightToLeft)
        self.terms_en = QPlainTextEdit(profile.terms_en)
        self.terms_en.setObjectName("invoiceTermsEn")
        self.terms_en.setPlaceholderText(self.tr("For invoices printed in English; empty: the Arabic terms"))
        self.terms_en.setFixedHeight(TERMS_HEIGHT)
        _read_in(self.terms_en, Qt.LayoutDirection.LeftToRight)

    def _lay_out(self, logo_row: QHBoxLayout, rate_row: QHBoxLayout, prefixes: QHBoxLayout) -> None:
        """Every field in one form, each with its error under it."""
        self.errors = {name: error_label(name) for name in (*FIELDS, "general")}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Shop name (Arabic)"), with_error(self.name_ar, self.errors["name_ar"]))
        form.addRow(self.tr("Shop name (English)"), with_error(self.name_en, self.errors["name_en"]))
        form.addRow(self.tr("Logo"), with_error(logo_row, self.errors["logo"]))
        form.addRow(self.tr("Address (Arabic)"), with_error(self.address, self.errors["address"]))
        form.addRow(self.tr("Address (English)"), with_error(self.address_en, self.errors["address_en"]))
        form.addRow(self.tr("Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("Country"), with_error(self.country, self.errors["country"]))
        hint = QLabel(
            self.tr("Phone numbers typed without a country code are read as numbers of this country; the VAT number is checked for it.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)
        form.addRow("", hint)
        form.addRow(self.tr("VAT registration number"), with_error(self.vat_number, self.errors["vat_number"]))
        form.addRow(self.tr("Currency"), with_error(self.currency, self.errors["currency"]))
        form.addRow(self.tr("VAT rate"), with_error(rate_row, self.errors["vat_rate"]))
        form.addRow("", self.prices_include_vat)
        form.addRow("", self.prices_changed_hint)
        form.addRow("", self.show_hijri_date)
        form.addRow(self.tr("Numbers start with"), with_error(prefixes, self.errors["invoice_prefix"]))
        form.addRow("", with_error(self.numbers_example, self.errors["credit_note_prefix"]))
        for label, box, field in (
            (self.tr("Invoice terms (Arabic)"), self.terms, "terms"),
            (self.tr("Invoice terms (English)"), self.terms_en, "terms_en"),
        ):
            terms = with_error(box, self.errors[field])
            # As tall as the box, with the label beside its top: spare height goes under the form.
            terms.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            form.addRow(label, terms)
        self._add_kit_rows(form)
        form.addRow("", self.errors["general"])

    # -- what the new-customer kit prints about the shop ----------------------------------------------
    def _build_kit_fields(self, profile: BusinessProfile) -> None:
        self.whatsapp = QLineEdit(format_phone(profile.whatsapp, profile.country) if profile.whatsapp else "")
        self.whatsapp.setObjectName("shopWhatsapp")
        left_to_right_field(self.whatsapp, self.tr("e.g. 055 123 4567"))
        self.map_link = QLineEdit(profile.map_link)
        self.map_link.setObjectName("shopMapLink")
        left_to_right_field(self.map_link, self.tr("e.g. https://maps.app.goo.gl/…"))
        self.opening_hours = QPlainTextEdit(profile.opening_hours)
        self.opening_hours.setObjectName("openingHours")
        self.opening_hours.setPlaceholderText(self.tr("e.g. Saturday to Thursday, 9:00 to 23:00"))
        self.opening_hours.setFixedHeight(HOURS_HEIGHT)
        _read_in(self.opening_hours, Qt.LayoutDirection.RightToLeft)
        self.opening_hours_en = QPlainTextEdit(profile.opening_hours_en)
        self.opening_hours_en.setObjectName("openingHoursEn")
        self.opening_hours_en.setPlaceholderText(self.tr("For welcome kits printed in English; empty: the Arabic hours"))
        self.opening_hours_en.setFixedHeight(HOURS_HEIGHT)
        _read_in(self.opening_hours_en, Qt.LayoutDirection.LeftToRight)
        self.digits = QComboBox()
        self.digits.setObjectName("printDigits")
        self.digits.addItem(self.tr("Western (0123456789)"), "latn")
        self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)"), "arab")
        self.digits.setCurrentIndex(max(0, self.digits.findData(profile.digits)))

    def _add_kit_rows(self, form: QFormLayout) -> None:
        heading = QLabel(self.tr("For the new-customer kit"))
        heading.setObjectName("kitProfileHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form.addRow(heading)
        form.addRow(self.tr("WhatsApp"), with_error(self.whatsapp, self.errors["whatsapp"]))
        form.addRow(self.tr("Map link"), with_error(self.map_link, self.errors["map_link"]))
        for label, box, field in (
            (self.tr("Opening hours (Arabic)"), self.opening_hours, "opening_hours"),
            (self.tr("Opening hours (English)"), self.opening_hours_en, "opening_hours_en"),
        ):
            hours = with_error(box, self.errors[field])
            hours.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            form.addRow(label, hours)
        form.addRow(self.tr("Digits in Arabic print"), with_error(self.digits, self.errors["digits"]))

    def _show_example(self) -> None:
        fmt = self._context.format
        self.numbers_example.setText(
            self.tr("For example {invoice} and {credit_note}").format(
                invoice=fmt.document_number(f"{self.invoice_prefix.text().strip()}000001"),
                credit_note=fmt.document_number(f"{self.credit_note_prefix.text().strip()}000001"),
            )
        )

    # -- the logo ----------------------------------------------------------------------------------
    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(LOGO_PREVIEW_HEIGHT - 6, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Take an image file as the new logo (saved with the rest); a problem shows under the logo."""
        try:
            data = path.read_bytes()
            check_logo(data)
        except OSError as error:
            show_errors({"logo": self.errors["logo"]}, {"logo": self.tr("The file cannot be read: {reason}").format(reason=error.strerror or error)})
            return False
        except ProfileError as error:
            show_errors({"logo": self.errors["logo"]}, {"logo": str(error)})
            return False
        show_errors({"logo": self.errors["logo"]}, {})
        self._new_logo = data
        self._remove_logo = False
        self._show_logo(data)
        return True

    def remove_logo(self) -> None:
        self._new_logo = None
        self._remove_logo = True
        self._show_logo(None)

    # -- saving ------------------------------------------------------------------------------------
    def _inputs(self) -> dict[str, object]:
        """What is on the page, to tell whether it changed."""
        return {
            "name_ar": self.name_ar.text(),
            "name_en": self.name_en.text(),
            "new_logo": self._new_logo,
            "remove_logo": self._remove_logo,
            "address": self.address.text(),
            "address_en": self.address_en.text(),
            "phone": self.phone.text(),
            "country": self.country.currentData(),
            "vat_number": self.vat_number.text(),
            "currency": self.currency.currentData(),
            "vat_rate": self.vat_rate.text(),
            "prices_include_vat": self.prices_include_vat.isChecked(),
            "show_hijri_date": self.show_hijri_date.isChecked(),
            "invoice_prefix": self.invoice_prefix.text(),
            "credit_note_prefix": self.credit_note_prefix.text(),
            "terms": self.terms.toPlainText(),
            "terms_en": self.terms_en.toPlainText(),
            "whatsapp": self.whatsapp.text(),
            "map_link": self.map_link.text(),
            "opening_hours": self.opening_hours.toPlainText(),
            "opening_hours_en": self.opening_hours_en.toPlainText(),
            "digits": self.digits.currentData(),
        }

    def changed(self) -> bool:
        """Whether anything on the page differs from what was loaded."""
        return self._inputs() != self._snapshot

    def needs_saving(self) -> bool:
        """Whether the profile is to be checked and saved as a whole. A shop without a profile may
        still change the country of its phone numbers alone (a general setting too); with a
        profile, a new country checks its VAT number again."""
        if not self.changed():
            return False
        now = self._inputs()
        others_changed = any(value != self._snapshot[name] for name, value in now.items() if name != "country")
        return others_changed or bool(self.name_ar.text().strip() or self.name_en.text().strip())

    def profile(self) -> BusinessProfile:
        """The profile as typed; ProfileError for a VAT rate that is not a number."""
        try:
            rate = parse_amount(self.vat_rate.text(), decimals=2, field="vat_rate")
        except MoneyError as error:
            raise ProfileError(str(error), field="vat_rate") from error
        return BusinessProfile(
            name_ar=self.name_ar.text(),
            name_en=self.name_en.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            vat_number=self.vat_number.text(),
            country=str(self.country.currentData()),
            currency=str(self.currency.currentData()),
            vat_rate=rate,
            prices_include_vat=self.prices_include_vat.isChecked(),
            terms=self.terms.toPlainText(),
            terms_en=self.terms_en.toPlainText(),
            address_en=self.address_en.text(),
            show_hijri_date=self.show_hijri_date.isChecked(),
            invoice_prefix=self.invoice_prefix.text(),
            credit_note_prefix=self.credit_note_prefix.text(),
            logo_id=self._logo_id,
            whatsapp=self.whatsapp.text(),
            map_link=self.map_link.text(),
            opening_hours=self.opening_hours.toPlainText(),
            opening_hours_en=self.opening_hours_en.toPlainText(),
            digits=str(self.digits.currentData()),
        )

    def change(self) -> ProfileChange:
        """The profile as typed, with its logo, for the core to check and save as a whole (as part
        of the Settings dialog's one transaction); ProfileError at once for a VAT rate that is not a
        number."""
        return ProfileChange(self.profile(), self._new_logo, self._remove_logo)

    def saved(self, saved: BusinessProfile) -> None:
        """After the profile was saved: the page holds what the book holds now."""
        self._logo_id = saved.logo_id
        self._new_logo = None
        self._remove_logo = False
        self.show_errors({})
        self._snapshot = self._inputs()

    def show_error(self, error: ProfileError) -> None:
        field = error.field if error.field in self.errors else ("logo" if error.field == "logo_id" else "general")
        self.show_errors({field: str(error)})
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        show_errors(self.errors, errors)

    def field_widget(self, field: str) -> QWidget | None:
        return {
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "logo": self.choose_logo_button,
            "address": self.address,
            "address_en": self.address_en,
            "phone": self.phone,
            "country": self.country,
            "vat_number": self.vat_number,
            "currency": self.currency,
            "vat_rate": self.vat_rate,
            "invoice_prefix": self.invoice_prefix,
            "credit_note_prefix": self.credit_note_prefix,
            "terms": self.terms,
            "terms_en": self.terms_en,
            "whatsapp": self.whatsapp,
            "map_link": self.map_link,
            "opening_hours": self.opening_hours,
            "opening_hours_en": self.opening_hours_en,
            "digits": self.digits,
        }.get(field)


def _read_in(editor: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """A field of one language in that language's direction, whatever the window's and whatever a
    paragraph starts with: English left to right; Arabic right to left, so that «10:00 – 23:00»
    after «السبت إلى الخميس:» keeps its place in an English window too."""
    option = editor.document().defaultTextOption()
    option.setTextDirection(direction)
    right = direction == Qt.LayoutDirection.RightToLeft
    option.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
    editor.document().setDefaultTextOption(option)


def _calling_code(region: str) -> int:
    import phonenumbers

    return int(phonenumbers.country_code_for_region(region))

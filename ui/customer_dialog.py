"""The dialog to add or edit a customer, with each problem shown next to its field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import add_months, shop_today
from retention_desktop.customers import (
    MAX_AREA,
    MAX_CADENCE,
    MAX_EMAIL,
    CustomerDraft,
    CustomerNotFound,
    LikelyDuplicate,
    ValidationError,
    add_customer,
    customer_details,
    known_areas,
    known_tags,
    update_customer,
)
from retention_desktop.phones import format_phone
from retention_desktop.kinds import CadenceUnit, CustomerKind, Gender, Source, Stage

from ui.context import AppContext
from ui.forms import NumberBox, error_label, period_units, save_cancel_buttons, to_qdate, with_error
from ui.labels import gender_label, kind_label, source_label, stage_label
from ui.ops import run_action
from ui.widgets import CustomerPicker, DateEdit, left_to_right_field

_TAG_SEPARATORS = re.compile("[,،;؛]")


class PhoneList(QWidget):
    """One line per phone number, with a button to add another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        self._removes: dict[QLineEdit, QToolButton] = {}
        self._tab_neighbours: tuple[QWidget, QWidget] | None = None
        self.add_button = add = QPushButton(self.tr("Add another number"))
        add.setObjectName("addPhoneButton")
        add.clicked.connect(lambda: self.add_phone("").setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeading)

    def add_phone(self, text: str) -> QLineEdit:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text)
        edit.setObjectName(f"phone{len(self.edits)}")
        # Digits and "+" read left to right even in an Arabic window.
        left_to_right_field(edit, self.tr("e.g. 055 123 4567"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this number"))
        remove.clicked.connect(lambda: self._remove(row, edit))
        line.addWidget(edit)
        line.addWidget(remove)
        self._rows.addWidget(row)
        self.edits.append(edit)
        self._removes[edit] = remove
        self._order_tabs()
        return edit

    def tab_between(self, before: QWidget, after: QWidget) -> None:
        """Put the numbers in the Tab order between two fields of the form, and keep them there as
        numbers are added or removed (widgets made after the form would otherwise come last)."""
        self._tab_neighbours = (before, after)
        self._order_tabs()

    def _order_tabs(self) -> None:
        if self._tab_neighbours is None:
            return
        before, after = self._tab_neighbours
        chain = [before, *(w for e in self.edits for w in (e, self._removes[e])), self.add_button, after]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _remove(self, row: QWidget, edit: QLineEdit) -> None:
        self.edits.remove(edit)
        del self._removes[edit]
        row.deleteLater()
        if not self.edits:
            self.add_phone("")
        else:
            self._order_tabs()

    def numbers(self) -> tuple[str, ...]:
        return tuple(e.text() for e in self.edits if e.text().strip())


class CustomerDialog(QDialog):
    """Add a customer (customer_id None) or edit one; `saved_id` holds the id after Save."""

    def __init__(self, context: AppContext, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._context = context
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New customer") if customer_id is None else self.tr("Edit customer"))

        self._build_contact_fields()
        birthday_row = self._build_birthday()
        self._build_tags()
        self._build_stage_and_source(customer_id)
        renewal_row = self._build_renewal()
        cadence_row = self._build_cadence()
        self._build_notes_and_errors()
        self._build_duplicate_box()
        form = self._build_form(birthday_row, renewal_row, cadence_row)

        buttons, self.save_button = save_cancel_buttons(self, lambda: self._save(allow_duplicate=False))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.duplicate_box)
        layout.addWidget(buttons)
        self.resize(560, 0)

        if customer_id is None:
            self.phones.add_phone("")
        else:
            self._load(customer_id)
        self.phones.tab_between(self.gender, self.email)
        self.full_name.setFocus()
        for edit in (self.full_name, self.email):
            edit.textEdited.connect(self._hide_duplicate)

    def _build_contact_fields(self) -> None:
        self.kind = QComboBox()
        for kind in CustomerKind:
            self.kind.addItem(kind_label(kind), kind)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.full_name.setMaxLength(200)
        self.gender = QComboBox()
        self.gender.setToolTip(self.tr("Used to address the customer correctly in Arabic messages"))
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender)
        self.phones = PhoneList()
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setMaxLength(MAX_EMAIL)
        left_to_right_field(self.email)
        self.area = QLineEdit()
        self.area.setObjectName("area")
        self.area.setMaxLength(MAX_AREA)  # check_draft refuses longer; this field has no place for the message
        self.area.setCompleter(QCompleter(known_areas(self._context.db), self.area))
        self.address = QLineEdit()
        self.address.setObjectName("address")

    def _build_birthday(self) -> QHBoxLayout:
        self.birthday_known = QCheckBox(self.tr("Known"))
        self.birthday_known.setObjectName("birthdayKnown")
        self.birthday = DateEdit()
        self.birthday.setObjectName("birthday")
        self.birthday.setCalendarPopup(True)
        self.birthday.setMinimumDate(QDate(1900, 1, 1))
        self.birthday.setDate(QDate(1990, 1, 1))
        self.birthday.setEnabled(False)
        self.birthday_known.toggled.connect(self.birthday.setEnabled)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.birthday_known)
        birthday_row.addWidget(self.birthday, 1)
        return birthday_row

    def _build_tags(self) -> None:
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Separate tags with commas, e.g. VIP, family"))
        self._tag_completer = QCompleter(QStringListModel(known_tags(self._context.db)), self.tags)
        self._tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.textEdited.connect(self._complete_tag)
        self._tag_completer.activated.connect(self._insert_tag)
        self._tag_completer.setWidget(self.tags)

    def _build_stage_and_source(self, customer_id: int | None) -> None:
        # A new customer's first stage is the owner's to say (one who bought before the book
        # existed); after that the stage is the lifecycle's: purchases move it, and the card marks a
        # customer lost or won back. The field then shows it and cannot contradict it.
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for stage in Stage:
            if customer_id is not None or stage not in (Stage.LOST, Stage.WON_BACK):
                self.stage.addItem(stage_label(stage), stage)
        if customer_id is not None:
            self.stage.setEnabled(False)
            self.stage.setToolTip(self.tr("The stage follows the customer's purchases; mark them lost or won back from their card."))
        self.source = QComboBox()
        self.source.setObjectName("source")
        for source in Source:
            self.source.addItem(source_label(source), source)
        self.referrer = CustomerPicker(self._context, exclude=customer_id)
        self.referrer.setObjectName("referrer")
        self.referrer.chosen.connect(self._referrer_chosen)

    def _build_renewal(self) -> QHBoxLayout:
        self.renewal_known = QCheckBox(self.tr("Has one"))
        self.renewal_known.setObjectName("renewalKnown")
        self.renewal_on = DateEdit()
        self.renewal_on.setObjectName("renewalOn")
        self.renewal_on.setCalendarPopup(True)
        self.renewal_on.setMinimumDate(QDate(2000, 1, 1))
        self.renewal_on.setDate(to_qdate(add_months(shop_today(self._context.db), 12)))
        self.renewal_on.setEnabled(False)
        self.renewal_on.setToolTip(self.tr("When a contract or subscription ends; a call can be scheduled some weeks before it"))
        self.renewal_known.toggled.connect(self.renewal_on.setEnabled)
        renewal_row = QHBoxLayout()
        renewal_row.addWidget(self.renewal_known)
        renewal_row.addWidget(self.renewal_on, 1)
        return renewal_row

    def _build_cadence(self) -> QHBoxLayout:
        self.cadence_on = QCheckBox(self.tr("Every"))
        self.cadence_on.setObjectName("cadenceOn")
        # 0 is allowed here so that the check (and its message) is the core's.
        self.contact_every = NumberBox(0, max(MAX_CADENCE.values()))
        self.contact_every.setObjectName("contactEvery")
        self.contact_every.setValue(1)
        self.contact_unit = period_units(self.contact_every, CadenceUnit.MONTHS)
        self.contact_unit.setObjectName("contactUnit")
        for widget in (self.contact_every, self.contact_unit):
            widget.setEnabled(False)
            self.cadence_on.toggled.connect(widget.setEnabled)
        self.cadence_on.setToolTip(self.tr("A follow-up appears by itself when the last contact is older than this"))
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_on)
        cadence_row.addWidget(self.contact_every)
        cadence_row.addWidget(self.contact_unit, 1)
        return cadence_row

    def _build_notes_and_errors(self) -> None:
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Personal touch: family, preferences, what they care about"))
        self.notes.setFixedHeight(90)

        self.errors = {
            name: error_label(name)
            for name in ("full_name", "phones", "email", "birthday", "tags", "referred_by", "renewal_on", "contact_every", "general")
        }

    def _build_duplicate_box(self) -> None:
        """Shown when the name or a phone matches a customer already in the book."""
        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("duplicateWarning")
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_box.setStyleSheet("#duplicateWarning { background: #fff4e5; border: 1px solid #f0a030; }")
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.save_anyway = QPushButton(self.tr("Save anyway"))
        self.save_anyway.setObjectName("saveAnywayButton")
        self.save_anyway.clicked.connect(lambda: self._save(allow_duplicate=True))
        duplicate_layout = QHBoxLayout(self.duplicate_box)
        duplicate_layout.addWidget(self.duplicate_text, 1)
        duplicate_layout.addWidget(self.save_anyway)
        self.duplicate_box.hide()

    def _build_form(self, birthday_row: QHBoxLayout, renewal_row: QHBoxLayout, cadence_row: QHBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer is a"), self.kind)
        form.addRow(self.tr("Full name"), with_error(self.full_name, self.errors["full_name"]))
        form.addRow(self.tr("Form of address"), self.gender)
        form.addRow(self.tr("Phone numbers"), with_error(self.phones, self.errors["phones"]))
        form.addRow(self.tr("Email"), with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Birthday"), with_error(birthday_row, self.errors["birthday"]))
        form.addRow(self.tr("Tags"), with_error(self.tags, self.errors["tags"]))
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("How they found us"), self.source)
        form.addRow(self.tr("Referred by"), with_error(self.referrer, self.errors["referred_by"]))
        form.addRow(self.tr("Renewal / contract end"), with_error(renewal_row, self.errors["renewal_on"]))
        form.addRow(self.tr("Stay in touch"), with_error(cadence_row, self.errors["contact_every"]))
        form.addRow(self.tr("Notes"), self.notes)
        return form

    def _load(self, customer_id: int) -> None:
        details = customer_details(self._context.db, customer_id)
        self.kind.setCurrentIndex(self.kind.findData(details.kind))
        self.full_name.setText(details.full_name)
        self.gender.setCurrentIndex(self.gender.findData(details.gender))
        for phone in details.phones or ():
            self.phones.add_phone(format_phone(phone.number, self._context.country))
        if not details.phones:
            self.phones.add_phone("")
        self.email.setText(details.email)
        self.area.setText(details.area)
        self.address.setText(details.address)
        if details.birthday:
            self.birthday_known.setChecked(True)
            self.birthday.setDate(QDate(details.birthday.year, details.birthday.month, details.birthday.day))
        self.tags.setText(self.tr(", ").join(details.tags))
        self.stage.setCurrentIndex(self.stage.findData(details.stage))
        self.source.setCurrentIndex(self.source.findData(details.source))
        if details.referred_by_id is not None:
            self.referrer.set_customer(details.referred_by_id, details.referred_by_name)
        if details.renewal_on:
            self.renewal_known.setChecked(True)
            self.renewal_on.setDate(QDate(details.renewal_on.year, details.renewal_on.month, details.renewal_on.day))
        if details.contact_every is not None and details.contact_unit is not None:
            self.cadence_on.setChecked(True)
            self.contact_every.setValue(details.contact_every)
            self.contact_unit.setCurrentIndex(self.contact_unit.findData(details.contact_unit))
        self.notes.setPlainText(details.notes)

    # -- tags and referrer helpers -----------------------------------------------------------------
    def _complete_tag(self, text: str) -> None:
        current = _TAG_SEPARATORS.split(text)[-1].strip()
        if current:
            self._tag_completer.setCompletionPrefix(current)
            self._tag_completer.complete()
        else:
            self._tag_completer.popup().hide()

    def _insert_tag(self, tag: str) -> None:
        parts = _TAG_SEPARATORS.split(self.tags.text())
        parts[-1] = tag
        self.tags.setText(self.tr(", ").join(p.strip() for p in parts if p.strip()) + self.tr(", "))

    def _referrer_chosen(self, _customer_id: int) -> None:
        if self.source.currentData() == Source.UNKNOWN:
            self.source.setCurrentIndex(self.source.findData(Source.REFERRAL))

    # -- saving ----------------------------------------------------------------------------------------
    def draft(self) -> CustomerDraft:
        birthday = None
        if self.birthday_known.isChecked():
            qd = self.birthday.date()
            birthday = date(qd.year(), qd.month(), qd.day())
        renewal_on = None
        if self.renewal_known.isChecked():
            qd = self.renewal_on.date()
            renewal_on = date(qd.year(), qd.month(), qd.day())
        cadence = self.cadence_on.isChecked()
        return CustomerDraft(
            full_name=self.full_name.text(),
            phones=self.phones.numbers(),
            email=self.email.text(),
            address=self.address.text(),
            area=self.area.text(),
            birthday=birthday,
            gender=self.gender.currentData(),
            kind=self.kind.currentData(),
            tags=tuple(t.strip() for t in _TAG_SEPARATORS.split(self.tags.text()) if t.strip()),
            notes=self.notes.toPlainText(),
            source=self.source.currentData(),
            referred_by_id=self.referrer.customer_id,
            stage=self.stage.currentData(),
            renewal_on=renewal_on,
            contact_every=self.contact_every.value() if cadence else None,
            contact_unit=CadenceUnit(self.contact_unit.currentData()) if cadence else None,
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))

    def _hide_duplicate(self) -> None:
        self.duplicate_box.hide()

    def _save(self, *, allow_duplicate: bool) -> None:
        self.duplicate_box.hide()
        if self.referrer.text().strip() and self.referrer.customer_id is None:
            self._show_errors({"referred_by": self.tr("Choose the referring customer from the list, or clear the field.")})
            return
        draft = self.draft()
        db, customer_id = self._context.db, self.customer_id

        def save() -> int:
            if customer_id is None:
                return add_customer(db, draft, allow_duplicate=allow_duplicate)
            update_customer(db, customer_id, draft, allow_duplicate=allow_duplicate)
            return customer_id

        run_action(
            self, self.windowTitle(), save, self._saved, handles=(ValidationError, LikelyDuplicate, CustomerNotFound), on_refused=self._refused
        )

    def _saved(self, customer_id: int) -> None:
        self.saved_id = customer_id
        self._context.changed.emit()
        self.accept()

    def _refused(self, error: ValidationError | LikelyDuplicate | CustomerNotFound) -> None:
        """The core's problems with what was typed, each shown next to its field."""
        if isinstance(error, ValidationError):
            self._show_errors(error.errors)
            first = next(iter(error.errors))
            fields: dict[str, QWidget] = {
                "full_name": self.full_name,
                "email": self.email,
                "tags": self.tags,
                "contact_every": self.contact_every,
            }
            fields.get(first, self.full_name).setFocus()
        elif isinstance(error, LikelyDuplicate):
            self._show_errors({})
            names = "\n".join(
                f"• {m.full_name} {self._context.format.phone(m.phone)}" + (self.tr(" (archived)") if m.archived else "")
                for m in error.matches
            )
            self.duplicate_text.setText(
                self.tr("This phone number already belongs to:\n{names}\nIs this a different customer?").format(names=names)
            )
            self.duplicate_box.show()
            self.save_anyway.setFocus()
        else:
            self._show_errors({"general": str(error)})

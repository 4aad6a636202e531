"""The customer card: everything the shop knows about one customer, at a glance."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from retention_desktop.customers import CustomerDetails, CustomerNotFound, customer_details

from ui.context import AppContext
from ui.labels import gender_label, kind_label, phone_kind_label, source_label, stage_label


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class CustomerCard(QScrollArea):
    """Shows one customer; asks the book to edit, archive or restore them, or to open a referrer."""

    edit_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self._context = context
        self.customer_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("cardStage")
        self.archived = QLabel()
        self.archived.setObjectName("cardArchived")
        self.archived.setStyleSheet("background: #eeeeee; padding: 4px;")
        self.archived.setWordWrap(True)

        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        for key, label in (
            ("phones", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("area", self.tr("Area")),
            ("address", self.tr("Address")),
            ("birthday", self.tr("Birthday")),
            ("kind", self.tr("Customer is a")),
            ("gender", self.tr("Form of address")),
            ("tags", self.tr("Tags")),
            ("source", self.tr("How they found us")),
            ("referred_by", self.tr("Referred by")),
            ("referrals", self.tr("Has referred")),
            ("created", self.tr("Customer since")),
        ):
            value = QLabel()
            value.setObjectName(f"card_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)  # every value is escaped before it is set
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            value.linkActivated.connect(self._link)
            self.fields.addRow(label, value)
            self._values[key] = value

        self.notes_title = QLabel(self.tr("Personal notes"))
        self.notes = QLabel()
        self.notes.setObjectName("card_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setStyleSheet("background: #fffbe6; padding: 6px;")

        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("cardEditButton")
        self.edit_button.clicked.connect(lambda: self._ask(self.edit_requested))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("cardArchiveButton")
        self.archive_button.clicked.connect(lambda: self._ask(self.archive_requested))
        self.restore_button = QPushButton(self.tr("Restore to the book"))
        self.restore_button.setObjectName("cardRestoreButton")
        self.restore_button.clicked.connect(lambda: self._ask(self.restore_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        self.empty = QLabel(self.tr("Choose a customer in the list to see their card."))
        self.empty.setObjectName("cardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        content.addLayout(title)
        content.addWidget(self.archived)
        content.addLayout(self.fields)
        content.addWidget(self.notes_title)
        content.addWidget(self.notes)
        content.addLayout(buttons)
        content.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        self.show_customer(None)

    def _ask(self, signal: Signal) -> None:
        if self.customer_id is not None:
            signal.emit(self.customer_id)  # type: ignore[attr-defined]

    def _link(self, link: str) -> None:
        if link.startswith("customer:"):
            self.open_customer.emit(int(link.removeprefix("customer:")))

    def refresh(self) -> None:
        self.show_customer(self.customer_id)

    def show_customer(self, customer_id: int | None) -> None:
        details: CustomerDetails | None = None
        if customer_id is not None:
            try:
                details = customer_details(self._context.db, customer_id)
            except CustomerNotFound:
                details = None
        self.customer_id = details.id if details else None
        self.empty.setVisible(details is None)
        self.content.setVisible(details is not None)
        if details is not None:
            self._fill(details)

    def _fill(self, d: CustomerDetails) -> None:
        fmt = self._context.format
        self.name.setText(fmt.paragraph(d.full_name))
        self.badge.setText(stage_label(d.stage))
        self.badge.setStyleSheet("background: #e3f0ff; border-radius: 8px; padding: 3px 8px;")
        self.archived.setVisible(d.archived_at is not None)
        if d.archived_at is not None:
            self.archived.setText(self.tr("Archived on {date}. Restore to bring back into the book.").format(date=fmt.date(d.archived_at)))
        phones = "<br>".join(
            f"{escape(fmt.phone(p.number))} <span style='color:#666'>({escape(phone_kind_label(p.kind))})</span>"
            for p in d.phones
        )
        birthday = ""
        if d.birthday:
            birthday = self.tr("{date} (age {age})").format(
                date=fmt.date(d.birthday, "long"), age=fmt.number(_years_between(d.birthday, date.today()))
            )
        values = {
            "phones": phones,
            "email": escape(d.email),
            "area": escape(d.area),
            "address": escape(d.address),
            "birthday": escape(birthday),
            "kind": escape(kind_label(d.kind)),
            "gender": escape(gender_label(d.gender)) if d.gender.value != "unspecified" else "",
            "tags": escape(self.tr(", ").join(d.tags)),
            "source": escape(source_label(d.source)) if d.source.value != "unknown" else "",
            "referred_by": f"<a href='customer:{d.referred_by_id}'>{escape(d.referred_by_name)}</a>" if d.referred_by_id else "",
            "referrals": self.tr(", ").join(f"<a href='customer:{i}'>{escape(n)}</a>" for i, n in d.referrals),
            "created": escape(fmt.date(d.created_at, "long")),
        }
        for key, text in values.items():
            label = self._values[key]
            label.setText(fmt.paragraph(text))
            label.setVisible(bool(text))
            self.fields.labelForField(label).setVisible(bool(text))
        self.notes.setText(fmt.paragraph(d.notes))
        self.notes.setVisible(bool(d.notes))
        self.notes_title.setVisible(bool(d.notes))
        archived = d.archived_at is not None
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived)
        self.edit_button.setEnabled(not archived)

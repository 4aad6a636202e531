"""The customer card: everything the shop knows about one customer, at a glance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today, shop_zone
from retention_desktop.customers import CustomerDetails, CustomerNotFound, customer_details
from retention_desktop.followups import FollowUpRow, customer_follow_ups
from retention_desktop.text import isolate, isolate_auto
from retention_desktop.interactions import InteractionError, InteractionRow, customer_timeline, resolve_complaint
from retention_desktop.kinds import CadenceUnit, DocumentKind, InteractionKind
from retention_desktop.sales import PaymentStatus, PurchaseHistory, purchase_history

from ui.context import AppContext
from ui.forms import MUTED
from ui.labels import (
    follow_up_kind_label,
    gender_label,
    interaction_kind_label,
    document_kind_label,
    kind_label,
    outcome_label,
    payment_status_text,
    phone_kind_label,
    source_label,
    stage_label,
)
from ui.ops import run_action

# The card shows this many of the newest interactions, and a button for the rest.
TIMELINE_PAGE = 50
# The card lists this many of the newest invoices and credit notes; the Sales tab finds the rest.
PURCHASES_SHOWN = 20
PURCHASE_ROWS_VISIBLE = 6
OVERDUE_STYLE = "color: #b3261e;"


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class CustomerCard(QScrollArea):
    """Shows one customer; asks the book to edit, archive or restore them, or to open a referrer."""

    edit_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    open_customer = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self._context = context
        self.customer_id: int | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(320)  # narrower, the history's buttons and lines no longer fit
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
            ("renewal", self.tr("Renewal / contract end")),
            ("cadence", self.tr("Stay in touch")),
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

        # What the customer bought: totals, and the newest invoices and credit notes.
        self.purchases_title = self._section_title(context.format.paragraph(self.tr("Purchases")))
        self.purchases_summary = QLabel()
        self.purchases_summary.setObjectName("cardPurchaseSummary")
        self.purchases_summary.setWordWrap(True)
        self.purchases_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.purchases_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Two lines per document (number and date; total and status): the card is narrow.
        self.documents = QListWidget()
        self.documents.setObjectName("cardDocuments")
        self.documents.setAlternatingRowColors(True)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setWordWrap(True)
        self.documents.itemActivated.connect(lambda item: self.open_document(item.data(Qt.ItemDataRole.UserRole)))
        self.documents.setToolTip(self.tr("Double-click to open"))
        self.more_documents = self._muted("")
        self.more_documents.setObjectName("cardMoreDocuments")
        self.new_invoice_button = QPushButton(self.tr("New invoice…"))
        self.new_invoice_button.setObjectName("cardNewInvoiceButton")
        self.new_invoice_button.clicked.connect(lambda: self.new_invoice())
        self.purchases: PurchaseHistory | None = None

        # Open follow-ups and the interaction log, below the details.
        self.follow_ups_title = self._section_title(context.format.paragraph(self.tr("Follow-ups")))
        # Each list is rebuilt in a fresh, hidden widget that then replaces the shown one: adding
        # entries to a shown layout one by one lays the whole card out again for each of them.
        self.follow_ups_box = QWidget()
        self.follow_ups = QVBoxLayout(self.follow_ups_box)
        self.schedule_button = QPushButton(self.tr("Schedule follow-up…"))
        self.schedule_button.setObjectName("scheduleFollowUpButton")
        self.schedule_button.clicked.connect(self.schedule_follow_up)
        self.timeline_title = self._section_title(context.format.paragraph(self.tr("History")))
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.setObjectName("logInteractionButton")
        self.log_button.clicked.connect(self.log_interaction)
        self.message_button = QPushButton(self.tr("Send message…"))
        self.message_button.setObjectName("sendMessageButton")
        self.message_button.clicked.connect(self.send_message)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.log_button)
        history_buttons.addWidget(self.message_button)
        history_buttons.addStretch(1)
        self.timeline_box = QWidget()
        self.timeline = QVBoxLayout(self.timeline_box)
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.setObjectName("showAllInteractions")
        self.show_all_button.setFlat(True)
        self.show_all_button.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.show_all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all_button.clicked.connect(self.show_all)
        self._show_all = False
        # Which customer is shown, as of which change; `changed` is counted before the book reacts.
        self._shown: tuple[int, int] | None = None
        self._generation = 0
        context.changed.connect(self._data_changed)
        self.timeline_rows: list[InteractionRow] = []
        self.follow_up_rows: list[FollowUpRow] = []

        self.empty = QLabel(self.tr("Choose a customer in the list to see their card."))
        self.empty.setObjectName("cardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget()
        content = self._content_layout = QVBoxLayout(self.content)
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
        content.addWidget(self.purchases_title)
        content.addWidget(self.purchases_summary)
        content.addWidget(self.documents)
        content.addWidget(self.more_documents)
        content.addWidget(self.new_invoice_button, 0, Qt.AlignmentFlag.AlignLeading)
        content.addWidget(self.follow_ups_title)
        content.addWidget(self.follow_ups_box)
        content.addWidget(self.schedule_button, 0, Qt.AlignmentFlag.AlignLeading)
        content.addWidget(self.timeline_title)
        content.addLayout(history_buttons)
        content.addWidget(self.timeline_box)
        content.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeading)
        content.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        self.show_customer(None)

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setStyleSheet("border-bottom: 1px solid #d0d0d0; padding-top: 10px; padding-bottom: 2px;")
        return label

    def _ask(self, signal: Signal) -> None:
        if self.customer_id is not None:
            signal.emit(self.customer_id)  # type: ignore[attr-defined]

    def _link(self, link: str) -> None:
        if link.startswith("customer:"):
            self.open_customer.emit(int(link.removeprefix("customer:")))

    def _data_changed(self) -> None:
        self._generation += 1

    def refresh(self) -> None:
        self.show_customer(self.customer_id)

    def show_customer(self, customer_id: int | None, *, force: bool = False) -> None:
        """Show a customer; the same customer again is not read again unless something changed
        since (the book asks several times after one change)."""
        if not force and customer_id is not None and self._shown == (customer_id, self._generation):
            return
        if customer_id != self.customer_id:
            self._show_all = False
        details: CustomerDetails | None = None
        if customer_id is not None:
            try:
                details = customer_details(self._context.db, customer_id)
            except CustomerNotFound:
                details = None
        self.customer_id = details.id if details else None
        self._shown = (details.id, self._generation) if details else None
        self.empty.setVisible(details is None)
        self.content.setVisible(details is not None)
        if details is not None:
            today = shop_today(self._context.db)  # the shop's day: ages and overdue follow-ups
            self._fill_history(details, today)  # first: the old, maybe long, history goes before the rest is laid out
            self._fill_purchases(details)
            self._fill(details, today)

    def _fill(self, d: CustomerDetails, today: date) -> None:
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
                date=fmt.date(d.birthday, "long"), age=fmt.number(_years_between(d.birthday, today))
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
            "renewal": escape(fmt.date(d.renewal_on, "long")) if d.renewal_on else "",
            "cadence": escape(self._cadence(d.contact_every, d.contact_unit)),
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

    def _cadence(self, every: int | None, unit: CadenceUnit | None) -> str:
        if every is None or unit is None:
            return ""
        if every == 1:
            return {
                CadenceUnit.DAYS: self.tr("every day"),
                CadenceUnit.WEEKS: self.tr("every week"),
                CadenceUnit.MONTHS: self.tr("every month"),
            }[unit]
        text = {
            CadenceUnit.DAYS: self.tr("every %n days", "", every),
            CadenceUnit.WEEKS: self.tr("every %n weeks", "", every),
            CadenceUnit.MONTHS: self.tr("every %n months", "", every),
        }[unit]
        return text.replace(str(every), self._context.format.number(every))

    # -- follow-ups and the interaction log ------------------------------------------------------------
    def _fill_history(self, d: CustomerDetails, today: date) -> None:
        db = self._context.db
        zone = shop_zone(db)
        self.follow_up_rows = customer_follow_ups(db, d.id)
        limit = None if self._show_all else TIMELINE_PAGE + 1
        rows = customer_timeline(db, d.id, limit=limit)
        more = limit is not None and len(rows) > TIMELINE_PAGE
        self.timeline_rows = rows[:TIMELINE_PAGE] if more else rows
        self.show_all_button.setVisible(more)

        follow_ups = [self._follow_up_label(f, today) for f in self.follow_up_rows] or [
            self._muted(self.tr("Nothing scheduled."))
        ]
        self.follow_ups_box, self.follow_ups = self._replace(self.follow_ups_box, follow_ups, spacing=2)
        entries = [self._interaction_entry(row, zone) for row in self.timeline_rows] or [
            self._muted(self.tr("No interactions yet. Log a call, visit or message to start the history."))
        ]
        self.timeline_box, self.timeline = self._replace(self.timeline_box, entries, spacing=6)

        archived = d.archived_at is not None
        self.schedule_button.setEnabled(not archived)
        self.schedule_button.setToolTip(self.tr("Restore the customer to schedule a follow-up.") if archived else "")

    def _replace(self, old: QWidget, widgets: Sequence[QWidget], *, spacing: int) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        for widget in widgets:
            layout.addWidget(widget)
        self._content_layout.replaceWidget(old, box)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        return box, layout

    def _muted(self, text: str) -> QLabel:
        label = QLabel(self._context.format.paragraph(text))
        label.setWordWrap(True)
        label.setStyleSheet(MUTED)
        return label

    def _ours(self, text: str) -> str:
        """A part of a line we wrote (a label, a date), isolated in the window's direction, so that
        the parts of a line keep their order whatever script their neighbours are in."""
        return isolate(text, right_to_left=self._context.format.right_to_left)

    def _follow_up_label(self, f: FollowUpRow, today: date) -> QLabel:
        fmt = self._context.format
        when = fmt.date(f.due_on) + (f" {fmt.time(f.due_at)}" if f.due_at is not None else "")
        parts = [self._ours(when), self._ours(follow_up_kind_label(f.kind))]
        if f.reason:
            parts.append(isolate_auto(f.reason))  # typed by the owner, in any script
        text = " · ".join(parts)
        if f.due_on < today:
            text = self.tr("{follow_up} (overdue)").format(follow_up=text)
        label = QLabel(fmt.paragraph(text))
        label.setObjectName("cardFollowUp")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if f.note:
            label.setToolTip(f.note)
        if f.due_on < today:
            label.setStyleSheet(OVERDUE_STYLE)
        return label

    def _interaction_entry(self, row: InteractionRow, zone: ZoneInfo) -> QWidget:
        fmt = self._context.format
        ours = self._ours
        local = row.occurred_at.astimezone(zone)
        head = [
            f"<b>{ours(escape(interaction_kind_label(row.kind)))}</b>",
            ours(escape(f"{fmt.date(local.date())} {fmt.time(local.time())}")),
        ]
        if row.outcome is not None:
            head.append(ours(escape(outcome_label(row.outcome))))
        if row.score is not None:
            stars = "★" * row.score + "☆" * (5 - row.score)
            score = self.tr("{score}/5").format(score=fmt.number(row.score))
            head.append(ours(f"<span style='color:#c88a00'>{stars}</span> {escape(score)}"))
        if row.kind is InteractionKind.COMPLAINT:
            if row.resolved_at is None:
                still_open = self.tr("open")
                head.append(f"<span style='color:#b3261e'>{ours(escape(still_open))}</span>")
            else:
                resolved = self.tr("resolved on {date}").format(date=fmt.date(row.resolved_at.astimezone(zone).date()))
                head.append(f"<span style='color:#2e7d32'>{ours(escape(resolved))}</span>")
        html = " · ".join(head)
        if row.note:
            html += "<br>" + "<br>".join(isolate_auto(line) for line in escape(row.note).split("\n"))
        label = QLabel(fmt.paragraph(html))
        label.setObjectName("timelineEntry")
        label.setTextFormat(Qt.TextFormat.RichText)  # every part is escaped above
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not row.open_complaint:
            return label
        entry = QWidget()
        layout = QHBoxLayout(entry)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        resolve = QPushButton(self.tr("Mark resolved"))
        resolve.setObjectName("resolveComplaintButton")
        resolve.setProperty("interaction_id", row.id)
        resolve.clicked.connect(lambda _checked=False, i=row.id: self.resolve_complaint(i))
        layout.addWidget(resolve, 0, Qt.AlignmentFlag.AlignTop)
        return entry

    # -- purchases -------------------------------------------------------------------------------------
    def _fill_purchases(self, d: CustomerDetails) -> None:
        fmt = self._context.format
        try:
            history = purchase_history(self._context.db, d.id, limit=PURCHASES_SHOWN + 1)
        except CustomerNotFound:
            history = None
        self.purchases = history
        documents = history.documents if history is not None else ()
        self.documents.clear()
        if history is None or not documents:
            self.purchases_summary.setText(fmt.paragraph(self.tr("No purchases yet.")))
            self.purchases_summary.setStyleSheet(MUTED)
        else:
            self.purchases_summary.setStyleSheet("")
            lines = [
                " · ".join(
                    self._ours(part)
                    for part in (
                        self.tr("%n invoices", "", history.invoice_count).replace(
                            str(history.invoice_count), fmt.number(history.invoice_count)
                        ),
                        self.tr("first {date}").format(date=fmt.date(history.first_purchase)) if history.first_purchase else "",
                        self.tr("last {date}").format(date=fmt.date(history.last_purchase)) if history.last_purchase else "",
                    )
                    if part
                )
            ]
            for totals in history.totals:
                lines.append(
                    " · ".join(
                        self._ours(part)
                        for part in (
                            self.tr("spent {amount}").format(amount=fmt.money(totals.spent, totals.currency)),
                            self.tr("paid {amount}").format(amount=fmt.money(totals.paid, totals.currency)),
                            self.tr("due {amount}").format(amount=fmt.money(totals.due, totals.currency)),
                        )
                    )
                )
            self.purchases_summary.setText("\n".join(fmt.paragraph(line) for line in lines))
        shown = documents[:PURCHASES_SHOWN]
        for row in shown:
            if row.status is not None:
                currency = row.currency
                status = payment_status_text(row.status, row.balance, row.total, lambda amount: fmt.money(amount, currency))
            else:
                status = document_kind_label(DocumentKind.CREDIT_NOTE)
            first = " · ".join((self._ours(fmt.document_number(row.number)), self._ours(fmt.date(row.issue_date))))
            second = " · ".join((self._ours(fmt.money(row.total, row.currency)), self._ours(status)))
            item = QListWidgetItem(f"{fmt.paragraph(first)}\n{fmt.paragraph(second)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.status in (PaymentStatus.UNPAID, PaymentStatus.PARTLY_PAID):
                item.setForeground(QColor("#b3261e"))
            self.documents.addItem(item)
        self.documents.setVisible(bool(shown))
        if shown:
            row_height = self.documents.sizeHintForRow(0)
            if row_height <= 0:
                row_height = 2 * self.fontMetrics().lineSpacing() + 6
            visible = min(len(shown), PURCHASE_ROWS_VISIBLE)
            self.documents.setFixedHeight(visible * row_height + 2 * self.documents.frameWidth() + 2)
        more = len(documents) > PURCHASES_SHOWN
        self.more_documents.setText(
            fmt.paragraph(self.tr("The newest {listed} are listed; the Sales tab finds all of them.").format(listed=fmt.number(PURCHASES_SHOWN)))
            if more
            else ""
        )
        self.more_documents.setVisible(more)
        archived = d.archived_at is not None
        self.new_invoice_button.setEnabled(not archived)
        self.new_invoice_button.setToolTip(self.tr("Restore the customer to sell to them.") if archived else "")

    def open_document(self, document_id: int | None) -> QDialog | None:
        if document_id is None:
            return None
        from ui.invoice_view import open_document_view

        return open_document_view(self._context, int(document_id), self, self.open_customer.emit)

    def new_invoice(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.invoice_dialog import NewInvoiceDialog

        dialog = NewInvoiceDialog(self._context, self.customer_id, self)
        dialog.open_document.connect(self.open_document)
        return self._open_dialog(dialog)

    def show_all(self) -> None:
        self._show_all = True
        self.show_customer(self.customer_id, force=True)

    # -- actions --------------------------------------------------------------------------------------
    def resolve_complaint(self, interaction_id: int) -> None:
        db = self._context.db
        run_action(
            self,
            self.tr("Mark resolved"),
            lambda: resolve_complaint(db, interaction_id),
            lambda _none: self._resolved(),
            handles=(InteractionError,),
            on_refused=lambda error: self.message.emit(str(error)),
        )

    def _resolved(self) -> None:
        self._context.changed.emit()
        self.message.emit(self.tr("Complaint marked resolved."))

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def log_interaction(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.interaction_dialog import InteractionDialog

        return self._open_dialog(InteractionDialog(self._context, self.customer_id, self))

    def schedule_follow_up(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.schedule_dialog import ScheduleFollowUpDialog

        return self._open_dialog(ScheduleFollowUpDialog(self._context, self.customer_id, self))

    def send_message(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.message_dialog import MessageDialog

        return self._open_dialog(MessageDialog(self._context, self.customer_id, None, self))


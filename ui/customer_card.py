"""The customer card: one customer as a profile — who they are, their stage and key figures, their
details, then their purchases, follow-ups and history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.clock import shop_today, shop_zone
from retention_desktop.customer_figures import KeyFigures, count_open_complaints, key_figures, last_contact
from retention_desktop.customers import CustomerDetails, CustomerNotFound, customer_details
from retention_desktop.followups import FollowUpRow, customer_follow_ups
from retention_desktop.text import isolate_auto, isolate_ltr
from retention_desktop.interactions import InteractionError, InteractionRow, customer_timeline, resolve_complaint
from retention_desktop.kinds import CadenceUnit, DocumentKind, Stage
from retention_desktop.lifecycle import current_loss
from retention_desktop.documents import PurchaseHistory, purchase_history
from retention_desktop.sales import PaymentStatus

from ui import style
from ui.card_timeline import follow_up_label, interaction_entry, kit_entry, ours
from ui.context import AppContext
from ui.labels import (
    follow_up_kind_label,
    gender_label,
    interaction_kind_label,
    document_kind_label,
    kind_label,
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
# Narrower, the tiles of the key figures and the panels' buttons no longer fit.
CARD_MIN_WIDTH = 380
ZWNJ = "\u200c"  # keeps two Arabic letters apart (they would join into a word)
# The colour of a stage's pill: where the relationship stands at a glance.
STAGE_PILLS = {
    Stage.PROSPECT: "pill",
    Stage.FIRST_PURCHASE: "pill-accent",
    Stage.ACTIVE: "pill-success",
    Stage.AT_RISK: "pill-warning",
    Stage.LAPSED: "pill-warning",
    Stage.LOST: "pill-danger",
    Stage.WON_BACK: "pill-success",
}


def initials(name: str) -> str:
    """The first letters of a name's first and last words, as the round mark of a customer shows
    them: "John Smith" → "JS"; an Arabic article is passed over ("المشاولة" gives "م") and the
    letters are kept from joining; a name in two scripts gives its first letter alone."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if not words:
        return ""
    chosen = [words[0]] + ([words[-1]] if len(words) > 1 else [])
    letters = [word[2] if word.startswith("ال") and len(word) > 2 else word[0] for word in chosen]
    arabic = ["\u0600" <= letter <= "\u06ff" for letter in letters]
    if len(set(arabic)) > 1:  # "سارة Smith": an Arabic and a Latin letter side by side read as neither
        return letters[0].upper()
    return (ZWNJ if arabic[0] else "").join(letters).upper()


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class CustomerCard(QScrollArea):
    """Shows one customer as a profile: who they are and their stage, their key figures, their
    details, then purchases, follow-ups and history. Asks the book to edit, archive or restore them,
    or to open a referrer."""

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
        self.figures: KeyFigures | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The card grows down, never sideways: its lines wrap and its tiles go two by two.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style.set_role(self, "page")

        body = QWidget()
        body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style.set_role(body, "page")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(style.SPACE_S, 0, style.SPACE_S, style.SPACE_M)

        # Which customer is shown, as of which change; `changed` is counted before the book reacts.
        self._shown: tuple[int, int] | None = None
        self._generation = 0
        self._show_all = False
        context.changed.connect(self._data_changed)
        self.timeline_rows: list[InteractionRow] = []
        self.follow_up_rows: list[FollowUpRow] = []
        self.purchases: PurchaseHistory | None = None

        self.empty = QLabel()
        self.show_hint(True)
        self.empty.setObjectName("cardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(self.empty, "muted")

        self.content = QWidget()
        content = self._content_layout = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(style.SPACE_M)
        content.addWidget(self._build_header())
        content.addWidget(self._build_details())
        content.addWidget(self._build_purchases())
        content.addWidget(self._build_follow_ups())
        content.addWidget(self._build_history())
        content.addStretch(1)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        self.show_customer(None)

    # -- building ------------------------------------------------------------------------------------
    def _panel(self, name: str, title: str = "", *buttons: QPushButton) -> tuple[QFrame, QVBoxLayout]:
        """A white panel of the profile, with its title and the buttons that add to it."""
        panel = QFrame()
        panel.setObjectName(name)
        style.set_role(panel, "card")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_L)
        layout.setSpacing(style.SPACE_S)
        if title:
            row = QHBoxLayout()
            row.setSpacing(style.SPACE_XS)
            label = QLabel(self._context.format.paragraph(title))
            style.set_role(label, "section")
            row.addWidget(label, 1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
        return panel, layout

    def _button(self, name: str, text: str, slot: Callable[[], object], icon: str = "", *, link: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if icon:
            button.setIcon(style.icon(icon, style.COLOURS.accent if link else None))
        if link:
            style.set_role(button, "link")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_header(self) -> QFrame:
        """Who: initials, name, stage, since when; the buttons that change them; the key figures."""
        self.avatar = QLabel()
        self.avatar.setObjectName("cardAvatar")
        self.avatar.setFixedSize(style.AVATAR, style.AVATAR)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(self.avatar, "avatar")
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_role(self.name, "title")
        self.badge = QLabel()
        self.badge.setObjectName("cardStage")
        self.since = QLabel()
        self.since.setObjectName("cardSince")
        self.since.setWordWrap(True)
        style.set_role(self.since, "muted")
        stage_row = QHBoxLayout()
        stage_row.setSpacing(style.SPACE_S)
        stage_row.addWidget(self.badge)
        stage_row.addWidget(self.since, 1)
        who = QVBoxLayout()
        who.setSpacing(style.SPACE_XS)
        who.addWidget(self.name)
        who.addLayout(stage_row)
        top = QHBoxLayout()
        top.setSpacing(style.SPACE_M)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(who, 1)

        self.edit_button = self._button("cardEditButton", self.tr("Edit"), lambda: self._ask(self.edit_requested), "pencil")
        self.message_button = self._button("sendMessageButton", self.tr("Send message…"), self.send_message, "brand-whatsapp")
        self.archive_button = self._button("cardArchiveButton", self.tr("Archive"), lambda: self._ask(self.archive_requested), "archive")
        self.restore_button = self._button(
            "cardRestoreButton", self.tr("Restore to the book"), lambda: self._ask(self.restore_requested), "arrow-back-up"
        )
        # The lifecycle (lifecycle.py): mark the customer lost with a reason, or win them back.
        self.lost_button = self._button("cardMarkLostButton", self.tr("Mark lost…"), self.mark_lost, "mood-sad")
        self.won_back_button = self._button("cardWonBackButton", self.tr("Won back"), self.win_back, "heart-handshake")
        buttons = QHBoxLayout()
        buttons.setSpacing(style.SPACE_S)
        for button in (self.edit_button, self.message_button, self.archive_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # On a line of their own: the card is narrow beside the list on a 1024-pixel screen.
        lifecycle = QHBoxLayout()
        lifecycle.setSpacing(style.SPACE_S)
        lifecycle.addWidget(self.lost_button)
        lifecycle.addWidget(self.won_back_button)
        lifecycle.addStretch(1)

        self.archived = QLabel()
        self.archived.setObjectName("cardArchived")
        self.archived.setWordWrap(True)
        style.set_role(self.archived, "banner")
        self.loss = QLabel()
        self.loss.setObjectName("cardLoss")
        self.loss.setWordWrap(True)
        self.loss.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(self.loss, "banner")
        self.complaints = QLabel()
        self.complaints.setObjectName("cardOpenComplaints")
        self.complaints.setWordWrap(True)
        style.set_role(self.complaints, "alert")

        panel, layout = self._panel("cardHeader")
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(lifecycle)
        layout.addWidget(self.archived)
        layout.addWidget(self.loss)
        layout.addWidget(self.complaints)
        layout.addLayout(self._build_figures())
        return panel

    def _build_figures(self) -> QGridLayout:
        """Four tiles: what they spent, their last purchase, the next follow-up, the last contact;
        four in a row when the card is wide, two by two when it is not."""
        self.figure_tiles: dict[str, tuple[QFrame, QLabel, QLabel]] = {}
        self._figures = QGridLayout()
        self._figures.setSpacing(style.SPACE_S)
        for key, caption in (
            ("spent", self.tr("Total spent")),
            ("last_purchase", self.tr("Last purchase")),
            ("next_follow_up", self.tr("Next follow-up")),
            ("last_contact", self.tr("Last contact")),
        ):
            tile = QFrame()
            tile.setObjectName(f"figure_{key}")
            style.set_role(tile, "tile")
            title = QLabel(caption)
            style.set_role(title, "caption")
            value = QLabel()
            value.setObjectName(f"figureValue_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            style.set_role(value, "figure")
            detail = QLabel()
            detail.setObjectName(f"figureDetail_{key}")
            detail.setWordWrap(True)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            style.set_role(detail, "caption")
            column = QVBoxLayout(tile)
            column.setContentsMargins(style.SPACE_M, style.SPACE_S, style.SPACE_M, style.SPACE_S)
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(value)
            column.addWidget(detail)
            column.addStretch(1)
            self.figure_tiles[key] = (tile, value, detail)
        self._figure_columns = 0
        self._place_figures(2)
        return self._figures

    def _place_figures(self, columns: int) -> None:
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for number, (tile, _value, _detail) in enumerate(self.figure_tiles.values()):
            self._figures.removeWidget(tile)
            self._figures.addWidget(tile, number // columns, number % columns)
        for column in range(4):
            self._figures.setColumnStretch(column, 1 if column < columns else 0)

    def _build_details(self) -> QFrame:
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields.setHorizontalSpacing(style.SPACE_L)
        self.fields.setVerticalSpacing(style.SPACE_S)
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
        ):
            value = QLabel()
            value.setObjectName(f"card_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)  # every value is escaped before it is set
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            value.linkActivated.connect(self._link)
            name = QLabel(label)
            name.setWordWrap(True)
            style.set_role(name, "muted")
            self.fields.addRow(name, value)
            self._values[key] = value

        self.notes_title = QLabel(self.tr("Personal notes"))
        style.set_role(self.notes_title, "muted")
        self.notes = QLabel()
        self.notes.setObjectName("card_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_role(self.notes, "notes")

        panel, layout = self._panel("cardDetails", self.tr("Details"))
        layout.addLayout(self.fields)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        return panel

    def _build_purchases(self) -> QFrame:
        """What the customer bought: totals, and the newest invoices and credit notes."""
        self.new_invoice_button = self._button("cardNewInvoiceButton", self.tr("New invoice…"), self.new_invoice, "plus", link=True)
        self.purchases_summary = QLabel()
        self.purchases_summary.setObjectName("cardPurchaseSummary")
        self.purchases_summary.setWordWrap(True)
        self.purchases_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.purchases_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Two lines per document (number and date; total and status).
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
        self.kit_button = self._kit_button()
        panel, layout = self._panel("cardPurchases", self.tr("Purchases"), self.kit_button, self.new_invoice_button)
        layout.addWidget(self.purchases_summary)
        layout.addWidget(self.documents)
        layout.addWidget(self.more_documents)
        return panel

    def _build_follow_ups(self) -> QFrame:
        """The open follow-ups, soonest first."""
        self.schedule_button = self._button(
            "scheduleFollowUpButton", self.tr("Schedule follow-up…"), self.schedule_follow_up, "calendar-plus", link=True
        )
        # Each list is rebuilt in a fresh, hidden widget that then replaces the shown one: adding
        # entries to a shown layout one by one lays the whole card out again for each of them.
        self.follow_ups_box = QWidget()
        self.follow_ups = QVBoxLayout(self.follow_ups_box)
        panel, layout = self._panel("cardFollowUps", self.tr("Follow-ups"), self.schedule_button)
        layout.addWidget(self.follow_ups_box)
        return panel

    def _build_history(self) -> QFrame:
        """The interaction log, newest first."""
        self.log_button = self._button("logInteractionButton", self.tr("Log interaction…"), self.log_interaction, "plus", link=True)
        self.timeline_box = QWidget()
        self.timeline = QVBoxLayout(self.timeline_box)
        self.show_all_button = self._button("showAllInteractions", self.tr("Show all"), self.show_all, link=True)
        panel, layout = self._panel("cardHistory", self.tr("History"), self.log_button)
        layout.addWidget(self.timeline_box)
        layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignLeading)
        return panel

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_figures()

    def _fit_figures(self) -> None:
        """Four tiles in a row when each still holds its figure on one line, else two by two."""
        tiles = [tile for tile, _value, _detail in self.figure_tiles.values()]
        widest = max(tile.minimumSizeHint().width() for tile in tiles)
        room = self.viewport().width() - 2 * style.SPACE_S - 2 * style.SPACE_L
        self._place_figures(4 if 4 * widest + 3 * self._figures.spacing() <= room else 2)

    def _ask(self, signal: SignalInstance) -> None:
        if self.customer_id is not None:
            signal.emit(self.customer_id)

    def _link(self, link: str) -> None:
        if link.startswith("customer:"):
            self.open_customer.emit(int(link.removeprefix("customer:")))

    def _data_changed(self) -> None:
        self._generation += 1

    def refresh(self) -> None:
        self.show_customer(self.customer_id)

    def show_hint(self, shown: bool) -> None:
        """Whether the card with nobody on it says to choose a customer: not beside an empty book
        (the card keeps its place, so that the splitter's sizes stay as the owner left them)."""
        self.empty.setText(self.tr("Choose a customer in the list to see their card.") if shown else "")

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
            today = shop_today(self._context.db)  # the shop's day: ages, overdue follow-ups, days since
            self._fill_history(details, today)  # first: the old, maybe long, history goes before the rest is laid out
            self._fill_purchases(details)
            self._fill(details, today)
            self._fill_figures(details, today)
            self._fit_figures()

    def _fill(self, d: CustomerDetails, today: date) -> None:
        fmt = self._context.format
        self.name.setText(fmt.paragraph(isolate_auto(d.full_name)))
        self.avatar.setText(initials(d.full_name))
        self.badge.setText(stage_label(d.stage))
        style.set_role(self.badge, STAGE_PILLS[d.stage])
        self.since.setText(fmt.paragraph(self.tr("Customer since {date}").format(date=fmt.date(d.created_at, "long"))))
        self.archived.setVisible(d.archived_at is not None)
        if d.archived_at is not None:
            self.archived.setText(
                fmt.paragraph(self.tr("Archived on {date}. Restore to bring back into the book.").format(date=fmt.date(d.archived_at)))
            )
        muted = style.COLOURS.muted
        phones = "<br>".join(
            f"{escape(fmt.phone(p.number))} <span style='color:{muted}'>({escape(phone_kind_label(p.kind))})</span>"
            for p in d.phones
        )
        birthday = ""
        if d.birthday:
            birthday = self.tr("{date} (age {age})").format(
                date=fmt.date(d.birthday, "long"), age=fmt.number(_years_between(d.birthday, today))
            )

        def typed(text: str) -> str:
            """What the owner typed, in the direction of its own script."""
            return isolate_auto(escape(text))

        def link(customer_id: int, name: str) -> str:
            return f"<a href='customer:{customer_id}'>{typed(name)}</a>"

        values = {
            "phones": phones,
            "email": escape(isolate_ltr(d.email)),
            "area": typed(d.area),
            "address": typed(d.address),
            "birthday": escape(birthday),
            "kind": escape(kind_label(d.kind)),
            "gender": escape(gender_label(d.gender)) if d.gender.value != "unspecified" else "",
            "tags": escape(self.tr(", ")).join(typed(tag) for tag in d.tags),
            "source": escape(source_label(d.source)) if d.source.value != "unknown" else "",
            "referred_by": link(d.referred_by_id, d.referred_by_name) if d.referred_by_id else "",
            "referrals": escape(self.tr(", ")).join(link(i, n) for i, n in d.referrals),
            "renewal": escape(fmt.date(d.renewal_on, "long")) if d.renewal_on else "",
            "cadence": escape(self._cadence(d.contact_every, d.contact_unit)),
        }
        for key, text in values.items():
            label = self._values[key]
            label.setText(fmt.paragraph(text))
            label.setVisible(bool(text))
            self.fields.labelForField(label).setVisible(bool(text))
        self.notes.setText(fmt.paragraph("\n".join(isolate_auto(line) for line in d.notes.split("\n"))) if d.notes else "")
        self.notes.setVisible(bool(d.notes))
        self.notes_title.setVisible(bool(d.notes))
        archived = d.archived_at is not None
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived)
        self.edit_button.setEnabled(not archived)
        self.message_button.setEnabled(not archived)
        self._fill_loss(d, archived)

    def _fill_loss(self, d: CustomerDetails, archived: bool) -> None:
        """Why a lost customer left, and the buttons that mark lost or win back."""
        loss = current_loss(self._context.db, d.id) if d.stage is Stage.LOST else None
        self.lost_button.setVisible(not archived and loss is None)
        self.won_back_button.setVisible(not archived and d.stage is Stage.LOST)
        if d.stage is Stage.LOST:
            fmt = self._context.format
            if loss is None:  # lost before reasons were recorded
                text = self.tr("Lost, no reason recorded. Mark lost… records one.")
                self.lost_button.setVisible(not archived)
            else:
                text = self.tr("Lost on {date}: {reason}").format(date=fmt.date(loss.lost_on, "long"), reason=isolate_auto(loss.reason))
                if loss.note:
                    text += "\n" + isolate_auto(loss.note)
            self.loss.setText(fmt.paragraph(text))
        self.loss.setVisible(d.stage is Stage.LOST)

    # -- the key figures ------------------------------------------------------------------------------
    def _fill_figures(self, d: CustomerDetails, today: date) -> None:
        db = self._context.db
        figures = self.figures = key_figures(
            self.purchases,
            self.follow_up_rows,
            last_contact(db, d.id),
            today=today,
            open_complaints=count_open_complaints(db, d.id),
        )
        fmt = self._context.format
        spent = [t for t in figures.spent if t.spent or t.due]
        if spent:
            due = [fmt.money(t.due, t.currency) for t in spent if t.due > 0]
            invoices = self.tr("%n invoices", "", figures.invoice_count).replace(
                str(figures.invoice_count), fmt.number(figures.invoice_count)
            )
            self._figure(
                "spent",
                "\n".join(fmt.money(t.spent, t.currency) for t in spent),
                " · ".join([invoices, *(self.tr("{amount} due").format(amount=amount) for amount in due)]),
                late=bool(due),
            )
        else:
            self._figure("spent", "—", self.tr("No purchases yet."))
        if figures.last_purchase is not None and figures.days_since_purchase is not None:
            self._figure("last_purchase", fmt.date(figures.last_purchase), self._days_ago(figures.days_since_purchase))
        else:
            self._figure("last_purchase", "—", self.tr("Nothing bought yet."))
        follow_up = figures.next_follow_up
        if follow_up is not None:
            when = fmt.date(follow_up.due_on) + (f" {fmt.time(follow_up.due_at)}" if follow_up.due_at is not None else "")
            kind = follow_up_kind_label(follow_up.kind)
            detail = self.tr("{kind}, overdue").format(kind=kind) if figures.next_is_overdue else kind
            self._figure("next_follow_up", when, detail, late=figures.next_is_overdue)
        else:
            self._figure("next_follow_up", "—", self.tr("Nothing scheduled."))
        contact = figures.last_contact
        if contact is not None:
            local = contact.occurred_at.astimezone(shop_zone(db))
            self._figure("last_contact", fmt.date(local.date()), interaction_kind_label(contact.kind))
        else:
            self._figure("last_contact", "—", self.tr("No contact logged yet."))
        self.complaints.setVisible(figures.open_complaints > 0)
        if figures.open_complaints:
            count = figures.open_complaints
            self.complaints.setText(
                fmt.paragraph(
                    self.tr("%n open complaints: resolve them in the history below.", "", count).replace(str(count), fmt.number(count))
                )
            )

    def _figure(self, key: str, value: str, detail: str, *, late: bool = False) -> None:
        _tile, value_label, detail_label = self.figure_tiles[key]
        value_label.setText(self._context.format.paragraph(value))
        detail_label.setText(self._context.format.paragraph(detail))
        style.set_role(detail_label, "problem" if late else "caption")

    def _days_ago(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        return self.tr("%n days ago", "", days).replace(str(days), self._context.format.number(days))

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

        follow_ups = [follow_up_label(self._context.format, f, today) for f in self.follow_up_rows] or [
            self._muted(self.tr("Nothing scheduled."))
        ]
        self.follow_ups_box, self.follow_ups = self._replace(self.follow_ups_box, follow_ups, spacing=2)
        dated = [(row.occurred_at, interaction_entry(self._context.format, row, zone, self.resolve_complaint)) for row in self.timeline_rows]
        oldest = self.timeline_rows[-1].occurred_at if more and self.timeline_rows else None
        dated += self._kit_entries(d.id, zone, oldest)
        entries = [entry for _when, entry in sorted(dated, key=lambda pair: pair[0], reverse=True)] or [
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
        parent = old.parentWidget()
        holder = parent.layout() if parent is not None else None
        assert holder is not None  # the panel that shows the list
        holder.replaceWidget(old, box)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        return box, layout

    def _muted(self, text: str) -> QLabel:
        label = QLabel(self._context.format.paragraph(text))
        label.setWordWrap(True)
        style.set_role(label, "muted")
        return label

    def _ours(self, text: str) -> str:
        return ours(self._context.format, text)  # a part of a line we wrote (card_timeline.ours)

    # -- welcome kits ----------------------------------------------------------------------------------
    def _kit_button(self) -> QPushButton:
        """Print welcome kit, in the UI's language or the other one (a menu)."""
        button = QPushButton(self.tr("Welcome kit"))
        button.setObjectName("cardKitButton")
        button.setIcon(style.icon("package", style.COLOURS.accent))
        style.set_role(button, "link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Print the welcome kit of this customer's first purchase"))
        menu = QMenu(button)
        menu.setObjectName("cardKitMenu")
        languages = [("ar", self.tr("Print in Arabic")), ("en", self.tr("Print in English"))]
        languages.sort(key=lambda pair: pair[0] != self._context.language)  # the UI's language first
        self.kit_actions: dict[str, QAction] = {}
        for language, label in languages:
            action = menu.addAction(label)
            action.setObjectName(f"printKit_{language}")
            action.triggered.connect(lambda _checked=False, lang=language: self.print_kit(lang))
            self.kit_actions[language] = action
        button.setMenu(menu)
        return button

    def print_kit(self, language: str | None = None) -> object:
        """Print this customer's welcome kit (recorded on their history) and show it."""
        if self.customer_id is None:
            return None
        from ui.kit_printing import print_welcome_kit

        return print_welcome_kit(self._context, self, customer_id=self.customer_id, language=language)

    def reprint_kit(self, print_id: int) -> object:
        from ui.kit_printing import reprint_welcome_kit

        return reprint_welcome_kit(self._context, self, print_id)

    def _kit_entries(self, customer_id: int, zone: ZoneInfo, oldest: datetime | None) -> list[tuple[datetime, QWidget]]:
        """Each welcome kit printed (since `oldest`, the oldest interaction shown), with Reprint."""
        from retention_desktop.kit import kit_prints

        fmt = self._context.format
        return [
            (kit.printed_at, kit_entry(fmt, kit, zone, self.reprint_kit))
            for kit in kit_prints(self._context.db, customer_id)
            if oldest is None or kit.printed_at >= oldest
        ]

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
            style.set_role(self.purchases_summary, "muted")
        else:
            style.set_role(self.purchases_summary, "")
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
                item.setForeground(QColor(style.COLOURS.danger))
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

        dialog = ScheduleFollowUpDialog(self._context, self.customer_id, self)
        dialog.accepted.connect(lambda: self.message.emit(self.tr("Follow-up scheduled.")))
        return self._open_dialog(dialog)

    def mark_lost(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.loss_dialog import MarkLostDialog

        dialog = MarkLostDialog(self._context, self.customer_id, self)
        dialog.accepted.connect(lambda: self.message.emit(self.tr("Marked lost: the customer is listed under Lost customers → Marked lost.")))
        return self._open_dialog(dialog)

    def win_back(self) -> None:
        from ui.loss_dialog import win_back

        if self.customer_id is not None:
            win_back(self, self._context, self.customer_id, self.message.emit)

    def send_message(self) -> QDialog | None:
        if self.customer_id is None:
            return None
        from ui.message_dialog import MessageDialog

        return self._open_dialog(MessageDialog(self._context, self.customer_id, None, self))


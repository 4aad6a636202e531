"""The dialogs that start a campaign: a win-back campaign (its targets, offer, channel, a call after
the message, its window) and an occasion sequence (warm messages before an occasion, then the offer).

The offer's placeholders ({name}, {dear}, {shop}, {date}) are shown and inserted by their word in
the UI's language, as in the message templates (ui/placeholders.py).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.audiences import (
    MAX_DAYS,
    AllCustomersAudience,
    Audience,
    LapsedAudience,
    LostForReasonAudience,
    RenewalAudience,
    TagAudience,
    count_audience,
)
from retention_desktop.campaigns import MAX_CALL_AFTER, MAX_NAME, CampaignDraft, CampaignError, channel_name, create_campaign
from retention_desktop.clock import shop_today
from retention_desktop.customers import known_tags
from retention_desktop.kinds import Channel
from retention_desktop.lifecycle import loss_reasons
from retention_desktop.occasions import (
    MAX_DAYS_BEFORE,
    MAX_REMINDER_AFTER,
    OCCASIONS,
    OccasionError,
    SequenceDraft,
    create_sequence,
    next_occasion_day,
    occasion_name,
)
from retention_desktop.templates import PLACEHOLDERS

from ui import style
from ui.context import AppContext
from ui.forms import NumberBox, error_label, follow_window_direction, save_cancel_buttons, show_errors, suffix_agreeing, to_date, to_qdate, with_error, wrapped_label
from ui.ops import Job, run_in_background
from ui.placeholders import Placeholders
from ui.template_dialog import placeholder_words
from ui.widgets import DateEdit

COUNT_DELAY_MS = 250


class AudienceBox(QWidget):
    """Chooses a campaign's targets: a kind of audience and its one setting, with how many
    customers it chooses today, counted as it is set."""

    def __init__(self, context: AppContext, *, everyone: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.kind = QComboBox()
        self.kind.setObjectName("audienceKind")
        if everyone:
            self.kind.addItem(self.tr("All customers"), "all")
        self.kind.addItem(self.tr("Contract or renewal ending within"), "renewal")
        self.kind.addItem(self.tr("No purchase for more than"), "lapsed")
        self.kind.addItem(self.tr("Customers with the tag"), "tag")
        self.kind.addItem(self.tr("Lost for the reason"), "lost")
        self.days = NumberBox(1, MAX_DAYS)
        self.days.setObjectName("audienceDays")
        self.days.setValue(30)
        suffix_agreeing(self.days, lambda n: self.tr(" days", "", n))
        self.tag = QComboBox()
        self.tag.setObjectName("audienceTag")
        self.tag.setEditable(True)
        self.tag.addItems(known_tags(context.db))
        self.reason = QComboBox()
        self.reason.setObjectName("audienceReason")
        for reason in loss_reasons(context.db):
            self.reason.addItem(reason.name, reason.id)
        self.setting = QStackedWidget()
        self._nothing = QWidget()
        self.setting.addWidget(self._nothing)
        self.setting.addWidget(self.days)
        self.setting.addWidget(self.tag)
        self.setting.addWidget(self.reason)
        self.matches = QLabel()
        self.matches.setObjectName("audienceCount")
        style.set_role(self.matches, "muted")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.setting, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.matches)
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.count)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.days.valueChanged.connect(lambda _n: self._timer.start())
        self.tag.currentTextChanged.connect(lambda _t: self._timer.start())
        self.reason.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.setting.setCurrentWidget({"renewal": self.days, "lapsed": self.days, "tag": self.tag, "lost": self.reason}.get(kind, self._nothing))
        if kind == "lapsed" and self.days.value() < 60:
            self.days.setValue(90)
        self.count()

    def audience(self) -> Audience:
        kind = self.kind.currentData()
        if kind == "renewal":
            return RenewalAudience(self.days.value())
        if kind == "lapsed":
            return LapsedAudience(self.days.value())
        if kind == "tag":
            return TagAudience(self.tag.currentText())
        if kind == "lost":
            reason = self.reason.currentData()
            return LostForReasonAudience(int(reason) if reason is not None else 0, self.reason.currentText())
        return AllCustomersAudience()

    def count(self) -> int:
        found = count_audience(self._context.db, self.audience())
        self.matches.setText(self.tr("%n customers match today", "", found))
        return found


class OfferEdit(QWidget):
    """A message with placeholders, shown and inserted by their word in the UI's language."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholders = Placeholders(placeholder_words())
        self.text = QPlainTextEdit()
        self.text.setObjectName(name)
        follow_window_direction(self.text)
        self.text.setMinimumHeight(56)
        self.text.setMaximumHeight(110)
        insert = QHBoxLayout()
        insert.setContentsMargins(0, 0, 0, 0)
        insert.addWidget(QLabel(self.tr("Insert:")))
        names = {
            "name": self.tr("Customer's name"),
            "dear": self.tr("Dear (by gender)"),
            "shop": self.tr("Shop's name"),
            "date": self.tr("The day it is sent"),
        }
        for placeholder in PLACEHOLDERS:
            button = QPushButton(names[placeholder])
            button.setObjectName(f"{name}_insert_{placeholder}")
            button.setToolTip(self._placeholders.token(placeholder))
            button.clicked.connect(lambda _checked=False, p=placeholder: self._insert(p))
            insert.addWidget(button)
        insert.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text)
        layout.addLayout(insert)

    def _insert(self, placeholder: str) -> None:
        self.text.insertPlainText(self._placeholders.token(placeholder))
        self.text.setFocus()

    def stored(self) -> str:
        """The text as the core stores it: {name}, whatever the UI's language."""
        return self._placeholders.stored(self.text.toPlainText())

    def set_stored(self, text: str) -> None:
        self.text.setPlainText(self._placeholders.shown(text))


def _left(field: QWidget) -> QHBoxLayout:
    """A field at its own width, at the start of its row."""
    row = QHBoxLayout()
    row.addWidget(field)
    row.addStretch(1)
    return row


def channel_box() -> QComboBox:
    box = QComboBox()
    box.setObjectName("channel")
    for channel in (Channel.WHATSAPP, Channel.SMS, Channel.CALL, Channel.EMAIL):
        box.addItem(channel_name(channel), channel)
    return box


class NewCampaignDialog(QDialog):
    """Set up a win-back campaign; Save makes it and its follow-ups (`created` gives its id)."""

    created = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCampaignDialog")
        self.setWindowTitle(self.tr("New win-back campaign"))
        self._context = context
        self.today = shop_today(context.db)
        self._job: Job | None = None
        self.name = QLineEdit()
        self.name.setObjectName("campaignName")
        self.name.setMaxLength(MAX_NAME)
        self.audience = AudienceBox(context)
        self.offer = OfferEdit("offer")
        self.channel = channel_box()
        self.call_after = QCheckBox(self.tr("Then call each customer"))
        self.call_after.setObjectName("callAfter")
        self.call_after.setChecked(True)
        self.call_days = NumberBox(1, MAX_CALL_AFTER)
        self.call_days.setObjectName("callAfterDays")
        self.call_days.setValue(3)
        suffix_agreeing(self.call_days, lambda n: self.tr(" days after the message", "", n))
        self.call_after.toggled.connect(self.call_days.setEnabled)
        self.starts_on = DateEdit()
        self.starts_on.setObjectName("startsOn")
        self.starts_on.setDate(to_qdate(self.today))
        self.ends_on = DateEdit()
        self.ends_on.setObjectName("endsOn")
        self.ends_on.setDate(to_qdate(self.today + timedelta(days=30)))
        self.errors = {
            name: error_label(name)
            for name in ("name", "audience", "offer", "call_after_days", "starts_on", "ends_on", "campaign")
        }
        self._build()

    def _build(self) -> None:
        call_row = QHBoxLayout()
        call_row.addWidget(self.call_after)
        call_row.addWidget(self.call_days)
        call_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Targets"), with_error(self.audience, self.errors["audience"]))
        form.addRow(self.tr("Offer"), with_error(self.offer, self.errors["offer"]))
        form.addRow(self.tr("Channel"), _left(self.channel))
        form.addRow(self.tr("Follow-up call"), with_error(call_row, self.errors["call_after_days"]))
        form.addRow(self.tr("First message"), with_error(_left(self.starts_on), self.errors["starts_on"]))
        form.addRow(self.tr("Window ends"), with_error(_left(self.ends_on), self.errors["ends_on"]))
        hint = wrapped_label(self.tr("A customer who buys from the first message to the end of the window counts as returned."), "muted")
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors["campaign"])
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            name=self.name.text(),
            offer=self.offer.stored(),
            channel=Channel(self.channel.currentData()),
            audience=self.audience.audience(),
            starts_on=to_date(self.starts_on.date()),
            ends_on=to_date(self.ends_on.date()),
            call_after_days=self.call_days.value() if self.call_after.isChecked() else None,
        )

    def save(self) -> None:
        """Make the campaign off the window's thread (thousands of follow-ups take a moment)."""
        if self._job is not None and self._job.running:
            return
        show_errors(self.errors, {})
        draft, db, today = self.draft(), self._context.db, self.today
        self._job = run_in_background(
            self,
            self.tr("New campaign"),
            lambda _progress: create_campaign(db, draft, today=today),
            self._saved,
            handles=(CampaignError,),
            on_refused=self._refused,
        )

    def _refused(self, error: CampaignError) -> None:
        show_errors(self.errors, {error.field if error.field in self.errors else "campaign": str(error)})

    def _saved(self, campaign_id: int) -> None:
        self.created.emit(campaign_id)
        self.accept()


class SequenceDialog(QDialog):
    """Set up an occasion sequence; Save schedules it (`created` gives its campaign id)."""

    created = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sequenceDialog")
        self.setWindowTitle(self.tr("Occasion sequence"))
        self._context = context
        self.today = shop_today(context.db)
        self._job: Job | None = None
        self.occasion = QComboBox()
        self.occasion.setObjectName("occasion")
        for key in OCCASIONS:
            self.occasion.addItem(occasion_name(key), key)
        self.occasion_on = DateEdit()
        self.occasion_on.setObjectName("occasionOn")
        self.name = QLineEdit()
        self.name.setObjectName("campaignName")
        self.name.setMaxLength(MAX_NAME)
        self.audience = AudienceBox(context, everyone=True)
        self.warm = OfferEdit("warmMessage")
        self.warm.text.setPlaceholderText(self.tr("A short, warm word: no offer yet"))
        self.offer = OfferEdit("offer")
        self.channel = channel_box()
        self.days_before = NumberBox(1, MAX_DAYS_BEFORE)
        self.days_before.setObjectName("daysBefore")
        self.days_before.setValue(14)
        suffix_agreeing(self.days_before, lambda n: self.tr(" days before", "", n))
        self.every = NumberBox(1, MAX_DAYS_BEFORE)
        self.every.setObjectName("everyDays")
        suffix_agreeing(self.every, lambda n: self.tr(" days", "", n))
        self.offer_before = NumberBox(0, MAX_DAYS_BEFORE - 1)
        self.offer_before.setObjectName("offerDaysBefore")
        self.offer_before.setValue(2)
        suffix_agreeing(self.offer_before, lambda n: self.tr(" days before the occasion", "", n))
        self.reminder = NumberBox(0, MAX_REMINDER_AFTER)
        self.reminder.setObjectName("reminderAfter")
        self.reminder.setValue(1)
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        suffix_agreeing(self.reminder, lambda n: self.tr(" days after the offer", "", n))
        self.errors = {
            name: error_label(name)
            for name in (
                "name", "audience", "warm_message", "offer", "occasion_on", "starts_on", "days_before", "every_days",
                "offer_days_before", "reminder_after_days", "campaign",
            )
        }
        self._build()
        self.occasion.currentIndexChanged.connect(lambda _i: self._occasion_changed())
        self._occasion_changed()

    def _build(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.occasion)
        when.addWidget(self.occasion_on)
        when.addStretch(1)
        rhythm = QHBoxLayout()
        rhythm.addWidget(QLabel(self.tr("from")))
        rhythm.addWidget(self.days_before)
        rhythm.addWidget(QLabel(self.tr("every")))
        rhythm.addWidget(self.every)
        rhythm.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Occasion"), with_error(when, self.errors["occasion_on"]))
        form.addRow(self.tr("Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Customers"), with_error(self.audience, self.errors["audience"]))
        form.addRow(self.tr("Channel"), _left(self.channel))
        rhythm_errors = QVBoxLayout()
        for key in ("starts_on", "days_before", "every_days"):
            rhythm_errors.addWidget(self.errors[key])
        rhythm_box = QVBoxLayout()
        rhythm_box.addLayout(rhythm)
        rhythm_box.addLayout(rhythm_errors)
        form.addRow(self.tr("Warm messages"), rhythm_box)
        form.addRow(self.tr("Warm message"), with_error(self.warm, self.errors["warm_message"]))
        form.addRow(self.tr("Offer"), with_error(self.offer, self.errors["offer"]))
        form.addRow(self.tr("Offer sent"), with_error(_left(self.offer_before), self.errors["offer_days_before"]))
        form.addRow(self.tr("Reminder"), with_error(_left(self.reminder), self.errors["reminder_after_days"]))
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["campaign"])
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())

    def _occasion_changed(self) -> None:
        key = self.occasion.currentData()
        fixed = OCCASIONS.get(key) is not None
        day = next_occasion_day(key, self.today + timedelta(days=1)) if fixed else self.today + timedelta(days=30)
        self.occasion_on.setDate(to_qdate(day))
        self.occasion_on.setEnabled(not fixed)
        self.occasion_on.setToolTip(self.tr("By the Umm al-Qura calendar") if fixed and OCCASIONS[key][0] == "hijri" else "")  # type: ignore[index]
        self.name.setText(self.tr("{occasion} {year}").format(occasion=occasion_name(key), year=day.year))

    def draft(self) -> SequenceDraft:
        reminder = self.reminder.value()
        return SequenceDraft(
            name=self.name.text(),
            occasion=str(self.occasion.currentData()),
            occasion_on=to_date(self.occasion_on.date()),
            audience=self.audience.audience(),
            warm_message=self.warm.stored(),
            offer=self.offer.stored(),
            channel=Channel(self.channel.currentData()),
            days_before=self.days_before.value(),
            every_days=self.every.value(),
            offer_days_before=self.offer_before.value(),
            reminder_after_days=reminder or None,
        )

    def save(self) -> None:
        """Schedule the sequence off the window's thread (each customer gets a dozen follow-ups)."""
        if self._job is not None and self._job.running:
            return
        show_errors(self.errors, {})
        draft, db, today = self.draft(), self._context.db, self.today
        self._job = run_in_background(
            self,
            self.tr("Occasion sequence"),
            lambda _progress: create_sequence(db, draft, today=today),
            self._saved,
            handles=(CampaignError, OccasionError),
            on_refused=self._refused,
        )

    def _refused(self, error: CampaignError) -> None:
        show_errors(self.errors, {error.field if error.field in self.errors else "campaign": str(error)})

    def _saved(self, campaign_id: int) -> None:
        self.created.emit(campaign_id)
        self.accept()


__all__ = ["AudienceBox", "NewCampaignDialog", "OfferEdit", "SequenceDialog"]

"""The lines of a customer card's follow-ups and history: a follow-up to come, an interaction (with
"Mark resolved" on an open complaint) and a printed welcome kit (with "Reprint"). Each part a line
is made of that we wrote (a label, a date) is isolated in the window's direction, so that the parts
keep their order whatever script their neighbours are in; what the owner typed takes its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from retention_desktop.followups import FollowUpRow
from retention_desktop.interactions import InteractionRow
from retention_desktop.kinds import InteractionKind
from retention_desktop.text import isolate, isolate_auto

from ui import style
from ui.formatting import Formatter
from ui.labels import follow_up_kind_label, interaction_kind_label, outcome_label

if TYPE_CHECKING:
    from retention_desktop.kit import KitPrintRow


# The words are in the card's translation context (CustomerCard), where they were written first.


def ours(fmt: Formatter, text: str) -> str:
    """A part of a line we wrote, isolated in the window's direction."""
    return isolate(text, right_to_left=fmt.right_to_left)


def follow_up_label(fmt: Formatter, f: FollowUpRow, today: date) -> QLabel:
    """A follow-up to come: day and time, kind and reason, in red once overdue."""
    when = fmt.date(f.due_on) + (f" {fmt.time(f.due_at)}" if f.due_at is not None else "")
    parts = [ours(fmt, when), ours(fmt, follow_up_kind_label(f.kind))]
    if f.reason:
        parts.append(isolate_auto(f.reason))  # typed by the owner, in any script
    text = " · ".join(parts)
    if f.due_on < today:
        text = QCoreApplication.translate("CustomerCard", "{follow_up} (overdue)").format(follow_up=text)
    label = QLabel(fmt.paragraph(text))
    label.setObjectName("cardFollowUp")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if f.note:
        label.setToolTip(f.note)
    if f.due_on < today:
        style.set_role(label, "problem")
    return label


def interaction_entry(fmt: Formatter, row: InteractionRow, zone: ZoneInfo, resolve: Callable[[int], object]) -> QWidget:
    """An interaction of the history: kind, moment, outcome, score, a complaint's state and the
    note; an open complaint has "Mark resolved", which calls `resolve` with its id."""
    local = row.occurred_at.astimezone(zone)
    head = [
        f"<b>{ours(fmt, escape(interaction_kind_label(row.kind)))}</b>",
        ours(fmt, escape(f"{fmt.date(local.date())} {fmt.time(local.time())}")),
    ]
    if row.outcome is not None:
        head.append(ours(fmt, escape(outcome_label(row.outcome))))
    if row.score is not None:
        stars = "★" * row.score + "☆" * (5 - row.score)
        score = QCoreApplication.translate("CustomerCard", "{score}/5").format(score=fmt.number(row.score))
        head.append(ours(fmt, f"<span style='color:{style.COLOURS.warning}'>{stars}</span> {escape(score)}"))
    if row.kind is InteractionKind.COMPLAINT:
        if row.resolved_at is None:
            still_open = QCoreApplication.translate("CustomerCard", "open")
            head.append(f"<span style='color:{style.COLOURS.danger}'>{ours(fmt, escape(still_open))}</span>")
        else:
            resolved = QCoreApplication.translate("CustomerCard", "resolved on {date}").format(
                date=fmt.date(row.resolved_at.astimezone(zone).date())
            )
            head.append(f"<span style='color:{style.COLOURS.success}'>{ours(fmt, escape(resolved))}</span>")
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
    button = QPushButton(QCoreApplication.translate("CustomerCard", "Mark resolved"))
    button.setObjectName("resolveComplaintButton")
    button.setProperty("interaction_id", row.id)
    button.clicked.connect(lambda _checked=False, i=row.id: resolve(i))
    return _with_button(label, button)


def kit_entry(fmt: Formatter, kit: KitPrintRow, zone: ZoneInfo, reprint: Callable[[int], object]) -> QWidget:
    """A welcome kit printed: when, in which language, for which invoice, and "Reprint", which
    calls `reprint` with the print's id."""
    local = kit.printed_at.astimezone(zone)
    languages = {"ar": QCoreApplication.translate("CustomerCard", "in Arabic"), "en": QCoreApplication.translate("CustomerCard", "in English")}
    printed = QCoreApplication.translate("CustomerCard", "Welcome kit printed")
    parts = [
        f"<b>{ours(fmt, escape(printed))}</b>",
        ours(fmt, escape(f"{fmt.date(local.date())} {fmt.time(local.time())}")),
        ours(fmt, escape(languages.get(kit.language, kit.language))),
    ]
    if kit.invoice_number:
        parts.append(ours(fmt, escape(fmt.document_number(kit.invoice_number))))
    label = QLabel(fmt.paragraph(" · ".join(parts)))
    label.setObjectName("timelineKit")
    label.setTextFormat(Qt.TextFormat.RichText)  # every part is escaped above
    label.setWordWrap(True)
    button = QPushButton(QCoreApplication.translate("CustomerCard", "Reprint"))
    button.setObjectName("reprintKitButton")
    button.setProperty("print_id", kit.id)
    button.clicked.connect(lambda _checked=False, i=kit.id: reprint(i))
    return _with_button(label, button)


def _with_button(label: QLabel, button: QPushButton) -> QWidget:
    """A line of the history with its button at the end, at the top."""
    entry = QWidget()
    layout = QHBoxLayout(entry)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return entry

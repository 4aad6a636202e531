"""The Today list's model: its sections (complaints, overdue, today, the week ahead), their
headings and items, and what the view paints for each row."""


from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from retention_desktop.agenda import day_order, overdue_order
from retention_desktop.followups import DueList, FollowUpRow
from retention_desktop.interactions import ComplaintRow
from retention_desktop.kinds import FollowUpKind, FollowUpOrigin
from retention_desktop.text import isolate, isolate_auto

from ui.agenda_view import Entry
from ui.context import AppContext
from ui.labels import follow_up_kind_label

# Each section shows its first rows; a shop with thousands due can ask for them all.
SECTION_LIMIT = 50
# Asked for every row whenever the view lays the list out: computed once, not per call.
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class Section(enum.IntEnum):
    OVERDUE = 0
    TODAY = 1
    UPCOMING = 2
    COMPLAINTS = 3


# What matters most first: an unhappy customer, then what is late, then today, then the week ahead.
SECTION_ORDER = (Section.COMPLAINTS, Section.OVERDUE, Section.TODAY, Section.UPCOMING)


class Column(enum.IntEnum):
    """The fields of an item, in words (the view paints them all in one row; `TodayModel.text()`
    gives them one by one, and a screen reader reads them joined)."""

    CUSTOMER = 0
    KIND = 1
    REASON = 2
    DUE = 3
    PHONE = 4


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole})
_KIND_ICONS = {FollowUpKind.CALL: "phone", FollowUpKind.VISIT: "walk", FollowUpKind.MESSAGE: "message"}
_ORIGIN_ICONS = {
    FollowUpOrigin.BIRTHDAY: "cake",
    FollowUpOrigin.RENEWAL: "refresh",
    FollowUpOrigin.SATISFACTION: "star",
    FollowUpOrigin.CADENCE: "heart-handshake",
}


@dataclass(frozen=True)
class Complaint:
    """An open complaint as the Today list shows it, with the customer's phone."""

    row: ComplaintRow
    phone: str


Item = FollowUpRow | Complaint


def customer_name(item: Item) -> str:
    return item.row.customer_name if isinstance(item, Complaint) else item.customer_name


class TodayModel(QAbstractListModel):
    """One flat list: each section's heading, then its items (none when the section is folded).

    Holds the rows the core returned, in agenda order; `data()`, `text()` and `entry()` format only
    what is asked for. The list is flat, so that the view lays it out without asking Python about
    each row's parent and children.
    """

    def __init__(self, context: AppContext, can_send: bool = True) -> None:
        super().__init__()
        self._context = context
        self._can_send = can_send
        self.day = date.min
        self._lists: dict[Section, list[Item]] = {}
        self._shown: list[Section] = []  # the sections that have a heading, in their order
        self._totals: dict[Section, int] = {}
        self._folded: set[Section] = set()
        # Row by row: (section, None) for a heading, (section, item) for an item.
        self._rows: list[tuple[Section, Item | None]] = []
        # Each painted entry, by what it shows: an item still listed after a refresh (the same
        # follow-up, unchanged, on the same day) keeps its entry, and is not formatted again.
        self._entries: dict[tuple[object, ...], Entry] = {}
        self._entries_before: dict[tuple[object, ...], Entry] = {}

    # -- filling -----------------------------------------------------------------------------------
    def set_lists(self, due: DueList, complaints: list[Complaint], complaints_total: int | None = None) -> None:
        self.beginResetModel()
        self.day = due.day
        self._entries_before, self._entries = self._entries, {}
        self._totals = {
            Section.OVERDUE: due.overdue_total,
            Section.TODAY: due.today_total,
            Section.UPCOMING: due.upcoming_total,
            Section.COMPLAINTS: len(complaints) if complaints_total is None else complaints_total,
        }
        self._lists = {
            Section.COMPLAINTS: list(complaints),
            Section.OVERDUE: list(overdue_order(due.overdue)),
            Section.TODAY: list(day_order(due.today)),
            Section.UPCOMING: list(day_order(due.upcoming)),
        }
        # Today and the days ahead always have their heading; the others only when they hold something.
        self._shown = [s for s in SECTION_ORDER if self._lists[s] or s in (Section.TODAY, Section.UPCOMING)]
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        rows: list[tuple[Section, Item | None]] = []
        for section in self._shown:
            rows.append((section, None))
            if section not in self._folded:
                rows.extend((section, item) for item in self._lists[section])
        self._rows = rows

    def fold(self, section: Section, folded: bool) -> None:
        """Show a section's heading alone, or its items too."""
        if (section in self._folded) == folded:
            return
        self.beginResetModel()
        (self._folded.add if folded else self._folded.discard)(section)
        self._lay_out()
        self.endResetModel()

    def is_folded(self, section: Section) -> bool:
        return section in self._folded

    def items_shown(self) -> int:
        return sum(len(self._lists[section]) for section in self._shown)

    def hidden_rows(self) -> int:
        """How many items the sections leave out (they list their first SECTION_LIMIT)."""
        return sum(self._totals.get(section, 0) - len(self._lists[section]) for section in self._shown)

    def total(self, section: Section) -> int:
        return self._totals.get(section, 0)

    def is_empty(self) -> bool:
        return not any(self._lists[section] for section in self._shown)

    def sections(self) -> list[Section]:
        """The sections that have a heading, in their order."""
        return list(self._shown)

    def items_of(self, section: Section) -> list[Item]:
        """A section's items, in their order (listed even when the section is folded)."""
        return list(self._lists.get(section, ())) if section in self._shown else []

    def section_index(self, section: Section) -> QModelIndex:
        """The row of a section's heading."""
        for number, (s, item) in enumerate(self._rows):
            if s is section and item is None:
                return self.index(number, 0)
        return QModelIndex()

    def item_index(self, section: Section, position: int) -> QModelIndex:
        """The row of a section's item at `position` (invalid when the section is folded)."""
        heading = self.section_index(section)
        if not heading.isValid() or section in self._folded or not 0 <= position < len(self._lists[section]):
            return QModelIndex()
        return self.index(heading.row() + 1 + position, 0)

    def is_heading(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return 0 <= index.row() < len(self._rows) and self._rows[index.row()][1] is None

    def section_of(self, index: QModelIndex | QPersistentModelIndex) -> Section | None:
        return self._rows[index.row()][0] if index.isValid() and index.row() < len(self._rows) else None

    def item(self, index: QModelIndex | QPersistentModelIndex) -> Item | None:
        return self._rows[index.row()][1] if index.isValid() and index.row() < len(self._rows) else None

    def find(self, item_type: type, item_id: int) -> QModelIndex:
        """The row of a follow-up (FollowUpRow) or complaint (Complaint) by its id, if listed."""
        for number, (_section, item) in enumerate(self._rows):
            if item is not None and isinstance(item, item_type) and item_key(item)[1] == item_id:
                return self.index(number, 0)
        return QModelIndex()

    # -- Qt's item model -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if 0 <= index.row() < len(self._rows) and self._rows[index.row()][1] is None:
            return _SECTION_FLAGS
        return _ROW_FLAGS

    def section_name(self, section: Section) -> str:
        return {
            Section.OVERDUE: self.tr("Overdue"),
            Section.TODAY: self.tr("Today"),
            Section.UPCOMING: self.tr("Next 7 days"),
            Section.COMPLAINTS: self.tr("Open complaints"),
        }[section]

    def section_title(self, section: Section) -> str:
        """A section's heading in words: "Overdue (3)", "Today (first 50 of 2,747)"."""
        count = len(self._lists.get(section, ()))
        total = self._totals.get(section, count)
        title = self.section_name(section)
        fmt = self._context.format
        if total > count:
            return self.tr("{section} (first {listed} of {total})").format(
                section=title, listed=fmt.number(count), total=fmt.number(total)
            )
        return self.tr("{section} ({total})").format(section=title, total=fmt.number(count))

    def heading(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str, bool, bool]:
        """A section's heading as the view paints it: its name, its count ("12", or "50 of 2,747"
        when only the first are listed), whether it is a warning, and whether it is folded."""
        section = self._rows[index.row()][0]
        rows = self._lists[section]
        fmt = self._context.format
        total = self._totals.get(section, len(rows))
        if total > len(rows):
            count = self.tr("{listed} of {total}").format(listed=fmt.number(len(rows)), total=fmt.number(total))
        else:
            count = fmt.number(total)
        warning = section in (Section.OVERDUE, Section.COMPLAINTS) and bool(rows)
        return self.section_name(section), count, warning, section in self._folded

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for many roles; answer the unused ones at once.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        section, item = self._rows[index.row()]
        if item is None:
            return self.section_title(section) if role != Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, section, Column.CUSTOMER)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " — ".join(text for column in Column if (text := self._text(item, section, column)))
        return self._tooltip(item)

    def text(self, section: Section, position: int, column: Column) -> str:
        """One field of a section's item, as words: the customer, the kind, the reason, when, the phone."""
        return self._text(self._lists[section][position], section, column)

    def _tooltip(self, item: Item) -> str | None:
        """The whole reason and note: the row may have to cut a long one short."""
        if isinstance(item, Complaint):
            return item.row.note or None
        return "\n".join(part for part in (item.reason, item.note) if part) or None

    def _text(self, item: Item, section: Section, column: Column) -> str:
        fmt = self._context.format
        if isinstance(item, Complaint):
            complaint = item.row
            return {
                Column.CUSTOMER: complaint.customer_name,
                Column.KIND: self.tr("Complaint"),
                Column.REASON: " ".join(complaint.note.split()),
                Column.DUE: self.tr("since {date}").format(date=fmt.date(complaint.occurred_at)),
                Column.PHONE: fmt.phone(item.phone),
            }[column]
        if column is Column.CUSTOMER:
            return item.customer_name
        if column is Column.KIND:
            return follow_up_kind_label(item.kind)
        if column is Column.REASON:
            return item.reason
        if column is Column.PHONE:
            return fmt.phone(item.phone)
        at = fmt.time(item.due_at) if item.due_at is not None else ""
        if section is Section.TODAY:
            return at or self.tr("Any time")
        day = self._day(item.due_on, section)
        return f"{day} {at}" if at else day

    def _day(self, day: date, section: Section) -> str:
        if day == self.day + timedelta(days=1):
            return self.tr("Tomorrow")
        if section is Section.UPCOMING:
            return self._context.format.date(day, "EEE d MMM")
        return self._context.format.date(day)

    # -- what the view paints ------------------------------------------------------------------------
    def entry(self, index: QModelIndex | QPersistentModelIndex) -> Entry | None:
        """An item as the agenda paints it, formatted the first time it is painted (None for a heading)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        section, item = self._rows[index.row()]
        if item is None:
            return None
        key = (item, section, self.day, self._context.format)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries_before.pop(key, None) or self._entry(item, section)
            self._entries[key] = entry
        return entry

    def _ours(self, text: str) -> str:
        """A part of a line we wrote, isolated in the window's direction."""
        return isolate(text, right_to_left=self._context.format.right_to_left)

    def _entry(self, item: Item, section: Section) -> Entry:
        fmt = self._context.format
        phone = fmt.phone(item.phone)
        if isinstance(item, Complaint):
            complaint = item.row
            waiting = (self.day - complaint.occurred_at.astimezone(fmt.zone).date()).days
            note = " ".join(complaint.note.split())
            return Entry(
                name=isolate_auto(complaint.customer_name),
                phone=phone,
                line=" · ".join(p for p in (self._ours(self.tr("Complaint")), isolate_auto(note)) if p),
                when=fmt.date(complaint.occurred_at, "d MMM"),
                when_detail=self._waiting(waiting),
                tone="complaint",
                icon="mood-sad",
                origin_icon="",
                late=waiting > 0,
                timed=True,
                actions=self._actions(item, section),
            )
        when, detail = self._when(item, section)
        return Entry(
            name=isolate_auto(item.customer_name),
            phone=phone,
            line=" · ".join(p for p in (self._ours(follow_up_kind_label(item.kind)), isolate_auto(item.reason)) if p),
            when=when,
            when_detail=detail,
            tone=item.kind.value,
            icon=_KIND_ICONS[item.kind],
            origin_icon=_ORIGIN_ICONS.get(item.origin, ""),
            late=section is Section.OVERDUE,
            timed=item.due_at is not None or section is not Section.TODAY,
            actions=self._actions(item, section),
        )

    def _when(self, item: FollowUpRow, section: Section) -> tuple[str, str]:
        """The time column: today's time; a later day and its time; the day a follow-up was due and
        how late it is."""
        fmt = self._context.format
        at = fmt.time(item.due_at) if item.due_at is not None else ""
        if section is Section.TODAY:
            return at or self.tr("Any time"), ""
        if section is Section.OVERDUE:
            late = (self.day - item.due_on).days
            return fmt.date(item.due_on, "d MMM"), self.tr("%n days late", "", late).replace(str(late), fmt.number(late))
        return self._day(item.due_on, section), at

    def _waiting(self, days: int) -> str:
        if days <= 0:
            return self.tr("since today")
        return self.tr("open %n days", "", days).replace(str(days), self._context.format.number(days))

    def _actions(self, item: Item, section: Section) -> tuple[str, ...]:
        """The buttons of an item's row, in the order they are drawn."""
        reach = ("call", "whatsapp") if item.phone and self._can_send else ("call",) if item.phone else ()
        if isinstance(item, Complaint):
            return (*reach, "resolve", "more")
        if section is Section.UPCOMING:  # snoozing to tomorrow would bring it forward
            return (*reach, "done", "more")
        return (*reach, "done", "snooze", "more")

    def when_samples(self) -> list[tuple[str, str]]:
        """The widest texts the time column may hold, to make it wide enough for all of them."""
        fmt = self._context.format
        wednesday = date(2025, 9, 24)  # a long weekday and month in most languages
        late = 88
        return [
            (self.tr("Any time"), ""),
            (self.tr("Tomorrow"), fmt.time(time(12, 30))),
            (fmt.date(wednesday, "EEE d MMM"), fmt.time(time(10, 30))),
            (fmt.date(wednesday, "d MMM"), self.tr("%n days late", "", late).replace(str(late), fmt.number(late))),
            (fmt.date(wednesday, "d MMM"), self._waiting(late)),
            (fmt.date(wednesday, "d MMM"), self.tr("since today")),
        ]


def item_key(item: Item) -> tuple[str, int]:
    return ("complaint", item.row.id) if isinstance(item, Complaint) else ("follow_up", item.id)

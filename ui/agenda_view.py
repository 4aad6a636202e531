"""The Today list drawn as an agenda: a heading per section, and per item when, how, who, why and its buttons.

One view paints every row itself (no widget per row, no style sheet per cell), so that the list
opens as fast as the query returns. The buttons of a row (call, WhatsApp, done, snooze…) are drawn
on the row under the mouse and on the selected one; a click on one asks the page to act on that row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QStaticText, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from ui import style

Index = QModelIndex | QPersistentModelIndex

BUTTON_HEIGHT = 30
BUTTON_ICON = 16
BUTTON_GAP = 6
BADGE = 34  # the round mark of how (call, visit, message, complaint)
SMALL_ICON = 14  # a heading's chevron, the mark of a follow-up's origin
MIN_TEXT_WIDTH = 260  # narrower than this, the buttons show their icons alone
HEADING_GAP = style.SPACE_M  # room above a section's heading
LINE_GAP = 2  # between an item's two lines
STATIC_TEXTS_KEPT = 3000  # laid-out texts kept between refreshes (names, reasons, times)


@dataclass(frozen=True)
class Tone:
    """The colours of one kind of item: its mark's ink and its tint."""

    ink: str
    tint: str


TONES = {
    "call": Tone(style.COLOURS.accent, style.COLOURS.accent_soft),
    "visit": Tone(style.COLOURS.warning, style.COLOURS.warning_soft),
    "message": Tone(style.COLOURS.success, style.COLOURS.success_soft),
    "complaint": Tone(style.COLOURS.danger, style.COLOURS.danger_soft),
}


@dataclass
class Entry:
    """One item as the agenda paints it, its texts formatted once (by the model, when first painted)."""

    name: str  # the customer, isolated in its own direction
    phone: str  # formatted and isolated left to right, or ""
    line: str  # how and why: "Call · Ask about the order"
    when: str  # the time column's first line: "9:00 AM", "Any time", "Tomorrow", "14 Nov"
    when_detail: str  # its second line, or "": "4:00 PM", "3 days late"
    tone: str  # a key of TONES
    icon: str  # the mark's icon
    origin_icon: str  # a small icon before the reason ("cake" for a birthday greeting), or ""
    late: bool  # overdue: the time column in the warning colour
    timed: bool  # has a day or a time of its own (else "Any time", in grey)
    actions: tuple[str, ...]  # the buttons of the row, by name (see Button)
    elided: dict[tuple[str, int], str] = field(default_factory=dict)  # texts cut to a width, kept


@dataclass(frozen=True)
class Button:
    """A button drawn on a row: its icon, its word, and the tool tip that says its shortcut."""

    name: str
    icon: str
    text: str
    tip: str
    primary: bool = False


class _Texts:
    """Texts laid out once in a font and drawn many times (QStaticText), kept across refreshes:
    the same names, times and reasons come back after every change."""

    def __init__(self, font: QFont, right_to_left: bool) -> None:
        self.font = font
        self.metrics = QFontMetrics(font)
        self.line = self.metrics.lineSpacing()
        self._option = QTextOption()
        self._option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        self._option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self._kept: dict[str, QStaticText] = {}

    def get(self, text: str) -> QStaticText:
        found = self._kept.get(text)
        if found is None:
            if len(self._kept) > STATIC_TEXTS_KEPT:
                self._kept.clear()
            found = self._kept[text] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.setTextOption(self._option)
            found.prepare(font=self.font)
        return found

    def fitted(self, entry: Entry, key: str, text: str, width: int) -> QStaticText:
        """The text, cut with "…" if it is wider than `width`."""
        laid = self.get(text)
        if laid.size().width() <= width:
            return laid
        cut = entry.elided.get((key, width))
        if cut is None:
            cut = entry.elided[(key, width)] = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return self.get(cut)


class AgendaView(QListView):
    """The Today list: one flat list of headings and items (a folded section keeps its heading
    alone). `button_clicked` gives the name of a row's button and where it is (for a menu); the
    row is made current first, so the page acts on the current item. `heading_clicked` gives a
    heading's row."""

    button_clicked = Signal(str, QRect)
    heading_clicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, Button] = {}
        # Set by the page: the model's Entry of an item's index (None for a heading); a heading's
        # (title, count, warning, folded).
        self.entry_of: Callable[[Index], Entry | None] = lambda _index: None
        self.heading_of: Callable[[Index], tuple[str, str, bool, bool]] = lambda _index: ("", "", False, False)
        self.is_heading: Callable[[Index], bool] = lambda _index: False
        self._hover = QPersistentModelIndex()
        self._hover_button = ""
        self._pressed = ""
        c = style.COLOURS
        self._ink = {name: QColor(getattr(c, name)) for name in c.__dataclass_fields__}
        self._measure()
        self.setUniformItemSizes(False)  # headings are lower than items
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(self.item_height // 3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(_Painter(self))

    # -- measures ------------------------------------------------------------------------------
    def _measure(self) -> None:
        rtl = self.isRightToLeft()
        self._rtl = rtl
        self.body = _Texts(style.font(style.TYPE.body), rtl)
        self.name = _Texts(style.font(style.TYPE.body, QFont.Weight.DemiBold), rtl)
        self.small = _Texts(style.font(style.TYPE.small), rtl)
        self.heading = _Texts(style.font(style.TYPE.emphasis, QFont.Weight.DemiBold), rtl)
        self.item_height = 2 * style.SPACE_S + 2 * self.body.line + LINE_GAP
        self.heading_height = HEADING_GAP + self.heading.line + style.SPACE_S
        self.when_width = 8 * self.body.metrics.averageCharWidth()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._measure()
        super().changeEvent(event)

    def set_when_width(self, samples: list[tuple[str, str]]) -> None:
        """The time column as wide as the widest of these (first line, second line) samples."""
        widest = max(
            (max(self.body.metrics.horizontalAdvance(a), self.small.metrics.horizontalAdvance(b)) for a, b in samples),
            default=0,
        )
        self.when_width = widest + style.SPACE_S

    def set_buttons(self, buttons: list[Button]) -> None:
        self.buttons = {b.name: b for b in buttons}

    def _button_width(self, button: Button, with_text: bool) -> int:
        if not with_text or not button.text:
            return BUTTON_HEIGHT
        return style.SPACE_M * 2 + BUTTON_ICON + style.SPACE_XS + self.body.metrics.horizontalAdvance(button.text)

    # -- where things are on a row: laid out left to right, mirrored for right to left ------------------
    def _at(self, row: QRect, left: int, top: int, width: int, height: int) -> QRect:
        """A rectangle `left` pixels from the row's leading edge."""
        if self._rtl:
            return QRect(row.right() + 1 - left - width, top, width, height)
        return QRect(row.left() + left, top, width, height)

    def row_rect(self, index: Index) -> QRect:
        rect = self.visualRect(self.model().index(index.row(), 0))
        return QRect(0, rect.y(), rect.width(), rect.height())  # as wide as the viewport, as paint_row's

    def parts(self, row: QRect, entry: Entry, with_buttons: bool) -> tuple[QRect, QRect, QRect, list[tuple[str, QRect]]]:
        """The time column, the mark, the text and the buttons of an item's row, on screen."""
        when_left = style.SPACE_M
        badge_left = when_left + self.when_width + style.SPACE_S
        text_left = badge_left + BADGE + style.SPACE_M
        end = row.width() - style.SPACE_M  # the trailing edge, from the leading one
        buttons: list[tuple[str, QRect]] = []
        top = row.top() + (row.height() - BUTTON_HEIGHT) // 2
        if with_buttons and entry.actions:
            shown = [self.buttons[name] for name in entry.actions if name in self.buttons]
            full = sum(self._button_width(b, True) for b in shown) + BUTTON_GAP * (len(shown) - 1)
            with_text = end - full - style.SPACE_M - text_left >= MIN_TEXT_WIDTH
            for button in reversed(shown):
                width = self._button_width(button, with_text)
                end -= width
                buttons.insert(0, (button.name, self._at(row, end, top, width, BUTTON_HEIGHT)))
                end -= BUTTON_GAP
            end -= style.SPACE_M - BUTTON_GAP
        inner = row.height() - 2 * style.SPACE_S
        return (
            self._at(row, when_left, row.top() + style.SPACE_S, self.when_width, inner),
            self._at(row, badge_left, row.top() + (row.height() - BADGE) // 2, BADGE, BADGE),
            self._at(row, text_left, row.top() + style.SPACE_S, max(end - text_left, 0), inner),
            buttons,
        )

    def button_rects(self, index: Index) -> dict[str, QRect]:
        """The buttons of a row as they are drawn when it is selected, by name (for clicks and tests)."""
        entry = self.entry_of(index)
        if entry is None:
            return {}
        return dict(self.parts(self.row_rect(index), entry, True)[3])

    def _is_selected(self, index: Index) -> bool:
        return self.selectionModel().isSelected(self.model().index(index.row(), 0))

    def button_at(self, position: QPoint) -> tuple[QModelIndex, str]:
        index = self.indexAt(position)
        if not index.isValid() or not (index == self._hover or self._is_selected(index)):
            return index, ""
        for name, rect in self.button_rects(index).items():
            if rect.contains(position):
                return index, name
        return index, ""

    # -- painting ------------------------------------------------------------------------------
    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The row as the list lays it out: as wide as the viewport (a list of one column is).
        # Asked of the viewport itself, the first time (as the window first paints) PySide6 looks
        # for the viewport's Python type among every widget class of Qt's and makes each one's
        # enums: 7 ms of the start.
        row = QRect(0, option.rect.y(), option.rect.width(), option.rect.height())
        if self.is_heading(index):
            self._paint_heading(painter, row, index)
            return
        entry = self.entry_of(index)
        if entry is not None:
            self._paint_item(painter, row, index, entry, bool(option.state & QStyle.StateFlag.State_Selected))

    def _text(self, painter: QPainter, texts: _Texts, laid: QStaticText, box: QRect, *, trailing: bool = False) -> None:
        """A laid-out text in a box, centred on its height, at the box's leading (or trailing) edge."""
        painter.setFont(texts.font)  # the font it was laid out in: another would lay it out again
        size = laid.size()
        at_right = self._rtl != trailing
        x = box.right() + 1 - size.width() if at_right else box.left()
        painter.drawStaticText(QPointF(x, box.top() + (box.height() - size.height()) / 2), laid)

    def _icon(self, painter: QPainter, name: str, colour: str, size: int, centre: QPoint) -> None:
        painter.drawPixmap(
            QRect(centre.x() - size // 2, centre.y() - size // 2, size, size),
            style.icon_pixmap(name, colour, size, self._rtl),
        )

    @staticmethod
    def _fill(painter: QPainter, box: QRect, colour: QColor) -> None:
        """The box filled with the colour, pixel for pixel as QPainter.fillRect fills it (each
        drawing after it sets its own pen and brush). PySide6 answers the first fillRect call by
        building QGradient's classes and enums (one of its overloads takes a gradient preset):
        2 ms of the window's first paint."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(box)

    def _paint_heading(self, painter: QPainter, row: QRect, index: Index) -> None:
        ink = self._ink
        title, count, warning, folded = self.heading_of(index)
        band_top = row.top() + HEADING_GAP
        band_height = row.bottom() + 1 - band_top
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        chevron = self._at(row, style.SPACE_M, band_top, SMALL_ICON, band_height)
        self._icon(painter, "chevron-right" if folded else "chevron-down", style.COLOURS.muted, SMALL_ICON, chevron.center())
        laid = self.heading.get(title)
        left = style.SPACE_M + SMALL_ICON + style.SPACE_S
        width = int(laid.size().width()) + 1
        painter.setPen(ink["danger" if warning else "text"])
        self._text(painter, self.heading, laid, self._at(row, left, band_top, width, band_height))
        if count:
            number = self.small.get(count)
            pill_height = self.small.metrics.height() + 2
            pill = self._at(
                row,
                left + width + style.SPACE_S,
                band_top + (band_height - pill_height) // 2,
                int(number.size().width()) + 2 * style.SPACE_S,
                pill_height,
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink["danger_soft" if warning else "sunken"])
            painter.drawRoundedRect(pill, pill_height / 2, pill_height / 2)
            painter.setPen(ink["danger" if warning else "muted"])
            painter.setFont(self.small.font)
            size = number.size()
            painter.drawStaticText(QPointF(pill.center().x() + 1 - size.width() / 2, pill.top() + (pill_height - size.height()) / 2), number)
        painter.setPen(ink["divider"])
        painter.drawLine(row.left() + style.SPACE_M, row.bottom(), row.right() - style.SPACE_M, row.bottom())

    def _paint_item(self, painter: QPainter, row: QRect, index: Index, entry: Entry, selected: bool) -> None:
        ink = self._ink
        hovered = index == self._hover
        if selected:
            self._fill(painter, row, ink["accent_soft"])
            self._fill(painter, self._at(row, 0, row.top(), 3, row.height()), ink["accent"])
        elif hovered:
            self._fill(painter, row, ink["window"])
        else:
            painter.setPen(ink["divider"])
            painter.drawLine(row.left() + style.SPACE_M, row.bottom(), row.right() - style.SPACE_M, row.bottom())
        when, badge, text, buttons = self.parts(row, entry, selected or hovered)
        line = self.body.line
        first = QRect(when.left(), when.top(), when.width(), line)
        second = QRect(text.left(), text.top() + line + LINE_GAP, text.width(), line)

        # When: the time (or day) and, under it, the time of a later day or how late it is.
        painter.setPen(ink["danger" if entry.late else "text" if entry.timed else "muted"])
        self._text(painter, self.body, self.body.fitted(entry, "when", entry.when, when.width()), first)
        if entry.when_detail:
            painter.setPen(ink["danger" if entry.late else "muted"])
            detail = QRect(when.left(), second.top(), when.width(), line)
            self._text(painter, self.small, self.small.fitted(entry, "detail", entry.when_detail, when.width()), detail)

        # How: a round mark in the kind's colours.
        tone = TONES[entry.tone]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tone.tint))
        painter.drawEllipse(badge)
        self._icon(painter, entry.icon, tone.ink, style.ICON, badge.center())

        # Who, and the number to call; then how and why.
        top = QRect(text.left(), text.top(), text.width(), line)
        name = self.name.fitted(entry, "name", entry.name, text.width())
        painter.setPen(ink["text"])
        self._text(painter, self.name, name, top)
        used = int(name.size().width()) + style.SPACE_M
        if entry.phone:
            phone = self.body.get(entry.phone)
            if used + phone.size().width() <= text.width():
                painter.setPen(ink["muted"])
                self._text(painter, self.body, phone, top.adjusted(0, 0, -used, 0) if self._rtl else top.adjusted(used, 0, 0, 0))
        if entry.origin_icon:
            mark = self._at(second, 0, second.top(), SMALL_ICON, line)
            self._icon(painter, entry.origin_icon, style.COLOURS.muted, SMALL_ICON, mark.center())
            second = second.adjusted(0, 0, -(SMALL_ICON + style.SPACE_XS), 0) if self._rtl else second.adjusted(SMALL_ICON + style.SPACE_XS, 0, 0, 0)
        painter.setPen(ink["muted"])
        self._text(painter, self.body, self.body.fitted(entry, "line", entry.line, second.width()), second)

        for name_, rect in buttons:
            self._paint_button(painter, rect, self.buttons[name_], hovered and name_ == self._hover_button)

    def _paint_button(self, painter: QPainter, rect: QRect, button: Button, hovered: bool) -> None:
        ink = self._ink
        c = style.COLOURS
        if button.primary:
            painter.setPen(ink["accent"])
            painter.setBrush(ink["accent_strong" if hovered else "accent"])
            colour = c.on_accent
        else:
            painter.setPen(ink["border"])
            painter.setBrush(ink["sunken" if hovered else "surface"])
            colour = c.text
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), style.RADIUS, style.RADIUS)
        icon_colour = c.success if button.name == "whatsapp" else colour
        if rect.width() == BUTTON_HEIGHT or not button.text:
            self._icon(painter, button.icon, icon_colour, BUTTON_ICON, rect.center())
            return
        inner = rect.adjusted(style.SPACE_M, 0, -style.SPACE_M, 0)
        self._icon(painter, button.icon, icon_colour, BUTTON_ICON, self._at(inner, 0, inner.top(), BUTTON_ICON, inner.height()).center())
        label = self.body.get(button.text)
        painter.setPen(ink["on_accent"] if button.primary else ink["text"])
        self._text(painter, self.body, label, inner, trailing=True)

    # -- the keyboard: from item to item, over the headings ---------------------------------------
    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self.is_heading(index):
            return index
        Move = QAbstractItemView.CursorAction
        step = -1 if action in (Move.MoveUp, Move.MovePageUp, Move.MoveEnd) else 1
        model, row = self.model(), index.row()
        while 0 <= row < model.rowCount() and self.is_heading(model.index(row, 0)):
            row += step
        return model.index(row, 0) if 0 <= row < model.rowCount() else self.currentIndex()

    # -- the mouse -----------------------------------------------------------------------------
    def _set_hover(self, index: QModelIndex, button: str) -> None:
        item = index if index.isValid() and not self.is_heading(index) else QModelIndex()
        if item == self._hover and button == self._hover_button:
            return
        old = QPersistentModelIndex(self._hover)
        self._hover = QPersistentModelIndex(item)
        self._hover_button = button
        for changed in (old, self._hover):
            if changed.isValid():
                self.viewport().update(self.row_rect(changed))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if button else Qt.CursorShape.ArrowCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index, button = self.button_at(event.position().toPoint())
        self._set_hover(index, button)
        if not self._pressed:
            super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._set_hover(QModelIndex(), "")
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position().toPoint()
        index = self.indexAt(position)
        if event.button() == Qt.MouseButton.LeftButton:
            if index.isValid() and self.is_heading(index):
                self.heading_clicked.emit(index)  # a heading folds its section, or unfolds it
                return
            if index.isValid():
                # The row first: its buttons are then drawn, and the click below finds them.
                self.setCurrentIndex(index)
            _index, self._pressed = self.button_at(position)
            if self._pressed:
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, ""
        if pressed:
            index, button = self.button_at(event.position().toPoint())
            if button == pressed:
                self.button_clicked.emit(button, self.button_rects(index)[button])
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index, button = self.button_at(event.position().toPoint())
        if button or (index.isValid() and self.is_heading(index)):
            self.mousePressEvent(event)  # a quick second click on a button is a second click, not "open"
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            _index, button = self.button_at(event.pos())
            if button:
                QToolTip.showText(event.globalPos(), self.buttons[button].tip, self.viewport())
                return True
        return super().viewportEvent(event)


class _Painter(QStyledItemDelegate):
    """Each row's height, and its painting (by the view, which knows the layout)."""

    def __init__(self, view: AgendaView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        view = self._view
        return QSize(0, view.heading_height if view.is_heading(index) else view.item_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self._view.paint_row(painter, option, index)

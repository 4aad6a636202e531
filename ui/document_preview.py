"""A document shown inside the program as a PDF viewer shows it, page under page on a grey desk, with
Print…, Save as PDF…, Open in the PC's viewer and Close: invoices and credit notes now, any PDF the
program makes (the new-customer kit) later.

Pages are drawn lazily, only those in sight, on pdfium's worker thread (ui/pdf_pages.py), at the
screen's device pixel ratio; a page's image is kept while memory allows (IMAGE_BYTES) and drawn
again at the new size after a zoom, the old one scaled meanwhile. A document of any length opens
at once.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.text import isolate_auto, isolate_ltr

from ui import style
from ui.context import AppContext
from ui.pdf_pages import POINTS_PER_INCH, PdfPages
from ui.printing import DocumentActions, invoice_pages
from ui.widgets import western_digit

DESK = QColor("#D3D8DE")  # the neutral grey behind the pages, as in a viewer
GAP = 16  # logical pixels around and between pages
SCREEN_DPI = 96.0  # 100 % shows a page at its printed size on a screen of 96 logical dots per inch
ZOOMS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
IMAGE_BYTES = 96 << 20  # the pages' images kept at once (the pages in sight are always kept)
PAGE_PIXELS = 9_000_000  # a page is drawn at most this fine (about 300 dpi on A4), then scaled
POLL_MS = 10  # how often the view looks for pages drawn off the GUI thread


class Fit(enum.Enum):
    WIDTH = "width"
    PAGE = "page"
    NONE = "none"  # a zoom factor of its own


class PageView(QAbstractScrollArea):
    """The pages, one under the other, each on a white sheet with a shadow. `page_changed` says the
    page in the middle of the view (from 0) when it changes; `zoom_changed` when the zoom does.
    With `first_page_only`, the first page alone, fitted, without scroll bars (a picture of the
    document)."""

    page_changed = Signal(int)
    zoom_changed = Signal()
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, first_page_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self._first_only = first_page_only
        self._pages: PdfPages | None = None
        self.fit = Fit.PAGE if first_page_only else Fit.WIDTH
        self.zoom = 1.0  # as shown: 1.0 is the printed size
        self._scale = 1.0  # logical pixels per point, for the zoom or the fit
        self._rects: list[QRect] = []
        self._content = QSize()
        self._current = 0
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._pending: dict[int, tuple[QSize, Future[QImage | None]]] = {}
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._collect)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _value: self.viewport().update())
        if first_page_only:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    # -- the document ------------------------------------------------------------------------------
    def set_pages(self, pages: PdfPages | None) -> None:
        self._forget()
        self._pages = pages
        self._current = 0
        self._relayout(keep_place=False)
        self.verticalScrollBar().setValue(0)
        self.page_changed.emit(0)

    @property
    def pages(self) -> PdfPages | None:
        return self._pages

    @property
    def page_count(self) -> int:
        if self._pages is None:
            return 0
        return min(1, self._pages.count) if self._first_only else self._pages.count

    @property
    def current_page(self) -> int:
        return self._current

    def page_rect(self, index: int) -> QRect:
        """Where page `index` is in the view's own coordinates (its viewport's) now."""
        return self._rects[index].translated(-self._offset())

    def image(self, index: int) -> QImage | None:
        """The image drawn for page `index`, if one is kept."""
        return self._images.get(index)

    def drawing(self) -> bool:
        """Whether pages are being drawn (off the GUI thread)."""
        return bool(self._pending)

    # -- zoom ----------------------------------------------------------------------------------------
    def fit_width(self) -> None:
        self._set_zoom(Fit.WIDTH, self.zoom)

    def fit_page(self) -> None:
        self._set_zoom(Fit.PAGE, self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self._set_zoom(Fit.NONE, max(ZOOMS[0], min(ZOOMS[-1], zoom)))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom * 1.001), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom * 0.999), ZOOMS[0]))

    def _set_zoom(self, fit: Fit, zoom: float) -> None:
        self.fit = fit
        self.zoom = zoom
        self._relayout(keep_place=True)
        self.zoom_changed.emit()

    # -- moving about ------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Bring page `index` (from 0) to the top of the view."""
        if not self._rects:
            return
        index = max(0, min(index, len(self._rects) - 1))
        self.verticalScrollBar().setValue(self._rects[index].top() - GAP)
        self._set_current(index)

    def next_page(self) -> None:
        self.go_to(self._current + 1)

    def previous_page(self) -> None:
        # Back to the top of this page first when it has been scrolled into.
        if self._rects and self.verticalScrollBar().value() > self._rects[self._current].top() - GAP + 4 and not self._at_end():
            self.go_to(self._current)
        else:
            self.go_to(self._current - 1)

    def _at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.maximum() > 0 and bar.value() >= bar.maximum()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif key == Qt.Key.Key_Home and control:
            self.go_to(0)
        elif key == Qt.Key.Key_End and control:
            self.go_to(self.page_count - 1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self._first_only:
            event.ignore()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._first_only and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    # -- layout ------------------------------------------------------------------------------------------
    def _fitted_scale(self) -> float:
        """Logical pixels per point for the fit, from the widget's size (not the viewport's, which
        the scroll bars it brings would change)."""
        assert self._pages is not None
        shown = self._pages.sizes[: self.page_count]
        widest = max(size.width() for size in shown)
        tallest = max(size.height() for size in shown)
        area = self.contentsRect().size()
        bar = 0 if self._first_only else self.verticalScrollBar().sizeHint().width()
        across = (area.width() - 2 * GAP - bar) / widest
        if self.fit == Fit.WIDTH:
            return max(0.05, across)
        down = (area.height() - 2 * GAP) / tallest
        if self.page_count == 1:
            across = (area.width() - 2 * GAP) / widest
        return max(0.05, min(across, down))

    def _relayout(self, *, keep_place: bool) -> None:
        # The place in the document is kept through a zoom or a resize; at the top, the top stays.
        place = self._place() if keep_place and self.verticalScrollBar().value() > 0 else None
        self._rects = []
        if self._pages is None or self.page_count == 0:
            self._content = QSize()
            self._update_bars()
            self.viewport().update()
            return
        self._scale = self._fitted_scale() if self.fit != Fit.NONE else self.zoom * SCREEN_DPI / POINTS_PER_INCH
        if self.fit != Fit.NONE:
            self.zoom = self._scale * POINTS_PER_INCH / SCREEN_DPI
        sizes = [QSize(max(1, round(s.width() * self._scale)), max(1, round(s.height() * self._scale))) for s in self._pages.sizes[: self.page_count]]
        widest = max(size.width() for size in sizes)
        width = max(widest + 2 * GAP, self.viewport().width())
        top = GAP
        for size in sizes:
            self._rects.append(QRect(QPoint((width - size.width()) // 2, top), size))
            top += size.height() + GAP
        height = top
        if self._first_only:  # one page, in the middle of the view
            height = max(height, self.viewport().height())
            rect = self._rects[0]
            rect.moveTop(max(GAP, (height - rect.height()) // 2))
        self._content = QSize(width, height)
        self._update_bars()
        if place is not None:
            index, fraction = place
            rect = self._rects[index]
            self.verticalScrollBar().setValue(round(rect.top() + fraction * rect.height() - self.viewport().height() / 2))
        self.viewport().update()

    def _place(self) -> tuple[int, float] | None:
        """The page at the middle of the view and how far down it the middle is."""
        if not self._rects:
            return None
        rect = self._rects[self._current]
        middle = self.verticalScrollBar().value() + self.viewport().height() / 2
        return self._current, min(1.0, max(0.0, (middle - rect.top()) / max(1, rect.height())))

    def _update_bars(self) -> None:
        view = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, self._content.height() - view.height()))
        vertical.setPageStep(view.height())
        horizontal.setRange(0, max(0, self._content.width() - view.width()))
        horizontal.setPageStep(view.width())

    def _offset(self) -> QPoint:
        horizontal = self.horizontalScrollBar()
        # Right to left, the bar's start is at the right: the pages are scrolled from their right edge.
        x = horizontal.maximum() - horizontal.value() if self.isRightToLeft() else horizontal.value()
        return QPoint(x, self.verticalScrollBar().value())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout(keep_place=True)
        if self.fit != Fit.NONE:
            self.zoom_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._relayout(keep_place=True)

    def _scrolled(self, _value: int) -> None:
        self._set_current(self._page_in_middle())
        self.viewport().update()

    def _page_in_middle(self) -> int:
        if not self._rects:
            return 0
        if self._at_end():
            return len(self._rects) - 1
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        for index, rect in enumerate(self._rects):
            if middle < rect.bottom() + GAP:
                return index
        return len(self._rects) - 1

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.page_changed.emit(index)

    # -- drawing -------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), DESK)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        offset = self._offset()
        ratio = self.viewport().devicePixelRatioF()
        in_sight = set()
        for index, rect in enumerate(self._rects):
            shown = rect.translated(-offset)
            if not shown.intersects(self.viewport().rect()):
                continue
            in_sight.add(index)
            _sheet(painter, shown)
            image = self._images.get(index)
            if image is not None:
                self._images.move_to_end(index)
                painter.drawImage(QRectF(shown), image)
            wanted = _pixels(shown.size(), ratio)
            if image is None or image.size() != wanted:
                self._ask(index, wanted)
        painter.end()
        self._trim(in_sight)

    def _ask(self, index: int, size: QSize) -> None:
        """Have page `index` drawn at `size` pixels, unless it already is being drawn so."""
        if self._pages is None:
            return
        pending = self._pending.get(index)
        if pending is not None:
            if pending[0] == size:
                return
            pending[1].cancel()  # not started yet: never will; started: its image is dropped
        self._pending[index] = (size, self._pages.draw_later(index, size))
        if not self._poll.isActive():
            self._poll.start()

    def _collect(self) -> None:
        for index, (size, future) in list(self._pending.items()):
            if not future.done():
                continue
            del self._pending[index]
            image = None if future.cancelled() or future.exception() is not None else future.result()
            if image is not None:
                self._images[index] = image
                self._images.move_to_end(index)
                self.viewport().update()
        if not self._pending:
            self._poll.stop()

    def _trim(self, in_sight: set[int]) -> None:
        """Forget the images of pages out of sight, least recently shown first, beyond IMAGE_BYTES."""
        total = sum(image.sizeInBytes() for image in self._images.values())
        for index in list(self._images):
            if total <= IMAGE_BYTES:
                break
            if index not in in_sight:
                total -= self._images.pop(index).sizeInBytes()

    def images_bytes(self) -> int:
        return sum(image.sizeInBytes() for image in self._images.values())

    def _forget(self) -> None:
        for _size, future in self._pending.values():
            future.cancel()
        self._pending.clear()
        self._images.clear()
        self._poll.stop()


def _pixels(size: QSize, ratio: float) -> QSize:
    """Device pixels for a page shown at `size` logical pixels, at most PAGE_PIXELS."""
    width, height = size.width() * ratio, size.height() * ratio
    if width * height > PAGE_PIXELS:
        shrink = (PAGE_PIXELS / (width * height)) ** 0.5
        width, height = width * shrink, height * shrink
    return QSize(max(1, round(width)), max(1, round(height)))


def _sheet(painter: QPainter, rect: QRect) -> None:
    """A white sheet with a soft shadow below and around it."""
    for spread, alpha in ((4, 14), (3, 20), (2, 28), (1, 40)):
        painter.fillRect(rect.adjusted(-spread + 1, -spread + 2, spread - 1, spread + 1), QColor(0, 0, 0, alpha))
    painter.fillRect(rect, Qt.GlobalColor.white)


class PageBox(QLineEdit):
    """The page number, to read and to type (Western or Arabic-Indic digits); Enter goes there."""

    chosen = Signal(int)

    def __init__(self, count: int) -> None:
        super().__init__()
        self.setObjectName("pageNumber")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setValidator(QIntValidator(1, max(1, count), self))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("0000") + 26)
        self._value = 1
        self.setText("1")
        self.editingFinished.connect(lambda: self.setText(str(self._value)))  # left without Enter: as it was

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 (as QSpinBox's)
        self._value = value
        self.setText(str(value))

    def _typed(self) -> None:
        if self.text().isdigit():
            self.chosen.emit(int(self.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._typed()  # and not the dialog's default button (Print…)
            event.accept()
            return
        super().keyPressEvent(western_digit(event))


class DocumentPreview(QWidget):
    """A document with its toolbar: Print…, Save as PDF…, Open in viewer; the page and the way to
    the others; the zoom. `document_actions` does the work (ui/printing.py)."""

    def __init__(self, context: AppContext, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self._context = context
        self.pages = pages
        self.view = PageView(self)
        self.document_actions = DocumentActions(context, self, pages, lambda: self.view.current_page)
        self.print_button = self._button("printButton", self.tr("Print…"), "printer", self.print_document)
        style.set_role(self.print_button, "primary")
        self.save_button = self._button("saveAsPdfButton", self.tr("Save as PDF…"), "file-download", self.save_as)
        self.open_button = self._button("openInViewerButton", self.tr("Open in viewer"), "external-link", self.open_in_viewer)
        self.open_button.setToolTip(self.tr("Open in the PC's own PDF viewer"))
        self.previous_button = self._tool("previousPageButton", "chevron-left", self.tr("Previous page (Page Up)"), self.view.previous_page)
        self.next_button = self._tool("nextPageButton", "chevron-right", self.tr("Next page (Page Down)"), self.view.next_page)
        self.page_box = PageBox(pages.count)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.chosen.connect(lambda number: self.view.go_to(number - 1))
        self.page_count = QLabel()
        self.page_count.setObjectName("pageCount")
        self.zoom_out_button = self._tool("zoomOutButton", "", self.tr("Zoom out (Ctrl+−)"), self.view.zoom_out, text="−")
        self.zoom_in_button = self._tool("zoomInButton", "", self.tr("Zoom in (Ctrl++)"), self.view.zoom_in, text="+")
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoomBox")
        self.zoom_box.addItem(self.tr("Fit width"), Fit.WIDTH)
        self.zoom_box.addItem(self.tr("Fit page"), Fit.PAGE)
        for zoom in ZOOMS:
            self.zoom_box.addItem(isolate_ltr(f"{round(zoom * 100)}%"), zoom)
        self.zoom_box.activated.connect(self._zoom_chosen)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        style.set_role(self.message, "muted")
        self.message.hide()

        bar = QHBoxLayout()
        bar.setSpacing(style.SPACE_S)
        for button in (self.print_button, self.save_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch(1)
        pages_and_zoom: tuple[QWidget, ...] = (self.previous_button, self.page_box, self.page_count, self.next_button)
        for widget in pages_and_zoom:
            bar.addWidget(widget)
        bar.addSpacing(style.SPACE_L)
        for widget in (self.zoom_out_button, self.zoom_box, self.zoom_in_button):
            bar.addWidget(widget)
        self.toolbar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACE_S)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        self._shortcuts()
        self.view.page_changed.connect(self._show_page)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.set_pages(pages)
        self._show_page(0)
        self._show_zoom()
        self.setFocusProxy(self.view)

    def _button(self, name: str, text: str, icon: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setIcon(style.icon(icon, style.COLOURS.on_accent if name == "printButton" else None))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def _tool(self, name: str, icon: str, tip: str, slot: object, text: str = "") -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        if icon:
            button.setIcon(style.icon(icon))
        else:
            button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def _shortcuts(self) -> None:
        """The keys work wherever the focus is in the window."""
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
            (QKeySequence(Qt.Key.Key_PageDown), self.view.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.view.previous_page),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    # -- what is shown -----------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        count = self.view.page_count
        self.page_box.setValue(index + 1)
        self.page_count.setText(self.tr("of {total}").format(total=isolate_ltr(str(count))))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        for widget in (self.previous_button, self.next_button, self.page_box, self.page_count):
            widget.setVisible(count > 1)

    def page_text(self) -> str:
        """"Page 2 of 10", as a person reads the page box and the count."""
        return self.tr("Page {page} of {total}").format(page=self.page_box.value(), total=self.view.page_count)

    def _show_zoom(self) -> None:
        view = self.view
        key: object = view.fit if view.fit != Fit.NONE else view.zoom
        index = self.zoom_box.findData(key)
        if index >= 0:
            self.zoom_box.setCurrentIndex(index)
        self.zoom_out_button.setEnabled(view.zoom > ZOOMS[0] * 1.001)
        self.zoom_in_button.setEnabled(view.zoom < ZOOMS[-1] * 0.999)

    def _zoom_chosen(self, index: int) -> None:
        choice = self.zoom_box.itemData(index)
        if choice == Fit.WIDTH:
            self.view.fit_width()
        elif choice == Fit.PAGE:
            self.view.fit_page()
        else:
            self.view.set_zoom(float(choice))
        self.view.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------------------------
    def print_document(self) -> int:
        return self.document_actions.print_document()

    def save_as(self) -> Path | None:
        return self._saved(self.document_actions.save_as())

    def save_to(self, path: Path) -> Path | None:
        return self._saved(self.document_actions.save_to(path))

    def _saved(self, path: Path | None) -> Path | None:
        if path is not None:
            self._say(self.tr("Saved as {path}").format(path=isolate_ltr(str(path))))
        return path

    def open_in_viewer(self) -> Path | None:
        return self.document_actions.open_in_viewer()


class DocumentPreviewDialog(QDialog):
    """The preview in a window of its own, sized to the screen; Print… is its default action."""

    def __init__(self, context: AppContext, pages: PdfPages, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("documentPreviewDialog")
        self.setWindowTitle(isolate_auto(title or pages.title or pages.file_name))
        self.pages = pages
        self.preview = DocumentPreview(context, pages, self)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.preview.toolbar.addSpacing(style.SPACE_L)
        self.preview.toolbar.addWidget(self.close_button)
        self.preview.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_M, style.SPACE_M, style.SPACE_M, style.SPACE_M)
        layout.addWidget(self.preview)
        self.resize(self._first_size())
        self.finished.connect(lambda _result: pages.close())
        self.preview.view.setFocus()

    def _first_size(self) -> QSize:
        return self.size_for(((self.parentWidget() or self).screen().availableGeometry().size()))

    def size_for(self, screen: QSize) -> QSize:
        """Tall as a screen of `screen` allows, wide enough for the toolbar and a page read at fit width."""
        height = round(screen.height() * 0.92)
        width = min(round(screen.width() * 0.92), max(self.minimumSizeHint().width(), 860))
        return QSize(width, height)


def preview_document(context: AppContext, parent: QWidget, document_id: int) -> QDialog | None:
    """Show an issued invoice or credit note in the preview, Print… its default action."""
    pages = invoice_pages(context, parent, document_id)
    if pages is None:
        return None
    dialog = DocumentPreviewDialog(context, pages, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

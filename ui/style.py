"""The program's look, said once: colours, the bundled font and its sizes, spacing, icons and the style sheet."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, qVersion
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from retention_desktop.files import cache_folder

FONT_PACKAGE = "fontpkg_ibm_plex_sans_arabic"
FONT_FILES = ("Regular", "Medium", "SemiBold", "Bold")
FALLBACK_FAMILY = "Sans Serif"


@dataclass(frozen=True)
class Colours:
    """The palette: calm neutrals, one accent, and the colours that carry a meaning."""

    window: str = "#F4F6F8"  # behind everything
    surface: str = "#FFFFFF"  # cards, lists, fields
    sunken: str = "#EEF1F4"  # a list's alternate rows, a pressed button
    border: str = "#D9DEE4"
    divider: str = "#E7EAEE"
    text: str = "#1D2733"
    muted: str = "#5E6A78"  # hints, secondary lines
    faint: str = "#8A95A3"  # placeholders, disabled
    accent: str = "#0E7C6B"  # the program's own colour: selection, the main action
    accent_strong: str = "#0A6154"
    accent_soft: str = "#E3F2EF"
    on_accent: str = "#FFFFFF"  # text and icons on the accent (a primary button)
    danger: str = "#B42318"  # overdue, refused
    danger_soft: str = "#FDECEA"
    warning: str = "#A15C07"
    warning_soft: str = "#FEF4E2"
    success: str = "#067647"
    success_soft: str = "#E8F6EE"


COLOURS = Colours()


@dataclass(frozen=True)
class TypeScale:
    """Point sizes: the body, and the few steps above and below it."""

    small: float = 9
    body: float = 10
    emphasis: float = 11
    section: float = 12.5
    title: float = 16
    display: float = 20


TYPE = TypeScale()

# Spacing in pixels, on a 4-pixel grid.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24
RADIUS = 6
ROW_HEIGHT = 32  # a list's row: room for the Arabic font's marks above and below
ICON = 18  # an icon beside text
AVATAR = 44  # the round initials of a customer
NAV_ICON = 22

# Icons that point somewhere: mirrored in a right-to-left layout.
_DIRECTIONAL = frozenset({"arrow-left", "arrow-right", "chevron-left", "chevron-right", "arrow-back-up"})


@cache
def font_family() -> str:
    """The bundled UI font (IBM Plex Sans Arabic, SIL Open Font License), registered once; Arabic and
    Latin drawn by one design. Falls back to the system's sans serif if it cannot be loaded."""
    try:
        folder = resources.files(FONT_PACKAGE) / "files"
        families: list[str] = []
        for weight in FONT_FILES:
            data = (folder / f"IBMPlexSansArabic-{weight}.ttf").read_bytes()
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
            families += QFontDatabase.applicationFontFamilies(font_id)
    except (ModuleNotFoundError, OSError):
        return FALLBACK_FAMILY
    return families[0] if families else FALLBACK_FAMILY


def font(size: float = TYPE.body, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont(font_family())
    result.setPointSizeF(size)
    result.setWeight(weight)
    return result


# Amounts in a column, and the heading over them: right-aligned in either direction (absolute: not
# turned to the left in Arabic), so that with tabular figures and the currency's decimals every
# decimal point lines up under the one above it. Numbers read left to right in Arabic too.
AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def tabular(base: QFont) -> QFont:
    """`base` with tabular figures (every digit as wide as the others), for amounts in columns."""
    result = QFont(base)
    result.setFeature(QFont.Tag("tnum"), 1)
    return result


def palette() -> QPalette:
    c = COLOURS
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: "#F8F9FA",
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent_soft,
        QPalette.ColorRole.HighlightedText: c.text,
        QPalette.ColorRole.ToolTipBase: c.text,
        QPalette.ColorRole.ToolTipText: c.surface,
        QPalette.ColorRole.PlaceholderText: c.faint,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.divider,
        QPalette.ColorRole.Light: c.surface,
        QPalette.ColorRole.Dark: c.border,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.faint))
    return p


# The arrows of drop-down lists and number fields: (icon, size in pixels).
_ARROWS = (("chevron-down", 12), ("chevron-up", 12))


@cache
def _arrow_folder() -> Path:
    """The arrows of drop-down lists and number fields, drawn into files: a style sheet can only
    take an image by its file name. They are kept in the user's cache folder, in a folder named
    after what they are drawn from, so that a start finds them drawn by an earlier one (drawing
    and writing them cost each start 6 ms); where that folder cannot be written, a temporary one
    serves this run."""
    try:
        return arrows_in(cache_folder())
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="retention-style-"))
        atexit.register(shutil.rmtree, folder, True)
        _draw_arrows(folder)
        return folder


def arrows_in(cache: Path) -> Path:
    """The arrows' folder in `cache`, drawn there first if it is not yet: its name says what
    they are drawn from (the icons' drawings, their colour and size, Qt's version), so a new
    drawing or colour gets a folder of its own (an older one is left to a copy of the program
    that may still be using it: a few kilobytes)."""
    key = hashlib.sha256(qVersion().encode())
    for name, size in _ARROWS:
        key.update(f"{name}:{size}:{COLOURS.muted}:{_svg(name)}".encode())
    folder = cache / f"style-{key.hexdigest()[:16]}"

    def complete() -> bool:
        return all((folder / f"{name}.png").is_file() for name, _size in _ARROWS)

    if complete():
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    drawing = Path(tempfile.mkdtemp(prefix="drawing-", dir=cache))
    try:
        _draw_arrows(drawing)
        if folder.is_dir():  # half made (a start stopped while it wrote them): made again
            shutil.rmtree(folder, ignore_errors=True)
        os.replace(drawing, folder)  # whole, or not at all: another start sees both files or none
    except OSError:
        if not complete():  # unless another start made it meanwhile
            raise
    finally:
        shutil.rmtree(drawing, ignore_errors=True)
    return folder


def _draw_arrows(folder: Path) -> None:
    for name, size in _ARROWS:
        if not _pixmap(name, COLOURS.muted, size, False).save(str(folder / f"{name}.png")):
            raise OSError(f"cannot write {folder / name}.png")


def style_sheet() -> str:
    """The whole program's Qt style sheet, in the palette of COLOURS, part by part."""
    c = COLOURS
    return "\n" + "\n\n".join(part(c) for part in _STYLE_PARTS) + "\n"


def _window_css(c: Colours) -> str:
    """The windows, tooltips and status bar."""
    return f"""\
QMainWindow, QDialog {{ background: {c.window}; }}
QToolTip {{ background: {c.text}; color: {c.surface}; border: none; padding: 4px 8px; }}
QStatusBar {{ background: {c.window}; color: {c.muted}; }}
QStatusBar::item {{ border: none; }}"""


def _button_css(c: Colours) -> str:
    """Push buttons: plain, primary (the default), danger and link."""
    return f"""\
QPushButton {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    padding: 6px 14px; min-height: 20px;
}}
QPushButton:hover {{ background: {c.sunken}; }}
QPushButton:pressed {{ background: {c.divider}; }}
QPushButton:disabled {{ color: {c.faint}; background: {c.window}; }}
QPushButton:default, QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
}}
QPushButton:default:hover, QPushButton[role="primary"]:hover {{ background: {c.accent_strong}; }}
QPushButton:default:disabled, QPushButton[role="primary"]:disabled {{ background: {c.border}; border-color: {c.border}; }}
QPushButton[role="danger"] {{ color: {c.danger}; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {c.accent}; padding: 2px 4px; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}"""


def _field_css(c: Colours) -> str:
    """Text fields, combo boxes, date, time and number fields, with their arrows."""
    arrows = _arrow_folder().as_posix()
    return f"""\
QLineEdit, QComboBox, QDateEdit, QTimeEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS}px; padding: 5px 8px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QTimeEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {c.accent}; }}
QLineEdit:disabled, QComboBox:disabled {{ background: {c.window}; color: {c.faint}; }}
QLineEdit[problem="true"], QComboBox[problem="true"], QPlainTextEdit[problem="true"] {{ border: 1px solid {c.danger}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({arrows}/chevron-down.png); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ border: 1px solid {c.border}; selection-background-color: {c.accent_soft}; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QTimeEdit::up-button, QDateEdit::up-button,
QSpinBox::down-button, QDoubleSpinBox::down-button, QTimeEdit::down-button, QDateEdit::down-button {{
    border: none; width: 18px;
}}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QTimeEdit::up-arrow, QDateEdit::up-arrow {{
    image: url({arrows}/chevron-up.png); width: 10px; height: 10px;
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QTimeEdit::down-arrow, QDateEdit::down-arrow {{
    image: url({arrows}/chevron-down.png); width: 10px; height: 10px;
}}
QCheckBox {{ spacing: 6px; }}"""


def _view_css(c: Colours) -> str:
    """Tables, trees and lists, and their headers."""
    return f"""\
QTableView, QTreeView, QListView {{
    background: {c.surface}; border: 1px solid {c.divider}; border-radius: {RADIUS}px;
    gridline-color: {c.divider}; selection-background-color: {c.accent_soft}; selection-color: {c.text};
    alternate-background-color: #F9FAFB;
}}
QTableView::item, QTreeView::item {{ padding: 0 8px; }}
QHeaderView::section {{
    background: {c.surface}; color: {c.muted}; border: none; border-bottom: 1px solid {c.divider};
    padding: 6px 8px; font-weight: 600;
}}"""


def _tab_css(c: Colours) -> str:
    """Tab pages and their tabs."""
    return f"""\
QTabWidget::pane {{ border: 1px solid {c.divider}; border-radius: {RADIUS}px; background: {c.surface}; top: -1px; }}
QTabBar::tab {{ padding: 7px 14px; color: {c.muted}; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; }}"""


def _label_css(c: Colours) -> str:
    """Cards, banners and the labels' roles (muted, title, pills, notes, alerts…)."""
    pills = "\n".join(
        f'QLabel[role="pill{tone}"] {{ background: {background}; color: {colour}; border-radius: 10px; padding: 2px 10px; font-weight: 600; }}'
        for tone, background, colour in (
            ("", c.sunken, c.muted),
            ("-accent", c.accent_soft, c.accent_strong),
            ("-success", c.success_soft, c.success),
            ("-warning", c.warning_soft, c.warning),
            ("-danger", c.danger_soft, c.danger),
        )
    )
    return f"""\
QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.divider}; border-radius: {RADIUS + 2}px; }}
QFrame[role="banner"] {{ background: {c.warning_soft}; border: 1px solid #F5D9A8; border-radius: {RADIUS}px; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="problem"] {{ color: {c.danger}; }}
QLabel[role="title"] {{ font-size: {TYPE.title}pt; font-weight: 600; }}
QLabel[role="section"] {{ font-size: {TYPE.section}pt; font-weight: 600; }}
QLabel[role="caption"] {{ color: {c.muted}; font-size: {TYPE.small}pt; }}
QLabel[role="figure"] {{ font-size: {TYPE.section}pt; font-weight: 600; }}
QLabel[role="avatar"] {{
    background: {c.accent_soft}; color: {c.accent_strong}; border-radius: {AVATAR // 2}px;
    font-size: {TYPE.section}pt; font-weight: 600;
}}
{pills}
QLabel[role="notes"] {{ background: {c.warning_soft}; border-radius: {RADIUS}px; padding: 8px 10px; }}
QLabel[role="alert"] {{ background: {c.danger_soft}; color: {c.danger}; border-radius: {RADIUS}px; padding: 8px 10px; }}
QFrame[role="tile"] {{ background: {c.window}; border: none; border-radius: {RADIUS}px; }}
QScrollArea[role="page"], QWidget[role="page"] {{ background: {c.window}; border: none; }}"""


def _navigation_css(c: Colours) -> str:
    """The navigation rail."""
    return f"""\
QToolButton[role="nav"] {{
    border: none; border-radius: {RADIUS + 2}px; padding: 8px 4px; color: {c.muted};
    font-size: {TYPE.small}pt; background: transparent;
}}
QToolButton[role="nav"]:hover {{ background: {c.sunken}; color: {c.text}; }}
QToolButton[role="nav"]:checked {{ background: {c.accent_soft}; color: {c.accent_strong}; font-weight: 600; }}
QWidget#navigationRail {{ background: {c.surface}; border: none; }}"""


def _menu_css(c: Colours) -> str:
    """The menu bar and menus."""
    return f"""\
QMenuBar {{ background: {c.surface}; border-bottom: 1px solid {c.divider}; }}
QMenuBar::item {{ padding: 5px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {c.sunken}; border-radius: 4px; }}
QMenu {{ background: {c.surface}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 6px 24px; border-radius: 4px; }}
QMenu::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}"""


def _scroll_bar_css(c: Colours) -> str:
    """Slim scroll bars."""
    return f"""\
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 4px; min-height: 32px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: {c.border}; border-radius: 4px; min-width: 32px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}"""


_STYLE_PARTS = (_window_css, _button_css, _field_css, _view_css, _tab_css, _label_css, _navigation_css, _menu_css, _scroll_bar_css)


def apply(app: QApplication) -> None:
    """The program's look for every window: Fusion (the same on every platform), our palette, the
    bundled font, the style sheet. Called once, before any window exists."""
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette())
    app.setFont(font())
    app.setStyleSheet(style_sheet())


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give a widget one of the style sheet's roles ("primary", "muted", "card", "title", …)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def mark_problem(widget: QWidget, problem: bool) -> None:
    """A field with a problem gets a red border (the message itself is written under it)."""
    if widget.property("problem") != problem:
        widget.setProperty("problem", problem)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


@cache
def _svg(name: str) -> str:
    return (resources.files("resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@cache  # an icon's checked and selected looks are the same drawing
def _pixmap(name: str, colour: str, size: int, mirrored: bool) -> QPixmap:
    ratio = 2.0  # drawn at twice the size, so that a high-density screen shows it sharp
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    if mirrored:
        pixmap = pixmap.transformed(QTransform().scale(-1, 1))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


APP_ICON = Path(str(resources.files("resources") / "app" / "retention-desktop.svg"))


def app_icon_image(size: int) -> QImage:
    """The application icon (resources/app/retention-desktop.svg) drawn at `size` pixels square:
    for tools/build.py's .ico, .icns and PNGs."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(APP_ICON.read_bytes())).render(painter)
    painter.end()
    return image


@cache
def app_icon() -> QIcon:
    """The application icon for the window and the tray: Qt's SVG icon engine draws it at the size
    a desktop asks for (title bar, task bar, tray) when it asks; drawing seven sizes ahead cost
    the start-up 20 to 40 ms."""
    return QIcon(str(APP_ICON))


@cache
def icon_pixmap(name: str, colour: str, size: int = ICON, right_to_left: bool = False) -> QPixmap:
    """An icon as a pixmap, for a view that paints its rows itself (draw it with smooth pixmap
    transformation); an icon that points somewhere is mirrored for right to left."""
    return _pixmap(name, colour, size, right_to_left and name in _DIRECTIONAL)


def icon(name: str, colour: str | None = None, *, size: int = ICON, active: str | None = None) -> QIcon:
    """An icon of resources/icons in the program's colours: `colour` (the text colour by default),
    `active` when checked or selected, grey when disabled. Icons that point somewhere are mirrored
    in a right-to-left layout."""
    mirrored = name in _DIRECTIONAL and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _icon(name, colour or COLOURS.text, active, size, mirrored)


@cache
def _icon(name: str, colour: str, active: str | None, size: int, mirrored: bool) -> QIcon:
    result = QIcon()
    result.addPixmap(_pixmap(name, colour, size, mirrored), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(_pixmap(name, COLOURS.faint, size, mirrored), QIcon.Mode.Disabled, QIcon.State.Off)
    if active is not None:
        result.addPixmap(_pixmap(name, active, size, mirrored), QIcon.Mode.Normal, QIcon.State.On)
        result.addPixmap(_pixmap(name, active, size, mirrored), QIcon.Mode.Selected, QIcon.State.Off)
    return result

"""The rail of pages down the window's leading side: an icon and a word for each, the current one marked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ui import style

RAIL_WIDTH = 84


class NavigationRail(QWidget):
    """Buttons that show the pages of a QTabWidget (its own tab bar hidden), and follow it when the
    page changes by a shortcut or a menu."""

    def __init__(self, pages: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationRail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(RAIL_WIDTH)
        self._pages = pages
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(style.SPACE_S, style.SPACE_M, style.SPACE_S, style.SPACE_M)
        self._layout.setSpacing(style.SPACE_XS)
        self._group.idClicked.connect(pages.setCurrentIndex)
        pages.currentChanged.connect(self._follow)

    def _button(self, icon: str, text: str) -> QToolButton:
        button = QToolButton(self)
        style.set_role(button, "nav")
        button.setIcon(style.icon(icon, style.COLOURS.muted, size=style.NAV_ICON, active=style.COLOURS.accent_strong))
        button.setIconSize(QSize(style.NAV_ICON, style.NAV_ICON))
        button.setText(text)
        button.setToolTip(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed)
        self._layout.addWidget(button)
        return button

    def add(self, icon: str, text: str, page: int) -> QToolButton:
        """A button for the page at index `page`."""
        button = self._button(icon, text)
        button.setObjectName(f"navPage{page}")
        button.setCheckable(True)
        button.setChecked(self._pages.currentIndex() == page)
        self._group.addButton(button, page)
        return button

    def add_button(self, icon: str, text: str, clicked: Callable[[], object]) -> QToolButton:
        """A button that does something instead of showing a page (Settings)."""
        button = self._button(icon, text)
        button.clicked.connect(lambda _checked=False: clicked())
        return button

    def add_stretch(self) -> None:
        self._layout.addStretch(1)

    def _follow(self, page: int) -> None:
        button = self._group.button(page)
        if button is not None:
            button.setChecked(True)

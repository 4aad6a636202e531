"""A tab's page built the first time it is shown or asked for, so that start-up pays for the first screen only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of a page in a QTabWidget; `page()` builds it (importing its module then)
    and keeps it. Showing the tab builds it too."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self._layout.addWidget(self._page)
            # Shown with its tab (a child added to a widget already on screen stays hidden unless
            # shown), and laid out at once, so that it has its size before it is first painted.
            self._page.show()
            self._layout.activate()
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)

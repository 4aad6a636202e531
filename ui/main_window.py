"""The main window: menus, shortcuts, status bar, and the customer book as its working area."""

from __future__ import annotations

import html
import os
import sys

from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QPushButton, QToolBar

from retention_desktop import __version__
from retention_desktop.customers import CustomerNotFound, restore_customer

from ui.context import AppContext
from ui.customer_book import CustomerBook
from ui.settings_dialog import SettingsDialog

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context = context
        self._undo_customer: int | None = None
        self.setWindowTitle(self.tr("Retention Desktop"))
        if context.db.path is not None:
            self.setWindowTitle(self.tr("Retention Desktop — {name}").format(name=context.db.path.name))

        self.book = CustomerBook(context, self)
        self.setCentralWidget(self.book)
        self.book.archived.connect(self._offer_undo)
        self.book.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoArchiveButton")
        self.undo_button.clicked.connect(self.undo_archive)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        if context.db.path is not None:
            self.db_label.setText(str(context.db.path))
            self.db_label.setToolTip(self.tr("The database file this window works on"))

        self._build_actions()
        self.resize(1100, 680)
        self._restore_layout()

    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action("actionNewCustomer", self.tr("&New customer"), QKeySequence.StandardKey.New, self.book.new_customer)
        self.action_find = self._action("actionFind", self.tr("&Find customer"), QKeySequence.StandardKey.Find, self.book.focus_search)
        self.action_edit = self._action("actionEditCustomer", self.tr("&Edit customer"), "F2", lambda: self.book.edit_customer())
        self.action_archive = self._action("actionArchiveCustomer", self.tr("&Archive customer"), QKeySequence.StandardKey.Delete, lambda: self.book.archive())
        self.action_undo = self._action("actionUndoArchive", self.tr("&Undo archive"), QKeySequence.StandardKey.Undo, self.undo_archive)
        self.action_undo.setEnabled(False)
        self.action_settings = self._action("actionSettings", self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings)
        self.action_quit = self._action("actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.action_about = self._action("actionAbout", self.tr("&About Retention Desktop"), None, self.about)
        # The table takes Delete and Enter for itself only when it has focus.
        self.action_archive.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.book.table.addAction(self.action_archive)

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.action_settings)
        menu.addSeparator()
        menu.addAction(self.action_quit)
        menu = self.menuBar().addMenu(self.tr("&Customers"))
        for action in (self.action_new, self.action_find, self.action_edit, self.action_archive, self.action_undo):
            menu.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.action_about)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (self.action_new, self.action_edit, self.action_archive):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- archive and its undo ---------------------------------------------------------------------
    def _offer_undo(self, customer_id: int) -> None:
        self._undo_customer = customer_id
        self.action_undo.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Customer archived. Press Undo (Ctrl+Z) to bring them back."))

    def undo_archive(self) -> None:
        if self._undo_customer is None:
            return
        customer_id, self._undo_customer = self._undo_customer, None
        self.action_undo.setEnabled(False)
        self.undo_button.hide()
        try:
            restore_customer(self._context.db, customer_id)
        except CustomerNotFound as e:
            self.statusBar().showMessage(str(e), STATUS_TIMEOUT_MS)
            return
        self._context.changed.emit()
        self.book.open_customer(customer_id)
        self.statusBar().showMessage(self.tr("The customer is back in the book."), STATUS_TIMEOUT_MS)

    # -- settings, about, layout ---------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self._context, self)
        if dialog.exec() and dialog.language_changed:
            answer = QMessageBox.question(
                self,
                self.tr("Language"),
                self.tr("The new language is used from the next start. Restart now?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.restart()

    def restart(self) -> None:
        """Start the program again with the same arguments, less a --lang that would override the choice."""
        self.close()
        arguments: list[str] = []
        skip_next = False
        for argument in sys.argv:
            if skip_next:
                skip_next = False
            elif argument == "--lang":
                skip_next = True
            elif not argument.startswith("--lang="):
                arguments.append(argument)
        QProcess.startDetached(sys.executable, arguments, os.getcwd())
        QApplication.quit()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Retention Desktop"),
            self.tr("<h3>Retention Desktop {version}</h3><p>Keep the customers you already have.</p>").format(
                version=html.escape(__version__)
            ),
        )

    def _restore_layout(self) -> None:
        prefs = self._context.preferences
        if (geometry := prefs.layout("window")) is not None:
            self.restoreGeometry(geometry)
        if (state := prefs.layout("windowState")) is not None:
            self.restoreState(state)
        if (splitter := prefs.layout("bookSplitter")) is not None:
            self.book.splitter.restoreState(splitter)
        if (header := prefs.layout("customerTableHeader")) is not None:
            self.book.table.horizontalHeader().restoreState(header)
            self.book.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs = self._context.preferences
        prefs.set_layout("window", self.saveGeometry())
        prefs.set_layout("windowState", self.saveState())
        prefs.set_layout("bookSplitter", self.book.splitter.saveState())
        prefs.set_layout("customerTableHeader", self.book.table.horizontalHeader().saveState())
        prefs.sync()
        super().closeEvent(event)

"""The main window: menus, shortcuts, status bar, the Today screen, the customer book and sales in tabs."""

from __future__ import annotations

import html
import importlib
import os
import sys
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QMainWindow, QMenu, QMessageBox, QPushButton, QTabWidget, QWidget

from retention_desktop import __version__
from retention_desktop.clock import shop_today
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.progress import Progress
from retention_desktop.text import isolate_ltr

from ui import ops, style
from ui.book_actions import BookActions
from ui.context import AppContext
from ui.lazy_page import LazyPage
from ui.navigation import NavigationRail
from ui.notifications import DueWatcher, TrayNotifier
from ui.today import TodayPage

if TYPE_CHECKING:  # the pages and dialogs after the first screen are imported when first used
    from retention_desktop.rules import RulesResult

    from ui.campaigns_page import CampaignsPage
    from ui.customer_book import CustomerBook
    from ui.sales_page import SalesPage
    from ui.schedule_dialog import ScheduleFollowUpDialog

STATUS_TIMEOUT_MS = 8000
# How often the window looks at the clock: a new shop day runs the follow-up rules again, and
# follow-ups whose time has come are announced.
CLOCK_CHECK_MS = 60_000
START_OF_DAY_DELAY_MS = 300
# The start-up's look at the book (the daily backup, or a quick check) comes after the rules have started.
SAFETY_CHECK_DELAY_MS = 1500
# The customer book's code, imported a module at a time once the start's work (the rules) is done,
# while the window waits for its user: the first click on Customers then only builds the page.
WARM_UP = ("retention_desktop.customers", "ui.customer_card", "ui.customer_book")


class MainWindow(QMainWindow):
    rules_applied = Signal()  # the follow-up rules ran for a new shop day (tests wait for it)
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context = context
        self._undo_customer: int | None = None
        self.setWindowTitle(self.tr("Retention Desktop"))
        self.setWindowIcon(style.app_icon())
        if context.db.path is not None:
            self.setWindowTitle(self.tr("Retention Desktop — {name}").format(name=context.db.path.name))

        self.today = TodayPage(context)
        self.today.open_customer.connect(self.open_customer)
        self.today.new_customer_requested.connect(self.new_customer)
        self.today.import_requested.connect(self.import_customers)
        # The customer book and the sales list are built when first shown (or asked for): the
        # window opens on Today, and start-up pays for Today alone.
        self._book_page = LazyPage(self._make_book)
        self._sales_page = LazyPage(self._make_sales)
        self._lost_page = LazyPage(self._make_lost)
        self._campaigns_page = LazyPage(self._make_campaigns)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self._book_page, self.tr("Customers"))
        self.tabs.addTab(self._sales_page, self.tr("Sales"))
        self.tabs.addTab(self._lost_page, self.tr("Lost customers"))
        self.tabs.addTab(self._campaigns_page, self.tr("Campaigns"))
        self.tabs.setCurrentWidget(self.today)
        # The pages are chosen from a rail of icons on the window's leading side (the right, in
        # Arabic), as in the programs a shop owner knows; the tab bar itself is not shown.
        self.tabs.tabBar().hide()
        self.rail = NavigationRail(self.tabs)
        self.rail.add("calendar-check", self.tr("Today"), 0)
        self.rail.add("users", self.tr("Customers"), 1)
        self.rail.add("receipt", self.tr("Sales"), 2)
        self.rail.add("mood-sad", self.tr("Lost"), 3)
        self.rail.add("arrow-back-up", self.tr("Campaigns"), 4)
        self.rail.add_stretch()
        self.rail.add_button("settings", self.tr("Settings"), lambda: self.open_settings())
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoArchiveButton")
        self.undo_button.clicked.connect(self.undo_archive)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)

        # Follow-up rules and the due-count run only once the window is on screen: start-up time matters.
        self._day: date | None = None
        self._started = False
        self._closed = False  # a closed window's pending start of the day does nothing
        self.orm_loaded_at_show = False
        self._rules_running = False  # ours, not the task's: set and cleared by the slots that see it end
        self._rules_again = False
        self._warmed_up = False
        context.invoice_issued.connect(lambda _invoice_id: self.run_follow_up_rules())
        self.due_watcher = DueWatcher(context.db, self)
        context.changed.connect(self.due_watcher.take_in)
        self.clock = QTimer(self, interval=CLOCK_CHECK_MS)
        self.clock.timeout.connect(self.check_clock)
        self.notifier = TrayNotifier(self.due_watcher, context.format, self)
        self.notifier.open_today.connect(self.bring_today_forward)
        self.notifier.quit_requested.connect(self.close)

        self.book_actions = BookActions(self, context)  # File: open, new, recent, back up, restore, check
        self._build_actions()
        self._build_data_actions()
        self.resize(1100, 680)
        self._restore_layout()

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
        *,
        window_wide: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if window_wide:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_today = self._action("actionToday", self.tr("&Today"), "Ctrl+T", self.show_today)
        self.action_schedule = self._action(
            "actionScheduleFollowUp", self.tr("&Schedule follow-up…"), "Ctrl+Shift+N", self.schedule_follow_up
        )
        self.action_new = self._action("actionNewCustomer", self.tr("&New customer"), QKeySequence.StandardKey.New, self.new_customer)
        self.action_find = self._action("actionFind", self.tr("&Find customer"), QKeySequence.StandardKey.Find, self.find_customer)
        self.action_edit = self._action("actionEditCustomer", self.tr("&Edit customer"), "F2", self.edit_customer)
        # Delete archives only in the customer table: on the Today screen it cancels a follow-up.
        self.action_archive = self._action(
            "actionArchiveCustomer", self.tr("&Archive customer"), QKeySequence.StandardKey.Delete, lambda: self.book.archive(), window_wide=False
        )
        self.action_undo = self._action("actionUndoArchive", self.tr("&Undo archive"), QKeySequence.StandardKey.Undo, self.undo_archive)
        self.action_undo.setEnabled(False)
        self.action_settings = self._action("actionSettings", self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings)
        self.action_quit = self._action("actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.action_about = self._action("actionAbout", self.tr("&About Retention Desktop"), None, self.about)
        self.action_sales = self._action("actionSales", self.tr("Sales &list"), "Ctrl+Shift+S", self.show_sales)
        self.action_new_invoice = self._action("actionNewInvoice", self.tr("New &invoice…"), "Ctrl+I", self.new_invoice)
        self.action_catalogue = self._action("actionCatalogue", self.tr("&Catalogue…"), None, self.open_catalogue)
        # The table takes Delete and Enter for itself only when it has focus (see _make_book).
        self.action_archive.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        menu = self.menuBar().addMenu(self.tr("&File"))
        self.book_actions.add_to(menu)
        menu.addAction(self.action_settings)
        menu.addSeparator()
        menu.addAction(self.action_quit)
        menu = self.menuBar().addMenu(self.tr("&Customers"))
        for action in (self.action_new, self.action_find, self.action_edit, self.action_archive, self.action_undo):
            menu.addAction(action)
        menu = self.menuBar().addMenu(self.tr("F&ollow-ups"))
        menu.addAction(self.action_today)
        menu.addAction(self.action_schedule)
        menu = self.menuBar().addMenu(self.tr("&Sales"))
        menu.addAction(self.action_sales)
        menu.addAction(self.action_new_invoice)
        menu.addAction(self.action_catalogue)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.action_about)

    # -- data in and out: File → Import customers…, File → Export… -------------------------------------
    def _build_data_actions(self) -> None:
        self.action_import = self._action("actionImportCustomers", self.tr("&Import customers…"), None, self.import_customers)
        self.action_export = self._action("actionExport", self.tr("&Export…"), None, self.export_book)
        # In the File menu, above Settings (the menu is built in _build_actions).
        for file_menu in self.action_settings.associatedObjects():
            if isinstance(file_menu, QMenu):
                file_menu.insertActions(self.action_settings, [self.action_import, self.action_export])
                file_menu.insertSeparator(self.action_settings)

    def import_customers(self) -> QDialog:
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._context.changed.emit)
        dialog.open()
        return dialog

    def export_book(self) -> QDialog:
        from ui.export_dialog import ExportDialog, export_message

        dialog = ExportDialog(self._context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.statusBar().showMessage(export_message(path), STATUS_TIMEOUT_MS))
        dialog.open()
        return dialog

    # -- pages ------------------------------------------------------------------------------------
    @property
    def book(self) -> CustomerBook:
        """The customer book, built the first time it is needed."""
        return cast("CustomerBook", self._book_page.page())

    @property
    def sales(self) -> SalesPage:
        """The sales list, built the first time it is needed."""
        return cast("SalesPage", self._sales_page.page())

    def _make_book(self) -> CustomerBook:
        from ui.customer_book import CustomerBook

        book = CustomerBook(self._context)
        book.archived.connect(self._offer_undo)
        book.import_requested.connect(self.import_customers)
        book.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        book.table.addAction(self.action_archive)
        prefs = self._context.preferences
        if (splitter := prefs.layout("bookSplitter")) is not None:
            book.splitter.setProperty("restored", book.splitter.restoreState(splitter))
        if (header := prefs.layout("customerTableHeader")) is not None:
            book.table.horizontalHeader().restoreState(header)
            book.show_order()  # the saved state's indicator is not the list's order
            book.fit_columns()  # the columns that fit now, whatever fitted then
        return book

    def _make_sales(self) -> SalesPage:
        from ui.sales_page import SalesPage

        sales = SalesPage(self._context)
        sales.open_customer.connect(self.open_customer)
        sales.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        if (header := self._context.preferences.layout("salesHeader")) is not None:
            sales.table.horizontalHeader().restoreState(header)
            sales.columns.fit()  # the columns that fit now, whatever fitted then
        return sales

    def _make_lost(self) -> QWidget:
        from ui.lost_page import LostPage

        lost = LostPage(self._context)
        lost.open_customer.connect(self.open_customer)
        lost.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        return lost

    @property
    def campaigns(self) -> CampaignsPage:
        """The campaigns, built the first time they are needed."""
        return cast("CampaignsPage", self._campaigns_page.page())

    def _make_campaigns(self) -> CampaignsPage:
        from ui.campaigns_page import CampaignsPage

        return CampaignsPage(self._context)

    def _showing(self, page: LazyPage) -> bool:
        return self.tabs.currentWidget() is page

    def page_built(self, name: str) -> bool:
        """Whether the customer book ("book"), the sales list ("sales"), the lost customers ("lost") or
        the campaigns ("campaigns") have been built yet."""
        return {"book": self._book_page, "sales": self._sales_page, "lost": self._lost_page, "campaigns": self._campaigns_page}[name].built

    def current_page(self) -> QWidget:
        """The page the window shows: Today, the customer book or the sales list."""
        shown = self.tabs.currentWidget()
        return shown.page() if isinstance(shown, LazyPage) else shown

    def page_at(self, tab: int) -> QWidget:
        """The page of a tab (built, if it was not yet)."""
        widget = self.tabs.widget(tab)
        if widget is None:
            raise IndexError(tab)
        return widget.page() if isinstance(widget, LazyPage) else widget

    # -- tabs ---------------------------------------------------------------------------------------
    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.today)
        self.today.agenda.setFocus()

    def show_customers(self) -> None:
        self.tabs.setCurrentWidget(self._book_page)

    def show_campaigns(self) -> None:
        self.tabs.setCurrentWidget(self._campaigns_page)

    def show_sales(self) -> None:
        self.tabs.setCurrentWidget(self._sales_page)
        self.sales.table.setFocus()

    def new_invoice(self) -> QDialog:
        """Ctrl+I: for the customer selected in the book when the book is showing, else pick one."""
        in_book = self._showing(self._book_page)
        return self.sales.new_invoice(self.book.current_customer_id() if in_book else None)

    def open_catalogue(self) -> QDialog:
        return self.sales.open_catalogue()

    def bring_today_forward(self) -> None:
        """From the tray: the window on top, showing Today."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_today()

    def open_customer(self, customer_id: int) -> None:
        self.show_customers()
        self.book.open_customer(customer_id)
        self.book.table.setFocus()

    def find_customer(self) -> None:
        self.show_customers()
        self.book.focus_search()

    def new_customer(self) -> None:
        self.show_customers()
        self.book.new_customer()

    def edit_customer(self) -> None:
        """F2: the customer of the selected follow-up on the Today screen, else the book's."""
        item = self.today.current_item() if self.tabs.currentWidget() is self.today else None
        if item is not None:
            self.book.edit_customer(self.today.customer_of(item))
        else:
            self.book.edit_customer()

    def schedule_follow_up(self) -> ScheduleFollowUpDialog:
        """Ctrl+Shift+N: for the customer selected in the book when the book is showing, else pick one."""
        in_book = self._showing(self._book_page)
        dialog = self.today.schedule(self.book.current_customer_id() if in_book else None)
        if in_book:
            dialog.accepted.connect(
                lambda: self.statusBar().showMessage(self.tr("Follow-up scheduled."), STATUS_TIMEOUT_MS)
            )
        return dialog

    # -- the clock: follow-up rules and what became due -----------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            # What the window needed before it showed (bench/ and a test read it): the ORM and the
            # pages after Today come later.
            self.orm_loaded_at_show = "sqlalchemy.orm" in sys.modules
            # The start of the day's work (the rules) waits until the window is painted: it would
            # otherwise compete with the first paint for the interpreter.
            QTimer.singleShot(START_OF_DAY_DELAY_MS, self.check_clock)
            QTimer.singleShot(SAFETY_CHECK_DELAY_MS, lambda: None if self._closed else self.book_actions.start_safety_check())
            self.clock.start()

    def check_clock(self) -> None:
        """On a new shop day (and at start) run the follow-up rules, off the GUI thread (they read
        the whole book); then announce what became due."""
        if self._closed:
            return
        db = self._context.db
        today = shop_today(db)
        if today != self._day and not self._rules_running:
            self._day = today
            self._start_rules(today)
            return
        self.due_watcher.check()

    def run_follow_up_rules(self) -> None:
        """Run the rules again now (after a sale: a first purchase gets its satisfaction call);
        if they are running already, once more when they finish."""
        if self._rules_running:
            self._rules_again = True
            return
        self._start_rules(shop_today(self._context.db))

    def _start_rules(self, today: date) -> None:
        db = self._context.db
        self._rules_running = True
        ops.run_in_background(
            self,
            self.tr("Follow-up rules"),
            lambda progress: _start_the_day(db, today, progress),  # cancelled at quit
            self._rules_applied,
            handles=(Exception,),  # nobody asked for them: the status bar says it, no box pops up
            on_refused=self._rules_failed,
        )

    def _rules_applied(self, result: RulesResult) -> None:
        self._rules_running = False
        if not self._warmed_up:
            self._warmed_up = True
            QTimer.singleShot(0, lambda: self._warm_up(WARM_UP))
        if self._rules_again:
            self._rules_again = False
            QTimer.singleShot(0, self.run_follow_up_rules)
        if result.total:
            self._context.changed.emit()
        elif self.today.model.day != self._day:
            self.today.refresh()  # past midnight: yesterday's "today" is overdue now
        self.due_watcher.check()
        self.rules_applied.emit()

    def _warm_up(self, modules: tuple[str, ...]) -> None:
        """Import the next of `modules`, then let the window answer its user before the one after."""
        if self._closed or not modules:
            return
        importlib.import_module(modules[0])
        QTimer.singleShot(0, lambda: self._warm_up(modules[1:]))

    def _rules_failed(self, error: Exception) -> None:
        """The rules will run again at the next look at the clock. A problem of the book (busy,
        disk full) is said in its own words; a fault of the program only politely (ops logged it)."""
        self._rules_running = False
        self._rules_again = False
        self._day = None
        if isinstance(error, UserError):
            text = self.tr("The follow-up rules could not run: {reason}").format(reason=error)
        else:
            text = self.tr("The follow-up rules met an unexpected problem and will try again later. The details were written to the log.")
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # -- archive and its undo ---------------------------------------------------------------------
    def _offer_undo(self, customer_id: int) -> None:
        self._undo_customer = customer_id
        self.action_undo.setEnabled(True)
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("Customer archived. Press Undo (Ctrl+Z) to bring them back."))

    def undo_archive(self) -> None:
        from retention_desktop.customers import CustomerNotFound, restore_customer

        if self._undo_customer is None:
            return
        customer_id = self._undo_customer
        db = self._context.db
        ops.run_action(
            self,
            self.tr("Undo archive"),
            lambda: restore_customer(db, customer_id),
            lambda _none: self._archive_undone(customer_id),
            handles=(CustomerNotFound,),
            on_refused=self._undo_refused,
        )

    def _forget_undo(self) -> None:
        self._undo_customer = None
        self.action_undo.setEnabled(False)
        self.undo_button.hide()

    def _archive_undone(self, customer_id: int) -> None:
        self._forget_undo()
        self._context.changed.emit()
        self.book.open_customer(customer_id)
        self.statusBar().showMessage(self.tr("The customer is back in the book."), STATUS_TIMEOUT_MS)

    def _undo_refused(self, error: UserError) -> None:
        self._forget_undo()
        self.statusBar().showMessage(str(error), STATUS_TIMEOUT_MS)

    # -- settings, about, layout ---------------------------------------------------------------------
    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

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
        from PySide6.QtCore import QProcess  # its class and enums are made when first used: 1 ms of the start

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

    def about(self) -> QMessageBox:
        """The program's name and version, and which book this window works on (the status bar no
        longer says it on every screen)."""
        book = self._context.db.shown_address
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("About Retention Desktop"),
            self.tr("<h3>Retention Desktop {version}</h3><p>Keep the customers you already have.</p>").format(
                version=html.escape(__version__)
            )
            + "<p>"
            + self.tr("The customer book open in this window:")
            + f"<br>{html.escape(isolate_ltr(book))}</p>",  # Qt's rich text takes no dir= on a span
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("aboutBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _restore_layout(self) -> None:
        prefs = self._context.preferences
        if (geometry := prefs.layout("window")) is not None:
            self.restoreGeometry(geometry)
        if (state := prefs.layout("windowState")) is not None:
            self.restoreState(state)

    def stop_work(self) -> None:
        """Before the book is closed under this window (a restore): the clock stops, the layout
        is saved and the work off the GUI thread ends (each its whole transaction, or none)."""
        self._closed = True
        self.clock.stop()
        self.save_layout()
        ops.finish_background_work()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.clock.stop()
        self.save_layout()
        self.notifier.hide()
        self.hide()  # off the screen at once, even while the rules finish below
        ops.finish_background_work()  # the rules' one transaction is saved whole, never cut off
        super().closeEvent(event)

    def save_layout(self) -> None:
        prefs = self._context.preferences
        prefs.set_layout("window", self.saveGeometry())
        prefs.set_layout("windowState", self.saveState())
        if self._book_page.built:  # a page never opened keeps the layout saved before
            prefs.set_layout("bookSplitter", self.book.splitter.saveState())
            prefs.set_layout("customerTableHeader", self.book.table.horizontalHeader().saveState())
        if self._sales_page.built:
            prefs.set_layout("salesHeader", self.sales.table.horizontalHeader().saveState())
        prefs.sync()


def _start_the_day(db: Database, today: date, progress: Progress) -> RulesResult:
    """What the program does for the book at start and each new shop day, off the GUI thread: the
    default message templates the first time, the customers who went quiet moved to at risk or
    lapsed, then the follow-up rules."""
    from retention_desktop.lifecycle import move_quiet_customers
    from retention_desktop.rules import apply_follow_up_rules
    from retention_desktop.templates import ensure_default_templates

    ensure_default_templates(db)
    move_quiet_customers(db, today)
    return apply_follow_up_rules(db, today=today, progress=progress)

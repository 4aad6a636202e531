"""The customer book screen: instant search, the table of customers and the selected customer's card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.customers import CustomerNotFound, archive_customer, restore_customer

from retention_desktop.kinds import Stage

from ui import style
from ui.context import AppContext
from ui.customer_card import CARD_MIN_WIDTH, CustomerCard
from ui.customer_dialog import CustomerDialog
from ui.columns import FittedColumns
from ui.customer_model import ORDER_OF, Column, CustomerTableModel
from ui.forms import EmptyState
from ui.labels import stage_label
from ui.ops import run_action
from ui.widgets import SearchBox, select_row

# The columns a narrow table gives up first, last first: the name always stays.
COLUMNS_BY_NEED = (Column.PHONE, Column.STAGE, Column.CREATED, Column.AREA, Column.TAGS)
NAME_MIN_WIDTH = 180
# Of the room beside the rail, what the card takes at first (the owner may move the splitter).
CARD_SHARE = 0.45


class CustomerBook(QWidget):
    """Search, list and card; `archived` tells the main window which customer it may undo."""

    archived = Signal(int)
    message = Signal(str)
    import_requested = Signal()  # an empty book's "Import customers…": the main window's import

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerBook")
        self._context = context

        self.search = SearchBox(
            self, "customerSearch", self.tr("Search by name, phone, email, tag or note (Ctrl+F)"), self.apply_search
        )

        self.show_archived = QCheckBox(self.tr("Show archived customers"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.apply_search())
        self.count = QLabel()
        self.count.setObjectName("customerCount")
        style.set_role(self.count, "muted")
        self.title = QLabel(self.tr("Customers"))
        self.title.setObjectName("bookTitle")
        style.set_role(self.title, "title")
        self.new_button = QPushButton(style.icon("user-plus", style.COLOURS.on_accent), self.tr("New customer"))
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setToolTip(self.tr("Add a customer to the book (Ctrl+N)"))
        style.set_role(self.new_button, "primary")
        self.new_button.clicked.connect(lambda: self.new_customer())

        self.model = CustomerTableModel(context)
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Every row has the same height, so the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        self.columns = FittedColumns(self.table, Column.NAME, NAME_MIN_WIDTH, self._measure_columns(), COLUMNS_BY_NEED)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the newest first, or the best matches
        header.sectionClicked.connect(self._sort_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # A double-click (or Enter) activates a row; connecting doubleClicked as well opened two dialogs.
        self.table.activated.connect(lambda index: self.edit_customer(self.model.customer_id(index.row())))

        self.empty = EmptyState("emptyBookText", self.tr("Add the first customer"), self.new_customer)
        self.empty_text, self.empty_add = self.empty.text, self.empty.button
        self.empty_import = self.empty.add_button(self.tr("Import customers…"), self.import_requested.emit, "emptyBookImport")

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.card = CustomerCard(context)
        self.card.edit_requested.connect(self.edit_customer)
        self.card.archive_requested.connect(self.archive)
        self.card.restore_requested.connect(self.restore)
        self.card.open_customer.connect(self.open_customer)
        self.card.message.connect(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("bookSplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(lambda _position, _handle: setattr(self, "_split_by_hand", True))
        self.splitter.installEventFilter(self)

        heading = QHBoxLayout()
        heading.setSpacing(style.SPACE_M)
        heading.addWidget(self.title)
        heading.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        top = QHBoxLayout()
        top.setSpacing(style.SPACE_M)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_L, style.SPACE_L, style.SPACE_M)
        layout.setSpacing(style.SPACE_M)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        context.changed.connect(self.refresh)
        self.apply_search()

    # -- the table's columns: as many as fit, the name always ----------------------------------------
    def _measure_columns(self) -> dict[int, int]:
        """Each column's width: its widest usual content, and room for the header's padding."""
        metrics = self.table.fontMetrics()
        pad = 2 * style.SPACE_L + style.SPACE_S
        fmt = self._context.format

        def widest(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + pad

        header = self.model.headerData
        return {
            Column.PHONE: widest(fmt.phone("+966551234567"), fmt.phone("+442079460958"), str(header(Column.PHONE, Qt.Orientation.Horizontal))),
            Column.STAGE: widest(*(stage_label(stage) for stage in Stage), str(header(Column.STAGE, Qt.Orientation.Horizontal))),
            Column.CREATED: widest(fmt.date(date(2026, 12, 30)), fmt.date(date(2026, 9, 28)), str(header(Column.CREATED, Qt.Orientation.Horizontal))),
            Column.AREA: widest("المنطقة، المدينة"),
            Column.TAGS: widest("عميل دائم، VIP"),
        }

    def fit_columns(self) -> None:
        """Show the columns that fit beside the name, the most needed first (after a saved layout
        of the header was restored, say)."""
        self.columns.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.splitter:
            self.give_card_its_room()
        return super().eventFilter(watched, event)

    def give_card_its_room(self) -> None:
        """The card about half the width, the list enough for the name, the phone and the stage;
        the owner's own split (moved, or restored from the last time) is kept."""
        if self.splitter.property("restored") or self._split_by_hand:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        widths = self.columns.widths
        list_needs = NAME_MIN_WIDTH + widths[Column.PHONE] + widths[Column.STAGE] + 2 * style.SPACE_L
        card = max(CARD_MIN_WIDTH, min(int(total * CARD_SHARE), total - list_needs))
        self.splitter.setSizes([max(total - card, 0), card])

    # -- what is shown -------------------------------------------------------------------------
    def apply_search(self) -> None:
        self.search.timer.stop()
        self.model.set_filter(self.search.text(), self.show_archived.isChecked())
        self._after_reload(None)

    def refresh(self) -> None:
        """After any change: same search, same customer selected if they are still listed."""
        keep = self.current_customer_id()
        self.model.reload()
        self._after_reload(keep)
        self.card.refresh()

    def _after_reload(self, keep: int | None) -> None:
        rows = self.model.rowCount()
        self._show_count()
        if rows:
            self.list_stack.setCurrentWidget(self.table)
            self.card.show_hint(True)
        else:
            self._show_empty()
            self.list_stack.setCurrentWidget(self.empty)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows and keep is None:
            row = 0
        if row >= 0:
            self.table.scrollTo(select_row(self.table, row))
            self.card.show_customer(self.model.customer_id(row))
        else:
            self.table.selectionModel().clearSelection()
            self.card.show_customer(keep)

    def _show_count(self) -> None:
        count = self.model.count
        shown = self._context.format.number(count.number)
        if not count.exact:  # a search, or on a database server the whole book, counted up to a cap
            if self.search.text().strip():
                self.count.setText(self.tr("More than {cap} found").format(cap=shown))
            elif self.show_archived.isChecked():
                self.count.setText(self.tr("More than {cap} archived customers").format(cap=shown))
            else:
                self.count.setText(self.tr("More than {cap} customers").format(cap=shown))
        elif self.show_archived.isChecked():
            self.count.setText(self.tr("%n archived", "", count.number).replace(str(count.number), shown))
        elif self.search.text().strip():
            self.count.setText(self.tr("%n found", "", count.number).replace(str(count.number), shown))
        else:
            self.count.setText(self.tr("%n customers", "", count.number).replace(str(count.number), shown))

    def _show_empty(self) -> None:
        query = self.search.text().strip()
        starting = not query and not self.show_archived.isChecked()  # the book itself is empty
        self.empty_add.setVisible(starting)
        self.empty_import.setVisible(starting)
        self.card.show_hint(not starting)  # "choose a customer in the list" beside an empty book
        if query:
            self.empty_text.setText(self.tr("No customer matches “{query}”.").format(query=query))
        elif self.show_archived.isChecked():
            self.empty_text.setText(self.tr("No archived customers."))
        else:
            self.empty_text.setText(
                self.tr(
                    "Your customer book is empty.\nAdd your first customer, or import the list you keep: "
                    "a spreadsheet, a CSV file or your phone's contacts."
                )
            )

    def _sort_clicked(self, section: int) -> None:
        """A click on a column's header puts the book in that column's order (again: the other way);
        a search with too many matches to sort keeps its best matches first, and says so."""
        header = self.table.horizontalHeader()
        keep = self.current_customer_id()
        if not self.model.sort_by(Column(section), header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder):
            self.show_order()  # not a column the book can be sorted by: the indicator goes back
            return
        self.show_order()
        if not self.model.ordered:
            self.message.emit(self.tr("Too many customers match to put them in order: type more to narrow the search."))
        self._after_reload(keep)

    def show_order(self) -> None:
        """The header's sort indicator says the order the list is in: none for the best matches first."""
        header = self.table.horizontalHeader()
        query = self.model.query
        header.blockSignals(True)
        if query.order is None or not self.model.ordered:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            column = next(c for c, o in ORDER_OF.items() if o is query.order)
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.card.show_customer(self.model.customer_id(current.row()) if current.isValid() else None)

    def current_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.customer_id(index.row())

    def open_customer(self, customer_id: int) -> None:
        """Select a customer, clearing the search if it hides them; their card shows in any case."""
        if self.model.row_of(customer_id) < 0 and (self.search.text() or self.show_archived.isChecked()):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.show_archived.blockSignals(True)
            self.show_archived.setChecked(False)
            self.show_archived.blockSignals(False)
            self.search.timer.stop()
            self.model.set_filter("", False)
        self._after_reload(customer_id)

    # -- actions ------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self._context, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Customer saved.")))
        dialog.open()
        return dialog

    def edit_customer(self, customer_id: int | None = None) -> CustomerDialog | None:
        customer_id = customer_id if customer_id is not None else self.current_customer_id()
        if customer_id is None:
            return None
        dialog = CustomerDialog(self._context, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id, self.tr("Changes saved.")))
        dialog.open()
        return dialog

    def _saved(self, customer_id: int | None, message: str) -> None:
        if customer_id is not None:
            self.open_customer(customer_id)
        self.message.emit(message)

    def archive(self, customer_id: int | None = None) -> None:
        customer_id = customer_id if customer_id is not None else self.current_customer_id()
        if customer_id is None:
            return
        db = self._context.db
        run_action(
            self,
            self.tr("Archive customer"),
            lambda: archive_customer(db, customer_id),
            lambda _none: self._archived(customer_id),
            handles=(CustomerNotFound,),
            on_refused=lambda error: self.message.emit(str(error)),
        )

    def _archived(self, customer_id: int) -> None:
        self._context.changed.emit()
        self.archived.emit(customer_id)

    def restore(self, customer_id: int) -> None:
        db = self._context.db
        run_action(
            self,
            self.tr("Restore customer"),
            lambda: restore_customer(db, customer_id),
            lambda _none: self._restored(),
            handles=(CustomerNotFound,),
            on_refused=lambda error: self.message.emit(str(error)),
        )

    def _restored(self) -> None:
        self._context.changed.emit()
        self.message.emit(self.tr("The customer is back in the book."))

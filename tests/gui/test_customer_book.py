"""The customer book as a user drives it: search, add, edit, duplicates, archive and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from retention_desktop.customers import CustomerDraft, add_customers, count_customers, customer_details, search_customers
from retention_desktop.db import Database
from retention_desktop.search import PAGE

from ui.customer_dialog import CustomerDialog
from ui.customer_model import Column
from ui.main_window import MainWindow

from .conftest import type_text


def names_shown(window: MainWindow) -> list[str]:
    model = window.book.model
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def test_search_filters_the_table_as_the_user_types(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.show_customers()
    assert sorted(names_shown(window)) == sorted(["أحمد بن سعيد", "فاطمة الزهراء", "John Smith"])
    search = window.findChild(QLineEdit, "customerSearch")
    type_text(search, "احمد")  # typed without the hamza
    qtbot.waitUntil(lambda: names_shown(window) == ["أحمد بن سعيد"])
    search.clear()
    type_text(search, "٠٥٦ ١١١")  # Arabic-Indic digits, with a space
    qtbot.waitUntil(lambda: names_shown(window) == ["فاطمة الزهراء"])
    search.clear()
    type_text(search, "nobody here")
    qtbot.waitUntil(lambda: window.book.model.rowCount() == 0)
    assert window.book.empty_text.isVisible()
    assert "nobody here" in window.book.empty_text.text()
    assert not window.book.empty_add.isVisible() and not window.book.empty_import.isVisible()  # the book is not empty


def test_an_empty_book_offers_the_first_customer_and_an_import(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    from ui.import_dialog import ImportDialog

    window = open_window()
    window.show_customers()
    assert window.book.empty_text.text().startswith("Your customer book is empty.")
    assert window.book.empty_add.isVisible() and window.book.empty_import.isVisible()
    assert window.book.card.empty.text() == ""  # no "choose a customer in the list" beside an empty book
    qtbot.mouseClick(window.book.empty_import, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None and window.findChild(ImportDialog).isVisible())
    window.findChild(ImportDialog).reject()
    add_customers(db, [CustomerDraft("سارة", phones=("0551234567",))])
    window.book.refresh()
    assert window.book.current_customer_id() is not None and window.book.card.isVisible()
    window.book.card.show_customer(None)
    assert window.book.card.empty.text() == "Choose a customer in the list to see their card."


def test_selecting_a_customer_shows_their_card(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window()
    book = window.book
    row = book.model.row_of(sample_book["ahmed"])
    book.table.selectRow(row)
    assert book.card.name.text().endswith("\u2068أحمد بن سعيد\u2069")  # in the direction of its own script
    assert "ahmed@example.com" in book.card._values["email"].text()
    assert "VIP" in book.card._values["tags"].text()


def fill(qtbot: QtBot, dialog: CustomerDialog, name: str, phone: str) -> None:
    dialog.full_name.clear()
    type_text(dialog.full_name, name)
    phone_edit = dialog.phones.edits[0]
    phone_edit.clear()
    type_text(phone_edit, phone)


def test_adding_a_customer_from_the_new_customer_action(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.findChild(type(window.action_new), "actionNewCustomer").trigger()
    dialog = window.findChild(CustomerDialog)
    assert dialog is not None and dialog.isVisible()
    fill(qtbot, dialog, "سارة القحطاني", "٠٥٠ ٩٨٧ ٦٥٤٣")
    type_text(dialog.tags, "عائلة, VIP")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_customers(db) == 4
    saved = customer_details(db, search_customers(db, "ساره")[0])
    assert saved.phones[0].number == "+966509876543"
    assert set(saved.tags) == {"عائلة", "VIP"}
    # The new customer is selected in the book and shown on the card.
    assert window.book.current_customer_id() == saved.id
    assert window.book.card.name.text().endswith("\u2068سارة القحطاني\u2069")


def test_the_books_header_has_a_new_customer_button(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.show_customers()
    button = window.book.findChild(QPushButton, "newCustomerButton")
    assert button is not None and button.isVisible() and button.text() == "New customer"
    assert window.book.count.text() == "3 customers"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.book.findChild(CustomerDialog)
    assert dialog is not None and dialog.isVisible() and dialog.customer_id is None
    dialog.reject()


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    fill(qtbot, dialog, "", "12345")
    type_text(dialog.email, "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["full_name"].isVisible() and "name" in dialog.errors["full_name"].text()
    assert dialog.errors["phones"].isVisible() and "12345" in dialog.errors["phones"].text()
    assert dialog.errors["email"].isVisible()
    assert count_customers(db) == 0
    # Corrected, it saves.
    fill(qtbot, dialog, "Mona", "0551234567")
    dialog.email.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_customers(db) == 1


def test_a_birthday_in_the_future_is_refused(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    fill(qtbot, dialog, "Mona", "0551234567")
    dialog.birthday_known.setChecked(True)
    dialog.birthday.setDate(dialog.birthday.date().currentDate().addDays(3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["birthday"].isVisible()
    assert "future" in dialog.errors["birthday"].text()
    assert count_customers(db) == 0


def test_a_duplicate_phone_is_flagged_before_saving(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    fill(qtbot, dialog, "Ahmad Saeed", "+966 55 123 4567")  # Ahmed's number, typed differently
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_box.isVisible()
    assert "أحمد بن سعيد" in dialog.duplicate_text.text()
    assert count_customers(db) == 3
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveAnywayButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_customers(db) == 4


def test_editing_a_customer_updates_table_and_card(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    dialog = window.book.edit_customer(sample_book["john"])
    assert dialog is not None
    assert dialog.full_name.text() == "John Smith"
    assert dialog.phones.edits[0].text() == "+44 20 7946 0958"
    dialog.full_name.clear()
    type_text(dialog.full_name, "John A. Smith")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # his own phone is no duplicate
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "John A. Smith" in names_shown(window)
    assert window.book.card.name.text().endswith("\u2068John A. Smith\u2069")
    assert customer_details(db, sample_book["john"]).phones[0].number == "+442079460958"


def test_archive_then_undo(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]) -> None:
    window = open_window()
    window.book.open_customer(sample_book["fatima"])
    window.action_archive.trigger()
    assert "فاطمة الزهراء" not in names_shown(window)
    assert count_customers(db) == 2
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert "فاطمة الزهراء" in names_shown(window)
    assert count_customers(db) == 3
    assert window.book.current_customer_id() == sample_book["fatima"]
    assert not window.undo_button.isVisible()


def test_archived_customers_can_be_listed_and_restored(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.show_customers()
    window.book.archive(sample_book["john"])
    window.book.show_archived.setChecked(True)
    assert names_shown(window) == ["John Smith"]
    assert window.book.card.restore_button.isVisible()
    qtbot.mouseClick(window.book.card.restore_button, Qt.MouseButton.LeftButton)
    assert names_shown(window) == []
    assert count_customers(db) == 3


def test_keyboard_shortcuts(qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]) -> None:
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.book.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QLineEdit, "customerSearch").hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(CustomerDialog) is not None and window.findChild(CustomerDialog).isVisible())


def test_the_table_fetches_a_page_at_a_time_as_it_is_scrolled(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    add_customers(db, [CustomerDraft(f"Customer {i:05d}") for i in range(5000)])
    window = open_window()
    window.show_customers()
    model = window.book.model
    assert model.rowCount() == PAGE  # one page, however big the book
    assert window.book.count.text() == "5,000 customers"
    assert names_shown(window)[0] == "Customer 04999"  # the newest first
    for _ in range(100):  # the user keeps scrolling to the end
        if not model.canFetchMore(QModelIndex()):
            break
        rows = model.rowCount()

        def scrolled_to_the_end() -> bool:
            window.book.table.scrollToBottom()
            return model.rowCount() > rows

        qtbot.waitUntil(scrolled_to_the_end)
    assert model.rowCount() == 5000
    shown = names_shown(window)
    assert shown[-1] == "Customer 00000" and len(set(shown)) == 5000


def test_window_remembers_its_size(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    window.resize(712, 534)
    window.close()
    again = open_window()
    assert (again.width(), again.height()) == (712, 534)


def test_choosing_who_referred_a_customer(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    fill(qtbot, dialog, "Layla", "0507778888")
    dialog.referrer.setFocus()
    type_text(dialog.referrer, "فاطمه")  # ta marbuta typed as heh
    popup = dialog.referrer.choices.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.referrer.text() == "فاطمة الزهراء"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    layla = customer_details(db, search_customers(db, "Layla")[0])
    assert layla.referred_by_id == sample_book["fatima"]
    assert layla.source.value == "referral"
    assert customer_details(db, sample_book["fatima"]).referrals == ((layla.id, "Layla"),)
    # The referrer is a link on the card.
    assert "فاطمة الزهراء" in window.book.card._values["referred_by"].text()


def test_a_referrer_typed_but_not_chosen_is_refused(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    fill(qtbot, dialog, "Layla", "0507778888")
    type_text(dialog.referrer, "somebody unknown")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["referred_by"].isVisible()
    assert count_customers(db) == 3


def test_delete_in_the_search_field_edits_text_and_archives_nobody(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.show_customers()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search = window.book.search
    search.setFocus()
    type_text(search, "John")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "ohn"
    assert count_customers(db) == 3
    # In the table, Delete archives the selected customer (and Undo brings them back).
    window.book.table.setFocus()
    qtbot.keyClick(window.book.table, Qt.Key.Key_Delete)
    assert count_customers(db) == 2


def test_tab_goes_from_the_name_to_the_phone_numbers(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    dialog = window.book.new_customer()
    order = []
    widget = dialog.full_name
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        order.append(widget)
    # name -> form of address -> the first number (and its remove button) -> add another -> email
    assert order[0] is dialog.gender
    assert order[1] is dialog.phones.edits[0]
    assert order[3] is dialog.phones.add_button
    assert order[4] is dialog.email
    # A number added later takes its place before "Add another number" too.
    second = dialog.phones.add_phone("")
    assert dialog.phones.edits[0].nextInFocusChain().nextInFocusChain() is second


def test_a_double_click_opens_one_edit_dialog(
    qtbot: QtBot, open_window: Callable[..., MainWindow], sample_book: dict[str, int]
) -> None:
    window = open_window()
    window.show_customers()
    table = window.book.table
    rect = table.visualRect(window.book.model.index(0, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = window.book.findChildren(CustomerDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


def test_on_a_server_a_big_book_is_counted_as_a_search_is(qtbot: QtBot, language: Callable[[str], None], server_url: str) -> None:
    """A server counts by reading every entry: the book says "more than 1,000" there, as it does
    for a large search, where a file counts the whole book (the test above)."""
    from retention_desktop.db import open_database

    from ui.context import AppContext
    from ui.customer_book import CustomerBook
    from ui.preferences import Preferences

    db = open_database(server_url)
    try:
        add_customers(db, [CustomerDraft(f"Customer {i:05d}") for i in range(1001)])
        language("en")
        book = CustomerBook(AppContext(db=db, preferences=Preferences(), language="en"))
        qtbot.addWidget(book)
        book.show()
        qtbot.waitExposed(book)
        assert book.count.text() == "More than 1,000 customers"
        assert book.model.rowCount() == PAGE
        search = book.findChild(QLineEdit, "customerSearch")
        type_text(search, "Customer 00999")
        qtbot.waitUntil(lambda: book.model.rowCount() == 1)
        assert book.count.text() == "1 found", book.count.text()
        search.clear()
        type_text(search, "Customer")
        qtbot.waitUntil(lambda: book.count.text() == "More than 1,000 found")
    finally:
        db.close()

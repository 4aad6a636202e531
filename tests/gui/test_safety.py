"""Data safety in the window: back up now, restore (with its list, its PIN and its progress), a
damaged book found at start or by the start-up check, the check on demand, switching books, and the
settings of backups and the PIN."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.backups import BackupKind, back_up, chosen_backup_folder, list_backups, make_backup
from retention_desktop.customers import CustomerDraft, add_customer, add_customers, count_customers
from retention_desktop.db import Database, is_url, open_database
from retention_desktop.errors import BookClosed
from retention_desktop.pin import has_pin, set_pin
from retention_desktop.servers import server_draft
from retention_desktop.settings import BACKUP_FOLDER, get_setting

from tests.damaged_books import damage_table
from tests.pg_server import TEMPLATE, PostgresServer
from ui.books import BookKeeper, deliver_deletes
from ui.main_window import MainWindow
from ui.ops import finish_background_work
from ui.preferences import Preferences
from ui.safety_dialogs import CheckDialog, PinDialog, RestoreDialog, SetPinDialog
from ui.server_dialog import ServerDialog
from ui.settings_dialog import SettingsDialog


# --- helpers ------------------------------------------------------------------------------------


class Answers:
    """Answers the modal windows the program opens, in turn: each answer is a function of the
    window, called once the window is up."""

    def __init__(self, *steps: Callable[[QWidget], object]) -> None:
        self.steps = list(steps)
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.names: list[str] = []
        self.pending = False
        self.timer = QTimer(interval=30)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        shown = QApplication.activeModalWidget()
        if shown is None or not self.steps or self.pending:
            return
        self.seen.append(shown)
        self.names.append(shown.objectName())
        if isinstance(shown, QMessageBox):
            self.texts.append(shown.text())
        step = self.steps.pop(0)
        self.pending = True

        def run() -> None:
            self.pending = False  # a step may open the next window and wait in it (exec)
            step(shown)

        QTimer.singleShot(0, run)

    def stop(self) -> None:
        self.timer.stop()


def plain(text: str) -> str:
    """Text without its invisible direction marks and isolates."""
    return "".join(c for c in text if c not in "\u200e\u200f\u2066\u2067\u2068\u2069")


def yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def ok(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.accept()


def click(name: str) -> Callable[[QWidget], None]:
    def press(window: QWidget) -> None:
        button = window.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return press


def type_pin(pin: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.pin.setText(pin)
        dialog.ok.click()

    return answer


@pytest.fixture
def keeper(qtbot: QtBot, language: Callable[[str], None]) -> Iterator[BookKeeper]:
    """The program's keeper of books, as main.py makes it; its windows are closed at the end."""
    language("en")
    kept = BookKeeper(Preferences(), "en")
    yield kept
    if kept.window is not None:
        kept.window.close()
    kept.shutdown()
    deliver_deletes()


def _book(tmp_path: Path, name: str, *customers: str) -> Path:
    path = tmp_path / name
    db = open_database(path)
    try:
        for customer in customers:
            add_customer(db, CustomerDraft(customer))
    finally:
        db.close()
    return path


def _started(qtbot: QtBot, keeper: BookKeeper, book: Path) -> MainWindow:
    window = keeper.start(book)
    assert window is not None
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.book_actions.safety_checked, timeout=30_000):  # the start-up's backup, done
        pass
    return window


def _window_changed(qtbot: QtBot, keeper: BookKeeper) -> MainWindow:
    with qtbot.waitSignal(keeper.window_changed, timeout=30_000) as changed:
        pass
    window = changed.args[0]
    assert isinstance(window, MainWindow)
    return window


# --- the File menu ---------------------------------------------------------------------------------


def test_the_file_menu_holds_the_book_actions(open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() or (a.menu().objectName() if a.menu() else "") for a in menu.actions() if not a.isSeparator()]
    assert names[:7] == [
        "actionOpenBook", "actionNewBook", "actionOpenServer", "recentBooksMenu", "actionBackUpNow", "actionRestore", "actionCheckBook",
    ]
    assert names[-2:] == ["actionSettings", "actionQuit"]


@pytest.mark.parametrize("action", ["actionOpenBook", "actionNewBook"])
def test_open_and_new_ask_for_a_database_file_and_a_cancel_changes_nothing(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, action: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = open_window()
    asked: list[str] = []

    def cancel_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            asked.append(" ".join(dialog.nameFilters()))
            dialog.reject()
            timer.stop()

    timer = QTimer(interval=20)
    timer.timeout.connect(cancel_the_dialog)
    timer.start()
    requested: list[str] = []
    window.book_actions.book_requested.connect(requested.append)
    window.findChild(QAction, action).trigger()
    timer.stop()
    assert len(asked) == 1 and ".sqlite3" in asked[0]
    assert requested == [] and not db.closed


def test_back_up_now_makes_a_checked_copy_and_says_where(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, tmp_path: Path) -> None:
    window = open_window()
    add_customer(db, CustomerDraft("Ahmed"))
    with qtbot.waitSignal(window.book_actions.backed_up, timeout=30_000) as done:
        window.book_actions.action_back_up.trigger()
    made = done.args[0]
    assert made.kind is BackupKind.MANUAL and made.path.parent == tmp_path / "backups"
    assert str(made.path) in window.statusBar().currentMessage()


def test_the_start_up_makes_the_days_backup_once(qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = open_window()
    with qtbot.waitSignal(window.book_actions.safety_checked, timeout=30_000) as checked:
        pass
    found = checked.args[0]
    assert found is not None and found.backup is not None and found.backup.kind is BackupKind.DAILY
    assert not found.damaged
    with qtbot.waitSignal(window.book_actions.safety_checked, timeout=30_000) as again:
        window.book_actions.start_safety_check()
    assert again.args[0].backup is None  # one a day; the book was checked instead
    assert len(list_backups(tmp_path / "backups", tmp_path / "book.sqlite3")) == 1


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_a_book_on_a_server_is_backed_up_into_a_file_on_this_pc(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    add_customer(db, CustomerDraft("Ahmed", phones=("0551234567",)))
    window = open_window()
    with qtbot.waitSignal(window.book_actions.safety_checked, timeout=60_000) as checked:
        pass
    daily = checked.args[0].backup  # the start of the day made one, off the GUI thread
    assert daily is not None and daily.kind is BackupKind.DAILY and daily.path.name.startswith(f"{db.engine.url.database}-on-")
    assert window.book_actions.action_back_up.isEnabled() and window.book_actions.action_check.isEnabled()
    with qtbot.waitSignal(window.book_actions.backed_up, timeout=60_000) as done:
        window.book_actions.action_back_up.trigger()
    made = done.args[0]
    assert made.kind is BackupKind.MANUAL and made.path.parent == daily.path.parent and made.path.is_file()
    assert str(made.path) in window.statusBar().currentMessage()
    copy = open_database(made.path)  # a whole book the program opens as it is
    try:
        assert count_customers(copy) == 1
    finally:
        copy.close()
    # Restoring is done on the server, by copying a backup into a new database: the menu says how.
    assert not window.book_actions.action_restore.isEnabled()
    assert "copy-to" in window.book_actions.action_restore.toolTip()


# --- restoring -----------------------------------------------------------------------------------------


def test_the_restore_list_shows_dates_reasons_and_sizes_newest_first(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, tmp_path: Path
) -> None:
    window = open_window()
    assert db.path is not None
    folder = tmp_path / "backups"
    monday = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)  # 09:00 in Riyadh
    make_backup(db.path, folder, BackupKind.DAILY, now=monday - timedelta(days=2), prune=False)
    newest = make_backup(db.path, folder, BackupKind.BEFORE_IMPORT, now=monday, prune=False)
    dialog = window.book_actions.restore()
    assert isinstance(dialog, RestoreDialog)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[plain(table.item(r, c).text()) for c in range(3)] for r in range(table.rowCount())]
    assert rows[0][0] == "30/11/2026  09:00" and rows[1][0] == "28/11/2026  09:00"  # the shop's clock
    assert rows[0][1] == "Before an import" and rows[1][1] == "Daily, automatic"
    assert rows[0][2].endswith(" KB")
    assert dialog.selected() == newest

    with qtbot.waitSignal(window.book_actions.restore_requested) as asked:
        answers = Answers(yes)
        dialog.restore_button.click()
        answers.stop()
    assert asked.args == [str(newest.path)]


def test_restore_from_the_window_brings_the_backup_back_in_a_new_window(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book = _book(tmp_path, "book.sqlite3", "Ahmed")
    window = _started(qtbot, keeper, book)
    saved = back_up(keeper.db)  # type: ignore[arg-type]
    add_customer(keeper.db, CustomerDraft("Fatima"))  # type: ignore[arg-type]
    old_db = keeper.db

    with qtbot.waitSignal(keeper.window_changed, timeout=30_000) as changed:
        window.book_actions.restore_requested.emit(str(saved.path))
    new = changed.args[0]
    assert new is not window and keeper.window is new
    assert old_db is not None and old_db.closed  # the old book was closed before its file was replaced
    with pytest.raises(BookClosed):
        count_customers(old_db)
    assert count_customers(keeper.db) == 1  # type: ignore[arg-type]
    assert "Restored" in new.statusBar().currentMessage()
    kept = [b for b in list_backups(tmp_path / "backups", book) if b.kind is BackupKind.BEFORE_RESTORE]
    assert len(kept) == 1 and str(kept[0].path) in new.statusBar().currentMessage()
    deliver_deletes()


def test_a_refused_restore_leaves_the_book_as_it_was_and_says_why(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book = _book(tmp_path, "book.sqlite3", "Ahmed", "Fatima")
    window = _started(qtbot, keeper, book)
    not_a_book = tmp_path / "notes.sqlite3"
    not_a_book.write_text("not a database")
    with qtbot.waitSignal(keeper.window_changed, timeout=30_000) as changed:
        window.book_actions.restore_requested.emit(str(not_a_book))
    new = changed.args[0]
    assert count_customers(keeper.db) == 2  # type: ignore[arg-type]
    box = new.findChild(QMessageBox, "problemBox")
    assert box is not None and "not a Retention Desktop database" in box.text() and "Nothing was restored" in box.text()
    deliver_deletes()


def test_a_book_with_a_pin_asks_it_before_the_restore_list(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    set_pin(db, "2580")
    window = open_window()
    answers = Answers(type_pin("1111"), lambda dialog: dialog.reject())  # a wrong one, then give up
    assert window.book_actions.restore() is None
    answers.stop()
    answers = Answers(type_pin("2580"))
    dialog = window.book_actions.restore()
    answers.stop()
    assert isinstance(dialog, RestoreDialog)
    qtbot.addWidget(dialog)


def test_wrong_pins_are_told_and_make_the_dialog_wait(qtbot: QtBot, db: Database) -> None:
    set_pin(db, "2580")
    dialog = PinDialog(db, "Enter the PIN.")
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.pin.setText("0000")
        dialog.ok.click()
    assert "This PIN is not right" in dialog.error.text() and "Try again in" in dialog.error.text()
    assert not dialog.ok.isEnabled()
    again = PinDialog(db, "Enter the PIN.")  # opened again: still waiting
    qtbot.addWidget(again)
    assert not again.ok.isEnabled() and "Try again in" in again.error.text()


# --- a damaged book ------------------------------------------------------------------------------


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    book = tmp_path / "book.sqlite3"
    db = open_database(book)
    add_customers(db, [CustomerDraft(f"customer {i}") for i in range(2000)])
    saved = back_up(db)
    db.close()
    damage_table(book)
    return book, saved.path


def test_a_book_found_damaged_at_start_offers_its_backups_and_opens_restored(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book, _saved = _damaged_with_backup(tmp_path)
    from tests.damaged_books import damage_schema

    damage_schema(book)  # too damaged to open at all
    answers = Answers(click("restoreButton"), yes)
    window = keeper.start(book)
    answers.stop()
    assert answers.names[:2] == ["damagedBookDialog", "confirmRestoreBox"]
    assert window is not None
    assert count_customers(keeper.db) == 2000  # type: ignore[arg-type]
    assert BackupKind.DAMAGED in {b.kind for b in list_backups(tmp_path / "backups", book, include_damaged=True)}


def test_a_damaged_book_at_start_can_be_left_and_the_program_ends(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book, _saved = _damaged_with_backup(tmp_path)
    from tests.damaged_books import damage_schema

    damage_schema(book)
    before = book.read_bytes()
    answers = Answers(click("cancelButton"))
    assert keeper.start(book) is None
    answers.stop()
    assert book.read_bytes() == before


def test_damage_found_by_the_start_up_check_offers_a_restore(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book, saved = _damaged_with_backup(tmp_path)  # it opens; a table is damaged
    window = keeper.start(book)
    assert window is not None
    with qtbot.waitSignal(window.book_actions.safety_checked, timeout=30_000) as checked:
        pass
    assert checked.args[0].damaged
    dialog = window.book_actions.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.objectName() == "damagedBookDialog" and dialog.isVisible()
    assert dialog.selected() is not None and dialog.selected().path == saved  # type: ignore[union-attr]
    with qtbot.waitSignal(keeper.window_changed, timeout=30_000):
        answers = Answers(yes)
        dialog.restore_button.click()
        answers.stop()
    assert count_customers(keeper.db) == 2000  # type: ignore[arg-type]
    deliver_deletes()


def test_the_check_on_demand_counts_what_the_book_holds(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    add_customers(db, [CustomerDraft(f"customer {i}") for i in range(12)])
    window = open_window()
    with qtbot.waitSignal(window.book_actions.checked, timeout=30_000) as done:
        window.book_actions.action_check.trigger()
    assert done.args[0].ok
    dialog = window.book_actions.dialog
    assert isinstance(dialog, CheckDialog)
    assert "is whole" in dialog.verdict.text()
    assert "12" in [label.text().lstrip("\u200e\u200f") for label in dialog.findChildren(type(dialog.verdict), "count")]


def test_the_checks_counts_stand_beside_their_labels_in_arabic(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> None:
    """A count of digits alone took the left-to-right direction and went to the far edge of an
    Arabic dialog, away from its label; in the window's direction it stands beside it."""
    from zoneinfo import ZoneInfo

    from retention_desktop.integrity import check_book
    from ui.formatting import Formatter

    from tests.gui.bidi import reads_right_to_left

    language("ar")
    result = check_book(db)
    dialog = CheckDialog(result, Formatter("ar", "SA", ZoneInfo("Asia/Riyadh")), book="/tmp/b.sqlite3", latest_backup=None)
    qtbot.addWidget(dialog)
    counts = dialog.findChildren(type(dialog.verdict), "count")
    assert counts and all(reads_right_to_left(label.text()) for label in counts)


# --- switching books ------------------------------------------------------------------------------


def test_opening_another_book_closes_this_one_cleanly_and_remembers_it(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    first = _book(tmp_path, "first.sqlite3", "Ahmed")
    second = _book(tmp_path, "second.sqlite3", "Fatima", "Sara")
    window = _started(qtbot, keeper, first)
    first_db = keeper.db
    with qtbot.waitSignal(keeper.window_changed, timeout=30_000) as changed:
        window.book_actions.book_requested.emit(str(second))
    new = changed.args[0]
    assert "second.sqlite3" in new.windowTitle()
    assert first_db is not None and first_db.closed
    assert count_customers(keeper.db) == 2  # type: ignore[arg-type]
    assert Preferences().recent_books[:2] == [str(second), str(first)]
    new.book_actions.fill_recent()
    recent = [a.data() for a in new.book_actions.recent_menu.actions()]
    assert recent == [str(first)]  # the open one is not offered
    deliver_deletes()


@pytest.mark.parametrize("kind", ["not_a_book", "newer"])
def test_a_file_that_cannot_be_opened_is_refused_and_the_book_stays_open(
    qtbot: QtBot, keeper: BookKeeper, tmp_path: Path, kind: str
) -> None:
    book = _book(tmp_path, "book.sqlite3", "Ahmed")
    window = _started(qtbot, keeper, book)
    other = tmp_path / "other.sqlite3"
    if kind == "not_a_book":
        other.write_text("name,phone\n")
    else:
        shutil.copy(book, other)
        from tests.old_books import raw

        raw(other, "UPDATE alembic_version SET version_num = '9999'")
    answers = Answers(ok)
    assert not keeper.switch_to(other)
    answers.stop()
    assert "not a Retention Desktop database" in answers.texts[0] if kind == "not_a_book" else "newer version" in answers.texts[0]
    assert keeper.window is window and not keeper.db.closed  # type: ignore[union-attr]
    assert count_customers(keeper.db) == 1  # type: ignore[arg-type]


def test_a_new_book_is_made_but_an_existing_file_is_never_taken_for_one(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    with qtbot.waitSignal(window.book_actions.book_requested) as asked:
        window.book_actions.new_book(tmp_path / "shop two")
    assert asked.args == [str(tmp_path / "shop two.sqlite3")]
    with qtbot.assertNotEmitted(window.book_actions.book_requested):
        window.book_actions.new_book(tmp_path / "book.sqlite3")
    box = window.findChild(QMessageBox, "problemBox")
    assert box is not None and "already exists" in box.text()


# --- the shop's server ------------------------------------------------------------------------------


def _server_dialog(window: MainWindow, address: str, *, copy: bool = False) -> ServerDialog:
    """File → Open the shop's server…, filled in with the parts of `address` as its owner types them."""
    window.findChild(QAction, "actionOpenServer").trigger()
    dialog = window.book_actions.dialog
    assert isinstance(dialog, ServerDialog) and dialog.isVisible()
    parts = server_draft(address)
    assert parts is not None
    dialog.host.setText(parts.host)
    dialog.port.setValue(parts.port)
    dialog.database.setText(parts.database)
    dialog.user.setText(parts.user)
    dialog.password.setText(parts.password)
    dialog.copy_choice.setChecked(copy)
    return dialog


def test_the_first_pc_brings_its_book_to_the_shops_server_and_works_there(
    qtbot: QtBot, keeper: BookKeeper, tmp_path: Path, postgres: PostgresServer
) -> None:
    """Typed as the owner has them, the server's parts open its book in place of the file, with the
    file's customers copied there first; the file stays as it was, and both are in Open recent."""
    book = _book(tmp_path, "shop.sqlite3", "Ahmed", "Fatima")
    window = _started(qtbot, keeper, book)
    address = postgres.new_database()  # new and empty, as the README's steps make it
    dialog = _server_dialog(window, address, copy=True)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "bookCopiedBox") is not None, timeout=60_000)
    said = dialog.findChild(QMessageBox, "bookCopiedBox")
    assert "The book is on the server now" in said.text() and "Customers: 2" in said.informativeText().splitlines()
    assert keeper.window is window  # the window opens the server's book once the owner has read it
    with qtbot.waitSignal(keeper.window_changed, timeout=60_000) as changed:
        said.accept()
    new = changed.args[0]
    assert keeper.db is not None and keeper.db.path is None  # the server's book
    assert count_customers(keeper.db) == 2
    assert server_draft(keeper.db.address) == server_draft(address)
    db = open_database(book)
    assert count_customers(db) == 2  # the file: as it was
    db.close()
    assert Preferences().recent_books[1] == str(book) and is_url(Preferences().recent_books[0])
    # The other PCs only open it: the last server opened is offered, its password kept.
    again = _server_dialog(new, address)
    assert (again.host.text(), again.user.text()) == (server_draft(address).host, server_draft(address).user)  # type: ignore[union-attr]
    assert not again.copy_choice.isVisible()  # a server's book is not copied from here
    again.reject()
    deliver_deletes()


def test_a_server_that_does_not_let_the_program_in_is_said_in_the_dialog(
    qtbot: QtBot, keeper: BookKeeper, tmp_path: Path, postgres: PostgresServer
) -> None:
    """Missing parts are said under their fields; a database the server does not have, and one that
    already holds a book when the book is to be copied there, are said in the dialog, which stays
    open; the book open stays open."""
    book = _book(tmp_path, "shop.sqlite3", "Ahmed")
    window = _started(qtbot, keeper, book)
    dialog = _server_dialog(window, postgres.url("no_such_book"))
    dialog.host.clear()
    dialog.user.clear()
    assert dialog.open_server() is None
    assert dialog.errors["host"].isVisible() and dialog.errors["user"].isVisible()
    assert "Enter the server's name or address" in dialog.errors["host"].text()

    dialog.close()
    dialog = _server_dialog(window, postgres.url("no_such_book"))
    job = dialog.open_server()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=30_000)
    assert "cannot be reached" in dialog.problem.text() and "no_such_book" in dialog.problem.text()
    assert dialog.isVisible() and keeper.window is window and not keeper.db.closed  # type: ignore[union-attr]

    full = postgres.new_database(TEMPLATE)
    server = open_database(full)
    add_customer(server, CustomerDraft("Someone else's customer"))
    server.close()
    dialog.close()
    dialog = _server_dialog(window, full, copy=True)
    dialog.open_server()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=30_000)
    assert "already holds customers" in dialog.problem.text() and "Nothing was changed" in dialog.problem.text()
    assert keeper.window is window and count_customers(keeper.db) == 1  # type: ignore[arg-type]
    server = open_database(full)
    assert count_customers(server) == 1
    server.close()
    dialog.close()


def test_a_book_with_a_pin_asks_it_at_start(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    book = _book(tmp_path, "book.sqlite3", "Ahmed")
    db = open_database(book)
    set_pin(db, "2580")
    db.close()
    answers = Answers(lambda dialog: dialog.reject())
    assert keeper.start(book) is None
    answers.stop()
    assert isinstance(answers.seen[0], PinDialog)
    answers = Answers(type_pin("2580"))
    assert keeper.start(book) is not None
    answers.stop()


# --- settings ---------------------------------------------------------------------------------------


def test_the_backup_folder_is_chosen_in_settings(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, tmp_path: Path) -> None:
    window = open_window()
    dialog = SettingsDialog(window._context, window)
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert str(db.path) in page.book_label.text()
    assert "beside the database" in page.folder_label.text()
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    page.set_folder(str(blocker / "backups"))
    assert not page.error.isHidden() and "cannot" in page.error.text()
    chosen = tmp_path / "usb"
    page.set_folder(str(chosen))
    assert page.error.isHidden() and str(chosen) in page.folder_label.text()
    dialog.save()
    assert get_setting(db, BACKUP_FOLDER) == str(chosen)
    with qtbot.waitSignal(window.book_actions.backed_up, timeout=30_000) as done:
        window.book_actions.back_up_now()
    assert done.args[0].path.parent == chosen


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_each_pc_chooses_its_own_folder_for_a_server_books_backups(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, tmp_path: Path
) -> None:
    window = open_window()
    dialog = SettingsDialog(window._context, window)
    qtbot.addWidget(dialog)
    page = dialog.safety
    assert "(on this PC)" in page.folder_label.text()
    chosen = tmp_path / "this PC's USB drive"
    page.set_folder(str(chosen))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert get_setting(db, BACKUP_FOLDER) == ""  # not the book's: the other PCs keep theirs
    assert chosen_backup_folder(db) == str(chosen)
    with qtbot.waitSignal(window.book_actions.backed_up, timeout=60_000) as done:
        window.book_actions.back_up_now()
    assert done.args[0].path.parent == chosen


def test_the_pin_is_set_changed_and_removed_in_settings(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    window = open_window()
    settings = SettingsDialog(window._context, window)
    qtbot.addWidget(settings)
    page = settings.safety
    assert page.set_pin_button.text() == "Set a PIN…" and not page.remove_pin_button.isVisible()
    dialog = page.edit_pin(removing=False)
    dialog.new.setText("2580")
    dialog.again.setText("2581")
    dialog.save()
    assert "not the same" in dialog.errors["again"].text() and not has_pin(db)
    dialog.again.setText("2580")
    dialog.save()
    assert has_pin(db) and page.set_pin_button.text() == "Change the PIN…"

    remove = page.edit_pin(removing=True)
    assert isinstance(remove, SetPinDialog)
    remove.current.setText("1111")
    remove.save()
    assert "not right" in remove.errors["current"].text() and has_pin(db)
    remove.current.setText("2580")
    remove.save()
    assert not has_pin(db) and page.set_pin_button.text() == "Set a PIN…"


def test_no_window_is_left_working_on_a_closed_book(qtbot: QtBot, keeper: BookKeeper, tmp_path: Path) -> None:
    first = _book(tmp_path, "first.sqlite3", "Ahmed")
    second = _book(tmp_path, "second.sqlite3")
    window = _started(qtbot, keeper, first)
    window.run_follow_up_rules()  # a job running when the switch comes
    assert keeper.switch_to(second)
    finish_background_work()
    deliver_deletes()
    assert QDialog not in {type(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_a_book_in_a_network_folder_is_refused_with_the_way_to_share_one(qtbot: QtBot, keeper: BookKeeper) -> None:
    answers = Answers(ok)
    assert keeper.start(r"\\server\share\book.sqlite3") is None
    answers.stop()
    assert answers.names == ["cannotOpenBox"]
    assert "network folder" in answers.texts[0] and "PostgreSQL" in answers.texts[0]

"""Starting the program: the database it opens or creates, its language, and files it must refuse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
import pytest
from pytestqt.qtbot import QtBot

from retention_desktop.db import Database

from ui.app import run_gui
from ui.preferences import Preferences
from ui.settings_dialog import SettingsDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def answer_message_box(seen: list[str]) -> QTimer:
    """Read and close the first message box the program shows."""

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
            timer.stop()

    timer = QTimer(interval=20)
    timer.timeout.connect(close_it)
    timer.start()
    return timer


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    qtbot: QtBot, tmp_path: Path, language: Callable[[str], None]
) -> None:
    path = tmp_path / "shopping.sqlite3"
    path.write_text("bread, milk, dates")
    seen: list[str] = []
    timer = answer_message_box(seen)
    code = run_gui(db_target=str(path), lang="en", log_path=None, report_startup=False)
    timer.stop()
    assert code == 2
    assert seen and "not a Retention Desktop database" in seen[0]
    assert path.read_text() == "bread, milk, dates"
    assert not (tmp_path / "shopping.sqlite3-wal").exists()


def test_the_refusal_is_in_arabic(qtbot: QtBot, tmp_path: Path, language: Callable[[str], None]) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    seen: list[str] = []
    timer = answer_message_box(seen)
    code = run_gui(db_target=str(path), lang="ar", log_path=None, report_startup=False)
    timer.stop()
    assert code == 2
    assert seen and "ليس قاعدة بيانات" in seen[0]


def test_first_start_creates_the_book_in_the_data_folder_and_opens_in_arabic(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--report-startup"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 0
    assert report["title"].startswith("الاحتفاظ بالعملاء")
    assert (tmp_path / "data" / "RetentionDesktop" / "retention.sqlite3").exists()
    assert "Traceback" not in done.stderr


def test_settings_remember_the_language_and_change_the_phone_country(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    window = open_window("ar")
    dialog = SettingsDialog(window._context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_hint.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_hint.isVisible()  # said before Save: the window keeps its language until the next start
    assert "من تشغيله القادم" in dialog.language_hint.text()
    dialog.country.setCurrentIndex(dialog.country.findData("EG"))
    dialog.save()
    assert dialog.language_changed
    assert Preferences().language == "en"
    # A local Egyptian mobile is now valid without +20.
    book = window.book.new_customer()
    book.full_name.setText("Mohamed")
    book.phones.edits[0].setText("0100 123 4567")
    book.save_button.click()
    assert not book.isVisible()
    assert window.book.card._values["phones"].text().count("010")


def test_an_unexpected_error_is_logged_and_shown_politely(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from ui.app import report_unexpected

    log_file = tmp_path / "retention-desktop.log"
    previous = sys.excepthook
    report_unexpected(log_file)
    seen: list[str] = []
    timer = answer_message_box(seen)
    try:
        try:
            raise RuntimeError("disk I/O error while saving")
        except RuntimeError as error:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
        timer.stop()
    assert seen and "Your saved data is safe" in seen[0]
    assert str(log_file) in seen[0]
    assert "Traceback" not in seen[0] and "RuntimeError" not in seen[0]
    assert "disk I/O error while saving" in caplog.text and "Traceback" in caplog.text


def test_a_problem_of_the_book_outside_an_action_shows_its_own_words(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A list read again after a change meets a disk that went away: the user reads what happened
    to the book, not "unexpected problem", and the log gets no traceback for it."""
    import logging

    from retention_desktop.errors import DiskProblem

    from ui.app import report_unexpected

    previous = sys.excepthook
    report_unexpected(tmp_path / "retention-desktop.log")
    seen: list[str] = []
    timer = answer_message_box(seen)
    try:
        try:
            raise DiskProblem()
        except DiskProblem as error:
            with caplog.at_level(logging.INFO):
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
        timer.stop()
    assert seen == [str(DiskProblem())]
    assert "Traceback" not in caplog.text


def test_the_window_opens_on_today_filled_without_loading_what_comes_later(tmp_path: Path, db: Database) -> None:
    """Start-up pays for the first screen: Today is filled when the window shows, while the ORM and
    the customer book wait until they are first needed."""
    from datetime import timedelta

    from retention_desktop.clock import shop_today
    from retention_desktop.customers import CustomerDraft, add_customer
    from retention_desktop.followups import schedule_follow_up

    customer = add_customer(db, CustomerDraft("سارة", phones=("0551234567",)))
    today = shop_today(db)
    schedule_follow_up(db, customer, due_on=today, today=today - timedelta(days=1), reason="اتصال")
    assert db.path is not None
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(db.path), "--lang", "ar", "--report-startup"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == 1  # the follow-up due today is on the screen
    assert report["orm_loaded"] is False
    assert report["book_built"] is False
    assert report["backups_loaded"] is False  # the day's backup or check comes once the window is up
    # The core and its libraries are imported before Qt, whose shiboken would read each one's source
    # (a phone's country data is loaded when a phone of that country is first shown).
    assert [name for name in report["core_after_qt"] if not name.startswith("phonenumbers.data.")] == []
    assert report["collector_on"] is True  # off while starting, on once the window is up


SOURCES_READ = """
import inspect, json, sys

read = []
original = inspect.getsource


def getsource(thing):
    if inspect.ismodule(thing):
        read.append(thing.__name__)
    return original(thing)


inspect.getsource = getsource
import main

code = main.main(sys.argv[1:])
print(json.dumps(read))
sys.exit(code)
"""


def test_the_start_does_not_read_the_source_of_its_modules(tmp_path: Path, db: Database) -> None:
    """PySide6's shiboken reads the source of each module imported after it, to see whether it
    switches a `__feature__` (the program switches none): the start tells it the answer instead."""
    assert db.path is not None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SOURCES_READ, "--db", str(db.path), "--lang", "ar", "--report-startup"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert json.loads(lines[-2])["rows"] == 0  # the window was shown
    read = json.loads(lines[-1])
    ours = [name for name in read if name.split(".")[0] in ("ui", "retention_desktop", "resources", "sqlalchemy", "babel", "phonenumbers")]
    assert ours == [], read
    assert len(read) < 40, read  # PySide6's own modules and a few of Python's, imported by the screens


def test_about_says_which_book_is_open(qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database) -> None:
    window = open_window("en")
    box = window.about()
    assert db.path is not None and str(db.path) in box.text()
    assert window.statusBar().findChildren(QLabel) == [] or all(str(db.path) not in label.text() for label in window.statusBar().findChildren(QLabel))


def test_once_the_rules_ran_the_customer_books_code_is_imported_while_the_window_waits(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the start's work, the customer book's modules are imported one at a time, so that the
    first click on Customers only builds the page. Probed with modules no test has imported yet."""
    from ui import main_window

    assert main_window.WARM_UP[-1] == "ui.customer_book"
    for name in ("warm_probe_one", "warm_probe_two"):
        (tmp_path / f"{name}.py").write_text("import sys\nORDER = len(sys.modules)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(main_window, "WARM_UP", ("warm_probe_one", "warm_probe_two"))
    window = open_window("en")  # returns once the rules have run
    qtbot.waitUntil(lambda: "warm_probe_two" in sys.modules, timeout=5_000)
    assert sys.modules["warm_probe_one"].ORDER < sys.modules["warm_probe_two"].ORDER
    assert not window.page_built("book")  # imported, not built: that waits for the click
    for name in ("warm_probe_one", "warm_probe_two"):
        del sys.modules[name]


def test_the_window_has_the_program_icon_in_every_size(open_window: Callable[..., MainWindow]) -> None:
    window = open_window("ar")
    icon = window.windowIcon()
    assert not icon.isNull()
    for size in (16, 24, 32, 48, 64, 128, 256):  # drawn sharp at each size a desktop asks for
        picture = icon.pixmap(size, size).toImage()
        assert picture.width() == size and picture.height() == size
        top = picture.pixelColor(size // 2, size // 8)  # the accent ground, not a stock icon
        assert top.green() > top.red() + 60 and top.alpha() == 255, (size, top.name())


def start_program(tmp_path: Path, *args: str) -> dict[str, object]:
    """main.py started as from the desktop (the same preferences and data folders every time), up
    to its window; its start-up report."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--lang", "en", *args, "--report-startup"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_book_open_last_opens_again_at_the_next_start(tmp_path: Path) -> None:
    shop = tmp_path / "usb" / "shop.sqlite3"
    assert start_program(tmp_path, "--db", str(shop))["title"] == "Retention Desktop — shop.sqlite3"
    assert start_program(tmp_path)["title"] == "Retention Desktop — shop.sqlite3"  # no --db: the one open last
    assert not (tmp_path / "data" / "RetentionDesktop" / "retention.sqlite3").exists()
    # The stick is not plugged in: the usual book opens, and none is made where the stick was.
    shop.unlink()
    (tmp_path / "usb").rmdir()
    assert start_program(tmp_path)["title"] == "Retention Desktop — retention.sqlite3"
    assert not (tmp_path / "usb").exists()


def test_a_shops_server_opened_once_is_opened_at_every_start(tmp_path: Path, server_url: str) -> None:
    assert start_program(tmp_path, "--db", server_url)["title"] == "Retention Desktop"  # a server book has no file name
    assert start_program(tmp_path)["title"] == "Retention Desktop"  # the server again, not the usual file
    assert not (tmp_path / "data" / "RetentionDesktop" / "retention.sqlite3").exists()


def test_a_server_that_does_not_answer_at_start_offers_the_usual_book(
    qtbot: QtBot, tmp_path: Path, language: Callable[[str], None]
) -> None:
    from ui.books import BookKeeper

    language("en")
    gone = f"postgresql+psycopg://shop@/retention?host={tmp_path / 'no-server'}"
    usual = tmp_path / "data" / "retention.sqlite3"
    seen: list[str] = []

    def choose(role: QMessageBox.ButtonRole) -> Callable[[], None]:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                seen.append(f"{box.objectName()}: {box.text()}")
                next(b for b in box.buttons() if box.buttonRole(b) == role).click()
                timer.stop()

        return click

    # Quit: nothing opens, nothing is made.
    timer = QTimer(interval=20)
    timer.timeout.connect(choose(QMessageBox.ButtonRole.RejectRole))
    timer.start()
    assert BookKeeper(Preferences(), "en").start(gone, instead=usual) is None
    assert not usual.exists()
    # The usual book: it opens in its window.
    timer = QTimer(interval=20)
    timer.timeout.connect(choose(QMessageBox.ButtonRole.AcceptRole))
    timer.start()
    keeper = BookKeeper(Preferences(), "en")
    window = keeper.start(gone, instead=usual)
    assert window is not None and window.windowTitle() == "Retention Desktop — retention.sqlite3"
    qtbot.addWidget(window)
    assert len(seen) == 2 and all(text.startswith("openInsteadBox: ") for text in seen)
    assert "Open the usual database on this computer instead?" in seen[0] and str(usual) in seen[0]
    window.stop_work()
    window.close()
    assert keeper.db is not None
    keeper.db.close(for_good=True)

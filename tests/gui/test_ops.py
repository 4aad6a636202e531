"""Core actions as ui/ops.py runs them: a book another copy of the program holds, a full disk, a fault
of the program, long work with Cancel, and quitting while the follow-up rules still run."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from retention_desktop.clock import shop_today
from retention_desktop.customers import CustomerDraft, add_customer, count_customers, search_customers
from retention_desktop.db import BUSY_TIMEOUT_MS, Database
from retention_desktop.errors import BookBusy, DiskFull, DiskProblem
from retention_desktop.followups import customer_follow_ups
from retention_desktop.progress import Progress

from ui import ops
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.preferences import Preferences

from .conftest import type_text

ROOT = Path(__file__).resolve().parents[2]

# Another copy of the program, as SQLite sees it: it takes the write lock and keeps it until told.
LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
con.close()
"""


@contextmanager
def book_locked(path: Path) -> Iterator[Callable[[], None]]:
    """A child process holds the book's write lock until `release()` (or the end of the block)."""
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        pipe = child.stdin

        def release() -> None:
            if child.poll() is None:
                pipe.write("\n")
                pipe.flush()
                assert child.wait(timeout=10) == 0

        try:
            assert child.stdout.readline().strip() == "locked"
            yield release
            release()
        finally:
            if child.poll() is None:
                child.kill()


def problem_box(parent: QWidget, name: str) -> QMessageBox:
    box = parent.findChild(QMessageBox, name)
    assert box is not None and box.isVisible(), f"no {name} on {parent.objectName()}"
    return box


# -- a book another window or PC is saving in ------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_busy_book_keeps_the_dialog_as_typed_and_try_again_saves_once(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, lang: str
) -> None:
    assert db.path is not None
    window = open_window(lang)
    dialog = window.book.new_customer()
    type_text(dialog.full_name, "سلمى العتيبي")
    type_text(dialog.phones.edits[0], "0551239876")
    with book_locked(db.path) as release:
        started = time.monotonic()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert time.monotonic() - started >= BUSY_TIMEOUT_MS / 1000 * 0.9  # it waited for the other copy first
        box = problem_box(dialog, "bookBusyBox")
        assert box.windowTitle() == dialog.windowTitle()
        assert box.text() == str(BookBusy())
        if lang == "en":
            assert box.text().startswith("Another window or another PC is saving in this database right now")
            assert box.findChild(QPushButton, "tryAgainButton").text() == "Try again"
            assert box.findChild(QPushButton, "cancelButton").text() == "Cancel"
        else:
            assert box.text().startswith("نافذة أخرى أو حاسوب آخر يحفظ")
            assert box.isRightToLeft() and dialog.isRightToLeft()
        # Nothing typed is lost, and nothing was saved.
        assert dialog.isVisible()
        assert dialog.full_name.text() == "سلمى العتيبي" and dialog.phones.edits[0].text() == "0551239876"
        assert count_customers(db) == 0
        release()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(box.findChild(QPushButton, "tryAgainButton"), Qt.MouseButton.LeftButton)
    assert count_customers(db) == 1
    assert len(search_customers(db, "سلمى العتيبي")) == 1


def test_cancel_on_a_busy_book_leaves_the_follow_up_open_in_the_list(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database, sample_book: dict[str, int]
) -> None:
    from retention_desktop.followups import schedule_follow_up

    assert db.path is not None
    schedule_follow_up(db, sample_book["ahmed"], due_on=shop_today(db), reason="Ask about the new phone")
    window = open_window("en")
    page = window.today
    with book_locked(db.path):
        page.action_cancel.trigger()
        confirm = problem_box(page, "confirmCancelFollowUp")
        confirm.button(QMessageBox.StandardButton.Yes).click()
        box = problem_box(page, "bookBusyBox")
        assert box.windowTitle() == "Cancel follow-up"
        box.findChild(QPushButton, "cancelButton").click()
    assert [f.reason for f in customer_follow_ups(db, sample_book["ahmed"])] == ["Ask about the new phone"]
    assert page.current_follow_up() is not None
    assert "database" not in page.message.text()


# -- a full disk -----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="file size limits are a POSIX feature")
def test_a_full_disk_saves_nothing_says_so_and_the_program_goes_on(
    qtbot: QtBot, open_window: Callable[..., MainWindow], db: Database
) -> None:
    import resource

    assert db.path is not None
    window = open_window("en")
    dialog = window.book.new_customer()
    type_text(dialog.full_name, "Long Notes")
    dialog.notes.setPlainText("Likes white roses and calls on Thursdays.\n" * 6000)  # about 250 KB
    files = [p for p in db.path.parent.iterdir() if p.name.startswith(db.path.name)]
    limit = max(p.stat().st_size for p in files) + 16 * 1024  # just above the book's largest file
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    box = problem_box(dialog, "problemBox")
    assert box.text() in (str(DiskFull()), str(DiskProblem()))
    assert "not saved" in box.text()
    assert "Error" not in box.text() and "sqlite" not in box.text().lower()
    assert dialog.isVisible() and dialog.full_name.text() == "Long Notes"
    assert count_customers(db) == 0
    box.accept()
    # Space freed: the same dialog saves, and the program reads and writes as before.
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert count_customers(db) == 1
    assert window.book.model.rowCount() == 1


# -- a fault of the program --------------------------------------------------------------------------


def refuse_follow_ups(path: Path) -> None:
    """A trigger another tool left in the book: every new follow-up fails with an error the program
    does not know (SQLite's own "no such table", not one of ours)."""
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TRIGGER refuse_follow_ups BEFORE INSERT ON follow_ups "
        "BEGIN INSERT INTO boom_from_a_foreign_trigger VALUES (1); END"
    )
    con.commit()
    con.close()


def test_an_unexpected_error_is_logged_with_its_traceback_and_shown_politely(
    qtbot: QtBot, db: Database, language: Callable[[str], None], caplog: pytest.LogCaptureFixture
) -> None:
    assert db.path is not None
    # Renewal in ten days: the rules put a call on the list as the window opens, and fail.
    customer = add_customer(db, CustomerDraft("Rami Haddad", renewal_on=shop_today(db) + timedelta(days=10)))
    refuse_follow_ups(db.path)
    language("en")
    caplog.set_level(logging.ERROR)
    window = MainWindow(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=10_000)
    status = window.statusBar().currentMessage()
    assert status.startswith("The follow-up rules met an unexpected problem")
    assert "boom" not in status and "Integrity" not in status and "sqlite" not in status.lower()
    assert "boom_from_a_foreign_trigger" in caplog.text and "Traceback" in caplog.text
    assert window.findChild(QMessageBox, "unexpectedProblemBox") is None  # nobody asked for the rules
    caplog.clear()

    # A follow-up the user schedules fails the same way: a polite box, the dialog kept, the log told.
    window.open_customer(customer)
    dialog = window.book.card.schedule_follow_up()
    assert dialog is not None
    type_text(dialog.reason, "Ask about the renewal")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = problem_box(dialog, "unexpectedProblemBox")
    assert box.windowTitle() == "Something went wrong"
    assert box.text() == ops.unexpected_text() and "Your saved data is safe" in box.text()
    assert "boom" not in box.text() and "Traceback" not in box.text()
    assert dialog.isVisible() and dialog.reason.text() == "Ask about the renewal"
    assert "boom_from_a_foreign_trigger" in caplog.text and "Traceback" in caplog.text
    assert "boom" not in window.statusBar().currentMessage()
    assert customer_follow_ups(db, customer) == []
    box.accept()
    dialog.reject()


# -- long work: progress and Cancel -------------------------------------------------------------------


def test_cancel_in_the_progress_dialog_stops_long_work_at_its_next_step(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    language("en")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    wanted = 2000

    def add_many(progress: Progress) -> int:
        progress.expect(wanted)
        for number in range(wanted):
            add_customer(db, CustomerDraft(f"Customer {number}"))
            progress.step()
        return wanted

    results: list[int] = []
    cancelled: list[bool] = []
    job = ops.run_with_progress(
        parent, "Import", "Adding customers…", add_many, results.append, on_cancelled=lambda: cancelled.append(True)
    )
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.labelText() == "Adding customers…" and dialog.windowTitle() == "Import"
    qtbot.waitUntil(lambda: dialog.maximum() == wanted and dialog.value() >= 3, timeout=10_000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    assert cancelled == [True] and results == []
    added = count_customers(db)
    assert 3 <= added < wanted
    time.sleep(0.3)
    assert count_customers(db) == added  # stopped, not merely hidden
    assert job.dialog is None


def test_the_progress_dialog_says_the_phase_the_work_is_in(qtbot: QtBot, language: Callable[[str], None]) -> None:
    """An import backs the book up, then saves the customers: the dialog says which, so that a bar
    that fills twice reads as two things done; without words it keeps its own."""
    import threading

    language("en")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    phase = [threading.Event(), threading.Event(), threading.Event()]

    def in_phases(progress: Progress) -> str:
        progress.say("Backing up the book…")
        progress.expect(10)
        progress.step(5)
        phase[0].wait(10)
        progress.say("Saving the customers…")
        progress.expect(100)
        phase[1].wait(10)
        progress.say("")
        phase[2].wait(10)
        return "done"

    results: list[str] = []
    job = ops.run_with_progress(parent, "Import", "Importing the customers…", in_phases, results.append)
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.labelText() == "Backing up the book…" and dialog.maximum() == 10, timeout=5000)
    assert dialog.value() == 5
    phase[0].set()
    qtbot.waitUntil(lambda: dialog.labelText() == "Saving the customers…" and dialog.maximum() == 100, timeout=5000)
    assert dialog.value() == 0  # the new phase's bar starts empty
    phase[1].set()
    qtbot.waitUntil(lambda: dialog.labelText() == "Importing the customers…", timeout=5000)
    phase[2].set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert results == ["done"]


def test_slow_work_brings_its_result_back_to_the_gui_thread(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    import threading

    language("en")
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[str] = []
    results: list[int] = []

    def count(_progress: Progress) -> int:
        threads.append(threading.current_thread().name)
        return count_customers(db)

    job = ops.run_in_background(parent, "Count", count, lambda n: (results.append(n), threads.append(threading.current_thread().name)))
    qtbot.waitUntil(lambda: not job.running)
    assert results == [0]
    assert threads[0] != threading.main_thread().name and threads[1] == threading.main_thread().name


def test_a_result_for_a_closed_dialog_is_dropped(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> None:
    language("en")
    parent = QWidget()
    results: list[int] = []
    job = ops.run_in_background(parent, "Count", lambda _progress: (time.sleep(0.2), count_customers(db))[1], results.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    qtbot.waitUntil(lambda: not job.running)
    assert results == []


# -- quitting while the follow-up rules run -------------------------------------------------------------

RULES_SECONDS = 12.0  # longer than any wait at closing could be allowed to last


def slow_down_follow_ups(path: Path, seconds_each: float) -> None:
    """Make each new follow-up take `seconds_each` to write, as on a slow network folder, with a
    trigger that does useless work: the rules over a few customers then run as long as over a
    very large book."""
    con = sqlite3.connect(path)
    try:
        con.execute("CREATE TABLE ballast (x INTEGER)")
        con.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500) INSERT INTO ballast SELECT x FROM c")
        started = time.perf_counter()
        con.execute("SELECT count(*) FROM ballast a, ballast b WHERE a.x + b.x > 0").fetchone()
        rows = int(500 * (seconds_each / (time.perf_counter() - started)) ** 0.5)  # the work grows as rows²
        con.execute("DELETE FROM ballast")
        con.execute(
            f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {rows}) INSERT INTO ballast SELECT x FROM c"
        )
        con.execute(
            "CREATE TRIGGER slow_follow_ups AFTER INSERT ON follow_ups "
            "BEGIN SELECT count(*) FROM ballast a, ballast b WHERE a.x + b.x > 0; END"
        )
        con.commit()
    finally:
        con.close()


def test_quitting_while_the_rules_run_prints_no_error_and_leaves_no_half_applied_follow_ups(
    tmp_path: Path, db: Database
) -> None:
    assert db.path is not None
    renewal = shop_today(db) + timedelta(days=10)
    customers = [add_customer(db, CustomerDraft(f"Customer {n}", renewal_on=renewal)) for n in range(24)]
    slow_down_follow_ups(db.path, RULES_SECONDS / len(customers))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }
    # The window opens and its rules start off the GUI thread; the program quits as soon as the
    # window is shown (--report-startup), with the rules still writing their follow-ups.
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(db.path), "--lang", "en", "--report-startup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "window_shown" in json.loads(done.stdout.splitlines()[0])  # the window was on screen
    assert "Error calling Python override" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    added = sum(len(customer_follow_ups(db, customer)) for customer in customers)
    assert added in (0, len(customers))  # one transaction: all of the rules' follow-ups, or none

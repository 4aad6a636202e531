"""Runs a core action the user started (off the GUI thread when slow, with Cancel when long) and shows its problems politely."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from retention_desktop.errors import BookBusy, UserError
from retention_desktop.progress import Cancelled, Progress
from retention_desktop.text import isolate_ltr

from ui.buttons import name_buttons

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

T = TypeVar("T")
E = TypeVar("E", bound=Exception)

POLL_MS = 25  # how often the GUI looks whether work off the GUI thread has finished, and how far it got
PROGRESS_DELAY_MS = 400  # a long action shows its progress dialog only if it takes longer than this

# Work off the GUI thread runs here: plain Python threads that never touch a Qt object, so nothing
# can call into a widget that is gone. The GUI thread polls each job (Job) for its end.
_workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="core-action")
_jobs: set[Job] = set()
_log_path: Path | None = None


# -- what the user reads ---------------------------------------------------------------------------


def set_log_path(path: Path | None) -> None:
    """The log file the unexpected-problem message points to (set once at start-up)."""
    global _log_path
    _log_path = path


def unexpected_title() -> str:
    return translate("Errors", "Something went wrong")


def unexpected_text() -> str:
    """The polite message for a fault of the program: it says where the details were logged, never what they are."""
    return translate(
        "Errors",
        "The program met an unexpected problem and could not finish what you asked. "
        "Your saved data is safe.\n\nThe details were written to:\n{path}",
    ).format(path=isolate_ltr(str(_log_path) if _log_path else ""))


def _message_box(parent: QWidget | None, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that does not block its caller (the user reads it and closes it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a customer's name in the text is not markup
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_problem(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A problem the user can do something about (a UserError's message), titled for the action."""
    box = _message_box(parent, "problemBox", QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    name_buttons(box)
    box.open()
    return box


def show_unexpected(parent: QWidget | None) -> QMessageBox:
    """The polite message for a fault of the program (its traceback is in the log)."""
    box = _message_box(parent, "unexpectedProblemBox", QMessageBox.Icon.Critical, unexpected_title(), unexpected_text())
    box.addButton(QMessageBox.StandardButton.Ok)
    name_buttons(box)
    box.open()
    return box


def offer_try_again(parent: QWidget | None, title: str, text: str, again: Callable[[], object]) -> QMessageBox:
    """Another window or PC held the book: Try again runs the action again, Cancel leaves it (and a
    dialog keeps everything typed in it)."""
    box = _message_box(parent, "bookBusyBox", QMessageBox.Icon.Warning, title, text)
    try_again = box.addButton(translate("Ops", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    try_again.setObjectName("tryAgainButton")
    cancel = box.addButton(translate("Ops", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(try_again)
    box.setEscapeButton(cancel)
    # After the box has closed: a quick action runs on the GUI thread and may wait for the book again.
    box.buttonClicked.connect(lambda button: QTimer.singleShot(0, again) if button is try_again else None)
    box.open()
    return box


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _alive(widget: QWidget) -> bool:
    """Whether a widget still exists (a dialog closed with WA_DeleteOnClose is gone)."""
    return shiboken6.isValid(widget)


# -- one action --------------------------------------------------------------------------------------


class _Action(Generic[T, E]):
    """What the user asked for, kept whole so that Try again runs exactly it again."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object] | None,
        handles: tuple[type[Exception], ...],
        on_refused: Callable[[E], object] | None,
    ) -> None:
        self.parent = parent
        self.title = title
        self.work = work
        self.on_done = on_done
        self.handles = handles
        self.on_refused = on_refused
        self.on_cancelled: Callable[[], object] | None = None
        self.progress_label = ""  # a long action: shown in its progress dialog

    def run_now(self) -> bool:
        try:
            with _wait_cursor():
                result = self.work(Progress())
        except Exception as error:
            self.failed(error, again=self.run_now)
            return False
        self.done(result)
        return True

    def start(self) -> Job:
        progress = Progress()
        dialog = _progress_dialog(self.parent, self.title, self.progress_label, progress) if self.progress_label else None
        future = _workers.submit(self.work, progress)
        return Job(self, future, progress, dialog)

    def done(self, result: T) -> None:
        if self.on_done is not None and _alive(self.parent):
            self.on_done(result)

    def failed(self, error: Exception, *, again: Callable[[], object]) -> None:
        """Show the problem, or hand it to the caller; a fault of the program is logged first, always."""
        if isinstance(error, Cancelled):
            if self.on_cancelled is not None and _alive(self.parent):
                self.on_cancelled()
            return
        if not isinstance(error, UserError):
            log.error("%s: unexpected error", self.title, exc_info=error)
        if not _alive(self.parent):
            return
        if self.on_refused is not None and isinstance(error, self.handles):
            self.on_refused(cast(E, error))  # `handles` lists the types `on_refused` takes
        elif isinstance(error, BookBusy):
            offer_try_again(self.parent, self.title, str(error), lambda: again() if _alive(self.parent) else None)
        elif isinstance(error, UserError):
            show_problem(self.parent, self.title, str(error))
        else:
            show_unexpected(self.parent)


def _progress_dialog(parent: QWidget, title: str, label: str, progress: Progress) -> QProgressDialog:
    dialog = QProgressDialog(label, translate("Ops", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.canceled.connect(progress.cancel)
    return dialog


class Job:
    """Core work off the GUI thread, watched from the GUI thread: its result or problem is handled
    there when it ends, and its progress dialog (if any) follows it."""

    def __init__(self, action: _Action[Any, Any], future: Future[Any], progress: Progress, dialog: QProgressDialog | None) -> None:
        self._action = action
        self._future = future
        self.progress = progress
        self.dialog = dialog
        self._started = time.monotonic()
        self._abandoned = False
        self._polling = False
        self._timer = QTimer(interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        _jobs.add(self)

    @property
    def running(self) -> bool:
        """True until the work has ended and its result or problem has been handled."""
        return self in _jobs

    def cancel(self) -> None:
        """Ask the work to stop (as Cancel in its progress dialog does); it ends at its next step."""
        self.progress.cancel()
        self._future.cancel()

    def _poll(self) -> None:
        if self._polling:  # a modal progress dialog handles events inside setValue
            return
        self._polling = True
        try:
            self._show_progress()
            if self._future.done():
                self._end()
        finally:
            self._polling = False

    def _show_progress(self) -> None:
        if self.dialog is None or not _alive(self.dialog) or self.progress.cancelled:
            return
        if not self.dialog.isVisible() and time.monotonic() - self._started >= PROGRESS_DELAY_MS / 1000:
            self.dialog.show()
        words = self.progress.words() or self._action.progress_label  # the action's phase, or the dialog's own words
        if self.dialog.labelText() != words:
            self.dialog.setLabelText(words)
        done, total = self.progress.state()
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        if total:
            self.dialog.setValue(min(done, total))

    def _end(self) -> None:
        self._stop()
        if self._abandoned:
            return
        action = self._action
        if self._future.cancelled():
            action.failed(Cancelled(), again=action.start)
            return
        error = self._future.exception()
        if error is None:
            action.done(self._future.result())
        elif isinstance(error, Exception):
            action.failed(error, again=action.start)
        else:  # a BaseException from the work (SystemExit, KeyboardInterrupt): not ours to swallow
            raise error

    def _stop(self) -> None:
        self._timer.stop()
        _jobs.discard(self)
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def abandon(self) -> Future[Any]:
        """At quit: never start if not started yet, stop at the next step if long, and drop the result."""
        self._abandoned = True
        self.cancel()
        self._stop()
        return self._future

    def log_unexpected(self) -> None:
        """After an abandoned job ended: a fault of the program still reaches the log."""
        if self._future.done() and not self._future.cancelled():
            error = self._future.exception()
            if error is not None and not isinstance(error, (UserError, Cancelled)):
                log.error("%s: unexpected error", self._action.title, exc_info=error)


# -- the three ways to run an action ---------------------------------------------------------------------


def run_action(
    parent: QWidget,
    title: str,
    work: Callable[[], T],
    on_done: Callable[[T], object] | None = None,
    *,
    handles: tuple[type[Exception], ...] = (),
    on_refused: Callable[[E], object] | None = None,
) -> bool:
    """Run a quick core action now, on the GUI thread, under a wait cursor; True once it is done
    and `on_done` has had its result.

    A problem of one of the types in `handles` goes to `on_refused` (a dialog shows it under the
    field at fault). Any other UserError is shown in a message box titled `title`; a busy book
    offers Try again, which runs the same action again, and Cancel. Anything else is a fault of the
    program: logged with its traceback, shown as the polite "unexpected problem" message.
    """
    return _Action(parent, title, lambda _progress: work(), on_done, handles, on_refused).run_now()


def run_in_background(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], object] | None = None,
    *,
    handles: tuple[type[Exception], ...] = (),
    on_refused: Callable[[E], object] | None = None,
) -> Job:
    """Run a slow core action off the GUI thread; `on_done` or the problem (as for run_action) is
    handled on the GUI thread when it ends, unless `parent` is gone by then. `work` gets a Progress
    that is cancelled when the program quits: it may stop at its next check, rolled back."""
    return _Action(parent, title, work, on_done, handles, on_refused).start()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], object] | None = None,
    *,
    handles: tuple[type[Exception], ...] = (),
    on_refused: Callable[[E], object] | None = None,
    on_cancelled: Callable[[], object] | None = None,
) -> Job:
    """Run a long core action off the GUI thread under a progress dialog saying `label`.

    `work` gets a Progress: it says how many steps there are and counts them, and its next step
    after Cancel raises Cancelled, which rolls its transaction back; then `on_cancelled` is called
    instead of `on_done`. Problems are handled as for run_action.
    """
    action = _Action(parent, title, work, on_done, handles, on_refused)
    action.on_cancelled = on_cancelled
    action.progress_label = label
    return action.start()


def finish_background_work() -> None:
    """At quit, before the book is closed: work not started yet never starts, long work is asked to
    stop, and the work already running is waited for, so that none is cut off half-way (each
    action is one transaction: it is saved whole, or rolled back whole when it stops). Their
    results are dropped: the windows are going."""
    jobs = list(_jobs)
    futures = [job.abandon() for job in jobs]
    wait(futures)
    for job in jobs:
        job.log_unexpected()

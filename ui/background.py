"""Work that runs off the GUI thread; its result comes back to the GUI thread through a signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of slow core work. Connect `done` (and `failed`) to slots of GUI objects, then
    `start()`; the signals arrive on the GUI thread. Keep a reference to the task until it ends."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        self.running = True
        self.done.connect(self._finished)
        self.failed.connect(self._finished)
        QThreadPool.globalInstance().start(_Runner(self))

    def _finished(self, _result: object) -> None:
        self.running = False

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the GUI, which logs it and tells the user politely
            log.exception("background work failed")
            self.failed.emit(error)
        else:
            self.done.emit(result)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()

"""How far a long core action has got, and the user's wish to stop it: shared by the action and the window that shows it."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user stopped a long action. Raised inside the action by `Progress.step` or `check`, so
    that the action's transaction rolls back; it is not an error and is never shown as one."""


class Progress:
    """Reported by a long core action (batch kits, imports, campaigns), read by the GUI.

    The action says how many steps there are (`expect`) and counts them (`step`); `step` and
    `check` raise Cancelled once the user has asked to stop (`cancel`). Safe to share between the
    thread doing the work and the GUI thread. No Qt here: the command line can pass one too.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._done = 0
        self._total = 0
        self._words = ""

    def expect(self, total: int) -> None:
        """Count towards `total` steps (0 while it is not known yet), from nothing: an action in
        phases (an import backs the book up, then saves the customers) counts each one apart."""
        with self._lock:
            self._total = max(total, 0)
            self._done = 0

    def say(self, words: str) -> None:
        """What the action is doing now, in the user's language ("Saving the customers…"), for the
        window or the terminal to show in place of its own words; "" gives them back theirs. An
        action in phases says each one, so that a bar that fills twice reads as two things done."""
        with self._lock:
            self._words = words

    def words(self) -> str:
        with self._lock:
            return self._words

    def step(self, count: int = 1) -> None:
        """`count` more steps are done; raises Cancelled if the user asked to stop."""
        with self._lock:
            self._done += count
        self.check()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; a long action calls this between its steps."""
        if self._stop.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the action to stop at its next step."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def state(self) -> tuple[int, int]:
        """(steps done, steps in all); the total is 0 while it is not known."""
        with self._lock:
            return self._done, self._total


class Part(Progress):
    """One part of a long action, reported to the whole action's Progress: its Cancel always, its
    steps too when `counted` (the whole's bar fills for this part: the copy of a server's book that
    backs it up before an import), never its words, which stay the action's ("Backing up the book
    before the import…", not the copy's own). Not counted, its steps only let the user stop it (the
    check of a file to restore, whose length nobody can tell beforehand)."""

    def __init__(self, whole: Progress, *, counted: bool) -> None:
        super().__init__()
        self._whole = whole
        self._counted = counted

    def expect(self, total: int) -> None:
        if self._counted:
            self._whole.expect(total)
        else:
            super().expect(total)

    def say(self, words: str) -> None:
        pass

    def step(self, count: int = 1) -> None:
        if self._counted:
            self._whole.step(count)
        else:
            self._whole.check()

    def check(self) -> None:
        self._whole.check()

    def state(self) -> tuple[int, int]:
        return self._whole.state() if self._counted else super().state()

    @property
    def cancelled(self) -> bool:
        return self._whole.cancelled

"""What the command line prints: user text made safe for a terminal, JSON, and output that
survives a reader that stops early."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable

from retention_desktop.progress import Progress

# What a terminal would act on instead of showing, once text is cleaned as typed text is: the bidi
# marks (shown raw, or reordering the rest of the line), and anything clean_line leaves that is a
# control.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def for_terminal(text: str) -> str:
    """User text as a terminal can print it without obeying it: a customer named
    "Evil\\x1b]0;pwned\\x07\\x1b[2J" must not rename the window or clear the screen. Cleaned as typed
    text is (escape sequences and controls go, text.clean_line), then without the invisible marks."""
    from retention_desktop.text import clean_line

    return _TERMINAL_UNSAFE.sub("", clean_line(text))


class RawJson(str):
    """JSON text written already (by the database): json_for_terminal prints it as it is, or
    indents it for a person at a terminal."""


def json_for_terminal(value: object) -> str:
    """JSON as `due --json` prints it: UTF-8 text, with the characters JSON leaves raw that a
    terminal would act on (C1 controls, bidi controls) written as \\u escapes. Indented for a
    person at a terminal; on one line for a script or a file (json's C encoder writes only that
    form: a whole book's list in about 20 ms instead of 250)."""
    indent = 2 if sys.stdout is not None and sys.stdout.isatty() else None
    if isinstance(value, RawJson) and indent is None:
        dumped = str(value)
    else:  # C0 controls come out escaped already
        dumped = json.dumps(json.loads(value) if isinstance(value, RawJson) else value, ensure_ascii=False, indent=indent)
    escaped = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
    return escaped.encode("utf-8", "backslashreplace").decode("utf-8")


def count_lines(labelled: list[tuple[str, int]]) -> list[str]:
    """Counts under their labels, one a line, the numbers lined up on the right (`check`, `copy-to`)."""
    width = max((len(label) for label, _count in labelled), default=0)
    return [f"  {label + ':':<{width + 1}} {count:>9,}" for label, count in labelled]


def print_out(text: str) -> int:
    """Print to standard output; a reader that stops early (`| head`) is not an error."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return 0


class ProgressLine(Progress):
    """A long command's progress, said on one line of a terminal's standard error and written
    again at every step (`text(done, total, words)`, words: what the action says it is doing,
    Progress.say); nothing is written when that stream is not a terminal (a script, a log).
    `close` clears the line. Written from the command's own thread, as the action counts its
    steps: no thread of its own (the demo forks its planner meanwhile)."""

    def __init__(self, text: Callable[[int, int, str], str]) -> None:
        super().__init__()
        self._text = text
        stream = sys.stderr
        self._stream = stream if stream is not None and stream.isatty() else None
        self._width = 0

    @classmethod
    def counting(cls, template: str) -> ProgressLine:
        """A line from a translated template with {done} and {total} ("Checking rows: {done} of
        {total}"), the numbers grouped by thousands."""
        return cls(lambda done, total, _words: template.format(done=f"{done:,}", total=f"{total:,}"))

    @classmethod
    def phases(cls) -> ProgressLine:
        """A line for an action in phases counted in different units (an import: the book's pages
        backed up, then the customers saved): each phase's own words and its share done, "Saving
        the customers… 45%"."""

        def text(done: int, total: int, words: str) -> str:
            if not total:  # a phase whose size is not known: its words alone
                return words or "…"
            percent = f"{min(100, done * 100 // total)}%"
            return f"{words} {percent}" if words else percent

        return cls(text)

    def step(self, count: int = 1) -> None:
        super().step(count)
        if self._stream is not None:
            line = self._text(*self.state(), self.words())
            self._stream.write("\r" + line.ljust(self._width))
            self._stream.flush()
            self._width = len(line)

    def close(self) -> None:
        if self._stream is not None and self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

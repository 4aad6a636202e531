"""Progress: what a long core action reports, and Cancel reaching it at its next step."""

from __future__ import annotations

import threading

import pytest

from retention_desktop.progress import Cancelled, Progress


def test_steps_are_counted_against_the_total() -> None:
    progress = Progress()
    assert progress.state() == (0, 0)  # not known yet
    progress.expect(3)
    progress.step()
    progress.step(2)
    assert progress.state() == (3, 3)
    assert not progress.cancelled


def test_each_phase_is_counted_from_nothing() -> None:
    """An import backs the book up (its pages), then saves the customers (their number): the second
    phase's bar starts empty, not where the backup's ended."""
    progress = Progress()
    progress.expect(192)
    progress.step(192)
    progress.expect(1_200)
    assert progress.state() == (0, 1_200)
    progress.step(600)
    assert progress.state() == (600, 1_200)


def test_cancel_stops_the_action_at_its_next_step() -> None:
    progress = Progress()
    progress.expect(10)
    progress.step()
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.step()
    with pytest.raises(Cancelled):
        progress.check()


def test_cancel_from_another_thread_reaches_a_running_action() -> None:
    progress = Progress()
    started = threading.Event()
    stopped_at: list[int] = []

    def action() -> None:
        progress.expect(1_000_000)
        try:
            for number in range(1_000_000):
                if number == 10:
                    started.set()
                progress.step()
        except Cancelled:
            stopped_at.append(progress.state()[0])

    worker = threading.Thread(target=action)
    worker.start()
    assert started.wait(5)
    progress.cancel()
    worker.join(5)
    assert not worker.is_alive()
    assert stopped_at and 10 <= stopped_at[0] < 1_000_000

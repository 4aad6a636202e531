"""The speed bench runs: bench/bench_speed.py on a small book prints every figure next to its goal
(a book of 10,000 customers, as the speed issue asks of the quick bench: the times themselves
are not judged here; they mean something only at shop scale)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_bench(*args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_speed.py"), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def figure(output: str, label: str) -> str:
    """The measured value printed after a figure's label: "1.23 s", "45.6 ms", "123 MB"."""
    found = re.search(re.escape(label) + r".*?\s([\d.]+ (?:s|ms|MB))\s", output)
    assert found, f"no figure {label!r} in:\n{output}"
    return found.group(1)


def test_the_speed_bench_measures_every_figure_on_a_book_of_ten_thousand(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    output = run_bench("--db", str(book), "--customers", "10000", "--runs", "1")
    for label in (
        "search 'محمد'",
        "one letter",
        "two letters",
        "search box cleared",
        "keystroke to rows painted",
        "process start to main window",
        "peak memory, window shown",
        "Today screen opened",
        "main.py due --json",
        "main.py invoice N --out F",
        "one invoice PDF (Arabic), in process",
        "main.py demo --customers 10000 (build the book)",
    ):
        figure(output, label)
    if sys.platform != "win32":
        assert 20 <= float(figure(output, "its peak memory").split()[0]) < 2048
    # A book that holds the customers already is reused, and the demo says so.
    again = run_bench("--db", str(book), "--customers", "10000", "--runs", "1", "--demo-only")
    assert re.search(r"main.py demo --customers 10000 \(build the book\)\s+reused", again)


def test_the_copy_bench_times_a_whole_copy_and_checks_it(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_copy.py"), "--db", str(tmp_path / "book.sqlite3"), "--customers", "300"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"into a new file\s+[\d.]+ s\s+\([\d.]+ s of CPU here, [\d,]+ rows/s, \d+ MB\).*the same counts", done.stdout), done.stdout

"""The built program (tools/build.py): start to the main window, frozen and from source, and its size, next to their goals."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from figures import row  # noqa: E402

SIZE_GOAL_MB = 200


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--program", type=Path, default=REPO / "dist" / "RetentionDesktop", help="the built folder (default: dist/RetentionDesktop)")
    parser.add_argument("--build", action="store_true", help="run tools/build.py first, and time it")
    parser.add_argument("--customers", type=int, default=300, metavar="N", help="the demo book's size (default 300)")
    parser.add_argument("--runs", type=int, default=7, help="starts of each; the median is printed (default 7)")
    return parser.parse_args()


def environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(folder / "state"), XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    return env


def to_window(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median seconds from starting the process to its main window shown (--report-startup), after one
    start to warm the disk cache."""
    times = []
    for run in range(runs + 1):
        started = time.time()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            sys.exit(f"{command[0]} failed: {done.stderr[-2000:]}")
        shown = json.loads(done.stdout.strip().splitlines()[-1])["window_shown"]
        if run:
            times.append(shown - started)
    return statistics.median(times)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main() -> None:
    args = parse_args()
    built_in = None
    if args.build:
        started = time.monotonic()
        subprocess.run([sys.executable, str(REPO / "tools" / "build.py")], check=True, cwd=REPO)
        built_in = time.monotonic() - started
    program = args.program / ("RetentionDesktop.exe" if os.name == "nt" else "RetentionDesktop")
    if not program.exists():
        sys.exit(f"{program} is not there: run tools/build.py first (or give --build)")
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as folder:
        env = environment(Path(folder))
        book = str(Path(folder) / "demo.sqlite3")
        subprocess.run([sys.executable, str(REPO / "main.py"), "--db", book, "demo", "--customers", str(args.customers)], env=env, check=True, capture_output=True)
        start = ["--db", book, "--lang", "ar", "--report-startup"]
        frozen = to_window([str(program), *start], env, args.runs)
        source = to_window([sys.executable, str(REPO / "main.py"), *start], env, args.runs)
    size_mb = folder_size(args.program) / 1e6
    archives = sorted(args.program.parent.glob("RetentionDesktop-*.tar.gz"))

    width = 52
    print(f"The built program ({args.program}), a demo book of {args.customers} customers, in Arabic, offscreen; median of {args.runs}:")
    row("start to the main window, frozen", f"{frozen:.2f} s", f"<= {source:.2f} s", frozen <= source * 1.05, width=width)
    row("start to the main window, python main.py", f"{source:.2f} s", "", None, width=width)
    row("the one-folder program's size", f"{size_mb:.0f} MB", f"< {SIZE_GOAL_MB} MB", size_mb < SIZE_GOAL_MB, width=width)
    for archive in archives:
        row(f"{archive.name}", f"{archive.stat().st_size / 1e6:.0f} MB", "", None, width=width)
    if built_in is not None:
        row("tools/build.py", f"{built_in:.0f} s", "", None, width=width)


if __name__ == "__main__":
    main()

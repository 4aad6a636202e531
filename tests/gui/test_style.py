"""The program's look kept between starts: the arrows of its drop-down lists and number fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui import style

ARROWS = ("chevron-down", "chevron-up")


def drawn_now(tmp_path: Path, name: str) -> QImage:
    """The arrow as the style draws it (its icon in the muted colour, 12 pixels), written and read back."""
    path = tmp_path / f"now-{name}.png"
    assert style._pixmap(name, style.COLOURS.muted, 12, False).save(str(path))
    return QImage(str(path))


def test_the_arrows_are_drawn_once_and_found_by_the_next_start(qapp: QApplication, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = style.arrows_in(cache)
    for name in ARROWS:
        picture = QImage(str(folder / f"{name}.png"))
        assert not picture.isNull() and picture == drawn_now(tmp_path, name)
    written = {name: (folder / f"{name}.png").stat().st_mtime_ns for name in ARROWS}
    assert style.arrows_in(cache) == folder  # the next start: the same files, not drawn again
    assert {name: (folder / f"{name}.png").stat().st_mtime_ns for name in ARROWS} == written
    assert [path.name for path in cache.iterdir()] == [folder.name]  # nothing half-made left beside it


def test_arrows_of_another_look_get_a_folder_of_their_own(qapp: QApplication, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    older = cache / "style-0123456789abcdef"  # drawn by another version, perhaps still running
    older.mkdir(parents=True)
    (older / "chevron-down.png").write_bytes(b"an arrow of an older look")
    folder = style.arrows_in(cache)
    assert folder != older and (older / "chevron-down.png").read_bytes() == b"an arrow of an older look"
    assert QImage(str(folder / "chevron-down.png")) == drawn_now(tmp_path, "chevron-down")


def test_a_half_made_folder_is_drawn_again(qapp: QApplication, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    folder = style.arrows_in(cache)
    (folder / "chevron-up.png").unlink()  # a start stopped while it wrote them, say
    assert style.arrows_in(cache) == folder
    assert QImage(str(folder / "chevron-up.png")) == drawn_now(tmp_path, "chevron-up")


def test_without_a_cache_folder_the_arrows_are_drawn_for_the_run(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    folder = style._arrow_folder.__wrapped__()
    assert not folder.is_relative_to(blocked)
    for name in ARROWS:
        assert QImage(str(folder / f"{name}.png")) == drawn_now(tmp_path, name)


def test_the_style_sheet_names_arrows_that_are_there(qapp: QApplication) -> None:
    named = set(re.findall(r"url\(([^)]+)\)", style.style_sheet()))
    assert len(named) == 2
    assert all(Path(path).is_file() for path in named)

"""The icon files tools/build.py draws from the SVG: each platform's reader finds every size in them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from tools.app_icons import ICNS_TYPES, ICO_SIZES, PNG_SIZES, write_icons


def sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    found = []
    for number in range(reader.imageCount()):
        reader.jumpToImage(number)
        found.append(reader.read().width())
    return found


def test_ico_icns_and_pngs_hold_every_size(qapp: QApplication, tmp_path: Path) -> None:
    written = write_icons(tmp_path)
    assert sizes(written["ico"]) == list(ICO_SIZES)
    assert sizes(written["icns"]) == [size for _, size in ICNS_TYPES]
    for size in PNG_SIZES:
        image = QImageReader(str(tmp_path / "png" / f"{size}.png")).read()
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # drawn, not blank

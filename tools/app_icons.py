"""The application icon in every file the platforms use, drawn from resources/app/retention-desktop.svg
by Qt at build time: PNGs (Linux), a .ico (Windows) and a .icns (macOS), each holding PNG images."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication

from ui.style import app_icon_image

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows asks for, up to the largest an .ico holds
# .icns types whose image is a PNG, with their size in pixels (the @2x ones are the same pictures).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def png(size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not app_icon_image(size).save(buffer, "PNG"):
        raise RuntimeError(f"the icon could not be drawn at {size} px")
    return bytes(data.data())


def ico(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows icon: its directory, then one PNG per size (Windows Vista and later read them)."""
    images = [png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def icns() -> bytes:
    """A macOS icon family: 'icns', its length, then each element (type, length, PNG)."""
    elements = b""
    for kind, size in ICNS_TYPES:
        image = png(size)
        elements += kind.encode("ascii") + struct.pack(">I", 8 + len(image)) + image
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icons(folder: Path) -> dict[str, Path]:
    """retention-desktop.ico, retention-desktop.icns and png/<size>.png in `folder`."""
    QGuiApplication.instance() or QGuiApplication([])  # Qt draws the SVG
    (folder / "png").mkdir(parents=True, exist_ok=True)
    written = {"ico": folder / "retention-desktop.ico", "icns": folder / "retention-desktop.icns"}
    written["ico"].write_bytes(ico())
    written["icns"].write_bytes(icns())
    for size in PNG_SIZES:
        (folder / "png" / f"{size}.png").write_bytes(png(size))
    return written

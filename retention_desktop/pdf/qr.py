"""QR codes for print: encoded by zxing-cpp (error correction M), drawn as vector modules with reportlab."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
ERROR_CORRECTION = "M"  # about 15 % of the code can be lost (a crease, a smudge) and it still reads

_DARK_RUN = re.compile(b"\x01+")
_AS_MODULES = bytes.maketrans(b"\x00\xff", b"\x01\x00")  # zxing-cpp's black pixel is a dark module


def qr_modules(payload: str) -> tuple[bytes, ...]:
    """The QR code of `payload`, row by row from the top: 1 for a dark module, 0 for a light one,
    without the quiet zone.

    zxing-cpp (C++) encodes it in half a millisecond, mask chosen by the standard's penalty rules;
    reportlab's and segno's pure-Python encoders took 19 ms and 11 ms. It is imported here, not with
    the module: only an invoice that carries a QR code needs it.
    """
    import zxingcpp

    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION)
    if code.ec_level != ERROR_CORRECTION:  # zxing-cpp takes any keyword: make sure this one was heard
        raise RuntimeError(f"zxing-cpp made a QR code with error correction {code.ec_level}, not {ERROR_CORRECTION}")
    image = code.to_image(scale=1, add_quiet_zones=False)  # one grey pixel per module
    rows, columns = image.shape
    pixels = bytes(memoryview(image)).translate(_AS_MODULES)  # type: ignore[arg-type]  # its stub leaves out the buffer
    return tuple(pixels[row * columns : (row + 1) * columns] for row in range(rows))


@lru_cache(maxsize=64)
def _qr_path(payload: str) -> tuple[int, str]:
    """(modules a side, the dark modules as a PDF path in module units) of `payload`'s code; kept,
    for the codes every document of a shop prints (a kit's WhatsApp and map codes)."""
    modules = qr_modules(payload)
    path = " ".join(
        f"{run.start()} {row_number} {run.end() - run.start()} 1 re"
        for row_number, row in enumerate(modules)
        for run in _DARK_RUN.finditer(row)
    )
    return len(modules), path


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code of `payload` with its quiet zone, `size` points square, its lower left corner at
    (x, y). The dark modules are filled as one path of rectangles, one per run of dark modules in a
    row, written in module units: whole numbers, so the path is written straight into the page
    (a few hundred rectangles through reportlab's path object took two milliseconds)."""
    count, path = _qr_path(payload)
    module = size / (count + 2 * QUIET_ZONE)
    canvas.saveState()
    # The code's top left corner is the origin, one module is one unit, rows go down the page.
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(f"{path} f")
    canvas.restoreState()


__all__ = ["ERROR_CORRECTION", "QUIET_ZONE", "draw_qr", "qr_modules"]

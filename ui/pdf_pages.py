"""A PDF's pages drawn into images with pdfium (the pypdfium2 wheel), on the GUI thread or off it.

pdfium is not thread-safe, not even across documents: every call into it holds one lock, and the
drawing a view asks for runs on one worker thread. The images are drawn straight into a QImage's
memory (pdfium's BGRx is Qt's RGB32 on the little-endian machines the program runs on).
"""

from __future__ import annotations

import atexit
import ctypes
import sys
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate

# Reentrant: a document dropped without close() is closed by its finaliser, which may run, under
# the garbage collector, in the thread that already holds the lock.
_PDFIUM = threading.RLock()
_drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-pages")
_BYTE_ORDER_FLAG = 0 if sys.byteorder == "little" else pdfium.FPDF_REVERSE_BYTE_ORDER
POINTS_PER_INCH = 72.0


class NotAPdf(UserError):
    """The bytes or the file given to be shown are not a PDF pdfium can read."""

    def __str__(self) -> str:
        return translate("Preview", "This document cannot be shown: it is not a PDF, or the file is damaged.")


def _close_document(document: pypdfium2.PdfDocument) -> None:
    with _PDFIUM:
        document.close()


_open: weakref.WeakSet[PdfPages] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """At exit, before pypdfium2 lets pdfium go (and warns of each document still open)."""
    for pages in list(_open):
        pages.close()


class PdfPages:
    """A PDF held in memory (`data`, its very bytes): how many pages, each one's size in points,
    and any page drawn at any size. close() when done; drawing a closed document gives None."""

    def __init__(self, data: bytes, file_name: str = "document.pdf") -> None:
        self.data = bytes(data)
        self.file_name = file_name
        with _PDFIUM:
            try:
                document = pypdfium2.PdfDocument(self.data)
            except (pypdfium2.PdfiumError, ValueError) as error:
                raise NotAPdf() from error
            self._document = document
            self.sizes = [QSizeF(*document.get_page_size(index)) for index in range(len(document))]
            self.title = str(document.get_metadata_dict(skip_empty=True).get("Title", ""))
        self._closed = False
        self._finaliser = weakref.finalize(self, _close_document, document)
        _open.add(self)

    @classmethod
    def from_file(cls, path: Path) -> PdfPages:
        """A PDF file read whole (an OSError if it cannot be read)."""
        return cls(Path(path).read_bytes(), Path(path).name)

    @property
    def count(self) -> int:
        return len(self.sizes)

    def pixel_size(self, index: int, dpi: float) -> QSize:
        """Page `index` in pixels at `dpi`."""
        size = self.sizes[index] * (dpi / POINTS_PER_INCH)
        return QSize(max(1, round(size.width())), max(1, round(size.height())))

    def draw(self, index: int, size: QSize, *, top: int = 0, rows: int | None = None, grey: bool = False, printing: bool = False) -> QImage | None:
        """Page `index` drawn to fill `size` pixels, or only its `rows` rows from `top` down (a band
        of a large page: drawn whole it would not fit in memory). None once the document is closed."""
        rows = size.height() - top if rows is None else min(rows, size.height() - top)
        if rows <= 0 or size.width() <= 0:
            raise ValueError(f"nothing to draw: {size} from row {top}")
        image = QImage(size.width(), rows, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        flags = pdfium.FPDF_ANNOT | _BYTE_ORDER_FLAG
        if grey:
            flags |= pdfium.FPDF_GRAYSCALE
        if printing:
            flags |= pdfium.FPDF_PRINTING
        with _PDFIUM:
            if self._closed:
                return None
            bits = image.bits()
            buffer = (ctypes.c_ubyte * len(bits)).from_buffer(bits)
            bitmap = pypdfium2.PdfBitmap.new_native(
                size.width(), rows, pdfium.FPDFBitmap_BGRx, buffer=buffer, stride=image.bytesPerLine()
            )
            page = self._document[index]
            try:
                pdfium.FPDF_RenderPageBitmap(bitmap, page, 0, -top, size.width(), size.height(), 0, flags)
            finally:
                page.close()
                bitmap.close()
            del buffer, bits
        return image

    def draw_later(self, index: int, size: QSize) -> Future[QImage | None]:
        """draw() on the worker thread; the future's result is the image (None if closed by then)."""
        return _drawer.submit(self.draw, index, size)

    def close(self) -> None:
        """Let go of pdfium's copy of the document (waits for a drawing under way to end)."""
        with _PDFIUM:
            self._closed = True
            self._finaliser()  # once: a second call does nothing

    @property
    def closed(self) -> bool:
        return self._closed

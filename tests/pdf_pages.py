"""PDF pages drawn as a viewer would, with pdfium (the pypdfium2 wheel, no system package)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PIL import Image


def render_page(pdf: Path, page: int = 1, *, dpi: float = 70) -> Image.Image:
    """Page `page` (from 1) of a PDF file, drawn at `dpi`, in grey levels."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        bitmap = document[page - 1].render(scale=dpi / 72)
        return bitmap.to_pil().convert("L")
    finally:
        document.close()


def viewer_text(pdf: Path) -> list[str]:
    """The text of each page as pdfium (the viewer of Chrome and Edge) extracts it: in reading order,
    Arabic as typed (not presentation forms), lines separated by CR LF."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()

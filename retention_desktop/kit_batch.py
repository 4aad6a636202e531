"""Kits for many customers at once (the list of new customers without one): one PDF each in a
folder, drawn by two processes where a batch is large enough, or all in one file; each kit made
and recorded as print_kit makes one (kit.py)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from retention_desktop.db import Database
from retention_desktop.i18n import translate, translator_for
from retention_desktop.kit import (
    NoKitsToPrint,
    build_kit,
    draw_kit,
    kit_file_name,
    read_shop,
    record_kit_print,
    snapshot_images,
)
from retention_desktop.kit_snapshot import KitSnapshot, snapshot_from_json, snapshot_json
from retention_desktop.kit_texts import check_language, kit_texts
from retention_desktop.progress import Progress
from retention_desktop.tables import utc_now

log = logging.getLogger(__name__)

PARALLEL_FROM = 40  # kits in a batch from which two processes draw them (starting them takes about a second)


def _draw_in_worker(text: str, images: Mapping[str, bytes]) -> bytes:
    """A kit drawn from its recorded snapshot, in a process of its own (see write_kits)."""
    return draw_kit(snapshot_from_json(text), images)


class _Batch:
    """What a batch reads once, and each kit of it made: its snapshot recorded as text, the
    snapshot itself as it will be read back, the images it names."""

    def __init__(self, db: Database, language: str, moment: datetime) -> None:
        self.db = db
        self.language = language
        self.moment = moment
        self.texts = kit_texts(db, language)
        self.translate_document = translator_for(language)
        self.shop = read_shop(db)
        self._images: dict[str, bytes] = {}

    def make(self, customer_id: int, invoice_id: int | None) -> tuple[str, KitSnapshot, dict[str, bytes]]:
        snapshot = build_kit(
            self.db,
            customer_id,
            language=self.language,
            invoice_id=invoice_id,
            at=self.moment,
            texts=self.texts,
            translate_document=self.translate_document,
            shop=self.shop,
        )
        text = snapshot_json(snapshot)
        kept = snapshot_from_json(text)
        wanted = {kept.logo, str((kept.invoice or {}).get("seller", {}).get("logo") or "")} - {""}
        if not wanted <= self._images.keys():
            self._images.update(snapshot_images(self.db, kept))
        return text, kept, {digest: self._images[digest] for digest in wanted if digest in self._images}


def _unique_name(folder: Path, name: str, taken: set[str]) -> Path:
    """`name` in `folder`, or "name (2).pdf" when this batch wrote that name already."""
    stem, suffix = name.rsplit(".", 1)
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{stem} ({number}).{suffix}"
        number += 1
    taken.add(candidate)
    return folder / candidate


def write_kits(
    db: Database,
    customers: Sequence[tuple[int, int | None]],
    *,
    language: str,
    folder: Path | None = None,
    one_file: Path | None = None,
    progress: Progress | None = None,
    at: datetime | None = None,
    processes: int | None = None,
) -> list[Path]:
    """Kits for many customers ((customer, invoice or None) each), recorded on their timelines:
    one file each in `folder`, or all in `one_file`. Returns the files written.

    Cancelled (progress.cancel), it stops at the next kit: one file each keeps the kits already
    written, each whole and recorded; one file writes nothing at all and records nothing. No file
    is ever left half-written. One file each is drawn by `processes` processes (by default two
    from PARALLEL_FROM kits on a machine with two cores or more, else this one); the files are
    the same either way.
    """
    from retention_desktop.files import FolderMissing, FolderNotWritable, check_target, write_atomically
    from retention_desktop.pdf.kit import kit_part, render_kits

    if (folder is None) == (one_file is None):
        raise ValueError("give either a folder or one file")
    if not customers:
        raise NoKitsToPrint(translate("Kit", "There are no customers to print a kit for."))
    progress = progress or Progress()
    progress.expect(len(customers))
    batch = _Batch(db, check_language(language), at or utc_now())
    if one_file is not None:
        check_target(Path(one_file))
        made: list[tuple[str, KitSnapshot]] = []
        parts = []
        for customer_id, invoice_id in customers:
            progress.check()
            text, kept, images = batch.make(customer_id, invoice_id)
            made.append((text, kept))
            parts.append(kit_part(kept, images))
            progress.step()
        pdf = render_kits(parts, language=language, created=batch.moment)
        progress.check()
        with db.writing() as session:
            for text, kept in made:
                record_kit_print(session.connection(), text, kept)
            write_atomically(Path(one_file), pdf)
        return [Path(one_file)]
    assert folder is not None
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderMissing(folder / "kit.pdf")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotWritable(folder / "kit.pdf")
    if processes is None:
        processes = 2 if len(customers) >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1
    written: list[Path] = []
    taken: set[str] = set()

    def keep(text: str, kept: KitSnapshot, pdf: bytes) -> None:
        target = _unique_name(folder, kit_file_name(kept), taken)
        with db.writing() as session:  # the record and the file together, or neither
            record_kit_print(session.connection(), text, kept)
            write_atomically(target, pdf)
        written.append(target)
        progress.step()

    if processes > 1:
        from concurrent.futures.process import BrokenProcessPool

        try:
            _draw_in_processes(batch, customers, processes, progress, keep)
            return written
        except (BrokenProcessPool, OSError) as error:  # no process could start (a frozen build, a locked-down PC)
            log.warning("kits drawn in this process: other processes failed (%s)", error)
    for customer_id, invoice_id in customers[len(written) :]:
        progress.check()
        text, kept, images = batch.make(customer_id, invoice_id)
        keep(text, kept, draw_kit(kept, images))
    return written


def _draw_in_processes(
    batch: _Batch,
    customers: Sequence[tuple[int, int | None]],
    processes: int,
    progress: Progress,
    keep: Callable[[str, KitSnapshot, bytes], None],
) -> None:
    """The batch's kits made here (the book is read here) and drawn by `processes` other
    processes, a few kits ahead; each is kept (recorded and written) here, in order."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # "spawn": a fresh interpreter, as on Windows; a fork of a program with threads (the windows'
    # own) may inherit a lock held by one of them.
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"))
    pending: deque[tuple[str, KitSnapshot, Future[bytes]]] = deque()
    waiting = iter(customers)
    try:
        for customer_id, invoice_id in waiting:
            text, kept, images = batch.make(customer_id, invoice_id)
            pending.append((text, kept, pool.submit(_draw_in_worker, text, images)))
            if len(pending) >= 3 * processes:
                break
        while pending:
            progress.check()
            text, kept, drawn = pending.popleft()
            for customer_id, invoice_id in waiting:  # the next one made while the others draw
                more, more_kept, images = batch.make(customer_id, invoice_id)
                pending.append((more, more_kept, pool.submit(_draw_in_worker, more, images)))
                break
            keep(text, kept, drawn.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["PARALLEL_FROM", "write_kits"]

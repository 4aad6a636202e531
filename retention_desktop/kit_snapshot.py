"""What a printed kit holds (its snapshot) and the JSON it is kept in.

A kit is drawn from its snapshot alone (pdf/kit.py) and the snapshot is kept with the record of the
print (kit_prints), so that a reprint is the same file, byte for byte: kit.py resolves it, this
module says what it is and writes it down and reads it back.
"""

from __future__ import annotations

import hashlib
import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import Any

from retention_desktop.i18n import translate
from retention_desktop.kit_texts import KitError

if typing.TYPE_CHECKING:
    from retention_desktop.printable import PrintableInvoice

SNAPSHOT_VERSION = 1


@dataclass(frozen=True)
class KitSection:
    """A section as printed: its key, number ("" on the cover), heading and text, filled in."""

    key: str
    number: str
    title: str
    body: str


@dataclass(frozen=True)
class KitRow:
    """A line of a small table: what it is, and its value (formatted)."""

    label: str
    value: str
    extra: str = ""


@dataclass(frozen=True)
class KitSnapshot:
    """Everything a kit draws, resolved: texts, words, figures and the invoice, in its language."""

    language: str
    digits: str  # of the kit's own numbers: "latn" (0123) or "arab" (٠١٢٣)
    printed_at: datetime
    customer_id: int
    customer_name: str
    shop_name: str
    logo: str  # the logo's SHA-256 (stored_images), "" for none
    labels: Mapping[str, str]
    sections: tuple[KitSection, ...]
    items: tuple[KitRow, ...] = ()  # what was bought: description, quantity, renewal date
    billing: tuple[KitRow, ...] = ()
    contacts: tuple[KitRow, ...] = ()
    codes: tuple[KitRow, ...] = ()  # QR codes: caption, what they encode
    steps: tuple[KitRow, ...] = ()  # follow-ups: when, what
    invoice_id: int | None = None
    invoice_number: str = ""
    invoice: Mapping[str, Any] | None = None  # the PrintableInvoice, as JSON (invoice_json)
    invoice_labels: Mapping[str, Any] | None = None  # pdf/invoice.py's Labels in the kit's language
    notes: tuple[str, ...] = ()  # for whoever prints it (not printed): what the kit left out, and why
    version: int = SNAPSHOT_VERSION

    def section(self, key: str) -> KitSection | None:
        return next((s for s in self.sections if s.key == key), None)


def _encode(value: object, images: dict[str, bytes]) -> object:
    """A value as JSON; bytes (a logo) go to `images` by their SHA-256 and are named by it."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name), images) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, bytes):
        digest = hashlib.sha256(value).hexdigest()
        images[digest] = value
        return digest
    if isinstance(value, Mapping):
        return {str(k): _encode(v, images) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encode(v, images) for v in value]
    return value


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _decode(kind: Any, value: Any, images: Mapping[str, bytes]) -> Any:
    """The value of type `kind` that _encode wrote."""
    origin = typing.get_origin(kind)
    if origin in (UnionType, typing.Union):
        options = [k for k in typing.get_args(kind) if k is not NoneType]
        return None if value is None else _decode(options[0], value, images)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, images) for v in value)
        return tuple(_decode(k, v, images) for k, v in zip(args, value))
    if origin is not None and issubclass(origin, Mapping):
        return dict(value)
    if isinstance(kind, type):
        if is_dataclass(kind):
            hints = _hints(kind)
            known = {f.name for f in fields(kind)}
            return kind(**{k: _decode(hints[k], v, images) for k, v in value.items() if k in known})
        if issubclass(kind, Enum):
            return kind(value)
        if kind is Decimal:
            return Decimal(value)
        if kind is datetime:
            return datetime.fromisoformat(value)
        if kind is date:
            return date.fromisoformat(value)
        if kind is time:
            return time.fromisoformat(value)
        if kind is bytes:
            return images.get(value)
    return value


def invoice_json(invoice: PrintableInvoice) -> dict[str, Any]:
    """An invoice as the kit keeps it, its logo named by its SHA-256 (stored_images keeps it)."""
    encoded = _encode(invoice, {})
    assert isinstance(encoded, dict)
    return encoded


def invoice_from_json(data: Mapping[str, Any], images: Mapping[str, bytes]) -> PrintableInvoice:
    from retention_desktop.printable import PrintableInvoice

    decoded: PrintableInvoice = _decode(PrintableInvoice, data, images)
    return decoded


def labels_json(words: object) -> dict[str, Any]:
    encoded = _encode(words, {})
    assert isinstance(encoded, dict)
    return encoded


def snapshot_json(snapshot: KitSnapshot) -> str:
    """The snapshot as the record keeps it: JSON, keys sorted, so the same kit is the same text."""
    return json.dumps(_encode(snapshot, {}), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def snapshot_from_json(text: str) -> KitSnapshot:
    data = json.loads(text)
    if data.get("version") != SNAPSHOT_VERSION:
        raise KitError(translate("Kit", "This kit was printed by a newer version of the program and cannot be reprinted here."))
    decoded: KitSnapshot = _decode(KitSnapshot, data, {})
    return decoded


__all__ = [
    "SNAPSHOT_VERSION",
    "KitRow",
    "KitSection",
    "KitSnapshot",
    "invoice_from_json",
    "invoice_json",
    "labels_json",
    "snapshot_from_json",
    "snapshot_json",
]

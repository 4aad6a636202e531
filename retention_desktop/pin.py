"""The owner's optional PIN: asked at start and before what cannot be undone (a restore), kept only as a salted hash.

The PIN is stored in the book's settings as a salted scrypt hash (never the PIN itself). Wrong
tries are counted in the book too, so that closing and opening the program does not reset them:
after FREE_TRIES wrong ones, each further try must wait, twice as long each time, up to MAX_WAIT.

What it is, and is not: it keeps a member of staff at the shared PC out of the owner's book and
its restore; it does not encrypt the file, and whoever can copy the file can read it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.i18n import translate
from retention_desktop.settings import SettingError, SettingSpec, read_settings, write_setting
from retention_desktop.text import ascii_digits

MIN_DIGITS, MAX_DIGITS = 4, 12
FREE_TRIES = 3  # wrong tries before the first wait
FIRST_WAIT = timedelta(seconds=5)
MAX_WAIT = timedelta(minutes=15)
# scrypt with N = 2^14, r = 8 (16 MiB of memory, about 50 ms here): slow enough that trying every
# 4-digit PIN on a copied file takes minutes rather than milliseconds, quick enough to type.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES = 2**14, 8, 1, 32


class PinError(UserError):
    """A PIN refused: wrong, badly formed, or asked too soon after wrong ones."""


class PinFormat(PinError):
    def __str__(self) -> str:
        return translate("Pin", "A PIN is {low} to {high} digits.").format(low=MIN_DIGITS, high=MAX_DIGITS)


class WrongPin(PinError):
    def __init__(self, wait: timedelta) -> None:
        super().__init__(wait)
        self.wait = wait  # before the next try (zero while tries are free)

    def __str__(self) -> str:
        text = translate("Pin", "This PIN is not right.")
        if self.wait > timedelta(0):
            text += " " + wait_text(self.wait)
        return text


class PinWait(PinError):
    """Too many wrong tries: the next one must wait."""

    def __init__(self, wait: timedelta) -> None:
        super().__init__(wait)
        self.wait = wait

    def __str__(self) -> str:
        return translate("Pin", "Too many wrong PINs.") + " " + wait_text(self.wait)


def wait_text(wait: timedelta) -> str:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    minutes = (seconds + 59) // 60
    if seconds < 120:
        return translate("Pin", "Try again in %n seconds.", None, seconds)
    return translate("Pin", "Try again in %n minutes.", None, minutes)


def _stored_hash(value: object) -> dict[str, Any]:
    """The stored PIN: {} for none, else its salt, hash and scrypt's parameters."""
    if value == {}:
        return {}
    if not isinstance(value, dict) or set(value) != {"salt", "hash", "n", "r", "p"}:
        raise SettingError("not a PIN hash")
    try:
        bytes.fromhex(str(value["salt"]))
        bytes.fromhex(str(value["hash"]))
    except ValueError as e:
        raise SettingError("not a PIN hash") from e
    if not all(isinstance(value[k], int) and 0 < value[k] <= 2**20 for k in ("n", "r", "p")):
        raise SettingError("not a PIN hash")
    return dict(value)


def _failures(value: object) -> dict[str, Any]:
    """Wrong tries so far and when the last one was (ISO time, UTC)."""
    if not isinstance(value, dict) or not isinstance(value.get("count"), int) or not isinstance(value.get("last"), str):
        raise SettingError("not a count of tries")
    datetime.fromisoformat(value["last"])
    return {"count": max(0, value["count"]), "last": value["last"]}


OWNER_PIN: SettingSpec[dict[str, Any]] = SettingSpec("owner_pin", {}, "The owner's PIN, as a salted scrypt hash; empty for none.", _stored_hash)
PIN_FAILURES: SettingSpec[dict[str, Any]] = SettingSpec(
    "pin_failures", {"count": 0, "last": "1970-01-01T00:00:00+00:00"}, "Wrong PIN tries since the last right one.", _failures
)


def has_pin(db: Database) -> bool:
    with db.reading() as connection:
        return bool(read_settings(connection, OWNER_PIN)[0])


def clean_pin(text: str) -> str:
    """A PIN as typed (Arabic-Indic digits too, spaces around); PinFormat if it is not 4-12 digits."""
    pin = ascii_digits(text.strip())
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()):
        raise PinFormat()
    return pin


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


def set_pin(db: Database, new: str | None, *, current: str | None = None, now: datetime | None = None) -> None:
    """Set, change (`new`) or remove (None) the PIN. When one is set, `current` must be it (checked
    as check_pin does, wrong tries counted)."""
    pin = clean_pin(new) if new is not None else None
    if has_pin(db):
        check_pin(db, current or "", now=now)
    stored: dict[str, Any] = {}
    if pin is not None:
        salt = secrets.token_bytes(16)
        key = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        stored = {"salt": salt.hex(), "hash": key.hex(), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    with db.writing() as session:
        write_setting(session, OWNER_PIN, stored)
        write_setting(session, PIN_FAILURES, PIN_FAILURES.default)


@dataclass(frozen=True)
class _State:
    stored: dict[str, Any]
    count: int
    last: datetime


def _state(db: Database) -> _State:
    with db.reading() as connection:
        stored, failures = read_settings(connection, OWNER_PIN, PIN_FAILURES)
    return _State(stored, int(failures["count"]), datetime.fromisoformat(failures["last"]))


def wait_after(count: int) -> timedelta:
    """How long the next try waits after `count` wrong ones in a row."""
    if count < FREE_TRIES:
        return timedelta(0)
    doublings = min(count - FREE_TRIES, 20)  # 5 s × 2^20 is past MAX_WAIT already
    wait: timedelta = FIRST_WAIT * (1 << doublings)
    return min(MAX_WAIT, wait)


def time_to_wait(db: Database, *, now: datetime | None = None) -> timedelta:
    """How long before the PIN may be tried again (zero if now)."""
    state = _state(db)
    now = now or datetime.now(timezone.utc)
    wait = wait_after(state.count)
    left: timedelta = state.last + wait - now
    # A clock put back does not make the wait longer than it is.
    return max(timedelta(0), min(wait, left))


def check_pin(db: Database, typed: str, *, now: datetime | None = None) -> None:
    """Nothing if the book has no PIN or `typed` is it (and the wrong tries start again from none);
    PinWait if a wrong try was too recent; WrongPin otherwise, the try counted."""
    now = now or datetime.now(timezone.utc)
    state = _state(db)
    if not state.stored:
        return
    wait = time_to_wait(db, now=now)
    if wait > timedelta(0):
        raise PinWait(wait)
    try:
        pin = clean_pin(typed)
    except PinFormat:
        pin = None
    stored = state.stored
    if pin is not None and hmac.compare_digest(
        _hash(pin, bytes.fromhex(stored["salt"]), stored["n"], stored["r"], stored["p"]), bytes.fromhex(stored["hash"])
    ):
        if state.count:
            with db.writing() as session:
                write_setting(session, PIN_FAILURES, PIN_FAILURES.default)
        return
    count = state.count + 1
    with db.writing() as session:
        write_setting(session, PIN_FAILURES, {"count": count, "last": now.isoformat()})
    raise WrongPin(wait_after(count))

"""The owner's PIN: kept as a salted hash, checked, and slower to guess after wrong tries, even
across restarts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from retention_desktop.db import Database, open_database
from retention_desktop.pin import (
    FIRST_WAIT,
    FREE_TRIES,
    MAX_WAIT,
    PinFormat,
    PinWait,
    WrongPin,
    check_pin,
    has_pin,
    set_pin,
    time_to_wait,
)

from tests.old_books import query

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_book_has_no_pin_until_the_owner_sets_one(db: Database) -> None:
    assert not has_pin(db)
    check_pin(db, "")  # nothing to ask
    set_pin(db, "2580")
    assert has_pin(db)
    check_pin(db, "2580")
    check_pin(db, " ٢٥٨٠ ")  # typed with Arabic-Indic digits


def test_the_pin_is_stored_as_a_salted_scrypt_hash_never_as_itself(db: Database, tmp_path: Path) -> None:
    set_pin(db, "2580")
    first = json.loads(str(query(tmp_path / "book.sqlite3", "SELECT value FROM settings WHERE key = 'owner_pin'")[0][0]))
    assert "2580" not in json.dumps(first)
    assert first["n"] >= 2**14 and first["r"] == 8 and len(bytes.fromhex(first["salt"])) == 16
    set_pin(db, "2580", current="2580")
    second = json.loads(str(query(tmp_path / "book.sqlite3", "SELECT value FROM settings WHERE key = 'owner_pin'")[0][0]))
    assert second["salt"] != first["salt"] and second["hash"] != first["hash"]
    assert "2580" not in (tmp_path / "book.sqlite3").read_bytes().decode("latin-1")


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "12 34"])
def test_a_pin_is_four_to_twelve_digits(db: Database, pin: str) -> None:
    with pytest.raises(PinFormat) as caught:
        set_pin(db, pin)
    assert "4 to 12 digits" in str(caught.value)
    assert not has_pin(db)


def test_changing_or_removing_the_pin_asks_the_current_one(db: Database) -> None:
    set_pin(db, "2580")
    with pytest.raises(WrongPin):
        set_pin(db, "1111", current="0000", now=T0)
    with pytest.raises(WrongPin):
        set_pin(db, None, current="", now=T0)
    check_pin(db, "2580", now=T0)
    set_pin(db, "1111", current="2580", now=T0)
    with pytest.raises(WrongPin):
        check_pin(db, "2580", now=T0)
    check_pin(db, "1111", now=T0 + timedelta(hours=1))
    set_pin(db, None, current="1111", now=T0 + timedelta(hours=1))
    assert not has_pin(db)


def test_wrong_pins_make_the_next_tries_wait_longer_and_a_restart_does_not_reset_them(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite3"
    db = open_database(book)
    set_pin(db, "2580")
    now = T0
    for _ in range(FREE_TRIES - 1):
        with pytest.raises(WrongPin) as caught:
            check_pin(db, "0000", now=now)
        assert caught.value.wait == timedelta(0)
    with pytest.raises(WrongPin) as caught:
        check_pin(db, "0000", now=now)
    assert caught.value.wait == FIRST_WAIT
    assert "Try again in 5 seconds" in str(caught.value)
    db.close()

    db = open_database(book)  # the program started again
    try:
        with pytest.raises(PinWait):
            check_pin(db, "2580", now=now + FIRST_WAIT / 2)  # even the right PIN waits
        assert time_to_wait(db, now=now + FIRST_WAIT / 2) == FIRST_WAIT / 2
        now += FIRST_WAIT
        with pytest.raises(WrongPin) as caught:
            check_pin(db, "0000", now=now)
        assert caught.value.wait == 2 * FIRST_WAIT
        for _ in range(20):
            now += MAX_WAIT
            with pytest.raises(WrongPin) as caught:
                check_pin(db, "0000", now=now)
        assert caught.value.wait == MAX_WAIT
        assert "Try again in 15 minutes" in str(caught.value)
        now += MAX_WAIT
        check_pin(db, "2580", now=now)  # the right one, in time, starts the count again
        with pytest.raises(WrongPin) as caught:
            check_pin(db, "0000", now=now)
        assert caught.value.wait == timedelta(0)
    finally:
        db.close()


def test_a_clock_put_back_does_not_lock_the_owner_out(db: Database) -> None:
    set_pin(db, "2580")
    for _ in range(FREE_TRIES):
        with pytest.raises(WrongPin):
            check_pin(db, "0000", now=T0)
    assert time_to_wait(db, now=T0 - timedelta(days=365)) == FIRST_WAIT

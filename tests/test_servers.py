"""The shop's server as its owner types it (File → Open the shop's server…): the address made from
its parts, checked field by field, and read back into them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retention_desktop.servers import ServerAddressError, ServerDraft, server_address, server_draft


@given(password=st.text(), user=st.text(min_size=1).filter(str.strip), database=st.text(min_size=1).filter(str.strip))
def test_any_password_user_and_database_come_back_as_typed(password: str, user: str, database: str) -> None:
    """Whatever signs a password holds (@ : / % # ? spaces, Arabic), it reaches the server as typed."""
    draft = ServerDraft("192.168.1.10", 5432, database.strip(), user.strip(), password)
    assert server_draft(server_address(draft)) == draft


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        (ServerDraft("192.168.1.10", user="shop", password="a long secret"), "postgresql+psycopg://shop:a long secret@192.168.1.10/retention"),
        (ServerDraft(" 192.168.1.10:5433 ", user="shop"), "postgresql+psycopg://shop@192.168.1.10:5433/retention"),
        (ServerDraft("shop-pc.local", 6543, "book", "shop"), "postgresql+psycopg://shop@shop-pc.local:6543/book"),
        (ServerDraft("/var/run/postgresql", user="shop"), "postgresql+psycopg://shop@/retention?host=%2Fvar%2Frun%2Fpostgresql"),
    ],
)
def test_the_address_is_made_from_the_parts(typed: ServerDraft, address: str) -> None:
    assert server_address(typed) == address


def test_parts_that_make_no_address_are_said_field_by_field() -> None:
    with pytest.raises(ServerAddressError) as missing:
        server_address(ServerDraft(" ", 5432, " ", "", "secret"))
    assert set(missing.value.errors) == {"host", "database", "user"}
    with pytest.raises(ServerAddressError) as wrong:
        server_address(ServerDraft("my server/shop", 70000, "retention", "shop"))
    assert set(wrong.value.errors) == {"host", "port"}
    assert "192.168.1.10" in wrong.value.errors["host"] and "5432" in wrong.value.errors["port"]


def test_a_files_path_is_no_server() -> None:
    assert server_draft("/home/shop/retention.sqlite3") is None
    assert server_draft("sqlite:///book.sqlite3") is None

"""A shop's PostgreSQL server as its owner types it (server, port, database, user, password): the
book's address made from those parts, checked, and read back into them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from retention_desktop.errors import UserError
from retention_desktop.i18n import translate

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "retention"  # the README's name for it
# A host name or an IPv4 or IPv6 address: letters, digits, dots, dashes, colons (IPv6), brackets.
_HOST = re.compile(r"^\[?[A-Za-z0-9._:-]+\]?$")
_HOST_AND_PORT = re.compile(r"^([^:\[\]]+):(\d{1,5})$")  # 192.168.1.10:5433


@dataclass(frozen=True)
class ServerDraft:
    """What the owner typed for the shop's server. `host` may end in :port, or be the folder of a
    server's Unix socket on this PC (/var/run/postgresql)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""
    password: str = ""


class ServerAddressError(UserError):
    """Parts that make no server's address: a message for each field at fault."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return " ".join(self.errors.values())


def server_address(draft: ServerDraft) -> str:
    """The address the program opens the server's book at (postgresql+psycopg://…), the password in
    it; ServerAddressError, with a message for each field at fault, when the parts make none."""
    host, port = draft.host.strip(), draft.port
    found = _HOST_AND_PORT.match(host)
    if found is not None:
        host, port = found.group(1), int(found.group(2))
    errors: dict[str, str] = {}
    socket = host.startswith("/")
    if not host:
        errors["host"] = translate("Servers", "Enter the server's name or address, for example 192.168.1.10.")
    elif not socket and _HOST.match(host) is None:
        errors["host"] = translate(
            "Servers", "This is not a server's name or address: it has spaces, slashes or other signs. For example 192.168.1.10."
        )
    if not 1 <= port <= 65535:
        errors["port"] = translate("Servers", "Enter a port from 1 to 65535 (the server's usual port is 5432).")
    database, user = draft.database.strip(), draft.user.strip()
    if not database:
        errors["database"] = translate("Servers", "Enter the database's name on the server.")
    if not user:
        errors["user"] = translate("Servers", "Enter the user name the server lets the program in with.")
    if errors:
        raise ServerAddressError(errors)
    url = URL.create(
        DRIVER,
        username=user,
        password=draft.password or None,
        host=None if socket else host.strip("[]"),
        port=None if socket or port == DEFAULT_PORT else port,
        database=database,
        query={"host": host, **({"port": str(port)} if port != DEFAULT_PORT else {})} if socket else {},
    )
    return url.render_as_string(hide_password=False)


def server_draft(address: str) -> ServerDraft | None:
    """A server's address read back into its parts (to show them again); None for a file's path
    or an address of another kind."""
    try:
        url = make_url(address)
    except ArgumentError:
        return None
    if url.get_backend_name() != "postgresql":
        return None
    query_host = url.query.get("host")
    host = query_host if isinstance(query_host, str) else url.host or ""
    query_port = url.query.get("port")
    port = url.port or (int(query_port) if isinstance(query_port, str) and query_port.isdigit() else DEFAULT_PORT)
    return ServerDraft(host, port, url.database or "", url.username or "", url.password or "")


__all__ = ["DEFAULT_DATABASE", "DEFAULT_PORT", "ServerAddressError", "ServerDraft", "server_address", "server_draft"]

"""Shared fixtures: a fresh real customer book per test, a SQLite file, or also a database on a
throwaway PostgreSQL server for the modules marked `both_databases`.

The tests keep away from the preferences, books and logs of whoever runs them: before anything
reads them, the folders Qt's QSettings and platformdirs use (on Linux, where the suite runs) are
a temporary folder of this test process, which the programs the tests start inherit. Before, a
test run left its temporary books in the developer's "Open recent" list and its folder as their
documents folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="rd-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

from retention_desktop.db import Database, open_database

from tests.pg_server import TEMPLATE, PostgresServer, ServerUnavailable

BOTH = "both_databases"


@pytest.fixture(autouse=True)
def _core_translator_as_found() -> Iterator[None]:
    """Each test leaves the core's translator as it found it. A window test installs Qt's
    (ui.language.install_translators, English again at its end); a core test run after it in the
    same worker then read its messages through Qt's English, plural forms and all, and failed
    where it expects the source text ("1 new customers will be added.")."""
    from retention_desktop import i18n

    found = (i18n._translator, i18n._factory)
    yield
    i18n.set_translator(found[0])
    i18n.set_translator_factory(found[1])


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{BOTH}: the module's tests run on SQLite and on a PostgreSQL server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The `db` of a test marked both_databases is a SQLite file, then a PostgreSQL database."""
    if "db" in metafunc.fixturenames and metafunc.definition.get_closest_marker(BOTH) is not None:
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test process, with a template book migrated to the newest
    revision; the tests that need it are skipped, with the reason, where none can start."""
    server = PostgresServer()
    try:
        server.start()
        open_database(server.url(TEMPLATE)).close()
    except ServerUnavailable as e:
        server.stop()
        pytest.skip(f"no PostgreSQL server: {e}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server_url(postgres: PostgresServer) -> str:
    """The URL of a new, empty database on the test server."""
    return postgres.new_database()


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A new, migrated book: a database file in the test's own folder (or, for the tests marked
    both_databases, also a database on the PostgreSQL server), closed at the end."""
    yield from _book(request, tmp_path / "book.sqlite3")


@pytest.fixture
def book_place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test opens its book itself, new and migrated: a file's path, or a server's URL
    (parametrized indirectly with "sqlite" or "postgresql")."""
    if getattr(request, "param", "sqlite") == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.new_database(TEMPLATE)
        yield url
        server.drop_database(url)
    else:
        yield str(tmp_path / "shared.sqlite3")


def _book(request: pytest.FixtureRequest, path: Path) -> Iterator[Database]:
    if getattr(request, "param", "sqlite") == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.new_database(TEMPLATE)
        database = open_database(url)
        yield database
        database.close()
        server.drop_database(url)
        return
    database = open_database(path)
    yield database
    database.close()


# Files whose tests take minutes in one process (the build of the program): run first, so that the
# other worker runs the rest of the suite meanwhile instead of waiting for them at the end.
FIRST = ("tests/test_frozen.py", "tests/test_packaging.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in FIRST)  # stable: the order is kept otherwise

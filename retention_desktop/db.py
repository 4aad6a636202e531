"""The database: where it lives, engine and sessions, SQLite pragmas, and migrations at start-up."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from retention_desktop import APP_NAME
from retention_desktop.i18n import translate

log = logging.getLogger(__name__)

# The Alembic revisions this program knows, oldest first. Kept here so that start-up can tell
# "up to date" without importing Alembic; a test checks it against the migrations folder.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD_REVISION = KNOWN_REVISIONS[-1]

# Tables a file must have to be one of ours; a file with other tables and none of these is not.
_OUR_TABLES = {"alembic_version", "customers"}
_SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the user, in their language."""


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "retention.sqlite3"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path or a URL given as is."""
    target = str(target)
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


class Database:
    """An open database: hands out one session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, None for a server."""
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash of the program.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _not_ours(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "Database",
            "The file {path} is not a Retention Desktop database. It was left untouched.",
        ).format(path=path)
    )


def _newer(revision: str) -> DatabaseError:
    return DatabaseError(
        translate(
            "Database",
            "This database was written by a newer version of Retention Desktop (schema {revision}). "
            "Please update the program to open it. The file was left untouched.",
        ).format(revision=revision)
    )


def _sqlite_revision(path: Path) -> str | None:
    """The schema revision of an existing file, None for a new or empty one; raises if not ours.

    Read through a read-only connection, so that a file that is not ours is never changed.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise _not_ours(path)
    with path.open("rb") as f:
        if f.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise _not_ours(path)
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if not _OUR_TABLES <= tables:
                raise _not_ours(path)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        log.warning("cannot read %s: %s", path, e)
        raise _not_ours(path) from e
    return row[0] if row else None


def _server_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if not _OUR_TABLES <= tables:
            raise DatabaseError(
                translate("Database", "This database holds other data and is not a Retention Desktop database.")
            )
        row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
        return str(row[0]) if row else None


def _backup_sqlite(path: Path, backup: Path) -> None:
    """Copy a SQLite file with SQLite's backup API, so that changes still in its -wal file
    (after a crash or a power cut) are in the copy too; a plain file copy would miss them."""
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def upgrade(engine: Engine) -> None:
    """Apply the Alembic migrations up to the newest revision.

    On SQLite, foreign keys are off while the schema changes (SQLite's own advice: a table
    rebuilt by a migration would otherwise be checked row by row) and checked as a whole after.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # only outside a transaction
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError(
                        translate("Database", "The database could not be upgraded: its links between records are broken.")
                    )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()


def open_database(target: str | Path) -> Database:
    """Open (creating if new) the database at a path or URL and bring its schema up to date.

    Raises DatabaseError, with a message for the user, for a file that is not ours or that a
    newer program wrote; such a file is not touched.
    """
    try:
        url = make_url(database_url(target))
    except ArgumentError as e:
        raise DatabaseError(translate("Database", "This is not a database address: {target}").format(target=target)) from e

    path: Path | None = None
    revision: str | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(str(url.database))
        revision = _sqlite_revision(path)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise _newer(revision)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DatabaseError(
                translate("Database", "The folder {folder} cannot be created: {reason}").format(
                    folder=path.parent, reason=e.strerror
                )
            ) from e

    try:
        engine = create_engine(url)
    except ArgumentError as e:
        raise DatabaseError(translate("Database", "This is not a database address: {target}").format(target=target)) from e
    except ImportError as e:
        raise DatabaseError(
            translate("Database", "The driver for {kind} databases is not installed ({module}).").format(
                kind=url.get_backend_name(), module=e.name or e
            )
        ) from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    else:
        try:
            revision = _server_revision(engine)
        except SQLAlchemyError as e:
            engine.dispose()
            raise DatabaseError(
                translate("Database", "The database server cannot be reached: {reason}").format(reason=getattr(e, "orig", None) or e)
            ) from e
        if revision is not None and revision not in KNOWN_REVISIONS:
            engine.dispose()
            raise _newer(revision)

    if revision != HEAD_REVISION:
        if path is not None and revision is not None:
            backup = path.with_name(f"{path.name}.before-{HEAD_REVISION}.bak")
            try:
                _backup_sqlite(path, backup)
            except (sqlite3.Error, OSError) as e:
                engine.dispose()
                raise DatabaseError(
                    translate("Database", "The database could not be opened: {reason}").format(reason=e)
                ) from e
            log.info("backed up %s to %s before migrating from %s", path, backup, revision)
        try:
            upgrade(engine)
        except DatabaseError:
            engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as e:
            engine.dispose()
            log.exception("migration failed")
            raise DatabaseError(
                translate("Database", "The database could not be opened: {reason}").format(reason=e)
            ) from e
        log.info("database schema upgraded from %s to %s", revision, HEAD_REVISION)
    return Database(engine)


def lock_for_writing(session: Session) -> None:
    """Make the session's transaction a writer from its first statement, waiting for other writers.

    On SQLite this is ``BEGIN IMMEDIATE``: two copies of the program writing the same file take
    turns (up to the busy timeout) instead of one failing half-way with "database is locked".
    Call it first in the session, before anything is read. On a server, the row locks taken by
    UPDATE do the same, and nothing is needed here.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.driver_connection
    if raw is None:
        raise RuntimeError("no driver connection")
    if raw.in_transaction:
        raise RuntimeError("lock_for_writing must come before the transaction's first write")
    raw.execute("BEGIN IMMEDIATE")

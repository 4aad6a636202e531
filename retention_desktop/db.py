"""The database: where it lives, engine and sessions and their transactions, SQLite pragmas, and migrations at start-up (bulk statements: statements.py)."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from retention_desktop import APP_NAME
from retention_desktop.network import is_network_path
from retention_desktop.errors import (
    BookBusy,
    BookClosed,
    BookDamaged,
    BookReadOnly,
    BrokenLinks,
    DatabaseError,
    DiskFull,
    DiskProblem,
    DriverMissing,
    FolderNotCreated,
    NetworkBook,
    NewerBook,
    NotABook,
    NotAnAddress,
    ProgramDamaged,
    ServerNotABook,
    ServerUnreachable,
    UpgradeFailed,
)

if TYPE_CHECKING:  # the ORM loads with the first session, not at start-up (see Database)
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["Database", "DatabaseError", "HEAD_REVISION", "KNOWN_REVISIONS", "book_revision", "default_database_path", "open_database"]

log = logging.getLogger(__name__)

# The Alembic revisions this program knows, oldest first. Kept here so that start-up can tell
# "up to date" without importing Alembic; a test checks it against the migrations folder.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0010", "0011", "0012", "0013", "0014", "0015", "0016", "0017", "0018")
HEAD_REVISION = KNOWN_REVISIONS[-1]

# Tables every book has, whatever its revision; a file without them is not a book.
_OUR_TABLES = {"alembic_version", "customers", "customer_phones", "settings", "tags"}
_SQLITE_HEADER = b"SQLite format 3\x00"
# How long a save waits for another copy of the program (another window or PC) to finish its own
# before it gives up and says so. Long enough for any one save; short enough that a window that
# waits is not taken for a frozen one.
BUSY_TIMEOUT_MS = 5000

# Execution options our "begin" listener reads (SQLite): a session that only reads, or one that
# takes the write lock at its first statement.
_READING = "retention_reading"
_WRITING = "retention_writing"
_CACHE = "retention_cache_kib"  # a larger page cache for the connection from this transaction on (bulk work)
_UNSYNCED = "retention_unsynced"  # commits that do not wait for the disk (Database.writing)
_UPGRADING = "retention_upgrading"  # the migrations: a writer that waits as long as it takes

# On a database server, the writers of a book take turns as on SQLite: each writing transaction
# first takes this transaction-level advisory lock (PostgreSQL), waiting BUSY_TIMEOUT_MS at most.
# What a writer reads to decide (a duplicate phone, the next number) stays true until it commits.
WRITERS_LOCK = 0x52657444  # "RetD"

# PostgreSQL's SQLSTATEs of a write that waited too long for another (lock_not_available, a
# deadlock, a serialisation failure), of a full disk, of a server that is going or gone.
_SERVER_BUSY = {"55P03", "40P01", "40001"}
_SERVER_FULL = {"53100", "53200"}
_SERVER_GONE = ("08", "57P")


def default_database_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "retention.sqlite3"


def is_url(target: str | Path) -> bool:
    """A database's URL (a server's, postgresql+psycopg://…), not a file's path."""
    return "://" in str(target)


def shown_address(address: str) -> str:
    """A book's address for the eyes: a server's password hidden, a file's path as it is."""
    return make_url(address).render_as_string(hide_password=True) if is_url(address) else address


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a file path or a URL given as is."""
    target = str(target)
    if is_url(target):
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


class Database:
    """An open database: hands out one session per unit of work.

    `reading()` (a Core connection) and `session()` (an ORM session) are for reading and
    `writing()` for changing: on SQLite a reading one cannot write at all (``PRAGMA query_only``),
    so that listing, printing and reporting leave the file as it was, and a writing session takes
    the write lock at its first statement (``BEGIN IMMEDIATE``), so that what it reads to decide (a
    duplicate phone, the next invoice number) is still true when it writes. Errors a user can meet
    (disk full, the book busy or read-only) come out of all three as the UserErrors of errors.py.

    The ORM is imported with the first session: what the first screen reads goes through
    `reading()` and tables.py, so the window opens without it.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessionmaker: sessionmaker[Session] | None = None
        self.closed = False

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker

            self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessionmaker

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, None for a server."""
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @property
    def address(self) -> str:
        """Where the book is, as the program opens it again: its file, or the server's URL as it
        was given (with its password, if it had one)."""
        path = self.path
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=False)

    @property
    def shown_address(self) -> str:
        """`address` for the eyes: a server's password hidden."""
        return shown_address(self.address)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection for reading, in one transaction; on SQLite it cannot write."""
        self._check_open()
        with self._translated_errors(writing=False), self.engine.connect() as connection:
            connection.execution_options(**{_READING: True})
            with connection.begin():
                yield connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; on SQLite any write in it fails."""
        self._check_open()
        with self._translated_errors(writing=False), self._sessions.begin() as session:
            session.connection(execution_options={_READING: True})
            yield session

    @contextmanager
    def writing(self, *, cache_kib: int | None = None, unsynced: bool = False) -> Iterator[Session]:
        """A session for a change, committed at the end of the block or rolled back on error.

        It holds the write lock from its first statement, waiting up to BUSY_TIMEOUT_MS for
        another writer; raises BookBusy when the wait runs out, nothing changed. Bulk work that
        writes into large indexes (the demo book) may ask for a larger page cache (SQLite: for
        the connection it runs on, which keeps it).

        `unsynced` (SQLite): the commit does not wait for the disk (PRAGMA synchronous = OFF, for
        this transaction only). A crash of the program still loses nothing committed, but a power
        cut or a crash of the system may damage the file: only for building a new book that
        nobody needs until it is finished (the demo's), which settle_file() then puts on the disk.
        """
        self._check_open()
        with self._translated_errors(writing=True), self._sessions.begin() as session:
            options: dict[str, object] = {_WRITING: True}
            if cache_kib is not None:
                options[_CACHE] = cache_kib
            if unsynced:
                options[_UNSYNCED] = True
            session.connection(execution_options=options)
            yield session

    def settle_file(self) -> None:
        """Copy what the write-ahead log holds into the book's file and empty the log, waiting for
        the disk (SQLite): after bulk work written `unsynced`, the whole book is then on the disk,
        and the next start reads no log. On PostgreSQL the search's token table is vacuumed
        instead, so that a search reads it from its index alone at once (_vacuum_search_tokens)."""
        if not self.is_sqlite:
            if self.engine.dialect.name == "postgresql":
                _vacuum_search_tokens(self.engine)
            return
        with self._translated_errors(writing=True), self.engine.connect() as connection:
            _synchronous(connection, "FULL")
            _driver_pragma(connection, "PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def indexes_made_after(self, names: Iterable[str], *, cache_kib: int | None = None) -> Iterator[None]:
        """Bulk work on a new book: these secondary indexes (SQLite, by name; those the book does not
        have are left out) are dropped while the block writes and made again at its end, each from
        the very statement that made it (sqlite_master's), in one transaction: one sorted pass per
        index instead of a random insert into it per row. Only for indexes the block's own writes do
        not read through. They are made again however the block ends (not when the process dies
        half-way: then the book is a new one left for the bin). Elsewhere the block just runs."""
        if not self.is_sqlite:
            yield
            return
        wanted = sorted(set(names))
        with self.writing(cache_kib=cache_kib) as session:
            connection = session.connection()
            found = [
                (str(name), str(sql))
                for name, sql in connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
                )
                if name in wanted
            ]
            for name, _sql in found:
                connection.exec_driver_sql(f"DROP INDEX {connection.dialect.identifier_preparer.quote(name)}")
        try:
            yield
        finally:
            with self.writing(cache_kib=cache_kib) as session:
                for _name, sql in found:
                    session.connection().exec_driver_sql(sql)

    @contextmanager
    def _translated_errors(self, *, writing: bool) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error, OSError) as error:  # sqlite3's own from _begin, sent raw
            problem = user_problem(error, self.path, writing=writing)
            if problem is None:
                raise
            log.warning("database problem: %r", error)
            raise problem from error

    def _check_open(self) -> None:
        if self.closed:  # a screen left behind by a switch of book must not open the file again
            raise BookClosed()

    def close(self, *, for_good: bool = False) -> None:
        """Close every connection (a later read opens one again). `for_good` when the program
        leaves this book (another is opened, or it is restored): what still asks it then gets
        BookClosed instead of opening its file again."""
        self.closed = self.closed or for_good
        self.engine.dispose()


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def user_problem(error: BaseException, path: Path | None, *, writing: bool = True) -> DatabaseError | None:
    """The UserError for a failure of the disk or the file, None for anything else (a fault of
    the program, to be logged with its traceback)."""
    original: BaseException = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.Error):
        code = (getattr(original, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return BookBusy()
        if code == _SQLITE_FULL:
            return DiskFull()
        if code == _SQLITE_READONLY:
            # In a reading session a refused write is a fault of ours, not of the file.
            return BookReadOnly(path) if writing else None
        if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return DiskFull() if _disk_nearly_full(path) else DiskProblem()
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return BookDamaged(path)
        return None
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str):  # psycopg: a database server's error
        if state in _SERVER_BUSY:
            return BookBusy()
        if state in _SERVER_FULL:
            return DiskFull()
        if state.startswith(_SERVER_GONE):
            return ServerUnreachable(str(original).strip())
        return None
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFull()
        if original.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return BookReadOnly(path)
        return DiskProblem()
    return None


def _disk_nearly_full(path: Path | None) -> bool:
    """Whether the book's disk has (almost) no room left: SQLite reports some full disks as a write
    error rather than as "full"."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 1_000_000
    except OSError:
        return False


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    # pysqlite sends no BEGIN before DDL and commits before it; take its transactions over and send
    # BEGIN ourselves (_begin), so that a migration is one transaction, as SQLite allows.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash of the program.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(connection: Connection) -> None:
    """Start each transaction ourselves: read-only for reading sessions, holding the write lock
    from the start for writing ones (SQLAlchemy's recipe for pysqlite)."""
    options = connection.get_execution_options()
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a pooled connection always has its driver connection
        raise RuntimeError("no driver connection")
    raw.execute(f"PRAGMA query_only = {1 if options.get(_READING) else 0}")
    if options.get(_CACHE):
        raw.execute(f"PRAGMA cache_size = -{int(options[_CACHE])}")
    _synchronous(connection, "OFF" if options.get(_UNSYNCED) else "FULL")
    raw.execute("BEGIN IMMEDIATE" if options.get(_WRITING) else "BEGIN")


def _synchronous(connection: Connection, level: str) -> None:
    """PRAGMA synchronous for the connection's next transactions, sent only when it changes (the
    level is kept in the pooled connection's info; _set_sqlite_pragmas sets FULL)."""
    info = connection.connection.info
    if info.get(_UNSYNCED, "FULL") != level:
        _driver_pragma(connection, f"PRAGMA synchronous = {level}")
        info[_UNSYNCED] = level


def _begin_on_server(connection: Connection) -> None:
    """Start each transaction on a server as _begin does on SQLite: a reading one cannot write, and
    a writing one first waits its turn among the book's writers (see WRITERS_LOCK)."""
    options = connection.get_execution_options()
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover
        raise RuntimeError("no driver connection")
    # psycopg begins the transaction itself, at the first statement: "BEGIN READ ONLY" for a
    # reading one (one round trip, where a SET TRANSACTION after it would be a second).
    raw.read_only = bool(options.get(_READING))
    if options.get(_WRITING):
        raw.execute("SET LOCAL lock_timeout = " + ("0" if options.get(_UPGRADING) else f"'{BUSY_TIMEOUT_MS}ms'"))
        raw.execute(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")


def _set_server_session(dbapi_connection: Any, _record: object) -> None:
    """Each new connection to a server plans every statement for its own values. psycopg prepares
    a statement the server has seen five times, and the server then may keep one plan for any
    values: for the search's LIKE patterns that plan read every customer (a search that found
    nothing took 140 ms instead of 4), since how many rows a pattern finds depends on the pattern.

    And a condition costs the planner what it costs the server: the search's LIKE over words put
    together (' ' || first || ' ' …) in Arabic's two-byte letters is dearer than the default
    cpu_operator_cost says, and for a two-letter search the server read 14,000 customers newest
    first, testing each, rather than take the 400 its trigram index names (8 ms against 2)."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_custom_plan")
        cursor.execute("SET cpu_operator_cost = 0.02")
    dbapi_connection.commit()


def _driver_pragma(connection: Connection, statement: str) -> None:
    """A pragma outside any transaction (foreign_keys is ignored inside one)."""
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover
        raise RuntimeError("no driver connection")
    raw.execute(statement)


def _is_known_or_newer(revision: str) -> bool:
    """Whether a revision is one of ours: known, or a later one in our numbering."""
    return revision in KNOWN_REVISIONS or (len(revision) == 4 and revision.isdigit() and revision > HEAD_REVISION)


def _writable(path: Path) -> bool:
    """Whether the program may change the file and make files beside it (SQLite's -wal and -shm)."""
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return False
    return os.access(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """SQLite's URI that opens a file for reading only (it never changes a file that is not ours)."""
    return f"{path.absolute().as_uri()}?mode=ro"


def book_revision(path: Path) -> str | None:
    """The schema revision of an existing file, None for a new or empty one; raises if not ours
    (NotABook), damaged (BookDamaged), or cannot be read now (BookBusy, DiskProblem, BookReadOnly).

    Read through a read-only connection, so that a file that is not ours is never changed.
    """
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return None
    if not path.is_file():
        raise NotABook(path)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except PermissionError as e:
        raise BookReadOnly(path) from e
    if header[: len(_SQLITE_HEADER)] != _SQLITE_HEADER:
        raise NotABook(path)
    if _cut_short(path, header):
        log.warning("%s is shorter than its header says", path)
        raise BookDamaged(path)
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if not _OUR_TABLES <= tables:
                raise NotABook(path)
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except sqlite3.Error as e:
        log.warning("cannot read %s: %s", path, e)
        problem = user_problem(e, path)
        code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
        if isinstance(problem, (BookBusy, DiskProblem)) or code == _SQLITE_CORRUPT:
            raise (problem or BookDamaged(path)) from e  # a book with a damaged page: restore can help
        raise NotABook(path) from e  # "not a database" after SQLite's header: another file
    if len(rows) != 1 or not isinstance(rows[0][0], str) or not _is_known_or_newer(rows[0][0]):
        raise NotABook(path)
    return str(rows[0][0])



def _cut_short(path: Path, header: bytes) -> bool:
    """Whether a SQLite file is shorter than its header says (copied in part, or cut off): the
    in-header page count is valid when its "valid for" counter matches the change counter."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if pages == 0 or valid_for != change_counter or page_size < 512:
        return False
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # a checkpoint cut off: SQLite finishes it from the -wal
        return False
    return path.stat().st_size < pages * page_size


def _server_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if not _OUR_TABLES <= tables:
            raise ServerNotABook()
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if len(rows) != 1 or not _is_known_or_newer(str(rows[0][0])):
        raise ServerNotABook()
    return str(rows[0][0])


def upgrade(engine: Engine) -> None:
    """Apply the Alembic migrations up to the newest revision, all in one transaction.

    On SQLite, DDL is transactional once BEGIN is really sent (see _set_sqlite_pragmas): the
    upgrade lands whole or leaves the file exactly as it was, whatever stops it (killed, power
    cut, disk full). Foreign keys are off while the schema changes (SQLite's own advice: a table
    rebuilt by a migration would otherwise be checked row by row) and checked as a whole after.
    Raises the program's own errors; Alembic's never escape.
    """
    from alembic import command
    from alembic.config import Config
    from alembic.util.exc import CommandError

    config = Config()
    config.set_main_option("script_location", str(resources.files("retention_desktop") / "migrations"))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
        try:
            with connection.execution_options(**{_WRITING: True, _UPGRADING: True}).begin():
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, "head")
                except (CommandError, ImportError, SyntaxError, AttributeError) as e:
                    log.exception("the migrations cannot be run")
                    raise ProgramDamaged() from e
                reached = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                if reached != HEAD_REVISION:  # the revisions of this version are not all there
                    log.error("the migrations stopped at %s instead of %s", reached, HEAD_REVISION)
                    raise ProgramDamaged()
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise BrokenLinks()
        finally:
            if sqlite:
                _driver_pragma(connection, "PRAGMA foreign_keys = ON")
    if engine.dialect.name == "postgresql":
        _vacuum_search_tokens(engine)  # migration 0015 may have just filled them


def _vacuum_search_tokens(engine: Engine) -> None:
    """VACUUM (ANALYZE) a server's customer_tokens (migration 0015) after bulk work filled it. The
    search counts from that table's index alone, but an index-only scan still reads the row of
    every page that no vacuum has marked all-visible since it was written: at 100,000 customers,
    right after the migration filled it, a one-letter search took 9 ms instead of 3, until
    autovacuum came (up to a minute later, or more on a busy server). Outside any transaction, as
    VACUUM must be; about half a second for 100,000 customers."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE) customer_tokens")


SERVER_WAIT_S = 10  # how long a server that does not answer is waited for


def open_database(target: str | Path) -> Database:
    """Open (creating if new) the database at a path or URL and bring its schema up to date.

    Raises DatabaseError, with a message for the user, for a file that is not ours, that a
    newer program wrote, or that cannot be written; such a file is not touched. An upgrade that
    fails leaves the file as it was (UpgradeFailed says where the copy taken before it is).
    """
    if is_network_path(str(target)) and not is_url(target):  # \\server\share\book: before it is taken for a local name
        raise NetworkBook(target)
    try:
        url = make_url(database_url(target))
    except ArgumentError as e:
        raise NotAnAddress(str(target)) from e

    path: Path | None = None
    revision: str | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(str(url.database))
        if is_network_path(path):
            raise NetworkBook(path)
        revision = book_revision(path)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise NewerBook(revision)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise FolderNotCreated(path.parent, e.strerror or str(e)) from e
        if not _writable(path):
            raise BookReadOnly(path)

    # A server that does not answer (a wrong address, a PC switched off) is told after some seconds,
    # not after the system's own wait of a minute or more; an address may set its own.
    waits = url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query
    try:
        engine = create_engine(url, connect_args={"connect_timeout": SERVER_WAIT_S} if waits else {})
    except ArgumentError as e:
        raise NotAnAddress(str(target)) from e
    except ImportError as e:
        raise DriverMissing(url.get_backend_name(), e.name or str(e)) from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    else:
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", _set_server_session)
            event.listen(engine, "begin", _begin_on_server)
        try:
            revision = _server_revision(engine)
        except SQLAlchemyError as e:
            engine.dispose()
            raise ServerUnreachable(str(getattr(e, "orig", None) or e)) from e
        except DatabaseError:
            engine.dispose()
            raise
        if revision is not None and revision not in KNOWN_REVISIONS:
            engine.dispose()
            raise NewerBook(revision)

    try:
        if revision != HEAD_REVISION:
            _upgrade_with_backup(engine, path, revision)
        else:
            _check_connection(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def _check_connection(engine: Engine, path: Path | None) -> None:
    """Connect once, so that a file SQLite cannot use is refused at opening, not at the first save."""
    try:
        with engine.connect():
            pass
    except (DBAPIError, sqlite3.Error, OSError) as e:
        problem = user_problem(e, path)
        if problem is None:
            raise
        raise problem from e


def _upgrade_with_backup(engine: Engine, path: Path | None, revision: str | None) -> None:
    backup: Path | None = None
    try:
        if path is not None and revision is not None:
            from retention_desktop.backups import backup_before_update  # it needs this module

            backup = backup_before_update(path, revision)
        upgrade(engine)
    except ProgramDamaged:
        raise
    except DatabaseError as e:
        if revision is None:
            raise  # a new book: there was nothing to keep, the reason is the whole story
        raise UpgradeFailed(path, backup, e) from e
    except (DBAPIError, sqlite3.Error, OSError) as e:
        log.exception("upgrade from %s failed", revision)
        problem = user_problem(e, path)
        if revision is None:
            if problem is None:
                raise
            raise problem from e
        raise UpgradeFailed(path, backup, problem) from e
    log.info("database schema upgraded from %s to %s", revision, HEAD_REVISION)

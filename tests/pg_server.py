"""A throwaway PostgreSQL server for the tests: made in a temporary folder, run by an unprivileged
user, reached through a Unix socket, removed at the end.

One server per pytest process (each xdist worker starts its own, the first time one of its tests
asks for it): a few seconds once, and the workers never share a database. Every test gets a database
of its own, copied from a template migrated once to the newest revision.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

# The user that runs the server when the tests run as root (PostgreSQL refuses to run as root).
UNPRIVILEGED = "nobody"
SUPERUSER = "postgres"
TEMPLATE = "book_template"


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; str() says why."""


class PostgresServer:
    """A server started by start() and stopped by stop(); `url(name)` is a database on it."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self._names = itertools.count(1)

    def start(self) -> None:
        initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
        if initdb is None or pg_ctl is None:
            raise ServerUnavailable("PostgreSQL is not installed: initdb and pg_ctl are not on the PATH")
        # A short path: a Unix socket's name holds at most about 100 bytes. In /tmp, not under
        # pytest's folder for root, which another user cannot enter.
        self.folder = Path(tempfile.mkdtemp(prefix="rd-pg-", dir="/tmp" if Path("/tmp").is_dir() else None))
        user = _server_user()
        if user is not None:
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        data = self.folder / "data"
        self._run(user, initdb, "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (
            f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB"
        )
        log = self.folder / "server.log"
        self._run(user, pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
        atexit.register(self.stop)  # also when the session ends without its fixtures' teardown
        self._create(TEMPLATE)

    def _run(self, user: pwd.struct_passwd | None, *command: str) -> None:
        prefix = [] if user is None else ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]
        try:
            done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120, cwd=self.folder)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ServerUnavailable(f"{Path(command[0]).name} could not run: {e}") from e
        if done.returncode != 0:
            log = self.folder / "server.log" if self.folder else None
            tail = log.read_text(errors="replace")[-800:] if log and log.exists() else ""
            raise ServerUnavailable(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()[-800:]} {tail}".strip())

    def url(self, database: str) -> str:
        assert self.folder is not None
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.folder}"

    def _create(self, name: str, template: str | None = None) -> None:
        import psycopg

        with psycopg.connect(host=str(self.folder), user=SUPERUSER, dbname="postgres", autocommit=True) as connection:
            # FILE_COPY: a copy of the template's files, quicker than WAL_LOG for a small database.
            connection.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))

    def drop_database(self, url: str) -> None:
        """Remove a database made by new_database (the server keeps a test's few megabytes otherwise)."""
        import psycopg
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with psycopg.connect(host=str(self.folder), user=SUPERUSER, dbname="postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def new_database(self, template: str | None = None) -> str:
        """A new database on the server (empty, or a copy of `template`); returns its URL."""
        name = f"book_{os.getpid()}_{next(self._names)}"
        self._create(name, template)
        return self.url(name)

    def stop(self) -> None:
        if self.folder is None:
            return
        pg_ctl = shutil.which("pg_ctl")
        user = _server_user()
        if pg_ctl and (self.folder / "data" / "postmaster.pid").exists():
            try:
                self._run(user, pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
            except ServerUnavailable:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged user the server runs as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        raise ServerUnavailable("running as root, and setpriv (util-linux) is missing to start PostgreSQL as another user")
    try:
        return pwd.getpwnam(UNPRIVILEGED)
    except KeyError as e:
        raise ServerUnavailable(f"running as root, and there is no user {UNPRIVILEGED!r} to start PostgreSQL as") from e

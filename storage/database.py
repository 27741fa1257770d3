"""Opening the database: engine, connection pragmas, file permissions, migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from storage.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DatabaseWriteError,
    DiskFullError,
    StorageError,
)
from storage.migrations import HEAD_REVISION, upgrade_to_head
from storage.preflight import (
    check_database_path,
    check_sqlite_contents,
    known_revisions,
    newest_known_revision,
)
from storage.tables import StoreSession

SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _masked(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (exc.ArgumentError, ValueError):  # a port that is not a number, say
        return url.split("@")[-1]  # never the password


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(path: Path) -> None:
    """Create the file owner-only before SQLite does, so it is never world-readable."""
    if not path.parent.is_dir():
        raise DatabaseUnavailableError(
            f"cannot open the database {path}: folder {path.parent} does not exist"
        )
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError as err:
        raise DatabaseUnavailableError(f"cannot open the database {path}: {err.strerror}") from err


def _check_sqlite_file(engine: Engine, path: Path) -> None:
    try:
        check_database_path(path)
        if engine.dialect.driver == "pysqlcipher":
            if not engine.url.password:
                raise DatabaseUnavailableError(
                    f"cannot open the database {path}: a sqlite+pysqlcipher URL needs the"
                    " passphrase, as in sqlite+pysqlcipher://:PASSPHRASE@/path/to/file.db"
                )
        else:
            check_sqlite_contents(path)
    except StorageError:
        engine.dispose()
        raise


def _install_sqlite_listeners(engine: Engine, busy_timeout_ms: int) -> None:
    encrypted = engine.dialect.driver == "pysqlcipher"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        # Take transaction control from the driver so writers can BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if encrypted:
            cursor.execute("PRAGMA cipher_log_level = NONE")  # else it writes to stderr
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred read-then-write transaction fails at once with "database is locked"
        # when another process writes; IMMEDIATE waits for the busy timeout instead.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database: an engine and the sessions made from it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self.file = _sqlite_file(engine)
        writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reader = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        self._writer = sessionmaker(writer, class_=StoreSession, expire_on_commit=False)

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """One unit of work, committed on success and rolled back on any error.

        A write that fails for a passing reason raises DatabaseWriteError (locked,
        disk full): nothing of it was kept, and the caller may try again.
        """
        factory = self._writer if write else self._reader
        with factory() as session:
            try:
                yield session
                session.commit()
            except exc.OperationalError as err:
                session.rollback()
                raise _write_error(err, self.url) from err
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.dispose()


def _write_error(err: exc.OperationalError, url: str) -> StorageError:
    reason = str(getattr(err, "orig", err)).strip().splitlines()[0]
    lowered = reason.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseLockedError(f"the database is in use by another program ({reason})")
    if "full" in lowered or "no space" in lowered or "quota" in lowered:
        return DiskFullError(f"the disk holding the database is full ({reason}; writing {url})")
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseWriteError(f"the database cannot be written ({reason}; writing {url})")
    if "disk i/o" in lowered:
        return DatabaseWriteError(f"the disk failed while writing {url} ({reason})")
    return DatabaseUnavailableError(f"the database {url} failed: {reason}")


def open_database(url: str, migrate: bool = True, busy_timeout_ms: int | None = None) -> Database:
    """Open (creating if need be) and migrate the database at a SQLAlchemy URL.

    Raises DatabaseUnavailableError with the URL (password hidden) and the cause.
    """
    try:
        url.encode("utf-8")
    except UnicodeEncodeError as err:  # bytes that are not UTF-8, kept by Python as surrogates
        raise DatabaseUnavailableError(
            f"cannot use database URL {url!r:.120}: it holds bytes that are not UTF-8"
        ) from err
    try:
        engine = create_engine(url)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError, ValueError) as err:
        raise DatabaseUnavailableError(
            f"cannot use database URL {_masked(url)!r}: {err} "
            "(expected e.g. sqlite:////path/to/file.db or postgresql+psycopg://user@host/db)"
        ) from err
    path = _sqlite_file(engine)
    if path is not None:
        # Before the engine's first connection, which would create or change the file.
        _check_sqlite_file(engine, path)
    if engine.dialect.name == "sqlite":
        _install_sqlite_listeners(engine, busy_timeout_ms or SQLITE_BUSY_TIMEOUT_MS)
        if path is not None:
            _prepare_sqlite_file(path)
    database = Database(engine)
    if path is not None and engine.dialect.driver == "pysqlcipher" and path.stat().st_size:
        from storage.encryption import check_passphrase

        try:
            check_passphrase(path, engine.url.password or "")
        except StorageError:
            engine.dispose()
            raise
    try:
        with engine.connect() as connection:
            revision = _current_revision(connection)
            if revision is not None and revision not in known_revisions():
                raise DatabaseUnavailableError(
                    f"cannot open the database {_masked(url)}: its schema revision {revision!r}"
                    f" is newer than this program's {newest_known_revision()!r}: update Sessionmate"
                )
            if revision is None and (tables := _foreign_tables(connection)):
                raise DatabaseUnavailableError(
                    f"cannot open the database {_masked(url)}: it is not a Sessionmate database"
                    f" (it holds the tables {', '.join(tables)} and no Sessionmate revision);"
                    " nothing was written to it"
                )
            if migrate and revision != HEAD_REVISION:
                upgrade_to_head(connection)
                connection.commit()
    except StorageError:
        engine.dispose()
        raise
    except exc.SQLAlchemyError as err:
        engine.dispose()
        reason = getattr(err, "orig", None) or err
        raise DatabaseUnavailableError(
            f"cannot open the database {_masked(url)}: {str(reason).strip().splitlines()[0]}"
        ) from err
    if path is not None:
        _restrict_sidecar_files(path)
    return database


def _current_revision(connection: Connection) -> str | None:
    """The schema's revision, read without importing Alembic (which costs ~250 ms)."""
    try:
        with connection.begin_nested() if connection.in_transaction() else connection.begin():
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return None if revision is None else str(revision)
    except exc.DatabaseError:
        return None


def _foreign_tables(connection: Connection) -> list[str]:
    """Tables in a database that has no Sessionmate revision: another program's (up to 5)."""
    from sqlalchemy import inspect

    return sorted(inspect(connection).get_table_names())[:5]


def _restrict_sidecar_files(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)

"""One service per database: two schedulers on one job store would run every job twice.

- SQLite: an exclusive `flock` on `<database file>.serve-lock`, beside the database, so
  two data directories pointing at one file still collide. The kernel drops the lock
  when the process dies: a crash never leaves a stale lock behind.
- PostgreSQL: `flock` only sees one host, and a clinic's services may run on several.
  A session-level advisory lock (`pg_try_advisory_lock`) held on a dedicated connection
  for the service's lifetime covers every host; the server drops it with the connection.
- Anything else: a `flock` in the data directory, which guards this host only.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError

if TYPE_CHECKING:
    from storage import Database

LOCK_SUFFIX = ".serve-lock"
# pg_try_advisory_lock takes one bigint; any fixed value works, this one spells "smserve".
POSTGRES_LOCK_KEY = 0x736D7365727665


class ServiceAlreadyRunningError(AssistantError):
    """Another `serve` holds the lock on this database."""


class ServiceLock:
    """Held until released (or the process ends)."""

    def __init__(self, where: str, release: Callable[[], None]) -> None:
        self.where = where
        self._release: Callable[[], None] | None = release

    def release(self) -> None:
        if self._release is not None:
            release, self._release = self._release, None
            release()

    def __enter__(self) -> ServiceLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _refuse(holder: str, where: str) -> ServiceAlreadyRunningError:
    return ServiceAlreadyRunningError(
        f"sessionmate serve is already running on this data ({holder}; lock {where}): "
        "a second one would run every reminder twice; stop the other one first"
    )


def file_lock(path: Path) -> ServiceLock:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        pid = os.pread(fd, 32, 0).decode(errors="replace").strip()
        os.close(fd)
        raise _refuse(f"pid {pid}" if pid else "pid unknown", str(path)) from None
    # The pid is only for the message a second `serve` prints.
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)

    def release() -> None:
        os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock

    return ServiceLock(str(path), release)


def postgres_lock(database: Database) -> ServiceLock:
    from storage.advisory_lock import hold_advisory_lock

    release = hold_advisory_lock(database, POSTGRES_LOCK_KEY)
    where = f"advisory lock {POSTGRES_LOCK_KEY} on {database.url}"
    if release is None:
        raise _refuse("another connection holds it", where)
    return ServiceLock(where, release)


def acquire(database: Database, data_dir: Path) -> ServiceLock:
    """The lock for serving this database, or ServiceAlreadyRunningError saying who has it."""
    if database.file is not None:
        return file_lock(database.file.with_name(database.file.name + LOCK_SUFFIX))
    if database.engine.dialect.name == "postgresql":
        return postgres_lock(database)
    return file_lock(data_dir / ("serve" + LOCK_SUFFIX))

"""What a database must be before Sessionmate opens it, checked without writing a byte.

Opening is not harmless: SQLite creates a missing file, and our connection settings
switch a file to WAL mode (a write to its header) before any migration. So a SQLite
file is looked at first through a read-only connection: a file of another program, or
a schema from a newer Sessionmate, is refused before the engine ever touches it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from functools import cache
from pathlib import Path

from storage.errors import DatabaseUnavailableError
from storage.migrations import SCRIPTS

_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*["']([^"']+)["']""", re.MULTILINE)


@cache
def known_revisions() -> frozenset[str]:
    """Every revision the migration scripts of this program know (read as text: fast)."""
    found = set()
    for script in (SCRIPTS / "versions").glob("*.py"):
        match = _REVISION.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match[1])
    return frozenset(found)


def newest_known_revision() -> str:
    """The revision no script builds on (the head); the largest id if several are."""
    texts = [p.read_text(encoding="utf-8") for p in (SCRIPTS / "versions").glob("*.py")]
    built_on = {m[1] for text in texts for m in _DOWN.finditer(text)}
    heads = sorted(known_revisions() - built_on) or sorted(known_revisions())
    return heads[-1]


def check_database_path(path: Path) -> None:
    """A regular file, or nothing yet in a folder that exists; never a folder, FIFO or device."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    except (OSError, ValueError) as err:
        raise _unusable(path, getattr(err, "strerror", None) or str(err)) from err
    if stat.S_ISLNK(info.st_mode):
        try:
            info = path.stat()
        except FileNotFoundError as err:
            raise _unusable(
                path, f"it is a link to {os.readlink(path)}, which does not exist"
            ) from err
        except OSError as err:
            raise _unusable(path, f"it is a link that cannot be followed ({err.strerror})") from err
    if stat.S_ISDIR(info.st_mode):
        raise _unusable(path, "it is a folder, not a database file")
    if not stat.S_ISREG(info.st_mode):
        raise _unusable(path, "it is not a regular file (a pipe or a device?)")


def check_sqlite_contents(path: Path) -> None:
    """Refuse another program's SQLite file, or a schema newer than this program's."""
    if not path.exists() or path.stat().st_size == 0:
        return  # a new database: ours to create
    try:
        # Without a -wal file the database file is whole: read it as immutable, which
        # creates no -shm/-wal beside it. With one, read-only (they exist already).
        wal = path.with_name(path.name + "-wal").exists()
        mode = "mode=ro" if wal else "immutable=1"
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as err:
        raise _unusable(path, str(err)) from err
    try:
        tables = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as err:
        raise _unusable(path, str(err)) from err
    finally:
        raw.close()
    if tables and revision is None:
        shown = ", ".join(sorted(tables)[:5])
        raise _unusable(
            path,
            f"it is not a Sessionmate database (it holds the tables {shown} and no Sessionmate"
            " revision); nothing was written to it",
        )
    if revision is not None and revision[0] not in known_revisions():
        raise _unusable(
            path,
            f"its schema revision {revision[0]!r} is newer than this program's "
            f"{newest_known_revision()!r}: it was written by a newer Sessionmate; update this"
            " one (nothing was changed)",
        )


def _unusable(path: Path, reason: str) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(f"cannot open the database {path}: {reason}")

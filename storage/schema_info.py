"""What a SQLite database file is, read without changing it: for `sessionmate doctor`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from storage.migrations import HEAD_REVISION

__all__ = ["HEAD_REVISION", "sqlite_revision"]


def sqlite_revision(path: Path) -> str | None:
    """The schema revision of the plain SQLite file at `path`; None when it has none.

    Opened read-only, so a missing file is not created and nothing is locked for long.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None


def sqlcipher_revision(path: Path, passphrase: str) -> str | None:
    """The schema revision of the SQLCipher file at `path`; None when it cannot be read."""
    import sqlcipher3

    from storage.encryption import _connect

    connection = _connect(path, passphrase)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None

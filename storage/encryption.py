"""Encryption at rest with SQLCipher: the whole SQLite file, keyed by a passphrase.

A plain SQLite file starts with "SQLite format 3"; an encrypted one is noise from
the first byte, so a file tells which it is without a key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from storage.errors import (
    DatabaseUnavailableError,
    DatabaseWriteError,
    DiskFullError,
    StorageError,
)

SQLITE_HEADER = b"SQLite format 3\x00"


class WrongPassphraseError(StorageError):
    """The passphrase does not open the encrypted database."""


def encrypted_url(path: Path, passphrase: str) -> str:
    if not passphrase:
        raise StorageError("an empty passphrase cannot encrypt the database")
    return f"sqlite+pysqlcipher://:{quote(passphrase, safe='')}@/{path}"


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file; False for an encrypted or empty one."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


# sqlcipher3 ships no type information; its connection is a DB-API (sqlite3-like) one.
def _connect(path: Path, passphrase: str) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")  # it writes to stderr otherwise
    connection.execute(f"PRAGMA key = {_literal(passphrase)}")
    return connection


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def check_passphrase(path: Path, passphrase: str) -> None:
    import sqlcipher3

    connection = _connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as err:
        raise WrongPassphraseError(f"wrong passphrase for the encrypted database {path}") from err
    finally:
        connection.close()


def encrypt_file(path: Path, passphrase: str) -> None:
    """Turn a plain SQLite file into an encrypted one, atomically; the plain copy is removed."""
    import sqlcipher3

    if not is_plain_sqlite(path):
        raise DatabaseUnavailableError(f"{path} is not a plain SQLite database to encrypt")
    target = path.with_name(path.name + ".encrypting")
    try:
        target.unlink(missing_ok=True)
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        plain = sqlcipher3.connect(str(path))
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain.execute(
                f"ATTACH DATABASE {_literal(str(target))} AS encrypted KEY {_literal(passphrase)}"
            )
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        os.replace(target, path)
    except (OSError, sqlcipher3.Error) as err:
        # A full disk or an I/O error half way: the encrypted copy goes, the plain stays.
        target.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        reason = getattr(err, "strerror", None) or str(err)
        error = (
            DiskFullError
            if "full" in reason.lower() or "space" in reason.lower()
            else (DatabaseWriteError)
        )
        raise error(
            f"cannot encrypt the database {path}: writing {target} failed ({reason}); "
            f"the plain database {path} is as it was"
        ) from err
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def rekey_file(path: Path, passphrase: str, new_passphrase: str) -> None:
    if not new_passphrase:
        raise StorageError("an empty passphrase cannot encrypt the database")
    check_passphrase(path, passphrase)
    connection = _connect(path, passphrase)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")  # rekey cannot run in WAL mode
        connection.execute(f"PRAGMA rekey = {_literal(new_passphrase)}")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()

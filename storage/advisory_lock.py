"""A PostgreSQL session-level advisory lock, held on a connection of its own until released."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from storage.database import Database

__all__ = ["hold_advisory_lock"]


def hold_advisory_lock(database: Database, key: int) -> Callable[[], None] | None:
    """Take lock `key` (`pg_try_advisory_lock`): its release, or None if another holds it.

    The lock lives as long as its connection, so the server drops it if the holder dies.
    """
    connection = database.engine.connect()
    held = connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar()
    connection.commit()
    if not held:
        connection.close()
        return None

    def release() -> None:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        connection.commit()
        connection.close()

    return release

"""Ids given explicitly (an import keeping its ids) and the sequences that hand out the next."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

# SQLite's INTEGER is signed 64-bit; PostgreSQL's ids are no wider.
MIN_INTEGER, MAX_INTEGER = -(2**63), 2**63 - 1

_TABLES = frozenset({"appointments", "items", "checkins", "homework_plans"})


def sync_id_sequences(session: Session, tables: Iterable[str]) -> None:
    """After rows were inserted with their own ids, let the next generated id follow them.

    SQLite takes max(id) + 1 by itself; PostgreSQL's sequences do not look at the table.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if table not in _TABLES:  # names go into SQL text: only known ones
            raise ValueError(f"unknown table {table!r}")
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 1), "
                f"(SELECT MAX(id) FROM {table}) IS NOT NULL)"
            )
        )


def fits_integer(value: int) -> bool:
    """Whether `value` can be bound as an integer at all (2**70 makes the driver overflow)."""
    return MIN_INTEGER <= value <= MAX_INTEGER

"""Finding items by words, kind, status and date, newest first, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.tables import ITEM_KINDS, ITEM_STATUSES, Item


@dataclass(frozen=True)
class ItemQuery:
    words: str = ""
    kind: str | None = None
    status: str | None = None
    since: datetime | None = None  # aware; created at or after
    until: datetime | None = None  # aware; created before
    needs_review: bool | None = None


def _check(field: str, value: str | None, valid: tuple[str, ...]) -> None:
    if value is not None and value not in valid:
        raise InvalidValueError(field, value, valid)


def _escaped(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_items(session: Session, query: ItemQuery, limit: int = 200) -> tuple[list[Item], int]:
    """(up to `limit` matching items, how many match in all)."""
    _check("kind", query.kind, ITEM_KINDS)
    _check("status", query.status, ITEM_STATUSES)
    conditions: list[ColumnElement[bool]] = []
    if query.words.strip():
        pattern = f"%{_escaped(query.words.strip().lower())}%"
        conditions.append(func.lower(Item.text).like(pattern, escape="\\"))
    if query.kind is not None:
        conditions.append(Item.kind == query.kind)
    if query.status is not None:
        conditions.append(Item.status == query.status)
    if query.since is not None:
        conditions.append(Item.created_at >= query.since)
    if query.until is not None:
        conditions.append(Item.created_at < query.until)
    if query.needs_review is not None:
        conditions.append(Item.needs_review == query.needs_review)
    found = select(Item).where(*conditions).order_by(Item.created_at.desc(), Item.id.desc())
    total = session.scalar(select(func.count()).select_from(Item).where(*conditions)) or 0
    return list(session.scalars(found.limit(limit))), total

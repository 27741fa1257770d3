"""Queries on reflection items."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from storage.errors import InvalidValueError, NotFoundError
from storage.identity import fits_integer
from storage.tables import ITEM_KINDS, ITEM_SOURCES, ITEM_STATUSES, Item, utcnow


def _check(field: str, value: str | None, valid: tuple[str, ...]) -> None:
    if value is not None and value not in valid:
        raise InvalidValueError(field, value, valid)


def add_item(
    session: Session,
    kind: str,
    text: str,
    *,
    transcript: str | None = None,
    confidence: float | None = None,
    source: str = "typed",
    needs_review: bool = False,
    created_at: datetime | None = None,
    appointment_id: int | None = None,
) -> Item:
    _check("kind", kind, ITEM_KINDS)
    _check("source", source, ITEM_SOURCES)
    if not text.strip():
        raise InvalidValueError("text", text, ("any non-empty text",))
    if confidence is not None and not 0.0 <= confidence <= 1.0:
        raise InvalidValueError("confidence", confidence, ("a number from 0 to 1",))
    item = Item(
        kind=kind,
        text=text.strip(),
        transcript=transcript if transcript is not None else text,
        confidence=confidence,
        source=source,
        status="open",
        needs_review=needs_review,
        created_at=created_at or utcnow(),
        appointment_id=appointment_id,
    )
    session.add(item)
    session.flush()
    return item


def get_item(session: Session, item_id: int) -> Item:
    item = None
    if fits_integer(item_id):  # a larger id overflows the driver; no row has it
        item = session.get(Item, item_id, options=[selectinload(Item.checkins)])
    if item is None:
        raise NotFoundError("item", item_id)
    return item


def list_items(
    session: Session,
    kind: str | None = None,
    status: str | None = None,
    *,
    needs_review: bool | None = None,
    created_before: datetime | None = None,
) -> list[Item]:
    _check("kind", kind, ITEM_KINDS)
    _check("status", status, ITEM_STATUSES)
    query = select(Item).options(selectinload(Item.checkins)).order_by(Item.created_at, Item.id)
    if kind is not None:
        query = query.where(Item.kind == kind)
    if status is not None:
        query = query.where(Item.status == status)
    if needs_review is not None:
        query = query.where(Item.needs_review == needs_review)
    if created_before is not None:
        query = query.where(Item.created_at < created_before)
    return list(session.scalars(query))


def newest_item(session: Session, *, since: datetime | None = None) -> Item | None:
    """The item filed last (only one filed at or after `since`, when given)."""
    query = select(Item).order_by(Item.created_at.desc(), Item.id.desc())
    if since is not None:
        query = query.where(Item.created_at >= since)
    return session.scalars(query).first()


def delete_item(session: Session, item_id: int) -> None:
    session.delete(get_item(session, item_id))
    session.flush()


def set_status(session: Session, item_id: int, status: str) -> Item:
    _check("status", status, ITEM_STATUSES)
    item = get_item(session, item_id)
    item.status = status
    return item


def refile(session: Session, item_id: int, kind: str, *, needs_review: bool = False) -> Item:
    """File an item under another kind (the person corrected the classifier)."""
    _check("kind", kind, ITEM_KINDS)
    item = get_item(session, item_id)
    item.kind = kind
    item.needs_review = needs_review
    return item


def set_needs_review(session: Session, item_id: int, needs_review: bool) -> Item:
    item = get_item(session, item_id)
    item.needs_review = needs_review
    return item

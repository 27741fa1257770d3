"""Splitting an item that holds two things into one item each."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import add_item, get_item
from storage.tables import Item


def split_item(session: Session, item_id: int, parts: list[str]) -> list[Item]:
    """The first part stays in the item (its id too); each other part becomes a new item
    of the same kind, status, time and appointment, with the same transcript."""
    texts = [part.strip() for part in parts if part.strip()]
    if len(texts) < 2:
        raise InvalidValueError("parts", len(texts), ("two or more non-empty parts",))
    item = get_item(session, item_id)
    item.text = texts[0]
    made = []
    for text in texts[1:]:
        new = add_item(
            session,
            item.kind,
            text,
            transcript=item.transcript,
            confidence=item.confidence,
            source=item.source,
            needs_review=item.needs_review,
            created_at=item.created_at,
            appointment_id=item.appointment_id,
        )
        new.status = item.status
        made.append(new)
    session.flush()
    return [item, *made]

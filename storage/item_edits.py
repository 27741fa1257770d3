"""Corrections to saved items: another kind, other words, several statuses at once.

Shared by the command line (`edit`, `refile`, `mark`, `review`) and the web page, so a
correction means the same thing wherever it is made: the person decided, so the item
is no longer flagged for review.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import get_item
from storage.tables import ITEM_KINDS, ITEM_STATUSES, Item


def refile_item(session: Session, item_id: int, kind: str) -> Item:
    """File an item under `kind` and clear its review flag."""
    if kind not in ITEM_KINDS:
        raise InvalidValueError("kind", kind, ITEM_KINDS)
    item = get_item(session, item_id)
    item.kind = kind
    item.needs_review = False
    session.flush()
    return item


def edit_item_text(session: Session, item_id: int, text: str) -> Item:
    """Replace an item's words (the transcript keeps what was first heard or typed)."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidValueError("text", text, ("any non-empty text",))
    item = get_item(session, item_id)
    item.text = cleaned
    item.needs_review = False
    session.flush()
    return item


def keep_item(session: Session, item_id: int) -> Item:
    """The guess was right: clear the review flag and change nothing else."""
    item = get_item(session, item_id)
    item.needs_review = False
    session.flush()
    return item


def mark_items(session: Session, item_ids: Iterable[int], status: str) -> list[Item]:
    """Set the status of every item, or of none when one id is unknown.

    A dropped item is a decision about it, so it leaves the review list.
    """
    if status not in ITEM_STATUSES:
        raise InvalidValueError("status", status, ITEM_STATUSES)
    items = [get_item(session, item_id) for item_id in dict.fromkeys(item_ids)]
    for item in items:
        item.status = status
        if status == "dropped":
            item.needs_review = False
    session.flush()
    return items


def split_item(session: Session, item_id: int, parts: list[tuple[str, str]]) -> list[Item]:
    """Make one item of each (kind, text): the first keeps the id, the rest are new.

    The new items share the original's time, source and appointment, so the agenda
    shows them where the original was.
    """
    if len(parts) < 2:
        raise InvalidValueError("parts", len(parts), ("two or more (kind, text) pairs",))
    for kind, text in parts:
        if kind not in ITEM_KINDS:
            raise InvalidValueError("kind", kind, ITEM_KINDS)
        if not text.strip():
            raise InvalidValueError("text", text, ("any non-empty text",))
    original = get_item(session, item_id)
    (first_kind, first_text), rest = parts[0], parts[1:]
    original.kind, original.text = first_kind, " ".join(first_text.split())
    original.needs_review = False
    made = [original]
    for kind, text in rest:
        item = Item(
            kind=kind,
            text=" ".join(text.split()),
            transcript=original.transcript,
            confidence=None,
            source=original.source,
            status=original.status,
            needs_review=False,
            created_at=original.created_at,
            appointment_id=original.appointment_id,
        )
        session.add(item)
        made.append(item)
    session.flush()
    return made

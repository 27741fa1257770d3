"""Changing a saved item by hand: its words or its kind."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import get_item, refile
from storage.tables import Item


def refile_item(session: Session, item_id: int, kind: str) -> Item:
    """File under another kind; the person decided, so the review flag is cleared."""
    return refile(session, item_id, kind, needs_review=False)


def edit_item_text(session: Session, item_id: int, text: str) -> Item:
    """New words for an item; what was first heard or typed stays in its transcript."""
    if not text.strip():
        raise InvalidValueError("text", text, ("any non-empty text",))
    item = get_item(session, item_id)
    item.text = text.strip()
    session.flush()
    return item

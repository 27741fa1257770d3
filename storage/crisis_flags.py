"""Items that raised a crisis concern: kept so the therapist hears them first.

A flag holds the level and what fired, never the words; the words are the item's own.
It stays on the agenda while its item is open ("mark ID answered" takes it off).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import get_item
from storage.tables import CRISIS_LEVELS, CrisisFlag, Item

__all__ = ["CrisisFlag", "flag_item", "flagged_open_items"]


def flag_item(session: Session, item_id: int, level: str, fired: str) -> CrisisFlag:
    """Flag one item (again: the higher level and the latest source are kept)."""
    if level not in CRISIS_LEVELS:
        raise InvalidValueError("crisis level", level, CRISIS_LEVELS)
    get_item(session, item_id)
    flag = session.scalar(select(CrisisFlag).where(CrisisFlag.item_id == item_id))
    if flag is None:
        flag = CrisisFlag(item_id=item_id, level=level, fired=fired[:64])
    elif CRISIS_LEVELS.index(level) > CRISIS_LEVELS.index(flag.level):
        flag.level, flag.fired = level, fired[:64]
    session.add(flag)
    session.flush()
    return flag


def flagged_open_items(
    session: Session, created_before: datetime | None = None
) -> list[tuple[Item, CrisisFlag]]:
    """Open items with a flag, oldest first."""
    query = (
        select(Item, CrisisFlag)
        .join(CrisisFlag, CrisisFlag.item_id == Item.id)
        .where(Item.status == "open")
        .order_by(Item.created_at, Item.id)
    )
    if created_before is not None:
        query = query.where(Item.created_at < created_before)
    return [(item, flag) for item, flag in session.execute(query)]

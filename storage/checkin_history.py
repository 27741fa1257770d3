"""Homework check-ins as plain rows, for weeks and charts: no ORM objects for a year of them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import CheckIn, Item


def open_homework(
    session: Session, created_before: datetime | None = None
) -> list[tuple[int, str]]:
    """(id, text) of open homework, oldest first, as the agenda lists it."""
    query = (
        select(Item.id, Item.text)
        .where(Item.kind == "homework", Item.status == "open")
        .order_by(Item.created_at, Item.id)
    )
    if created_before is not None:
        query = query.where(Item.created_at < created_before)
    return [(ident, text) for ident, text in session.execute(query)]


def checkins_since(
    session: Session, item_ids: Iterable[int], since: datetime | None = None
) -> dict[int, list[tuple[datetime, str, str | None]]]:
    """Per item, its check-ins (at or after `since`) as (at, result, note), oldest first."""
    ids = list(item_ids)
    found: dict[int, list[tuple[datetime, str, str | None]]] = {ident: [] for ident in ids}
    if not ids:
        return found
    query = (
        select(CheckIn.item_id, CheckIn.at, CheckIn.result, CheckIn.note)
        .where(CheckIn.item_id.in_(ids))
        .order_by(CheckIn.at, CheckIn.id)
    )
    if since is not None:
        query = query.where(CheckIn.at >= since)
    for item_id, at, result, note in session.execute(query):
        found[item_id].append((at, result, note))
    return found

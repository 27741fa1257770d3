"""Queries on homework check-ins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import get_item
from storage.tables import CHECKIN_RESULTS, CheckIn, utcnow


def add_checkin(
    session: Session,
    item_id: int,
    result: str,
    *,
    at: datetime | None = None,
    note: str | None = None,
) -> CheckIn:
    if result not in CHECKIN_RESULTS:
        raise InvalidValueError("result", result, CHECKIN_RESULTS)
    item = get_item(session, item_id)
    if item.kind != "homework":
        raise InvalidValueError("item kind", item.kind, ("homework",))
    checkin = CheckIn(item_id=item_id, result=result, at=at or utcnow(), note=note)
    session.add(checkin)
    session.flush()
    return checkin


def list_checkins(session: Session, item_id: int | None = None) -> list[CheckIn]:
    query = select(CheckIn).order_by(CheckIn.at, CheckIn.id)
    if item_id is not None:
        query = query.where(CheckIn.item_id == item_id)
    return list(session.scalars(query))

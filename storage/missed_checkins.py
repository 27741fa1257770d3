"""When the service could not ask about homework (the computer was off), per item."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import MissedRun


def missed_checkins(session: Session, item_ids: Iterable[int]) -> dict[int, list[datetime]]:
    ids = list(item_ids)
    found: dict[int, list[datetime]] = {ident: [] for ident in ids}
    if not ids:
        return found
    query = select(MissedRun.target_id, MissedRun.due_at).where(
        MissedRun.kind == "checkin", MissedRun.target_id.in_(ids)
    )
    for target_id, due_at in session.execute(query.order_by(MissedRun.due_at)):
        found[target_id].append(due_at)
    return found

"""One answer per check-in slot: a second answer for the same slot replaces the first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.checkins import add_checkin
from storage.errors import InvalidValueError
from storage.tables import CHECKIN_RESULTS, CheckIn


def record_checkin(
    session: Session,
    item_id: int,
    result: str,
    *,
    at: datetime,
    slot_start: datetime,
    slot_end: datetime,
    note: str | None = None,
) -> tuple[CheckIn, str | None]:
    """Record `result` for the slot [slot_start, slot_end) that holds `at`.

    Returns the check-in and the result it replaced (None when the slot was empty).
    """
    if result not in CHECKIN_RESULTS:
        raise InvalidValueError("result", result, CHECKIN_RESULTS)
    if not slot_start <= at < slot_end:
        raise InvalidValueError("at", at, (f"a time from {slot_start} to before {slot_end}",))
    earlier = session.scalars(
        select(CheckIn)
        .where(CheckIn.item_id == item_id, CheckIn.at >= slot_start, CheckIn.at < slot_end)
        .order_by(CheckIn.at, CheckIn.id)
    ).all()
    if not earlier:
        return add_checkin(session, item_id, result, at=at, note=note), None
    kept, *extra = earlier
    replaced = earlier[-1].result
    for duplicate in extra:  # from before this rule: the slot keeps one answer
        session.delete(duplicate)
    # A new answer without a note keeps what was said got in the way.
    kept.result, kept.at, kept.note = result, at, note if note is not None else kept.note
    session.flush()
    return kept, replaced

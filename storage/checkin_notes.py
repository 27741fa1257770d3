"""The note a check-in gets after it is recorded: what got in the way."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.errors import NotFoundError
from storage.tables import CheckIn


def set_checkin_note(session: Session, checkin_id: int, note: str | None) -> CheckIn:
    checkin = session.get(CheckIn, checkin_id)
    if checkin is None:
        raise NotFoundError("check-in", checkin_id)
    checkin.note = (note or "").strip() or None
    return checkin

"""Runs the service missed while it was not running, kept until they are mentioned."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.tables import JOB_KINDS, MissedRun


def record_missed(session: Session, kind: str, target_id: int, due_at: datetime) -> bool:
    """Record one missed run; False when it was already recorded."""
    if kind not in JOB_KINDS:
        raise InvalidValueError("kind", kind, JOB_KINDS)
    if due_at.tzinfo is None:
        raise InvalidValueError("due_at", due_at, ("a time with its time zone",))
    same = select(MissedRun.id).where(
        MissedRun.kind == kind, MissedRun.target_id == target_id, MissedRun.due_at == due_at
    )
    if session.scalar(same) is not None:
        return False
    try:
        # Two threads may notice the same run; the unique constraint keeps one.
        with session.begin_nested():
            session.add(MissedRun(kind=kind, target_id=target_id, due_at=due_at))
    except IntegrityError:
        return False
    return True


def unmentioned(session: Session) -> list[MissedRun]:
    query = select(MissedRun).where(MissedRun.mentioned_at.is_(None))
    return list(session.scalars(query.order_by(MissedRun.due_at, MissedRun.id)))


def mark_mentioned(session: Session, ids: Iterable[int], at: datetime) -> None:
    ids = list(ids)
    if ids:
        session.execute(update(MissedRun).where(MissedRun.id.in_(ids)).values(mentioned_at=at))

"""The schedule change counter: bumped by every flush that touches appointments, plans
or homework status (see storage.tables), read by the running service to know when to
rebuild its jobs.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.tables import ScheduleChange


def schedule_version(session: Session) -> int:
    return session.scalar(select(ScheduleChange.version).where(ScheduleChange.id == 1)) or 0

"""Changing an appointment in place, so its id and the items filed under it stay."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.appointments import get_appointment
from storage.errors import InvalidValueError
from storage.tables import RECURRENCES, Appointment


def change_appointment(
    session: Session,
    appointment_id: int,
    starts_at: datetime,
    *,
    minutes: int,
    recurrence: str | None,
) -> Appointment:
    if minutes <= 0:
        raise InvalidValueError("minutes", minutes, ("a whole number above 0",))
    if recurrence is not None and recurrence not in RECURRENCES:
        raise InvalidValueError("recurrence", recurrence, RECURRENCES)
    if starts_at.tzinfo is None:
        raise InvalidValueError("starts_at", starts_at, ("a time with its time zone",))
    appointment = get_appointment(session, appointment_id)
    appointment.starts_at = starts_at
    appointment.minutes = minutes
    appointment.recurrence = recurrence
    session.flush()
    return appointment

"""Queries on appointments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError, NotFoundError
from storage.identity import fits_integer
from storage.tables import RECURRENCES, Appointment


def _check(starts_at: datetime, minutes: int, recurrence: str | None) -> None:
    if minutes <= 0:
        raise InvalidValueError("minutes", minutes, ("a whole number above 0",))
    if recurrence is not None and recurrence not in RECURRENCES:
        raise InvalidValueError("recurrence", recurrence, RECURRENCES)
    if starts_at.tzinfo is None:
        raise InvalidValueError("starts_at", starts_at, ("a time with its time zone",))


def add_appointment(
    session: Session,
    starts_at: datetime,
    *,
    minutes: int,
    timezone: str,
    recurrence: str | None = None,
    calendar_uid: str | None = None,
) -> Appointment:
    _check(starts_at, minutes, recurrence)
    appointment = Appointment(
        starts_at=starts_at,
        minutes=minutes,
        timezone=timezone,
        recurrence=recurrence,
        calendar_uid=calendar_uid,
    )
    session.add(appointment)
    session.flush()
    return appointment


def get_appointment(session: Session, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id) if fits_integer(appointment_id) else None
    if appointment is None:
        raise NotFoundError("appointment", appointment_id)
    return appointment


def list_appointments(session: Session) -> list[Appointment]:
    return list(session.scalars(select(Appointment).order_by(Appointment.starts_at)))


def remove_appointment(session: Session, appointment_id: int) -> Appointment:
    appointment = get_appointment(session, appointment_id)
    session.delete(appointment)
    session.flush()
    return appointment


def calendar_uids(session: Session) -> set[str]:
    """The calendar UIDs of appointments imported so far."""
    rows = session.scalars(
        select(Appointment.calendar_uid).where(Appointment.calendar_uid.is_not(None))
    )
    return {uid for uid in rows if uid is not None}


def calendar_appointments(session: Session, uid: str) -> list[Appointment]:
    """Appointments imported from the calendar event `uid` (one, or a series' occurrences)."""
    return list(
        session.scalars(
            select(Appointment)
            .where(
                (Appointment.calendar_uid == uid) | Appointment.calendar_uid.startswith(uid + "/")
            )
            .order_by(Appointment.starts_at)
        )
    )


def reschedule_appointment(
    session: Session,
    appointment: Appointment,
    starts_at: datetime,
    *,
    minutes: int,
    timezone: str,
    recurrence: str | None,
) -> Appointment:
    """Move an appointment (a calendar's updated invitation); the change counter follows."""
    _check(starts_at, minutes, recurrence)
    appointment.starts_at = starts_at
    appointment.minutes = minutes
    appointment.timezone = timezone
    appointment.recurrence = recurrence
    session.flush()
    return appointment

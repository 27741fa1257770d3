"""Appointment occurrences in the person's time zone, pure and DST-safe.

A weekly appointment keeps its local wall-clock time: 15:00 in Berlin stays 15:00
across the change to and from summer time, so its UTC time moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class AppointmentSpec:
    id: int
    starts_at: datetime  # aware, any zone
    minutes: int
    timezone: str
    recurrence: str | None  # None or "weekly"


@dataclass(frozen=True)
class Occurrence:
    appointment_id: int
    starts_at: datetime  # aware, in the appointment's zone
    minutes: int

    @property
    def ends_at(self) -> datetime:
        return (self.starts_at.astimezone(UTC) + timedelta(minutes=self.minutes)).astimezone(
            self.starts_at.tzinfo
        )


def _weekly_start(spec: AppointmentSpec, week: int) -> datetime:
    zone = ZoneInfo(spec.timezone)
    first = spec.starts_at.astimezone(zone)
    wall = first.replace(tzinfo=None) + timedelta(weeks=week)
    return wall.replace(tzinfo=zone)


def occurrences(spec: AppointmentSpec, start: datetime, end: datetime) -> list[Occurrence]:
    """Occurrences of one appointment starting in [start, end)."""
    if spec.recurrence is None:
        moment = spec.starts_at.astimezone(ZoneInfo(spec.timezone))
        return [Occurrence(spec.id, moment, spec.minutes)] if start <= moment < end else []
    first = spec.starts_at
    week = max(0, (start - first).days // 7 - 1)
    found: list[Occurrence] = []
    while True:
        moment = _weekly_start(spec, week)
        if moment >= end:
            return found
        if moment >= start:
            found.append(Occurrence(spec.id, moment, spec.minutes))
        week += 1


def all_occurrences(
    specs: list[AppointmentSpec], start: datetime, end: datetime
) -> list[Occurrence]:
    found = [occ for spec in specs for occ in occurrences(spec, start, end)]
    return sorted(found, key=lambda occ: (occ.starts_at, occ.appointment_id))


# How far to look for the next or previous appointment: weekly series always have one.
HORIZON = timedelta(days=400)


def next_occurrence(specs: list[AppointmentSpec], after: datetime) -> Occurrence | None:
    """The first occurrence that has not yet ended at `after`."""
    window = all_occurrences(specs, after - timedelta(days=1), after + HORIZON)
    return next((occ for occ in window if occ.ends_at > after), None)


def previous_occurrence(specs: list[AppointmentSpec], before: datetime) -> Occurrence | None:
    """The last occurrence that started before `before`."""
    window = all_occurrences(specs, before - HORIZON, before)
    return window[-1] if window else None

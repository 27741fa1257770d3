"""Whether a new appointment starts at the same moment as one already kept. Pure.

Typing the same weekly slot twice would read the agenda twice and ask twice after the
session; a person adding it again almost always meant to check it was there.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from assistant.calendar import AppointmentSpec, all_occurrences, occurrences

WEEKS_COMPARED = 53  # a weekly series meets every other series within a year, or never


def same_time_as(new: AppointmentSpec, existing: list[AppointmentSpec]) -> int | None:
    """The id of an appointment that starts when `new` (or one of its weeks) starts."""
    start = new.starts_at
    end = start + (timedelta(weeks=WEEKS_COMPARED) if new.recurrence else timedelta(minutes=1))
    wanted = {occ.starts_at.astimezone(UTC) for occ in occurrences(new, start, end)}
    for occ in all_occurrences(existing, start, end):
        if occ.starts_at.astimezone(UTC) in wanted:
            return occ.appointment_id
    return None

"""Gathering what goes on an agenda from the database, for the pure composer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from assistant.adherence import summarise
from assistant.agenda_compose import AgendaInput, Entry
from assistant.calendar import (
    AppointmentSpec,
    Occurrence,
    next_occurrence,
    previous_occurrence,
)
from assistant.stored_rows import usable_appointments, warned_in
from storage.appointments import list_appointments
from storage.checkin_history import checkins_since, open_homework
from storage.crisis_flags import flagged_open_items
from storage.items import list_items


def appointment_specs(session: Session) -> list[AppointmentSpec]:
    return [
        AppointmentSpec(a.id, a.starts_at, a.minutes, a.timezone, a.recurrence)
        for a in usable_appointments(list_appointments(session), warned_in(session))
    ]


def target_appointment(
    session: Session, now: datetime, zone: ZoneInfo, for_day: date | None = None
) -> Occurrence | None:
    """The next appointment from now, or the first on or after `for_day`."""
    after = now if for_day is None else datetime.combine(for_day, time(0, 0), zone)
    return next_occurrence(appointment_specs(session), after)


def gather(
    session: Session, now: datetime, zone: ZoneInfo, for_day: date | None = None
) -> AgendaInput:
    specs = appointment_specs(session)
    target = target_appointment(session, now, zone, for_day)
    cutoff: datetime | None
    if for_day is not None and target is None:
        # No appointment that day or after: show what is open as of that day's end.
        cutoff = datetime.combine(for_day + timedelta(days=1), time(0, 0), zone)
    else:
        cutoff = target.starts_at if target is not None else None
    previous = previous_occurrence(specs, target.starts_at) if target is not None else None
    notes_since = previous.starts_at.astimezone(zone) if previous is not None else None

    flagged = [item for item, _flag in flagged_open_items(session, created_before=cutoff)]
    first = {item.id for item in flagged}

    def entries(kind: str) -> list:  # the flagged items are said once, first
        return [
            i
            for i in list_items(session, kind=kind, status="open", created_before=cutoff)
            if i.id not in first
        ]

    notes = entries("note")
    if notes_since is not None:
        notes = [note for note in notes if note.created_at >= notes_since]
    # Plain rows, not ORM objects: a year of daily check-ins is thousands of them.
    tasks = open_homework(session, created_before=cutoff)
    answers = checkins_since(session, [ident for ident, _ in tasks])
    homework = [
        Entry(
            ident,
            text,
            summarise(
                ((at, result) for at, result, _ in answers[ident]),
                zone,
                [
                    (at, note)
                    for at, result, note in answers[ident]
                    if note and result in ("partial", "not_done")
                ],
            ),
        )
        for ident, text in tasks
    ]
    return AgendaInput(
        appointment_start=target.starts_at.astimezone(zone) if target is not None else None,
        notes_since=notes_since,
        needs=[Entry(i.id, i.text) for i in entries("need")],
        questions=[Entry(i.id, i.text) for i in entries("question")],
        homework=homework,
        notes=[Entry(i.id, i.text) for i in notes],
        bring_up_first=[
            Entry(i.id, _dated(i.created_at.astimezone(zone), i.text)) for i in flagged
        ],
    )


def _dated(at: datetime, text: str) -> str:
    return f"{at:%A} {at.day} {at:%B}: {text}"

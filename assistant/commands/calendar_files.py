"""`sessionmate appointments import FILE.ics`: appointments from a calendar invitation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.app import App

if TYPE_CHECKING:
    from assistant.ics_import import Planned
    from storage.tables import Appointment

pass_app = click.make_pass_decorator(App)


@click.command("import")
@click.argument("path", metavar="FILE.ics", type=click.Path(path_type=Path, dir_okay=False))
@pass_app
def import_calendar(app: App, path: Path) -> None:
    """Add the appointments in an .ics file (an invitation or a calendar export).

    Weekly series become weekly appointments; importing the same file again adds nothing.
    An updated invitation moves the appointment; a cancellation removes it. All-day
    events and other repetitions are listed and left out.
    """
    from assistant.commands.appointments import describe
    from assistant.ics_import import parse_calendar, read_ics
    from storage.appointments import (
        add_appointment,
        calendar_appointments,
        remove_appointment,
        reschedule_appointment,
    )

    settings = app.settings
    reading = parse_calendar(read_ics(path), path, settings.timezone)
    added: list[str] = []
    changed: list[str] = []
    removed: list[str] = []
    already = 0
    with app.database.session(write=True) as session:
        for planned in reading.planned:
            earlier = [
                a
                for a in calendar_appointments(session, planned.uid)
                if a.calendar_uid == planned.uid
            ]
            if not earlier:
                appointment = add_appointment(
                    session,
                    planned.starts_at,
                    minutes=planned.minutes,
                    timezone=planned.timezone,
                    recurrence=planned.recurrence,
                    calendar_uid=planned.uid,
                )
                target = added
            elif _same(earlier[0], planned):
                already += 1
                continue
            else:
                appointment = reschedule_appointment(
                    session,
                    earlier[0],
                    planned.starts_at,
                    minutes=planned.minutes,
                    timezone=planned.timezone,
                    recurrence=planned.recurrence,
                )
                target = changed
            shown = describe(
                appointment.id,
                planned.starts_at,
                planned.minutes,
                planned.timezone,
                planned.recurrence,
            )
            target.append(shown)
        for uid in reading.cancelled:
            for appointment in calendar_appointments(session, uid):
                removed.append(f"#{appointment.id}")
                remove_appointment(session, appointment.id)
    for line in added:
        click.echo(f"Added appointment {line}")
    for line in changed:
        click.echo(f"Moved appointment {line}")
    for ident in removed:
        click.echo(f"Removed appointment {ident} (cancelled in the calendar)")
    for line in reading.refused:
        click.echo(f"Left out: {line}", err=True)
    summary = f"{len(added)} appointment{'s' if len(added) != 1 else ''} added"
    if changed:
        summary += f", {len(changed)} moved"
    if removed:
        summary += f", {len(removed)} removed"
    if already:
        summary += f", {already} already imported"
    click.echo(summary + ".", err=True)


def _same(appointment: Appointment, planned: Planned) -> bool:
    return (
        appointment.starts_at == planned.starts_at
        and appointment.minutes == planned.minutes
        and appointment.timezone == planned.timezone
        and appointment.recurrence == planned.recurrence
    )

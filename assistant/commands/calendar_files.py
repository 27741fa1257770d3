"""`sessionmate appointments import FILE.ics`: appointments from a calendar invitation."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.app import App

pass_app = click.make_pass_decorator(App)


@click.command("import")
@click.argument("path", metavar="FILE.ics", type=click.Path(path_type=Path, dir_okay=False))
@pass_app
def import_calendar(app: App, path: Path) -> None:
    """Add the appointments in an .ics file (an invitation or a calendar export).

    Weekly series become weekly appointments; importing the same file again adds nothing.
    All-day events and other repetitions are listed and left out.
    """
    from assistant.commands.appointments import describe
    from assistant.ics_import import parse_calendar, read_ics
    from storage.appointments import add_appointment, calendar_uids

    settings = app.settings
    reading = parse_calendar(read_ics(path), path, settings.timezone)
    added, already = [], 0
    with app.database.session(write=True) as session:
        known = calendar_uids(session)
        for planned in reading.planned:
            if planned.uid in known:
                already += 1
                continue
            appointment = add_appointment(
                session, planned.starts_at, minutes=planned.minutes,
                timezone=planned.timezone, recurrence=planned.recurrence,
                calendar_uid=planned.uid,
            )
            known.add(planned.uid)
            added.append(describe(appointment.id, planned.starts_at, planned.minutes,
                                  planned.timezone, planned.recurrence))
    for line in added:
        click.echo(f"Added appointment {line}")
    for line in reading.refused:
        click.echo(f"Left out: {line}", err=True)
    summary = f"{len(added)} appointment{'s' if len(added) != 1 else ''} added"
    if already:
        summary += f", {already} already imported"
    click.echo(summary + ".", err=True)

"""Therapy appointments: add, list, remove."""

from __future__ import annotations

from datetime import datetime, timedelta

import click

from assistant.app import App
from assistant.checked_dates import parse_checked_when as parse_when
from assistant.checks import MAX_MINUTES, MIN_MINUTES

pass_app = click.make_pass_decorator(App)


def describe(
    ident: int, starts_at: datetime, minutes: int, zone_name: str, recurrence: str | None
) -> str:
    local = starts_at.astimezone(starts_at.tzinfo)
    end = (local + timedelta(minutes=minutes)).astimezone(local.tzinfo)
    repeat = ", weekly" if recurrence == "weekly" else ""
    return f"#{ident:<3} {local:%a %d %b %Y, %H:%M}-{end:%H:%M} {zone_name} ({minutes} min{repeat})"


@click.group()
def appointments() -> None:
    """Your therapy appointments: add, list and remove them."""


@appointments.command("add")
@click.argument("when", nargs=-1, required=True)
@click.option("--weekly", is_flag=True, help="Repeats every week at the same local time.")
@click.option(
    "--minutes",
    type=click.IntRange(min=MIN_MINUTES, max=MAX_MINUTES),
    default=50,
    show_default=True,
    help="How long it lasts, in minutes.",
)
@click.option(
    "--force", is_flag=True, help="Add it even when another appointment starts at the same time."
)
@pass_app
def add_appointment_command(
    app: App, when: tuple[str, ...], weekly: bool, minutes: int, force: bool
) -> None:
    """Add an appointment: WHEN is e.g. "thursday 3pm" or 2026-12-03T15:00."""
    from assistant.agenda_data import appointment_specs
    from assistant.appointment_clash import same_time_as
    from assistant.calendar import AppointmentSpec
    from assistant.errors import InvalidInputError
    from storage.appointments import add_appointment

    settings = app.settings
    starts_at = parse_when(" ".join(when), app.now(), settings.zone)
    with app.database.session(write=True) as session:
        wanted = AppointmentSpec(
            0, starts_at, minutes, settings.timezone, "weekly" if weekly else None
        )
        other = same_time_as(wanted, appointment_specs(session))
        if other is not None and not force:
            raise InvalidInputError(
                f"appointment #{other} already starts at {starts_at:%a %d %b %Y, %H:%M} "
                f"{settings.timezone}: add --force to keep both, or see "
                "`sessionmate appointments list`"
            )
        appt = add_appointment(
            session,
            starts_at,
            minutes=minutes,
            timezone=settings.timezone,
            recurrence="weekly" if weekly else None,
        )
        ident = appt.id
    click.echo(
        "Added appointment "
        + describe(ident, starts_at, minutes, settings.timezone, "weekly" if weekly else None)
    )
    if other is not None:
        click.echo(f"  It starts at the same time as appointment #{other}; both are kept.")


@appointments.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the appointments as JSON.")
@pass_app
def list_command(app: App, as_json: bool) -> None:
    """List appointments, each in the time zone it was made in."""
    from zoneinfo import ZoneInfo

    from assistant.stored_rows import StoredAppointment, appointment_problem, warn_bad_row
    from assistant.zone_change import zone_change_notice
    from storage.appointments import list_appointments

    with app.database.session() as session:
        rows = [
            (a.id, a.starts_at, a.minutes, a.timezone, a.recurrence)
            for a in list_appointments(session)
        ]
    for line in zone_change_notice(
        app.data_dir, app.settings.timezone, [(r[0], r[1], r[3]) for r in rows]
    ):
        click.echo(line, err=True)
    if as_json:
        import json

        listed = []
        for row in rows:
            ident, starts_at, minutes, zone_name, recurrence = row
            problem = appointment_problem(StoredAppointment(*row))
            shown = starts_at if problem else starts_at.astimezone(ZoneInfo(zone_name))
            listed.append(
                {
                    "id": ident,
                    "starts_at": shown.isoformat(),
                    "timezone": zone_name,
                    "minutes": minutes,
                    "recurrence": recurrence,
                    "problem": problem,
                }
            )
        click.echo(json.dumps(listed, indent=2))
        return
    if not rows:
        click.echo("No appointments.", err=True)
    for row in rows:
        ident, starts_at, minutes, zone_name, recurrence = row
        problem = appointment_problem(StoredAppointment(*row))
        if problem is None:
            local = starts_at.astimezone(ZoneInfo(zone_name))
            click.echo(describe(ident, local, minutes, zone_name, recurrence))
        else:  # shown as stored, so it can be found and removed
            warn_bad_row(f"appointment #{ident} {problem}", set())
            click.echo(
                f"#{ident:<3} {starts_at:%Y-%m-%d %H:%M} UTC, {zone_name!r:.40},"
                f" {minutes!r:.20} min: cannot be used ({problem})"
            )


@appointments.command("remove")
@click.argument("appointment_id", type=int, metavar="ID")
@pass_app
def remove_command(app: App, appointment_id: int) -> None:
    """Remove an appointment (its items are kept)."""
    from storage.appointments import remove_appointment

    with app.database.session(write=True) as session:
        remove_appointment(session, appointment_id)
    click.echo(f"Removed appointment #{appointment_id}.")

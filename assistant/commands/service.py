"""`schedule`: what the service will do and when; `serve`: do it, all day.

Both read assistant.schedule's job definitions, so the listing and the service agree.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.checked_dates import parse_checked_day as parse_day
from assistant.commands.finite import FiniteFloatRange
from assistant.commands.options import model_option
from assistant.commands.reflect import model_for
from assistant.wording import counted

if TYPE_CHECKING:
    from assistant.schedule import Planned

pass_app = click.make_pass_decorator(App)

KIND_SHOWN = {
    "agenda_readout": "agenda readout",
    "post_session": "after-session prompt",
    "checkin": "check-in",
}


@click.command()
@click.option(
    "--from",
    "from_day",
    metavar="DATE",
    help='Start on this day (e.g. 2026-03-26 or "monday") instead of now.',
)
@click.option(
    "--days",
    type=click.IntRange(1, 366),
    default=7,
    show_default=True,
    help="How many days to show.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="A JSON list of {when, kind, appointment_id or item_id, job_id}.",
)
@click.option(
    "--ics",
    "ics_path",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the plan as an iCalendar file (no note or homework text in it).",
)
@pass_app
def schedule(
    app: App, from_day: str | None, days: int, as_json: bool, ics_path: Path | None = None
) -> None:
    """What the service will do and when, in local time."""
    from assistant.schedule import load_job_specs, planned
    from assistant.scheduling import DEFAULT_GRACE_SECONDS
    from storage.items import list_items

    settings, zone, now = app.settings, app.settings.zone, app.now()
    if from_day is not None:
        start = datetime.combine(parse_day(from_day, now, zone), time(0, 0), zone)
    else:
        start = now.astimezone(zone)
    # Whole local days: across a clock change a day is 23 or 25 hours long.
    end = datetime.combine(start.date() + timedelta(days=days), start.time(), zone)
    with app.database.session() as session:
        specs = load_job_specs(
            session, lead_minutes=settings.readout_lead_minutes, grace_seconds=DEFAULT_GRACE_SECONDS
        )
        texts = {item.id: item.text for item in list_items(session, kind="homework")}
    runs = planned(specs, start, end, zone)
    if ics_path is not None:
        from assistant.ics_export import calendar_bytes, write_calendar

        write_calendar(ics_path, calendar_bytes(runs, now))
        click.echo(f"Wrote {len(runs)} events to {ics_path}", err=True)
    if as_json:
        click.echo(json.dumps([run.as_json() for run in runs], indent=2))
        return
    if not runs:
        click.echo(
            f"Nothing scheduled from {start:%a %d %b %Y %H:%M} to {end:%a %d %b %Y}.", err=True
        )
    for run in runs:
        click.echo(_line(run, texts))


def _line(run: Planned, texts: dict[int, str]) -> str:
    if run.kind == "checkin":
        what = f"homework #{run.target_id}: {texts.get(run.target_id, '')}"
    else:
        what = f"appointment #{run.target_id}"
    offset = run.when.strftime("%z")
    return (
        f"{run.when:%a %d %b %Y %H:%M} {offset[:3]}:{offset[3:]}  "
        f"{KIND_SHOWN[run.kind]:<20}  {what}"
    )


# Besides watching the change counter, rebuild the jobs from the database now and then:
# an edit by another program (a restored backup, a hand-run SQL statement) moves no counter.
RESYNC_EVERY_POLLS = 60


@click.command()
@click.option(
    "--grace-minutes",
    type=click.IntRange(1, 24 * 60),
    default=None,
    help="How late a reminder may still come, e.g. after the computer was off "
    "(default: grace_minutes in config.toml, else 15).",
)
@click.option(
    "--poll-seconds",
    type=FiniteFloatRange(0.1, 3600),
    default=5.0,
    show_default=True,
    help="How often to look for changed appointments and plans.",
)
@model_option
@click.option("--web", is_flag=True, help="Also serve the companion page (see `sessionmate web`).")
@pass_app
def serve(app: App, grace_minutes: int | None, poll_seconds: float, web: bool = False) -> None:
    """Run all day: the agenda before each appointment, a prompt after it, homework check-ins.

    Logs to sessionmate.log in the data directory. Stop with Ctrl-C or SIGTERM.
    """
    import signal
    import threading

    from sqlalchemy.exc import OperationalError

    from assistant.commands.setup import offer_setup
    from assistant.live import live_conversation
    from assistant.scheduling import Service, log
    from assistant.service_lock import acquire
    from assistant.service_log import file_log
    from speech.errors import ModelError
    from storage.errors import StorageError

    offer_setup(app)
    settings, data_dir, database = app.settings, app.data_dir, app.database
    stop = threading.Event()
    with acquire(database, data_dir), file_log(data_dir) as log_path:
        from assistant.doctor_checks import findings

        # What will and will not work, before the first reminder finds out.
        click.echo("Sessionmate check (`sessionmate doctor` for details):", err=True)
        for finding in findings(settings, data_dir, service=None):
            click.echo(finding.short(), err=True)
        try:
            model = model_for(app)
        except ModelError as err:
            click.echo(f"Cannot listen ({err}); reminders are spoken but not answered.", err=True)
            model = None
        # Unspoken words may hold the person's notes: shown on a terminal, never sent to a
        # service's captured output (the system journal).
        conversation = live_conversation(
            settings,
            model,
            settings.input_device,
            notify=lambda line: click.echo(line, err=True),
            show=click.echo if sys.stdout.isatty() else None,
        )
        grace = grace_minutes if grace_minutes is not None else settings.grace_minutes
        service = Service(database, settings, conversation, grace_seconds=grace * 60)
        web_server = None
        if web:
            from assistant.commands.web import start_web

            web_server = start_web(app, 0)
            if sys.stdout.isatty():
                click.echo(web_server.url)
            else:  # under systemd stdout is the journal: the token would open every note
                click.echo(f"Companion page: see {_write_web_address(app, web_server.url)}")
        previous = {
            sig: signal.signal(sig, lambda *_: stop.set())
            for sig in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            if web_server is not None:
                web_server.start_in_thread()
            service.start()
            click.echo(
                f"Serving with {counted(len(service.jobs()), 'scheduled job')}; log: {log_path}. "
                "Ctrl-C stops."
            )
            if not service.jobs():
                click.echo(
                    "Nothing to do yet: add your next appointment, e.g. `sessionmate "
                    "appointments add thursday 3pm --weekly`, or run `sessionmate setup`.",
                    err=True,
                )
            polls = 0
            while not stop.wait(poll_seconds):
                polls += 1
                try:
                    if not service.check_for_changes() and polls % RESYNC_EVERY_POLLS == 0:
                        service.sync()  # a change the counter did not show (another program)
                except (OperationalError, StorageError) as err:  # busy or unreachable: next poll
                    log.warning("change check failed: %s", type(err).__name__)
        finally:
            service.stop()
            if web_server is not None:
                web_server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    click.echo("Stopped.")


def _write_web_address(app: App, url: str) -> Path:
    """The page's address with its token, in an owner-only file of the data directory."""
    import os

    path = app.data_dir / "web-address.txt"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(url + "\n")
    os.chmod(path, 0o600)
    return path

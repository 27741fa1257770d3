"""The agenda for the next appointment: printed, as Markdown, spoken, or to a WAV file."""

from __future__ import annotations

import click

from assistant.app import App
from assistant.dates import parse_day

pass_app = click.make_pass_decorator(App)


@click.command()
@click.option(
    "--for",
    "for_day",
    metavar="DATE",
    help='The appointment on or after this day, e.g. "thursday" or 2026-12-03.',
)
@click.option("--markdown", is_flag=True, help="Print it as Markdown.")
@pass_app
def agenda(app: App, for_day: str | None, markdown: bool) -> None:
    """What to bring up next time: needs, questions, homework, then notes."""
    from assistant.agenda import compose
    from assistant.agenda_data import gather

    zone = app.settings.zone
    day = parse_day(for_day, app.now(), zone) if for_day else None
    with app.database.session() as session:
        composed = compose(gather(session, app.now(), zone, day))
    click.echo(composed.markdown if markdown else composed.text, nl=False)

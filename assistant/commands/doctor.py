"""`sessionmate doctor`: model, microphone, speaker, database, time zone, service."""

from __future__ import annotations

import click

from assistant.app import App
from assistant.commands.options import model_option

pass_app = click.make_pass_decorator(App)


@click.command()
@model_option
@pass_app
def doctor(app: App) -> None:
    """Check what Sessionmate needs, each with the command that fixes it.

    Exit status 1 when something needed (model, microphone, speaker, database) is missing.
    """
    from assistant.doctor_checks import findings

    found = findings(app.settings, app.data_dir)
    for finding in found:
        for line in finding.lines():
            click.echo(line)
    if any(not f.ok and f.needed for f in found):
        click.echo("Something Sessionmate needs is missing: see the fix lines above.", err=True)
        click.get_current_context().exit(1)
    click.echo("Everything Sessionmate needs is here.")

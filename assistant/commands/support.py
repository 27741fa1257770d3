"""`sessionmate support`: the person's own safety plan and the crisis contacts, whenever wanted.

Detection of a crisis in what is said can miss; the contacts are always one command away.
"""

from __future__ import annotations

import click

from assistant.app import App

pass_app = click.make_pass_decorator(App)


@click.command()
@click.option("--speak", is_flag=True, help="Also say it aloud.")
@pass_app
def support(app: App, speak: bool) -> None:
    """If you are struggling: who to reach right now."""
    from assistant.crisis import crisis_message
    from assistant.safety_plan_words import read_plan

    # The person's own steps first, then the generic lines; an unreadable database (a
    # forgotten passphrase) must not keep the contacts from being shown.
    # Never a passphrase prompt first: without one at hand, the contacts come without the plan.
    message = crisis_message(app.settings, asked=True, plan=read_plan(app.database_without_asking))
    for line in message:
        click.echo(line)
    if speak:
        from assistant.speaking import voice_for

        voice = voice_for(
            app.settings, notify=lambda line: click.echo(line, err=True), show=lambda line: None
        )
        try:
            voice.say_all(message)
        finally:
            voice.close()

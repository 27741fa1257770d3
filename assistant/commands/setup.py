"""`sessionmate setup`: the guided start; also offered when serve or reflect first runs."""

from __future__ import annotations

import sys

import click

from assistant.app import App
from assistant.commands.options import model_option

pass_app = click.make_pass_decorator(App)

OFFERED_MARK = ".setup-offered"  # in the data directory: the first-run offer is made once


def _ask(question: str) -> str:
    return click.prompt(question, default="", show_default=False, prompt_suffix=": ")


def _meter(text: str) -> None:
    click.echo(text, nl=False)


def run_setup(app: App, steps: tuple[str, ...], listen_seconds: float = 4.0) -> None:
    from assistant.setup_steps import Setup

    Setup(app, _ask, click.echo, listen_seconds=listen_seconds, meter=_meter).run(steps)


@click.command()
@click.option(
    "--only",
    "only",
    multiple=True,
    type=click.Choice(["timezone", "appointment", "contacts", "model", "microphone", "speaker"]),
    help="Run just this step (repeatable).",
)
@click.option(
    "--listen-seconds",
    type=click.FloatRange(1, 30),
    default=4.0,
    show_default=True,
    help="How long the microphone check listens.",
)
@model_option
@pass_app
def setup(app: App, only: tuple[str, ...], listen_seconds: float) -> None:
    """A short guided start: time zone, next appointment, crisis contacts, speech model,
    microphone and speaker. Press Enter to skip a step; nothing is stored for it."""
    from assistant.setup_steps import STEPS

    steps = tuple(step for step in STEPS if step in only) if only else STEPS
    click.echo("Sessionmate setup. Press Enter at a question to skip that step.")
    run_setup(app, steps, listen_seconds)


def offer_setup(app: App) -> None:
    """On the first run in a terminal, offer the guided setup once."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return
    mark = app.data_dir / OFFERED_MARK
    if mark.exists():
        return
    mark.touch(mode=0o600)
    if click.confirm(
        "First time here? A short guided setup (time zone, next appointment, crisis "
        "contacts, speech model, microphone, speaker) takes two minutes. Run it now?",
        default=True,
    ):
        from assistant.setup_steps import STEPS

        run_setup(app, STEPS)
        app.__dict__.pop("settings", None)

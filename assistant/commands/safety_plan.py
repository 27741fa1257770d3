"""`sessionmate safety-plan`: the person's own plan for a crisis, made step by step.

Best made with the therapist; `support` and the crisis answers read it back before the
generic lines.
"""

from __future__ import annotations

import click

from assistant.app import App
from assistant.errors import InvalidInputError

pass_app = click.make_pass_decorator(App)

STEPS_HELP = "warning-signs, coping, distractions, people, professionals, environment"


def _step(step: str) -> str:
    from storage.safety_plan import STEPS

    cleaned = step.strip().lower()
    if cleaned not in STEPS:
        raise InvalidInputError(f"unknown safety plan step {step!r}: use one of {STEPS_HELP}")
    return cleaned


@click.group("safety-plan", invoke_without_command=True)
@click.pass_context
def safety_plan(ctx: click.Context) -> None:
    """Your safety plan: walk through its six steps (best done with your therapist)."""
    if ctx.invoked_subcommand is None:
        _walk(ctx.ensure_object(App))


def _walk(app: App) -> None:
    from assistant.safety_plan_words import STEP_WORDS
    from storage.safety_plan import add_entry, entries

    click.echo("Your safety plan, step by step. Type one line at a time; an empty line moves on.")
    for step, (title, question) in STEP_WORDS.items():
        with app.database.session() as session:
            kept = [entry.text for entry in entries(session, step)]
        click.echo(f"\n{title} ({step})")
        for text in kept:
            click.echo(f"  - {text}")
        click.echo(question)
        while True:
            line = click.prompt(">", default="", show_default=False, prompt_suffix=" ")
            if not line.strip():
                break
            with app.database.session(write=True) as session:
                add_entry(session, step, line)
    click.echo("\nSaved. `sessionmate safety-plan show` reads it back; `sessionmate support` too.")


@safety_plan.command("add")
@click.argument("step", metavar="STEP")
@click.argument("words", nargs=-1, required=True, metavar="TEXT")
@pass_app
def add_command(app: App, step: str, words: tuple[str, ...]) -> None:
    """Add TEXT under STEP: warning-signs, coping, distractions, people, professionals or
    environment.
    """
    from storage.safety_plan import add_entry

    chosen = _step(step)
    text = " ".join(words).strip()
    if not text:
        raise InvalidInputError("nothing to add: give the words after the step")
    with app.database.session(write=True) as session:
        ident = add_entry(session, chosen, text)
    click.echo(f"Added to {chosen} (#{ident}).")


@safety_plan.command("show")
@pass_app
def show_command(app: App) -> None:
    """Read the whole plan back, with each line's id."""
    from assistant.safety_plan_words import STEP_WORDS
    from storage.safety_plan import entries

    with app.database.session() as session:
        rows = [(e.id, e.step, e.text) for e in entries(session)]
    if not rows:
        click.echo("Your safety plan is empty: `sessionmate safety-plan` walks you through it.")
        return
    for step, (title, _question) in STEP_WORDS.items():
        lines = [(ident, text) for ident, s, text in rows if s == step]
        if lines:
            click.echo(f"{title} ({step})")
            for ident, text in lines:
                click.echo(f"  #{ident:<4} {text}")


@safety_plan.command("remove")
@click.argument("entry_id", type=int, metavar="ID")
@pass_app
def remove_command(app: App, entry_id: int) -> None:
    """Remove line ID (see `safety-plan show`)."""
    from storage.safety_plan import remove_entry

    with app.database.session(write=True) as session:
        remove_entry(session, entry_id)
    click.echo(f"Removed #{entry_id}.")

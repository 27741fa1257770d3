"""Typed reflections: add, list, undo, mark, and trying the classifier."""

from __future__ import annotations

import click

from assistant.app import App
from assistant.errors import InvalidInputError

KINDS = ("note", "question", "homework", "need")
STATUSES = ("open", "answered", "done", "dropped")

pass_app = click.make_pass_decorator(App)
# A typed note is retried a few times (about 3.5 s) before the error is reported.
SAVE_ATTEMPTS = 4


def _text(words: tuple[str, ...]) -> str:
    text = " ".join(words).strip()
    if not text:
        raise InvalidInputError('empty text: say what to save, e.g. sessionmate add "..."')
    return text


@click.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--as", "kind", type=click.Choice(KINDS), help="File as this kind, not the guess.")
@pass_app
def add(app: App, words: tuple[str, ...], kind: str | None) -> None:
    """Save a reflection; it is sorted into a note, question, homework or need."""
    from assistant.retry import write_with_retry
    from intents import classify
    from intents.handlers import file_reflection

    text = _text(words)
    intent = classify(text)
    settings = app.settings
    if kind is not None:
        chosen, review, confidence = kind, False, 1.0
    elif intent.is_command:
        # Typed text is always kept: a command-like sentence is filed as a note to check.
        chosen, review, confidence = "note", True, intent.confidence
    else:
        chosen = intent.label
        review = intent.confidence < settings.review_threshold
        confidence = intent.confidence

    def save(session):
        return file_reflection(
            session,
            chosen,
            intent,
            transcript=text,
            source="typed",
            needs_review=review,
            confidence=confidence,
        )

    reply = write_with_retry(
        app.database,
        save,
        lambda err: click.echo(f"Could not save yet: {err}. Retrying.", err=True),
        attempts=SAVE_ATTEMPTS,
    )
    click.echo(reply.text)
    if review:
        click.echo("  (not sure of the kind: check it with `sessionmate items --review`)")
    from assistant.crisis import crisis_concern, crisis_message, record_concern
    from assistant.safety_plan import read_plan

    if (concern := crisis_concern(text)) is not None:
        record_concern(app.database, getattr(reply, "item_id", None), concern)
        click.echo("")
        plan = read_plan(lambda: app.database)
        for line in crisis_message(settings, plan=plan, level=concern.level):
            click.echo(line)


@click.command()
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--review", is_flag=True, help="Only items flagged as unsure.")
@pass_app
def items(app: App, kind: str | None, status: str | None, review: bool) -> None:
    """List saved items, oldest first."""
    from storage.items import list_items

    zone = app.settings.zone
    with app.database.session() as session:
        found = list_items(session, kind, status, needs_review=True if review else None)
        rows = [
            (i.id, i.kind, i.status, i.created_at.astimezone(zone), i.text, i.needs_review)
            for i in found
        ]
    if not rows:
        click.echo("No items.", err=True)
    for ident, kind_, status_, created, text, flagged in rows:
        flag = " (review)" if flagged else ""
        click.echo(f"#{ident:<4} {kind_:<9} {status_:<9} {created:%Y-%m-%d %H:%M}  {text}{flag}")


@click.command()
@pass_app
def undo(app: App) -> None:
    """Remove the newest item."""
    from intents.handlers import undo_last

    with app.database.session(write=True) as session:
        reply = undo_last(session)
    click.echo(reply.text)


@click.command()
@click.argument("item_id", type=int, metavar="ID")
@click.argument("status", type=click.Choice(STATUSES))
@pass_app
def mark(app: App, item_id: int, status: str) -> None:
    """Mark an item answered, done, dropped or open again."""
    from storage.items import set_status

    with app.database.session(write=True) as session:
        item = set_status(session, item_id, status)
        kind = item.kind
    click.echo(f"Marked {kind} #{item_id} {status}.")


@click.command("classify")
@click.argument("words", nargs=-1, required=True)
@click.option("--checkin", is_flag=True, help="Read it as an answer to a homework check-in.")
def classify_command(words: tuple[str, ...], checkin: bool) -> None:
    """Show how an utterance would be understood, without saving it."""
    from intents import classify, classify_answer

    intent = (classify_answer if checkin else classify)(_text(words))
    click.echo(f"{intent.label}\t{intent.confidence:.2f}\t{intent.body}")

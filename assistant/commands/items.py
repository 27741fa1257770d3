"""Typed reflections: add, list, undo, mark, and trying the classifier."""

from __future__ import annotations

import click

from assistant.app import App
from assistant.checks import check_text
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
    return check_text(text, "the text")


def _asked_text() -> tuple[str, ...]:
    """No words given: ask for them at a terminal (no quoting needed for "don't")."""
    import sys

    if not sys.stdin.isatty():
        raise click.UsageError(
            "Missing argument 'WORDS...': give the text, or run `sessionmate add` in a terminal "
            "to be asked for it"
        )
    return (click.prompt("What would you like to save", prompt_suffix="? "),)


@click.command()
@click.argument("words", nargs=-1)
@click.option("--as", "kind", type=click.Choice(KINDS), help="File as this kind, not the guess.")
@pass_app
def add(app: App, words: tuple[str, ...], kind: str | None) -> None:
    """Save a reflection; it is sorted into a note, question, homework or need.

    With no words, it asks for them, so apostrophes need no quoting. A line that holds
    several things ("we talked about my dad and she wants me to write him a letter") is
    saved as each of them.
    """
    from assistant.replies import saved_line
    from assistant.retry import write_with_retry
    from assistant.typed_reflection import decide, file_typed

    text = _text(words or _asked_text())
    settings = app.settings
    if kind is None and _add_several(app, text):
        return
    intent, filing = decide(text, kind, settings.review_threshold)
    review = filing.needs_review

    def save(session):
        return file_typed(session, text, intent, filing)

    filed = write_with_retry(
        app.database,
        save,
        lambda err: click.echo(f"Could not save yet: {err}. Retrying.", err=True),
        attempts=SAVE_ATTEMPTS,
    )
    (stored,) = filed.items
    click.echo(saved_line(stored))
    if review:
        click.echo("  (not sure of the kind: check it with `sessionmate items --review`)")
    _support_if_needed(app, text, stored.item_id)


def _support_if_needed(app: App, text: str, item_id: int | None) -> None:
    """Words of crisis: flag the item for "Bring up first" and answer with the plan and
    the contacts, the same for one item or several."""
    from assistant.crisis import crisis_concern, crisis_message, record_concern
    from assistant.safety_plan_words import read_plan

    if (concern := crisis_concern(text)) is not None:
        record_concern(app.database, item_id, concern)
        click.echo("")
        plan = read_plan(lambda: app.database)  # open already: the item was just saved
        for line in crisis_message(app.settings, plan=plan, level=concern.level):
            click.echo(line)


def _add_several(app: App, text: str) -> bool:
    """Store every item a typed line holds when it holds more than one; False otherwise."""
    from assistant.crisis import crisis_concern
    from assistant.replies import printed, spoken
    from assistant.retry import write_with_retry
    from intents import split_items
    from intents.handlers import file_items

    found = split_items(text)
    if len(found) < 2:
        return False
    filed = write_with_retry(
        app.database,
        lambda session: file_items(
            session,
            found,
            transcript=text,
            source="typed",
            review_threshold=app.settings.review_threshold,
        ),
        lambda err: click.echo(f"Could not save yet: {err}. Retrying.", err=True),
        attempts=SAVE_ATTEMPTS,
    )
    click.echo(printed(filed))
    click.echo(spoken(filed))
    # Flag the item that holds the words of crisis (the first, when only the whole line does).
    flagged = next(
        (
            ident
            for ident, item in zip(filed.item_ids, found, strict=True)
            if crisis_concern(item.body) is not None
        ),
        filed.item_ids[0],
    )
    _support_if_needed(app, text, flagged)
    return True


@click.command()
@click.option("--kind", type=click.Choice(KINDS), help="Only items of this kind.")
@click.option("--status", type=click.Choice(STATUSES), help="Only items with this status.")
@click.option("--review", is_flag=True, help="Only items flagged as unsure.")
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
@click.option("--raw", is_flag=True, help="Also show what was said, as it was heard or typed.")
@pass_app
def items(
    app: App, kind: str | None, status: str | None, review: bool, as_json: bool, raw: bool
) -> None:
    """List saved items, oldest first."""
    from storage.items import list_items

    zone = app.settings.zone
    with app.database.session() as session:
        found = list_items(session, kind, status, needs_review=True if review else None)
        rows = [
            (i.id, i.kind, i.status, i.created_at.astimezone(zone), i.text, i.needs_review)
            for i in found
        ]
        transcripts = {i.id: i.transcript for i in found}
    if as_json:
        import json

        click.echo(
            json.dumps(
                [
                    {
                        "id": ident,
                        "kind": kind_,
                        "status": status_,
                        "created_at": created.isoformat(),
                        "timezone": app.settings.timezone,
                        "text": text,
                        "needs_review": flagged,
                        "said": transcripts[ident],
                    }
                    for ident, kind_, status_, created, text, flagged in rows
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not rows:
        click.echo("No items are flagged for review." if review else "No items.", err=True)
        return
    from assistant import style

    if style.at_terminal():  # a header for a person; scripts read the rows (or --json)
        click.echo(
            style.heading(
                f"{'ID':<5} {'KIND':<9} {'STATUS':<9} {'CREATED':<16}  TEXT"
                f"  (times in {app.settings.timezone})"
            )
        )
    for ident, kind_, status_, created, text, flagged in rows:
        flag = style.flagged(" (review)") if flagged else ""
        click.echo(f"#{ident:<4} {kind_:<9} {status_:<9} {created:%Y-%m-%d %H:%M}  {text}{flag}")
        if raw:
            click.echo(f"{'':<37}said: {transcripts[ident]}")


@click.command()
@pass_app
def undo(app: App) -> None:
    """Remove the newest item."""
    from assistant.replies import printed
    from intents.handlers import undo_last

    with app.database.session(write=True) as session:
        undone = undo_last(session)
    click.echo(printed(undone))


def _ids_and_status(words: tuple[str, ...]) -> tuple[list[int], str]:
    """ "3 5 done" -> ([3, 5], "done"), each mistake said the way click says it."""
    choices = ", ".join(repr(s) for s in STATUSES)
    if not words:
        raise click.UsageError("Missing argument 'ID... STATUS': e.g. sessionmate mark 3 5 done")
    *ids, status = words
    if status in KINDS:
        raise click.UsageError(
            f"{status!r} is a kind, not a status: to file it as a {status}, use "
            f"`sessionmate refile {' '.join(ids) or 'ID'} {status}`"
        )
    if status not in STATUSES:
        if not ids and status.isdigit():
            raise click.UsageError(
                f"Missing argument 'STATUS'. Choose from: {', '.join(STATUSES)}."
            )
        raise click.BadParameter(f"{status!r} is not one of {choices}.", param_hint="'STATUS'")
    if not ids:
        raise click.UsageError(
            "Missing argument 'ID': which item to mark (see `sessionmate items`)"
        )
    numbers = []
    for ident in ids:
        if not ident.isdigit():
            raise click.BadParameter(f"{ident!r} is not a valid integer.", param_hint="'ID'")
        numbers.append(int(ident))
    return numbers, status


@click.command()
@click.argument("words", nargs=-1, metavar="ID... STATUS")
@pass_app
def mark(app: App, words: tuple[str, ...]) -> None:
    """Mark one or more items open, answered, done or dropped (e.g. `mark 3 5 done`)."""
    from storage.item_edits import mark_items

    item_ids, status = _ids_and_status(words)
    with app.database.session(write=True) as session:
        marked = [(item.kind, item.id) for item in mark_items(session, item_ids, status)]
    for kind, item_id in marked:
        click.echo(f"Marked {kind} #{item_id} {status}.")


@click.command("classify")
@click.argument("words", nargs=-1, required=True)
@click.option("--checkin", is_flag=True, help="Read it as an answer to a homework check-in.")
@click.option(
    "--explain", is_flag=True, help="Each item it holds, its label and confidence, and why."
)
def classify_command(words: tuple[str, ...], checkin: bool, explain: bool) -> None:
    """Show how an utterance would be understood, without saving it."""
    from intents import classify, classify_answer

    if explain and not checkin:
        from intents.explain import explain as explain_lines

        for line in explain_lines(_text(words)):
            click.echo(line)
        return
    intent = (classify_answer if checkin else classify)(_text(words))
    click.echo(f"{intent.label}\t{intent.confidence:.2f}\t{intent.body}")

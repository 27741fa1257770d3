"""Fixing saved items by typing: edit, refile, split, and review of the flagged ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

KINDS = ("note", "question", "homework", "need")
pass_app = click.make_pass_decorator(App)


def split_parts(text: str) -> list[tuple[str, str]]:
    """The items one text holds, as (kind, text); one part means nothing to split."""
    from intents import split_items  # arrives with issue 9's multi-item reflections

    # A part that reads as a command ("read me my agenda") is still words to keep: a note.
    return [
        (intent.label if intent.label in KINDS else "note", intent.body)
        for intent in split_items(text)
        if intent.body.strip()
    ]


def _split(session: Session, item_id: int) -> list[tuple[int, str, str]]:
    from storage.item_edits import split_item
    from storage.items import get_item

    item = get_item(session, item_id)
    parts = split_parts(item.text)
    if len(parts) < 2:
        raise InvalidInputError(
            f"item #{item_id} holds one item, nothing to split: {item.text!r} "
            "(change its words with `sessionmate edit`)"
        )
    return [(made.id, made.kind, made.text) for made in split_item(session, item_id, parts)]


@click.command()
@click.argument("item_id", type=int, metavar="ID")
@click.argument("words", nargs=-1)
@pass_app
def edit(app: App, item_id: int, words: tuple[str, ...]) -> None:
    """Change the words of item ID; with no words, open it in your $EDITOR."""
    from storage.item_edits import edit_item_text
    from storage.items import get_item

    text = " ".join(words).strip()
    if words and not text:
        raise InvalidInputError(f"empty text for item #{item_id}: give its new words")
    if not words:
        with app.database.session() as session:
            old = get_item(session, item_id).text
        edited = click.edit(old + "\n", require_save=True)
        text = " ".join((edited or "").split())
        if edited is None or text == old:
            click.echo(f"Item #{item_id} is unchanged.")
            return
        if not text:
            raise InvalidInputError(f"empty text for item #{item_id}: nothing was changed")
    with app.database.session(write=True) as session:
        was = get_item(session, item_id).text
        item = edit_item_text(session, item_id, text)
        kind, saved = item.kind, item.text
    click.echo(f"Changed {kind} #{item_id}: {saved}")
    if was != saved:
        click.echo(f"  It was: {was}")


@click.command()
@click.argument("item_id", type=int, metavar="ID")
@click.argument("kind", type=click.Choice(KINDS), metavar="KIND")
@pass_app
def refile(app: App, item_id: int, kind: str) -> None:
    """File item ID as another KIND (note, question, homework or need) and clear its flag."""
    from storage.item_edits import refile_item
    from storage.items import get_item

    with app.database.session(write=True) as session:
        was = get_item(session, item_id).kind
        refile_item(session, item_id, kind)
    click.echo(f"Filed #{item_id} as {kind}" + (f" (it was a {was})." if was != kind else "."))


@click.command()
@click.argument("item_id", type=int, metavar="ID")
@pass_app
def split(app: App, item_id: int) -> None:
    """Split item ID into the items it holds, each filed as its own kind."""
    with app.database.session(write=True) as session:
        made = _split(session, item_id)
    click.echo(f"Split #{item_id} into {len(made)} items:")  # two or more, always
    for ident, kind, text in made:
        click.echo(f"  {kind} #{ident}: {text}")


REVIEW_CHOICES = {"k": "keep", "r": "refile", "e": "edit", "s": "split", "d": "drop", "q": "quit"}
REVIEW_PROMPT = "[k]eep, [r]efile, [e]dit, [s]plit, [d]rop or [q]uit"


@click.command()
@pass_app
def review(app: App) -> None:
    """Go through the items flagged as unsure, one at a time, and settle each."""
    from assistant import style
    from storage.item_edits import edit_item_text, keep_item, mark_items, refile_item
    from storage.items import list_items

    with app.database.session() as session:
        flagged = [
            (i.id, i.kind, i.text)
            for i in list_items(session, needs_review=True)
            if i.status != "dropped"
        ]
    if not flagged:
        click.echo("Nothing to review: no item is flagged as unsure.")
        return
    click.echo(f"{len(flagged)} flagged item{'s' if len(flagged) != 1 else ''} to review.")
    settled = 0
    for ident, kind, text in flagged:
        click.echo("\n" + style.heading(f"#{ident} filed as {kind}: {text}"))
        choice = click.prompt(
            REVIEW_PROMPT, type=click.Choice(list(REVIEW_CHOICES)), show_choices=False
        )
        action = REVIEW_CHOICES[choice]
        if action == "quit":
            break
        with app.database.session(write=True) as session:
            if action == "keep":
                keep_item(session, ident)
                click.echo(f"Kept #{ident} as {kind}.")
            elif action == "refile":
                new_kind = click.prompt("Kind", type=click.Choice(KINDS))
                refile_item(session, ident, new_kind)
                click.echo(f"Filed #{ident} as {new_kind}.")
            elif action == "edit":
                new_text = click.prompt("New words", default=text)
                edit_item_text(session, ident, new_text)
                click.echo(f"Changed #{ident}.")
            elif action == "split":
                try:
                    made = _split(session, ident)
                except (InvalidInputError, ImportError) as err:
                    click.echo(f"Not split: {err}. It stays flagged.")
                    continue
                click.echo(
                    f"Split #{ident} into " + ", ".join(f"{k} #{i}" for i, k, _ in made) + "."
                )
            else:
                mark_items(session, [ident], "dropped")
                click.echo(f"Dropped #{ident}.")
        settled += 1
    left = len(flagged) - settled
    click.echo(
        f"\nSettled {settled} of {len(flagged)}" + (f"; {left} still flagged." if left else ".")
    )

"""`sessionmate voices`: the text-to-speech voices a `voice` setting may name.

speech.tts is imported inside the command so the CLI starts fast. Its TtsError
propagates: assistant/cli.py turns it into one line and an exit status.
"""

from __future__ import annotations

import click


@click.command("voices")
@click.option(
    "--language",
    "-l",
    metavar="CODE",
    help="Only voices for this language, e.g. 'en' (also matches 'en-us').",
)
def voices(language: str | None) -> None:
    """List the speech engine's voices: id, name and languages.

    Set `voice` to an id or a name from this list; `rate` is in words per minute.
    """
    from speech.tts import list_voices

    found = list_voices()
    if language:
        wanted = language.casefold()
        found = [
            v
            for v in found
            if any(
                lang.casefold().split("-")[0] == wanted or lang.casefold() == wanted
                for lang in v.languages
            )
        ]
    if not found:
        click.echo(f"no voices{f' for language {language!r}' if language else ''}", err=True)
        return
    width = max(len(v.id) for v in found)
    for v in found:
        click.echo(f"{v.id:<{width}}  {v.name}  ({', '.join(v.languages) or 'no language'})")

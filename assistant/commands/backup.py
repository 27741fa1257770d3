"""`sessionmate export` and `sessionmate import`: everything out, and back in."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from assistant.app import App
from assistant.errors import InvalidInputError

pass_app = click.make_pass_decorator(App)


@click.command("export")
@click.option(
    "--out",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="Folder for the JSON and Markdown files.",
)
@pass_app
def export_command(app: App, folder: Path) -> None:
    """Write everything (items, check-ins, appointments) to JSON and Markdown."""
    from assistant.export_json import export_data
    from assistant.export_markdown import export_markdown

    with app.database.session() as session:
        data = export_data(session, app.now())
    stamp = app.now().strftime("%Y%m%d-%H%M%S")
    json_path = folder / f"sessionmate-export-{stamp}.json"
    markdown_path = json_path.with_suffix(".md")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(json_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        _write_private(markdown_path, export_markdown(data, app.settings.timezone))
    except OSError as err:
        if json_path.exists() and not markdown_path.exists():
            json_path.unlink()  # both or neither
        raise InvalidInputError(f"cannot write the export to {folder}: {err.strerror}") from err
    from assistant.wording import counted

    click.echo(
        f"Exported {counted(len(data['items']), 'item')} and "
        f"{counted(len(data['appointments']), 'appointment')} to {json_path} and "
        f"{markdown_path.name}"
    )
    if app.settings.encrypted:
        click.echo(
            "The export is NOT encrypted, unlike the database: the files are readable by you "
            "only (mode 0600), but keep them somewhere private and delete them when done.",
            err=True,
        )


def _write_private(path: Path, text: str) -> None:
    """Owner-only from the first byte: the export holds therapy notes."""
    temporary = path.with_name(path.name + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no half-written file
        raise


@click.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def import_command(app: App, path: Path) -> None:
    """Read an export's JSON back in, adding only what is not already there.

    The whole file is checked first; one bad entry and nothing is imported.
    """
    from assistant.importing import import_document, load_export

    document = load_export(path, app.now())
    with app.database.session(write=True) as session:
        counts = import_document(session, document)
    click.echo(counts.summary())

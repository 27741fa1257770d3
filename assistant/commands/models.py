"""`sessionmate models list | install | add | verify`.

Reads from ``ctx.obj``: ``data_dir`` (Path; models live in its ``models/``), ``model``
(Path or None: the model chosen by --model or settings) and, optionally, ``project_dir``.
speech.models is imported inside each command so the CLI starts fast. Its ModelError
propagates: assistant/cli.py turns it into one line and an exit status.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from speech.models import FoundModel, ManifestEntry


@click.group("models")
def models() -> None:
    """Find, install, add and verify Vosk speech models."""


def _models_dir(obj: Any) -> Path:
    return Path(obj.data_dir) / "models"


def _search(obj: Any) -> dict[str, Any]:
    """find_model/list_models arguments from the settings object."""
    from speech.models import MODEL_ENV, default_project_dir

    explicit = getattr(obj, "model", None)
    env = dict(os.environ)
    if explicit is not None and env.get(MODEL_ENV) and Path(env[MODEL_ENV]) == Path(explicit):
        del env[MODEL_ENV]  # settings already folded it into `model`: show it once
    project_dir = getattr(obj, "project_dir", None) or default_project_dir()
    return {"explicit": explicit, "env": env, "data_dir": obj.data_dir, "project_dir": project_dir}


def _choice(obj: Any) -> dict[str, Any]:
    """find_model's extra arguments: the assistant's language and where --model came from."""
    settings = getattr(obj, "settings", None)
    if settings is None:
        return {}
    return {"language": settings.language, "explicit_source": settings.source("model")}


def _size(size: int | None) -> str:
    return f"{size / 1e6:.0f} MB" if size else "size unknown"


def _found_line(found: FoundModel, chosen: Path | None) -> str:
    mark = "*" if chosen is not None and found.path == chosen else " "
    state = "" if found.ok else f"  (not usable: missing {', '.join(found.missing)})"
    language = found.language or "?"
    return f"{mark} {found.name:<32} {language:<6} {found.source:<24} {found.path}{state}"


def _available_line(entry: ManifestEntry) -> str:
    return f"  {entry.name:<14} {entry.folder:<30} {_size(entry.size):>12}  {entry.description}"


@models.command("list")
@click.pass_obj
def list_command(obj: Any) -> None:
    """Show installed models and where, and what can be installed."""
    from speech.errors import ModelError
    from speech.models import MANIFEST, find_model, list_models

    search = _search(obj)
    found = list_models(**search)
    try:
        chosen: Path | None = find_model(**search, **_choice(obj))
        unused = None
    except ModelError as err:
        chosen, unused = None, str(err)
    click.echo(
        "Installed (* = the one used; language, ? = not known):"
        if found
        else "No models installed."
    )
    for model in found:
        click.echo(_found_line(model, chosen))
    if found and unused:
        click.echo(f"None of them is used: {unused}", err=True)
    names = {model.path.name for model in found}
    missing = [entry for entry in MANIFEST if entry.folder not in names]
    if missing:
        click.echo("Available (sessionmate models install NAME):")
        for entry in missing:
            click.echo(_available_line(entry))


@models.command("install")
@click.argument("name")
@click.option(
    "--sha256",
    metavar="HEX",
    help="Expected SHA-256 of the archive; overrides the manifest (needed if it has none).",
)
@click.option(
    "--base-url",
    envvar="SESSIONMATE_MODEL_BASE_URL",
    metavar="URL",
    help="Download from this mirror instead of alphacephei.com [env SESSIONMATE_MODEL_BASE_URL].",
)
@click.pass_obj
def install_command(obj: Any, name: str, sha256: str | None, base_url: str | None) -> None:
    """Download, verify and install a known model.

    NAME is one listed by `models list`. The archive's SHA-256 is checked before
    anything is unpacked. A broken download resumes when you run this again.
    """
    from speech.models import install, is_model, lookup

    entry = lookup(name)
    target = _models_dir(obj) / entry.folder
    if is_model(target):
        click.echo(f"{entry.name} is already installed in {target}")
        return
    with _progress_bar(entry) as progress:
        path = install(entry, _models_dir(obj), progress=progress, sha256=sha256, base_url=base_url)
    click.echo(f"Installed {entry.name} in {path}")


@contextmanager
def _progress_bar(entry: ManifestEntry) -> Iterator[Callable[[int, int | None], None]]:
    """A tqdm bar on stderr, fed by install's (bytes done, bytes in total) callback.

    Shown from the first progress report, once the server answers: a refused
    argument or an unreachable server is then one line, not a bar and a line.
    """
    from tqdm import tqdm

    bars: list[tqdm] = []

    def update(done: int, total: int | None) -> None:
        if not bars:
            bars.append(
                tqdm(
                    total=entry.size,
                    desc=entry.folder,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    file=sys.stderr,  # read now: tests and the CLI may have swapped it
                )
            )
        bar = bars[0]
        if total is not None and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)  # negative when a server made us start over

    try:
        yield update
    finally:
        for bar in bars:
            bar.close()


@models.command("add")
@click.argument("source", metavar="PATH_OR_ZIP", type=click.Path(path_type=Path))
@click.option("--name", help="Folder name to give the model (default: its own name).")
@click.option(
    "--language",
    metavar="CODE",
    help="The language it recognises, e.g. en or de (default: from its vosk-model-LANG name).",
)
@click.pass_obj
def add_command(obj: Any, source: Path, name: str | None, language: str | None) -> None:
    """Add a model folder or .zip you already have.

    For a machine without internet: the zip may hold the model at its root or in
    one top-level folder.
    """
    from speech.models import add, describe, model_language, normalize_language, write_language

    code = normalize_language(language) if language is not None else None
    path = add(source, _models_dir(obj), name=name)
    if code is not None:
        write_language(path, code)
    known = model_language(path)
    said = describe(known) if known else "language not known (give it with --language CODE)"
    click.echo(f"Added {path.name} in {path}: {said}")


@models.command("verify")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.pass_obj
def verify_command(obj: Any, path: Path | None) -> None:
    """Check that a folder is a complete Vosk model.

    PATH defaults to the model Sessionmate would use.
    """
    from speech.models import check_model, find_model

    folder = check_model(path) if path is not None else find_model(**_search(obj), **_choice(obj))
    click.echo(f"OK: {folder} is a complete Vosk model")

"""Options that several commands take after their name as well as before it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def _use_model(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    if not value.strip():  # an unset shell variable: not the current folder
        raise click.BadParameter("empty path: give a Vosk model folder", ctx, param)
    from assistant.app import App

    app = ctx.find_object(App)
    if app is not None:
        app.use_model(Path(value))


def model_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--model PATH` after the subcommand: `sessionmate reflect --model X` as well as
    `sessionmate --model X reflect` (the later one wins)."""
    return click.option(
        "--model",
        metavar="PATH",
        callback=_use_model,
        expose_value=False,
        is_eager=True,
        help="Vosk model folder (also accepted before the command).",
    )(command)

"""The speech model the assistant listens with: the person's choice, or one of their language.

A model chosen by --model, SESSIONMATE_MODEL or `model` in config.toml is used as given
(a note says so when its language is not the assistant's); otherwise discovery finds one
of the assistant's `language` and never one of another language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.settings import Settings


def choose_model(
    settings: Settings,
    data_dir: Path,
    notify: Callable[[str], None] | None = None,
    project_dir: Path | None = None,
) -> Path:
    """The model folder to use, or speech's ModelError naming the source or both languages."""
    from speech.models import (
        default_project_dir,
        describe,
        find_model,
        model_language,
        same_language,
    )

    project = project_dir if project_dir is not None else default_project_dir()
    path = find_model(
        settings.model,
        {},
        data_dir,
        project,
        settings.language,
        explicit_source=settings.source("model"),
    )
    if settings.model is not None and notify is not None:
        language = model_language(path)
        if language is not None and not same_language(language, settings.language):
            notify(
                f"Note: the model in {path} is {describe(language)}; the assistant's "
                f"language is {describe(settings.language)}. Using it as you asked."
            )
    return path

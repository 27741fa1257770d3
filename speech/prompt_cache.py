"""Fixed prompts ("Saved as a question.") rendered once and kept on disk.

A prompt's file is named by a hash of its text, voice and rate, so a new voice or rate
renders afresh and never plays a stale file. Files appear in one rename (the render
worker writes beside them first), so a crash or a second process never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from speech.pcm16 import is_complete_wav

# Bump when the way prompts are rendered changes, so old files are not reused.
FORMAT = 1


def prompt_key(text: str, voice: str | None, rate: int | None) -> str:
    """The hash that names the cached rendering of `text` in `voice` at `rate`."""
    blob = json.dumps([FORMAT, text, voice, rate], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class PromptCache:
    """Rendered prompts in `directory`; `renders` counts the ones that were not there yet."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.renders = 0
        self.hits = 0

    def path_for(self, text: str, voice: str | None, rate: int | None) -> Path:
        return self.directory / f"{prompt_key(text, voice, rate)[:32]}.wav"

    def fetch(
        self,
        text: str,
        voice: str | None,
        rate: int | None,
        render: Callable[[str, Path], Future[Path]],
    ) -> Future[Path]:
        """The prompt's file, rendered with `render(text, path)` only if it is not cached."""
        path = self.path_for(text, voice, rate)
        if is_complete_wav(path):
            self.hits += 1
            done: Future[Path] = Future()
            done.set_result(path)
            return done
        self.renders += 1
        return render(text, path)

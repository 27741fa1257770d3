"""The screen during a live reflection: one line of partial words, rewritten in place.

What the recognizer has heard so far is shown on one line of the terminal (cut to its
width, so rewriting it never leaves half a line behind); a filed item or a spoken
question clears that line and prints on its own. Off a terminal, partial words are not
shown at all (a log would fill with them).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from assistant.conversation import Voice

CLEAR = "\r\033[K"  # carriage return, erase to the end of the line


class LiveLine:
    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.showing = False

    @property
    def can_rewrite(self) -> bool:
        return self.err.isatty() and os.environ.get("TERM") != "dumb"

    def partial(self, text: str) -> None:
        if not self.can_rewrite:
            return
        width = shutil.get_terminal_size((80, 24)).columns
        shown = f"… {' '.join(text.split())}"
        if len(shown) > width - 1:
            shown = "…" + shown[-(width - 2) :]  # the newest words matter most
        self.err.write(CLEAR + shown)
        self.err.flush()
        self.showing = True

    def _clear(self) -> None:
        if self.showing:
            self.err.write(CLEAR)
            self.err.flush()
            self.showing = False

    def line(self, text: str) -> None:
        """A filed item, a question, an answer: on its own line, on stdout."""
        self._clear()
        self.out.write(text + "\n")
        self.out.flush()

    def notice(self, text: str) -> None:
        """A message about the program itself, on its own line, on stderr."""
        self._clear()
        self.err.write(text + "\n")
        self.err.flush()


class EchoingVoice:
    """A voice that also prints every sentence it says, for anyone reading along."""

    def __init__(self, voice: Voice, show: Callable[[str], None]) -> None:
        self._voice, self._show = voice, show

    def say(self, text: str) -> None:
        self._show(f"» {text}")
        self._voice.say(text)

    def say_all(self, sentences: Iterable[str]) -> None:
        sentences = list(sentences)
        for sentence in sentences:
            self._show(f"» {sentence}")
        self._voice.say_all(sentences)  # as one batch: the speaker renders it in one go

    def __getattr__(self, name: str) -> Any:
        return getattr(self._voice, name)

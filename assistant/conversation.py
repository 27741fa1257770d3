"""The two ends of a spoken conversation, as the application sees them.

An Ear hands over what the person said, one utterance at a time: the recognizer's
output boundary. A Voice says things. The real ones wrap speech/; tests feed text
at the Ear to exercise the English flow with the same loop the microphone uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from intents.messages import Heard


class Ear(Protocol):
    def listen(self, timeout: float | None = None) -> Heard | None:
        """The next utterance, or None for silence until `timeout` or the end of input."""
        ...


class Voice(Protocol):
    interactive: bool  # can the person hear it, so that a spoken question makes sense?

    def say(self, text: str) -> None: ...

    def say_all(self, sentences: Iterable[str]) -> None: ...

    def close(self) -> None: ...


class SilentVoice:
    """Says nothing: for --quiet and for runs where nobody is listening."""

    interactive = False

    def say(self, text: str) -> None:
        pass

    def say_all(self, sentences: Iterable[str]) -> None:
        pass

    def close(self) -> None:
        pass

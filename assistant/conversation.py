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
    """Everything the reflection loop and the dialogs ask of an Ear (mypy checks each one)."""

    # False when there is nothing to listen with: a dialog that needs an answer only speaks.
    can_hear: bool

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        """The next utterance, or None for silence until `timeout` or the end of input.

        `grammar` names the few phrases expected (a check-in's answers): an Ear whose
        recognizer can listen for those alone does, since a small model hears them far
        better; any other Ear listens as usual.
        """
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

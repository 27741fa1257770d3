"""Feeding text at the recognizer's output boundary, and hearing what the assistant says.

The real Ear (Vosk on a microphone or a file) and the real Voice (pyttsx3 through
the sound card) are tested on their own; these stand in for them to drive the
English flow, which no English model on these machines could produce.
"""

from __future__ import annotations

from collections.abc import Iterable

from intents.messages import Heard


class ScriptedEar:
    """Hands out the given utterances in order; None stands for silence."""

    def __init__(self, utterances: Iterable[str | None]) -> None:
        self.queue = list(utterances)
        self.timeouts: list[float | None] = []
        self.grammars: list[list[str] | None] = []

    can_hear = True

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        self.timeouts.append(timeout)
        self.grammars.append(grammar)
        if not self.queue:
            return None
        text = self.queue.pop(0)
        return None if text is None else Heard(text)


class RecordingVoice:
    """Remembers what it was asked to say."""

    interactive = True

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def say_all(self, sentences: Iterable[str]) -> None:
        self.said.extend(sentences)

    def close(self) -> None:
        pass

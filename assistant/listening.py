"""Real Ears: Vosk listening to a WAV file or to the microphone.

They turn speech.recognizer utterances into the application's Heard, and decide
what "silence" means for each source.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from intents.messages import Heard

if TYPE_CHECKING:
    from speech.audio import MicrophoneSource
    from speech.recognizer import Recognizer, Utterance


def _heard(utterance: Utterance) -> Heard:
    return Heard(utterance.text, utterance.confidence, utterance.start, utterance.end)


class StreamEar:
    """Listens to a finite stream of chunks (a recording): silence is its end."""

    def __init__(
        self,
        chunks: Iterable[bytes],
        recognizer: Recognizer,
        on_partial: Callable[[str], None] | None = None,
    ) -> None:
        from speech.recognizer import transcribe

        self._utterances: Iterator[Utterance] = transcribe(chunks, recognizer, on_partial)

    can_hear = True

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        # A recording is transcribed as one stream: no grammar, no waiting.
        utterance = next(self._utterances, None)
        return None if utterance is None else _heard(utterance)


# While a person is mid-sentence at the timeout, wait this much longer for them to finish.
FINISH_GRACE_SECONDS = 10.0


class MicrophoneEar:
    """Listens to the microphone; `timeout` is how long to wait for speech to start.

    Given a `grammar_recognizer` factory, a dialog may ask it to listen for a few
    phrases only (a check-in's answers), which a small model recognizes far better.
    """

    def __init__(
        self,
        microphone: MicrophoneSource,
        recognizer: Recognizer,
        on_partial: Callable[[str], None] | None = None,
        grammar_recognizer: Callable[[list[str]], Recognizer] | None = None,
        keep: Callable[[bytes], None] | None = None,
    ) -> None:
        self.microphone, self.recognizer, self.on_partial = microphone, recognizer, on_partial
        self._keep = keep  # receives every chunk heard, only when the person asked to keep audio
        self._grammar_recognizer = grammar_recognizer
        self._grammars: dict[tuple[str, ...], Recognizer] = {}
        self._shown = ""

    can_hear = True

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        if grammar is None or self._grammar_recognizer is None:
            return self._listen(timeout)
        key = tuple(grammar)
        if key not in self._grammars:
            self._grammars[key] = self._grammar_recognizer(grammar)
        general, self.recognizer = self.recognizer, self._grammars[key]
        try:
            return self._listen(timeout)
        finally:
            self.recognizer = general

    def _listen(self, timeout: float | None) -> Heard | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            chunk = self.microphone.read(timeout=0.25 if wait is None else min(0.25, wait))
            if chunk is None:
                speaking = bool(self._shown)
                if self.microphone.stopped:
                    utterance = self.recognizer.flush()
                    return None if utterance is None else _heard(utterance)
                if deadline is not None and time.monotonic() >= deadline:
                    if not speaking:
                        return None
                    deadline += FINISH_GRACE_SECONDS
                continue
            if self._keep is not None:
                self._keep(chunk)
            utterance = self.recognizer.feed(chunk)
            if utterance is not None:
                self._shown = ""
                return _heard(utterance)
            partial = self.recognizer.partial()
            if partial != self._shown:
                self._shown = partial
                if self.on_partial is not None:
                    self.on_partial(partial)

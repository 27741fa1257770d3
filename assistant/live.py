"""The service's conversations through the real microphone and speaker.

Each dialog opens the microphone, listens with Vosk and speaks through a Speaker that
mutes that same microphone while it talks. Without a model or a microphone the
service still speaks (or prints) its readouts and reminders; it just cannot listen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from assistant.conversation import Ear, Voice
from assistant.settings import Settings
from intents.messages import Heard

log = logging.getLogger("sessionmate.service")


class NoEar:
    """Nothing to listen with: dialogs that need an answer are skipped, not failed."""

    can_hear = False

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        return None


def live_conversation(
    settings: Settings,
    model: Path | None,
    device: str | int | None,
    notify: Callable[[str], None],
    show: Callable[[str], None] | None = None,
) -> Callable[[], AbstractContextManager[tuple[Ear, Voice]]]:
    """A factory of (ear, voice) pairs, one per dialog; says once why it cannot listen.

    `show` is where words that cannot be spoken are printed (they may hold the person's
    notes); without it they are dropped, never sent to `notify`.
    """
    warned: set[str] = set()
    shown = show or (lambda line: None)

    def once(message: str) -> None:
        if message not in warned:
            warned.add(message)
            notify(message)

    def speaking_only() -> Iterator[tuple[Ear, Voice]]:
        from assistant.speaking import voice_for

        voice = voice_for(settings, notify=once, show=shown)
        try:
            yield NoEar(), voice
        finally:
            voice.close()

    @contextmanager
    def conversation() -> Iterator[tuple[Ear, Voice]]:
        from assistant.listening import MicrophoneEar
        from assistant.speaking import voice_for
        from speech.audio import MicrophoneSource
        from speech.errors import SpeechError
        from speech.recognizer import Recognizer
        from speech.vosk_model import has_runtime_graph

        if model is None:
            yield from speaking_only()
            return
        try:
            microphone = MicrophoneSource(device)
            microphone.open()
        except SpeechError as err:
            once(f"Cannot listen ({err}); reminders are spoken but not answered.")
            yield from speaking_only()
            return
        voice = voice_for(settings, microphone=microphone, notify=once, show=shown)
        grammar = None
        if has_runtime_graph(model):

            def grammar(phrases: list[str]) -> Recognizer:
                return Recognizer(model, grammar=phrases)

        try:
            yield MicrophoneEar(microphone, Recognizer(model), grammar_recognizer=grammar), voice
        finally:
            voice.close()
            microphone.close()

    return conversation

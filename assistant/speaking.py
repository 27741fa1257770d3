"""Real Voices: the Speaker through the sound card, or printed text when there is none.

While the Speaker plays, the microphone is muted, so the assistant never files its
own words as a reflection (half duplex).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.conversation import Voice
    from speech.audio import MicrophoneSource
    from speech.tts import Speaker


class PrintedVoice:
    """Shows what would have been said: for machines with no audio output."""

    interactive = True  # the person reads the question and can still answer it

    def __init__(self, show: Callable[[str], None]) -> None:
        self.show = show

    def say(self, text: str) -> None:
        self.show(f"» {text}")

    def say_all(self, sentences: Iterable[str]) -> None:
        for sentence in sentences:
            self.say(sentence)

    def close(self) -> None:
        pass


def _fixed_prompts() -> frozenset[str]:
    """Phrases that never carry what the person said: safe to keep rendered on disk."""
    from assistant.replies import FIXED_PHRASES

    return FIXED_PHRASES


class SpeakerVoice:
    """Speaks through speech.tts.Speaker; falls back to printing if playback fails.

    Fixed prompts play from the Speaker's cache; anything that may hold the
    person's words is rendered afresh and never kept.
    """

    interactive = True

    def __init__(
        self, speaker: Speaker, fallback: PrintedVoice, notify: Callable[[str], None]
    ) -> None:
        self.speaker, self.fallback, self.notify = speaker, fallback, notify
        self.failed = False

    def _speak(self, action: Callable[[], object], sentences: list[str]) -> None:
        from speech.errors import SpeechError

        if not self.failed:
            try:
                action()
                return
            except SpeechError as err:
                self.failed = True
                self.notify(f"Cannot speak ({err}); showing the text instead.")
        self.fallback.say_all(sentences)

    def say(self, text: str) -> None:
        if text in _fixed_prompts():
            self._speak(lambda: self.speaker.say_prompt(text), [text])
        else:
            self._speak(lambda: self.speaker.say(text), [text])

    def say_all(self, sentences: Iterable[str]) -> None:
        sentences = list(sentences)
        self._speak(lambda: self.speaker.say_sentences(sentences), sentences)

    def close(self) -> None:
        self.speaker.close()


def voice_for(
    settings: Settings,
    *,
    microphone: MicrophoneSource | None = None,
    quiet: bool = False,
    notify: Callable[[str], None],
    show: Callable[[str], None] | None = None,
) -> Voice:
    """The best Voice this machine has; says once, through `notify`, why it fell back."""
    from assistant.conversation import SilentVoice

    if quiet:
        return SilentVoice()
    fallback = PrintedVoice(show or notify)
    from speech.errors import SpeechError

    try:
        from speech.tts import Speaker

        speaker = Speaker(
            voice=settings.voice,
            rate=settings.speech_rate,
            output_device=settings.output_device,
            cache_dir=settings.data_dir / "prompts",
            on_playback=_muting(microphone),
        )
    except SpeechError as err:
        notify(f"Cannot speak ({err}); showing the text instead.")
        return fallback
    return SpeakerVoice(speaker, fallback, notify)


def _muting(microphone: MicrophoneSource | None) -> Callable[[bool], None] | None:
    if microphone is None:
        return None

    def on_playback(playing: bool) -> None:
        if playing:
            microphone.mute()
        else:
            microphone.unmute()

    return on_playback

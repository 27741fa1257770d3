"""`sessionmate reflect`: say what you took from a session; each utterance is filed at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.commands.finite import FiniteFloatRange
from assistant.commands.options import model_option

if TYPE_CHECKING:
    from assistant.progress import Progress
    from assistant.reflection_loop import Reflection, ReflectionOutcome
    from assistant.settings import Settings
    from speech.audio import WavSource
    from speech.recognizer import Recognizer
    from storage.database import Database

pass_app = click.make_pass_decorator(App)

# A recording longer than this shows a progress bar while it is transcribed.
PROGRESS_FROM_SECONDS = 20.0


def model_for(app: App, notes: list[str] | None = None) -> Path:
    """The Vosk model to listen with: the one chosen, else one of the assistant's language.

    A note (a chosen model of another language) goes to `notes` when given, to be shown
    once every input has been checked, so a refusal stays one line; else it is shown now.
    """
    from assistant.model_choice import choose_model

    return choose_model(
        app.settings, app.data_dir, notify=_notice if notes is None else notes.append
    )


def _file_chunks(source: WavSource, progress: Progress | None) -> Iterator[bytes]:
    for chunk in source:
        yield chunk
        if progress is not None:
            progress.update(source.position)


def show_line(text: str) -> None:
    click.echo(text)


@click.command()
@click.option(
    "--file",
    "recording",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Listen to a WAV recording instead of the microphone.",
)
@click.option("--device", help="Microphone name or index (see `sessionmate devices`).")
@click.option("--quiet", is_flag=True, help="No spoken confirmations.")
@click.option(
    "--keep-audio",
    is_flag=True,
    help="Also save what the microphone heard, as a WAV in the data directory.",
)
@click.option(
    "--silence",
    "silence_timeout",
    type=FiniteFloatRange(min=1),
    default=None,
    help="With the microphone: stop after this many seconds of silence.",
)
@model_option
@pass_app
def reflect(
    app: App,
    recording: Path | None,
    device: str | None,
    quiet: bool,
    keep_audio: bool,
    silence_timeout: float | None,
) -> None:
    """Speak your reflections; each is sorted and saved the moment you finish it.

    Say "scratch that" to drop the last one, "read me my agenda", "what's my homework",
    and "that's all" to finish. Ctrl-C also stops, keeping everything already heard.
    """
    from assistant.commands.setup import offer_setup
    from assistant.conversation import SilentVoice
    from assistant.listening import StreamEar
    from assistant.reflection_loop import Reflection
    from speech.recognizer import Recognizer

    offer_setup(app)
    settings = app.settings
    # Check everything before the first word is heard, so a bad input stores nothing.
    notes: list[str] = []
    model = model_for(app, notes)
    source = None
    if recording is not None:
        from speech.audio import WavSource

        source = WavSource(recording)
    database = app.database
    recognizer = Recognizer(model)
    if source is not None:
        from assistant.progress import Progress

        progress = None
        if source.duration >= PROGRESS_FROM_SECONDS:
            progress = Progress(source.duration, "Listening")
        for note in notes:
            _notice(note)
        ear = StreamEar(_file_chunks(source, progress), recognizer)
        show = progress.write if progress is not None else show_line
        loop = Reflection(database, settings, ear, SilentVoice(), show, dialogs=False)
        try:
            outcome = _run(loop)
        finally:
            if progress is not None:
                progress.close()
    else:
        outcome = _listen_live(
            app,
            loop_args=(database, settings),
            recognizer=recognizer,
            device=device,
            quiet=quiet,
            silence_timeout=silence_timeout,
            keep_audio=keep_audio,
            notes=notes,
        )
    click.echo(_summary(outcome), err=True)


def _run(loop: Reflection) -> ReflectionOutcome:
    try:
        return loop.run()
    except KeyboardInterrupt:
        loop.outcome.ended_by = "interrupted"
        return loop.outcome


def _listen_live(
    app: App,
    loop_args: tuple[Database, Settings],
    recognizer: Recognizer,
    device: str | None,
    quiet: bool,
    silence_timeout: float | None,
    keep_audio: bool,
    notes: Iterable[str] = (),
) -> ReflectionOutcome:
    from assistant.listening import MicrophoneEar
    from assistant.reflection_loop import Reflection
    from assistant.speaking import voice_for
    from speech.audio import MicrophoneSource

    database, settings = loop_args
    chosen = device if device is not None else settings.input_device
    if isinstance(chosen, str) and chosen.isdigit():
        chosen = int(chosen)
    from assistant.live_line import EchoingVoice, LiveLine
    from assistant.speaking import PrintedVoice, SpeakerVoice

    live = LiveLine()
    with MicrophoneSource(chosen) as microphone, _kept_audio(app, keep_audio) as keep:
        for note in notes:
            live.notice(note)
        voice = voice_for(settings, microphone=microphone, quiet=quiet, notify=live.notice)
        if isinstance(voice, SpeakerVoice):
            # Every spoken sentence is also printed, once: the echo replaces the fallback.
            voice.fallback = PrintedVoice(lambda _line: None)
            voice = EchoingVoice(voice, live.line)
        ear = MicrophoneEar(microphone, recognizer, on_partial=live.partial, keep=keep)
        live.notice('Listening. Say "that\'s all" when you are done.')
        loop = Reflection(
            database, settings, ear, voice, live.line, silence_timeout=silence_timeout
        )
        try:
            return _run(loop)
        finally:
            voice.close()


@contextmanager
def _kept_audio(app: App, keep: bool) -> Iterator[Callable[[bytes], None] | None]:
    """A WAV writer for what the microphone hears, only when the person asked for it."""
    if not keep:
        yield None
        return
    import wave

    folder = app.data_dir / "recordings"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"reflect-{app.now():%Y%m%d-%H%M%S}.wav"
    with wave.open(str(path), "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(16000)
        yield recording.writeframes
    click.echo(f"Kept the audio in {path}", err=True)


def _summary(outcome: ReflectionOutcome) -> str:
    saved = len(outcome.saved)
    ending = {"interrupted": "Stopped. ", "silence": "No more speech heard. "}.get(
        outcome.ended_by, ""
    )
    return f"{ending}{saved} item{'s' if saved != 1 else ''} saved."


def _notice(message: str) -> None:
    click.echo(message, err=True)

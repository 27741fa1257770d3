"""Speech out: `Speaker` renders sentence by sentence with pyttsx3 and plays as it goes.

Rendering runs on the process's one render thread (speech.render); playback runs on the
Speaker's own thread through one sounddevice stream per `say()`, so sentence n+1 renders
while sentence n plays and the first words start after one sentence's render.

Half duplex: `on_playback(True)` is called just before the first samples go to the
sound card and `on_playback(False)` once the last have left, `unmute_tail` seconds
after the stream ended (played out or cut by `stop()`). The tail covers the sound
server's buffering and the room's echo, so a microphone muted in between never hears
the assistant. A `say()` queued before the tail runs out keeps it muted throughout.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING

from speech.errors import AudioDeviceError, TtsError
from speech.pcm16 import read_pcm16, write_pcm16
from speech.prompt_cache import PromptCache
from speech.render import RenderWorker, render_timeout, worker
from speech.voices import InstalledVoice, check_rate, resolve_voice

if TYPE_CHECKING:
    import numpy as np

    from speech.playback import Playback, PlaybackStats

__all__ = ["Speaker", "Speech", "InstalledVoice", "list_voices", "render", "split_sentences"]

log = logging.getLogger(__name__)

UNMUTE_TAIL = 0.25  # seconds between the end of playback and on_playback(False)
SCRIPT_PAUSE = 0.3  # seconds of silence between sentences joined by render_script
STALL_MARGIN = 5.0  # seconds a stream may fall behind before it counts as stalled

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLOSE = object()


def split_sentences(text: str) -> list[str]:
    """`text` cut after each sentence's final punctuation, empty pieces dropped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def list_voices() -> list[InstalledVoice]:
    """The engine's voices: id, name and languages."""
    with worker() as w:
        return w.voices()


def render(text: str, path: Path, voice: str | None = None, rate: int | None = None) -> Path:
    """Write `text` spoken to the WAV file `path` (22,050 Hz mono 16-bit); no sound device used."""
    with worker() as w:
        voice_id, rate = _settle(w, voice, rate)
        return _wait_render(w.submit(_text(text), Path(path), voice_id, rate), text)


class Speech:
    """One `say()`: its sentences in order, as they render and play."""

    def __init__(self) -> None:
        self._parts: queue.SimpleQueue[Future[Path] | None] = queue.SimpleQueue()
        self._futures: list[Future[Path]] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self.cancelled = False
        self.error: BaseException | None = None
        self.playback: PlaybackStats | None = None  # set when its stream opens

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until it has played (or was stopped); re-raise what went wrong."""
        if not self._done.wait(timeout):
            return False
        if self.error is not None:
            raise self.error
        return True

    def _add(self, part: Future[Path]) -> None:
        with self._lock:
            if self.cancelled:
                part.cancel()
                return
            self._futures.append(part)
        self._parts.put(part)

    def _end(self) -> None:
        self._parts.put(None)

    def _cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            parts = list(self._futures)
        for part in parts:
            part.cancel()
        self._parts.put(None)

    def _in_order(self) -> Iterator[Future[Path]]:
        while (part := self._parts.get()) is not None and not self.cancelled:
            yield part

    def _finish(self, error: BaseException | None) -> None:
        self.error = error
        self._done.set()


class Speaker:
    """Speaks text aloud, sentence by sentence; renders WAV files; stops at once.

    `voice` (an id, a name or a language code from `list_voices()`) and `rate` (words per
    minute) come from settings and are checked here. `output_device` is a sounddevice
    name or index (None: the default). `cache_dir` keeps rendered prompts across runs.
    """

    def __init__(
        self,
        voice: str | None = None,
        rate: int | None = None,
        output_device: str | int | None = None,
        cache_dir: Path | None = None,
        on_playback: Callable[[bool], None] | None = None,
        unmute_tail: float = UNMUTE_TAIL,
    ) -> None:
        self._worker: RenderWorker = worker()
        self._worker.acquire()
        try:
            self.voice, self.rate = _settle(self._worker, voice, rate)
        except BaseException:
            self._worker.release()
            raise
        self.output_device = output_device
        self.unmute_tail = unmute_tail
        self._on_playback = on_playback
        # Renders live in memory where the system offers it (/dev/shm), not on disk.
        self._tmp = tempfile.TemporaryDirectory(prefix="sessionmate-tts-", dir=_memory_dir())
        self._renders = Path(self._tmp.name)
        self.prompts = PromptCache(cache_dir or self._renders / "prompts")
        self._names = itertools.count()
        self._lock = threading.Lock()
        self._active: list[Speech] = []
        self._playback: Playback | None = None
        self._muted = False
        self._closed = False
        self.last_playback: PlaybackStats | None = None
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._play_loop, name="speech-playback", daemon=True)
        self._thread.start()

    # -- speaking ------------------------------------------------------------------

    def say(self, text: str, wait: bool = True) -> Speech:
        """Speak `text`, sentence by sentence. Raises AudioDeviceError with no speaker."""
        return self.say_sentences(split_sentences(text), wait=wait)

    def say_sentences(self, sentences: Iterable[str], wait: bool = True) -> Speech:
        """Speak each sentence as soon as it is rendered; the iterable may still be growing."""
        speech = self._begin()
        try:
            for sentence in sentences:
                if speech.cancelled:
                    break
                if sentence.strip():
                    speech._add(self._submit(sentence.strip(), self._next_path()))
        finally:
            speech._end()
        if wait:
            speech.wait()
        return speech

    def say_prompt(self, text: str, wait: bool = True) -> Speech:
        """Speak a fixed prompt, rendered once and then played from the cache."""
        speech = self._begin()
        speech._add(self._prompt(text))
        speech._end()
        if wait:
            speech.wait()
        return speech

    def stop(self) -> None:
        """Cut off what is playing now and drop everything queued. `say()` works after."""
        with self._lock:
            for speech in self._active:
                speech._cancel()
            if self._playback is not None:
                self._playback.abort()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything queued has played and the microphone may listen again.

        False if `timeout` ran out. Errors stay on each Speech (`Speech.wait()` raises them).
        """
        with self._lock:
            pending = list(self._active)
        return all(s._done.wait(timeout) for s in pending)

    @property
    def speaking(self) -> bool:
        with self._lock:
            return bool(self._active)

    # -- rendering without playing ----------------------------------------------------

    def prompt(self, text: str) -> Path:
        """The cached WAV of a fixed prompt, rendered now only if it is not there yet."""
        return _wait_render(self._prompt(text), text)

    def render(self, text: str, path: Path) -> Path:
        """Write `text` spoken to the WAV file `path`. Needs no sound device."""
        return _wait_render(self._submit(_text(text), Path(path)), text)

    def render_script(
        self, sentences: Iterable[str], path: Path, pause: float = SCRIPT_PAUSE
    ) -> Path:
        """Write the sentences, `pause` seconds apart, to one WAV file at `path`."""
        import numpy as np

        texts = [s.strip() for s in sentences if s.strip()]
        if not texts:
            raise TtsError("nothing to render: the script has no sentences")
        parts = [(t, self._submit(t, self._next_path())) for t in texts]
        pieces, rate = [], 0
        for text, part in parts:
            rendered = _wait_render(part, text)
            samples, rate = read_pcm16(rendered)
            rendered.unlink(missing_ok=True)
            pieces += [samples, np.zeros(int(max(0.0, pause) * rate), np.int16)]
        return write_pcm16(Path(path), np.concatenate(pieces[:-1]), rate)

    # -- lifetime -----------------------------------------------------------------------

    def close(self) -> None:
        """Stop speaking, end the playback thread and let go of the render thread."""
        if self._closed:
            return
        self._closed = True
        self.stop()
        self._queue.put(_CLOSE)
        self._thread.join(timeout=STALL_MARGIN)
        self._worker.release()
        self._tmp.cleanup()

    def __enter__(self) -> Speaker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- inside ---------------------------------------------------------------------------

    def _begin(self) -> Speech:
        self._check_open()
        _check_output(self.output_device)
        speech = Speech()
        with self._lock:
            self._active.append(speech)
        self._queue.put(speech)
        return speech

    def _prompt(self, text: str) -> Future[Path]:
        return self.prompts.fetch(_text(text), self.voice, self.rate, self._submit)

    def _next_path(self) -> Path:
        return self._renders / f"{next(self._names)}.wav"

    def _check_open(self) -> None:
        if self._closed:
            raise TtsError("this Speaker is closed; make a new one")

    def _submit(self, text: str, path: Path) -> Future[Path]:
        self._check_open()
        return self._worker.submit(text, path, self.voice, self.rate)

    def _play_loop(self) -> None:
        _load_portaudio()
        pending: object = None
        while True:
            item, pending = (pending if pending is not None else self._queue.get()), None
            if item is _CLOSE or not isinstance(item, Speech):
                break
            error: BaseException | None = None
            try:
                self._play(item)
            except Exception as e:  # handed to whoever waits on this Speech
                log.debug("speech failed: %s", e)
                error = e
            if self._muted:
                try:
                    pending = self._queue.get(timeout=self.unmute_tail)
                except queue.Empty:
                    pending = None
                if not isinstance(pending, Speech):
                    self._set_muted(False)
            with self._lock:
                self._active.remove(item)
            item._finish(error)
        self._set_muted(False)

    def _play(self, speech: Speech) -> None:
        playback: Playback | None = None
        try:
            for part in speech._in_order():
                rendered = self._take(part)
                if rendered is None:
                    return
                samples, rate = rendered
                if playback is not None:
                    playback.feed(samples)
                    continue
                playback = self._open(speech, rate)
                if playback is None:
                    return
                playback.feed(samples)  # before start(), so the first buffer is speech
                self._set_muted(True)
                playback.start()
            if playback is None or speech.cancelled:
                return
            playback.finish()
            allowed = playback.queued_seconds + STALL_MARGIN
            if not playback.wait(allowed):
                raise AudioDeviceError(
                    f"playback on output device {self.output_device!r} stalled: the device "
                    f"took no audio for {allowed:.1f} s"
                )
        finally:
            if playback is not None:
                with self._lock:
                    self._playback = None
                    playback.abort()  # a no-op if it played out
                playback.close()
                self.last_playback = playback.stats

    def _take(self, part: Future[Path]) -> tuple[np.ndarray, int] | None:
        """The rendered samples of one sentence, or None if it was cancelled."""
        try:
            path = part.result(timeout=render_timeout(""))
        except CancelledError:
            return None
        except FutureTimeout as e:
            raise TtsError("text-to-speech did not finish a sentence in time") from e
        samples, rate = read_pcm16(path)
        if path.parent == self._renders:
            path.unlink(missing_ok=True)
        return samples, rate

    def _open(self, speech: Speech, rate: int) -> Playback | None:
        from speech.playback import Playback

        playback = Playback(self.output_device, rate)
        with self._lock:
            if speech.cancelled:
                playback.close()
                return None
            self._playback = playback
        speech.playback = playback.stats
        return playback

    def _set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        if self._on_playback is not None:
            try:
                self._on_playback(muted)
            except Exception:  # the caller's hook must not kill playback
                log.exception("on_playback(%s) failed", muted)


def _memory_dir() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


def _check_output(device: str | int | None) -> None:
    """Raise AudioDeviceError now, in the caller, if there is nothing to play on."""
    from speech.devices import resolve_device

    try:
        resolve_device(device, "output")
    except OSError as e:  # sounddevice could not load libportaudio
        raise AudioDeviceError(
            f"cannot play sound: PortAudio is not available ({e}); install libportaudio2"
        ) from e


def _load_portaudio() -> None:
    """Import sounddevice ahead of the first say(): PortAudio's start-up probes every
    device (about 0.1 s), which would otherwise delay the first words."""
    # Without PortAudio, say() reports it as AudioDeviceError when it is used.
    with contextlib.suppress(ImportError, OSError):
        import sounddevice  # noqa: F401


def _text(text: str) -> str:
    if not text or not text.strip():
        raise TtsError(f"nothing to render: the text {text!r} is empty")
    return text.strip()


def _settle(w: RenderWorker, voice: str | None, rate: int | None) -> tuple[str | None, int]:
    """The engine voice id and rate for these settings; the engine's own where left out."""
    default_voice, default_rate = w.defaults()
    voice_id = resolve_voice(voice, w.voices()).id if voice is not None else default_voice
    return voice_id, check_rate(rate) if rate is not None else default_rate


def _wait_render(part: Future[Path], text: str) -> Path:
    try:
        return part.result(timeout=render_timeout(text) + 1.0)
    except FutureTimeout as e:
        raise TtsError(f"text-to-speech did not finish {text[:40]!r} in time") from e
    except CancelledError as e:
        raise TtsError(f"the render of {text[:40]!r} was cancelled") from e

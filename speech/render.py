"""Rendering text to WAV with pyttsx3, on the one thread that may touch the engine.

pyttsx3 hands every caller the same cached engine and is not thread-safe, so the whole
process shares one `RenderWorker`: one thread, fed by a queue, owning the engine. Each
job is one utterance per `runAndWait()` (two queued files in one run write only the
last), rendered to a temporary name beside its target and moved into place when the
engine's finished-utterance event says it is complete: `runAndWait()` returns early on
Linux, because espeak synthesises on a thread of its own.

The engine is used only to render, never to `say()`: after a `save_to_file` a later
`say()` rewrites the old file instead of speaking. Playback is speech.playback's job.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from speech import espeak_state
from speech.errors import TtsError
from speech.pcm16 import is_complete_wav
from speech.voices import InstalledVoice

log = logging.getLogger(__name__)

T = TypeVar("T")

# espeak renders a sentence in milliseconds; this bounds a wedged engine, not a slow one.
BASE_TIMEOUT = 10.0  # seconds
TIMEOUT_PER_CHAR = 0.01  # seconds, for whole scripts rendered as one utterance


def render_timeout(text: str) -> float:
    """How long a render of `text` may take before it counts as hung, in seconds."""
    return BASE_TIMEOUT + TIMEOUT_PER_CHAR * len(text)


@dataclass(frozen=True)
class _Render:
    text: str
    path: Path
    voice: str | None  # engine voice id; None for the engine's default
    rate: int | None  # words per minute; None for the engine's default


class _Engine:
    """The pyttsx3 engine and what we last set on it. Used only on the worker thread."""

    def __init__(self) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except (ImportError, OSError, RuntimeError) as e:
            raise TtsError(
                f"no text-to-speech engine: {e}; pyttsx3 needs espeak-ng on Linux "
                "(the libespeak-ng1 package, which provides libespeak-ng.so.1)"
            ) from e
        self._espeak = self._engine.driver_name == "espeak"
        _silence_chatter(self._engine.driver_name)
        self._finished = threading.Event()
        self._completed = True
        self._engine.connect("finished-utterance", self._on_finished)
        self._settle()
        if self._engine.isBusy():
            # A fresh engine holds setProperty calls back until its first run: run it
            # empty once, so that settings apply (and can be checked) when made.
            self._engine.runAndWait()
            self._settle()
        self.default_voice: str | None = self._engine.getProperty("voice")
        self.default_rate: int = self._current_rate()
        self._voice, self._rate = self.default_voice, self.default_rate

    def _on_finished(self, name: str | None = None, completed: bool = True) -> None:
        # Called on espeak's own synthesis thread.
        self._completed = completed
        self._finished.set()

    def voices(self) -> list[InstalledVoice]:
        return [
            InstalledVoice(id=v.id, name=v.name, languages=tuple(str(lang) for lang in v.languages))
            for v in self._engine.getProperty("voices")
        ]

    def render(self, job: _Render) -> None:
        self._use(job.voice or self.default_voice, job.rate or self.default_rate)
        # A run started while espeak is busy makes pyttsx3 call Cancel() and leave a
        # stop flag set that cuts the next render short (finished, completed=False).
        self._settle()
        tmp = job.path.with_name(f".{job.path.name}.{uuid.uuid4().hex[:8]}.part")
        self._finished.clear()
        try:
            self._engine.save_to_file(job.text, str(tmp))
            self._engine.runAndWait()
            self._wait_for(tmp, render_timeout(job.text))
            os.replace(tmp, job.path)
        finally:
            tmp.unlink(missing_ok=True)

    def _use(self, voice: str | None, rate: int) -> None:
        """Set voice and rate if they differ from the last render, and check they took."""
        if (voice, rate) == (self._voice, self._rate):
            return
        if voice != self._voice:
            self._engine.setProperty("voice", voice)
        if rate != self._rate:
            self._engine.setProperty("rate", rate)
        self._settle()
        self._voice, self._rate = self._engine.getProperty("voice"), self._current_rate()
        if (voice, rate) != (self._voice, self._rate):
            raise TtsError(
                f"the engine ignored the voice or rate: asked for voice {voice!r} at {rate} "
                f"words per minute, it is using {self._voice!r} at {self._rate}"
            )

    def _settle(self) -> None:
        if self._espeak and not espeak_state.wait_idle():
            raise TtsError("espeak stayed busy for 2 s: it did not finish its last command")

    def _current_rate(self) -> int:
        if self._espeak:
            return espeak_state.current_rate()
        return int(self._engine.getProperty("rate"))

    def _wait_for(self, tmp: Path, timeout: float) -> None:
        # A late event from an earlier, abandoned render can arrive first: the file
        # itself says whether this one is done.
        deadline = time.monotonic() + timeout
        while True:
            if self._finished.wait(max(0.0, deadline - time.monotonic())) and is_complete_wav(tmp):
                if not self._completed:
                    raise TtsError(f"the engine cut the render of {tmp.name} short")
                return
            self._finished.clear()
            if time.monotonic() >= deadline:
                raise TtsError(f"text-to-speech did not finish {tmp.name} within {timeout:.0f} s")


def _silence_chatter(driver_name: str) -> None:
    """Route the espeak driver's "Audio saved to ..." line to the debug log.

    The line is a Python print() in pyttsx3/drivers/espeak.py, run on espeak's own
    synthesis thread. Redirecting file descriptor 1 would not catch it (it sits in
    sys.stdout's buffer until some later flush) and would silence every other thread
    meanwhile; swapping sys.stdout is process-wide too. Shadowing `print` in that one
    module's namespace affects nothing else.
    """
    driver = sys.modules.get(f"pyttsx3.drivers.{driver_name}")
    if driver is not None:
        driver.print = _log_chatter  # type: ignore[attr-defined]


def _log_chatter(*args: Any, **_kwargs: Any) -> None:
    log.debug("pyttsx3: %s", " ".join(str(a) for a in args))


class RenderWorker:
    """The process's one text-to-speech thread. Running while anyone holds it.

    `acquire()` starts the thread for its first holder and `release()` stops it after
    the last, once the queued jobs are done. The engine outlives the thread: espeak can
    be initialised only once per process, and a later thread picks it up again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._jobs: queue.SimpleQueue[tuple[Callable[[_Engine], Any], Future[Any]] | None]
        self._jobs = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._engine: _Engine | None = None
        self.renders = 0  # completed renders, for tests and benchmarks

    def acquire(self) -> None:
        with self._lock:
            self._holders += 1
            if self._thread is None:
                self._jobs = queue.SimpleQueue()
                self._thread = threading.Thread(
                    target=self._run, args=(self._jobs,), name="speech-render", daemon=True
                )
                self._thread.start()

    def release(self) -> None:
        with self._lock:
            if self._holders == 0:
                return
            self._holders -= 1
            if self._holders or self._thread is None:
                return
            stopping, self._thread = self._thread, None
            self._jobs.put(None)
            # Joined under the lock, so that a new thread never overlaps the old one.
            stopping.join(timeout=BASE_TIMEOUT)

    def __enter__(self) -> RenderWorker:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def submit(self, text: str, path: Path, voice: str | None, rate: int | None) -> Future[Path]:
        """Queue a render of `text` to `path`; the future gives `path` once it is complete."""
        job = _Render(text, Path(path), voice, rate)

        def run(engine: _Engine) -> Path:
            engine.render(job)
            self.renders += 1
            return job.path

        return self._call(run)

    def voices(self) -> list[InstalledVoice]:
        return self._ask(lambda engine: engine.voices(), "list voices")

    def defaults(self) -> tuple[str | None, int]:
        """The engine's own voice id and rate, used when a setting leaves them out."""
        return self._ask(lambda e: (e.default_voice, e.default_rate), "report its defaults")

    def _ask(self, fn: Callable[[_Engine], T], what: str) -> T:
        try:
            return self._call(fn).result(timeout=BASE_TIMEOUT)
        except FutureTimeout as e:
            raise TtsError(
                f"the text-to-speech engine did not {what} within {BASE_TIMEOUT:.0f} s"
            ) from e

    def _call(self, fn: Callable[[_Engine], T]) -> Future[T]:
        with self._lock:
            if self._thread is None:
                raise RuntimeError("RenderWorker used without acquire()")
            future: Future[T] = Future()
            self._jobs.put((fn, future))
        return future

    def _run(self, jobs: queue.SimpleQueue[Any]) -> None:
        while (item := jobs.get()) is not None:
            fn, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                if self._engine is None:
                    self._engine = _Engine()
                future.set_result(fn(self._engine))
            except Exception as e:  # handed to whoever waits on the future
                future.set_exception(e)


_WORKER = RenderWorker()


def worker() -> RenderWorker:
    """The process's render worker (acquire it before use)."""
    return _WORKER

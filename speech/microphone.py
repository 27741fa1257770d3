"""The microphone: int16 mono blocks from a sounddevice input stream, with half duplex.

The PortAudio callback runs on PortAudio's own thread, so it only checks the mute
state and puts bytes on a bounded queue; a full queue costs a block, counted in
`dropped` (through PulseAudio, PortAudio never reports overflow itself). Everything
slow, recognition included, runs on the consumer's side of the queue.

Half duplex: while muted, blocks are thrown away in the callback, and blocks queued
before muting are thrown away when read, so nothing the microphone heard while the
assistant spoke reaches the consumer. A block straddling `unmute()` is dropped too,
judged by its capture time (PortAudio's ADC timestamp).
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from speech.devices import resolve_device
from speech.errors import AudioDeviceError

_POLL_SECONDS = 0.05  # how often a blocked read looks at the stop event


class MicrophoneSource:
    """Blocks of int16 mono audio from an input device; use it as a context manager.

    Iterating yields `bytes` chunks of `block_seconds` until `stop()` or `close()` is
    called (from any thread) or `stop_event` is set. `read(timeout)` gives one chunk
    or None. `unmute_holdoff` (seconds) keeps dropping audio captured just after
    `unmute()`, for a speaker's echo still on its way to the microphone.
    """

    def __init__(
        self,
        device: str | int | None = None,
        rate: int = 16000,
        block_seconds: float = 0.2,
        max_queued_blocks: int = 50,
        stop_event: threading.Event | None = None,
        unmute_holdoff: float = 0.0,
    ) -> None:
        if rate <= 0 or block_seconds <= 0 or max_queued_blocks < 1 or unmute_holdoff < 0:
            raise ValueError(
                f"need rate > 0, block_seconds > 0, max_queued_blocks >= 1 and "
                f"unmute_holdoff >= 0; got {rate}, {block_seconds}, {max_queued_blocks}, "
                f"{unmute_holdoff}"
            )
        self.device, self.rate = device, rate
        self.block_frames = max(1, round(rate * block_seconds))
        self.unmute_holdoff = unmute_holdoff
        self.dropped = 0  # blocks lost to a full queue
        self.muted_blocks = 0  # blocks thrown away because of muting
        self._queue: queue.Queue[tuple[int, bytes]] = queue.Queue(max_queued_blocks)
        self._stop = stop_event or threading.Event()
        self._stream: Any = None
        self._muted = False
        self._epoch = 0  # bumped by mute(); queued blocks of an older epoch are stale
        self._resume_at = -math.inf  # stream time before which captured audio is dropped

    def __enter__(self) -> MicrophoneSource:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Start capturing. Raises AudioDeviceError naming the device and the available ones."""
        import sounddevice as sd

        index = resolve_device(self.device, "input")
        try:
            self._stream = sd.RawInputStream(
                samplerate=self.rate,
                blocksize=self.block_frames,
                device=index,
                channels=1,
                dtype="int16",
                callback=self._callback,
            )
            self._stream.start()
        except sd.PortAudioError as e:
            self._stream = None
            raise AudioDeviceError(
                f"cannot record from input device {self.device!r} (index {index}) as "
                f"{self.rate} Hz mono int16: {e}"
            ) from e

    def close(self) -> None:
        """Stop at once (`abort()`, since `stop()` can hang) and end any iteration."""
        self._stop.set()
        stream, self._stream = self._stream, None
        if stream is None:
            return
        import sounddevice as sd

        try:
            try:
                stream.abort()
            finally:
                stream.close()
        except sd.PortAudioError as e:
            raise AudioDeviceError(f"closing input device {self.device!r} failed: {e}") from e

    @property
    def stopped(self) -> bool:
        """True once `stop()` or `close()` was called or the stop event set: no more audio."""
        return self._stop.is_set()

    def stop(self) -> None:
        """End iteration; the stream stays open until `close()`."""
        self._stop.set()

    @property
    def queued(self) -> int:
        """Blocks waiting to be read."""
        return self._queue.qsize()

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        if value:
            self.mute()
        else:
            self.unmute()

    def mute(self) -> None:
        """Drop everything from now on, and what is queued but not yet read."""
        self._muted = True
        self._epoch += 1
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break

    def unmute(self) -> None:
        """Deliver audio again, from what is captured `unmute_holdoff` seconds from now."""
        stream = self._stream
        now = stream.time if stream is not None else -math.inf
        self._resume_at = now + self.unmute_holdoff  # set before clearing the flag
        self._muted = False

    @contextmanager
    def muting(self) -> Iterator[None]:
        """Muted for the duration of a `with` block, e.g. while the assistant speaks."""
        self.mute()
        try:
            yield
        finally:
            self.unmute()

    def read(self, timeout: float | None = None) -> bytes | None:
        """The next block, or None after `timeout` seconds or once stopped."""
        if self._stream is None and not self._stop.is_set():
            raise AudioDeviceError("the microphone is not open: use `with MicrophoneSource(...)`")
        deadline = math.inf if timeout is None else time.monotonic() + timeout
        while not self._stop.is_set():
            wait = min(_POLL_SECONDS, deadline - time.monotonic())
            if wait <= 0:
                return None
            try:
                epoch, block = self._queue.get(timeout=wait)
            except queue.Empty:
                continue
            if epoch == self._epoch:
                return block
        return None

    def __iter__(self) -> Iterator[bytes]:
        while (block := self.read()) is not None:
            yield block

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        epoch = self._epoch  # read before the mute check: see mute()
        captured_at = time_info.inputBufferAdcTime or time_info.currentTime - frames / self.rate
        if self._muted or captured_at < self._resume_at:
            self.muted_blocks += 1
            return
        try:
            self._queue.put_nowait((epoch, bytes(indata)))
        except queue.Full:
            self.dropped += 1

"""Playing int16 mono audio through one sounddevice output stream that can be cut off at once.

Audio is fed in chunks (one per rendered sentence) while the stream runs, so a script
plays as one continuous stream with no reopening between sentences; while the next
chunk is not ready the stream plays silence. `abort()` drops what is buffered and
returns at once (`stop()` can hang; PITFALLS).
"""

from __future__ import annotations

import collections
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from speech.errors import AudioDeviceError

if TYPE_CHECKING:
    import numpy as np

# Audio buffered ahead of the sound card, in seconds. Shorter starts sooner but breaks
# up when the CPU is busy (35 ms underran on a loaded two-core machine); abort() drops
# the buffer, so it does not delay stop().
OUTPUT_LATENCY = 0.1


@dataclass
class PlaybackStats:
    """What one stream did; times are time.monotonic() seconds."""

    opened_at: float
    first_audio_at: float | None = None  # the first samples handed to the stream
    ended_at: float | None = None
    frames: int = 0  # samples of audio (not padding silence) handed to the stream
    rate: int = 0  # the stream's rate, Hertz
    aborted: bool = False


class Playback:
    """One output stream: `start()`, `feed()` chunks, `finish()`, then `wait()`; `abort()`."""

    def __init__(self, device: str | int | None, rate: int, latency: float = OUTPUT_LATENCY):
        import sounddevice as sd

        from speech.devices import resolve_device

        self._sd = sd
        index = resolve_device(device, "output")
        self._in_rate = rate
        stream_rate, channels = _stream_format(sd, index, rate)
        self._resampler = None
        if stream_rate != rate:
            from speech.resample import Resampler

            self._resampler = Resampler(rate, stream_rate)
        self._chunks: collections.deque[np.ndarray] = collections.deque()
        self._current: np.ndarray | None = None
        self._offset = 0
        self._finishing = False
        self._ended = threading.Event()
        self.stats = PlaybackStats(opened_at=time.monotonic(), rate=stream_rate)
        try:
            self._stream = sd.OutputStream(
                device=index,
                samplerate=stream_rate,
                channels=channels,
                dtype="int16",
                latency=latency,
                callback=self._callback,
                finished_callback=self._on_end,
            )
        except (sd.PortAudioError, ValueError) as e:
            raise AudioDeviceError(
                f"cannot play on output device {device!r} (index {index}) at {stream_rate} Hz, "
                f"{channels} channel(s): {e}"
            ) from e

    def start(self) -> None:
        if self.stats.aborted:  # stopped before it began
            return
        try:
            self._stream.start()
        except self._sd.PortAudioError as e:
            raise AudioDeviceError(f"cannot start playback: {e}") from e

    def feed(self, samples: np.ndarray) -> None:
        """Queue int16 mono samples at the rate given to the constructor."""
        self._chunks.append(self._convert(samples, last=False))

    def finish(self) -> None:
        """No more chunks: the stream ends once those queued have played."""
        if self._resampler is not None:
            import numpy as np

            self._chunks.append(self._convert(np.zeros(0, np.int16), last=True))
        self._finishing = True

    def wait(self, timeout: float | None = None) -> bool:
        """True once the stream has ended (played out or aborted)."""
        return self._ended.wait(timeout)

    @property
    def queued_seconds(self) -> float:
        """Audio fed but not yet handed to the stream."""
        left = sum(len(c) for c in list(self._chunks))
        if self._current is not None:
            left += len(self._current) - self._offset
        return left / self.stats.rate

    def abort(self) -> None:
        """Stop now, dropping whatever is buffered. Does nothing once it has ended."""
        if self._ended.is_set():
            return
        self.stats.aborted = True
        self._stream.abort()
        if self.stats.ended_at is None:
            self.stats.ended_at = time.monotonic()
        self._ended.set()

    def close(self) -> None:
        self._stream.close(ignore_errors=True)
        self._ended.set()

    def _convert(self, samples: np.ndarray, last: bool) -> np.ndarray:
        if self._resampler is None:
            return samples
        import numpy as np

        from speech.resample import float_to_int16

        out = self._resampler(samples.astype(np.float32) / 32768.0, last=last)
        return np.frombuffer(float_to_int16(out), dtype="<i2")

    def _callback(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        # Runs on PortAudio's thread: copy what is queued, pad with silence, never block.
        filled = 0
        while filled < frames:
            if self._current is None or self._offset >= len(self._current):
                if not self._chunks:
                    break
                self._current, self._offset = self._chunks.popleft(), 0
                continue
            take = min(frames - filled, len(self._current) - self._offset)
            out[filled : filled + take] = self._current[self._offset : self._offset + take, None]
            self._offset += take
            filled += take
        out[filled:] = 0
        if filled:
            self.stats.frames += filled
            if self.stats.first_audio_at is None:
                self.stats.first_audio_at = time.monotonic()
        if filled < frames and self._finishing and not self._chunks:
            raise self._sd.CallbackStop

    def _on_end(self) -> None:
        self.stats.ended_at = time.monotonic()
        self._ended.set()


def _stream_format(sd: Any, index: int, rate: int) -> tuple[int, int]:
    """(rate, channels) the device takes: ours if it can, else its default rate, stereo."""
    for stream_rate, channels in ((rate, 1), (rate, 2)):
        try:
            sd.check_output_settings(
                device=index, samplerate=stream_rate, channels=channels, dtype="int16"
            )
            return stream_rate, channels
        except (sd.PortAudioError, ValueError):
            continue
    info = sd.query_devices(index)
    return int(info["default_samplerate"]), min(2, max(1, info["max_output_channels"]))

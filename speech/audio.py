"""Audio in: WAV files and the microphone, both as int16 mono chunks at the recognizer's rate.

Vosk wants int16 mono at its true rate and gives garbage, not an error, for anything
else, so every source converts here: channels are averaged, float and 8/24/32-bit
samples scaled, and the rate changed with a band-limited resampler.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from speech.devices import DeviceInfo, list_devices, refresh_devices
from speech.errors import AudioFormatError
from speech.microphone import MicrophoneSource
from speech.resample import Resampler, float_to_int16
from speech.wav import ACCEPTED, WavInfo, inspect_wav, read_frames

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "ACCEPTED",
    "DeviceInfo",
    "MicrophoneSource",
    "WavInfo",
    "WavSource",
    "list_devices",
    "read_wav",
    "refresh_devices",
]


class WavSource:
    """A PCM WAV file as int16 mono chunks of `block_seconds` at `rate` Hz.

    The header is checked on construction (AudioFormatError if unreadable), so
    `duration` is known before any audio is read. While iterating, `position` is
    how many seconds have been delivered: `position / duration` is the progress.
    Each iteration starts again from the beginning of the file.
    """

    def __init__(
        self, path: str | os.PathLike[str], rate: int = 16000, block_seconds: float = 0.2
    ) -> None:
        if rate <= 0 or block_seconds <= 0:
            raise ValueError(f"need rate > 0 and block_seconds > 0, got {rate}, {block_seconds}")
        self.info = inspect_wav(path)
        if self.info.frames * rate / self.info.rate < 0.5:  # resamples to nothing
            raise AudioFormatError(
                f"{path}: too short, {self.info.frames} frame(s) at {self.info.rate} Hz is "
                f"less than one sample at {rate} Hz; {ACCEPTED}"
            )
        self.rate = rate
        self.block_bytes = 2 * max(1, round(rate * block_seconds))
        self.position = 0.0  # seconds delivered by the current iteration

    @property
    def duration(self) -> float:
        """Length of the recording in seconds."""
        return self.info.duration

    def __iter__(self) -> Iterator[bytes]:
        self.position = 0.0
        resample = Resampler(self.info.rate, self.rate)
        pending = bytearray()
        delivered = 0  # samples at self.rate
        for samples in read_frames(self.info):
            pending += float_to_int16(resample(samples))
            while len(pending) >= self.block_bytes:
                block = bytes(pending[: self.block_bytes])
                del pending[: self.block_bytes]
                delivered += len(block) // 2
                self.position = delivered / self.rate
                yield block
        pending += float_to_int16(resample(_empty(), last=True))
        if pending:
            self.position = self.duration
            yield bytes(pending)
        self.position = self.duration


def read_wav(path: str | os.PathLike[str], rate: int = 16000) -> bytes:
    """The whole file as int16 mono at `rate` Hz; exactly what `WavSource` delivers."""
    return b"".join(WavSource(path, rate, block_seconds=10.0))


def _empty() -> np.ndarray:
    import numpy as np

    return np.zeros(0, np.float32)

"""Streaming sample-rate conversion and the float -> int16 step the recognizer needs.

Resampling uses libsoxr (the `soxr` package): band-limited, so a 44.1 kHz file brought
down to 16 kHz does not fold its top octave back into the speech band as naive
decimation would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class Resampler:
    """Converts a float32 mono stream from `in_rate` to `out_rate`, chunk by chunk.

    Feeding the same samples in any chunking gives the same output; pass `last=True`
    once, with the final chunk (which may be empty), to flush the filter's tail.
    """

    def __init__(self, in_rate: int, out_rate: int) -> None:
        if in_rate <= 0 or out_rate <= 0:
            raise ValueError(f"sample rates must be positive, got {in_rate} -> {out_rate} Hz")
        self.in_rate, self.out_rate = in_rate, out_rate
        self._stream = None
        if in_rate != out_rate:
            import soxr

            self._stream = soxr.ResampleStream(in_rate, out_rate, 1, dtype="float32", quality="HQ")

    def __call__(self, samples: np.ndarray, last: bool = False) -> np.ndarray:
        if self._stream is None:
            return samples
        resampled: np.ndarray = self._stream.resample_chunk(samples, last=last)  # soxr is untyped
        return resampled


def float_to_int16(samples: np.ndarray) -> bytes:
    """float samples in [-1, 1] -> little-endian int16 bytes, clipping what is outside."""
    import numpy as np

    scaled = np.rint(np.clip(samples, -1.0, 1.0) * 32768.0)  # clip first: no float overflow
    limited: np.ndarray = np.minimum(scaled, 32767)  # ufuncs are typed as returning Any
    return limited.astype("<i2").tobytes()

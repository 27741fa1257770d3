"""16-bit mono WAV in and out, for the files text-to-speech makes and the scripts it joins.

The engine always writes 16-bit mono PCM, so the standard `wave` module is enough here;
speech.wav reads arbitrary WAV files for recognition.
"""

from __future__ import annotations

import os
import uuid
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from speech.errors import AudioFormatError

if TYPE_CHECKING:
    import numpy as np


def read_pcm16(path: Path) -> tuple[np.ndarray, int]:
    """The samples of a 16-bit mono WAV (int16, one dimension) and its rate in Hertz."""
    import numpy as np

    try:
        with wave.open(str(path), "rb") as w:
            if (w.getnchannels(), w.getsampwidth()) != (1, 2):
                raise AudioFormatError(
                    f"{path}: {w.getnchannels()} channel(s) of {8 * w.getsampwidth()}-bit "
                    "samples; expected 1 channel of 16-bit samples"
                )
            rate = w.getframerate()
            raw = w.readframes(w.getnframes())
    except (OSError, EOFError, wave.Error) as e:
        raise AudioFormatError(f"{path}: not a readable 16-bit mono WAV ({e})") from e
    return np.frombuffer(raw, dtype="<i2").astype(np.int16), rate


def is_complete_wav(path: Path) -> bool:
    """True if `path` is a WAV whose header can be read: a render that has finished."""
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnchannels() >= 1 and w.getsampwidth() > 0
    except (OSError, EOFError, wave.Error):
        return False


def write_pcm16(path: Path, samples: np.ndarray, rate: int) -> Path:
    """Write int16 mono `samples` at `rate` Hz to `path`, replacing it in one step."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(samples.astype("<i2").tobytes())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path

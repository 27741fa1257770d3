"""Repeatable recognition: the same audio gives the same words on every run.

Vosk's features add random dither (Kaldi's `--dither`, default 1.0), so results vary
from run to run. Repeatable mode has two halves:

1. A "no-dither twin" of the model folder: a folder under the system temp dir
   (`sessionmate-<uid>/vosk-no-dither-<hash>`) that mirrors the model with symlinks
   to its files, except `conf/mfcc.conf`, which is a copy ending in `--dither=0`.
   The real folder is never written (it may be read-only, e.g. in site-packages);
   the twin costs a few kilobytes and is reused by later runs.
2. A fixed pseudo-random noise of the same strength as Kaldi's dither, added to the
   samples by their position in the stream. Without any dither, exact digital
   silence (zeros) gives log(0) features and the recognizer returns nonsense and
   never ends an utterance; with this noise it behaves like the dithered model,
   only deterministically.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from speech.errors import ModelError

_MFCC = Path("conf/mfcc.conf")
_NOISE_LENGTH = 1 << 16  # samples; the noise repeats every ~4 s at 16 kHz


def no_dither_twin(folder: Path) -> Path:
    """The twin of `folder` (resolved, checked) with dither off; built on first use."""
    mfcc = (folder / _MFCC).read_bytes()
    digest = hashlib.sha256(str(folder).encode() + b"\0" + mfcc).hexdigest()[:16]
    base = Path(tempfile.gettempdir()) / f"sessionmate-{os.getuid()}"
    twin = base / f"vosk-no-dither-{digest}"
    if _intact(twin):
        return twin
    try:
        base.mkdir(mode=0o700, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".building-", dir=base))
        _mirror(folder, building, mfcc)
        if twin.exists():  # a broken twin (its model moved): replace it
            shutil.rmtree(twin, ignore_errors=True)
        try:
            building.rename(twin)
        except OSError:  # another process finished first; theirs is as good
            shutil.rmtree(building, ignore_errors=True)
    except OSError as e:
        raise ModelError(f"cannot build the no-dither copy of {folder} in {base}: {e}") from e
    return twin


def _mirror(folder: Path, target: Path, mfcc: bytes) -> None:
    for root, _dirs, files in os.walk(folder, followlinks=True):
        here = Path(root).relative_to(folder)
        (target / here).mkdir(parents=True, exist_ok=True)
        for name in files:
            if here / name == _MFCC:
                (target / _MFCC).write_bytes(mfcc.rstrip(b"\n") + b"\n--dither=0\n")
            else:
                (target / here / name).symlink_to(Path(root) / name)


def _intact(twin: Path) -> bool:
    from speech.vosk_model import check_model_folder

    try:
        check_model_folder(twin)  # follows the symlinks, so a moved model fails here
    except ModelError:
        return False
    return b"--dither=0" in (twin / _MFCC).read_bytes()


class FixedDither:
    """Adds the same noise (std 1 LSB, as Kaldi's default dither) for the same position."""

    def __init__(self, seed: int = 20240611) -> None:
        import numpy as np

        noise = np.random.default_rng(seed).standard_normal(_NOISE_LENGTH)
        self._noise = np.rint(noise).astype(np.int32)
        self.position = 0  # samples seen so far

    def __call__(self, chunk: bytes) -> bytes:
        import numpy as np

        samples = np.frombuffer(chunk, "<i2").astype(np.int32)
        index = (np.arange(len(samples)) + self.position) % _NOISE_LENGTH
        self.position += len(samples)
        noisy: np.ndarray = np.clip(samples + self._noise[index], -32768, 32767)
        return noisy.astype("<i2").tobytes()

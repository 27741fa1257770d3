"""The recognition benchmark keeps running (its numbers are read by people, not asserted)."""

from __future__ import annotations

import importlib.util
import sys
import wave
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.vosk

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "recognition.py"


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recognition_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_the_benchmark_times_both_loops_and_prints_the_ratio(
    benchmark, capsys, tmp_path, korean_model, korean_model_path
):
    wav = benchmark.korean_recording(tmp_path / "two.wav", seconds=4.0)  # two phrases
    status = benchmark.main(["--wav", str(wav), "--model", str(korean_model_path), "--repeat", "1"])

    out = capsys.readouterr().out
    assert status == 0
    assert "/ bare (CPU time) = " in out
    rows = {
        name: line.split()
        for line in out.splitlines()
        for name in benchmark.TIMINGS
        if line.startswith(name)
    }
    assert rows.keys() == benchmark.TIMINGS.keys(), "every timing is reported"
    counts = {name: row[-1] for name, row in rows.items()}
    assert set(counts.values()) == {"2"}, f"each timing heard the two phrases: {counts}"


def test_the_benchmark_makes_its_own_korean_recording(benchmark, tmp_path):
    path = benchmark.korean_recording(tmp_path / "made.wav", seconds=4.0)
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
        assert w.getnframes() >= 4.0 * 16000

"""The agenda spoken: to a WAV file, and aloud through the virtual sound card."""

from __future__ import annotations

import wave

import numpy as np
import pytest
from cli_helpers import run_program

ONE_OF_EACH = [
    "note we talked about my dad",
    "question is it normal to feel numb after crying",
    "homework journal for ten minutes every night",
    "need more time to talk about my mom",
]


@pytest.fixture(autouse=True)
def one_of_each(home):
    for text in ONE_OF_EACH:
        assert run_program(home, "add", text).code == 0


def duration(path) -> float:
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        return w.getnframes() / w.getframerate()


def test_agenda_wav_is_valid_and_grows_with_the_agenda(home, tmp_path):
    short = run_program(home, "agenda", "--wav", str(tmp_path / "short.wav"))
    assert short.code == 0, short.err
    for n in range(4):
        run_program(home, "add", f"question another thing to ask number {n}")
    long = run_program(home, "agenda", "--wav", str(tmp_path / "long.wav"))
    assert long.code == 0, long.err
    assert 3.0 < duration(tmp_path / "short.wav") < duration(tmp_path / "long.wav")


def test_two_renders_in_a_row_both_complete_and_neither_overwrites_the_other(home, tmp_path):
    first, second = tmp_path / "first.wav", tmp_path / "second.wav"
    assert run_program(home, "agenda", "--wav", str(first)).code == 0
    run_program(home, "add", "note one more thing")
    assert run_program(home, "agenda", "--wav", str(second)).code == 0
    first_bytes = first.read_bytes()
    assert duration(first) < duration(second)
    assert first.read_bytes() == first_bytes


def test_speaking_without_a_sound_card_prints_the_text_and_says_why_once(home):
    run = run_program(home, "agenda", "--speak", PULSE_SERVER="unix:/nonexistent")
    assert run.code == 0
    assert "journal for ten minutes every night" in run.out
    assert run.err.count("Cannot speak") == 1


@pytest.mark.soundcard
def test_agenda_speak_plays_through_the_speaker(home, soundcard):
    with soundcard.record_speaker() as recording:
        run = run_program(home, "agenda", "--speak", **soundcard.env)
    assert run.code == 0, run.err
    assert "Cannot speak" not in run.err
    samples = np.frombuffer(recording.pcm, "<i2").astype(np.float64)
    voiced = np.abs(samples) > 1000
    assert voiced.sum() / 16000 > 2.0  # seconds of clearly audible speech arrived

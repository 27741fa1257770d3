"""The virtual sound card itself: what other tests rely on when they play and record."""

from __future__ import annotations

import os
import subprocess

import numpy as np
import pytest

from speech.audio import MicrophoneSource

from fixtures_speech import BLOCK  # isort: skip

pytestmark = pytest.mark.soundcard


def sine(freq: float, rate: int, seconds: float, amplitude: float = 0.5) -> np.ndarray:
    return amplitude * np.sin(2 * np.pi * freq * np.arange(round(rate * seconds)) / rate)


def loudest_frequency(pcm: bytes, rate: int) -> float:
    samples = np.frombuffer(pcm, "<i2").astype(np.float64)
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


def test_what_sounddevice_plays_to_the_output_device_is_recorded_from_the_speaker(soundcard):
    import sounddevice as sd

    with soundcard.record_speaker() as recording:
        sd.play(
            sine(440, 22050, 1.0).astype(np.float32),
            22050,
            device=soundcard.output_device,
            blocking=True,
        )

    assert recording.rate == 16000
    samples = np.frombuffer(recording.pcm, "<i2")
    sounding = np.flatnonzero(np.abs(samples) > 1000)
    assert len(sounding) and (sounding[-1] - sounding[0]) / 16000 == pytest.approx(1.0, abs=0.05)
    assert loudest_frequency(recording.pcm, 16000) == pytest.approx(440, abs=3)
    assert np.abs(samples).max() == pytest.approx(0.5 * 32768, rel=0.05)


def test_a_recording_with_nothing_played_is_silent(soundcard):
    with soundcard.record_speaker() as recording:
        pass
    assert not np.frombuffer(recording.pcm, "<i2").any()


def test_child_processes_play_to_the_same_speaker(soundcard):
    tone = (sine(1000, 16000, 0.5) * 32767).astype("<i2").tobytes()
    with soundcard.record_speaker() as recording:
        subprocess.run(
            ["pacat", "--raw", "--format=s16le", "--rate=16000", "--channels=1"],
            input=tone,
            check=True,
            timeout=30,
            env=dict(os.environ),
        )
    assert loudest_frequency(recording.pcm, 16000) == pytest.approx(1000, abs=3)


def test_audio_at_another_rate_reaches_the_microphone_resampled_to_16k(soundcard):
    played = (sine(300, 44100, 1.0) * 32767).astype("<i2").tobytes()
    with MicrophoneSource(soundcard.input_device) as mic:
        soundcard.play_into_microphone(played, 44100).join()
        heard = b"".join(mic.read(timeout=15) or b"" for _ in range(16000 // BLOCK))
    assert len(heard) == 2 * 16000
    assert loudest_frequency(heard, 16000) == pytest.approx(300, abs=2)


def test_leaving_live_mode_lets_no_silence_reach_a_new_stream(soundcard):
    with soundcard.live_microphone():
        pass
    marker = np.full(BLOCK, 42, "<i2").tobytes()
    with MicrophoneSource(soundcard.input_device) as mic:
        soundcard.play_into_microphone(marker).join()
        assert mic.read(timeout=15) == marker

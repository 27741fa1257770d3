"""The person's audio reaches the disk only when they ask (--keep-audio)."""

from __future__ import annotations

import stat
import wave

import numpy as np
import pytest
from fixtures_speech import silence, speak_korean
from reflect_process import LiveReflect, play_in_room


def reflect_once(tmp_path, soundcard, model, *options):
    home = tmp_path / "home"
    with LiveReflect(soundcard, model, home, "--quiet", *options) as live:
        play_in_room(soundcard, speak_korean("안녕하세요") + silence(0.8))
        live.wait_out(lambda line: "#1: " in line)
    return home


@pytest.mark.soundcard
@pytest.mark.vosk
def test_audio_is_kept_only_when_asked(tmp_path, soundcard, korean_model_path):
    plain = reflect_once(tmp_path / "plain", soundcard, korean_model_path)
    assert not [p for p in plain.rglob("*") if p.suffix in (".wav", ".raw", ".pcm")]

    kept = reflect_once(tmp_path / "kept", soundcard, korean_model_path, "--keep-audio")
    (recording,) = (kept / "recordings").glob("*.wav")
    assert stat.S_IMODE(recording.stat().st_mode) == 0o600
    with wave.open(str(recording)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    assert (np.abs(samples.astype(np.int32)) > 1000).sum() / 16000 > 0.3  # the phrase is in it

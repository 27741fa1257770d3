"""A live `reflect` on the virtual sound card never files the assistant's own voice.

The room is modelled by recording the speaker: the microphone is the speaker's
monitor, so it hears the person (played into the room) and every confirmation the
assistant speaks, as a real microphone hears a loudspeaker.
"""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from fixtures_speech import silence, speak_korean
from reflect_process import LiveReflect, play_in_room


@pytest.mark.vosk
def test_the_korean_model_does_hear_an_english_confirmation(korean_recognizer):
    """Control: without muting, the confirmation would have become an item."""
    from speech.recognizer import transcribe

    pcm = _english("Note saved.") + silence(1.0)
    heard = list(
        transcribe([pcm[i : i + 3200] for i in range(0, len(pcm), 3200)], korean_recognizer())
    )
    assert heard and heard[0].text.strip()


def _english(text: str) -> bytes:
    import io
    import wave

    import numpy as np
    import soxr

    wav = subprocess.run(["espeak-ng", "--stdout", text], capture_output=True, check=True).stdout
    with wave.open(io.BytesIO(wav)) as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2")
        rate = w.getframerate()
    out = soxr.resample(samples.astype(np.float32) / 32768, rate, 16000)
    return np.clip(np.rint(out * 32768), -32768, 32767).astype("<i2").tobytes()


@pytest.mark.soundcard
@pytest.mark.vosk
def test_spoken_confirmations_are_not_filed(tmp_path, soundcard, korean_model_path):
    home = tmp_path / "home"
    home.mkdir()
    # Korean is unknown words to the English classifier: keep it from asking about each item.
    (home / "config.toml").write_text("review_threshold = 0\n")
    with LiveReflect(soundcard, korean_model_path, home) as live:
        for n, phrase in enumerate(("안녕하세요", "오늘 날씨가 좋네요"), start=1):
            play_in_room(soundcard, speak_korean(phrase) + silence(0.8))
            live.wait_out(lambda line, n=n: f"#{n}: " in line)
            # The confirmation plays now; give an echo every chance to be (mis)heard.
            play_in_room(soundcard, silence(3.0))
    assert live.process.returncode == 0, live.seen_err
    assert not any("Cannot speak" in line for line in live.seen_err), live.seen_err
    with sqlite3.connect(home / "sessionmate.db") as db:
        items = db.execute("SELECT id, transcript FROM items ORDER BY id").fetchall()
    assert [ident for ident, _ in items] == [1, 2], (items, live.seen_out)

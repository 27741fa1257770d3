"""The person's audio reaches the disk only when they ask (--keep-audio)."""

from __future__ import annotations

import os
import queue
import signal
import stat
import subprocess
import sys
import threading
import wave

import numpy as np
import pytest
from fixtures_speech import silence, speak_korean
from test_half_duplex import GUARD, _lines, _play_in_room, _wait_for


def reflect_once(tmp_path, soundcard, model, *options):
    home = tmp_path / "home"
    env = {
        **os.environ,
        **soundcard.env,
        "SESSIONMATE_HOME": str(home),
        "SESSIONMATE_TZ": "UTC",
        "PULSE_SOURCE": f"{soundcard.speaker}.monitor",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "--model",
            str(model),
            "reflect",
            "--device",
            "pulse",
            "--quiet",
            *options,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    out_lines: queue.Queue = queue.Queue()
    err_lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, out_lines), daemon=True).start()
    threading.Thread(target=_lines, args=(process.stderr, err_lines), daemon=True).start()
    seen: list[str] = []
    try:
        _wait_for(err_lines, seen, lambda line: line.startswith("Listening"))
        _play_in_room(soundcard, speak_korean("안녕하세요") + silence(0.8))
        _wait_for(out_lines, seen, lambda line: "#1: " in line)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=GUARD)
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

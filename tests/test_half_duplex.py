"""A live `reflect` on the virtual sound card never files the assistant's own voice.

The room is modelled by recording the speaker: the microphone is the speaker's
monitor, so it hears the person (played into the room) and every confirmation the
assistant speaks, as a real microphone hears a loudspeaker.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from fixtures_speech import silence, speak_korean

GUARD = 120.0  # seconds: a hang guard, never a speed check


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _wait_for(lines: queue.Queue, seen: list[str], predicate) -> str:
    deadline = time.monotonic() + GUARD
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            raise AssertionError(f"reflect ended early: {seen}")
        seen.append(line)
        if predicate(line):
            return line
    raise AssertionError(f"timed out waiting; saw {seen}")


def _play_in_room(soundcard, pcm: bytes) -> None:
    subprocess.run(
        [
            "pacat",
            "--playback",
            f"--device={soundcard.speaker}",
            "--raw",
            "--format=s16le",
            "--rate=16000",
            "--channels=1",
        ],
        input=pcm,
        env={**os.environ, **soundcard.env},
        check=True,
        timeout=GUARD,
    )


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
            str(korean_model_path),
            "reflect",
            "--device",
            "pulse",
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
    said: list[str] = []
    errors: list[str] = []
    try:
        _wait_for(err_lines, errors, lambda line: line.startswith("Listening"))
        for n, phrase in enumerate(("안녕하세요", "오늘 날씨가 좋네요"), start=1):
            _play_in_room(soundcard, speak_korean(phrase) + silence(0.8))
            _wait_for(out_lines, said, lambda line, n=n: f"#{n}: " in line)
            # The confirmation plays now; give an echo every chance to be (mis)heard.
            _play_in_room(soundcard, silence(3.0))
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C: ends cleanly, keeping what was heard
        try:
            process.wait(timeout=GUARD)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
            process.wait(timeout=GUARD)
            time.sleep(1)
            stacks = "".join(line for line in err_lines.queue if line)
            raise AssertionError("reflect hung after Ctrl-C:\n" + stacks) from None
    assert process.returncode == 0, errors
    assert not any("Cannot speak" in line for line in errors), errors
    with sqlite3.connect(home / "sessionmate.db") as db:
        items = db.execute("SELECT id, transcript FROM items ORDER BY id").fetchall()
    assert [ident for ident, _ in items] == [1, 2], (items, said)

"""A live `sessionmate reflect` in a subprocess on the virtual sound card.

The room is the speaker: the microphone is the speaker's monitor, so it hears what is
played into the room (the person) and everything the assistant says.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

GUARD = 120.0  # seconds: a hang guard, never a speed check


def play_in_room(soundcard, pcm: bytes) -> None:
    """Play int16 mono 16 kHz audio into the room (the speaker) at real-time pace."""
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


class LiveReflect:
    """Start with `with LiveReflect(...) as live:`; leaving sends Ctrl-C and waits."""

    def __init__(self, soundcard, model: Path, home: Path, *options: str) -> None:
        env = {
            **os.environ,
            **soundcard.env,
            "SESSIONMATE_HOME": str(home),
            "SESSIONMATE_TZ": "UTC",
            "PULSE_SOURCE": f"{soundcard.speaker}.monitor",
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-X",
                "faulthandler",
                "-m",
                "assistant",
                "--model",
                str(model),
                "reflect",
                "--device",
                "pulse",
                *options,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.out: queue.Queue = queue.Queue()
        self.err: queue.Queue = queue.Queue()
        self.seen_out: list[str] = []
        self.seen_err: list[str] = []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=_pump, args=(stream, lines), daemon=True).start()

    def __enter__(self) -> LiveReflect:
        self.wait_err(lambda line: line.startswith("Listening"))
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.send_signal(signal.SIGINT)  # Ctrl-C: ends cleanly, keeping what was heard
        try:
            self.process.wait(timeout=GUARD)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
            self.process.wait(timeout=GUARD)
            time.sleep(1)
            stacks = "".join(line for line in self.err.queue if line)
            raise AssertionError("reflect hung after Ctrl-C:\n" + stacks) from None

    def wait_out(self, predicate) -> str:
        return _wait(self.out, self.seen_out, predicate)

    def wait_err(self, predicate) -> str:
        return _wait(self.err, self.seen_err, predicate)


def _pump(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _wait(lines: queue.Queue, seen: list[str], predicate) -> str:
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

"""A real, virtual sound card for tests: a private PulseAudio daemon for the test session.

    def test_x(soundcard):
        with MicrophoneSource(soundcard.input_device) as mic:
            soundcard.play_into_microphone(pcm, 16000).join()
        with soundcard.record_speaker() as recording:
            sounddevice.play(samples, 22050, device=soundcard.output_device, blocking=True)
        recording.pcm, recording.rate  # int16 mono, after the `with`

The daemon gets its own runtime folder and socket, so parallel sessions never meet,
and this process's environment points libpulse at it (PULSE_SERVER, also inherited by
subprocesses such as aplay). The speaker is a null sink; the microphone a pipe source
fed through a FIFO. PortAudio sees the server through ALSA's pulse plugin as the devices
"pulse" and "default"; `input_device` and `output_device` are "pulse", routed to the
microphone and speaker because those are the server's default source and sink.

The microphone is bit-exact (16 kHz int16 mono end to end) and, like a pipe, silent in
the strongest sense: between plays no frames flow at all, so a stream opened before a
play receives exactly the played samples, in blocks aligned to its first sample.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

MIC_RATE = 16000  # Hertz; the pipe source's format is s16le mono at this rate
SPEAKER_RATE = 16000
_WRITE_SECONDS = 0.02  # the microphone is fed in pieces this long, at real-time pace
_START_TIMEOUT = 20.0  # seconds for the daemon to answer; only a hang guard
# A burst no speech produces: the speaker recording is complete once it comes back.
_END_MARK = bytes(range(256)) * 4


@dataclass
class SpeakerRecording:
    """What the speaker played during a `record_speaker()` block; filled in on exit."""

    rate: int = SPEAKER_RATE  # Hertz
    pcm: bytes = b""  # int16 mono

    @property
    def duration(self) -> float:
        return len(self.pcm) / 2 / self.rate


class VirtualSoundcard:
    """A running private PulseAudio with a speaker (null sink) and a microphone (pipe)."""

    speaker = "sm_speaker"
    microphone = "sm_mic"
    input_device = "pulse"  # sounddevice device names (ALSA's pulse plugin)
    output_device = "pulse"

    def __init__(self, runtime_dir: Path) -> None:
        self.runtime_dir = runtime_dir
        self.socket = runtime_dir / "native"
        self.fifo = runtime_dir / "microphone.fifo"
        self.env = {"PULSE_SERVER": f"unix:{self.socket}", "PULSE_SINK": self.speaker,
                    "PULSE_SOURCE": self.microphone}
        self._daemon: subprocess.Popen[bytes] | None = None
        self._log_file = (runtime_dir / "pulseaudio.log").open("wb")  # closed by stop()
        self._writer: int | None = None
        self._playing = threading.Lock()

    def start(self) -> None:
        home = self.runtime_dir / "home"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(self.runtime_dir),
               "PULSE_RUNTIME_PATH": str(self.runtime_dir / "pulse"),
               "PULSE_STATE_PATH": str(self.runtime_dir / "state")}
        self._daemon = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
             "--use-pid-file=no", "--log-target=stderr", "--log-level=error",
             f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
             f"--load=module-null-sink sink_name={self.speaker} format=s16le "
             f"rate={SPEAKER_RATE} channels=1",
             f"--load=module-pipe-source source_name={self.microphone} file={self.fifo} "
             f"format=s16le rate={MIC_RATE} channels=1"],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log_file, stderr=self._log_file)
        self._wait_until_answering()
        self.pactl("set-default-sink", self.speaker)
        self.pactl("set-default-source", self.microphone)
        # Opened once and kept open: the pipe source already holds its read end.
        self._writer = os.open(self.fifo, os.O_WRONLY)

    def stop(self) -> None:
        if self._writer is not None:
            os.close(self._writer)
            self._writer = None
        if self._daemon is not None:
            self._daemon.terminate()
            try:
                self._daemon.wait(5)
            except subprocess.TimeoutExpired:
                self._daemon.kill()
                self._daemon.wait()
            self._daemon = None
        self._log_file.close()

    def pactl(self, *args: str) -> str:
        """Run `pactl` against this server; its stdout."""
        run = subprocess.run(["pactl", *args], env={**os.environ, **self.env},
                             capture_output=True, text=True, timeout=10)
        if run.returncode:
            raise RuntimeError(f"pactl {' '.join(args)} failed: {run.stderr.strip()}")
        return run.stdout

    def play_into_microphone(self, pcm: bytes, rate: int = MIC_RATE) -> threading.Thread:
        """Start feeding int16 mono `pcm` to the microphone at real-time pace; join to wait.

        Audio at another rate is resampled to 16 kHz first. Plays run one at a time,
        in the order their threads get to the microphone.
        """
        if rate != MIC_RATE:
            pcm = _resample(pcm, rate, MIC_RATE)
        thread = threading.Thread(target=self._feed, args=(pcm,), daemon=True,
                                  name="soundcard-microphone")
        thread.start()
        return thread

    @contextmanager
    def record_speaker(self) -> Iterator[SpeakerRecording]:
        """Record everything played to the speaker during the block.

        On exit a marker is played and the recording runs until the marker comes back,
        so audio still in the server's buffers is not cut off; the marker is removed.
        """
        recording = SpeakerRecording()
        before = self._recorders()
        with tempfile.TemporaryFile(dir=self.runtime_dir) as out:
            parec = subprocess.Popen(
                ["parec", f"--device={self.speaker}.monitor", "--raw", "--format=s16le",
                 f"--rate={SPEAKER_RATE}", "--channels=1", "--latency-msec=20"],
                env={**os.environ, **self.env}, stdout=out, stderr=subprocess.DEVNULL)
            try:
                self._wait_for_recorder(before, parec)
                yield recording
                self._play_to_speaker(_END_MARK)
                recording.pcm = self._until_mark(out, parec)
            finally:
                parec.terminate()
                parec.wait(5)

    def _feed(self, pcm: bytes) -> None:
        step = 2 * round(MIC_RATE * _WRITE_SECONDS)
        with self._playing:
            start = time.monotonic()
            for offset in range(0, len(pcm), step):
                os.write(self._writer, pcm[offset:offset + step])
                ahead = start + (offset + step) / 2 / MIC_RATE - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)

    def _play_to_speaker(self, pcm: bytes) -> None:
        subprocess.run(["pacat", "--playback", f"--device={self.speaker}", "--raw",
                        "--format=s16le", f"--rate={SPEAKER_RATE}", "--channels=1"],
                       input=pcm, env={**os.environ, **self.env}, check=True, timeout=30)

    def _until_mark(self, out: IO[bytes], parec: subprocess.Popen[bytes]) -> bytes:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and parec.poll() is None:
            out.seek(0)
            captured = out.read()
            at = _find_aligned(captured, _END_MARK)
            if at >= 0:
                return captured[:at]
            time.sleep(0.02)
        raise RuntimeError("the speaker recording never received its end marker")

    def _recorders(self) -> set[str]:
        return {line.split("\t")[0] for line in self.pactl("list", "short",
                                                          "source-outputs").splitlines()}

    def _wait_for_recorder(self, before: set[str], parec: subprocess.Popen[bytes]) -> None:
        """Audio played before parec's stream exists would be lost: wait for the stream."""
        deadline = time.monotonic() + _START_TIMEOUT
        while parec.poll() is None and time.monotonic() < deadline:
            if self._recorders() - before:
                return
            time.sleep(0.02)
        raise RuntimeError(f"parec did not start recording the speaker ({parec.poll()})")

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self._daemon.poll() is not None:
                raise RuntimeError(f"pulseaudio exited ({self._daemon.returncode}): "
                                   f"{self._log()}")
            if self.socket.exists():
                try:
                    self.pactl("info")
                    return
                except RuntimeError:
                    pass
            time.sleep(0.05)
        raise RuntimeError(f"pulseaudio did not answer within {_START_TIMEOUT} s: {self._log()}")

    def _log(self) -> str:
        return (self.runtime_dir / "pulseaudio.log").read_text(errors="replace")[-2000:]


def _find_aligned(data: bytes, mark: bytes) -> int:
    """Where `mark` starts in `data` at a whole int16 sample, or -1."""
    at = data.find(mark)
    while at >= 0 and at % 2:
        at = data.find(mark, at + 1)
    return at


def _resample(pcm: bytes, rate: int, to_rate: int) -> bytes:
    import numpy as np

    from speech.resample import Resampler, float_to_int16

    samples = np.frombuffer(pcm, "<i2").astype(np.float32) / 32768.0
    return float_to_int16(Resampler(rate, to_rate)(samples, last=True))


@pytest.fixture(scope="session")
def soundcard() -> Iterator[VirtualSoundcard]:
    """The session's virtual sound card; PortAudio is re-initialised to see it."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parec", "pacat")
               if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"no {', '.join(missing)}: install pulseaudio and pulseaudio-utils")
    card = VirtualSoundcard(Path(tempfile.mkdtemp(prefix="sm-pulse-")))
    saved = {name: os.environ.get(name) for name in card.env}
    try:
        card.start()
        os.environ.update(card.env)
        from speech.devices import refresh_devices

        refresh_devices()
        yield card
    finally:
        card.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(card.runtime_dir, ignore_errors=True)

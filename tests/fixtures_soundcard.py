"""A real, virtual sound card for tests: a private PulseAudio daemon for the test session.

    def test_x(soundcard):
        with MicrophoneSource(soundcard.input_device) as mic:
            soundcard.play_into_microphone(pcm, 16000).join()
        with soundcard.record_speaker() as recording:
            sounddevice.play(samples, 22050, device=soundcard.output_device, blocking=True)
        recording.pcm, recording.rate  # int16 mono, after the `with`

The daemon gets its own runtime folder and socket, so parallel sessions never meet,
and this process's environment points libpulse at it (PULSE_SERVER, inherited by
subprocesses such as aplay too). The speaker is a null sink; the microphone a pipe
source fed through a FIFO. PortAudio sees the server through ALSA's pulse plugin as the
devices "pulse" and "default"; `input_device` and `output_device` are "pulse", which
reach the microphone and speaker because they are the server's default source and sink.

The microphone is bit-exact (16 kHz int16 mono end to end) and has two modes:

- exact (the default): between plays no frames flow at all, so a stream opened before
  a play receives exactly the played samples, in blocks aligned to its first sample.
- live (`with soundcard.live_microphone():`): silence flows between plays, as from a
  real microphone, so the stream's clock keeps running. Use it whenever a test mutes
  and unmutes: capture timestamps, which unmuting relies on, stand still in exact
  mode while nothing is played.

PulseAudio reads the microphone's pipe only while a stream records: audio played with
no stream open waits (up to 2 s) for the next stream. After each test that used the
card the pipe is emptied, and `clear_microphone()` does it on demand.

The speaker sink is loaded with `norewinds=1`: with rewinds, the server drops the first
tens of milliseconds of each new playback stream from the monitor that is recorded.
"""

from __future__ import annotations

import contextlib
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
from requirements_check import require

MIC_RATE = 16000  # Hertz; the pipe source's format is s16le mono at this rate
SPEAKER_RATE = 16000  # Hertz; the null sink's, and so the speaker recording's
_PIECE_SECONDS = 0.02  # the microphone is fed in pieces this long, at real-time pace
_GUARD = 30.0  # seconds: a hang guard for the daemon and its tools, never a speed check
# A sound no speech makes, a quarter second of one constant sample value: the speaker
# recording is complete once (a run of) it comes back.
_END_MARK = (12345).to_bytes(2, "little", signed=True) * round(0.25 * SPEAKER_RATE)
_END_RUN = _END_MARK[: 2 * round(0.05 * SPEAKER_RATE)]


class PipeMicrophone:
    """Feeds the pipe source's FIFO: plays at real-time pace, and silence in live mode.

    PulseAudio reads the FIFO only while a stream records, so what is written with no
    listener waits in the pipe (up to its 64 KiB, 2 s) for the next stream; past that
    it is dropped, never blocking. `clear()` empties the pipe.
    """

    def __init__(self, fifo: Path) -> None:
        # Both kept open for the session; non-blocking, so a full pipe never hangs a test.
        self._drain = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        self._fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        self._turn = threading.Lock()  # one writer at a time: a play or the filler
        self._live = threading.Event()
        self._filler: threading.Thread | None = None

    def close(self) -> None:
        self.set_live(False)
        os.close(self._fd)
        os.close(self._drain)

    def play(self, pcm: bytes) -> threading.Thread:
        thread = threading.Thread(
            target=self._play, args=(pcm,), daemon=True, name="soundcard-microphone"
        )
        thread.start()
        return thread

    def set_live(self, live: bool) -> None:
        if live and self._filler is None:
            self._live.set()
            self._filler = threading.Thread(
                target=self._fill, daemon=True, name="soundcard-microphone-silence"
            )
            self._filler.start()
        elif not live and self._filler is not None:
            self._live.clear()
            self._filler.join()
            self._filler = None
            self.clear()

    def clear(self) -> None:
        """Throw away what is in the pipe and has not reached a stream."""
        with self._turn, contextlib.suppress(BlockingIOError):
            while os.read(self._drain, 65536):
                pass

    def _play(self, pcm: bytes) -> None:
        step = 2 * round(MIC_RATE * _PIECE_SECONDS)
        with self._turn:
            start = time.monotonic()
            for offset in range(0, len(pcm), step):
                self._write(pcm[offset : offset + step])
                ahead = start + (offset + step) / 2 / MIC_RATE - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)

    def _fill(self) -> None:
        piece = b"\0\0" * round(MIC_RATE * _PIECE_SECONDS)
        due = time.monotonic()
        while self._live.is_set():
            with self._turn:
                due = max(due, time.monotonic())  # after a play, go on from now: no burst
                self._write(piece)
            due += _PIECE_SECONDS
            time.sleep(max(0.0, due - time.monotonic()))

    def _write(self, data: bytes) -> None:
        with contextlib.suppress(BlockingIOError):  # full: nobody is listening
            os.write(self._fd, data)


@dataclass
class SpeakerRecording:
    """What the speaker played during a `record_speaker()` block; filled in on exit."""

    rate: int = SPEAKER_RATE  # Hertz
    pcm: bytes = b""  # int16 mono

    @property
    def duration(self) -> float:
        """Seconds."""
        return len(self.pcm) / 2 / self.rate


class VirtualSoundcard:
    """A running private PulseAudio with a speaker (null sink) and a microphone (pipe)."""

    speaker = "sm_speaker"  # PulseAudio sink name
    microphone = "sm_mic"  # PulseAudio source name
    input_device = "pulse"  # sounddevice device names (ALSA's pulse plugin)
    output_device = "pulse"

    def __init__(self, runtime_dir: Path) -> None:
        self.runtime_dir = runtime_dir
        self.socket = runtime_dir / "native"
        self.fifo = runtime_dir / "microphone.fifo"
        # For this process and its children: which server, and where streams go.
        self.env = {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_SINK": self.speaker,
            "PULSE_SOURCE": self.microphone,
        }
        self._daemon: subprocess.Popen[bytes] | None = None
        self._log_file = (runtime_dir / "pulseaudio.log").open("wb")  # closed by stop()
        self._mic: PipeMicrophone | None = None

    def start(self) -> None:
        home = self.runtime_dir / "home"
        home.mkdir()
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_RUNTIME_PATH": str(self.runtime_dir / "pulse"),
            "PULSE_STATE_PATH": str(self.runtime_dir / "state"),
        }
        self._daemon = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--log-target=stderr",
                "--log-level=error",
                f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                f"--load=module-null-sink sink_name={self.speaker} norewinds=1 format=s16le "
                f"rate={SPEAKER_RATE} channels=1",
                f"--load=module-pipe-source source_name={self.microphone} file={self.fifo} "
                f"format=s16le rate={MIC_RATE} channels=1",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=self._log_file,
        )
        self._wait_until_answering()
        self.pactl("set-default-sink", self.speaker)
        self.pactl("set-default-source", self.microphone)
        self._mic = PipeMicrophone(self.fifo)

    def stop(self) -> None:
        if self._mic is not None:
            self._mic.close()
            self._mic = None
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
        run = subprocess.run(
            ["pactl", *args],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=_GUARD,
        )
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
        return self._mic.play(pcm)

    def clear_microphone(self) -> None:
        """Discard audio played into the microphone that no stream has taken yet."""
        self._mic.clear()

    @contextmanager
    def live_microphone(self) -> Iterator[None]:
        """Silence flows between plays while inside, as from a real microphone."""
        self._mic.set_live(True)
        try:
            yield
        finally:
            self._mic.set_live(False)

    @contextmanager
    def record_speaker(self) -> Iterator[SpeakerRecording]:
        """Record everything played to the speaker during the block.

        On exit a marker is played and the recording runs until the marker comes back,
        so audio still in the server's buffers is not cut off; the marker is removed.
        Finish playing before leaving the block: the marker must not be mixed.
        """
        recording = SpeakerRecording()
        before = self._recorders()
        with tempfile.TemporaryFile(dir=self.runtime_dir) as out:
            parec = subprocess.Popen(
                [
                    "parec",
                    f"--device={self.speaker}.monitor",
                    "--raw",
                    "--format=s16le",
                    f"--rate={SPEAKER_RATE}",
                    "--channels=1",
                    "--latency-msec=20",
                ],
                env={**os.environ, **self.env},
                stdout=out,
                stderr=subprocess.DEVNULL,
            )
            try:
                self._wait_for_recorder(before, parec)
                yield recording
                self._play_to_speaker(_END_MARK)
                recording.pcm = self._until_mark(out, parec)
            finally:
                parec.terminate()
                parec.wait(5)

    def _play_to_speaker(self, pcm: bytes) -> None:
        subprocess.run(
            [
                "pacat",
                "--playback",
                f"--device={self.speaker}",
                "--raw",
                "--format=s16le",
                f"--rate={SPEAKER_RATE}",
                "--channels=1",
            ],
            input=pcm,
            env={**os.environ, **self.env},
            check=True,
            timeout=_GUARD,
        )

    def _until_mark(self, out: IO[bytes], parec: subprocess.Popen[bytes]) -> bytes:
        deadline = time.monotonic() + _GUARD
        while time.monotonic() < deadline and parec.poll() is None:
            out.seek(0)
            captured = out.read()
            at = _find_aligned(captured, _END_RUN)
            if at >= 0:
                return captured[:at]
            time.sleep(0.02)
        raise RuntimeError("the speaker recording never received its end marker")

    def _recorders(self) -> set[str]:
        lines = self.pactl("list", "short", "source-outputs").splitlines()
        return {line.split("\t")[0] for line in lines}

    def _wait_for_recorder(self, before: set[str], parec: subprocess.Popen[bytes]) -> None:
        """Audio played before parec's stream exists would be lost: wait for the stream."""
        deadline = time.monotonic() + _GUARD
        while parec.poll() is None and time.monotonic() < deadline:
            if self._recorders() - before:
                return
            time.sleep(0.02)
        raise RuntimeError(f"parec did not start recording the speaker ({parec.poll()})")

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + _GUARD
        while time.monotonic() < deadline:
            if self._daemon.poll() is not None:
                raise RuntimeError(f"pulseaudio exited ({self._daemon.returncode}): {self._log()}")
            if self.socket.exists():
                try:
                    self.pactl("info")
                    return
                except RuntimeError:
                    pass
            time.sleep(0.05)
        raise RuntimeError(f"pulseaudio did not answer within {_GUARD} s: {self._log()}")

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
    missing = [
        tool for tool in ("pulseaudio", "pactl", "parec", "pacat") if shutil.which(tool) is None
    ]
    if missing:
        require(f"no {', '.join(missing)}: install pulseaudio and pulseaudio-utils")
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


@pytest.fixture(autouse=True)
def _fresh_microphone(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test that used the sound card, nothing it played lingers in the pipe."""
    yield
    if "soundcard" in request.fixturenames:
        request.getfixturevalue("soundcard").clear_microphone()

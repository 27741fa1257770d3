"""Speech out: time to first audio of a ten-item agenda, and render speed.

    .venv/bin/python benchmarks/speech_out.py [--device NAME] [--runs N]

Time to first audio runs from the `say_sentences()` call to the moment the first
samples are handed to the output stream (the stream's first callback with speech in
it). "Cold" is a fresh process: the Speaker is made and the agenda said, so the speech
engine's and PortAudio's start-up are included (imports are not: the command has
loaded). "Warm" is a Speaker that has spoken before. Target: under 300 ms.

Render speed is seconds of speech rendered per second of wall time, one sentence at a
time as the Speaker renders them for playback.

With no output device (a CI machine), a private PulseAudio with a null sink is started
in a temporary folder for the run and stopped afterwards, as the tests' sound card is.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET = 0.3  # seconds

AGENDA = [
    "You have ten things for Thursday's session.",
    "First, a question: why do I wake up at four in the morning?",
    "Second, a note: the walk on Sunday helped more than I expected.",
    "Third, homework: keep the sleep diary every evening, even on weekends.",
    "Fourth, a need: I want more time on the conversation with my family.",
    "Fifth, a question: is it normal to feel worse before it gets better?",
    "Sixth, a note: I said no to the extra shift and nothing bad happened.",
    "Seventh, homework: write the letter to my sister, but do not send it yet.",
    "Eighth, a need: I would like to talk about the panic at the supermarket.",
    "Ninth, a question: how do I stop checking my phone late at night?",
]


def first_audio(speaker, timeout: float = 10.0) -> float:
    """Say the agenda; seconds until its first samples reach the stream. Then stop."""
    start = time.monotonic()
    speech = speaker.say_sentences(AGENDA, wait=False)
    deadline = start + timeout
    while speech.playback is None or speech.playback.first_audio_at is None:
        if speech.done:
            speech.wait()  # re-raises what went wrong
            raise RuntimeError("the agenda ended without playing")
        if time.monotonic() > deadline:
            raise RuntimeError(f"no audio within {timeout} s")
        time.sleep(0.0005)
    took = speech.playback.first_audio_at - start
    speaker.stop()
    speaker.wait(10)
    return took


def cold_child(device: str | None) -> None:
    """In a fresh process: make a Speaker and time the agenda's first audio."""
    from speech.tts import Speaker

    start = time.monotonic()
    with Speaker(output_device=device, unmute_tail=0) as speaker:
        made = time.monotonic() - start
        took = first_audio(speaker)
    print(json.dumps({"first_audio": made + took, "speaker_made": made}))


def cold(device: str | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--cold-child"] + (["--device", device] if device else [])
    run = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if run.returncode:
        raise RuntimeError(f"cold run failed: {run.stderr.strip()[-500:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def render_speed(folder: Path) -> tuple[float, float, float]:
    """(speech seconds, wall seconds, first sentence's render seconds), warm engine."""
    from speech.tts import Speaker

    with Speaker() as speaker:
        speaker.render("Warming up.", folder / "warm.wav")
        start = time.monotonic()
        paths, first = [], 0.0
        for i, sentence in enumerate(AGENDA):
            paths.append(speaker.render(sentence, folder / f"{i}.wav"))
            first = first or time.monotonic() - start
        wall = time.monotonic() - start
    audio = 0.0
    for path in paths:
        with wave.open(str(path), "rb") as w:
            audio += w.getnframes() / w.getframerate()
    return audio, wall, first


@contextmanager
def private_sound_card() -> Iterator[str]:
    """A PulseAudio of our own with a null sink, as the tests' sound card; its description."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        raise SystemExit(
            "no output device and no pulseaudio/parec to make one: "
            "install pulseaudio and pulseaudio-utils, or pass --device"
        )
    folder = Path(tempfile.mkdtemp(prefix="speech-out-bench-"))
    socket = folder / "native"
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "PULSE_RUNTIME_PATH": str(folder / "pulse"),
        "PULSE_STATE_PATH": str(folder),
    }
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--log-level=error",
            f"--load=module-native-protocol-unix socket={socket}",
            "--load=module-null-sink sink_name=bench_speaker",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    monitor = None
    try:
        for _ in range(200):
            if subprocess.run(["pactl", "info"], capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        subprocess.run(["pactl", "set-default-sink", "bench_speaker"], check=True)
        # A listener at 20 ms keeps the null sink consuming in real time, like a card.
        monitor = subprocess.Popen(
            ["parec", "--device=bench_speaker.monitor", "--latency-msec=20"],
            stdout=subprocess.DEVNULL,
        )
        from speech.devices import refresh_devices

        refresh_devices()  # PortAudio read its (empty) device list before the server ran
        yield "private PulseAudio null sink"
    finally:
        if monitor is not None:
            monitor.terminate()
            monitor.wait(5)
        daemon.terminate()
        daemon.wait(5)
        shutil.rmtree(folder, ignore_errors=True)


def has_output(device: str | None) -> bool:
    import sounddevice as sd

    try:
        sd.query_devices(device, "output")
        return True
    except (ValueError, sd.PortAudioError):
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", help="sounddevice output name or index (default: default)")
    parser.add_argument("--runs", type=int, default=5, help="warm runs (default 5)")
    parser.add_argument("--cold-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    device = int(args.device) if args.device and args.device.isdigit() else args.device
    if args.cold_child:
        cold_child(device)
        return

    audio, wall, first_render = render_speed(Path(tempfile.mkdtemp(prefix="speech-out-")))
    card = private_sound_card() if device is None and not has_output(None) else None
    with card if card is not None else _nothing(device) as where:
        cold_result = cold(device)
        from speech.tts import Speaker

        with Speaker(output_device=device, unmute_tail=0) as speaker:
            first_audio(speaker)  # make it warm: engine and PortAudio started
            warm = [first_audio(speaker) for _ in range(args.runs)]

    verdict = "OK" if max(warm) < TARGET else "OVER"
    print(f"speech out: pyttsx3 + espeak-ng, played on {where}")
    print(f"ten-item agenda: {len(AGENDA)} sentences, {audio:.1f} s of speech")
    print(
        f"time to first audio, cold: {1000 * cold_result['first_audio']:.0f} ms "
        f"(fresh process; making the Speaker took "
        f"{1000 * cold_result['speaker_made']:.0f} ms of it)"
    )
    print(
        f"time to first audio, warm: {1000 * statistics.median(warm):.0f} ms median of "
        f"{len(warm)} ({1000 * min(warm):.0f}-{1000 * max(warm):.0f} ms); "
        f"target < {1000 * TARGET:.0f} ms: {verdict}"
    )
    print(
        f"render speed: {audio / wall:.0f}x real time ({audio:.1f} s of speech in "
        f"{wall:.2f} s; the first sentence in {1000 * first_render:.0f} ms)"
    )


@contextmanager
def _nothing(device: str | int | None) -> Iterator[str]:
    yield f"output device {device!r}" if device is not None else "the default output device"


if __name__ == "__main__":
    main()

"""The microphone through a real (virtual) sound card: PulseAudio, ALSA's pulse plugin, PortAudio.

The virtual microphone is bit-exact and sends nothing between plays, so a stream opened
before a play receives exactly the played samples: tests compare bytes, not guesses.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
import pytest

from speech.audio import MicrophoneSource, WavSource, list_devices
from speech.errors import AudioDeviceError
from speech.recognizer import transcribe

from fixtures_speech import BLOCK, silence, speak_korean  # isort: skip

GUARD = 15.0  # seconds: a hang guard for data that should arrive, never a speed check


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + GUARD
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.01)


def take(mic: MicrophoneSource, size: int) -> Iterator[bytes]:
    """Blocks from the microphone until `size` bytes have come."""
    got = 0
    while got < size:
        block = mic.read(timeout=GUARD)
        assert block is not None, f"the microphone went quiet after {got} of {size} bytes"
        got += len(block)
        yield block


def tone(value: int, blocks: int) -> bytes:
    """A constant signal: easy to spot, whole blocks long."""
    return np.full(blocks * BLOCK, value, "<i2").tobytes()


@pytest.mark.soundcard
@pytest.mark.vosk
def test_the_microphone_path_gives_the_same_utterances_as_the_file(
    soundcard, two_phrases, korean_recognizer
):
    from_file = list(transcribe(WavSource(two_phrases.wav), korean_recognizer()))

    heard: list[bytes] = []
    with MicrophoneSource(soundcard.input_device) as mic:
        player = soundcard.play_into_microphone(two_phrases.pcm, two_phrases.rate)
        blocks = take(mic, len(two_phrases.pcm))
        from_microphone = list(
            transcribe((heard.append(b) or b for b in blocks), korean_recognizer())
        )
        player.join()

    assert b"".join(heard) == two_phrases.pcm, "the sound card delivered the samples unchanged"
    assert len(from_microphone) == 2
    assert from_microphone == from_file  # texts, words, timings and confidences
    assert mic.dropped == 0


def settle(counter: Callable[[], int], what: str) -> None:
    """Wait for two more blocks: with a live microphone, whatever was played before
    this call has then been captured (blocks arrive in order)."""
    start = counter()
    wait_until(lambda: counter() >= start + 2, what)


def runs_of(value: int, pcm: bytes, length: int = 50) -> bool:
    """Whether `pcm` holds `length` samples of `value` in a row."""
    return np.full(length, value, "<i2").tobytes() in pcm


def listen_for(mic: MicrophoneSource, wanted: bytes) -> bytes:
    """Everything the microphone gives until `wanted` has been heard in it."""
    heard = b""
    while wanted not in heard:
        block = mic.read(timeout=GUARD)
        assert block is not None, "the microphone went quiet before the sound was heard"
        heard += block
    return heard


@pytest.mark.soundcard
def test_audio_heard_while_muted_never_reaches_the_consumer(soundcard):
    before, during, after = tone(1111, 5), tone(3333, 5), speak_korean("감사합니다")
    with soundcard.live_microphone(), MicrophoneSource(soundcard.input_device) as mic:
        soundcard.play_into_microphone(before).join()
        settle(lambda: mic.queued, "the first sound to be queued")
        mic.mute()  # what is queued but unread is dropped too
        soundcard.play_into_microphone(during).join()
        settle(lambda: mic.muted_blocks, "the muted sound to be captured")
        mic.unmute()
        # A block's worth of silence first: the block under way at unmute() is dropped.
        soundcard.play_into_microphone(silence(0.4) + after).join()
        heard = listen_for(mic, after)

    assert not runs_of(1111, heard), "audio queued before muting came through"
    assert not runs_of(3333, heard), "audio captured while muted came through"


@pytest.mark.soundcard
def test_muting_as_a_block_or_a_property(soundcard):
    speech = speak_korean("안녕하세요")
    with soundcard.live_microphone(), MicrophoneSource(soundcard.input_device) as mic:
        with mic.muting():
            assert mic.muted
            soundcard.play_into_microphone(tone(2222, 3)).join()
            settle(lambda: mic.muted_blocks, "the muted sound to be captured")
        assert not mic.muted
        mic.muted = True
        soundcard.play_into_microphone(silence(0.4) + tone(4444, 2)).join()
        settle(lambda: mic.muted_blocks, "more muted sound to be captured")
        mic.muted = False
        soundcard.play_into_microphone(silence(0.4) + speech).join()
        heard = listen_for(mic, speech)
    assert not runs_of(2222, heard) and not runs_of(4444, heard)


@pytest.mark.soundcard
def test_the_unmute_holdoff_drops_what_is_captured_right_after_unmuting(soundcard):
    # A holdoff far longer than the test: everything played after unmute() falls in it.
    with (
        soundcard.live_microphone(),
        MicrophoneSource(soundcard.input_device, unmute_holdoff=3600) as mic,
    ):
        with mic.muting():
            pass
        soundcard.play_into_microphone(silence(0.4) + tone(5555, 4)).join()
        settle(lambda: mic.muted_blocks, "the held-off sound to be captured")
        assert mic.queued == 0


@pytest.mark.soundcard
def test_a_full_queue_drops_blocks_and_counts_them(soundcard):
    blocks = [tone(value, 1) for value in (1, 2, 3, 4, 5)]
    with MicrophoneSource(soundcard.input_device, max_queued_blocks=2) as mic:
        soundcard.play_into_microphone(b"".join(blocks)).join()
        wait_until(lambda: mic.queued + mic.dropped == 5, "all five blocks to be captured")
        assert mic.dropped == 3
        assert [mic.read(timeout=GUARD), mic.read(timeout=GUARD)] == blocks[:2]


@pytest.mark.soundcard
@pytest.mark.parametrize("ending", ["stop", "close", "event"])
def test_stop_close_or_a_shared_event_end_iteration_from_another_thread(soundcard, ending):
    event = threading.Event()
    mic = MicrophoneSource(soundcard.input_device, stop_event=event)
    heard: list[bytes] = []
    with mic:
        reader = threading.Thread(target=lambda: heard.extend(mic))
        reader.start()
        soundcard.play_into_microphone(tone(7, 2)).join()
        wait_until(lambda: len(heard) == 2, "two blocks to be read")
        {"stop": mic.stop, "close": mic.close, "event": event.set}[ending]()
        reader.join(GUARD)
        assert not reader.is_alive(), f"iteration did not end on {ending}"
    assert mic.read(timeout=0) is None


def read_in_background(mic: MicrophoneSource, timeout: float) -> Callable[[], bytes | None]:
    """Start `mic.read(timeout)` on a thread; call the result for its answer.

    On a thread so that a read ignoring its timeout fails the test instead of hanging it.
    """
    answers: list[bytes | None] = []
    reader = threading.Thread(target=lambda: answers.append(mic.read(timeout=timeout)), daemon=True)
    reader.start()

    def answer() -> bytes | None:
        reader.join(timeout + GUARD)
        assert not reader.is_alive(), f"read(timeout={timeout}) never returned"
        return answers[0]

    return answer


@pytest.mark.soundcard
def test_read_gives_none_when_nothing_arrives_in_time(soundcard):
    played = tone(4321, 1)
    with MicrophoneSource(soundcard.input_device) as mic:
        assert read_in_background(mic, timeout=0.3)() is None
        # Timing out stopped nothing, and a read waits for its timeout: one already waiting
        # when the sound arrives gets it, where a read that gave up at once would give None.
        waiting = read_in_background(mic, timeout=GUARD)
        soundcard.play_into_microphone(played).join()
        assert waiting() == played
        assert not mic.stopped and mic.dropped == 0


@pytest.mark.soundcard
def test_list_devices_shows_the_sound_servers_devices(soundcard):
    devices = list_devices()
    pulse = next(d for d in devices if d.name == "pulse")
    assert pulse.inputs > 0 and pulse.outputs > 0 and pulse.default_rate > 0
    assert sum(d.default_input for d in devices) == 1
    assert sum(d.default_output for d in devices) == 1


@pytest.mark.soundcard
@pytest.mark.parametrize("device", ["usb headset", 999])
def test_an_unknown_device_is_named_with_the_devices_there_are(soundcard, device):
    with pytest.raises(AudioDeviceError) as caught:
        MicrophoneSource(device).open()
    message = str(caught.value)
    assert repr(device) in message
    assert "available input devices:" in message and "'pulse'" in message


def test_with_no_sound_server_the_microphone_is_refused_clearly(tmp_path):
    script = (
        "from speech.audio import MicrophoneSource\n"
        "from speech.errors import AudioDeviceError\n"
        "try:\n"
        "    MicrophoneSource('pulse').open()\n"
        "except AudioDeviceError as e:\n"
        "    print(e)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "PULSE_SERVER": f"unix:{tmp_path}/no-server",
            "HOME": str(tmp_path),
        },
    )
    assert run.returncode == 0, run.stderr
    assert "input device 'pulse' is not usable" in run.stdout
    # With no server PortAudio sees no devices at all, unless the machine has hardware.
    assert "no sound server running" in run.stdout or "available input devices" in run.stdout


def test_reading_a_microphone_that_was_never_opened_is_an_error():
    with pytest.raises(AudioDeviceError, match="not open"):
        MicrophoneSource().read(timeout=0)


@pytest.mark.parametrize(
    "options", [{"rate": 0}, {"block_seconds": 0}, {"max_queued_blocks": 0}, {"unmute_holdoff": -1}]
)
def test_impossible_settings_are_refused(options):
    with pytest.raises(ValueError):
        MicrophoneSource(**options)


@pytest.mark.soundcard
def test_a_sound_server_that_appears_later_is_seen_only_after_refresh_devices(soundcard, tmp_path):
    script = (
        "import os\n"
        "from speech.audio import list_devices, refresh_devices\n"
        "names = lambda: sorted(d.name for d in list_devices())\n"
        "print('before', names())\n"
        "os.environ['PULSE_SERVER'] = os.environ.pop('LATER_SERVER')\n"
        "print('stale', names())\n"
        "refresh_devices()\n"
        "print('after', names())\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "PULSE_SERVER": f"unix:{tmp_path}/not-yet",
            "LATER_SERVER": soundcard.env["PULSE_SERVER"],
        },
    )
    assert run.returncode == 0, run.stderr
    seen = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    assert "'pulse'" not in seen["before"] and "'pulse'" not in seen["stale"]
    assert "'pulse'" in seen["after"]

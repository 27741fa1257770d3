"""Speaking through the real virtual sound card, heard at the speaker's monitor.

`SinkTap` records the speaker (the null sink's monitor) for the whole module, so that
"how much audio arrived after stop() was called" is read from the recording itself:
the tap's file grows in real time, and its length when stop() is called marks that
moment in the recording. The shared `record_speaker()` hands its audio over only after
its block, with no such mark, so these timing tests keep their own tap.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Iterator

import numpy as np
import pytest

from speech.errors import AudioDeviceError
from speech.tts import Speaker

pytestmark = pytest.mark.soundcard

TAP_RATE = 16000  # Hertz
BLOCK = TAP_RATE // 100  # 10 ms: the resolution of every measurement here
LOUD = 300  # RMS over a block: speech is in the thousands, the null sink's silence is 0
LONG = (
    "Before your appointment on Thursday, you wanted to bring up the sleep diary, "
    "the letter to your sister, and how the breathing exercise went at work this week."
)


class SinkTap:
    """Records the speaker's monitor into a file from start to close, in real time."""

    def __init__(self, card) -> None:
        self._env = {**os.environ, **card.env}
        self._speaker = card.speaker
        # Open for the tap's whole life; close() ends it.
        self._file = tempfile.NamedTemporaryFile(prefix="sink-tap-")  # noqa: SIM115
        self._parec = subprocess.Popen(
            [
                "parec",
                f"--device={card.speaker}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={TAP_RATE}",
                "--channels=1",
                "--latency-msec=20",
            ],
            env=self._env,
            stdout=self._file,
            stderr=subprocess.DEVNULL,
        )
        self._wake()

    def _wake(self) -> None:
        # An idle null sink sleeps in blocks of up to 2 s and only then notices the
        # tap's 20 ms latency; until it does, nothing reaches the monitor. Nudge it with
        # silence until the recording flows.
        deadline = time.monotonic() + 10
        while self.position() == 0:
            assert time.monotonic() < deadline, "the speaker's monitor never produced audio"
            assert self._parec.poll() is None, "parec exited"
            subprocess.run(
                [
                    "pacat",
                    "--playback",
                    f"--device={self._speaker}",
                    "--raw",
                    "--format=s16le",
                    f"--rate={TAP_RATE}",
                    "--channels=1",
                ],
                input=b"\0\0" * BLOCK * 5,
                env=self._env,
                check=True,
                timeout=10,
            )
            time.sleep(0.05)

    def position(self) -> int:
        """Samples recorded so far: 'now' in the recording's time line."""
        return os.path.getsize(self._file.name) // 2

    def audio(self, start: int, end: int | None = None) -> np.ndarray:
        """Samples from `start` to `end` (or to now), as int16."""
        with open(self._file.name, "rb") as f:
            f.seek(2 * start)
            raw = f.read(-1 if end is None else 2 * (end - start))
        return np.frombuffer(raw[: len(raw) // 2 * 2], "<i2")

    def wait_until(self, position: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.position() < position:
            assert time.monotonic() < deadline, "the recording stopped growing"
            time.sleep(0.01)

    def wait_for_sound(self, start: int, timeout: float = 10.0) -> int:
        """Where sound first appears after `start`, waiting for it to come."""
        deadline = time.monotonic() + timeout
        while (found := loud_blocks(self.audio(start))).size == 0:
            assert time.monotonic() < deadline, "no sound arrived at the speaker"
            time.sleep(0.02)
        return start + int(found[0]) * BLOCK

    def close(self) -> None:
        self._parec.terminate()
        self._parec.wait(5)
        self._file.close()


def loud_blocks(samples: np.ndarray) -> np.ndarray:
    """Indexes of the 10 ms blocks of `samples` with speech-level energy."""
    n = len(samples) // BLOCK
    blocks = samples[: n * BLOCK].astype(np.float64).reshape(n, BLOCK)
    return np.flatnonzero(np.sqrt((blocks**2).mean(axis=1)) > LOUD)


def sound_span(samples: np.ndarray) -> tuple[float, float] | None:
    """(start, end) in seconds of the sound in `samples`, or None if it is silent."""
    blocks = loud_blocks(samples)
    if blocks.size == 0:
        return None
    return blocks[0] * BLOCK / TAP_RATE, (blocks[-1] + 1) * BLOCK / TAP_RATE


@pytest.fixture(scope="module")
def tap(soundcard) -> Iterator[SinkTap]:
    tap = SinkTap(soundcard)
    yield tap
    tap.close()


@pytest.fixture
def events() -> list[tuple[bool, int]]:
    """on_playback calls, each with the recording's position when it came."""
    return []


@pytest.fixture
def speaker(soundcard, tap, events, tmp_path) -> Iterator[Speaker]:
    def on_playback(playing: bool) -> None:
        events.append((playing, tap.position()))

    with Speaker(
        output_device=soundcard.output_device,
        on_playback=on_playback,
        cache_dir=tmp_path / "prompts",
    ) as speaker:
        yield speaker


def test_speech_arrives_at_the_speaker_with_the_microphone_muted_around_it(
    speaker, tap, events, tmp_path
):
    rendered = speaker.render(
        "Question saved. Should I keep that as a question?", tmp_path / "reference.wav"
    )
    with wave.open(str(rendered), "rb") as w:
        expected = w.getnframes() / w.getframerate()  # seconds
    reference = rendered.read_bytes()
    start = tap.position()
    speaker.say("Question saved. Should I keep that as a question?")
    # pyttsx3's own say() after a save_to_file would rewrite that file instead of speaking.
    assert rendered.read_bytes() == reference
    tap.wait_until(tap.position() + TAP_RATE // 2)  # the monitor lags the sink a little
    heard = tap.audio(start)
    span = sound_span(heard)
    assert span is not None, "nothing arrived at the speaker"
    # Energy well above silence, for about as long as the rendered speech.
    speech = heard[int(span[0] * TAP_RATE) : int(span[1] * TAP_RATE)].astype(np.float64)
    assert np.sqrt((speech**2).mean()) > 1000
    assert span[1] - span[0] == pytest.approx(expected, abs=0.4)
    # Half duplex: muted before the first sample arrived, unmuted after the last left.
    assert [playing for playing, _ in events] == [True, False]
    (_, muted_at), (_, unmuted_at) = events
    assert muted_at <= start + span[0] * TAP_RATE + BLOCK
    assert unmuted_at >= start + span[1] * TAP_RATE


def test_stop_cuts_playback_within_0_2_s_and_say_works_again(speaker, tap, events):
    speech = speaker.say(LONG, wait=False)  # about seven seconds of speech
    first = tap.wait_for_sound(tap.position())
    tap.wait_until(first + int(0.6 * TAP_RATE))  # let it play a while
    stopped_at = tap.position()
    speaker.stop()
    assert speech.wait(5) and speech.cancelled
    tap.wait_until(stopped_at + int(1.5 * TAP_RATE))
    span = sound_span(tap.audio(first, stopped_at + int(1.5 * TAP_RATE)))
    assert span is not None
    after_stop = first / TAP_RATE + span[1] - stopped_at / TAP_RATE
    assert after_stop < 0.2, f"{after_stop:.3f} s of audio arrived after stop()"
    # The recording is only a fair clock if the speech flowed right up to stop().
    assert after_stop > -0.15
    assert speaker.wait(5) and [playing for playing, _ in events] == [True, False]

    again = tap.position()
    speaker.say("Still here.")
    tap.wait_until(tap.position() + TAP_RATE // 2)
    assert sound_span(tap.audio(again)) is not None
    assert [playing for playing, _ in events] == [True, False, True, False]


def test_the_first_sentence_plays_before_the_rest_is_even_written(speaker, tap):
    start = tap.position()
    heard_first = threading.Event()

    def agenda() -> Iterator[str]:
        yield "You have three things for Thursday."
        # A composer that only went on after the whole script would never get here.
        tap.wait_for_sound(start, timeout=10)
        heard_first.set()
        yield "First, the sleep diary."
        yield "Second, the letter to your sister."

    speaker.say_sentences(agenda())
    assert heard_first.is_set()
    tap.wait_until(tap.position() + TAP_RATE // 2)
    span = sound_span(tap.audio(start))
    assert span is not None and span[1] - span[0] > 3.0  # all three sentences played


def test_queued_utterances_keep_the_microphone_muted_in_between(speaker, tap, events):
    first = speaker.say("One moment.", wait=False)
    second = speaker.say("Here is your agenda.", wait=False)
    assert first.wait(20) and second.wait(20)
    assert [playing for playing, _ in events] == [True, False]


def test_a_prompt_plays_from_the_cache_the_second_time(speaker, tap):
    for _ in range(2):
        start = tap.position()
        speaker.say_prompt("Saved as a question.")
        tap.wait_until(tap.position() + TAP_RATE // 2)
        assert sound_span(tap.audio(start)) is not None
    assert (speaker.prompts.renders, speaker.prompts.hits) == (1, 1)


def test_an_unknown_output_device_is_named_with_the_ones_available(soundcard):
    with (
        Speaker(output_device="no-such-device") as speaker,
        pytest.raises(AudioDeviceError) as caught,
    ):
        speaker.say("Hello.")
    assert "'no-such-device'" in str(caught.value) and "pulse" in str(caught.value)


def test_say_without_waiting_returns_at_once_and_wait_blocks_until_done(speaker, tap):
    start = tap.position()
    speech = speaker.say("This sentence takes a couple of seconds to say.", wait=False)
    assert not speech.done and speaker.speaking
    assert speaker.wait(20) and speech.done and not speaker.speaking
    assert speaker.last_playback is not None and not speaker.last_playback.aborted
    tap.wait_until(tap.position() + TAP_RATE // 2)
    assert sound_span(tap.audio(start)) is not None


def test_the_reference_recording_helper_sees_silence_as_silence(tap):
    start = tap.position()
    tap.wait_until(start + TAP_RATE // 2)
    assert sound_span(tap.audio(start)) is None

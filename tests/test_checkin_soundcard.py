"""A homework check-in end to end on the virtual sound card.

The question is spoken by the real Speaker and recorded from the speaker; the real
microphone stream feeds a stand-in at the recognizer's output boundary, which sees
exactly the audio the microphone delivers and hands over the English answer (no
English model can be installed here). A tone played into the microphone while the
question plays must never arrive; a tone started when playback ends must arrive whole.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.checkin import run_checkin
from assistant.speaking import PrintedVoice, SpeakerVoice
from storage import open_database
from storage.checkins import list_checkins
from storage.items import add_item

RATE = 16000
DURING, AFTER = 440.0, 1000.0  # Hertz: the tone played while speaking, and after


def tone(frequency: float, seconds: float) -> bytes:
    t = np.arange(round(seconds * RATE)) / RATE
    return (8000 * np.sin(2 * np.pi * frequency * t)).astype("<i2").tobytes()


def which_tone(chunk: bytes) -> str:
    samples = np.frombuffer(chunk, "<i2").astype(np.float64)
    if np.sqrt(np.mean(samples**2)) < 500:
        return "quiet"
    peak = np.fft.rfftfreq(len(samples), 1 / RATE)[np.argmax(np.abs(np.fft.rfft(samples)))]
    return "during" if abs(peak - DURING) < 50 else "after" if abs(peak - AFTER) < 50 else "other"


class AnswerAtTheBoundary:
    """Takes the real audio; once the after-tone arrives, 'recognizes' the given answer."""

    def __init__(self, answer: str) -> None:
        self.answer, self.fed = answer, []

    def feed(self, chunk: bytes):
        from speech.recognizer import Utterance

        self.fed.append(which_tone(chunk))
        if self.fed[-1] == "after" and self.fed.count("after") >= 3:
            return Utterance(self.answer, (), 0.9, 0.0, 0.0)
        return None

    def partial(self) -> str:
        return ""

    def flush(self):
        return None


@pytest.mark.soundcard
def test_a_checkin_speaks_then_listens_and_records_the_answer(tmp_path, soundcard):
    from assistant.listening import MicrophoneEar
    from speech.audio import MicrophoneSource
    from speech.tts import Speaker

    database = open_database(f"sqlite:///{tmp_path / 'sessionmate.db'}")
    with database.session(write=True) as session:
        item_id = add_item(session, "homework", "journal for ten minutes every night").id
    boundary = AnswerAtTheBoundary("yes i did it")
    playing = []

    with soundcard.live_microphone(), MicrophoneSource(soundcard.input_device) as microphone:

        def on_playback(active: bool) -> None:
            playing.append(active)
            if active:
                microphone.mute()
                soundcard.play_into_microphone(tone(DURING, 0.5))
            else:
                microphone.unmute()
                soundcard.play_into_microphone(tone(AFTER, 1.0))

        speaker = Speaker(output_device=soundcard.output_device, on_playback=on_playback)
        voice = SpeakerVoice(speaker, PrintedVoice(print), notify=print)
        ear = MicrophoneEar(microphone, boundary)
        try:
            with soundcard.record_speaker() as recording:
                outcome = run_checkin(database, item_id, ear, voice, lambda: _now())
        finally:
            voice.close()

    heard = np.frombuffer(recording.pcm, "<i2").astype(np.float64)
    assert (np.abs(heard) > 1000).sum() / recording.rate > 1.0  # the question was heard
    assert playing[:2] == [True, False]
    assert "during" not in boundary.fed  # nothing the microphone caught while it spoke
    assert boundary.fed.count("after") >= 3  # listening opened as soon as it stopped
    assert outcome.result == "done"
    with database.session() as session:
        assert [c.result for c in list_checkins(session, item_id)] == ["done"]
    database.dispose()


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)

"""Rendering speech to WAV with the real pyttsx3 + espeak-ng: no sound card involved."""

from __future__ import annotations

import subprocess
import sys
import threading
import wave
from pathlib import Path

import pytest

from speech.errors import TtsError
from speech.pcm16 import read_pcm16
from speech.tts import Speaker, render, split_sentences

SHORT = "Question saved."
LONG = (
    "Before your appointment on Thursday, you wanted to bring up the sleep diary, "
    "the letter to your sister, and how the breathing exercise went at work this week."
)
# A ten-item agenda of typical length, as the agenda composer reads it.
AGENDA = [
    "You have ten things for Thursday's session.",
    "First, a question: why do I wake up at four in the morning?",
    "Second, a note: the walk on Sunday helped more than I expected.",
    "Third, homework: keep the sleep diary every evening.",
    "Fourth, a need: I want more time on the family conversation.",
    "Fifth, a question: is it normal to feel worse before it gets better?",
    "Sixth, a note: I said no to the extra shift and nothing bad happened.",
    "Seventh, homework: write the letter to my sister, but do not send it.",
    "Eighth, a need: I would like to talk about the panic at the supermarket.",
    "Ninth, a question: how do I stop checking my phone at night?",
]


def duration(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def test_render_writes_a_16_bit_mono_wav_whose_length_grows_with_the_text(tmp_path):
    short = render(SHORT, tmp_path / "short.wav")
    long = render(LONG, tmp_path / "long.wav")
    for path in (short, long):
        with wave.open(str(path), "rb") as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
    assert 0.5 < duration(short) < 3.0
    assert duration(long) > 4 * duration(short)
    samples, _ = read_pcm16(long)
    assert abs(samples.astype(float)).mean() > 300  # speech, not a silent file


def test_two_renders_in_a_row_both_complete_and_neither_overwrites_the_other(tmp_path):
    first = render(SHORT, tmp_path / "first.wav")
    first_bytes, first_mtime = first.read_bytes(), first.stat().st_mtime_ns
    second = render(LONG, tmp_path / "second.wav")
    # pyttsx3 keeps the last file name: a stale run would rewrite first.wav.
    assert first.read_bytes() == first_bytes
    assert first.stat().st_mtime_ns == first_mtime
    assert duration(second) > 4 * duration(first)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.wav", "second.wav"]


def test_rendering_the_same_path_again_replaces_it_with_the_new_text(tmp_path):
    path = tmp_path / "out.wav"
    render(LONG, path)
    render(SHORT, path)
    assert duration(path) < 3.0


def test_render_script_joins_the_sentences_with_pauses_in_one_wav(tmp_path):
    with Speaker() as speaker:
        parts = [speaker.render(s, tmp_path / f"{i}.wav") for i, s in enumerate(AGENDA[:3])]
        script = speaker.render_script(AGENDA[:3], tmp_path / "agenda.wav", pause=0.5)
        longer = speaker.render_script(AGENDA, tmp_path / "agenda10.wav")
    expected = sum(duration(p) for p in parts) + 2 * 0.5
    assert duration(script) == pytest.approx(expected, abs=0.15)
    assert duration(longer) > 2.5 * duration(script)


def test_the_engine_does_not_print_on_stdout(tmp_path, capfd):
    render(SHORT, tmp_path / "quiet.wav")
    with Speaker(rate=150) as speaker:
        speaker.render_script([SHORT, LONG], tmp_path / "script.wav")
    out, _ = capfd.readouterr()
    assert out == ""  # no "Audio saved to ..." from pyttsx3, at fd level or in sys.stdout


def test_rate_changes_take_effect_on_every_render(tmp_path):
    # pyttsx3's next run used to cancel a queued rate change, silently keeping the old one.
    slow, fast = [], []
    for i in range(3):
        slow.append(duration(render(LONG, tmp_path / f"slow{i}.wav", rate=120)))
        fast.append(duration(render(LONG, tmp_path / f"fast{i}.wav", rate=300)))
    assert max(fast) * 1.8 < min(slow)
    assert max(slow) - min(slow) < 0.3 and max(fast) - min(fast) < 0.3


def test_voice_changes_take_effect_and_never_empty_the_file(tmp_path):
    # A voice change right before a run used to produce an empty WAV. German espeak
    # reads English text more slowly than the American voice, whatever run it is.
    american, german = [], []
    for i in range(3):
        american.append(duration(render(LONG, tmp_path / f"us{i}.wav", voice="en-us")))
        german.append(duration(render(LONG, tmp_path / f"de{i}.wav", voice="gmw/de")))
    assert min(american) > 4.0
    assert min(german) > max(american) + 0.2


FRESH_ENGINE = """
import sys
from pathlib import Path
from speech.tts import render
for i, rate in enumerate((175, 120, 300)):
    render("Keep the sleep diary every evening.", Path(sys.argv[1]) / f"{i}.wav", rate=rate)
"""


def test_a_fresh_engine_never_cuts_its_first_renders_short(tmp_path):
    # pyttsx3's start-up leaves espeak busy; a run started then used to be cancelled by
    # pyttsx3 itself. The race is narrow (a few fresh processes in a hundred lost it), so
    # ten fresh processes run at once and each renders with rate changes in between.
    folders = [tmp_path / str(n) for n in range(10)]
    runs = []
    for folder in folders:
        folder.mkdir()
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", FRESH_ENGINE, str(folder)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=Path(__file__).parents[1],
            )
        )
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert out == ""  # and not a word of chatter
    for folder in folders:
        normal, slow, fast = (duration(folder / f"{i}.wav") for i in range(3))
        assert slow > 1.3 * normal > 1.3 * 1.3 * fast


def test_speakers_on_several_threads_share_one_render_thread(tmp_path):
    results: dict[tuple[int, int], float] = {}
    errors: list[BaseException] = []
    render_threads: set[str] = set()

    def speak(rate: int) -> None:
        try:
            with Speaker(rate=rate) as speaker:
                for i in range(4):
                    path = speaker.render(AGENDA[i], tmp_path / f"{rate}-{i}.wav")
                    results[(rate, i)] = duration(path)
                    render_threads.update(
                        t.name for t in threading.enumerate() if t.name == "speech-render"
                    )
                    assert len([t for t in threading.enumerate() if t.name == "speech-render"]) == 1
        except BaseException as e:  # re-raised below, on the test's thread
            errors.append(e)

    threads = [threading.Thread(target=speak, args=(rate,)) for rate in (120, 200, 300)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len(results) == 12 and render_threads == {"speech-render"}
    for i in range(4):  # each job was rendered at its own Speaker's rate
        assert results[(120, i)] > results[(200, i)] > results[(300, i)]


def test_closing_the_last_speaker_ends_its_threads(tmp_path):
    with Speaker() as speaker:
        speaker.render(SHORT, tmp_path / "a.wav")
        names = {t.name for t in threading.enumerate()}
        assert {"speech-render", "speech-playback"} <= names
    names = {t.name for t in threading.enumerate()}
    assert "speech-playback" not in names and "speech-render" not in names
    with Speaker() as again:  # the engine is picked up again by a new thread
        assert duration(again.render(SHORT, tmp_path / "b.wav")) > 0.5


def test_a_closed_speaker_refuses_to_work(tmp_path):
    speaker = Speaker()
    speaker.close()
    speaker.close()  # twice is fine
    with pytest.raises(TtsError, match="closed"):
        speaker.say("Hello.")
    with pytest.raises(TtsError, match="closed"):
        speaker.render(SHORT, tmp_path / "x.wav")


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_text_is_refused(tmp_path, text):
    with pytest.raises(TtsError, match="nothing to render"):
        render(text, tmp_path / "x.wav")
    with Speaker() as speaker, pytest.raises(TtsError, match="nothing to render"):
        speaker.render_script([text], tmp_path / "y.wav")


def test_split_sentences():
    assert split_sentences("Hello there. How are you?  Fine!\nGood; thanks") == [
        "Hello there.",
        "How are you?",
        "Fine!",
        "Good; thanks",
    ]
    assert split_sentences("  ") == []

"""Voices and rates from settings are checked against the engine; `sessionmate voices`."""

from __future__ import annotations

import subprocess
import sys
import wave

import click
import pytest
from click.testing import CliRunner

from assistant.commands.voices import voices
from speech.errors import TtsError
from speech.tts import Speaker, list_voices
from speech.voices import InstalledVoice, check_rate, resolve_voice

SAMPLE = [
    InstalledVoice("gmw/en", "English (Great Britain)", ("en-gb", "en")),
    InstalledVoice("gmw/en-us", "English (America)", ("en-us",)),
    InstalledVoice("gmw/de", "German", ("de",)),
]


def test_the_engine_lists_its_voices_with_id_name_and_languages():
    found = {v.id: v for v in list_voices()}
    assert len(found) > 50  # espeak-ng ships about 130
    assert found["gmw/en-us"].name == "English (America)"
    assert "en-us" in found["gmw/en-us"].languages


@pytest.mark.parametrize("setting", ["gmw/en-us", "GMW/EN-US", "English (America)", "en-us"])
def test_a_voice_is_found_by_id_name_or_language_code(setting):
    assert resolve_voice(setting, SAMPLE).id == "gmw/en-us"


def test_an_unknown_voice_is_named_and_the_valid_ones_listed():
    with pytest.raises(TtsError) as caught:
        resolve_voice("klingon", SAMPLE)
    message = str(caught.value)
    assert "'klingon'" in message
    assert "gmw/en-us: English (America)" in message and "gmw/de: German" in message


def test_a_speaker_refuses_an_unknown_voice_from_settings():
    # pyttsx3 itself would ignore it silently and speak with the previous voice.
    with pytest.raises(TtsError, match="unknown voice 'nonsense-voice'.*gmw/en-us"):
        Speaker(voice="nonsense-voice")


@pytest.mark.parametrize("rate", [0, 79, 451, 1000, -5, 175.5, "fast", True])
def test_an_unusable_rate_is_refused_with_the_valid_range(rate):
    with pytest.raises(TtsError, match="from 80 to 450"):
        check_rate(rate)
    with pytest.raises(TtsError, match=f"{rate!r}"):
        Speaker(rate=rate)


def test_the_voice_and_rate_settings_reach_the_rendered_audio(tmp_path):
    def seconds(speaker: Speaker) -> float:
        path = speaker.render("Please bring the sleep diary next time.", tmp_path / "x.wav")
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / w.getframerate()

    with Speaker(voice="English (America)", rate=100) as slow, Speaker(rate=400) as fast:
        assert slow.voice == "gmw/en-us" and slow.rate == 100
        assert seconds(slow) > 2.5 * seconds(fast)


def test_the_voices_command_lists_id_name_and_languages():
    result = CliRunner().invoke(voices, [])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) > 50
    line = next(line for line in lines if line.startswith("gmw/en-us "))
    assert "English (America)" in line and "(en-us)" in line


def test_the_voices_command_filters_by_language():
    result = CliRunner().invoke(voices, ["--language", "en"])
    assert result.exit_code == 0
    ids = [line.split()[0] for line in result.output.splitlines()]
    assert "gmw/en-us" in ids and "gmw/en" in ids and "gmw/de" not in ids
    empty = CliRunner().invoke(voices, ["-l", "xx"])
    assert empty.exit_code == 0 and "no voices for language 'xx'" in empty.output


def test_the_voices_command_module_imports_no_speech_engine():
    code = (
        "import sys, assistant.commands.voices; "
        "print(sorted({'pyttsx3', 'sounddevice', 'numpy', 'speech.tts'} & set(sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
    assert isinstance(voices, click.Command) and voices.name == "voices"

"""Fixed prompts are rendered once and then read from the disk cache."""

from __future__ import annotations

import wave

from speech.prompt_cache import prompt_key
from speech.render import worker
from speech.tts import Speaker

PROMPT = "Saved as a question."


def frames(path) -> int:
    with wave.open(str(path), "rb") as w:
        return w.getnframes()


def test_a_prompt_is_rendered_once_then_served_from_the_cache(tmp_path):
    with Speaker(cache_dir=tmp_path) as speaker:
        path = speaker.prompt(PROMPT)
        mtime = path.stat().st_mtime_ns
        renders = worker().renders
        again = speaker.prompt(PROMPT)
        assert again == path and path.stat().st_mtime_ns == mtime
        assert worker().renders == renders  # no second render
        assert (speaker.prompts.renders, speaker.prompts.hits) == (1, 1)
    assert frames(path) > 22050 // 2
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no leftovers


def test_the_cache_outlives_the_speaker(tmp_path):
    with Speaker(cache_dir=tmp_path) as first:
        path = first.prompt(PROMPT)
    mtime = path.stat().st_mtime_ns
    with Speaker(cache_dir=tmp_path) as second:
        assert second.prompt(PROMPT) == path
        assert second.prompts.renders == 0 and second.prompts.hits == 1
    assert path.stat().st_mtime_ns == mtime


def test_another_text_voice_or_rate_is_another_file(tmp_path):
    with (
        Speaker(cache_dir=tmp_path, rate=150) as slow,
        Speaker(cache_dir=tmp_path, rate=300) as fast,
        Speaker(cache_dir=tmp_path, voice="gmw/de", rate=150) as german,
    ):
        paths = {
            slow.prompt(PROMPT),
            slow.prompt("Question saved."),
            fast.prompt(PROMPT),
            german.prompt(PROMPT),
        }
        assert len(paths) == 4
        assert frames(slow.prompt(PROMPT)) > 1.5 * frames(fast.prompt(PROMPT))


def test_the_key_hashes_text_voice_and_rate():
    key = prompt_key(PROMPT, "gmw/en", 175)
    assert len(key) == 64
    assert key == prompt_key(PROMPT, "gmw/en", 175)
    others = {
        prompt_key(PROMPT + " ", "gmw/en", 175),
        prompt_key(PROMPT, "gmw/en-us", 175),
        prompt_key(PROMPT, "gmw/en", 176),
    }
    assert key not in others and len(others) == 3


def test_a_damaged_cache_file_is_rendered_again(tmp_path):
    with Speaker(cache_dir=tmp_path) as speaker:
        path = speaker.prompt(PROMPT)
        path.write_bytes(b"RIFF")  # a crash mid-write, or a bad disk
        assert frames(speaker.prompt(PROMPT)) > 22050 // 2
        assert speaker.prompts.renders == 2

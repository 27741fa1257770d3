"""`sessionmate reflect --file` with the real Vosk engine and the Korean model."""

from __future__ import annotations

import sqlite3

import pytest
from cli_helpers import run_program
from fixtures_speech import phrases_with_pauses, silence, write_wav


def stored(home):
    path = home / "sessionmate.db"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT id, kind, text, transcript, confidence, source FROM items ORDER BY id"
        ).fetchall()


@pytest.mark.vosk
def test_two_phrases_become_two_items_in_order(home, two_phrases, korean_model_path):
    run = run_program(
        home, "--model", str(korean_model_path), "reflect", "--file", str(two_phrases.wav)
    )
    assert run.code == 0, run.err
    rows = stored(home)
    assert len(rows) == 2, (rows, run.out)
    for (ident, kind, text, transcript, confidence, source), line in zip(
        rows, run.out.splitlines(), strict=True
    ):
        assert transcript.strip() and text.strip()
        assert source == "voice" and 0.0 <= confidence <= 1.0
        assert line.startswith(f"{kind} #{ident}: ")
    assert "2 items saved." in run.err


@pytest.mark.vosk
def test_a_long_recording_shows_progress(home, tmp_path, korean_model_path):
    phrases = ("안녕하세요", "감사합니다", "오늘 날씨가 좋네요") * 3
    recording = phrases_with_pauses(phrases, 1.5, tmp_path / "long.wav")
    run = run_program(
        home, "--model", str(korean_model_path), "reflect", "--file", str(recording.wav)
    )
    assert run.code == 0, run.err
    assert "Listening: 50%" in run.err and "Listening: 100%" in run.err
    assert len(stored(home)) >= 6


def _truncated(path, tmp_path):
    data = path.read_bytes()
    return _bytes(tmp_path / "truncated.wav", data[: len(data) // 3 + 1])


def _bytes(path, data):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp, wav: _bytes(tmp / "notes.txt", b"just some text, not audio"), "RIFF"),
        (lambda tmp, wav: _truncated(wav, tmp), "truncated"),
        (lambda tmp, wav: write_wav(tmp / "empty.wav", b""), "no audio"),
        (lambda tmp, wav: tmp / "missing.wav", "missing.wav"),
    ],
)
def test_bad_recordings_are_one_line_and_store_nothing(
    home, tmp_path, two_phrases, korean_model_path, make, message
):
    bad = make(tmp_path, two_phrases.wav)
    run = run_program(home, "--model", str(korean_model_path), "reflect", "--file", str(bad))
    assert run.code == 2, run.err
    assert run.err.count("\n") == 1 and message in run.err, run.err
    assert stored(home) == []


def test_a_missing_model_is_one_line(home, tmp_path, two_phrases):
    run = run_program(
        home, "--model", str(tmp_path / "nowhere"), "reflect", "--file", str(two_phrases.wav)
    )
    assert run.code == 2 and run.err.count("\n") == 1
    assert "nowhere" in run.err
    assert stored(home) == []


def test_a_folder_that_is_not_a_model_names_what_is_missing(home, tmp_path, two_phrases):
    folder = tmp_path / "not-a-model"
    (folder / "conf").mkdir(parents=True)
    (folder / "conf" / "model.conf").write_text("--endpoint.rule2.min-trailing-silence=0.5\n")
    run = run_program(home, "--model", str(folder), "reflect", "--file", str(two_phrases.wav))
    assert run.code == 2 and run.err.count("\n") == 1
    assert "am/final.mdl" in run.err
    assert stored(home) == []


def test_no_microphone_is_one_line(home, korean_model_path):
    run = run_program(
        home,
        "--model",
        str(korean_model_path),
        "reflect",
        "--device",
        "no such microphone",
        PULSE_SERVER="unix:/nonexistent",
    )
    assert run.code == 2, run.err
    assert run.err.count("\n") == 1 and "no such microphone" in run.err
    assert stored(home) == []


def test_silence_only_stores_nothing(home, tmp_path, korean_model_path):
    quiet = write_wav(tmp_path / "quiet.wav", silence(3.0))
    run = run_program(home, "--model", str(korean_model_path), "reflect", "--file", str(quiet))
    assert run.code == 0, run.err
    assert "0 items saved." in run.err

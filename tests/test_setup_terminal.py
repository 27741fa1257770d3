"""`sessionmate setup` in a real terminal: every step answered, then every step skipped."""

from __future__ import annotations

import os
import sqlite3
import sys
import tomllib

import pytest
from fixtures_speech import silence, speak_korean
from terminal import Terminal
from test_models_support import KO_MODEL


def environment(home, **extra: str) -> dict[str, str]:
    env = {**os.environ, "SESSIONMATE_HOME": str(home), **extra}
    for name in ("SESSIONMATE_TZ", "SESSIONMATE_MODEL", "SESSIONMATE_DB_URL"):
        env.pop(name, None)
    return env


def appointments(home) -> list[tuple]:
    path = home / "sessionmate.db"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute("SELECT starts_at, timezone, recurrence FROM appointments").fetchall()


@pytest.mark.soundcard
@pytest.mark.vosk
def test_every_step_answered_stores_zone_appointment_and_contacts(soundcard, tmp_path):
    home = tmp_path / "home"
    terminal = Terminal(
        [
            sys.executable,
            "-m",
            "assistant",
            "setup",
            "--model",
            str(KO_MODEL),
            "--listen-seconds",
            "5",
        ],
        environment(home, SESSIONMATE_LANGUAGE="ko"),
    )
    with soundcard.live_microphone():
        terminal.expect("Type 'yes' to keep it")
        terminal.type("America/New_York")
        terminal.expect("Time zone: America/New_York.")
        terminal.expect("When is your next appointment?")
        terminal.type("thursday 3pm")
        terminal.expect("Does it repeat every week")
        terminal.type("y")
        added = terminal.expect("(50 min, weekly)")
        assert "Added appointment #1" in added and "15:00-15:50 America/New_York" in added
        terminal.expect("Which country are you in?")
        terminal.type("GB")
        shown = terminal.expect("Use these?")
        assert "Samaritans: call 116 123" in shown
        terminal.type("y")
        terminal.expect("Add your own contact")
        terminal.type("My therapist: 020 7946 0000")
        terminal.expect("Add your own contact")
        terminal.type("")
        terminal.expect("Saved 3 crisis contacts.")
        assert "Korean (ko), complete" in terminal.expect("[5/6] Microphone check")
        terminal.expect("Check the microphone now?")
        terminal.type("y")
        terminal.expect("Speak now...")
        soundcard.play_into_microphone(
            silence(0.5) + speak_korean("안녕하세요") + silence(1.0)
        ).join()
        meter = terminal.expect("Heard: ")
        heard = terminal.expect("\n")
        assert "level [#" in meter
        assert heard.strip() and heard.strip() != "(no words)"
        terminal.expect("Play a spoken test line?")
        with soundcard.record_speaker() as recording:
            terminal.type("y")
            terminal.expect("Did you hear")
        terminal.type("y")
        terminal.expect("Speaker: ok.")
        terminal.expect("Setup done.")
    assert terminal.finish() == 0
    assert any(recording.pcm[i] for i in range(len(recording.pcm))), "the test line was played"
    config = tomllib.loads((home / "config.toml").read_text())
    assert config["timezone"] == "America/New_York"
    assert config["crisis_contacts"][-1] == "My therapist: 020 7946 0000"
    assert "Samaritans: call 116 123, free, any hour." in config["crisis_contacts"]
    [(starts_at, zone, recurrence)] = appointments(home)
    assert (zone, recurrence) == ("America/New_York", "weekly")


def test_skipping_every_step_stores_nothing(tmp_path):
    home = tmp_path / "home"
    terminal = Terminal([sys.executable, "-m", "assistant", "setup"], environment(home))
    for question in (
        "Type 'yes' to keep it",
        "When is your next appointment?",
        "Which country are you in?",
        "Download and install the small English",
        "Check the microphone now?",
        "Play a spoken test line?",
    ):
        terminal.expect(question)
        terminal.type("")
    terminal.expect("Setup done.")
    assert terminal.finish() == 0
    assert terminal.shown.count("Skipped.") == 6
    assert not (home / "config.toml").exists()
    assert not (home / "sessionmate.db").exists()
    assert appointments(home) == []


def test_one_step_runs_again_alone(tmp_path):
    home = tmp_path / "home"
    terminal = Terminal(
        [sys.executable, "-m", "assistant", "setup", "--only", "contacts"], environment(home)
    )
    terminal.expect("Which country are you in?")
    terminal.type("Narnia")
    assert "No national lines listed for 'Narnia'" in terminal.expect("Add your own contact")
    terminal.type("My sister: 0151 000000")
    terminal.expect("Add your own contact")
    terminal.type("")
    terminal.expect("Saved 1 crisis contact.")
    assert terminal.finish() == 0
    assert "[1/1] Crisis contacts" in terminal.shown
    config = tomllib.loads((home / "config.toml").read_text())
    assert config == {"crisis_contacts": ["My sister: 0151 000000"]}


def test_the_first_run_in_a_terminal_offers_setup_once(tmp_path):
    home = tmp_path / "home"
    args = [sys.executable, "-m", "assistant", "reflect", "--model", str(tmp_path / "nope")]
    first = Terminal(args, environment(home))
    first.expect("First time here?")
    first.type("n")
    first.expect("model folder")
    assert first.finish() == 2
    again = Terminal(args, environment(home))
    assert again.finish() == 2
    assert "First time here?" not in again.shown and "model folder" in again.shown

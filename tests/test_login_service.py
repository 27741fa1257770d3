"""`sessionmate service install | status | uninstall`: a systemd user unit for `serve`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_program
from requirements_check import require


@pytest.fixture
def places(tmp_path) -> dict[str, str]:
    """A private XDG config folder (where the unit goes) and runtime folder."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    return {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_RUNTIME_DIR": str(runtime)}


def unit_file(places) -> Path:
    return Path(places["XDG_CONFIG_HOME"]) / "systemd" / "user" / "sessionmate.service"


def test_install_writes_a_unit_systemd_accepts_without_the_passphrase(tmp_path, places):
    home = tmp_path / "home"
    run = run_program(home, "service", "install", SESSIONMATE_PASSPHRASE="correct horse", **places)
    assert run.code == 0, run.err
    unit = unit_file(places)
    text = unit.read_text()
    assert f"Wrote {unit}" in run.out
    assert "correct horse" not in text and "PASSPHRASE" not in text
    assert "Restart=on-failure" in text and "StandardOutput=journal" in text
    assert f"--home {home} serve" in text and "WantedBy=default.target" in text
    assert "Environment=SESSIONMATE_TZ=Europe/Berlin" in text
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        require("systemd-analyze is not installed (apt-get install systemd)")
    verified = subprocess.run(
        [analyze, "--user", "verify", str(unit)],
        capture_output=True,
        text=True,
        env={**os.environ, **places},
        timeout=120,
    )
    assert verified.returncode == 0, verified.stderr


def test_systemd_verify_would_catch_a_broken_unit(tmp_path, places):
    """The check above can fail: a unit whose program does not exist is refused."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        require("systemd-analyze is not installed (apt-get install systemd)")
    broken = tmp_path / "sessionmate.service"
    broken.write_text("[Service]\nExecStart=/nonexistent/sessionmate serve\n")
    verified = subprocess.run(
        [analyze, "--user", "verify", str(broken)],
        capture_output=True,
        text=True,
        env={**os.environ, **places},
        timeout=120,
    )
    assert verified.returncode != 0


def test_a_database_password_never_goes_into_the_unit(tmp_path, places):
    run = run_program(
        tmp_path / "home",
        "service",
        "install",
        SESSIONMATE_DB_URL="postgresql://me:secret@db.example/notes",
        **places,
    )
    assert run.code == 2 and run.err.count("\n") == 1
    assert "holds a password, which must not go into a unit file" in run.err
    assert not unit_file(places).exists()


def test_status_and_uninstall(tmp_path, places):
    home = tmp_path / "home"
    before = run_program(home, "service", "status", **places)
    assert before.code == 0 and "(not installed)" in before.out
    assert "Install it with: sessionmate service install" in before.out
    assert run_program(home, "service", "install", **places).code == 0
    installed = run_program(home, "service", "status", **places)
    assert f"unit:    {unit_file(places)} (installed)" in installed.out
    removed = run_program(home, "service", "uninstall", **places)
    assert removed.code == 0 and "Removed the Sessionmate service." in removed.out
    assert not unit_file(places).exists()
    again = run_program(home, "service", "uninstall", **places)
    assert again.code == 0 and "The service was not installed." in again.out


def test_without_systemd_it_says_what_to_do_instead(tmp_path, places):
    empty = tmp_path / "no-programs"
    empty.mkdir()
    run = run_program(tmp_path / "home", "service", "install", PATH=str(empty), **places)
    assert run.code == 0, run.err
    assert "Not enabled: systemd is not available on this machine." in run.err
    assert "Startup Applications" in run.err and "serve" in run.err
    assert unit_file(places).is_file()
    status = run_program(tmp_path / "home", "service", "status", PATH=str(empty), **places)
    assert "systemd: systemd is not available on this machine" in status.out


def test_the_unit_starts_this_installation(tmp_path, places):
    assert run_program(tmp_path / "home", "service", "install", **places).code == 0
    exec_start = next(
        line for line in unit_file(places).read_text().splitlines() if line.startswith("ExecStart=")
    )
    program = exec_start.removeprefix("ExecStart=").split()[0]
    assert Path(program).parent == Path(sys.executable).parent


def test_the_units_command_starts_serve(tmp_path, places):
    """What systemd would run: the unit's ExecStart and Environment, as written."""
    import shlex
    import signal

    home = tmp_path / "home"
    assert run_program(home, "service", "install", **places).code == 0
    lines = unit_file(places).read_text().splitlines()
    command = shlex.split(
        next(line for line in lines if line.startswith("ExecStart=")).removeprefix("ExecStart=")
    )
    unit_env = dict(
        line.removeprefix("Environment=").split("=", 1)
        for line in lines
        if line.startswith("Environment=")
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("SESSIONMATE_")}
    serve = subprocess.Popen(
        command,
        env={**env, **unit_env, "PULSE_SERVER": "unix:/none"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = serve.stdout.readline()
        serve.send_signal(signal.SIGTERM)
        out, _ = serve.communicate(timeout=60)
    finally:
        serve.kill()
    assert first.startswith("Serving with 0 scheduled jobs; log: " + str(home))
    assert serve.returncode == 0 and out.endswith("Stopped.\n")


def test_an_encrypted_database_without_a_saved_passphrase_is_warned_about(tmp_path, places):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("encrypted = true\n")
    env = {**places, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    run = run_program(home, "service", "install", **env)
    assert run.code == 0, run.err
    assert "the system keyring holds no passphrase for it" in run.err
    assert "sessionmate init --encrypt --keyring" in run.err

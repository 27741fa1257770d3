"""Nothing leaks (no network) and nothing is lost (a killed reflect keeps what it printed)."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_program
from fixtures_speech import phrases_with_pauses

NETGUARD = Path(__file__).parent / "netguard"


@pytest.fixture
def guarded(tmp_path):
    log = tmp_path / "connections.log"
    log.touch()
    env = {"PYTHONPATH": str(NETGUARD), "NETGUARD_LOG": str(log)}
    return env, log


def test_the_guard_itself_sees_and_refuses_a_connection(tmp_path, guarded):
    env, log = guarded
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), 1)\n"
        "except OSError as e:\n"
        "    print(e)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )
    assert "netguard" in done.stdout
    assert log.read_text() == "192.0.2.1:80\n"


@pytest.mark.vosk
def test_the_main_commands_open_no_connection(tmp_path, guarded, two_phrases, korean_model_path):
    env, log = guarded
    home = tmp_path / "home"
    out = tmp_path / "export"
    commands = [
        ("add", "question is it normal to feel numb after crying"),
        ("add", "--as", "homework", "journal every night"),
        ("items",),
        ("mark", "1", "answered"),
        ("appointments", "add", "thursday", "3pm", "--weekly"),
        ("appointments", "list"),
        ("agenda",),
        ("agenda", "--markdown"),
        ("homework", "plan", "2", "--daily", "20:00"),
        ("homework", "checkin", "2", "partial", "--note", "too tired"),
        ("homework",),
        ("schedule", "--days", "3", "--json"),
        ("classify", "scratch that"),
        ("undo",),
        ("export", "--out", str(out)),
        ("models", "list"),
        ("models", "verify", str(korean_model_path)),
        ("--model", str(korean_model_path), "reflect", "--file", str(two_phrases.wav)),
    ]
    for args in commands:
        run = run_program(home, *args, **env)
        assert run.code == 0, (args, run.err)
    (exported,) = out.glob("*.json")
    assert run_program(home, "import", str(exported), **env).code == 0
    assert log.read_text() == ""


@pytest.mark.vosk
def test_a_killed_reflect_keeps_every_item_it_printed(tmp_path, korean_model_path):
    phrases = ("안녕하세요", "감사합니다", "오늘 날씨가 좋네요", "만나서 반갑습니다") * 6
    recording = phrases_with_pauses(phrases, 1.0, tmp_path / "long.wav")
    home = tmp_path / "home"
    env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "UTC"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "--model",
            str(korean_model_path),
            "reflect",
            "--file",
            str(recording.wav),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    printed = []
    try:
        for line in process.stdout:
            if re.match(r"\w+ #\d+: ", line):
                printed.append(line)
            if len(printed) == 4:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert len(printed) == 4
    with sqlite3.connect(home / "sessionmate.db") as db:
        stored = {(kind, ident) for ident, kind in db.execute("SELECT id, kind FROM items")}
    for line in printed:
        kind, ident = re.match(r"(\w+) #(\d+): ", line).groups()
        assert (kind, int(ident)) in stored


def test_models_install_connects_only_to_the_server_it_was_given(tmp_path, guarded):
    from test_models_support import ModelServer, make_model, sha256, zip_folder

    env, log = guarded
    name = "vosk-model-small-en-us-0.15"
    archive = zip_folder(make_model(tmp_path / "src" / name), tmp_path / f"{name}.zip")
    with ModelServer({archive.name: archive.read_bytes()}) as server:
        run = run_program(
            tmp_path / "home",
            "models",
            "install",
            "small-en-us",
            "--sha256",
            sha256(archive),
            SESSIONMATE_MODEL_BASE_URL=server.base_url,
            NETGUARD_ALLOW_LOOPBACK="1",
            **env,
        )
    assert run.code == 0, run.err
    hosts = set(log.read_text().split())
    assert hosts and all(host.startswith("127.0.0.1:") for host in hosts)

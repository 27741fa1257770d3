"""Settings resolved once with their sources; `sessionmate config show|get|set|path`."""

from __future__ import annotations

import os
import stat
import threading

import pytest
from cli_helpers import run_in_process
from test_models_support import make_model

from assistant.errors import SettingsError
from assistant.settings import resolve_settings


def test_each_value_names_where_it_came_from(tmp_path):
    (tmp_path / "config.toml").write_text('timezone = "Asia/Tokyo"\ngrace_minutes = 30\n')
    env = {"SESSIONMATE_DB_URL": "sqlite:////from/env", "SESSIONMATE_LANGUAGE": "de"}
    settings = resolve_settings(home=tmp_path, model=tmp_path / "m", env=env)
    config = str(tmp_path / "config.toml")
    assert settings.source("data_dir") == "--home"
    assert settings.source("timezone") == config
    assert settings.source("grace_minutes") == config
    assert settings.source("database_url") == "SESSIONMATE_DB_URL"
    assert (settings.language, settings.source("language")) == ("de", "SESSIONMATE_LANGUAGE")
    assert settings.source("model") == "--model"
    assert settings.source("readout_lead_minutes") == "default"
    assert (
        resolve_settings(home=tmp_path, env={"SESSIONMATE_TZ": "UTC"}).source("timezone")
        == "SESSIONMATE_TZ"
    )


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            "readout_lead_minutes = 1000000000000000000\n",
            "{path}: readout_lead_minutes 1000000000000000000 must be at most 10080",
        ),
        ("review_threshold = nan\n", "{path}: review_threshold nan must be between 0 and 1"),
        ("review_threshold = inf\n", "{path}: review_threshold inf must be between 0 and 1"),
        ("grace_minutes = 100000\n", "{path}: grace_minutes 100000 must be from 1 to 1440"),
        ("speech_rate = 5\n", "{path}: speech_rate 5 must be from 80 to 450"),
        ('language = "English"\n', "{path}: language 'English' is not a language code"),
        ("input_device = -1\n", "{path}: device index -1 must be 0 or more"),
    ],
)
def test_a_value_out_of_range_names_the_file_and_the_range(tmp_path, config, message):
    (tmp_path / "config.toml").write_text(config)
    with pytest.raises(SettingsError) as raised:
        resolve_settings(home=tmp_path, env={})
    assert message.format(path=tmp_path / "config.toml") in str(raised.value)


def test_a_fifo_config_file_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "config.toml")
    outcome: list[BaseException | None] = []

    def resolve() -> None:
        try:
            resolve_settings(home=tmp_path, env={})
            outcome.append(None)
        except SettingsError as err:
            outcome.append(err)

    worker = threading.Thread(target=resolve, daemon=True)
    worker.start()
    worker.join(60)  # a hang is the failure; no timing is asserted
    assert outcome and "not a regular file" in str(outcome[0])


def test_a_huge_config_file_is_refused(tmp_path):
    (tmp_path / "config.toml").write_text("# filler\n" * 20000)
    with pytest.raises(SettingsError, match="too big for a config file"):
        resolve_settings(home=tmp_path, env={})


def test_config_show_names_each_source(home, capsys, monkeypatch):
    monkeypatch.setenv("SESSIONMATE_LANGUAGE", "en")
    assert run_in_process(capsys, "config", "set", "readout_lead_minutes", "45").code == 0
    shown = run_in_process(capsys, "config", "show")
    assert shown.code == 0
    lines = {line.split()[0]: line for line in shown.out.splitlines()}
    assert lines["readout_lead_minutes"].split()[1] == "45"
    assert lines["readout_lead_minutes"].endswith(f"[{home / 'config.toml'}]")
    assert lines["timezone"].endswith("[SESSIONMATE_TZ]")
    assert lines["language"].endswith("[SESSIONMATE_LANGUAGE]")
    assert lines["grace_minutes"].endswith("[default]")
    assert lines["data_dir"].endswith("[SESSIONMATE_HOME]")


def test_config_set_checks_and_writes_owner_only(home, capsys):
    for key, value in (
        ("timezone", "America/New_York"),
        ("review_threshold", "0.7"),
        ("encrypted", "false"),
        ("input_device", "2"),
        ("language", "en_US"),
    ):
        run = run_in_process(capsys, "config", "set", key, value)
        assert run.code == 0, run.err
    run = run_in_process(
        capsys,
        "config",
        "set",
        "crisis_contacts",
        "Samaritans: 116 123",
        "My therapist: 030 1234567",
    )
    assert run.code == 0, run.err
    path = home / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert run_in_process(capsys, "config", "path").out == f"{path}\n"
    before = path.read_bytes()
    bad = run_in_process(capsys, "config", "set", "grace_minutes", "0")
    assert bad.code == 2 and "grace_minutes 0 must be from 1 to 1440" in bad.err
    assert path.read_bytes() == before, "a refused value writes nothing"
    settings = resolve_settings(home=home, env={})
    assert settings.timezone == "America/New_York" and settings.review_threshold == 0.7
    assert settings.input_device == 2 and settings.language == "en-us"
    assert settings.crisis_contacts == ("Samaritans: 116 123", "My therapist: 030 1234567")
    assert run_in_process(capsys, "config", "get", "review_threshold").out == "0.7\n"
    assert 'language = "en-us"' in path.read_text()


def test_config_show_hides_a_database_password(home, capsys, monkeypatch):
    monkeypatch.setenv("SESSIONMATE_DB_URL", "postgresql://me:secret@db.example/notes")
    shown = run_in_process(capsys, "config", "show")
    assert "secret" not in shown.out and "postgresql://me:***@db.example/notes" in shown.out


@pytest.mark.parametrize("where", ["environment", "config file", "option"])
def test_a_missing_model_folder_is_named_by_its_real_source(
    home, tmp_path, capsys, monkeypatch, where
):
    monkeypatch.delenv("SESSIONMATE_MODEL", raising=False)
    gone = tmp_path / "nope"
    wav = tmp_path / "a.wav"
    wav.write_bytes(b"")
    args = ["reflect", "--file", str(wav)]
    if where == "environment":
        monkeypatch.setenv("SESSIONMATE_MODEL", str(gone))
        source = "SESSIONMATE_MODEL"
    elif where == "config file":
        home.mkdir()
        (home / "config.toml").write_text(f'model = "{gone}"\n')
        source = str(home / "config.toml")
    else:
        args += ["--model", str(gone)]  # after the subcommand
        source = "--model"
    run = run_in_process(capsys, *args)
    assert run.code == 2 and run.err.count("\n") == 1
    assert run.err.startswith(f"sessionmate: error: {source}: model folder {gone} does not exist")


def test_model_given_after_the_subcommand_beats_the_one_before(home, tmp_path, capsys):
    model = make_model(tmp_path / "chosen")
    before = run_in_process(capsys, "--model", str(tmp_path / "other"), "doctor")
    assert f"--model: model folder {tmp_path / 'other'} does not exist" in before.out
    after = run_in_process(
        capsys, "--model", str(tmp_path / "other"), "doctor", "--model", str(model)
    )
    assert f"ok  model       chosen, language not known, complete ({model})" in after.out
    shown = run_in_process(capsys, "--model", str(tmp_path / "other"), "config", "show")
    assert str(tmp_path / "other") in shown.out and "[--model]" in shown.out


@pytest.mark.parametrize("kind", ["fifo", "huge number"])
def test_a_bad_config_file_is_one_line_for_a_command(home, capsys, kind):
    home.mkdir()
    config = home / "config.toml"
    if kind == "fifo":
        os.mkfifo(config)
    else:
        config.write_text("readout_lead_minutes = 1000000000000000000\n")
    run = run_in_process(capsys, "items")
    assert run.code == 2 and run.out == "" and run.err.count("\n") == 1, run.err
    assert str(config) in run.err


def test_config_set_model_checks_the_folder(home, tmp_path, capsys):
    bad = run_in_process(capsys, "config", "set", "model", str(tmp_path / "nope"))
    assert bad.code == 2 and f"config set model: model folder {tmp_path / 'nope'}" in bad.err
    assert not (home / "config.toml").exists()
    model = make_model(tmp_path / "vosk-model-small-en-us-0.15")
    assert run_in_process(capsys, "config", "set", "model", str(model)).code == 0
    shown = run_in_process(capsys, "config", "show").out
    assert f"{model}  [{home / 'config.toml'}]" in shown

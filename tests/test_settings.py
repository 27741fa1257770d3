"""Settings: options beat the environment, which beats the config file, then defaults."""

from __future__ import annotations

import pytest

from assistant.errors import SettingsError
from assistant.settings import resolve_settings, set_config_value


def write_config(home, text: str):
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text)


def test_defaults_for_an_empty_data_directory(tmp_path):
    settings = resolve_settings(home=tmp_path, env={"SESSIONMATE_TZ": "UTC"})
    assert settings.database_url == f"sqlite:///{tmp_path / 'sessionmate.db'}"
    assert (settings.review_threshold, settings.readout_lead_minutes, settings.grace_minutes) == (
        0.8,
        60,
        15,
    )
    assert settings.encrypted is False


def test_options_beat_the_environment_which_beats_the_config_file(tmp_path):
    write_config(
        tmp_path,
        'timezone = "Asia/Tokyo"\ndatabase_url = "sqlite:////from/config"\n'
        "grace_minutes = 30\nreadout_lead_minutes = 90\n",
    )
    from_config = resolve_settings(home=tmp_path, env={})
    assert (from_config.timezone, from_config.database_url) == (
        "Asia/Tokyo",
        "sqlite:////from/config",
    )
    assert (from_config.grace_minutes, from_config.readout_lead_minutes) == (30, 90)
    env = {"SESSIONMATE_TZ": "Europe/Berlin", "SESSIONMATE_DB_URL": "sqlite:////from/env"}
    from_env = resolve_settings(home=tmp_path, env=env)
    assert (from_env.timezone, from_env.database_url) == ("Europe/Berlin", "sqlite:////from/env")
    from_option = resolve_settings(home=tmp_path, database_url="sqlite:////from/option", env=env)
    assert from_option.database_url == "sqlite:////from/option"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("grace_minutes = 0\n", "grace_minutes 0 must be from 1 to 1440"),
        ("review_threshold = 2\n", "review_threshold 2.0 must be between 0 and 1"),
        ("readout_lead_minutes = -5\n", "readout_lead_minutes -5 must be 0 or more"),
        ('encrypted = "yes"\n', "'encrypted'"),
        ('colour = "blue"\n', "unknown setting 'colour'"),
        ('timezone = "Mars/Olympus"\n', "unknown time zone 'Mars/Olympus'"),
    ],
)
def test_bad_config_values_name_the_setting(tmp_path, config, message):
    write_config(tmp_path, config)
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_settings(home=tmp_path, env={})


def test_setting_one_value_keeps_the_rest_of_the_file(tmp_path):
    write_config(tmp_path, '# my settings\ntimezone = "UTC"\n\n[extra]\n')
    with pytest.raises(SettingsError):  # [extra] is not a known setting: refuse to edit
        set_config_value(tmp_path, "encrypted", True)
    write_config(tmp_path, '# my settings\ntimezone = "UTC"\n')
    set_config_value(tmp_path, "encrypted", True)
    set_config_value(tmp_path, "grace_minutes", 20)
    text = (tmp_path / "config.toml").read_text()
    assert text.startswith("# my settings\n") and 'timezone = "UTC"' in text
    settings = resolve_settings(home=tmp_path, env={})
    assert (settings.encrypted, settings.grace_minutes) == (True, 20)

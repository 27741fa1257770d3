"""config.toml as a person edits it from the command line: values typed as text, shown back.

`sessionmate config set KEY VALUE` gives every value as text; here it becomes the type the
file holds (a number, true/false, a list), is checked like a value read from the file,
and is rendered as TOML.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from assistant.errors import SettingsError
from assistant.settings import CONFIG_KEYS, check_config_value

# What `config show` and `config get` print for each setting (names of Settings fields).
SHOWN = (
    "data_dir",
    "database_url",
    "timezone",
    "language",
    "model",
    "voice",
    "speech_rate",
    "input_device",
    "output_device",
    "review_threshold",
    "readout_lead_minutes",
    "grace_minutes",
    "crisis_contacts",
    "encrypted",
)


def render_value(value: object) -> str:
    """`value` as a TOML value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(render_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def parse_value(key: str, words: Sequence[str], origin: str = "config set") -> object:
    """The typed value of `key` from the words typed after it, checked."""
    if key not in CONFIG_KEYS:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(CONFIG_KEYS))}")
    expected = CONFIG_KEYS[key]
    if expected is list:
        value: object = [w for w in words if w.strip()]
        if not value:
            raise SettingsError(f"{origin}: {key} needs at least one entry")
        return check_config_value(key, value, f"{origin} {key}")
    if len(words) != 1:
        raise SettingsError(f"{origin}: {key} takes one value, got {len(words)}; quote it")
    text = words[0]
    if expected is bool:
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "yes", "no", "on", "off"):
            raise SettingsError(f"{origin}: {key} {text!r} must be true or false")
        value = lowered in ("true", "yes", "on")
    elif expected is int:
        value = _whole(key, text, origin)
    elif expected == (int, float):
        try:
            value = float(text)
        except ValueError as err:
            raise SettingsError(f"{origin}: {key} {text!r} must be a number") from err
    elif expected == (str, int):
        value = int(text) if text.strip().isdigit() else text
    elif key == "model":
        value = _model_folder(text, f"{origin} {key}")
    else:
        value = text
    return check_config_value(key, value, f"{origin} {key}")


def _model_folder(text: str, origin: str) -> str:
    """A model folder is checked when set, not first when someone speaks."""
    from pathlib import Path

    from speech.errors import ModelError
    from speech.models import check_model

    folder = Path(text).expanduser().absolute()
    try:
        check_model(folder)
    except ModelError as err:
        raise SettingsError(f"{origin}: {err}") from err
    return str(folder)


def _whole(key: str, text: str, origin: str) -> int:
    try:
        return int(text.strip(), 10)
    except ValueError as err:
        raise SettingsError(f"{origin}: {key} {text!r} must be a whole number") from err


def shown(value: object) -> str:
    """A setting's value as `config show` prints it."""
    if value is None:
        return "(not set)"
    if isinstance(value, (list, tuple)):
        return " | ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

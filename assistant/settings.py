"""Settings, resolved in one place: options beat the environment, which beats the config file.

The data directory holds the database, the config file, downloaded models and logs.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import SettingsError

CONFIG_NAME = "config.toml"
DATABASE_NAME = "sessionmate.db"

DEFAULT_CRISIS_CONTACTS = (
    "If you are in danger right now, call your local emergency number (911 in the US, "
    "112 in Europe).",
    "In the US you can call or text 988, the Suicide and Crisis Lifeline, at any hour.",
)

# Config-file keys and the type each must have.
CONFIG_KEYS: dict[str, type | tuple[type, ...]] = {
    "timezone": str,
    "database_url": str,
    "model": str,
    "voice": str,
    "speech_rate": int,
    "input_device": (str, int),
    "output_device": (str, int),
    "review_threshold": (int, float),
    "readout_lead_minutes": int,
    "grace_minutes": int,
    "crisis_contacts": list,
    "encrypted": bool,
}


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    timezone: str
    model: Path | None = None
    voice: str | None = None
    speech_rate: int | None = None
    input_device: str | int | None = None
    output_device: str | int | None = None
    # Below this classifier confidence an item is filed with its best guess and flagged.
    review_threshold: float = 0.55
    readout_lead_minutes: int = 60
    # How late a reminder may still come (after the computer was off, or a long dialog).
    grace_minutes: int = 15
    crisis_contacts: tuple[str, ...] = field(default=DEFAULT_CRISIS_CONTACTS)
    # The SQLite file is kept in SQLCipher; the passphrase is never stored in settings.
    encrypted: bool = False

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sessionmate", appauthor=False))


def system_timezone() -> str:
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # noqa: BLE001 - a broken system setting falls back to UTC
        return "UTC"


def check_timezone(name: str, origin: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise SettingsError(
            f"unknown time zone {name!r} from {origin}: use an IANA name such as "
            "Europe/Berlin or America/New_York"
        ) from err
    return name


def read_config(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"cannot read config file {path}: {err}") from err
    except OSError as err:  # a folder, or not readable by this user
        raise SettingsError(f"cannot read config file {path}: {err.strerror}") from err
    for key, value in config.items():
        if key not in CONFIG_KEYS:
            raise SettingsError(
                f"unknown setting {key!r} in {path}; known: {', '.join(sorted(CONFIG_KEYS))}"
            )
        expected = CONFIG_KEYS[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise SettingsError(f"setting {key!r} in {path} has the wrong type: {value!r}")
    return config


def prepare_data_dir(path: Path) -> Path:
    """Create the data directory owner-only (these are therapy notes)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except FileExistsError as err:
        raise SettingsError(
            f"cannot use data directory {path}: it is a file, not a folder"
        ) from err
    except OSError as err:
        raise SettingsError(f"cannot use data directory {path}: {err.strerror}") from err
    return path


def resolve_settings(
    home: Path | None = None,
    database_url: str | None = None,
    model: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Options first, then SESSIONMATE_* variables, then the config file, then defaults."""
    env = os.environ if env is None else env
    data_dir = Path(home or env.get("SESSIONMATE_HOME") or default_data_dir()).expanduser()
    config = read_config(data_dir / CONFIG_NAME)

    timezone = env.get("SESSIONMATE_TZ")
    origin = "SESSIONMATE_TZ"
    if not timezone and "timezone" in config:
        timezone, origin = str(config["timezone"]), f"{data_dir / CONFIG_NAME}"
    if not timezone:
        timezone, origin = system_timezone(), "the system"
    check_timezone(timezone, origin)

    url = (
        database_url
        or env.get("SESSIONMATE_DB_URL")
        or config.get("database_url")
        or f"sqlite:///{data_dir / DATABASE_NAME}"
    )
    model_path = model or env.get("SESSIONMATE_MODEL") or config.get("model")
    threshold = float(config.get("review_threshold", 0.55))
    if not 0.0 <= threshold <= 1.0:
        raise SettingsError(f"review_threshold {threshold} must be between 0 and 1")
    lead = int(config.get("readout_lead_minutes", 60))
    if lead < 0:
        raise SettingsError(f"readout_lead_minutes {lead} must be 0 or more")
    grace = int(config.get("grace_minutes", 15))
    if not 1 <= grace <= 24 * 60:
        raise SettingsError(f"grace_minutes {grace} must be from 1 to 1440")
    contacts = config.get("crisis_contacts")
    return Settings(
        data_dir=data_dir,
        database_url=str(url),
        timezone=timezone,
        model=Path(str(model_path)).expanduser() if model_path else None,
        voice=env.get("SESSIONMATE_VOICE") or config.get("voice") or None,
        speech_rate=config.get("speech_rate"),
        input_device=config.get("input_device"),
        output_device=config.get("output_device"),
        review_threshold=threshold,
        readout_lead_minutes=lead,
        grace_minutes=grace,
        crisis_contacts=tuple(str(c) for c in contacts) if contacts else DEFAULT_CRISIS_CONTACTS,
        encrypted=bool(config.get("encrypted", False)),
    )


def set_config_value(data_dir: Path, key: str, value: bool | int | str) -> None:
    """Set one top-level key in config.toml, keeping the rest of the file as written."""
    import json

    if key not in CONFIG_KEYS:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(CONFIG_KEYS))}")
    path = data_dir / CONFIG_NAME
    read_config(path)  # refuse to edit a file that is already broken
    rendered = ("true" if value else "false") if isinstance(value, bool) else json.dumps(value)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if line.split("=", 1)[0].strip() != key]
    # Top-level keys must come before any [table] header.
    first_table = next((n for n, line in enumerate(kept) if line.lstrip().startswith("[")),
                       len(kept))
    kept.insert(first_table, f"{key} = {rendered}")
    temporary = path.with_name(CONFIG_NAME + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept) + "\n")
    os.replace(temporary, path)

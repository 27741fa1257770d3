"""Settings, resolved in one place: options beat the environment, which beats the config file.

Every value is resolved once, checked against its documented range, and remembered with
where it came from (``Settings.sources``), so an error and `sessionmate config show` name
the real source: "--model", "SESSIONMATE_MODEL", the config file's path, "default" or
"the system". The data directory holds the database, the config file, models and logs.
"""

from __future__ import annotations

import math
import os
import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import SettingsError

CONFIG_NAME = "config.toml"
DATABASE_NAME = "sessionmate.db"
# A hand-written config file is a few hundred bytes; anything this big is not one.
CONFIG_MAX_BYTES = 64 * 1024

DEFAULT_CRISIS_CONTACTS = (
    "If you are in danger right now, call your local emergency number (911 in the US, "
    "112 in Europe).",
    "In the US you can call or text 988, the Suicide and Crisis Lifeline, at any hour.",
)
DEFAULT_LANGUAGE = "en"

# Config-file keys and the type each must have.
CONFIG_KEYS: dict[str, type | tuple[type, ...]] = {
    "timezone": str,
    "database_url": str,
    "model": str,
    "language": str,
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

# The environment variable each setting may come from (the rest come from the file only).
ENV_NAMES = {
    "data_dir": "SESSIONMATE_HOME",
    "timezone": "SESSIONMATE_TZ",
    "database_url": "SESSIONMATE_DB_URL",
    "model": "SESSIONMATE_MODEL",
    "language": "SESSIONMATE_LANGUAGE",
    "voice": "SESSIONMATE_VOICE",
}
OPTION_NAMES = {"data_dir": "--home", "database_url": "--db", "model": "--model"}

DEFAULT_SOURCE = "default"
SYSTEM_SOURCE = "the system"

_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")
MAX_LEAD_MINUTES = 7 * 24 * 60  # a readout more than a week ahead is not "before" a session
MAX_GRACE_MINUTES = 24 * 60
SPEECH_RATES = (80, 450)  # words per minute espeak-ng speaks intelligibly


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    timezone: str
    model: Path | None = None
    # The language the person speaks: only a model of this language is found for them.
    language: str = DEFAULT_LANGUAGE
    voice: str | None = None
    speech_rate: int | None = None
    input_device: str | int | None = None
    output_device: str | int | None = None
    # Below this classifier confidence (the chance the label is right, fitted on held-out
    # predictions) an item is filed with its best guess and flagged; chosen on cross-validation
    # to flag most mistakes while bothering few right items (python -m intents.train_meaning).
    review_threshold: float = 0.8
    readout_lead_minutes: int = 60
    # How late a reminder may still come (after the computer was off, or a long dialog).
    grace_minutes: int = 15
    crisis_contacts: tuple[str, ...] = field(default=DEFAULT_CRISIS_CONTACTS)
    # The SQLite file is kept in SQLCipher; the passphrase is never stored in settings.
    encrypted: bool = False
    # Where each value came from: setting name -> "--model", "SESSIONMATE_TZ", the config
    # file's path, "default" or "the system".
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    def source(self, name: str) -> str:
        return self.sources.get(name, DEFAULT_SOURCE)


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


def _read_bounded(path: Path) -> str | None:
    """The file's text, or None when there is none; never blocks (a FIFO) or reads a disk."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        if path.is_symlink():  # a link to nothing: the person meant a config file to be there
            raise SettingsError(
                f"cannot read config file {path}: it links to {os.readlink(path)}, "
                "which does not exist"
            ) from None
        return None  # (a data directory that is a file is reported when it is made)
    except OSError as err:  # not readable by this user, a dangling link, ...
        raise SettingsError(f"cannot read config file {path}: {err.strerror}") from err
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SettingsError(f"cannot read config file {path}: Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SettingsError(
                f"cannot read config file {path}: not a regular file (a pipe or a device); "
                "it must be a TOML text file"
            )
        if info.st_size > CONFIG_MAX_BYTES:
            raise SettingsError(
                f"cannot read config file {path}: {info.st_size} bytes is too big for a "
                f"config file (at most {CONFIG_MAX_BYTES})"
            )
        data = os.read(fd, CONFIG_MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > CONFIG_MAX_BYTES:
        raise SettingsError(f"cannot read config file {path}: more than {CONFIG_MAX_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SettingsError(f"cannot read config file {path}: {err}") from err


def read_config(path: Path) -> dict[str, object]:
    text = _read_bounded(path)
    if text is None:
        return {}
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise SettingsError(f"cannot read config file {path}: {err}") from err
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


# --- checks: each takes the value as found and where from; returns it as used ----------


def _number_between(
    name: str, low: float, high: float, unit: str = ""
) -> Callable[[object, str], float]:
    def check(value: object, origin: str) -> float:
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:
            number = math.inf
        if math.isnan(number) or not low <= number <= high:
            raise SettingsError(
                f"{origin}: {name} {number} must be between {low:g} and {high:g}{unit}"
            )
        return number

    return check


def _whole_between(
    name: str, low: int, high: int, below: str, above: str
) -> Callable[[object, str], int]:
    def check(value: object, origin: str) -> int:
        number: int = int(value)  # type: ignore[call-overload]
        if number < low:
            raise SettingsError(f"{origin}: {name} {value} {below}")
        if number > high:
            raise SettingsError(f"{origin}: {name} {value} {above}")
        return number

    return check


def _language(value: object, origin: str) -> str:
    tag = str(value).strip().lower().replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(tag):
        raise SettingsError(
            f"{origin}: language {value!r} is not a language code; use one such as en, "
            "en-us, de or ko"
        )
    return tag


def _device(value: object, origin: str) -> str | int:
    if isinstance(value, int) and value < 0:
        raise SettingsError(f"{origin}: device index {value} must be 0 or more")
    if isinstance(value, str) and not value.strip():
        raise SettingsError(f"{origin}: an empty device name; give a name or an index")
    return value  # type: ignore[return-value]


def _speech_rate(value: object, origin: str) -> int:
    low, high = SPEECH_RATES
    rate: int = int(value)  # type: ignore[call-overload]
    if not low <= rate <= high:
        raise SettingsError(
            f"{origin}: speech_rate {value} must be from {low} to {high} words per minute"
        )
    return rate


def _contacts(value: object, origin: str) -> tuple[str, ...]:
    # A number is no contact: "988" must be written as text, with who answers it.
    if not isinstance(value, list | tuple) or not all(isinstance(c, str) for c in value):
        raise SettingsError(
            f"{origin}: crisis_contacts must be a list of texts, e.g. "
            '["Crisis line: call or text 988"], not ' + f"{value!r:.80}"
        )
    contacts = tuple(c.strip() for c in value if c.strip())
    return contacts or DEFAULT_CRISIS_CONTACTS


CHECKS: dict[str, Callable[[object, str], object]] = {
    "review_threshold": _number_between("review_threshold", 0.0, 1.0),
    "readout_lead_minutes": _whole_between(
        "readout_lead_minutes",
        0,
        MAX_LEAD_MINUTES,
        "must be 0 or more",
        f"must be at most {MAX_LEAD_MINUTES} (a week)",
    ),
    "grace_minutes": _whole_between(
        "grace_minutes",
        1,
        MAX_GRACE_MINUTES,
        f"must be from 1 to {MAX_GRACE_MINUTES}",
        f"must be from 1 to {MAX_GRACE_MINUTES}",
    ),
    "language": _language,
    "speech_rate": _speech_rate,
    "input_device": _device,
    "output_device": _device,
    "crisis_contacts": _contacts,
}

DEFAULTS: dict[str, object] = {
    "language": DEFAULT_LANGUAGE,
    "review_threshold": 0.8,
    "readout_lead_minutes": 60,
    "grace_minutes": 15,
    "crisis_contacts": DEFAULT_CRISIS_CONTACTS,
    "encrypted": False,
}


def resolve_settings(
    home: Path | None = None,
    database_url: str | None = None,
    model: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Options first, then SESSIONMATE_* variables, then the config file, then defaults."""
    env = os.environ if env is None else env
    options: dict[str, object] = {"data_dir": home, "database_url": database_url, "model": model}
    sources: dict[str, str] = {}

    def pick(name: str, config: Mapping[str, object], config_origin: str) -> object:
        option = options.get(name)
        if option is not None and str(option) != "":
            sources[name] = OPTION_NAMES[name]
            return option
        variable = ENV_NAMES.get(name)
        if variable and variable in env:
            if not env[variable].strip():
                # Set but empty is a mistake (a shell variable that was never filled in),
                # not a request for the default.
                raise SettingsError(f"{variable} is set but empty: unset it, or give a value")
            sources[name] = variable
            return env[variable]
        if name in config:
            sources[name] = config_origin
            return config[name]
        return None

    data_dir_value = pick("data_dir", {}, "")
    if data_dir_value is None:
        data_dir_value, sources["data_dir"] = default_data_dir(), DEFAULT_SOURCE
    data_dir = Path(str(data_dir_value)).expanduser()
    config_path = data_dir / CONFIG_NAME
    config = read_config(config_path)
    origin = str(config_path)

    values: dict[str, object] = {}
    for name in CONFIG_KEYS:
        value = pick(name, config, origin)
        if value is None:
            value = DEFAULTS.get(name)
            sources.setdefault(name, DEFAULT_SOURCE)
        elif name in CHECKS:
            value = CHECKS[name](value, sources[name])
        values[name] = value

    timezone = values["timezone"]
    if timezone is None:
        timezone, sources["timezone"] = system_timezone(), SYSTEM_SOURCE
    check_timezone(str(timezone), sources["timezone"])
    url = values["database_url"] or f"sqlite:///{data_dir / DATABASE_NAME}"
    model_path = values["model"]
    return Settings(
        data_dir=data_dir,
        database_url=str(url),
        timezone=str(timezone),
        model=Path(str(model_path)).expanduser() if model_path else None,
        language=str(values["language"]),
        voice=str(values["voice"]) if values["voice"] else None,
        speech_rate=values["speech_rate"],  # type: ignore[arg-type]
        input_device=values["input_device"],  # type: ignore[arg-type]
        output_device=values["output_device"],  # type: ignore[arg-type]
        review_threshold=float(values["review_threshold"]),  # type: ignore[arg-type]
        readout_lead_minutes=int(values["readout_lead_minutes"]),  # type: ignore[call-overload]
        grace_minutes=int(values["grace_minutes"]),  # type: ignore[call-overload]
        crisis_contacts=tuple(values["crisis_contacts"]),  # type: ignore[arg-type]
        encrypted=bool(values["encrypted"]),
        sources=MappingProxyType(sources),
    )


def check_config_value(key: str, value: object, origin: str) -> object:
    """`value` for `key` as config.toml would hold it, or SettingsError naming `origin`."""
    if key not in CONFIG_KEYS:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(CONFIG_KEYS))}")
    expected = CONFIG_KEYS[key]
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        raise SettingsError(f"{origin}: setting {key!r} has the wrong type: {value!r}")
    if key in CHECKS:
        checked = CHECKS[key](value, origin)
        if key == "language":  # stored as it is used: "en_US" becomes "en-us"
            value = checked
    if key == "timezone":
        check_timezone(str(value), origin)
    return value


def set_config_value(data_dir: Path, key: str, value: object) -> None:
    """Set one top-level key in config.toml, keeping the rest of the file as written.

    Written to a temporary file owner-only (0600) and renamed over, so a crash leaves
    the old file or the new one, never half of one.
    """
    from assistant.config_file import render_value

    if key not in CONFIG_KEYS:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(sorted(CONFIG_KEYS))}")
    path = data_dir / CONFIG_NAME
    read_config(path)  # refuse to edit a file that is already broken
    text = _read_bounded(path)
    lines = text.splitlines() if text is not None else []
    kept = [line for line in lines if line.split("=", 1)[0].strip() != key]
    # Top-level keys must come before any [table] header.
    first_table = next(
        (n for n, line in enumerate(kept) if line.lstrip().startswith("[")), len(kept)
    )
    kept.insert(first_table, f"{key} = {render_value(value)}")
    temporary = path.with_name(CONFIG_NAME + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)

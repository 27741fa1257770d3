"""Running `serve` at login: a systemd user unit, written, enabled, inspected, removed.

The unit holds no secret: an encrypted database's passphrase comes from the system
keyring when `serve` starts (assistant.passphrase), never from the unit file. `serve`
writes to the journal only what its log holds: kinds, ids and times, no reflection text
(it shows unspoken words only on a terminal).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import SettingsError
from assistant.settings import Settings

UNIT_NAME = "sessionmate.service"
_SYSTEMCTL_TIMEOUT = 30  # seconds; a hung user bus must not hang the command


def unit_dir(env: os._Environ[str] | dict[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def unit_path(env: dict[str, str] | None = None) -> Path:
    return unit_dir(env) / UNIT_NAME


def _quoted(word: str) -> str:
    """A word for ExecStart: quoted when it holds a space, a quote or a backslash."""
    if re.fullmatch(r"[A-Za-z0-9_@%+=:,./-]+", word):
        return word.replace("%", "%%")
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def program() -> list[str]:
    """How to start this very installation: its `sessionmate` script, else python -m."""
    script = Path(sys.executable).parent / "sessionmate"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "assistant"]


def serve_command(settings: Settings) -> list[str]:
    """`serve` with the choices that did not come from config.toml, which it reads itself."""
    words = [*program(), "--home", str(settings.data_dir.resolve())]
    if settings.source("database_url") in ("--db", "SESSIONMATE_DB_URL"):
        if re.search(r"://[^/@]*:[^/@]*@", settings.database_url):
            raise SettingsError(
                f"the database URL from {settings.source('database_url')} holds a password, "
                "which must not go into a unit file: put database_url in config.toml "
                "(`sessionmate config set database_url URL`) and install again"
            )
        words += ["--db", settings.database_url]
    if settings.model is not None and settings.source("model") in ("--model", "SESSIONMATE_MODEL"):
        words += ["--model", str(settings.model.resolve())]
    return [*words, "serve"]


def render_unit(settings: Settings) -> str:
    command = " ".join(_quoted(word) for word in serve_command(settings))
    zone = ""
    if settings.source("timezone") == "SESSIONMATE_TZ":
        zone = f"Environment=SESSIONMATE_TZ={_quoted(settings.timezone)}\n"
    return (
        "[Unit]\n"
        "Description=Sessionmate: agenda readouts, after-session prompts, homework check-ins\n"
        "\n"
        "[Service]\n"
        "Type=simple\n"
        f"ExecStart={command}\n"
        f"{zone}"
        "Environment=PYTHONUNBUFFERED=1\n"
        "# No passphrase here: an encrypted database's comes from the system keyring.\n"
        "Restart=on-failure\n"
        "RestartSec=30\n"
        "StandardOutput=journal\n"
        "StandardError=journal\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


@dataclass(frozen=True)
class ServiceState:
    installed: bool
    path: Path
    manager: str | None  # why the user service manager cannot be asked; None = it can
    enabled: str | None = None  # systemctl's word: "enabled", "disabled", ...
    active: str | None = None  # "active", "inactive", "failed", ...


def systemctl(*args: str) -> subprocess.CompletedProcess[str] | str:
    """`systemctl --user ARGS`, or why it cannot run (a sentence)."""
    binary = shutil.which("systemctl")
    if binary is None:
        return "systemd is not available on this machine"
    try:
        return subprocess.run(
            [binary, "--user", *args],
            capture_output=True,
            text=True,
            timeout=_SYSTEMCTL_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"systemctl --user did not answer ({err})"


# What `systemctl --user is-system-running` says when a user manager is there to ask.
_MANAGER_UP = {"running", "degraded", "starting", "initializing", "maintenance"}


def manager_problem() -> str | None:
    """None when the user's service manager answers; else why not."""
    done = systemctl("is-system-running")
    if isinstance(done, str):
        return done
    said = done.stdout.strip()
    if said in _MANAGER_UP:
        return None
    reason = (done.stderr.strip().splitlines() or [said or "no answer"])[0]
    return f"the systemd user manager is not running here ({reason})"


def state(env: dict[str, str] | None = None) -> ServiceState:
    path = unit_path(env)
    problem = manager_problem()
    if problem is not None:
        return ServiceState(path.is_file(), path, problem)
    enabled = systemctl("is-enabled", UNIT_NAME)
    active = systemctl("is-active", UNIT_NAME)

    def word(done: subprocess.CompletedProcess[str] | str) -> str | None:
        return done.stdout.strip() or None if not isinstance(done, str) else None

    return ServiceState(path.is_file(), path, None, word(enabled), word(active))


def write_unit(text: str, env: dict[str, str] | None = None) -> Path:
    path = unit_path(env)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(UNIT_NAME + ".part")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as err:
        raise SettingsError(f"cannot write the unit file {path}: {err.strerror}") from err
    return path


def remove_unit(env: dict[str, str] | None = None) -> bool:
    path = unit_path(env)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as err:
        raise SettingsError(f"cannot remove the unit file {path}: {err.strerror}") from err
    return True

"""`sessionmate doctor`: what will and will not work, each with the command that fixes it.

Each check returns a Finding; nothing here changes anything (the database is read
read-only, the model is checked on disk, devices are only listed). `serve` prints the
same findings in one short block when it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.settings import Settings


@dataclass(frozen=True)
class Finding:
    name: str  # "model", "microphone", ...
    ok: bool
    detail: str  # what was found, or what is wrong
    fix: str | None = None  # the exact command (or step) that fixes it
    needed: bool = True  # a missing optional part (the login service) does not fail doctor

    def short(self) -> str:
        """One line, for the block `serve` starts with."""
        state = "ok" if self.ok else ("missing" if self.needed else "off")
        return f"  {self.name + ':':<12} {state:<8} {self.detail}" + (
            f" -> {self.fix}" if self.fix else ""
        )

    def lines(self) -> list[str]:
        mark = "ok " if self.ok else ("!! " if self.needed else "-- ")
        shown = [f"{mark} {self.name:<11} {self.detail}"]
        if self.fix:
            shown.append(f"{'':<16}fix: {self.fix}")
        return shown


def check_model(settings: Settings, data_dir: Path) -> Finding:
    from assistant.model_choice import choose_model
    from speech.errors import ModelError, NoModelError, WrongLanguageError
    from speech.models import describe, model_language, same_language

    try:
        path = choose_model(settings, data_dir)
    except WrongLanguageError as err:
        return Finding("model", False, str(err).split(": install one with ")[0], err.fix)
    except NoModelError as err:
        return Finding("model", False, "no speech model installed", err.fix)
    except ModelError as err:  # the chosen folder is missing or incomplete
        fix = f"point {settings.source('model')} at a complete Vosk model folder"
        return Finding("model", False, str(err), fix)
    language = model_language(path)
    said = describe(language) if language else "language not known"
    detail = f"{path.name}, {said}, complete ({path})"
    if language is not None and not same_language(language, settings.language):
        return Finding(
            "model",
            True,
            f"{detail}; chosen by {settings.source('model')} though the assistant speaks "
            f"{describe(settings.language)}",
        )
    return Finding("model", True, detail)


def check_device(settings: Settings, kind: str) -> Finding:
    """kind: "input" (the microphone) or "output" (the speaker)."""
    from speech.devices import list_devices, resolve_device
    from speech.errors import AudioDeviceError

    name = "microphone" if kind == "input" else "speaker"
    setting = f"{kind}_device"
    chosen = getattr(settings, setting)
    try:
        index = resolve_device(chosen, kind)
        device = next((d for d in list_devices() if d.index == index), None)
    except AudioDeviceError as err:
        if chosen is not None:
            fix = f"`sessionmate devices`, then `sessionmate config set {setting} NAME`"
            return Finding(name, False, f"{setting} {chosen!r} is not usable", fix)
        what = "plug in a microphone" if kind == "input" else "plug in speakers or headphones"
        reason = "no sound card, or no sound server running" if "no " in str(err) else str(err)
        return Finding(
            name, False, f"none found ({reason})", f"{what}, then check with `sessionmate devices`"
        )
    label = device.name if device is not None else f"device {index}"
    return Finding(name, True, f"{label} (device {index})")


def check_database(settings: Settings) -> Finding:
    from storage.schema_info import HEAD_REVISION, sqlite_revision

    url = settings.database_url
    if not url.startswith("sqlite:///"):
        return Finding(
            "database", True, "a server database (protected by the server); not opened by doctor"
        )
    path = Path(url.removeprefix("sqlite:///"))
    if not path.exists():
        return Finding("database", True, f"{path}: not created yet (the first note makes it)")
    if settings.encrypted:
        import os

        from assistant.passphrase import PASSPHRASE_ENV, from_keyring
        from storage.schema_info import sqlcipher_revision

        # Never asks: doctor reads the schema only with a passphrase already at hand.
        passphrase = os.environ.get(PASSPHRASE_ENV) or from_keyring(settings.data_dir)
        if not passphrase:
            return Finding(
                "database",
                True,
                f"{path}, encrypted (SQLCipher); schema not "
                f"read without {PASSPHRASE_ENV} or a saved passphrase",
            )
        revision = sqlcipher_revision(path, passphrase)
        if revision is None:
            return Finding(
                "database",
                False,
                f"{path}, encrypted: the passphrase at hand does not open it",
                f"check {PASSPHRASE_ENV} or the keyring entry",
            )
        return Finding("database", True, f"{path}, encrypted (SQLCipher), schema {revision}")
    from storage.encryption import is_plain_sqlite

    if not is_plain_sqlite(path):
        return Finding(
            "database",
            False,
            f"{path} is not a SQLite database",
            "move it aside; `sessionmate export` from a backup if you have one",
        )
    revision = sqlite_revision(path)
    if revision == HEAD_REVISION:
        return Finding("database", True, f"{path}, not encrypted, schema {revision}")
    return Finding(
        "database",
        True,
        f"{path}, not encrypted, schema {revision or 'none'} "
        f"(brought to {HEAD_REVISION} when next opened)",
    )


def check_timezone(settings: Settings, now: datetime | None = None) -> Finding:
    moment = (now or datetime.now(UTC)).astimezone(settings.zone)
    return Finding(
        "time zone",
        True,
        f"{settings.timezone} (from {settings.source('timezone')}), now {moment:%a %H:%M}",
    )


def check_service() -> Finding:
    from assistant.login_unit import state

    found = state()
    if not found.installed:
        return Finding(
            "service", False, "not started at login", "sessionmate service install", needed=False
        )
    if found.manager is not None:
        return Finding("service", True, f"installed ({found.path}); {found.manager}")
    running = found.active == "active"
    return Finding(
        "service",
        running,
        f"installed, {found.enabled or 'enabled: unknown'}, "
        f"{'running' if running else found.active or 'not running'}",
        None if running else "systemctl --user start sessionmate.service",
        needed=False,
    )


def findings(
    settings: Settings, data_dir: Path, service: Callable[[], Finding] | None = check_service
) -> list[Finding]:
    """Every check in order; `service=None` leaves out the login service (for `serve`)."""
    found = [
        check_model(settings, data_dir),
        check_device(settings, "input"),
        check_device(settings, "output"),
        check_database(settings),
        check_timezone(settings),
    ]
    return found if service is None else [*found, service()]

"""Where the database passphrase comes from: the environment, the system keyring, or the person.

The passphrase is never written to the config file or a log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from assistant.errors import SettingsError

PASSPHRASE_ENV = "SESSIONMATE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SESSIONMATE_NEW_PASSPHRASE"
KEYRING_SERVICE = "sessionmate"


def from_keyring(data_dir: Path) -> str | None:
    """The passphrase saved for this data directory, if a usable keyring holds one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, str(data_dir.resolve()))
    except (KeyringError, RuntimeError):
        return None


def check_keyring() -> None:
    """Refuse a keyring that would keep the passphrase readable (say which would do)."""
    from assistant.passphrase_rules import keyring_refusal

    try:
        import keyring
    except ImportError as err:
        raise SettingsError(f"cannot use the system keyring: {err}") from err
    refusal = keyring_refusal(keyring.get_keyring())
    if refusal is not None:
        raise SettingsError(f"cannot save the passphrase: {refusal}")


def save_to_keyring(data_dir: Path, passphrase: str) -> None:
    check_keyring()
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, str(data_dir.resolve()), passphrase)
    except (ImportError, KeyringError, RuntimeError) as err:
        raise SettingsError(f"cannot save the passphrase in the system keyring: {err}") from err


def resolve_passphrase(
    data_dir: Path,
    env: Mapping[str, str],
    ask: Callable[[], str] | None,
) -> str:
    """SESSIONMATE_PASSPHRASE, then the keyring, then asking at the terminal."""
    if env.get(PASSPHRASE_ENV):
        return env[PASSPHRASE_ENV]
    saved = from_keyring(data_dir)
    if saved:
        return saved
    if ask is None:
        raise SettingsError(
            f"the database is encrypted: set {PASSPHRASE_ENV}, save the passphrase in the "
            "system keyring (sessionmate init --encrypt --keyring), or run in a terminal"
        )
    return ask()

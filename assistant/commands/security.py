"""`sessionmate init [--encrypt]` and `sessionmate rekey`: keeping the notes private at rest."""

from __future__ import annotations

import os
import sys

import click

from assistant.app import App
from assistant.errors import SettingsError

pass_app = click.make_pass_decorator(App)


def _new_passphrase(env_name: str, label: str) -> str:
    from assistant.passphrase_rules import weakness

    if os.environ.get(env_name):
        chosen = os.environ[env_name]
    elif not sys.stdin.isatty():
        raise SettingsError(f"set {env_name} or run in a terminal to choose a passphrase")
    else:
        chosen = click.prompt(label, hide_input=True, confirmation_prompt=True)
    reason = weakness(chosen)
    if reason is not None:
        raise SettingsError(f"{reason}; nothing was changed")
    return chosen


@click.command()
@click.option("--encrypt", is_flag=True, help="Keep the database encrypted (SQLCipher).")
@click.option(
    "--keyring",
    "use_keyring",
    is_flag=True,
    help="Save the passphrase in the system keyring for unattended use.",
)
@pass_app
def init(app: App, encrypt: bool, use_keyring: bool) -> None:
    """Create the data directory and database; with --encrypt, encrypt it (existing notes too)."""
    from assistant.passphrase import PASSPHRASE_ENV, check_keyring, save_to_keyring
    from assistant.settings import set_config_value
    from storage import open_database
    from storage.encryption import encrypt_file, is_plain_sqlite

    settings = app.settings
    data_dir = app.data_dir
    if not encrypt:
        if use_keyring:
            raise SettingsError("--keyring goes with --encrypt")
        app.database  # noqa: B018 - opening creates and migrates it
        click.echo(f"Ready: {data_dir}")
        return
    if settings.encrypted:
        raise SettingsError(
            "the database is already encrypted: use `sessionmate rekey` to change its passphrase"
        )
    path = app.sqlite_file()
    if use_keyring:
        check_keyring()  # before anything is encrypted with a passphrase kept nowhere
    passphrase = _new_passphrase(PASSPHRASE_ENV, "New passphrase")
    if path.exists() and path.stat().st_size and not is_plain_sqlite(path):
        raise SettingsError(f"{path} is not a plain SQLite database; nothing was changed")
    open_database(settings.database_url).dispose()  # create and migrate it, plain
    encrypt_file(path, passphrase)
    set_config_value(data_dir, "encrypted", True)
    if use_keyring:
        save_to_keyring(data_dir, passphrase)
    click.echo(f"Encrypted {path}. Keep the passphrase safe: without it the notes are lost.")


@click.command()
@pass_app
def rekey(app: App) -> None:
    """Change the passphrase of the encrypted database."""
    from assistant.passphrase import (
        NEW_PASSPHRASE_ENV,
        check_keyring,
        from_keyring,
        save_to_keyring,
    )
    from storage.encryption import rekey_file

    if not app.settings.encrypted:
        raise SettingsError("the database is not encrypted: `sessionmate init --encrypt` first")
    path = app.sqlite_file()
    current = app.passphrase()
    in_keyring = from_keyring(app.settings.data_dir) is not None
    if in_keyring:
        check_keyring()  # refused after rekeying, the keyring would hold the old one
    new = _new_passphrase(NEW_PASSPHRASE_ENV, "New passphrase")
    rekey_file(path, current, new)
    if in_keyring:
        save_to_keyring(app.settings.data_dir, new)
    click.echo("Passphrase changed.")

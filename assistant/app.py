"""What every command shares: settings resolved once, the database opened on demand."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import SettingsError
from assistant.settings import Settings, prepare_data_dir, resolve_settings

if TYPE_CHECKING:
    from storage import Database


class App:
    """Created by the CLI group from its global options; commands reach it as ctx.obj."""

    def __init__(
        self, home: Path | None = None, db: str | None = None, model: Path | None = None
    ) -> None:
        self._home, self._db, self._model = home, db, model

    def use_model(self, model: Path) -> None:
        """`--model` given after the subcommand; read before the settings are resolved."""
        self._model = model
        self.__dict__.pop("settings", None)

    @cached_property
    def settings(self) -> Settings:
        return resolve_settings(home=self._home, database_url=self._db, model=self._model)

    # The names the models and voices command groups read from ctx.obj.
    @property
    def data_dir(self) -> Path:
        return prepare_data_dir(self.settings.data_dir)

    @property
    def model(self) -> Path | None:
        return self.settings.model

    @cached_property
    def database(self) -> Database:
        from storage import open_database

        prepare_data_dir(self.settings.data_dir)
        return open_database(self.database_url())

    def database_url(self) -> str:
        """The URL to open: for an encrypted database, with the passphrase in it."""
        settings = self.settings
        if not settings.encrypted:
            return settings.database_url
        from storage.encryption import encrypted_url

        return encrypted_url(self.sqlite_file(), self.passphrase())

    def sqlite_file(self) -> Path:
        url = self.settings.database_url
        if not url.startswith("sqlite:///"):
            raise SettingsError(
                f"encryption keeps a SQLite file in SQLCipher; the database {url.split('@')[-1]}"
                " is not a SQLite file (a server database is protected by the server)"
            )
        return Path(url.removeprefix("sqlite:///"))

    @cached_property
    def _passphrase(self) -> str:
        from assistant.passphrase import resolve_passphrase

        return resolve_passphrase(self.settings.data_dir, os.environ, self.ask_passphrase)

    def passphrase(self) -> str:
        return self._passphrase

    def database_without_asking(self) -> Database:
        """The database, or an error where opening it would mean asking for the passphrase
        (for `support`: the contacts must never wait on a prompt)."""
        if not self.settings.encrypted:
            return self.database
        from assistant.passphrase import resolve_passphrase
        from storage import open_database
        from storage.encryption import encrypted_url

        passphrase = resolve_passphrase(self.settings.data_dir, os.environ, None)
        return open_database(encrypted_url(self.sqlite_file(), passphrase))

    @property
    def ask_passphrase(self) -> Callable[[], str] | None:
        """Asking at the terminal, when there is one (never in the service or CI)."""
        if not sys.stdin.isatty():
            return None
        import click

        return lambda: click.prompt("Passphrase", hide_input=True)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()

"""What every command shares: settings resolved once, the database opened on demand."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.settings import Settings, prepare_data_dir, resolve_settings

if TYPE_CHECKING:
    from storage import Database


class App:
    """Created by the CLI group from its global options; commands reach it as ctx.obj."""

    def __init__(
        self, home: Path | None = None, db: str | None = None, model: Path | None = None
    ) -> None:
        self._home, self._db, self._model = home, db, model

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
        return open_database(self.settings.database_url)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()

"""What every page handler needs: the database, the settings, the clock, the secrets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from assistant.settings import Settings
from storage import Database


@dataclass(frozen=True)
class WebContext:
    database: Database
    settings: Settings
    now: Callable[[], datetime]
    token: str

    @property
    def csrf(self) -> str:
        from assistant.web.security import csrf_token

        return csrf_token(self.token)

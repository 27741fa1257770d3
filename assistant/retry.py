"""Saving through a passing failure (a locked database, a full disk) instead of losing it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from storage import Database
from storage.errors import DatabaseWriteError

T = TypeVar("T")

FIRST_WAIT_SECONDS = 0.5
LONGEST_WAIT_SECONDS = 10.0


def write_with_retry(
    database: Database,
    action: Callable[[Session], T],
    on_wait: Callable[[DatabaseWriteError], None],
    *,
    attempts: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `action` in a write session until it commits; `attempts=None` never gives up.

    `on_wait` hears each failure before the pause; after the last attempt the error
    propagates. Nothing of a failed attempt was kept, so a retry cannot duplicate.
    """
    wait, tried = FIRST_WAIT_SECONDS, 0
    while True:
        try:
            with database.session(write=True) as session:
                return action(session)
        except DatabaseWriteError as err:
            tried += 1
            if attempts is not None and tried >= attempts:
                raise
            on_wait(err)
            sleep(wait)
            wait = min(wait * 2, LONGEST_WAIT_SECONDS)

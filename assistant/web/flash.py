"""A message for the next page after a form is sent (post, redirect, get).

Kept in memory under a random key in the redirect's address, so a reload never sends
the form again and no text the person typed ends up in the address bar or history.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

KEEP = 64  # a single person's browser: the latest few are plenty


@dataclass(frozen=True)
class Flash:
    message: str = ""
    problem: str = ""
    extra: dict[str, object] = field(default_factory=dict)  # read by the templates


class FlashStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[str, Flash] = {}

    def put(self, flash: Flash) -> str:
        key = secrets.token_urlsafe(9)
        with self._lock:
            self._kept[key] = flash
            while len(self._kept) > KEEP:
                self._kept.pop(next(iter(self._kept)))
        return key

    def get(self, key: str | None) -> Flash:
        with self._lock:
            return self._kept.get(key or "", Flash())

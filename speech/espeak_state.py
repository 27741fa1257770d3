"""Asking espeak-ng itself what pyttsx3's espeak driver cannot be trusted to report.

Two traps, both seen with pyttsx3 2.99 and espeak-ng 1.51:

- A voice or rate change is queued inside espeak and applied later. pyttsx3's next
  `runAndWait()` calls espeak's Cancel() if espeak is still busy, which throws the
  queued change away (the rate is silently ignored) or cuts the new render short
  (an empty WAV). So: wait for espeak to be idle after a change, before rendering.
- `getProperty('rate')` calls espeak_GetParameter without its second argument, so it
  returns the current or the default value depending on what the register held.

Used only on the render worker thread, and only when pyttsx3 runs its espeak driver.
"""

from __future__ import annotations

import ctypes
import time
from typing import Any

_POLL = 0.002  # seconds


def _library() -> Any:
    from pyttsx3.drivers import _espeak

    return _espeak


def wait_idle(timeout: float = 2.0) -> bool:
    """Wait until espeak has worked through its queue; False if it is still busy."""
    espeak = _library()
    deadline = time.monotonic() + timeout
    while espeak.IsPlaying():
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL)
    return True


def current_rate() -> int:
    """The rate espeak is set to now, in words per minute."""
    espeak = _library()
    # Our own prototype with both arguments; pyttsx3's declares only the first.
    get_parameter = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_int)(
        ("espeak_GetParameter", espeak.dll)
    )
    return int(get_parameter(espeak.RATE, 1))  # 1: the current value, not the default

"""A program in a real terminal (a pseudo-terminal): read what it shows, type answers."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import time

_GUARD = 120.0  # seconds: a hang guard, never a speed check
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Terminal:
    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        main, child = pty.openpty()
        self.process = subprocess.Popen(
            args,
            stdin=child,
            stdout=child,
            stderr=child,
            env=env,
            close_fds=True,
            start_new_session=True,
        )
        os.close(child)
        self.fd = main
        self.shown = ""  # everything shown so far, escape sequences removed
        self._seen = 0  # how much of `shown` an expect() has consumed

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the program ended and closed the terminal
            return False
        if not data:
            return False
        self.shown += _ANSI.sub("", data.decode("utf-8", "replace")).replace("\r\n", "\n")
        return True

    def expect(self, text: str) -> str:
        """Wait until `text` is shown after what was already consumed; the text before it."""
        deadline = time.monotonic() + _GUARD
        while text not in self.shown[self._seen :]:
            if time.monotonic() > deadline:
                raise AssertionError(f"never shown: {text!r}; shown: {self.shown[-2000:]!r}")
            if not self._read(1.0) and self.process.poll() is not None:
                raise AssertionError(f"ended before {text!r}: {self.shown[-2000:]!r}")
        start = self.shown.index(text, self._seen)
        before = self.shown[self._seen : start]
        self._seen = start + len(text)
        return before

    def type(self, line: str) -> None:
        os.write(self.fd, (line + "\r").encode())

    def finish(self) -> int:
        deadline = time.monotonic() + _GUARD
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.5)
        while self._read(0.1):
            pass
        code = self.process.wait(timeout=10)
        os.close(self.fd)
        return code

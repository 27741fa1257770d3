"""Progress for long work: a live bar on a terminal, a few plain lines in a log or pipe."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """Reports `done` out of `total` units; use as a context manager."""

    STEP = 25  # percent between plain lines

    def __init__(self, total: float, label: str, unit: str = "s", stream: TextIO | None = None):
        self.total, self.label, self.unit = max(total, 1e-9), label, unit
        self.stream = stream or sys.stderr
        self._bar = None
        self._next_step = self.STEP
        if self.stream.isatty():
            from tqdm import tqdm

            self._bar = tqdm(
                total=round(total, 1), unit=unit, desc=label, file=self.stream, leave=False
            )

    def update(self, done: float) -> None:
        if self._bar is not None:
            self._bar.update(round(done, 1) - self._bar.n)
            return
        percent = 100 * done / self.total
        while percent >= self._next_step:
            self._line(self._next_step)
            self._next_step += self.STEP

    def _line(self, percent: int) -> None:
        shown = min(percent / 100 * self.total, self.total)
        self.stream.write(
            f"{self.label}: {percent}% ({shown:.0f} of {self.total:.0f} {self.unit})\n"
        )
        self.stream.flush()

    def write(self, line: str, stream: TextIO | None = None) -> None:
        """Print a line without tearing the bar."""
        target = stream or sys.stdout
        if self._bar is not None:
            self._bar.write(line, file=target)
        else:
            target.write(line + "\n")
            target.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

"""How homework check-ins went, summarised the way a person says it.

"done five of seven days, partly once": one result per local day (the last answer
that day), so a check-in asked twice on one evening counts once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.spoken import number_words, times_words


@dataclass(frozen=True)
class Adherence:
    done: int = 0
    partial: int = 0
    not_done: int = 0
    no_answer: int = 0

    @property
    def days(self) -> int:
        return self.done + self.partial + self.not_done + self.no_answer

    def phrase(self) -> str:
        if self.days == 0:
            return "no check-ins yet"
        parts = [
            f"done {number_words(self.done)} of {number_words(self.days)} "
            f"day{'s' if self.days != 1 else ''}"
        ]
        if self.partial:
            parts.append(f"partly {times_words(self.partial)}")
        if self.no_answer:
            parts.append(f"no answer {times_words(self.no_answer)}")
        return ", ".join(parts)


def summarise(checkins: Iterable[tuple[datetime, str]], zone: ZoneInfo) -> Adherence:
    """Check-ins as (aware time, result) pairs, in any order."""
    last_per_day: dict = {}
    for at, result in sorted(checkins, key=lambda pair: pair[0]):
        last_per_day[at.astimezone(zone).date()] = result
    counts = {"done": 0, "partial": 0, "not_done": 0, "no_answer": 0}
    for result in last_per_day.values():
        counts[result] += 1
    return Adherence(**counts)

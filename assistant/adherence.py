"""How homework check-ins went, summarised the way a person says it.

"done five of seven days, partly once": one result per local day (the last answer
that day), so a check-in asked twice on one evening counts once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from assistant.spoken_numbers import number_words, times_words

if TYPE_CHECKING:
    from storage.tables import CheckIn

SHOWN_NOTES = 2  # the latest reasons are the ones worth talking about


@dataclass(frozen=True)
class Adherence:
    done: int = 0
    partial: int = 0
    not_done: int = 0
    no_answer: int = 0
    # What got in the way, newest last: the notes of the days not (fully) done.
    in_the_way: tuple[str, ...] = ()

    @property
    def days(self) -> int:
        return self.done + self.partial + self.not_done + self.no_answer

    def phrase(self) -> str:
        if self.days == 0:
            return "no check-ins yet"
        done = number_words(self.done) if self.done else "none"
        parts = [f"done {done} of {number_words(self.days)} day{'s' if self.days != 1 else ''}"]
        if self.partial:
            parts.append(f"partly {times_words(self.partial)}")
        if self.no_answer:
            parts.append(f"no answer {times_words(self.no_answer)}")
        shown = ", ".join(parts)
        if self.in_the_way:
            shown += "; in the way: " + "; ".join(self.in_the_way[-SHOWN_NOTES:])
        return shown

    def as_json(self) -> dict[str, object]:
        """The counts, what got in the way and the phrase: `agenda --json`, `homework --json`."""
        return {
            "done": self.done,
            "partial": self.partial,
            "not_done": self.not_done,
            "no_answer": self.no_answer,
            "in_the_way": list(self.in_the_way),
            "summary": self.phrase(),
        }


def summarise(
    checkins: Iterable[tuple[datetime, str]],
    zone: ZoneInfo,
    notes: Iterable[tuple[datetime, str]] = (),
) -> Adherence:
    """Check-ins as (aware time, result) pairs, in any order; `notes` as (time, what got in
    the way) for the days not fully done."""
    last_per_day: dict[date, str] = {}
    for at, result in sorted(checkins, key=lambda pair: pair[0]):
        last_per_day[at.astimezone(zone).date()] = result
    counts = {"done": 0, "partial": 0, "not_done": 0, "no_answer": 0}
    for result in last_per_day.values():
        counts[result] += 1
    reasons = tuple(note for _, note in sorted(notes, key=lambda pair: pair[0]) if note)
    return Adherence(**counts, in_the_way=reasons)


def checkin_notes(checkins: Iterable[CheckIn]) -> list[tuple[datetime, str]]:
    """(time, note) of the check-ins that were not fully done, from ORM check-ins."""
    return [(c.at, c.note) for c in checkins if c.note and c.result in ("partial", "not_done")]

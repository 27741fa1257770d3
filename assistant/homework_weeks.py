"""Homework as weeks: per local day what the answer was, for a grid and a chart.

One state per day, the last answer given that day (as the agenda's summary counts it);
a check-in the service could not make because the computer was off is "missed", and
only where no answer was given that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

DAY_STATES = ("done", "partial", "not_done", "no_answer", "missed")
STATE_SHOWN = {
    "done": "done",
    "partial": "partly",
    "not_done": "not done",
    "no_answer": "no answer",
    "missed": "missed",
}


@dataclass(frozen=True)
class Day:
    day: date
    state: str | None  # one of DAY_STATES, None when nothing was asked
    note: str | None = None  # what got in the way

    @property
    def shown(self) -> str:
        return STATE_SHOWN[self.state] if self.state else ""


@dataclass(frozen=True)
class Week:
    monday: date
    days: list[Day]

    def count(self, state: str) -> int:
        return sum(1 for day in self.days if day.state == state)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_of(
    checkins: Iterable[tuple[datetime, str, str | None]],
    missed: Iterable[datetime],
    zone: ZoneInfo,
    today: date,
    weeks: int,
) -> list[Week]:
    """The `weeks` weeks (Monday first) up to and including today's, oldest first."""
    answers: dict[date, tuple[str, str | None]] = {}
    for at, result, note in sorted(checkins, key=lambda answer: answer[0]):
        answers[at.astimezone(zone).date()] = (result, note)
    missed_days = {at.astimezone(zone).date() for at in missed}
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    grid = []
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        days = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if day in answers:
                days.append(Day(day, *answers[day]))
            elif day in missed_days:
                days.append(Day(day, "missed"))
            else:
                days.append(Day(day, None))
        grid.append(Week(monday, days))
    return grid

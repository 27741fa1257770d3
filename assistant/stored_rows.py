"""Values read back from the database, trusted only after the checks they passed going in.

A row from an older version or a hand edit (an unknown zone, a length of zero) must not
take every listing down with it: the row is named once on stderr (and in serve's log),
left out, and everything else goes on working.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from assistant.checks import zone_or_none

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger("sessionmate.rows")
# Earlier versions let an appointment last up to a day; reading back is that lenient.
MAX_STORED_MINUTES = 24 * 60


class AppointmentRow(Protocol):
    # Read-only, so a frozen StoredAppointment fits as well as an ORM Appointment.
    @property
    def id(self) -> int: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def minutes(self) -> int: ...
    @property
    def timezone(self) -> str: ...
    @property
    def recurrence(self) -> str | None: ...


@dataclass(frozen=True)
class StoredAppointment:
    id: int
    starts_at: datetime
    minutes: int
    timezone: str
    recurrence: str | None


def appointment_problem(row: AppointmentRow) -> str | None:
    """Why this stored appointment cannot be used, or None."""
    if zone_or_none(row.timezone) is None:
        return f"has the unknown time zone {row.timezone!r:.80}"
    if not isinstance(row.minutes, int) or not 1 <= row.minutes <= MAX_STORED_MINUTES:
        return f"lasts {row.minutes!r:.20} minutes (expected 1 to {MAX_STORED_MINUTES})"
    if row.recurrence not in (None, "weekly"):
        return f"repeats {row.recurrence!r:.20} (expected weekly or not at all)"
    if not 2 <= row.starts_at.year <= 9998:  # a day either way would overflow
        return f"starts in the year {row.starts_at.year}"
    return None


def zone_problem(what: str, ident: int, zone_name: str) -> str | None:
    if zone_or_none(zone_name) is None:
        return f"{what} #{ident} has the unknown time zone {zone_name!r:.80}"
    return None


def plan_problem(item_id: int, days: str, zone_name: str) -> str | None:
    """Why the stored check-in plan of this item cannot be scheduled, or None."""
    from storage.tables import PLAN_DAYS

    what = "the check-in plan of item"
    unknown = [day for day in days.split(",") if day not in PLAN_DAYS]
    if unknown or not days:
        return f"{what} #{item_id} has the unknown days {days!r:.40}"
    return zone_problem(what, item_id, zone_name)


def warned_in(session: Session) -> set[str]:
    """What was already said during this unit of work (one command, one sync)."""
    warned: set[str] = session.info.setdefault("sessionmate_warned_rows", set())
    return warned


def usable_appointments(rows: Iterable[AppointmentRow], warned: set[str]) -> list[AppointmentRow]:
    """The rows that can be used; each other one named once."""
    usable = []
    for row in rows:
        problem = appointment_problem(row)
        if problem is None:
            usable.append(row)
        else:
            warn_bad_row(f"appointment #{row.id} {problem}", warned)
    return usable


def warn_bad_row(message: str, warned: set[str]) -> None:
    """Say once (per `warned`) which stored row is left out."""
    if message in warned:
        return
    warned.add(message)
    line = f"{message}: left out until it is fixed or removed"
    log.warning(line)
    print(f"sessionmate: warning: {line}", file=sys.stderr)

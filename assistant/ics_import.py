"""Appointments from an iCalendar (.ics) file, as calendar programs send invitations.

Parsed with `icalendar` (see docs/ARCHITECTURE.md), which also resolves VTIMEZONE blocks.
What becomes an appointment:
- a timed event: DTSTART with a zone (an IANA name, a Windows name as Outlook writes it,
  or a zone defined only by its VTIMEZONE), in UTC, or floating (read in the person's zone);
- no RRULE: one appointment; RRULE:FREQ=WEEKLY with no end: one weekly appointment;
  with COUNT or UNTIL: each occurrence as its own appointment (ours repeat without end).
Refused, each with one line and the rest still imported: all-day events, other
repetitions (daily, monthly, every other week, several days a week).
Each appointment remembers its event's UID (and occurrence), so importing the same file
again adds nothing; an updated invitation (same UID, another time) moves the
appointment, and a cancellation (METHOD:CANCEL or STATUS:CANCELLED) removes it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from icalendar import Component, vRecur

MAX_BYTES = 4 * 1024 * 1024  # an invitation is a few KB; a whole calendar export is more
MAX_OCCURRENCES = 520  # ten years of weekly sessions
DEFAULT_MINUTES = 50


@dataclass(frozen=True)
class Planned:
    """One appointment to add."""

    uid: str  # the event's UID, or "UID/start" for one occurrence of a finite series
    starts_at: datetime  # aware, in `timezone`
    minutes: int
    timezone: str
    recurrence: str | None  # "weekly" or None
    summary: str


@dataclass
class Reading:
    planned: list[Planned] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one line each
    cancelled: list[str] = field(default_factory=list)  # UIDs of cancelled events


def read_ics(path: Path) -> bytes:
    """The file's bytes; InvalidInputError for a missing, special or oversized file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise InvalidInputError(f"cannot read {path}: {err.strerror}") from err
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInputError(f"cannot read {path}: not a regular file; give an .ics file")
        if info.st_size > MAX_BYTES:
            raise InvalidInputError(
                f"{path} is {info.st_size} bytes, more than a calendar file of "
                f"{MAX_BYTES // (1024 * 1024)} MB: export only the appointments"
            )
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    finally:
        os.close(fd)


def parse_calendar(data: bytes, path: Path, home_zone: str) -> Reading:
    """The appointments in an .ics file's bytes; InvalidInputError when it is not one."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, UnicodeDecodeError) as err:
        raise InvalidInputError(
            f"{path} is not an iCalendar file ({str(err).splitlines()[0][:120]}); "
            "export it from your calendar as .ics"
        ) from err
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        raise InvalidInputError(f"{path} is not an iCalendar file: it has no VCALENDAR")
    events = calendar.walk("VEVENT")
    if not events:
        raise InvalidInputError(f"{path} holds no events (VEVENT)")
    reading = Reading()
    cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
    for event in events:
        try:
            _read_event(event, home_zone, cancelled, reading)
        except (ValueError, TypeError, KeyError) as err:  # a malformed property
            what = str(event.get("SUMMARY", "an event"))
            reading.refused.append(f"{what}: cannot read it ({err})")
    return reading


def _zone_name(start: datetime, tzid: str | None, home_zone: str) -> str:
    if tzid:
        try:
            ZoneInfo(tzid)
            return tzid
        except (ZoneInfoNotFoundError, ValueError):
            from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

            if tzid in WINDOWS_TO_OLSON:
                return WINDOWS_TO_OLSON[tzid]
    key = getattr(start.tzinfo, "key", None)
    if isinstance(key, str):
        try:
            ZoneInfo(key)
            if key != "UTC":
                return key
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return home_zone  # UTC, floating, or a zone known only by its VTIMEZONE


def _read_event(event: Component, home_zone: str, cancelled: bool, reading: Reading) -> None:
    summary = str(event.get("SUMMARY", "")).strip() or "an event"
    uid = str(event.get("UID", "")).strip()
    if cancelled or str(event.get("STATUS", "")).upper() == "CANCELLED":
        if uid and event.get("RECURRENCE-ID") is None:
            reading.cancelled.append(uid)  # removed if imported before
        else:
            reading.refused.append(f"{summary}: a cancelled occurrence; remove it by hand")
        return
    if "DTSTART" not in event:
        reading.refused.append(f"{summary}: has no start time")
        return
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime):
        day = start if isinstance(start, date) else "?"
        reading.refused.append(
            f"{summary} on {day}: an all-day event, not an appointment; add it with "
            "`sessionmate appointments add` if it is one"
        )
        return
    if not uid:
        reading.refused.append(f"{summary}: has no UID, so a second import could not tell it")
        return
    tzid = event.get("DTSTART").params.get("TZID")
    zone_name = _zone_name(start, tzid, home_zone)
    zone = ZoneInfo(zone_name)
    if start.tzinfo is None:  # floating: the time on the person's own clock
        start = start.replace(tzinfo=zone)
    local = start.astimezone(zone)
    minutes = _minutes(event, start)
    if minutes is None or minutes <= 0 or minutes > 24 * 60:
        reading.refused.append(f"{summary} at {local:%Y-%m-%d %H:%M}: no usable length")
        return
    if event.get("RECURRENCE-ID") is not None:
        reading.refused.append(
            f"{summary} at {local:%Y-%m-%d %H:%M}: a moved occurrence of a series; "
            "change that appointment by hand"
        )
        return
    rule = event.get("RRULE")
    if rule is None:
        reading.planned.append(Planned(uid, local, minutes, zone_name, None, summary))
        return
    problem = _unsupported(rule, local)
    if problem:
        reading.refused.append(f"{summary}: {problem}; add it with `sessionmate appointments add`")
        return
    if "COUNT" not in rule and "UNTIL" not in rule:
        reading.planned.append(Planned(uid, local, minutes, zone_name, "weekly", summary))
        return
    excluded = _excluded(event)
    for when in _occurrences(local, rule, zone):
        if when.astimezone(ZoneInfo("UTC")).replace(tzinfo=None) in excluded:
            continue
        key = f"{uid}/{when.astimezone(ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}"
        reading.planned.append(Planned(key, when, minutes, zone_name, None, summary))


def _minutes(event: Component, start: datetime) -> int | None:
    if "DTEND" in event:
        end = event.decoded("DTEND")
        if not isinstance(end, datetime):
            return None
        if end.tzinfo is None:
            end = end.replace(tzinfo=start.tzinfo)
        return round((end - start).total_seconds() / 60)
    if "DURATION" in event:
        duration: timedelta = event.decoded("DURATION")  # decoded() is typed as Any
        return round(duration.total_seconds() / 60)
    return DEFAULT_MINUTES


_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _unsupported(rule: vRecur, local: datetime) -> str | None:
    frequency = [str(f).upper() for f in rule.get("FREQ", [])]
    if frequency != ["WEEKLY"]:
        return f"repeats {'/'.join(frequency).lower() or 'oddly'}, only weekly is supported"
    interval = rule.get("INTERVAL", [1])
    if [int(i) for i in interval] != [1]:
        return f"repeats every {interval[0]} weeks, only every week is supported"
    days = [str(d).upper() for d in rule.get("BYDAY", [])]
    if days and days != [_DAYS[local.weekday()]]:
        return f"repeats on {', '.join(days)}, only on the day it starts is supported"
    extra = set(rule) - {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "WKST"}
    if extra:
        return f"repeats by {', '.join(sorted(extra))}, which is not supported"
    return None


def _excluded(event: Component) -> set[datetime]:
    """EXDATE instants, as naive UTC."""
    found: set[datetime] = set()
    values = event.get("EXDATE")
    if values is None:
        return found
    for value in values if isinstance(values, list) else [values]:
        for item in value.dts:
            moment = item.dt
            if isinstance(moment, datetime):
                if moment.tzinfo is None:
                    continue
                found.add(moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None))
    return found


def _occurrences(local: datetime, rule: vRecur, zone: ZoneInfo) -> list[datetime]:
    """Weekly at the same wall-clock time in `zone`, up to COUNT or UNTIL."""
    count = int(rule["COUNT"][0]) if "COUNT" in rule else MAX_OCCURRENCES
    until = rule["UNTIL"][0] if "UNTIL" in rule else None
    found: list[datetime] = []
    naive = local.replace(tzinfo=None)
    for week in range(min(count, MAX_OCCURRENCES)):
        when = (naive + timedelta(weeks=week)).replace(tzinfo=zone)
        if until is not None:
            if isinstance(until, datetime):
                limit = until if until.tzinfo else until.replace(tzinfo=zone)
                if when > limit:
                    break
            elif when.date() > until:
                break
        found.append(when)
    return found

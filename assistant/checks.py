"""The checks every value passes before it is stored, and again when it is read back.

One place for the ranges, so the CLI, imports and the readers of stored rows agree.
Each check raises InvalidInputError naming the value and what would be valid.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import InvalidInputError

# SQLite stores integers as signed 64-bit; anything larger overflows in the driver.
MAX_ID = 2**63 - 1
MIN_MINUTES, MAX_MINUTES = 1, 600
# An appointment, a note or a check-in is never further from today than this.
WINDOW_YEARS = 10
# One item's text, one note: far more than anyone says at once, far less than a flood.
MAX_TEXT_CHARS = 20_000
# Control characters other than tab and newline are never part of a note.
_CONTROL = {chr(n) for n in range(32)} - {"\t", "\n", "\r"} | {"\x7f"}


def check_id(value: int, what: str = "id") -> int:
    if not 1 <= value <= MAX_ID:
        raise InvalidInputError(f"{what} {value} is out of range: ids run from 1 to {MAX_ID}")
    return value


def check_minutes(value: int, what: str = "minutes") -> int:
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise InvalidInputError(
            f"{what} {value} is out of range: from {MIN_MINUTES} to {MAX_MINUTES} minutes"
        )
    return value


def zone_or_none(name: str) -> ZoneInfo | None:
    """The zone of an IANA name, or None: never a path, an empty name or a NUL."""
    if not name or "\x00" in name or name.startswith("/") or ".." in name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def check_zone(name: str, what: str = "time zone") -> ZoneInfo:
    zone = zone_or_none(name)
    if zone is None:
        raise InvalidInputError(
            f"unknown {what} {name!r:.80}: use an IANA name such as Europe/Berlin"
        )
    return zone


def window(now: datetime) -> tuple[datetime, datetime]:
    """The first and last moment a stored time may be: WINDOW_YEARS either side of now."""
    now = now.astimezone(UTC)
    return (
        now.replace(year=now.year - WINDOW_YEARS, month=1, day=1, hour=0, minute=0),
        now.replace(year=now.year + WINDOW_YEARS, month=12, day=31, hour=23, minute=59),
    )


def within_window(moment: datetime, now: datetime) -> bool:
    first, last = window(now)
    # Compare years first: converting year 1 or 9999 to UTC can overflow.
    if not first.year - 1 < moment.year < last.year + 1:
        return False
    return first <= moment <= last


def check_moment(
    moment: datetime, now: datetime, what: str = "time", *, typed: bool = False
) -> datetime:
    """`moment` if it has an offset and lies in the window; `typed`: `what` shows the value."""
    shown = what if typed else f"{what} {moment.isoformat()}"
    if moment.tzinfo is None:
        raise InvalidInputError(f"{shown} has no UTC offset")
    if not within_window(moment, now):
        first, last = window(now)
        raise InvalidInputError(
            f"{shown} is out of range: times must be within {WINDOW_YEARS} years back and"
            f" ahead of today, from {first:%Y-%m-%d} to {last:%Y-%m-%d}"
        )
    return moment


def check_text(value: str, what: str = "text", *, limit: int = MAX_TEXT_CHARS) -> str:
    """Valid Unicode, no control characters, at most `limit` characters."""
    if len(value) > limit:
        raise InvalidInputError(f"{what} is {len(value):,} characters long: at most {limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        char = value[err.start]
        if 0xDC80 <= ord(char) <= 0xDCFF:  # how Python keeps a byte of argv that is not UTF-8
            reason = f"the byte 0x{ord(char) - 0xDC00:02x} at character {err.start} is not UTF-8"
        else:
            reason = f"a lone surrogate {char!r} at character {err.start}"
        raise InvalidInputError(f"{what} is not valid text: {reason}") from err
    bad = next((n for n, char in enumerate(value) if char in _CONTROL), None)
    if bad is not None:
        raise InvalidInputError(
            f"{what} holds the control character {value[bad]!r} at character {bad}"
        )
    return value

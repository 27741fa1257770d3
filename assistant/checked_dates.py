"""Dates typed on the command line, read by assistant.dates and then held to the window.

Year 1 in Tokyo or 9999-12-31 23:59 can be read, but converting or adding to them
overflows; an appointment in 1900 or 3000 is a typo. Every typed moment must lie
within checks.WINDOW_YEARS of today.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from assistant.checks import check_moment
from assistant.dates import EXAMPLES, parse_when
from assistant.errors import InvalidInputError


def parse_checked_when(
    text: str, now: datetime, zone: ZoneInfo, *, need_time: bool = True
) -> datetime:
    try:
        moment = parse_when(text, now, zone, need_time=need_time)
    except (OverflowError, ValueError) as err:  # InvalidInputError is not a ValueError
        raise InvalidInputError(f"cannot read {text!r:.80} as a date: try {EXAMPLES}") from err
    return check_moment(moment, now, repr(text), typed=True)


def parse_checked_day(text: str, now: datetime, zone: ZoneInfo) -> date:
    moment = parse_checked_when(text, now, zone, need_time=False)
    check_moment(datetime.combine(moment.date(), time(0, 0), zone), now, repr(text), typed=True)
    return moment.date()

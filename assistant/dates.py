"""Reading the dates and times people type: ISO forms and plain ones like "thursday 3pm"."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.errors import InvalidInputError

WEEKDAYS = {
    name: index
    for index, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}

EXAMPLES = '2026-12-03 15:00, "thursday 3pm", "tomorrow 9:30am" or "dec 3 15:00"'

_TIME = re.compile(
    r"^(?:at\s+)?(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$"
)


# "tomorrow morning": the stated default hour for each part of the day.
PARTS_OF_DAY = {
    "morning": time(9, 0),
    "afternoon": time(14, 0),
    "evening": time(19, 0),
    "tonight": time(20, 0),
    "night": time(20, 0),
}
NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# The clear line for a bare hour after "at" ("next tuesday at 10"): 7 to 11 is morning,
# 12 is noon, 1 to 6 is afternoon, 13 to 23 is itself; 0 and "at 12:00"-less oddities are
# refused rather than guessed.
TIME_EXAMPLES = "21:30, 9pm, 9:30am, noon"
AMBIGUOUS = (
    "say 10am, 10pm, 21:30 or 'at 10' (a bare hour after 'at' reads 7 to 11 as "
    "morning, 12 as noon, 1 to 6 as afternoon); parts of the day are morning 09:00, "
    "afternoon 14:00, evening 19:00, tonight 20:00"
)


def _parse_time(text: str, *, bare_hour: bool = False) -> time | None:
    text = text.strip()
    if text in {"noon", "midday"}:
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    if text in PARTS_OF_DAY or text.removeprefix("in the ") in PARTS_OF_DAY:
        return PARTS_OF_DAY[text.removeprefix("in the ")]
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    ampm = (match["ampm"] or "").replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match["minute"] is None:
        # A bare number is a time only after "at", and read by the clear line above.
        if not (bare_hour and text.startswith("at ")) or hour == 0 or hour > 23:
            return None
        hour = hour + 12 if 1 <= hour <= 6 else hour
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_time_of_day(text: str, option: str = "the time") -> time:
    """ "21:30", "9pm", "9:30am", "noon", "at 8" -> a wall-clock time; else one clear error."""
    clock = _parse_time(" ".join(text.lower().split()), bare_hour=True)
    if clock is None and text.strip().isdigit():
        clock = _parse_time("at " + text.strip(), bare_hour=True)
    if clock is None:
        raise InvalidInputError(
            f"{text!r} is not a time of day for {option}: use {TIME_EXAMPLES} (from 00:00 to 23:59)"
        )
    return clock


def _in_some_time(words: list[str], today: date) -> tuple[date, list[str]] | None:
    """ "in two weeks", "in 3 days" -> (that day, the words after)."""
    if len(words) < 3 or words[0] != "in" or words[2] not in UNITS:
        return None
    count = NUMBER_WORDS.get(words[1]) or (int(words[1]) if words[1].isdigit() else None)
    if count is None:
        return None
    return today + timedelta(days=count * UNITS[words[2]]), words[3:]


def _relative_day(word: str, modifier: str | None, today: date) -> date | None:
    if word == "today" or word == "tonight":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word == "yesterday":
        return today - timedelta(days=1)
    if word in WEEKDAYS:
        ahead = (WEEKDAYS[word] - today.weekday()) % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        return today + timedelta(days=ahead)
    return None


def _localize(naive: datetime, zone: ZoneInfo, original: str) -> datetime:
    aware = naive.replace(tzinfo=zone)
    # A wall-clock time skipped by a daylight-saving change does not exist.
    round_trip = aware.astimezone(UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:
        raise InvalidInputError(
            f"{original!r} does not exist in {zone.key}: the clocks change then; "
            "pick a time an hour later"
        )
    return aware


def parse_when(text: str, now: datetime, zone: ZoneInfo, *, need_time: bool = True) -> datetime:
    """A moment in `zone` from ISO or plain English. A weekday means its next occurrence."""
    original = text
    text = " ".join(text.lower().replace(",", " ").split())
    if not text:
        raise InvalidInputError(f"empty date: expected something like {EXAMPLES}")
    today = now.astimezone(zone).date()
    try:
        parsed = datetime.fromisoformat(text.upper().replace(" ", "T", 1))
    except ValueError:
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is not None:
            return parsed.astimezone(zone)
        if need_time and "T" not in text.upper().replace(" ", "T", 1) and len(text) <= 10:
            raise InvalidInputError(f"{original!r} has no time of day: try {EXAMPLES}")
        return _localize(parsed, zone, original)

    words = text.split()
    if (later := _in_some_time(words, today)) is not None:
        later_day, after = later
        return _on_day(later_day, " ".join(after), original, zone, need_time)
    modifier = words.pop(0) if words and words[0] in {"next", "this", "on"} else None
    if words and (day := _relative_day(words[0], modifier, today)) is not None:
        rest = " ".join(words[1:])
        if words[0] == "tonight" and not rest:
            rest = "tonight"
        when = _on_day(day, rest, original, zone, need_time)
        if rest and words[0] in WEEKDAYS and when <= now:  # a weekday passed today: next week's
            when = _on_day(day + timedelta(days=7), rest, original, zone, need_time)
        return when

    return _localize(_parse_with_dateutil(text, original, today, need_time), zone, original)


def _on_day(day: date, rest: str, original: str, zone: ZoneInfo, need_time: bool) -> datetime:
    if not rest:
        if need_time:
            raise InvalidInputError(f"{original!r} has no time of day: try {EXAMPLES}")
        return _localize(datetime.combine(day, time(0, 0)), zone, original)
    clock = _parse_time(rest, bare_hour=True)
    if clock is None:
        raise InvalidInputError(f"cannot read the time in {original!r}: {AMBIGUOUS}")
    return _localize(datetime.combine(day, clock), zone, original)


def _parse_with_dateutil(text: str, original: str, today: date, need_time: bool) -> datetime:
    from dateutil import parser

    sentinel = datetime.combine(today, time(0, 0))
    try:
        # dateutil ships no types; parse() returns a datetime.
        parsed: datetime = parser.parse(text, default=sentinel, dayfirst=False)
    except (ValueError, OverflowError, parser.ParserError) as err:
        raise InvalidInputError(f"cannot read {original!r} as a date: try {EXAMPLES}") from err
    if need_time and not re.search(r"\d\s*(?::\d|am|pm)|noon|midnight", text):
        raise InvalidInputError(f"{original!r} has no time of day: try {EXAMPLES}")
    if not re.search(r"\d{4}", text) and parsed.date() < today:
        parsed = parsed.replace(year=parsed.year + 1)  # "dec 3" in late December means next year
    return parsed


def parse_day(text: str, now: datetime, zone: ZoneInfo) -> date:
    """A calendar day: ISO, "thursday", "tomorrow", "dec 3"."""
    return parse_when(text, now, zone, need_time=False).date()

"""English words for numbers, times and dates, for text that will be read aloud."""

from __future__ import annotations

import re
from datetime import date, datetime

from intents.lexicon import number_words

__all__ = [
    "clock_words",
    "count_words",
    "day_words",
    "number_words",
    "ordinal_words",
    "say_numbers",
    "times_words",
]

_ORDINAL_ENDINGS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def ordinal_words(n: int) -> str:
    """3 -> "third"; 26 -> "twenty-sixth"."""
    words = number_words(n)
    head, sep, last = words.rpartition("-" if "-" in words.split(" ")[-1] else " ")
    if last in _ORDINAL_ENDINGS:
        last = _ORDINAL_ENDINGS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def times_words(n: int) -> str:
    """How often: 1 -> "once", 2 -> "twice", 5 -> "five times"."""
    return {1: "once", 2: "twice"}.get(n, f"{number_words(n)} times")


def count_words(n: int, singular: str, plural: str | None = None) -> str:
    """(2, "question") -> "two questions"."""
    return f"{number_words(n)} {singular if n == 1 else (plural or singular + 's')}"


def clock_words(moment: datetime) -> str:
    """15:00 -> "three PM"; 9:30 -> "nine thirty AM"; 12:00 -> "noon"."""
    hour, minute = moment.hour, moment.minute
    if minute == 0 and hour == 12:
        return "noon"
    if minute == 0 and hour == 0:
        return "midnight"
    suffix = "AM" if hour < 12 else "PM"
    spoken_hour = number_words(hour % 12 or 12)
    if minute == 0:
        return f"{spoken_hour} {suffix}"
    spoken_minute = f"oh {number_words(minute)}" if minute < 10 else number_words(minute)
    return f"{spoken_hour} {spoken_minute} {suffix}"


def day_words(day: date) -> str:
    """2026-11-26 -> "Thursday, November twenty-sixth"."""
    return f"{day:%A}, {day:%B} {ordinal_words(day.day)}"


_DIGITS = re.compile(r"\d+")


def say_numbers(text: str) -> str:
    """Spell out the digits in free text: "read chapter 3" -> "read chapter three"."""
    return _DIGITS.sub(
        lambda m: number_words(int(m.group())) if len(m.group()) < 10 else m.group(), text
    )

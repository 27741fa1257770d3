"""Reading typed dates: ISO, plain English, and clear errors."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.dates import parse_day, parse_when
from assistant.errors import InvalidInputError

BERLIN = ZoneInfo("Europe/Berlin")
# Tuesday 24 November 2026, 22:00 in Berlin.
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thursday 3pm", datetime(2026, 11, 26, 15, 0)),
        ("Thursday 3 PM", datetime(2026, 11, 26, 15, 0)),
        ("next thursday 15:00", datetime(2026, 11, 26, 15, 0)),
        ("tuesday 9:30am", datetime(2026, 12, 1, 9, 30)),  # today's 9:30 is past
        ("tuesday 11pm", datetime(2026, 11, 24, 23, 0)),  # today, still ahead
        ("next tuesday 11pm", datetime(2026, 12, 1, 23, 0)),
        ("tomorrow 9:30am", datetime(2026, 11, 25, 9, 30)),
        ("today noon", datetime(2026, 11, 24, 12, 0)),
        ("2026-12-03 15:00", datetime(2026, 12, 3, 15, 0)),
        ("2026-12-03T15:00", datetime(2026, 12, 3, 15, 0)),
        ("dec 3 3pm", datetime(2026, 12, 3, 15, 0)),
        ("3 december 2026 10:00", datetime(2026, 12, 3, 10, 0)),
        ("jan 5 9am", datetime(2027, 1, 5, 9, 0)),  # already past this year: next year
    ],
)
def test_plain_and_iso_forms(text, expected):
    assert parse_when(text, NOW, BERLIN) == expected.replace(tzinfo=BERLIN)


def test_an_explicit_offset_is_respected():
    parsed = parse_when("2026-12-03T15:00+00:00", NOW, BERLIN)
    assert parsed.astimezone(UTC) == datetime(2026, 12, 3, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("banana", "cannot read"),
        ("", "empty"),
        ("thursday", "no time of day"),
        ("2026-12-03", "no time of day"),
        ("thursday 25pm", "cannot read the time"),
        ("2026-02-30 10:00", "cannot read"),
        ("2026-03-29 02:30", "does not exist"),  # skipped by the spring DST change
    ],
)
def test_unreadable_dates_say_what_would_work(text, why):
    with pytest.raises(InvalidInputError, match=why) as caught:
        parse_when(text, NOW, BERLIN)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thursday", date(2026, 11, 26)),
        ("2026-12-03", date(2026, 12, 3)),
        ("tomorrow", date(2026, 11, 25)),
        ("dec 24", date(2026, 12, 24)),
    ],
)
def test_days(text, expected):
    assert parse_day(text, NOW, BERLIN) == expected

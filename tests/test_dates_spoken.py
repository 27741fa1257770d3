"""Dates and times as people say them, with a clear line for what is ambiguous."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run_in_process

from assistant.dates import parse_time_of_day, parse_when
from assistant.errors import InvalidInputError

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # Monday 7 Dec, 09:00 in Berlin


@pytest.mark.parametrize(
    ("said", "local"),
    [
        ("next tuesday at 10", "2026-12-08 10:00"),
        ("tuesday at 3", "2026-12-08 15:00"),
        ("friday at 12", "2026-12-11 12:00"),
        ("tomorrow at 21:30", "2026-12-08 21:30"),
        ("tomorrow morning", "2026-12-08 09:00"),
        ("tomorrow afternoon", "2026-12-08 14:00"),
        ("wednesday evening", "2026-12-09 19:00"),
        ("tonight", "2026-12-07 20:00"),
        ("in two weeks at 3pm", "2026-12-21 15:00"),
        ("in 3 days at 9am", "2026-12-10 09:00"),
        ("in a week at 10:30", "2026-12-14 10:30"),
        ("thursday 9pm", "2026-12-10 21:00"),
    ],
)
def test_what_people_say(said, local):
    assert f"{parse_when(said, MONDAY, BERLIN):%Y-%m-%d %H:%M}" == local


@pytest.mark.parametrize(
    "said",
    ["tuesday 10", "tomorrow at 0", "in two weeks", "next tuesday at 25", "tomorrow at 13pm"],
)
def test_what_is_ambiguous_is_refused_with_the_line(said):
    with pytest.raises(InvalidInputError) as caught:
        parse_when(said, MONDAY, BERLIN)
    assert "has no time of day" in str(caught.value) or "a bare hour after 'at'" in str(
        caught.value
    )


@pytest.mark.parametrize(
    ("said", "clock"),
    [
        ("9pm", time(21)),
        ("21:30", time(21, 30)),
        ("9:30am", time(9, 30)),
        ("noon", time(12)),
        ("8", time(8)),
        ("at 5", time(17)),
        ("evening", time(19)),
    ],
)
def test_times_of_day_for_homework(said, clock):
    assert parse_time_of_day(said, "--daily") == clock


def test_appointments_take_next_tuesday_at_10(home, capsys):
    run = run_in_process(capsys, "appointments", "add", "next", "tuesday", "at", "10")
    assert run.code == 0, run.err
    assert "10:00-10:50 Europe/Berlin" in run.out

"""`appointments import FILE.ics` and `schedule --ics FILE` on files in three programs' styles."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from cli_helpers import run_in_process

CALENDARS = Path(__file__).parent / "data" / "calendars"


def stored(home) -> list[tuple]:
    path = home / "sessionmate.db"
    if not path.exists():
        return []
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT starts_at, minutes, timezone, recurrence FROM appointments ORDER BY id"
        ).fetchall()


def utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def instants(home) -> list[tuple]:
    return [
        (utc(starts), minutes, zone, recurrence)
        for starts, minutes, zone, recurrence in stored(home)
    ]


@pytest.fixture
def london(home, monkeypatch):
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/London")
    return home


def test_google_style_vtimezone_utc_and_an_all_day_event(london, capsys):
    run = run_in_process(capsys, "appointments", "import", str(CALENDARS / "google.ics"))
    assert run.code == 0, run.err
    assert instants(london) == [
        ("2030-01-10 14:00", 50, "Europe/Berlin", "weekly"),  # 15:00 Berlin, no end
        ("2030-02-05 09:00", 60, "Europe/London", None),  # a UTC time, in the person's zone
    ]
    assert "Left out: Practice closed on 2030-03-01: an all-day event" in run.err
    assert "2 appointments added." in run.err


def test_outlook_style_windows_zone_count_and_an_excluded_week(london, capsys):
    run = run_in_process(capsys, "appointments", "import", str(CALENDARS / "outlook.ics"))
    assert run.code == 0, run.err
    # Four Thursdays at 10:00 Berlin from 21 March 2030, one excluded; summer time from 31 March.
    assert instants(london) == [
        ("2030-03-21 09:00", 50, "Europe/Berlin", None),
        ("2030-03-28 09:00", 50, "Europe/Berlin", None),
        ("2030-04-11 08:00", 50, "Europe/Berlin", None),
    ]


def test_thunderbird_style_floating_time_until_and_a_daily_rule(london, capsys):
    run = run_in_process(capsys, "appointments", "import", str(CALENDARS / "thunderbird.ics"))
    assert run.code == 0, run.err
    # Floating 17:00 read on the person's clock (London, BST from 31 March); UNTIL 15:00Z
    # on 29 April ends it before that day's 16:00Z.
    assert instants(london) == [
        ("2030-04-08 16:00", 90, "Europe/London", None),
        ("2030-04-15 16:00", 90, "Europe/London", None),
        ("2030-04-22 16:00", 90, "Europe/London", None),
    ]
    assert "Left out: Daily breathing: repeats daily, only weekly is supported" in run.err


def test_importing_the_same_files_again_adds_nothing(london, capsys):
    for name in ("google.ics", "outlook.ics", "thunderbird.ics"):
        assert run_in_process(capsys, "appointments", "import", str(CALENDARS / name)).code == 0
    before = stored(london)
    for name in ("google.ics", "outlook.ics", "thunderbird.ics"):
        again = run_in_process(capsys, "appointments", "import", str(CALENDARS / name))
        assert again.code == 0 and again.out == ""
        assert "0 appointments added" in again.err and "already imported" in again.err
    assert stored(london) == before and len(before) == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some text\n", "is not an iCalendar file"),
        (b"", "is not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events (VEVENT)"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2030\r\n", "is not an iCalendar file"),
        (bytes(range(256)) * 8, "is not an iCalendar file"),
        (None, "not a regular file"),
    ],
    ids=["text", "empty", "no events", "cut short", "binary", "fifo"],
)
def test_a_bad_file_is_one_line_and_adds_nothing(london, tmp_path, capsys, content, message):
    path = tmp_path / "invite.ics"
    if content is None:
        os.mkfifo(path)
    else:
        path.write_bytes(content)
    run = run_in_process(capsys, "appointments", "import", str(path))
    assert run.code == 2 and run.out == "" and run.err.count("\n") == 1, run.err
    assert message in run.err
    assert stored(london) == []


def test_the_exported_plan_parses_back_to_the_same_events(london, tmp_path, capsys):
    assert run_in_process(capsys, "appointments", "import", str(CALENDARS / "google.ics")).code == 0
    assert run_in_process(capsys, "add", "--as", "homework", "write in my journal").code == 0
    assert run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00").code == 0
    window = ("--from", "2030-01-07", "--days", "14")
    listed = json.loads(run_in_process(capsys, "schedule", *window, "--json").out)
    path = tmp_path / "plan.ics"
    run = run_in_process(capsys, "schedule", *window, "--ics", str(path))
    assert run.code == 0 and f"Wrote {len(listed)} events to {path}" in run.err
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = sorted(
        (event.decoded("DTSTART").astimezone(UTC), str(event.get("CATEGORIES").cats[0]))
        for event in calendar.walk("VEVENT")
    )
    expected = sorted(
        (datetime.fromisoformat(run["when"]).astimezone(UTC), run["kind"]) for run in listed
    )
    assert events == expected and len(events) == 14 + 2 * 2
    assert b"journal" not in path.read_bytes(), "no homework text leaves in a calendar file"


def test_an_updated_invitation_moves_and_a_cancellation_removes(london, capsys):
    for name in ("google.ics", "outlook.ics"):
        assert run_in_process(capsys, "appointments", "import", str(CALENDARS / name)).code == 0
    moved = run_in_process(capsys, "appointments", "import", str(CALENDARS / "google-moved.ics"))
    assert moved.code == 0, moved.err
    assert moved.out.startswith("Moved appointment #1 ")
    assert "16:00-16:50 Europe/Berlin" in moved.out
    assert instants(london)[0] == ("2030-01-10 15:00", 50, "Europe/Berlin", "weekly")
    again = run_in_process(capsys, "appointments", "import", str(CALENDARS / "google-moved.ics"))
    assert again.out == "" and "1 already imported" in again.err
    cancelled = run_in_process(
        capsys, "appointments", "import", str(CALENDARS / "outlook-cancel.ics")
    )
    assert cancelled.code == 0, cancelled.err
    assert cancelled.out.count("(cancelled in the calendar)") == 3
    assert len(stored(london)) == 2  # the moved weekly series and the UTC one-off

"""`sessionmate schedule` and the job definitions it shares with the service.

The expected times are written out by hand (offsets included), not computed with the
code under test: 20:00 local every day, on both sides of each clock change.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run_in_process

from assistant.calendar import AppointmentSpec, occurrences
from assistant.schedule import (
    PlanSpec,
    checkin_job,
    clock_change_day,
    fire_times,
    job_specs,
    planned,
)

EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def setup(capsys, monkeypatch, zone: str, weekly_from: str) -> None:
    """A weekly 15:00 appointment (50 min) and homework checked on daily at 20:00."""
    monkeypatch.setenv("SESSIONMATE_TZ", zone)
    for args in (
        ("appointments", "add", weekly_from, "--weekly"),
        ("add", "--as", "homework", "journaling"),
        ("homework", "plan", "1", "--daily", "20:00"),
    ):
        run = run_in_process(capsys, *args)
        assert run.code == 0, run.err


def listing(capsys, *args: str) -> list[dict]:
    run = run_in_process(capsys, "schedule", "--json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)


# (zone, first weekly appointment, --from, day of the change, offset before, offset after)
CHANGES = [
    ("Europe/Berlin", "2026-03-19T15:00", "2026-03-23", date(2026, 3, 29), "+01:00", "+02:00"),
    ("Europe/Berlin", "2026-10-15T15:00", "2026-10-19", date(2026, 10, 25), "+02:00", "+01:00"),
    ("America/New_York", "2026-02-26T15:00", "2026-03-02", date(2026, 3, 8), "-05:00", "-04:00"),
    ("America/New_York", "2026-10-22T15:00", "2026-10-26", date(2026, 11, 1), "-04:00", "-05:00"),
]


@pytest.mark.parametrize(("zone", "weekly", "start", "change", "before", "after"), CHANGES)
def test_fourteen_days_across_a_clock_change_list_exactly_what_is_due(
    home, capsys, monkeypatch, zone, weekly, start, change, before, after
):
    setup(capsys, monkeypatch, zone, weekly)
    first = date.fromisoformat(start)
    days = [first + timedelta(days=n) for n in range(14)]

    def at(day: date, clock: str) -> str:
        return f"{day.isoformat()}T{clock}:00{before if day < change else after}"

    thursdays = [day for day in days if day.weekday() == 3]
    expected = sorted(
        [(at(day, "20:00"), "checkin", 1) for day in days]
        + [(at(day, "14:00"), "agenda_readout", 1) for day in thursdays]
        + [(at(day, "15:50"), "post_session", 1) for day in thursdays]
    )
    runs = listing(capsys, "--from", start, "--days", "14")
    got = [(r["when"], r["kind"], r.get("item_id", r.get("appointment_id"))) for r in runs]
    assert got == expected
    checkins = [datetime.fromisoformat(r["when"]) for r in runs if r["kind"] == "checkin"]
    assert [c.date() for c in checkins] == days  # one a day, no day twice or skipped
    assert {c.time() for c in checkins} == {time(20, 0)}


def test_json_entries_name_when_kind_and_the_id(home, capsys, monkeypatch):
    setup(capsys, monkeypatch, "Europe/Berlin", "2026-03-19T15:00")
    runs = listing(capsys, "--from", "2026-03-26", "--days", "1")
    assert [r["kind"] for r in runs] == ["agenda_readout", "post_session", "checkin"]
    for run in runs:
        assert set(run) >= {"when", "kind", "job_id"}
        assert datetime.fromisoformat(run["when"]).utcoffset() == timedelta(hours=1)
        assert ("item_id" in run) == (run["kind"] == "checkin")
        assert ("appointment_id" in run) == (run["kind"] != "checkin")
    assert runs[2]["item_id"] == 1 and runs[0]["appointment_id"] == 1


def test_without_from_it_starts_now_and_shows_seven_days(home, capsys, monkeypatch):
    setup(capsys, monkeypatch, "Europe/Berlin", "2026-03-19T15:00")
    before = datetime.now(UTC)
    runs = [datetime.fromisoformat(r["when"]) for r in listing(capsys)]
    assert runs and all(before <= when <= before + timedelta(days=7) for when in runs)
    assert len([r for r in runs if r.time() == time(20, 0)]) == 7


def test_the_text_listing_is_local_time_with_offsets(home, capsys, monkeypatch):
    setup(capsys, monkeypatch, "Europe/Berlin", "2026-03-19T15:00")
    run = run_in_process(capsys, "schedule", "--from", "2026-03-26", "--days", "1")
    assert run.out.splitlines() == [
        "Thu 26 Mar 2026 14:00 +01:00  agenda readout        appointment #1",
        "Thu 26 Mar 2026 15:50 +01:00  after-session prompt  appointment #1",
        "Thu 26 Mar 2026 20:00 +01:00  check-in              homework #1: journaling",
    ]


def test_the_readout_lead_comes_from_the_settings(home, capsys, monkeypatch):
    home.mkdir()
    (home / "config.toml").write_text("readout_lead_minutes = 30\n")
    setup(capsys, monkeypatch, "Europe/Berlin", "2026-03-19T15:00")
    runs = listing(capsys, "--from", "2026-03-26", "--days", "1")
    assert runs[0]["when"] == "2026-03-26T14:30:00+01:00"


def test_an_empty_schedule_says_so(home, capsys, monkeypatch):
    monkeypatch.setenv("SESSIONMATE_TZ", "UTC")
    run = run_in_process(capsys, "schedule", "--from", "2026-03-26")
    assert run.code == 0 and run.out == "" and "Nothing scheduled" in run.err
    assert listing(capsys, "--from", "2026-03-26") == []


def test_bad_options_are_one_line_errors(home, capsys, monkeypatch):
    monkeypatch.setenv("SESSIONMATE_TZ", "UTC")
    for args, message in ((("--from", "someday"), "cannot read"), (("--days", "0"), "--days")):
        run = run_in_process(capsys, "schedule", *args)
        assert run.code == 2 and run.err.count("\n") == 1 and message in run.err


BERLIN = ZoneInfo("Europe/Berlin")


def test_weekly_readouts_are_the_calendar_occurrences_less_the_lead_across_dst():
    spec = AppointmentSpec(
        7, datetime(2026, 3, 5, 15, 0, tzinfo=BERLIN), 50, "Europe/Berlin", "weekly"
    )
    start, end = datetime(2026, 3, 1, tzinfo=BERLIN), datetime(2026, 11, 30, tzinfo=BERLIN)
    specs = job_specs([spec], [], lead_minutes=60, grace_seconds=900)
    runs = planned(specs, start, end, BERLIN)
    readouts = [r.when for r in runs if r.kind == "agenda_readout"]
    prompts = [r.when for r in runs if r.kind == "post_session"]
    expected = occurrences(spec, start, end)
    assert readouts == [occ.starts_at - timedelta(hours=1) for occ in expected]
    assert prompts == [occ.ends_at for occ in expected]
    assert len(readouts) == 39 and {r.time() for r in readouts} == {time(14, 0)}


def test_a_one_off_appointment_fires_once_and_never_before_it_is_due():
    spec = AppointmentSpec(3, datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN), 50, "Europe/Berlin", None)
    readout, prompt = job_specs([spec], [], lead_minutes=60, grace_seconds=900)
    window = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    assert fire_times(readout.trigger, *window) == [datetime(2026, 3, 30, 8, 0, tzinfo=BERLIN)]
    assert fire_times(prompt.trigger, *window) == [datetime(2026, 3, 30, 9, 50, tzinfo=BERLIN)]
    after = (datetime(2026, 3, 31, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    assert fire_times(readout.trigger, *after) == []


def test_named_days_are_days_not_crontab_numbers():
    plan = PlanSpec(5, ("mon", "wed", "fri"), time(8, 30), "America/New_York")
    trigger = checkin_job(plan, grace_seconds=900).trigger
    zone = ZoneInfo("America/New_York")
    week = fire_times(trigger, datetime(2026, 3, 2, tzinfo=zone), datetime(2026, 3, 9, tzinfo=zone))
    assert [(f.strftime("%a"), f.strftime("%H:%M")) for f in week] == [
        ("Mon", "08:30"),
        ("Wed", "08:30"),
        ("Fri", "08:30"),
    ]


def test_job_ids_are_stable_and_names_hold_no_text():
    plan = PlanSpec(5, EVERY_DAY, time(20, 0), "Europe/Berlin")
    one, two = (checkin_job(plan, grace_seconds=900) for _ in range(2))
    assert one.id == two.id == "checkin:5" and one.name == two.name
    assert one.func == "assistant.jobs:checkin" and one.args == (5,)
    later = checkin_job(PlanSpec(5, EVERY_DAY, time(21, 0), "Europe/Berlin"), grace_seconds=900)
    assert later.name != one.name


@pytest.mark.parametrize(
    ("clock", "zone", "expected"),
    [
        (time(2, 30), "Europe/Berlin", date(2027, 3, 28)),
        (time(1, 30), "America/New_York", date(2026, 11, 1)),
        (time(20, 0), "Europe/Berlin", None),
        (time(2, 30), "UTC", None),
    ],
)
def test_times_the_clock_change_skips_or_repeats_are_found(clock, zone, expected):
    assert clock_change_day(clock, ZoneInfo(zone), date(2026, 10, 26)) == expected

"""A bad value already in the database (a hand edit, an older version) hides nothing else."""

from __future__ import annotations

import sqlite3

from cli_helpers import run_in_process

from assistant.schedule import load_job_specs
from storage import open_database


def _spoil_zone(home, appointment_id: int, zone: str) -> None:
    raw = sqlite3.connect(home / "sessionmate.db")
    with raw:
        raw.execute("UPDATE appointments SET timezone = ? WHERE id = ?", (zone, appointment_id))
    raw.close()


def test_a_bad_zone_in_one_appointment_is_named_and_the_rest_still_shows(home, capsys):
    for args in (
        ("add", "--as", "question", "how do I sleep better"),
        ("add", "--as", "homework", "walk every day"),
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        ("appointments", "add", "2030-01-17T09:00"),
        ("homework", "plan", "2", "--daily", "20:00"),
    ):
        assert run_in_process(capsys, *args).code == 0
    _spoil_zone(home, 1, "Mars/Olympus")

    listed = run_in_process(capsys, "appointments", "list")
    assert listed.code == 0
    assert "#2" in listed.out and "09:00-09:50 Europe/Berlin" in listed.out
    assert "#1   2030-01-10 14:00 UTC, 'Mars/Olympus', 50 min: cannot be used" in listed.out
    assert "appointment #1 has the unknown time zone 'Mars/Olympus'" in listed.err

    agenda = run_in_process(capsys, "agenda", "--for", "2030-01-11")
    assert agenda.code == 0, agenda
    assert "how do I sleep better" in agenda.out and "walk every day" in agenda.out
    assert "17" in agenda.out  # the appointment that can still be read, on the 17th
    assert "appointment #1" in agenda.err and "Traceback" not in agenda.err

    schedule = run_in_process(capsys, "schedule", "--from", "2030-01-16", "--days", "2")
    assert schedule.code == 0, schedule
    assert "appointment #1" in schedule.err

    database = open_database(f"sqlite:///{home / 'sessionmate.db'}")
    with database.session() as session:  # what serve's job sync reads
        specs = load_job_specs(session, lead_minutes=60, grace_seconds=60)
    database.dispose()
    assert {(spec.kind, spec.target_id) for spec in specs} == {
        ("agenda_readout", 2),
        ("post_session", 2),
        ("checkin", 2),
    }


def test_a_bad_zone_in_a_plan_leaves_the_other_jobs(home, capsys):
    assert run_in_process(capsys, "add", "--as", "homework", "walk every day").code == 0
    assert run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00").code == 0
    assert run_in_process(capsys, "appointments", "add", "2030-01-17T09:00").code == 0
    raw = sqlite3.connect(home / "sessionmate.db")
    with raw:
        raw.execute("UPDATE homework_plans SET timezone = 'Nowhere/Land'")
    raw.close()
    schedule = run_in_process(capsys, "schedule", "--from", "2030-01-16", "--days", "2")
    assert schedule.code == 0, schedule
    assert "check-in plan of item #1 has the unknown time zone 'Nowhere/Land'" in schedule.err
    assert "agenda" in schedule.out.lower()


def test_a_time_that_cannot_be_read_is_one_line_naming_it(home, capsys):
    assert run_in_process(capsys, "add", "note hello").code == 0
    raw = sqlite3.connect(home / "sessionmate.db")
    with raw:
        raw.execute("UPDATE items SET created_at = 'garbage'")
    raw.close()
    run = run_in_process(capsys, "items")
    assert run.code == 2 and run.err.count("\n") == 1
    assert "the database holds a time that cannot be read: 'garbage'" in run.err

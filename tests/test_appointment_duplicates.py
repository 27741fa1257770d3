"""The same appointment twice is refused unless --force: nothing changes silently."""

from __future__ import annotations

import sqlite3

from cli_helpers import run_in_process


def count(home) -> int:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute("SELECT count(*) FROM appointments").fetchone()[0]


def test_the_same_weekly_slot_twice_is_refused(home, capsys):
    assert run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--weekly").code == 0
    again = run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--weekly")
    assert again.code == 2 and again.out == ""
    assert "appointment #1 already starts at Thu 10 Jan 2030, 15:00 Europe/Berlin" in again.err
    assert "--force" in again.err and again.err.count("\n") == 1
    assert count(home) == 1


def test_a_one_off_on_a_week_of_a_series_is_refused(home, capsys):
    run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--weekly")
    later = run_in_process(capsys, "appointments", "add", "2030-03-14T15:00")
    assert later.code == 2 and "appointment #1 already starts at" in later.err
    assert count(home) == 1


def test_a_later_weekly_series_on_the_same_slot_is_refused(home, capsys):
    run_in_process(capsys, "appointments", "add", "2030-01-10T15:00")
    series = run_in_process(capsys, "appointments", "add", "2030-01-03T15:00", "--weekly")
    assert series.code == 2 and "appointment #1 already starts" in series.err


def test_force_keeps_both_and_says_so(home, capsys):
    run_in_process(capsys, "appointments", "add", "2030-01-10T15:00")
    forced = run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--force")
    assert forced.code == 0, forced.err
    assert "It starts at the same time as appointment #1; both are kept." in forced.out
    assert count(home) == 2


def test_another_time_is_fine(home, capsys):
    run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--weekly")
    assert run_in_process(capsys, "appointments", "add", "2030-01-10T16:00").code == 0
    assert run_in_process(capsys, "appointments", "add", "2030-01-11T15:00").code == 0
    assert count(home) == 3

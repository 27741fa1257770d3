"""Homework plans as people want them: several times a day, chosen days, once by a date."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest
from cli_helpers import run_in_process
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.checkin import run_checkin
from storage import open_database


@pytest.fixture
def home(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(folder))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    for args in (
        ("add", "--as", "homework", "do the breathing exercise twice a day"),
        ("add", "--as", "homework", "call my sister before sunday"),
    ):
        assert run_in_process(capsys, *args).code == 0
    return folder


def plan_row(home, item_id: int = 1) -> tuple:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute(
            "SELECT days, time_of_day, extra_times, question, once_on FROM homework_plans "
            "WHERE item_id = ?",
            (item_id,),
        ).fetchone()


def test_two_daily_times_are_both_kept(home, capsys):
    run = run_in_process(capsys, "homework", "plan", "1", "--daily", "08:00", "--daily", "21:30")
    assert run.code == 0, run.err
    assert run.out.splitlines()[0] == (
        "Check-ins for homework #1 every day at 08:00 and 21:30 (Europe/Berlin)."
    )
    assert plan_row(home)[1:3] == ("08:00:00.000000", "21:30")
    assert "every day at 08:00 and 21:30" in run_in_process(capsys, "homework").out


def test_daily_takes_the_times_people_type(home, capsys):
    run = run_in_process(capsys, "homework", "plan", "1", "--daily", "9pm")
    assert run.code == 0, run.err
    assert plan_row(home)[1] == "21:00:00.000000"


def test_the_question_is_shown_and_can_be_changed(home, capsys):
    run = run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00")
    assert '  Asks: "Did you do the breathing exercise today?"' in run.out
    run = run_in_process(capsys, "homework", "plan", "1", "--ask", "Did you breathe slowly?")
    assert '  Asks: "Did you breathe slowly?"' in run.out
    assert plan_row(home)[3] == "Did you breathe slowly?"
    voice = RecordingVoice()
    with open_database(f"sqlite:///{home / 'sessionmate.db'}") as database:
        run_checkin(
            database, 1, ScriptedEar(["yes"]), voice, lambda: datetime(2026, 12, 7, 19, tzinfo=UTC)
        )
    assert voice.said[0] == "Did you breathe slowly?"
    run = run_in_process(capsys, "homework", "plan", "1", "--ask", "")
    assert '  Asks: "Did you do the breathing exercise today?"' in run.out


def test_once_by_a_date_asks_have_you_yet(home, capsys):
    run = run_in_process(capsys, "homework", "plan", "2", "--by", "2030-06-02", "--at", "18:00")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "Check-ins for homework #2 once, on Sun 02 Jun 2030 at 18:00 (Europe/Berlin).",
        '  Asks: "Have you called your sister yet?" (change it with --ask "...")',
    ]
    assert plan_row(home, 2)[4] == "2030-06-02"
    listed = json.loads(
        run_in_process(capsys, "schedule", "--from", "2030-05-30", "--days", "7", "--json").out
    )
    assert [(r["when"], r["item_id"]) for r in listed if r["kind"] == "checkin"] == [
        ("2030-06-02T18:00:00+02:00", 2)
    ]


def test_a_new_plan_says_what_it_replaces(home, capsys):
    run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00")
    run = run_in_process(capsys, "homework", "plan", "1", "--days", "mon,thu", "--at", "7pm")
    assert run.out.splitlines()[:2] == [
        "Check-ins for homework #1 on mon, thu at 19:00 (Europe/Berlin).",
        "  This replaces: every day at 20:00 (Europe/Berlin).",
    ]


def test_schedule_json_shows_two_checkins_a_day_across_the_clock_change(home, capsys):
    """Berlin leaves summer time on 25 Oct 2026: both times stay local wall-clock times."""
    run_in_process(capsys, "homework", "plan", "1", "--daily", "08:00", "--daily", "21:30")
    run = run_in_process(capsys, "schedule", "--from", "2026-10-24", "--days", "3", "--json")
    assert run.code == 0, run.err
    checkins = [r for r in json.loads(run.out) if r["kind"] == "checkin"]
    assert [r["when"] for r in checkins] == [
        "2026-10-24T08:00:00+02:00",
        "2026-10-24T21:30:00+02:00",
        "2026-10-25T08:00:00+01:00",
        "2026-10-25T21:30:00+01:00",
        "2026-10-26T08:00:00+01:00",
        "2026-10-26T21:30:00+01:00",
    ]
    assert {r["item_id"] for r in checkins} == {1}
    assert {r["timezone"] for r in checkins} == {"Europe/Berlin"}
    assert len({r["job_id"] for r in checkins}) == 1  # one job: rebuilding replaces, never adds


def checkins(home) -> list[tuple]:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute("SELECT item_id, result, note FROM checkins ORDER BY at").fetchall()


@pytest.mark.parametrize(
    ("said", "result"),
    [
        (("done",), "done"),
        (("yes",), "done"),
        (("partly",), "partial"),
        (("some",), "partial"),
        (("no",), "not_done"),
        (("not", "yet"), "not_done"),
        (("not yet",), "not_done"),
    ],
)
def test_checkin_takes_the_words_the_voice_takes(home, capsys, said, result):
    run = run_in_process(capsys, "homework", "checkin", "1", *said)
    assert run.code == 0, run.err
    assert checkins(home) == [(1, result, None)]


def test_a_missed_day_is_recorded_later_on_that_day(home, capsys):
    run_in_process(capsys, "homework", "plan", "1", "--daily", "21:00")
    run = run_in_process(
        capsys,
        "homework",
        "checkin",
        "1",
        "partly",
        "--date",
        "yesterday",
        "--note",
        "too tired after work",
    )
    assert run.code == 0, run.err
    assert run.out.startswith("Recorded for homework #1, ") and "today" not in run.out
    with sqlite3.connect(home / "sessionmate.db") as db:
        (at,) = db.execute("SELECT at FROM checkins").fetchone()
    assert at.endswith(("20:00:00.000000", "19:00:00.000000"))  # 21:00 Berlin, in UTC
    assert "in the way: too tired after work" in run_in_process(capsys, "homework").out
    assert "in the way: too tired after work" in run_in_process(capsys, "agenda").out


def test_each_of_two_daily_times_is_its_own_slot(home, capsys):
    run_in_process(capsys, "homework", "plan", "1", "--daily", "08:00", "--daily", "21:30")
    morning = run_in_process(capsys, "homework", "checkin", "1", "yes", "--date", "yesterday 08:05")
    evening = run_in_process(capsys, "homework", "checkin", "1", "no", "--date", "yesterday 21:40")
    assert "(00:00 to 21:29)" in morning.out and "(21:30 to 23:59)" in evening.out
    assert "replaces" not in morning.out + evening.out
    again = run_in_process(
        capsys, "homework", "checkin", "1", "partly", "--date", "yesterday 22:10"
    )
    assert "This replaces the earlier answer" in again.out and ": not done." in again.out
    assert checkins(home) == [(1, "done", None), (1, "partial", None)]


def test_a_daily_plan_for_a_one_off_task_suggests_asking_once(home, capsys):
    run = run_in_process(capsys, "homework", "plan", "2", "--daily", "20:00")
    assert "  It sounds like a one-off (sunday): --by sunday --at TIME asks once" in run.out
    quiet = run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00")
    assert "one-off" not in quiet.out

"""`sessionmate homework`: plans, check-ins by hand, and how it went, in the real CLI."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from cli_helpers import run_in_process
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.checkin import run_checkin
from storage import open_database


@pytest.fixture(autouse=True)
def homework_and_a_note(home, capsys):
    for args in (("add", "--as", "homework", "journaling"), ("add", "--as", "note", "a note")):
        assert run_in_process(capsys, *args).code == 0


def plans(home) -> list[tuple]:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute(
            "SELECT item_id, days, time_of_day, timezone, cue FROM homework_plans"
        ).fetchall()


def test_a_daily_plan_with_a_cue_is_listed_with_the_homework(home, capsys):
    run = run_in_process(
        capsys, "homework", "plan", "1", "--daily", "20:00", "--cue", "after dinner"
    )
    assert run.out == (
        "Check-ins for homework #1 every day at 20:00, after dinner (Europe/Berlin).\n"
        '  Asks: "Did you do your journaling after dinner today?" (change it with --ask "...")\n'
    )
    assert plans(home) == [
        (1, "mon,tue,wed,thu,fri,sat,sun", "20:00:00.000000", "Europe/Berlin", "after dinner")
    ]
    listed = run_in_process(capsys, "homework").out.splitlines()
    assert listed == [
        "#1    journaling: no check-ins yet",
        "      check-ins every day at 20:00, after dinner (Europe/Berlin)",
    ]


def test_named_days_and_later_changes_keep_what_was_not_given(home, capsys):
    run_in_process(
        capsys,
        "homework",
        "plan",
        "1",
        "--days",
        "Fri,mon,wednesday",
        "--at",
        "8:30",
        "--cue",
        "with coffee",
    )
    assert plans(home)[0][1:3] == ("mon,wed,fri", "08:30:00.000000")
    run = run_in_process(capsys, "homework", "plan", "1", "--at", "09:00")
    assert run.out.splitlines()[:2] == [
        "Check-ins for homework #1 on mon, wed, fri at 09:00, with coffee (Europe/Berlin).",
        "  This replaces: on mon, wed, fri at 08:30, with coffee (Europe/Berlin).",
    ]
    run_in_process(capsys, "homework", "plan", "1", "--cue", "")
    assert plans(home)[0][4] is None
    run_in_process(capsys, "homework", "plan", "1", "--days", "weekends")
    assert plans(home)[0][1:3] == ("sat,sun", "09:00:00.000000")


def test_none_clears_the_plan(home, capsys):
    run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00")
    assert run_in_process(capsys, "homework", "plan", "1", "--none").out == (
        "No check-ins for homework #1.\n"
    )
    assert plans(home) == []
    assert "      no check-ins" in run_in_process(capsys, "homework").out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("plan", "1", "--days", "mon,funday", "--at", "08:30"),
            "unknown day 'funday' in --days: use mon, tue, wed, thu, fri, sat, sun",
        ),
        (
            ("plan", "1", "--daily", "25:00"),
            "'25:00' is not a time of day for --daily: use 21:30, 9pm, 9:30am, noon",
        ),
        (
            ("plan", "1", "--days", "mon", "--at", "8 at night"),
            "'8 at night' is not a time of day for --at",
        ),
        (("plan", "2", "--daily", "20:00"), "item #2 is a note, not homework"),
        (("plan", "9", "--daily", "20:00"), "no item with id 9"),
        (("plan", "1", "--days", "mon"), "homework #1 has no check-in time yet"),
        (("plan", "1"), "say when: --daily HH:MM"),
        (("plan", "1", "--none", "--daily", "20:00"), "--none stops the check-ins"),
        (("plan", "1", "--daily", "20:00", "--days", "mon"), "--daily HH:MM means every day"),
        (("plan", "1", "--daily", "02:30"), "02:30 is skipped or happens twice in Europe/Berlin"),
        (("checkin", "1", "finished"), "'finished' is not an answer: say done or yes, partly"),
        (("checkin", "2", "done"), "item #2 is a note, not homework"),
        (("checkin", "7", "done"), "no item with id 7"),
    ],
)
def test_bad_values_are_one_line_naming_what_is_valid_and_nothing_is_written(
    home, capsys, args, message
):
    run = run_in_process(capsys, "homework", *args)
    assert run.code == 2 and run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("sessionmate: error: ")
    assert message in run.err
    assert plans(home) == []
    with sqlite3.connect(home / "sessionmate.db") as db:
        assert db.execute("SELECT count(*) FROM checkins").fetchone() == (0,)


def test_a_check_in_by_hand_is_recorded_with_its_note(home, capsys):
    run = run_in_process(
        capsys, "homework", "checkin", "1", "not_done", "--note", "the week was chaotic"
    )
    assert run.out == "Recorded for homework #1, today: not done (with a note).\n"
    assert run_in_process(capsys, "homework", "checkin", "1", "partial").out == (
        "Recorded for homework #1, today: partly.\n"
        "  This replaces the earlier answer for today: not done.\n"
    )
    with sqlite3.connect(home / "sessionmate.db") as db:
        rows = db.execute("SELECT item_id, result, note FROM checkins ORDER BY id").fetchall()
    # One answer a day: the second replaced the first, and kept what got in the way.
    assert rows == [(1, "partial", "the week was chaotic")]
    assert (
        "journaling: done none of one day, partly once; in the way: the week was chaotic"
        in run_in_process(capsys, "homework").out
    )


WEEK = ["yes"] * 4 + [["some of it", "work ran late"], ["no", "too tired"], "yes i did"]


def test_adherence_reads_the_same_in_the_agenda_and_in_homework(home, capsys):
    """Seven evenings of check-ins through the dialog, then both places people look."""
    start = datetime(2026, 11, 16, 19, 0, tzinfo=UTC)
    with open_database(f"sqlite:///{home / 'sessionmate.db'}") as database:
        for day, answers in enumerate(WEEK):
            answers = answers if isinstance(answers, list) else [answers]
            evening = start + timedelta(days=day)
            run_checkin(database, 1, ScriptedEar(answers), RecordingVoice(), lambda e=evening: e)
    phrase = (
        "journaling: done five of seven days, partly once; in the way: work ran late; too tired"
    )
    agenda = run_in_process(capsys, "agenda")
    homework = run_in_process(capsys, "homework")
    assert phrase in agenda.out
    assert f"#1    {phrase}" in homework.out.splitlines()

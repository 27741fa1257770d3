"""`--json` on items, agenda, homework, appointments and schedule: times with their zone."""

from __future__ import annotations

import json

from cli_helpers import run_in_process


def _filled(capsys) -> None:
    for args in (
        ("add", "--as", "need", "more time for my mom"),
        ("add", "--as", "homework", "call my sister before sunday"),
        ("appointments", "add", "2027-01-14T10:30", "--weekly"),
        ("homework", "plan", "2", "--daily", "21:30"),
        ("homework", "checkin", "2", "no", "--note", "too tired"),
    ):
        assert run_in_process(capsys, *args).code == 0, args


def _json(capsys, *args):
    run = run_in_process(capsys, *args)
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_items_json(home, capsys):
    _filled(capsys)
    items = _json(capsys, "items", "--json")
    assert [(i["id"], i["kind"], i["text"]) for i in items] == [
        (1, "need", "more time for my mom"),
        (2, "homework", "call my sister before sunday"),
    ]
    assert (
        items[0]["timezone"] == "Europe/Berlin"
        and "+01:00" in items[0]["created_at"]
        or ("+02:00" in items[0]["created_at"])
    )


def test_appointments_json_keeps_the_local_time_and_zone(home, capsys):
    _filled(capsys)
    (appt,) = _json(capsys, "appointments", "list", "--json")
    assert appt == {
        "id": 1,
        "starts_at": "2027-01-14T10:30:00+01:00",
        "timezone": "Europe/Berlin",
        "minutes": 50,
        "recurrence": "weekly",
        "problem": None,
    }


def test_homework_json_has_the_question_and_what_got_in_the_way(home, capsys):
    _filled(capsys)
    (task,) = _json(capsys, "homework", "--json")
    assert task["id"] == 2 and task["question"] == "Did you call your sister today?"
    assert task["checkins"]["not_done"] == 1 and task["checkins"]["in_the_way"] == ["too tired"]
    assert task["plan"] == "every day at 21:30 (Europe/Berlin)"


def test_agenda_json(home, capsys):
    _filled(capsys)
    agenda = _json(capsys, "agenda", "--json")
    assert agenda["appointment"]["timezone"] == "Europe/Berlin"
    assert agenda["appointment"]["starts_at"].endswith(("10:30:00+01:00", "10:30:00+02:00"))
    assert [e["id"] for e in agenda["needs"]] == [1]
    assert agenda["homework"][0]["checkins"]["in_the_way"] == ["too tired"]


def test_the_agenda_header_names_the_zone(home, capsys):
    _filled(capsys)
    assert "10:30 (Europe/Berlin)" in run_in_process(capsys, "agenda").out.splitlines()[0]

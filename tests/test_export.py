"""Export to JSON and Markdown, and import back without duplicates."""

from __future__ import annotations

import json
import stat

import pytest
from cli_helpers import run_in_process


def fill(capsys):
    for text in (
        "note we talked about my dad",
        "question is it normal to feel numb",
        "homework journal every night",
        "need more time for my mom",
    ):
        assert run_in_process(capsys, "add", text).code == 0
    added = run_in_process(capsys, "appointments", "add", "2026-12-03", "15:00", "--weekly")
    assert added.code == 0
    planned = run_in_process(
        capsys,
        "homework",
        "plan",
        "3",
        "--days",
        "mon,thu",
        "--at",
        "20:00",
        "--cue",
        "after dinner",
    )
    assert planned.code == 0, planned.err


def export(capsys, folder):
    run = run_in_process(capsys, "export", "--out", str(folder))
    assert run.code == 0, run.err
    (json_file,) = folder.glob("*.json")
    (markdown_file,) = folder.glob("*.md")
    return json_file, markdown_file


def test_export_writes_everything_owner_only(home, tmp_path, capsys):
    fill(capsys)
    json_file, markdown_file = export(capsys, tmp_path / "out")
    data = json.loads(json_file.read_text())
    assert [i["kind"] for i in data["items"]] == ["note", "question", "homework", "need"]
    assert data["appointments"][0]["recurrence"] == "weekly"
    markdown = markdown_file.read_text()
    assert "## Needs" in markdown and "more time for my mom" in markdown
    for path in (json_file, markdown_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list((tmp_path / "out").glob("*.part"))


def test_import_into_a_new_home_then_again_adds_nothing_twice(home, tmp_path, capsys, monkeypatch):
    fill(capsys)
    json_file, _ = export(capsys, tmp_path / "out")
    again = run_in_process(capsys, "import", str(json_file)).out
    assert again == "Imported nothing; already there: 1 appointment, 4 items, 1 plan.\n"

    monkeypatch.setenv("SESSIONMATE_HOME", str(tmp_path / "elsewhere"))
    first = run_in_process(capsys, "import", str(json_file))
    assert first.out.startswith("Imported 1 appointment, 4 items, 1 plan;")
    second = run_in_process(capsys, "import", str(json_file))
    assert second.out.startswith("Imported nothing")
    listed = run_in_process(capsys, "items").out
    assert listed.count("\n") == 4 and "journal every night" in listed
    homework = run_in_process(capsys, "homework").out
    assert "after dinner" in homework and "20:00" in homework


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "cannot read"),
        ('{"format": "something-else"}', "not a Sessionmate export"),
        ('{"format": "sessionmate-export", "version": 99}', "version 99"),
        (
            '{"format": "sessionmate-export", "version": 1, "items": [{"kind": "diary", '
            '"text": "x", "created_at": "2026-01-01T00:00:00+00:00"}]}',
            "items[0].kind",
        ),
        (
            '{"format": "sessionmate-export", "version": 1, "items": [{"kind": "note", '
            '"text": "x", "created_at": "yesterday"}]}',
            "ISO 8601",
        ),
    ],
)
def test_a_bad_import_is_one_line_and_changes_nothing(home, tmp_path, capsys, content, message):
    fill(capsys)
    before = run_in_process(capsys, "items").out
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    run = run_in_process(capsys, "import", str(bad))
    assert run.code == 2 and message in run.err and run.err.count("\n") == 1
    assert run_in_process(capsys, "items").out == before


def test_a_plans_times_question_and_date_survive_export_and_import(
    home, tmp_path, capsys, monkeypatch
):
    assert run_in_process(capsys, "add", "--as", "homework", "call my sister").code == 0
    assert run_in_process(capsys, "add", "--as", "homework", "breathing exercise").code == 0
    for args in (
        ("homework", "plan", "1", "--by", "2026-12-20", "--at", "18:00"),
        (
            "homework",
            "plan",
            "2",
            "--daily",
            "08:00",
            "--daily",
            "21:30",
            "--ask",
            "Did you breathe slowly today?",
        ),
    ):
        planned = run_in_process(capsys, *args)
        assert planned.code == 0, planned.err
    json_file, _ = export(capsys, tmp_path / "out")
    exported = {i["id"]: i["plan"] for i in json.loads(json_file.read_text())["items"]}

    monkeypatch.setenv("SESSIONMATE_HOME", str(tmp_path / "elsewhere"))
    assert run_in_process(capsys, "import", str(json_file)).code == 0
    again, _ = export(capsys, tmp_path / "again")
    imported = {i["id"]: i["plan"] for i in json.loads(again.read_text())["items"]}
    assert imported == exported
    assert exported[1]["once_on"] == "2026-12-20"
    assert exported[2]["times"] == ["08:00", "21:30"]
    assert exported[2]["question"] == "Did you breathe slowly today?"


def test_the_safety_plan_and_what_to_bring_up_first_survive_export_and_import(
    home, tmp_path, capsys, monkeypatch
):
    for args in (
        ("safety-plan", "add", "coping", "a cold shower and the dog walk"),
        ("safety-plan", "add", "people", "my sister Ana"),
        ("add", "i keep thinking everyone would be better off without me"),
    ):
        done = run_in_process(capsys, *args)
        assert done.code == 0, done.err
    json_file, _ = export(capsys, tmp_path / "out")
    exported = json.loads(json_file.read_text())
    assert exported["items"][0]["crisis_flag"] is not None

    monkeypatch.setenv("SESSIONMATE_HOME", str(tmp_path / "elsewhere"))
    first = run_in_process(capsys, "import", str(json_file))
    assert "2 safety plan lines" in first.out, first.out
    assert "2 safety plan lines." in run_in_process(capsys, "import", str(json_file)).out
    again, _ = export(capsys, tmp_path / "again")
    imported = json.loads(again.read_text())
    assert [(e["step"], e["text"]) for e in imported["safety_plan"]] == [
        ("coping", "a cold shower and the dog walk"),
        ("people", "my sister Ana"),
    ]
    flag = imported["items"][0]["crisis_flag"]
    assert (flag["level"], flag["fired"]) == (
        exported["items"][0]["crisis_flag"]["level"],
        exported["items"][0]["crisis_flag"]["fired"],
    )
    assert "Bring up first" in run_in_process(capsys, "agenda").out

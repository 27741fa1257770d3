"""The Markdown export shows local times with their zone (a 10:30 Berlin session is 10:30)."""

from __future__ import annotations

from cli_helpers import run_in_process


def _markdown(capsys, tmp_path) -> str:
    out = tmp_path / "out"
    assert run_in_process(capsys, "export", "--out", str(out)).code == 0
    (markdown,) = out.glob("*.md")
    return markdown.read_text()


def test_an_appointment_is_shown_at_its_own_local_time(home, capsys, tmp_path):
    assert run_in_process(capsys, "appointments", "add", "2030-01-10T10:30").code == 0
    assert run_in_process(capsys, "appointments", "add", "2030-07-11T10:30").code == 0
    markdown = _markdown(capsys, tmp_path)
    assert "- #1 2030-01-10 10:30 (Europe/Berlin, 50 min)" in markdown
    assert "- #2 2030-07-11 10:30 (Europe/Berlin, 50 min)" in markdown
    assert "09:30" not in markdown and "08:30" not in markdown


def test_checkins_and_the_header_are_local_with_the_zone(home, capsys, tmp_path):
    run_in_process(capsys, "add", "--as", "homework", "journaling")
    run_in_process(
        capsys,
        "homework",
        "checkin",
        "1",
        "partly",
        "--date",
        "2026-12-01 23:30",
        "--note",
        "too tired after work",
    )
    markdown = _markdown(capsys, tmp_path)
    assert "  - 2026-12-01 23:30 partial: too tired after work" in markdown
    assert markdown.splitlines()[0].endswith("(Europe/Berlin)")


def test_changing_the_zone_says_what_happens_to_appointments_once(home, capsys, monkeypatch):
    run_in_process(capsys, "appointments", "add", "2030-01-10T10:30")
    assert run_in_process(capsys, "appointments", "list").err == ""
    monkeypatch.setenv("SESSIONMATE_TZ", "America/New_York")
    moved = run_in_process(capsys, "appointments", "list")
    assert moved.code == 0
    assert moved.err.splitlines() == [
        "Your time zone is now America/New_York (it was Europe/Berlin). Appointments keep the "
        "zone they were made in:",
        "  #1 Thu 10 Jan 2030 10:30 Europe/Berlin (04:30 America/New_York)",
    ]
    assert "10:30" in moved.out and "Europe/Berlin" in moved.out
    assert run_in_process(capsys, "appointments", "list").err == ""


def test_the_json_export_keeps_every_part_of_a_plan(home, capsys, tmp_path):
    import json

    run_in_process(capsys, "add", "--as", "homework", "call my sister")
    run_in_process(
        capsys,
        "homework",
        "plan",
        "1",
        "--by",
        "2030-06-02",
        "--at",
        "8am",
        "--at",
        "18:00",
        "--ask",
        "Have you rung her?",
    )
    out = tmp_path / "out"
    assert run_in_process(capsys, "export", "--out", str(out)).code == 0
    (exported,) = out.glob("*.json")
    plan = json.loads(exported.read_text())["items"][0]["plan"]
    assert plan["times"] == ["08:00", "18:00"] and plan["time"] == "08:00"
    assert plan["question"] == "Have you rung her?" and plan["once_on"] == "2030-06-02"


def test_the_agenda_also_says_the_zone_changed(home, capsys, monkeypatch):
    run_in_process(capsys, "appointments", "add", "2030-01-10T10:30")
    run_in_process(capsys, "agenda")
    monkeypatch.setenv("SESSIONMATE_TZ", "Asia/Tokyo")
    moved = run_in_process(capsys, "agenda")
    assert moved.code == 0
    assert "Your time zone is now Asia/Tokyo (it was Europe/Berlin)" in moved.err
    assert "#1 Thu 10 Jan 2030 10:30 Europe/Berlin (18:30 Asia/Tokyo)" in moved.err

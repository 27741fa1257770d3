"""The command line end to end on a real SQLite file in an empty data directory."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import pytest
from cli_helpers import run_in_process, run_program

TEN = [
    ("we talked about how i shut down when my partner raises her voice", "note"),
    ("is it normal to feel numb after crying", "question"),
    ("my homework is to write down three things i'm grateful for every morning", "homework"),
    ("i need more time to talk about my mom", "need"),
    ("i realized i've been carrying my mom's anxiety since i was ten", "note"),
    ("why do i feel guilty whenever i rest", "question"),
    ("practice the box breathing in the car before work", "homework"),
    ("i'd like us to go slower with the trauma stuff", "need"),
    ("question how long does grief usually last", "question"),
    ("note today was really hard", "note"),
]


def test_ten_adds_then_the_agenda_in_order_then_undo(home):
    ids_by_kind: dict[str, list[int]] = {}
    for text, kind in TEN:
        run = run_program(home, "add", text)
        assert run.code == 0, run.err
        match = re.match(r"Saved as (\w+) #(\d+): ", run.out)
        assert match, run.out
        assert match[1] == kind, (text, run.out)
        ids_by_kind.setdefault(kind, []).append(int(match[2]))

    agenda = run_program(home, "agenda")
    assert agenda.code == 0, agenda.err
    shown = [int(n) for n in re.findall(r"#(\d+)", agenda.out)]
    expected = [i for kind in ("need", "question", "homework", "note") for i in ids_by_kind[kind]]
    assert shown == expected
    assert "how long does grief usually last" in agenda.out  # the lead word was dropped
    assert "question how long" not in agenda.out

    markdown = run_program(home, "agenda", "--markdown")
    assert [int(n) for n in re.findall(r"\*\*#(\d+)\*\*", markdown.out)] == expected
    for heading in ("## Needs", "## Questions", "## Homework", "## Notes"):
        assert heading in markdown.out

    undo = run_program(home, "undo")
    assert undo.code == 0 and undo.out.startswith("Removed note #10: today was really hard")
    after = run_program(home, "agenda")
    assert "#10" not in after.out and "#9" in after.out


def test_the_data_directory_and_database_are_owner_only(home):
    assert run_program(home, "add", "note", "a private thought").code == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "sessionmate.db").stat().st_mode) == 0o600


def test_add_as_overrides_the_guess(home, capsys):
    run = run_in_process(capsys, "add", "--as", "need", "is it normal to feel numb")
    assert run.out.startswith("Saved as need #1: is it normal to feel numb")
    listed = run_in_process(capsys, "items", "--kind", "need")
    assert "#1" in listed.out and "need" in listed.out


def test_mark_changes_status_and_items_filters(home, capsys):
    run_in_process(capsys, "add", "question why do i cry at commercials")
    assert run_in_process(capsys, "mark", "1", "answered").out == "Marked question #1 answered.\n"
    assert run_in_process(capsys, "items", "--status", "open").out == ""
    assert "answered" in run_in_process(capsys, "items", "--status", "answered").out


def _items(capsys) -> str:
    return run_in_process(capsys, "items").out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("mark", "42", "done"), "no item with id 42"),
        (("mark", "1", "finished"), "'finished' is not one of"),
        (("appointments", "remove", "7"), "no appointment with id 7"),
        (("appointments", "add", "someday", "soon"), "cannot read"),
        (("agenda", "--for", "the thirty-third"), "cannot read"),
        (("add", ""), "empty text"),
        (("add", "   "), "empty text"),
        (("add", "--as", "diary", "hello"), "'diary' is not one of"),
        (("--db", "postgresql+psycopg://me:pw@127.0.0.1:1/x", "add", "hello"), "cannot open"),
        (("--db", "nonsense://", "agenda"), "cannot"),
        (("frobnicate",), "No such command"),
    ],
)
def test_bad_input_is_one_line_exit_two_and_nothing_written(home, capsys, args, message):
    run_in_process(capsys, "add", "note", "keep me")
    before = _items(capsys)
    run = run_in_process(capsys, *args)
    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("sessionmate: error: ")
    assert message in run.err
    assert "Traceback" not in run.err
    assert _items(capsys) == before


def test_a_bad_time_zone_setting_is_one_clear_line(home, monkeypatch, capsys):
    monkeypatch.setenv("SESSIONMATE_TZ", "Mars/Olympus")
    run = run_in_process(capsys, "agenda")
    assert run.code == 2 and "unknown time zone 'Mars/Olympus'" in run.err


def test_the_console_script_reports_errors_without_a_traceback(home):
    run = run_program(home, "mark", "5", "done")
    assert run.code == 2
    assert (
        run.err.strip()
        == "sessionmate: error: no item with id 5 (see `sessionmate items` for the ids)"
    )


def test_agenda_does_not_import_the_speech_libraries(home):
    probe = (
        "import sys\n"
        "from assistant.cli import main\n"
        "code = main(['agenda'])\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "heavy = sorted(loaded & {'vosk', 'sounddevice', 'pyttsx3'})\n"
        "print('HEAVY', heavy, code)\n"
    )
    import os

    env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "UTC"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "HEAVY [] 0" in done.stdout


def test_add_answers_a_crisis_statement_with_the_contacts(home, capsys):
    run = run_in_process(capsys, "add", "i keep thinking about ending it all")
    assert run.code == 0
    assert run.out.startswith("Saved as ")
    assert "988" in run.out
    calm = run_in_process(capsys, "add", "my boss is going to kill me if i'm late again")
    assert "988" not in calm.out


def test_support_gives_the_contacts_from_settings_whenever_asked(home, capsys):
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        'crisis_contacts = ["Samaritans (UK): call 116 123, free, day or night"]\n'
    )
    run = run_in_process(capsys, "support")
    assert run.code == 0
    assert "Samaritans (UK): call 116 123, free, day or night" in run.out
    assert "988" not in run.out  # the person's own contacts replace the defaults


def test_main_gives_the_callers_umask_back(capsys, home, monkeypatch):
    # The CLI writes owner-only files; a process that calls main() keeps its own umask.
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    before = os.umask(0o022)
    try:
        assert run_in_process(capsys, "items").code == 0
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(before)

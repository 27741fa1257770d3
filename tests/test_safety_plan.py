"""The person's own safety plan: stored, edited, shown, read in both crisis answers."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest
from cli_helpers import run_in_process, run_program
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.crisis import SAFE_NOW_QUESTION, after_safe_answer, crisis_message
from assistant.reflection_loop import Reflection
from assistant.settings import Settings
from storage import InvalidValueError, NotFoundError
from storage.safety_plan import STEPS, add_entry, entries, remove_entry

COPING = "make a pot of tea and sit in the garden with the radio on"
PERSON = "my brother Tomas on 0176 555 0199"
URGENT_LINE = "the pills are counted out on the kitchen table and tonight is the night"
CONCERN_LINE = "i keep thinking everyone would be better off without me"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")


@pytest.fixture
def planned(database):
    with database.session(write=True) as s:
        add_entry(s, "coping", COPING)
        add_entry(s, "people", PERSON)
        add_entry(s, "warning-signs", "not sleeping and skipping meals")
    return database


# --- storage ---------------------------------------------------------------------------------


@pytest.mark.every_backend
def test_entries_are_kept_in_step_order_and_removed_by_id(database):
    assert STEPS == (
        "warning-signs",
        "coping",
        "distractions",
        "people",
        "professionals",
        "environment",
    )
    with database.session(write=True) as s:
        people = add_entry(s, "people", "  my sister   Ana ")
        coping = add_entry(s, "coping", "a cold shower")
        add_entry(s, "warning-signs", "staying in bed all day")
    with database.session() as s:
        assert [(e.step, e.text) for e in entries(s)] == [
            ("warning-signs", "staying in bed all day"),
            ("coping", "a cold shower"),
            ("people", "my sister Ana"),
        ]
        assert [e.id for e in entries(s, "people")] == [people]
    with database.session(write=True) as s:
        remove_entry(s, coping)
    with database.session() as s:
        assert [e.step for e in entries(s)] == ["warning-signs", "people"]


@pytest.mark.every_backend
def test_bad_entries_name_the_value_and_what_is_valid(database):
    with database.session(write=True) as s:
        with pytest.raises(InvalidValueError, match="'hobbies'.*warning-signs"):
            add_entry(s, "hobbies", "painting")
        with pytest.raises(InvalidValueError, match="a few words"):
            add_entry(s, "coping", "   ")
        with pytest.raises(NotFoundError, match="safety plan entry with id 99"):
            remove_entry(s, 99)


# --- the command -------------------------------------------------------------------------------


def test_add_show_remove_and_support_reads_the_plan_first(home, capsys):
    assert run_in_process(capsys, "safety-plan", "add", "coping", *COPING.split()).code == 0
    assert run_in_process(capsys, "safety-plan", "add", "people", PERSON).code == 0
    shown = run_in_process(capsys, "safety-plan", "show").out
    assert shown.index("Things I can do on my own") < shown.index("People I can ask for help")
    assert COPING in shown and PERSON in shown
    support = run_in_process(capsys, "support").out
    assert support.index(PERSON) < support.index("reach out to someone now")
    assert run_in_process(capsys, "safety-plan", "remove", "1").code == 0
    assert COPING not in run_in_process(capsys, "safety-plan", "show").out


@pytest.mark.parametrize(
    "args",
    [
        ("safety-plan", "add", "hobbies", "painting"),
        ("safety-plan", "add", "coping"),
        ("safety-plan", "remove", "42"),
        ("safety-plan", "remove", "one"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_and_nothing_written(home, capsys, args):
    done = run_in_process(capsys, *args)
    assert done.code == 2 and len(done.err.strip().splitlines()) == 1, done.err
    assert "Traceback" not in done.err
    assert "empty" in run_in_process(capsys, "safety-plan", "show").out


def test_the_walk_through_asks_each_step_and_keeps_the_answers(home, capsys, monkeypatch):
    typed = (
        "\n".join(["feeling numb", "", "go for a run", "call the dog over", "", "", "", "", ""])
        + "\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    done = run_in_process(capsys, "safety-plan")
    assert done.code == 0, done.err
    for title in ("Warning signs", "Making my surroundings safe"):
        assert title in done.out
    shown = run_in_process(capsys, "safety-plan", "show").out
    assert "feeling numb" in shown and "call the dog over" in shown
    assert shown.index("feeling numb") < shown.index("go for a run")


def test_the_plan_is_unreadable_in_an_encrypted_database_file(tmp_path):
    home = tmp_path / "home"
    secret = "hide the car keys in my neighbour's letterbox"
    env = {"SESSIONMATE_PASSPHRASE": "quiet lantern moss"}
    assert run_program(home, "init", "--encrypt", **env).code == 0
    assert run_program(home, "safety-plan", "add", "environment", secret, **env).code == 0
    assert secret.encode() not in (home / "sessionmate.db").read_bytes()
    assert secret in run_program(home, "safety-plan", "show", **env).out


# --- the crisis answers ------------------------------------------------------------------------


def converse(database, settings, utterances, **options):
    shown: list[str] = []
    voice = RecordingVoice()
    Reflection(database, settings, ScriptedEar(utterances), voice, shown.append, **options).run()
    return shown, voice.said


def test_urgent_leads_with_contacts_then_asks_and_no_brings_contacts_and_plan_people(
    planned, settings
):
    shown, said = converse(planned, settings, [URGENT_LINE, "no", "that's all"])
    contacts = settings.crisis_contacts
    asked = said.index(SAFE_NOW_QUESTION)
    assert said.index(contacts[0]) < asked  # the contacts lead
    after = said[asked + 1 :]
    assert contacts[0] in after and any(PERSON in line for line in after)
    assert all(line in shown for line in said[: asked + 4])  # said and printed


@pytest.mark.parametrize(("answer", "expected"), [("yes", COPING), (None, PERSON)])
def test_urgent_then_yes_brings_the_coping_steps_silence_the_people(
    planned, settings, answer, expected
):
    _, said = converse(planned, settings, [URGENT_LINE, answer, "that's all"])
    after = said[said.index(SAFE_NOW_QUESTION) + 1 :]
    assert any(expected in line for line in after)


def test_concern_is_gentler_and_reads_the_plan(planned, settings):
    _, said = converse(planned, settings, [CONCERN_LINE, "that's all"])
    assert SAFE_NOW_QUESTION not in said
    assert any(COPING in line for line in said)
    assert said.index("Your safety plan says:") < said.index(settings.crisis_contacts[0])


def test_the_urgent_answer_rendered_by_the_real_tts_holds_the_plans_words(
    planned, settings, tmp_path
):
    from speech.tts import render
    from storage.safety_plan import entries as plan_entries

    with planned.session() as s:
        plan = [(e.id, e.step, e.text) for e in plan_entries(s)]

    class Row:
        def __init__(self, ident: int, step: str, text: str) -> None:
            self.id, self.step, self.text = ident, step, text

    rows = [Row(*fields) for fields in plan]
    with_plan = " ".join(after_safe_answer(settings, False, rows))
    without = " ".join(after_safe_answer(settings, False, []))
    assert PERSON in with_plan and PERSON not in without  # the text handed to the renderer

    def seconds(path: Path) -> float:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / w.getframerate()

    longer = seconds(render(with_plan, tmp_path / "with.wav"))
    shorter = seconds(render(without, tmp_path / "without.wav"))
    # the plan's line is about 40 characters: at least a second and a half more speech
    assert longer > shorter + 1.5


def test_without_a_listener_the_urgent_answer_is_printed_whole(planned, settings):
    lines = crisis_message(settings, plan=[], level="urgent")
    assert lines[1] == settings.crisis_contacts[0]


def test_the_plan_and_the_crisis_flags_are_exported_to_json_and_markdown(home, tmp_path, capsys):
    import json

    assert run_in_process(capsys, "safety-plan", "add", "people", PERSON).code == 0
    assert run_in_process(capsys, "add", "note", CONCERN_LINE).code == 0
    assert run_in_process(capsys, "export", "--out", str(tmp_path / "out")).code == 0
    (json_file,) = (tmp_path / "out").glob("*.json")
    (markdown_file,) = (tmp_path / "out").glob("*.md")
    data = json.loads(json_file.read_text())
    assert [(e["step"], e["text"]) for e in data["safety_plan"]] == [("people", PERSON)]
    assert data["items"][0]["crisis_flag"]["level"] in ("concern", "urgent")
    markdown = markdown_file.read_text()
    assert "## Safety plan" in markdown and "### People I can ask for help" in markdown
    assert PERSON in markdown


def test_the_log_says_a_concern_was_raised_never_the_words(planned, settings, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="sessionmate.crisis"):
        converse(planned, settings, [CONCERN_LINE, "that's all"])
    (record,) = [r for r in caplog.records if r.name == "sessionmate.crisis"]
    message = record.getMessage()
    assert message.startswith("crisis concern raised: item #1, concern, ")
    assert "fired by" in message
    assert not set(message.split()) & {"everyone", "better", "without", "thinking"}


def test_support_shows_the_contacts_of_a_locked_database_without_asking(home):
    from cli_helpers import run_program

    passphrase = {"SESSIONMATE_PASSPHRASE": "quiet lantern moss"}
    assert run_program(home, "safety-plan", "add", "coping", "the dog walk").code == 0
    assert run_program(home, "init", "--encrypt", **passphrase).code == 0
    unlocked = run_program(home, "support", **passphrase)
    assert unlocked.code == 0 and "the dog walk" in unlocked.out
    locked = run_program(home, "support")  # no passphrase at hand: never a prompt first
    assert locked.code == 0, locked.err
    assert "the dog walk" not in locked.out and locked.out.strip()


def test_a_typed_line_of_several_items_gets_the_same_crisis_answer(home, capsys):
    assert run_in_process(capsys, "safety-plan", "add", "coping", "the dog walk").code == 0
    said = run_in_process(
        capsys,
        "add",
        "we talked about my job and i keep thinking everyone would be better off if i was gone",
    ).out
    assert "the dog walk" in said
    assert "Bring up first" in run_in_process(capsys, "agenda").out

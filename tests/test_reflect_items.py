"""Two things in one breath, fed at the Ear: every item stored, named, and undone together."""

from __future__ import annotations

import pytest
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.reflection_loop import Reflection
from assistant.settings import Settings
from storage.items import list_items

TWO = "um so we talked about my dad's drinking and she wants me to write him a letter"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")


def reflect(database, settings, utterances):
    shown: list[str] = []
    voice = RecordingVoice()
    loop = Reflection(database, settings, ScriptedEar(utterances), voice, shown.append)
    return loop.run(), shown, voice


def stored(database):
    with database.session() as session:
        return [(i.kind, i.text, i.transcript) for i in list_items(session)]


def test_a_two_item_line_stores_both_with_clean_text_and_the_raw_transcript(database, settings):
    outcome, shown, voice = reflect(database, settings, [TWO, "that's all"])
    assert stored(database) == [
        ("note", "we talked about my dad's drinking", TWO),
        ("homework", "she wants me to write him a letter", TWO),
    ]
    assert voice.said[0] == "Saved a note and a homework."
    assert shown[0].startswith("Saved as note #1: ")
    assert outcome.saved == [1, 2]


def test_scratch_that_after_a_two_item_line_removes_both_and_says_so(database, settings):
    outcome, shown, voice = reflect(
        database,
        settings,
        [
            "is it normal to feel numb after crying",
            TWO,
            "scratch that",
            "that's all",
        ],
    )
    assert stored(database) == [
        (
            "question",
            "is it normal to feel numb after crying",
            "is it normal to feel numb after crying",
        ),
    ]
    assert voice.said[2] == "Removed a note and a homework."
    assert any(line.startswith("Removed note #2, homework #3") for line in shown)
    assert outcome.saved == [1] and outcome.removed == [2, 3]


def test_a_second_scratch_that_reaches_the_item_before(database, settings):
    reflect(
        database,
        settings,
        [
            "is it normal to feel numb after crying",
            TWO,
            "scratch that",
            "scratch that",
            "that's all",
        ],
    )
    assert stored(database) == []


def test_a_one_item_line_still_gets_the_usual_confirmation(database, settings):
    _, _, voice = reflect(
        database,
        settings,
        ["i need to journal and bring it next time", "scratch that", "that's all"],
    )
    assert stored(database) == []
    assert voice.said[1].startswith("Removed that ")


def test_add_stores_every_item_a_typed_line_holds(home, capsys):
    from cli_helpers import run_in_process

    run = run_in_process(
        capsys, "add", "we talked about my dad's drinking and she wants me to write him a letter"
    )
    assert run.out.splitlines()[-1] == "Saved a note and a homework."
    listed = run_in_process(capsys, "items").out
    assert "we talked about my dad's drinking" in listed
    assert "she wants me to write him a letter" in listed


def test_the_filed_text_is_clean_and_items_raw_shows_what_was_said(home, capsys):
    from cli_helpers import run_in_process

    said = "um so like we talked about uh my my mom you know and how she left"
    run_in_process(capsys, "add", said)
    plain = run_in_process(capsys, "items").out
    assert plain.rstrip().endswith("  we talked about my mom and how she left")
    assert "said:" not in plain
    raw = run_in_process(capsys, "items", "--raw").out.splitlines()
    assert raw[1].strip() == f"said: {said}"

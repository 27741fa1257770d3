"""In a reflection, "make that a question" / "that was homework" re-file the last item."""

from __future__ import annotations

import pytest
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.refile_words import refile_request
from assistant.reflection_loop import Reflection
from assistant.settings import Settings
from storage.items import list_items


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("make that a question", "question"),
        ("that was homework", "homework"),
        ("That was homework.", "homework"),
        ("no, make that a note", "note"),
        ("file it as a need", "need"),
        ("that's a question", "question"),
        ("actually that was a need", "need"),
        ("it should be homework", "homework"),
        ("make it homework please", "homework"),
    ],
)
def test_a_correction_names_the_kind(said, kind):
    assert refile_request(said) == kind


@pytest.mark.parametrize(
    "said",
    [
        "that was homework i never finished",
        "make that a question about my mom",
        "we talked about homework",
        "she asked me a question",
        "that was hard",
    ],
)
def test_a_reflection_that_mentions_a_kind_is_not_a_correction(said):
    assert refile_request(said) is None


def test_make_that_a_question_refiles_the_last_item(database, tmp_path):
    settings = Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")
    shown: list[str] = []
    voice = RecordingVoice()
    ear = ScriptedEar(
        [
            "we talked about how my dad went quiet for days",
            "i wonder whether numbness after crying is normal",
            "make that a question",
            "write down three things i'm grateful for every morning",
            "that was homework",
        ]
    )
    outcome = Reflection(database, settings, ear, voice, shown.append, dialogs=False).run()
    with database.session() as session:
        rows = [(i.id, i.kind, i.needs_review) for i in list_items(session)]
    assert len(rows) == 3 and len(outcome.saved) == 3
    assert rows[1][1:] == ("question", False)
    assert rows[2][1:] == ("homework", False)
    assert rows[0][1] == "note"
    assert f"  refiled #{rows[1][0]} as question" in shown
    assert "Filed as a question." in voice.said and "Filed as homework." in voice.said


def test_a_correction_before_anything_is_saved_is_filed_as_said(database, tmp_path):
    settings = Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")
    ear = ScriptedEar(["that was homework"])
    Reflection(database, settings, ear, RecordingVoice(), [].append, dialogs=False).run()
    with database.session() as session:
        assert len(list_items(session)) == 1

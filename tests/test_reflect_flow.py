"""The reflection loop, driven by English text fed at the recognizer's boundary."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.conversation import SilentVoice
from assistant.reflection_loop import Reflection
from assistant.settings import Settings
from intents import classify
from storage.items import list_items


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")


def reflect(database, settings, utterances, voice=None, **options):
    shown: list[str] = []
    voice = voice or SilentVoice()
    loop = Reflection(database, settings, ScriptedEar(utterances), voice, shown.append, **options)
    return loop.run(), shown, voice


def stored(database):
    with database.session() as session:
        return [
            (i.kind, i.text, i.transcript, i.source, i.confidence, i.needs_review)
            for i in list_items(session)
        ]


def test_each_utterance_is_stored_in_order_and_commands_act(database, settings):
    outcome, shown, _ = reflect(
        database,
        settings,
        [
            "we talked about how my dad went quiet for days",
            "is it normal to feel numb after crying",
            "scratch that",
            "question why do i always pick partners who are unavailable",
            "my homework is to journal for ten minutes every night",
            "read me my agenda",
            "that's all",
            "this comes after the end and is never heard",
        ],
    )
    assert outcome.ended_by == "done"
    rows = stored(database)
    assert [(kind, text) for kind, text, *_ in rows] == [
        ("note", "we talked about how my dad went quiet for days"),
        ("question", "why do i always pick partners who are unavailable"),
        ("homework", "journal for ten minutes every night"),
    ]
    kind, text, transcript, source, confidence, _ = rows[1]
    assert transcript == "question why do i always pick partners who are unavailable"
    assert source == "voice" and 0.0 < confidence <= 1.0
    assert shown[0] == "note #1: we talked about how my dad went quiet for days"
    assert shown[2].startswith("Removed question #2")
    assert any(line.startswith("Agenda") for line in shown)
    assert outcome.saved == [1, 3, 4] and outcome.removed == [2]


def test_undo_never_reaches_items_from_before_this_session(database, settings):
    reflect(database, settings, ["note from an earlier evening"])
    outcome, shown, _ = reflect(database, settings, ["scratch that", "that's all"])
    assert shown[0] == "Nothing to undo."
    assert len(stored(database)) == 1


def test_spoken_confirmations_follow_each_item(database, settings):
    _, _, voice = reflect(
        database,
        settings,
        [
            "is it normal to feel numb after crying",
            "what's my homework",
            "i'm done",
        ],
        voice=RecordingVoice(),
    )
    assert voice.said[0] == "Question saved."
    assert "You have no open homework." in voice.said
    assert voice.said[-1] == "Okay. Everything is saved."


UNSURE = "the drive home felt long"


@pytest.fixture
def doubtful(settings):
    """A threshold above the utterance's confidence, so it is flagged whatever the model."""
    intent = classify(UNSURE)
    assert intent.confidence < 1.0
    return replace(settings, review_threshold=1.0), intent.label


def test_yes_keeps_the_guess(database, doubtful):
    settings, guess = doubtful
    _, shown, voice = reflect(
        database, settings, [UNSURE, "yes", "that's all"], voice=RecordingVoice()
    )
    assert voice.said[0].startswith("Should I keep that as")
    assert stored(database)[0][0] == guess and stored(database)[0][5] is False
    assert any("kept as" in line for line in shown)


def test_no_then_a_kind_refiles_it(database, doubtful):
    settings, guess = doubtful
    other = "need" if guess != "need" else "question"
    _, _, voice = reflect(
        database,
        settings,
        [UNSURE, "no", f"make it a {other}", "that's all"],
        voice=RecordingVoice(),
    )
    assert voice.said[1] == "Which kind: a note, a question, homework, or a need?"
    kind, *_, review = stored(database)[0]
    assert (kind, review) == (other, False)


def test_no_with_the_kind_in_one_breath_refiles_it(database, doubtful):
    settings, guess = doubtful
    other = "homework" if guess != "homework" else "note"
    reflect(database, settings, [UNSURE, f"no it's {other}", "that's all"], voice=RecordingVoice())
    assert stored(database)[0][0] == other


def test_silence_keeps_the_guess_flagged(database, doubtful):
    settings, guess = doubtful
    _, shown, voice = reflect(
        database, settings, [UNSURE, None, "that's all"], voice=RecordingVoice()
    )
    assert stored(database)[0][0] == guess and stored(database)[0][5] is True
    assert "I'll keep it flagged, so you can check it later." in voice.said


def test_without_a_listener_unsure_items_are_flagged_without_asking(database, doubtful):
    settings, guess = doubtful
    reflect(database, settings, [UNSURE, "and then i slept badly", "that's all"])
    rows = stored(database)
    # The next utterance was not taken as an answer: nobody was asked anything.
    assert rows[0][5] is True and len(rows) == 2


def test_a_crisis_statement_is_kept_and_answered_with_support(database, settings):
    outcome, shown, voice = reflect(
        database,
        settings,
        [
            "honestly i don't want to be alive anymore",
            "that's all",
        ],
        voice=RecordingVoice(),
    )
    assert stored(database)[0][1] == "honestly i don't want to be alive anymore"
    assert "Note saved." not in voice.said
    for contact in settings.crisis_contacts:
        assert contact in shown and contact in voice.said
    assert outcome.ended_by == "done"


def test_everyday_dark_idioms_get_no_crisis_message(database, settings):
    _, shown, voice = reflect(
        database,
        settings,
        [
            "this homework is killing me",
            "that's all",
        ],
        voice=RecordingVoice(),
    )
    assert not any(contact in shown for contact in settings.crisis_contacts)


@pytest.mark.parametrize(
    "said",
    ["that is all i want to kill myself tonight", "scratch that i just want to die"],
)
def test_words_of_crisis_inside_a_command_are_kept_and_answered(database, settings, said):
    # The command waits: ending the talk or dropping an item would lose the words, and the
    # person would get no contacts.
    outcome, _shown, voice = reflect(database, settings, [said], RecordingVoice())
    assert outcome.ended_by != "done"
    assert [(kind, text) for kind, text, *_ in stored(database)] == [("note", said)]
    assert any(line in voice.said for line in settings.crisis_contacts), voice.said


def test_a_long_line_heard_as_done_keeps_its_words_then_ends(database, settings):
    # What came before the goodbye was said to be kept: the talk ends as asked, the words stay.
    said = (
        "we went round and round about my brother and the money and i think i'm going to stop "
        "there for tonight that's it"
    )
    assert classify(said).label == "cmd_done"  # the line this test is about
    outcome, shown, _ = reflect(database, settings, [said, "never heard"])
    assert outcome.ended_by == "done"
    rows = stored(database)
    assert [(kind, transcript) for kind, _text, transcript, *_ in rows] == [("note", said)]
    assert rows[0][5] is True  # flagged: the kind is a guess


def test_a_short_sign_off_stores_nothing(database, settings):
    outcome, _, _ = reflect(database, settings, ["okay that's me done for tonight", "never heard"])
    assert outcome.ended_by == "done"
    assert stored(database) == []

"""The homework check-in dialog, driven by English text fed at the recognizer's boundary."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from conversation_helpers import RecordingVoice, ScriptedEar

from assistant.checkin import (
    ANSWER_GRAMMAR,
    IN_THE_WAY,
    REPEAT,
    THANKS,
    checkin_question,
    run_checkin,
)
from intents.messages import Heard
from storage.checkins import list_checkins
from storage.items import add_item, set_status
from storage.plans import set_plan

NOW = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
QUESTION = "Did you do your journaling after dinner today?"


@pytest.fixture
def journaling(database) -> int:
    with database.session(write=True) as s:
        item = add_item(s, "homework", "journaling").id
        set_plan(
            s,
            item,
            days=("mon",),
            time_of_day=time(20, 0),
            timezone="Europe/Berlin",
            cue="after dinner",
        )
    return item


def check_in(database, item_id, answers, ear=None):
    voice = RecordingVoice()
    outcome = run_checkin(database, item_id, ear or ScriptedEar(answers), voice, lambda: NOW)
    with database.session() as s:
        stored = [(c.result, c.note, c.at) for c in list_checkins(s, item_id)]
    return outcome, stored, voice.said


@pytest.mark.parametrize(
    ("answers", "result", "note", "said"),
    [
        (["yes i did"], "done", None, [QUESTION, THANKS["done"]]),
        (
            ["some of it", "work ran late"],
            "partial",
            "work ran late",
            [QUESTION, IN_THE_WAY, THANKS["partial"]],
        ),
        (
            ["no", "i was too tired"],
            "not_done",
            "i was too tired",
            [QUESTION, IN_THE_WAY, THANKS["not_done"]],
        ),
        (["not yet", None], "not_done", None, [QUESTION, IN_THE_WAY, THANKS["not_done"]]),
        ([None, None], "no_answer", None, [QUESTION, f"{REPEAT} {QUESTION}", THANKS["no_answer"]]),
        ([None, "yeah"], "done", None, [QUESTION, f"{REPEAT} {QUESTION}", THANKS["done"]]),
        # "hmm" is not an answer: asked again, like silence.
        (["hmm", None], "no_answer", None, [QUESTION, f"{REPEAT} {QUESTION}", THANKS["no_answer"]]),
    ],
)
def test_each_answer_is_recorded_as_heard(database, journaling, answers, result, note, said):
    outcome, stored, spoken = check_in(database, journaling, answers)
    assert stored == [(result, note, NOW)]
    assert (outcome.result, outcome.with_note) == (result, note is not None)
    assert spoken == said


class WatchingEar(ScriptedEar):
    """Looks at the database each time it is asked to listen."""

    def __init__(self, database, item_id, answers):
        super().__init__(answers)
        self.database, self.item_id, self.seen = database, item_id, []

    def listen(self, timeout=None, grammar=None) -> Heard | None:
        with self.database.session() as s:
            self.seen.append([c.result for c in list_checkins(s, self.item_id)])
        return super().listen(timeout, grammar)


def test_the_answer_is_committed_before_asking_what_got_in_the_way(database, journaling):
    ear = WatchingEar(database, journaling, ["partly", "my sister visited"])
    check_in(database, journaling, None, ear=ear)
    assert ear.seen == [[], ["partial"]]


def test_an_ear_that_takes_a_grammar_hears_the_answer_words_only_for_the_answer(
    database, journaling
):
    ear = WatchingEar(database, journaling, ["no", "the kids were sick"])
    check_in(database, journaling, None, ear=ear)
    assert ear.grammars == [ANSWER_GRAMMAR, None]
    assert "yes" in ANSWER_GRAMMAR and "[unk]" in ANSWER_GRAMMAR


def test_the_answer_is_waited_for_ten_seconds(database, journaling):
    ear = ScriptedEar(["yes"])
    outcome, _, _ = check_in(database, journaling, None, ear=ear)
    assert outcome.result == "done" and ear.timeouts == [10.0]


def test_homework_no_longer_open_is_not_asked_about(database, journaling):
    with database.session(write=True) as s:
        set_status(s, journaling, "done")
    outcome, stored, said = check_in(database, journaling, ["yes"])
    assert (outcome.result, stored, said) == (None, [], [])
    outcome, stored, said = check_in(database, 404, ["yes"])
    assert (outcome.result, said) == (None, [])


@pytest.mark.parametrize(
    ("text", "cue", "question"),
    [
        ("journaling", None, "Did you do your journaling today?"),
        ("journaling", "after dinner", "Did you do your journaling after dinner today?"),
        ("journal for 10 minutes every night", None, "Did you journal for ten minutes today?"),
        (
            "my homework is to write down three things i'm grateful for every morning",
            None,
            "Did you write down three things you're grateful for today?",
        ),
        (
            "breathing exercises",
            "before bed",
            "Did you do your breathing exercises before bed today?",
        ),
        ("the thought record", None, "Did you do the thought record today?"),
        ("call my sister", None, "Did you call your sister today?"),
        ("walk after lunch daily", "after lunch", "Did you walk after lunch today?"),
        (
            "notice when i shut down and name the feeling out loud to my partner",
            None,
            "Did you notice when you shut down today?",
        ),
        (
            "she wants me to journal for ten minutes every night",
            "after dinner",
            "Did you journal for ten minutes after dinner today?",
        ),
        (
            "he asked me to keep a drinking log until next session",
            None,
            "Did you keep a drinking log today?",
        ),
        (
            "um i'm supposed to text my brother instead of waiting for him to reach out",
            None,
            "Did you text your brother today?",
        ),
        (
            "the doctor wants me to take my meds at the same time every morning",
            None,
            "Did you take your meds at the same time today?",
        ),
        (
            "they want me to sit with the anxiety for five minutes before i do anything about it",
            None,
            "Did you sit with the anxiety for five minutes today?",
        ),
        (
            "practice the box breathing in the car before i go into work",
            None,
            "Did you practice the box breathing in the car today?",
        ),
        (
            "dr patel asked me to read the chapter on grief this week",
            None,
            "Did you read the chapter on grief today?",
        ),
    ],
)
def test_the_question_is_a_short_phrase_from_the_item_with_its_cue(text, cue, question):
    assert checkin_question(text, cue) == question


def test_words_of_crisis_for_what_got_in_the_way_are_answered_with_support(
    database, journaling, tmp_path
):
    from assistant.dialogs import checkin
    from assistant.settings import Settings
    from storage.items import list_items

    settings = Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")
    voice = RecordingVoice()
    words = "honestly i just want to die and nothing matters"
    checkin(database, settings, journaling, ScriptedEar(["no", words]), voice, lambda: NOW)
    assert any(line in voice.said for line in settings.crisis_contacts), voice.said
    assert THANKS["not_done"] not in voice.said
    with database.session() as s:
        assert [(i.kind, i.text) for i in list_items(s, kind="note")] == [("note", words)]

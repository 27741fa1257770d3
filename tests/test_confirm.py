from __future__ import annotations

import pytest

from assistant.confirm import kind_named, yes_or_no


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "yeah keep it",
        "uh huh",
        "that's right",
        "yep",
        "i am safe right now",
        "yeah i'm okay",
        "don't worry i'm fine",
    ],
)
def test_yes(text):
    assert yes_or_no(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "nope",
        "no that's wrong",
        "nah change it",
        # A yes word said with "not" was a yes: "right" and "safe" here were heard as yes.
        "i'm not safe right now",
        "that's not right",
        "i'm not okay",
        "not at all",
    ],
)
def test_no(text):
    assert yes_or_no(text) is False


@pytest.mark.parametrize(
    "text", ["", "hmm", "yes and no", "the weather", "not sure", "i don't know"]
)
def test_neither(text):
    assert yes_or_no(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a question", "question"),
        ("make it homework", "homework"),
        ("it's a need", "need"),
        ("note", "note"),
        ("something to ask her", "question"),
        ("a note or a question", None),
        ("no not a question a note", "note"),
        ("it's homework, it isn't a need", "homework"),
        ("not a question", None),
        ("i don't know", None),
    ],
)
def test_kind_named(text, kind):
    assert kind_named(text) == kind


def test_not_safe_right_now_brings_the_contacts_not_the_glad_reply(database, tmp_path):
    """Said to "Are you safe right now?" after words of urgent risk."""
    from conversation_helpers import RecordingVoice, ScriptedEar

    from assistant.crisis import SAFE_NOW_QUESTION
    from assistant.reflection_loop import Reflection
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin")
    urgent = "the pills are counted out on the kitchen table and tonight is the night"
    voice = RecordingVoice()
    ear = ScriptedEar([urgent, "i'm not safe right now", "that's all"])
    Reflection(database, settings, ear, voice, [].append).run()
    after = voice.said[voice.said.index(SAFE_NOW_QUESTION) + 1 :]
    assert "Please don't stay alone with this: call someone now." in after
    assert not any(line.startswith("I'm glad") for line in after)


def test_the_kind_question_listens_for_its_answers_and_the_safe_now_question_for_anything(
    database, tmp_path
):
    """A closed grammar helps the recognizer with "yes" or "a note"; after words of urgent
    risk, whatever the person says next must be heard whole."""
    from conversation_helpers import RecordingVoice, ScriptedEar

    from assistant.confirm import CONFIRM_GRAMMAR
    from assistant.reflection_loop import Reflection
    from assistant.settings import Settings

    settings = Settings(
        data_dir=tmp_path, database_url="unused", timezone="Europe/Berlin", review_threshold=1.0
    )
    urgent = "the pills are counted out on the kitchen table and tonight is the night"
    ear = ScriptedEar(["the drive home felt long", "no", "a note", urgent, None, "that's all"])
    Reflection(database, settings, ear, RecordingVoice(), [].append).run()
    assert ear.grammars[1] == ear.grammars[2] == CONFIRM_GRAMMAR
    assert {"yes", "no", "[unk]"} <= set(CONFIRM_GRAMMAR)
    assert ear.grammars[4] is None

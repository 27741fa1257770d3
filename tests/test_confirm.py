from __future__ import annotations

import pytest

from assistant.confirm import kind_named, yes_or_no


@pytest.mark.parametrize("text", ["yes", "yeah keep it", "uh huh", "that's right", "yep"])
def test_yes(text):
    assert yes_or_no(text) is True


@pytest.mark.parametrize("text", ["no", "nope", "no that's wrong", "nah change it"])
def test_no(text):
    assert yes_or_no(text) is False


@pytest.mark.parametrize("text", ["", "hmm", "yes and no", "the weather"])
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
        ("i don't know", None),
    ],
)
def test_kind_named(text, kind):
    assert kind_named(text) == kind

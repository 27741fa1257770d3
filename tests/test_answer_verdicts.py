"""Answers that state their own verdict (intents/answer_verdicts.py), in our own wordings.

Written after round 11 was scored, by concept; no round line is here.
"""

from __future__ import annotations

import pytest

from intents import classify_answer
from intents.answer_verdicts import verdict_answer

CASES = [
    # a story closed with a verdict
    ("answer_done", "read a chapter so i'd call that a yes"),
    ("answer_done", "that counts as done in my book"),
    ("answer_done", "filled in the sheet so that's a yes from me"),
    ("answer_not_done", "i'd say that's a no"),
    ("answer_not_done", "so that counts as a fail"),
    ("answer_partial", "i'd call it a half win"),
    # a failure named as the answer
    ("answer_not_done", "complete washout today"),
    ("answer_not_done", "total bust"),
    ("answer_not_done", "epic fail on the breathing"),
    ("answer_not_done", "a real disaster honestly"),
    # nobody or nothing as the object
    ("answer_not_done", "i texted no one"),
    ("answer_not_done", "i wrote nothing all day"),
    ("answer_not_done", "i walked nowhere"),
    # a story closed with "so no" and the task
    ("answer_not_done", "work ran late and then the kids so no diary"),
    ("answer_not_done", "got home wrecked so no walk today"),
    # a start never returned to
    (
        "answer_partial",
        "started the worksheet at lunch then got pulled into a meeting and never got back to it",
    ),
    ("answer_partial", "did the first half and never came back to the rest"),
    # a doing that ran past the plan
    ("answer_done", "we got chatting and ended up on the phone way past the twenty minutes"),
    ("answer_done", "went for the walk and ended up doing the whole loop twice"),
    # "didn't ... i did it": the closing claim stands
    ("answer_done", "i didn't want to at first but honestly i didn't skip it i did it"),
    ("answer_done", "i was going to give it a miss but then i didn't i did it"),
    # written after round 12 was scored: a count beside the plan
    ("answer_partial", "read two chapters and she wanted me to do four"),
    ("answer_partial", "managed once i was supposed to go three times"),
    ("answer_done", "planned five sets of stretches did five"),
    ("answer_not_done", "i was meant to do two walks and did none"),
    # an amount short of the plan, one part done and another skipped
    ("answer_partial", "walked for twenty minutes not forty"),
    ("answer_partial", "i did the lunchtime one and skipped the bedtime one"),
    # a misheard idiom, a denied "didn't", a task named then a bare no
    ("answer_not_done", "honestly it slipped my mine"),
    ("answer_done", "i can't say i didn't"),
    ("answer_not_done", "the gratitude list nope i was too wiped out"),
    # written after round 13 was scored
    ("answer_done", "did the stretches after work exactly the way she showed me"),
    ("answer_partial", "kept the mood log on sunday and monday then forgot all about it"),
    ("answer_partial", "ate mindfully for the first couple of mouthfuls and then my phone rang"),
    ("answer_partial", "i went to the cafe for the exposure but i got my sister to do the talking"),
    ("answer_partial", "tried the body scan but never got to the end of it"),
    ("answer_partial", "i thought about it loads and did a little"),
    ("answer_not_done", "stood at the gym door trying to psych myself up and then walked off"),
    ("answer_not_done", "the worksheet was on the table and i walked past it a dozen times"),
    ("answer_not_done", "i couldn't claim i did it at all"),
    # written after round 14 was scored: the recognizer's homophones, "yeah no", parts
    ("answer_done", "yep ticked of"),
    ("answer_not_done", "i just ran out of thyme"),
    ("answer_not_done", "yeah no not today"),
    ("answer_partial", "yes and no"),
    ("answer_partial", "the walk one yes the journal one know"),
    ("answer_done", "you won't believe it but all of it got done on the bus"),
    ("answer_partial", "started the breathing but packed it in halfway"),
    ("answer_done", "nope forgot it completely ha kidding yes i did it"),
    (
        "answer_not_done",
        "oh sure between the school run and the boiler breaking i did loads of journaling",
    ),
]


@pytest.mark.parametrize(("label", "text"), CASES)
def test_an_answer_with_its_own_verdict_is_filed_by_it(label: str, text: str) -> None:
    assert classify_answer(text).label == label


@pytest.mark.parametrize(
    "text",
    [
        "i did nothing wrong i did the whole thing",  # nothing, but not as the task's object
        "so no problem i did it all",  # "so no" that is no answer
        "it's a yes",  # a bare verdict
        "the walk no problem at all",  # a task named, then "no problem"
        "i planned it for the morning and did it first thing",  # a plan with no counts
    ],
)
def test_look_alikes_are_not_turned_into_not_done(text: str) -> None:
    assert classify_answer(text).label == "answer_done"


def test_no_verdict_leaves_the_answer_to_the_model() -> None:
    assert verdict_answer("i did the breathing after dinner") is None

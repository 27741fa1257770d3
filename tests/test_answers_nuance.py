"""Check-in answers with nuance: double negatives, idioms, a yes taken back, self-corrections,
counts against the plan. Phrasings written for these tests, not taken from any round."""

from __future__ import annotations

import pytest

from intents import classify_answer


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # double negatives
        ("nope i did not skip it", "answer_done"),
        ("i didn't forget it this time", "answer_done"),
        ("can't say i didn't do it", "answer_done"),
        ("i haven't not done it", "answer_done"),
        # more than asked
        ("i did it and then some", "answer_done"),
        ("did more than she asked for", "answer_done"),
        ("knocked it out before breakfast", "answer_done"),
        # a yes that takes most of itself back
        ("yeah but only for a minute", "answer_partial"),
        ("yes though not the whole thing", "answer_partial"),
        # self-corrections: the last word stands
        ("yes hold on no that was monday", "answer_not_done"),
        ("no wait i did do it", "answer_done"),
        ("i did it sorry i mean i did half", "answer_partial"),
        # counts against the plan
        ("two out of six", "answer_partial"),
        ("six days out of six", "answer_done"),
        ("zero of the three", "answer_not_done"),
        # indirect
        ("it totally slipped my mind", "answer_not_done"),
        ("i kept putting it off", "answer_not_done"),
        ("it fell by the wayside this week", "answer_not_done"),
        ("no work ran late", "answer_not_done"),
        ("i skipped it again", "answer_not_done"),
        # double negatives with could and would
        ("honestly i could not not do it", "answer_done"),
        # a count said against the plan, not as "x out of y"
        ("did it four days and the goal was four", "answer_done"),
        ("twice when the plan was five", "answer_partial"),
        # beyond what was asked; the whole amount named
        ("yep plus a little extra", "answer_done"),
        ("went through the entire worksheet on sunday", "answer_done"),
        # a bare no that corrects the amount
        ("half no all of it", "answer_done"),
        # still under way
        ("still working on it", "answer_partial"),
        # picked up and put straight back; put off to later
        ("took the workbook out and put it away again", "answer_not_done"),
        ("hopefully tonight", "answer_not_done"),
        ("i'm going to do it this weekend", "answer_not_done"),
        # a yes in sarcasm is a no
        ("oh sure as if", "answer_not_done"),
        ("yeah right when would i have found the time", "answer_not_done"),
        # life in the way; untouched in any dialect
        ("work got in the way again", "answer_not_done"),
        ("managed two walks before stuff came up", "answer_partial"),
        # a long story closed with its verdict
        ("i kept opening the app and closing it and by sunday i gave up so no", "answer_not_done"),
        ("nah never even opened it", "answer_not_done"),
        # all but some; once, for a daily task
        ("every evening except thursday", "answer_partial"),
        ("managed it one time", "answer_partial"),
        # the whole amount after a hard day is still done; a yes after a bare no stands
        ("rough shift but i did the whole routine after", "answer_done"),
        ("twice no yeah every single day", "answer_done"),
        # an oath that vouches for the answer is no "no"
        ("no lie i got it all done", "answer_done"),
        ("not gonna lie i skipped it", "answer_not_done"),
        # a record said as "x for y"; denying the skip, not the doing
        ("seven for seven this week", "answer_done"),
        ("two for six", "answer_partial"),
        ("i can't claim i forgot it because i did it daily", "answer_done"),
        # done only in fantasy; meant to, never did
        ("sure when pigs fly", "answer_not_done"),
        ("yes in an alternate universe", "answer_not_done"),
        ("i had every intention honestly", "answer_not_done"),
        ("i was meaning to", "answer_not_done"),
        ("i keep meaning to sit down with it", "answer_not_done"),
        ("the whole week ran off on me", "answer_not_done"),
        # a rhetorical excuse closed with a no; a long story closed with a yes
        ("after double shifts all week come on nah", "answer_not_done"),
        (
            "the first night was hard and i nearly quit but then it went fine so yeah all of it",
            "answer_done",
        ),
    ],
)
def test_answers_with_nuance(text: str, label: str) -> None:
    assert classify_answer(text).label == label


def test_a_skipped_weekend_is_still_partial_not_a_no() -> None:
    assert classify_answer("i skipped the weekend").label != "answer_not_done"

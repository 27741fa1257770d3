"""A story closed by a whole doing, and answers that say "in part" (intents/answer_closing.py,
intents/answer_in_part.py): each rule on its own, and through ``classify_answer``."""

from __future__ import annotations

import pytest

from intents import classify_answer
from intents.answer_closing import closing_answer
from intents.answer_in_part import in_part_answer
from intents.intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL


@pytest.mark.parametrize(
    "text",
    [
        "the bus broke down and i got soaked and i told myself not today but i still sat on the "
        "stairs and filled in every column of the thought record",
        "i was furious all day and nearly threw the diary in the bin but after tea i wrote the "
        "whole page like she said",
        "my daughter was poorly and i was up half the night but in the end i did the breathing all "
        "the way through",
    ],
)
def test_a_story_closed_by_a_whole_doing_is_done(text: str) -> None:
    assert closing_answer(text) == ANSWER_DONE
    assert classify_answer(text).label == ANSWER_DONE


@pytest.mark.parametrize(
    "text",
    [
        # the close takes part of it back
        "the bus broke down and i got soaked but i still filled in every column except the last",
        "work ran late and the kids were loud but i wrote the whole page only in my head",
        # no turn: nothing stood in the way to be told
        "i sat down at the kitchen table and wrote the whole page of the thought record as planned",
        # too short to be a story
        "but i did the whole thing",
    ],
)
def test_the_close_decides_only_when_it_is_whole(text: str) -> None:
    assert closing_answer(text) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("i didn't not do it i only managed a little", ANSWER_PARTIAL),
        ("wouldn't say i skipped it entirely", ANSWER_PARTIAL),
        ("partly yes partly no", ANSWER_PARTIAL),
        ("the reading yes the writing no", ANSWER_PARTIAL),
        ("i wrote two lines on the bus and haven't touched it since", ANSWER_PARTIAL),
        ("filled in the morning and it's still sitting there half done", ANSWER_PARTIAL),
    ],
)
def test_an_answer_in_part_is_partial(text: str, label: str) -> None:
    assert in_part_answer(text) == label
    assert classify_answer(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a yes with a denial of a failing is not two parts
        ("obviously yes i did it i'm not a slacker", ANSWER_DONE),
        ("yes haha no i'm kidding i didn't do it", ANSWER_NOT_DONE),
        # a double negative with no measure is a whole yes
        ("i didn't not do it", ANSWER_DONE),
        # nothing was started before it was left
        ("haven't touched it since she set it", ANSWER_NOT_DONE),
    ],
)
def test_what_is_not_in_part_is_left_to_the_other_rules(text: str, label: str) -> None:
    assert in_part_answer(text) is None
    assert classify_answer(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the no belongs to the correction, not the answer
        ("i only did half wait no i went back and finished it", ANSWER_DONE),
        ("hang on no i did do it", ANSWER_DONE),
        ("did it yesterday wait no", ANSWER_NOT_DONE),
        # a count short of the plan outweighs "did it twice"
        ("did it twice not four times", ANSWER_PARTIAL),
        # one step of it left out of what she asked
        ("made the playlist but didn't listen to it the way she said", ANSWER_PARTIAL),
        ("made the playlist and listened to it the way she said", ANSWER_DONE),
    ],
)
def test_corrections_counts_and_steps_left_out(text: str, label: str) -> None:
    assert classify_answer(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the speaker's own closing verdict
        (
            "missed the bus and walked in the rain then did the breathing in the hall so it counts",
            ANSWER_DONE,
        ),
        ("i got as far as finding the worksheet does that count probably not", ANSWER_NOT_DONE),
        ("i got as far as downloading the app", ANSWER_NOT_DONE),
        ("i'd be lying if i said no", ANSWER_DONE),
        ("i'd be lying if i said yes", ANSWER_NOT_DONE),
        ("i did it even though i honestly couldn't be bothered", ANSWER_DONE),
        ("fell asleep on the sofa again sorry", ANSWER_NOT_DONE),
        ("sure why wouldn't i", ANSWER_DONE),
        # a part, however it is said
        ("not even a little bit", ANSWER_NOT_DONE),
        ("i managed about a third of it", ANSWER_PARTIAL),
        ("did it twice she said every day though", ANSWER_PARTIAL),
        ("did it tuesday then life happened", ANSWER_PARTIAL),
        ("monday and tuesday then it all went pear shaped", ANSWER_PARTIAL),
        # all-clears, idioms and the recognizer's spellings
        ("it's done no worries", ANSWER_DONE),
        ("you can tick that off", ANSWER_DONE),
        ("good intentions and all that but no", ANSWER_NOT_DONE),
        ("road to hell mate", ANSWER_NOT_DONE),
        ("did it for days out of seven", ANSWER_PARTIAL),
        ("did it twice actually once in the morning and once at night", ANSWER_DONE),
        ("almost gave up but no i got it done", ANSWER_DONE),
        # added after round 17: the finished thing named, some way in, forgetting till asked
        ("the worksheet is filled in it's in my bag", ANSWER_DONE),
        ("i got about two pages in before the baby woke", ANSWER_PARTIAL),
        ("we made it as far as the park gate then came home", ANSWER_PARTIAL),
        ("forgot till you said just now", ANSWER_NOT_DONE),
        ("great plans shame about the follow through not so much", ANSWER_NOT_DONE),
        ("sum of it", ANSWER_PARTIAL),
        # added after round 18
        ("no one could say i didn't", ANSWER_DONE),
        ("more than nothing but less than all of it", ANSWER_PARTIAL),
        ("by the time we got back from the hospital i just crashed", ANSWER_NOT_DONE),
        # added after round 19
        ("after dodging it all evening i actually did do it", ANSWER_DONE),
        ("i forgot ha i'm kidding it's done", ANSWER_DONE),
        ("three times not every day like she wanted", ANSWER_PARTIAL),
        ("it's not that i didn't do any i just didn't finish", ANSWER_PARTIAL),
        ("missed it", ANSWER_NOT_DONE),
        ("the spirit was willing but the flesh was weak", ANSWER_NOT_DONE),
        ("i read the whole chapter not just the summary", ANSWER_DONE),
        (
            "i sat down to do it then i cleaned the oven and phoned my sister and then it was "
            "midnight",
            ANSWER_NOT_DONE,
        ),
        # added after round 20
        ("the printer jammed but i wrote it out by hand so yeah done", ANSWER_DONE),
        ("did it tuesday and then it sort of tailed off", ANSWER_PARTIAL),
        ("no i didn't not once", ANSWER_NOT_DONE),
        ("opened the workbook and closed it again didn't write a word", ANSWER_NOT_DONE),
        # added after round 21
        ("my son was ill and the car wouldn't start and i still sat down and did it", ANSWER_DONE),
        ("i still sat there with the worksheet blank", ANSWER_NOT_DONE),
        ("did the stretches then did them a second time before bed", ANSWER_DONE),
        ("i listened to it twice the first time i wasn't paying attention", ANSWER_DONE),
        ("the diary's filled in and back on the shelf", ANSWER_DONE),
        ("wednesday and thursday yeah then the weekend happened", ANSWER_PARTIAL),
        ("started the breathing but gave up after about two minutes", ANSWER_PARTIAL),
        ("did the first worksheet the others are still blank", ANSWER_PARTIAL),
        ("wrote up saturday and left the rest", ANSWER_PARTIAL),
        ("he said four walks and i managed two", ANSWER_PARTIAL),
        ("did it twice she wanted five", ANSWER_PARTIAL),
        # added after round 22
        ("she wanted it daily and i only did tuesday and friday", ANSWER_PARTIAL),
        ("did the breathing didn't do the writing part after", ANSWER_PARTIAL),
        ("i did some at lunch and i'll try the rest later", ANSWER_PARTIAL),
        ("oh absolutely i meditated for hours said nobody ever", ANSWER_NOT_DONE),
        ("no sorry i know i promised i would", ANSWER_NOT_DONE),
        ("did nothing not even the first page", ANSWER_NOT_DONE),
        # added after round 23
        ("yeah finally got there after a week of dodging it", ANSWER_DONE),
        ("not a single page of the three", ANSWER_NOT_DONE),
    ],
)
def test_closing_verdicts_parts_and_idioms(text: str, label: str) -> None:
    assert classify_answer(text).label == label


def test_a_kind_named_after_the_body_files_the_body_as_that_kind() -> None:
    from intents import classify

    item = classify("swim two lengths every morning before work that's my homework")
    assert (item.label, item.body) == ("homework", "swim two lengths every morning before work")
    assert classify("what's my homework").label == "cmd_homework_status"

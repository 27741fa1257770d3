"""Check-in questions a person would ask, for homework as people really say it.

Each phrasing is how a homework task might come out of a reflection; the question
must be a short, grammatical English question naming the task, never the raw text
and never the words of whoever set it.
"""

from __future__ import annotations

import re

import pytest

from assistant.checkin_wording import checkin_question

FORBIDDEN = ("you should", "she wants me", "i need to", " i ", " my ", " me ", "today today")

# (how it was said, the daily question, the one-off question or None)
PHRASINGS = [
    (
        "you should try to notice when i get home from work",
        "Did you notice when you got home from work today?",
        None,
    ),
    (
        "do the breathing exercise twice a day, morning before bed",
        "Did you do the breathing exercise today?",
        None,
    ),
    (
        "call my sister before sunday",
        "Did you call your sister today?",
        "Have you called your sister yet?",
    ),
    (
        "my homework is to journal for ten minutes every night",
        "Did you journal for ten minutes today?",
        None,
    ),
    (
        "she wants me to write down three things i'm grateful for every morning",
        "Did you write down three things you're grateful for today?",
        None,
    ),
    (
        "i need to practice saying no to my boss",
        "Did you practice saying no to your boss today?",
        None,
    ),
    ("dr patel asked me to track my sleep", "Did you track your sleep today?", None),
    ("go for a walk after lunch every day", "Did you go for a walk after lunch today?", None),
    ("breathing exercises", "Did you do your breathing exercises today?", None),
    ("journaling", "Did you do your journaling today?", None),
    ("the thought record worksheet", "Did you do the thought record worksheet today?", None),
    (
        "homework: fill out the thought record when i feel anxious",
        "Did you fill out the thought record today?",
        None,
    ),
    (
        "i'm supposed to meditate for 5 minutes each morning",
        "Did you meditate for five minutes today?",
        None,
    ),
    ("try to get to bed before midnight", "Did you get to bed before midnight today?", None),
    (
        "write a letter to my dad that i won't send",
        "Did you write a letter to your dad today?",
        "Have you written a letter to your dad yet?",
    ),
    (
        "reach out to one friend this week",
        "Did you reach out to one friend today?",
        "Have you reached out to one friend yet?",
    ),
    (
        "i have to stop checking my phone in bed",
        "Did you stop checking your phone in bed today?",
        None,
    ),
    (
        "she said i should schedule one fun thing every weekend",
        "Did you schedule one fun thing today?",
        "Have you scheduled one fun thing yet?",
    ),
    ("remember to take my meds", "Did you take your meds today?", None),
    (
        "list three good things that happened each day",
        "Did you list three good things that happened today?",
        None,
    ),
    (
        "the assignment is to read chapter two of the workbook",
        "Did you read chapter two of the workbook today?",
        "Have you read chapter two of the workbook yet?",
    ),
    (
        "um so i'm going to try sitting with the feeling instead of distracting myself",
        "Did you try sitting with the feeling today?",
        None,
    ),
    ("i want to keep a mood diary", "Did you keep a mood diary today?", None),
    (
        "my therapist wants me to eat three proper meals a day",
        "Did you eat three proper meals today?",
        None,
    ),
    ("no screens an hour before bed", "Did you avoid screens an hour before bed today?", None),
    ("drink more water", "Did you drink more water today?", None),
    ("progressive muscle relaxation", "Did you do your progressive muscle relaxation today?", None),
    (
        "ride the bus for two stops",
        "Did you ride the bus for two stops today?",
        "Have you ridden the bus for two stops yet?",
    ),
    (
        "i should probably call the clinic to book a blood test",
        "Did you call the clinic to book a blood test today?",
        "Have you called the clinic to book a blood test yet?",
    ),
    (
        "make a list of what i want to say to my mom",
        "Did you make a list today?",
        "Have you made a list yet?",
    ),
    (
        "walk the dog every morning instead of scrolling",
        "Did you walk the dog instead of scrolling today?",
        None,
    ),
    ("we agreed i'd do ten minutes of yoga", "Did you do ten minutes of yoga today?", None),
    ("set an alarm for lunch so i actually eat", "Did you set an alarm for lunch today?", None),
    (
        "he suggested i write my worries down in the evening",
        "Did you write your worries down today?",
        None,
    ),
    (
        "I'm meant to challenge one negative thought a day.",
        "Did you challenge one negative thought today?",
        None,
    ),
    ("use the worry time technique", "Did you use the worry time technique today?", None),
    ("ask my partner for a hug when i need one", "Did you ask your partner for a hug today?", None),
    ("stretching in the morning", "Did you do your stretching today?", None),
    (
        "sit with my feelings for five minutes without judging them",
        "Did you sit with your feelings for five minutes today?",
        None,
    ),
    (
        "tell my boss i need a day off",
        "Did you tell your boss you need a day off today?",
        "Have you told your boss you need a day off yet?",
    ),
    ("You should try to be kinder to yourself.", "Were you kinder to yourself today?", None),
    (
        "apply for two jobs by friday",
        "Did you apply for two jobs today?",
        "Have you applied for two jobs yet?",
    ),
    ("my task for this week is to go to the gym three times", "Did you go to the gym today?", None),
    (
        "i'll look into support groups",
        "Did you look into support groups today?",
        "Have you looked into support groups yet?",
    ),
    (
        "don't check work email after 7",
        "Did you manage not to check work email after seven today?",
        None,
    ),
    (
        "book a dentist appointment",
        "Did you book a dentist appointment today?",
        "Have you booked a dentist appointment yet?",
    ),
    (
        "Plan one thing to look forward to on the weekend",
        "Did you plan one thing to look forward to today?",
        None,
    ),
    (
        "the doctor wants me to take my meds at the same time every morning",
        "Did you take your meds at the same time today?",
        None,
    ),
]


def test_the_table_is_large_and_varied():
    assert len(PHRASINGS) >= 40
    assert len({text for text, *_ in PHRASINGS}) == len(PHRASINGS)
    assert sum(1 for *_, once in PHRASINGS if once) >= 10


@pytest.mark.parametrize(("text", "daily", "once"), PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_each_phrasing_gets_the_question_a_person_would_ask(text, daily, once):
    assert checkin_question(text) == daily
    if once is not None:
        assert checkin_question(text, once=True) == once


@pytest.mark.parametrize("once", [False, True])
@pytest.mark.parametrize("text", [p[0] for p in PHRASINGS], ids=[p[0][:40] for p in PHRASINGS])
def test_every_question_is_short_grammatical_and_never_the_raw_text(text, once):
    question = checkin_question(text, once=once)
    assert re.fullmatch(r"(Did|Were|Have) you [a-z0-9' ,-]+ (today|yet)\?", question), question
    words = question.lower().rstrip("?").split()
    assert len(words) <= 13, question
    assert all(a != b for a, b in zip(words, words[1:], strict=False)), question
    padded = f" {question.lower()} "
    for forbidden in FORBIDDEN:
        assert forbidden not in padded, question
    if len(text.split()) > 6:  # a short task ("drink more water") is its own best name
        assert text.lower().rstrip(".") not in question.lower()
    # It names the task: at least one content word of the original is in it.
    content = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2} - {
        "should",
        "wants",
        "need",
        "every",
        "morning",
        "before",
        "homework",
        "supposed",
        "you",
        "the",
        "and",
        "for",
        "this",
        "week",
        "task",
        "times",
        "three",
        "try",
        "she",
        "her",
    }
    assert content & set(re.findall(r"[a-z]+", question.lower())), question


def test_a_cue_is_said_where_the_person_wants_it():
    assert (
        checkin_question("breathing exercises", "before bed")
        == "Did you do your breathing exercises before bed today?"
    )

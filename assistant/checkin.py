"""The homework check-in: "Did you do your journaling after dinner today?"

Asks about one homework item, reads the answer with intents.classify_answer and stores
it at once; after "partly" or "no" asks once what got in the way and keeps that as the
check-in's note. Nothing heard (or nothing understood) twice is recorded as no_answer.
An Ear that sets `accepts_grammar = True` is told the answer vocabulary, so a model
that supports it can listen for those words only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from assistant.conversation import Ear, Heard, Voice
from assistant.spoken import say_numbers
from storage import Database

ANSWER_TIMEOUT_SECONDS = 10.0  # to start answering the question
NOTE_TIMEOUT_SECONDS = 20.0  # "what got in the way" takes longer to think about
# Below this the classifier is guessing (see docs/ARCHITECTURE.md): ask again instead.
DOUBTFUL_BELOW = 0.55

RESULTS = {"answer_done": "done", "answer_partial": "partial", "answer_not_done": "not_done"}
ANSWER_GRAMMAR = [
    "yes",
    "yeah",
    "yes i did",
    "i did",
    "i did it",
    "done",
    "partly",
    "some of it",
    "half",
    "a little",
    "kind of",
    "sort of",
    "not all of it",
    "no",
    "nope",
    "not yet",
    "i didn't",
    "no i didn't",
    "i forgot",
    "[unk]",
]

REPEAT = "Sorry, I didn't catch that."
IN_THE_WAY = "What got in the way?"
THANKS = {
    "done": "Well done. I've noted it.",
    "partial": "Thank you. I've noted it.",
    "not_done": "Thank you. I've noted it.",
    "no_answer": "I'll ask again next time.",
}

# Homework as people phrase it: "my homework is to journal every night", "she wants me
# to journal", "i'm supposed to journal": the question keeps only the task.
_FILLERS = re.compile(r"^(?:(?:um|uh|so|like|okay|ok|well|and)\s+)+")
_LEAD = re.compile(
    r"^(?:(?:my |the )?(?:homework|assignment|task|exercise)(?: is| was| for this week is)?"
    r"(?: to)?[:,]?\s+"
    r"|(?:she|he|they|(?:my |the )?(?:therapist|doctor|counselor|counsellor|psychiatrist)"
    r"|dr \w+)\s+(?:wants|want|asked|told|said|suggested|would like|wanted)\s+(?:me\s+)?"
    r"(?:to\s+)?"
    r"|i(?:'m| am) (?:supposed|meant|going|asked|told) to\s+"
    r"|i (?:need|have|should|want|will|must|ought|got|gotta) to\s+|i gotta\s+|to\s+)",
)
# When it is due says nothing about whether it was done today.
_DUE = re.compile(
    r"\s+(?:until|before|by)\s+(?:the\s+)?next\s+(?:session|appointment|time|week)\b.*$"
    r"|\s+between sessions\b.*$|\s+this week\b.*$"
)
_FREQUENCY = re.compile(
    r"\s+(?:(?:every|each|per|a)\s+(?:single\s+)?(?:day|night|morning|evening|afternoon|week"
    r"|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|daily|nightly|weekly|(?:once|twice|\w+ times) (?:a|per) (?:day|week))$"
)
# Where a long task can be cut and still read as the task.
_CLAUSE_BREAKS = {"before", "after", "when", "whenever", "instead", "until", "because", "if",
                  "while", "so", "even"}
_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
}
_DETERMINERS = {"a", "an", "the", "your", "this", "that", "some", "these", "those"}
# Imperative homework starts: "journal for ten minutes" reads as "Did you journal ...".
_VERBS = set(
    "journal write practice practise read call walk meditate go take do try notice track list "
    "say spend make keep use fill complete finish log record reach text talk ask tell stretch "
    "exercise run breathe sleep eat drink plan schedule review think reflect limit avoid put set "
    "get turn leave visit listen watch draw sit stay check send book prepare name give let "
    "allow repeat remind thank pause rest cook clean tidy look count jot note hug play sing "
    "dance paint swim bike cycle phone email join attend start stop".split()
)
MAX_WORDS = 10
_DANGLING = set(
    "a an the your and or but so if as than to for of in on at by with without from into "
    "about out up when while before after".split()
)


def homework_phrase(text: str) -> str:
    """What to put after "Did you": "journaling" -> "do your journaling"."""
    words = _FILLERS.sub("", text.strip().rstrip(".!?").lower())
    words = _LEAD.sub("", words, count=1)
    words = _FREQUENCY.sub("", _DUE.sub("", words)).replace("i am ", "you are ")
    tokens = [_PRONOUNS.get(word, word) for word in words.split()]
    if len(tokens) > MAX_WORDS:
        breaks = [n for n in range(3, MAX_WORDS + 1) if tokens[n] in _CLAUSE_BREAKS]
        tokens = tokens[: breaks[0]] if breaks else tokens[:MAX_WORDS]
        while len(tokens) > 1 and tokens[-1] in _DANGLING:
            tokens.pop()
    if not tokens:
        return "do your homework"
    if tokens[0] in _VERBS:
        return " ".join(tokens)
    if tokens[0] in _DETERMINERS:
        return "do " + " ".join(tokens)
    return "do your " + " ".join(tokens)


def checkin_question(text: str, cue: str | None = None) -> str:
    phrase = homework_phrase(text)
    cue = (cue or "").strip().rstrip(".!?").lower()
    if cue and cue not in phrase:
        phrase = f"{phrase} {cue}"
    return say_numbers(f"Did you {phrase} today?")


@dataclass(frozen=True)
class CheckinOutcome:
    item_id: int
    result: str | None  # None: not recorded (item gone, done, no longer homework; no mic)
    checkin_id: int | None = None
    with_note: bool = False


def _listen(ear: Ear, timeout: float, grammar: list[str] | None) -> str:
    if grammar is not None and getattr(ear, "accepts_grammar", False):
        heard: Heard | None = ear.listen(timeout, grammar=grammar)  # type: ignore[call-arg]
    else:
        heard = ear.listen(timeout)
    return heard.text.strip() if heard is not None else ""


def _answer(text: str) -> str | None:
    from intents import classify_answer

    if not text:
        return None
    intent = classify_answer(text)
    return RESULTS[intent.label] if intent.confidence >= DOUBTFUL_BELOW else None


def run_checkin(
    database: Database, item_id: int, ear: Ear, voice: Voice, now: Callable[[], datetime]
) -> CheckinOutcome:
    from storage.checkin_notes import set_checkin_note
    from storage.checkins import add_checkin
    from storage.errors import NotFoundError
    from storage.items import get_item
    from storage.plans import get_plan

    with database.session() as session:
        try:
            item = get_item(session, item_id)
        except NotFoundError:
            return CheckinOutcome(item_id, None)
        if item.kind != "homework" or item.status != "open":
            return CheckinOutcome(item_id, None)
        plan = get_plan(session, item_id)
        question = checkin_question(item.text, plan.cue if plan else None)

    if not getattr(ear, "can_hear", True):
        # No microphone: ask (it may still remind) but record nothing, since "no answer"
        # would count against the person for the machine's lack of a microphone.
        voice.say(question)
        return CheckinOutcome(item_id, None)
    result = None
    for attempt in range(2):
        voice.say(question if attempt == 0 else f"{REPEAT} {question}")
        result = _answer(_listen(ear, ANSWER_TIMEOUT_SECONDS, ANSWER_GRAMMAR))
        if result is not None:
            break
    result = result or "no_answer"
    with database.session(write=True) as session:
        checkin_id = add_checkin(session, item_id, result, at=now()).id
    # Committed: the answer is kept even if what follows is cut short.

    noted = False
    if result in ("partial", "not_done"):
        voice.say(IN_THE_WAY)
        note = _listen(ear, NOTE_TIMEOUT_SECONDS, None)
        if note:
            with database.session(write=True) as session:
                set_checkin_note(session, checkin_id, note)
            noted = True
    voice.say(THANKS[result])
    return CheckinOutcome(item_id, result, checkin_id, noted)

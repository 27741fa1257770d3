"""The homework check-in: "Did you do your journaling after dinner today?"

Asks about one homework item, reads the answer with intents.classify_answer and stores
it at once; after "partly" or "no" asks once what got in the way and keeps that as the
check-in's note. Nothing heard (or nothing understood) twice is recorded as no_answer.
The Ear is told the answer vocabulary, so a model that supports it can listen for those
words only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from assistant.conversation import Ear, Heard, Voice
from intents.language import vosk_grammar
from storage import Database

ANSWER_TIMEOUT_SECONDS = 10.0  # to start answering the question
NOTE_TIMEOUT_SECONDS = 20.0  # "what got in the way" takes longer to think about
# Below this the classifier is guessing (see docs/ARCHITECTURE.md): ask again instead.
DOUBTFUL_BELOW = 0.55

RESULTS = {"answer_done": "done", "answer_partial": "partial", "answer_not_done": "not_done"}
# The short answers (intents/data/templates/checkin_answers.txt), listened for when a model
# can take a grammar.
ANSWER_GRAMMAR = vosk_grammar("checkin_answers")

REPEAT = "Sorry, I didn't catch that."
IN_THE_WAY = "What got in the way?"
THANKS = {
    "done": "Well done. I've noted it.",
    "partial": "Thank you. I've noted it.",
    "not_done": "Thank you. I've noted it.",
    "no_answer": "I'll ask again next time.",
}


def checkin_question(text: str, cue: str | None = None, *, once: bool = False) -> str:
    """The question asked about a homework item (see assistant.checkin_wording)."""
    from assistant.checkin_wording import checkin_question as worded

    return worded(text, cue, once=once)


@dataclass(frozen=True)
class CheckinOutcome:
    item_id: int
    result: str | None  # None: not recorded (item gone, done, no longer homework; no mic)
    checkin_id: int | None = None
    with_note: bool = False


def _listen(ear: Ear, timeout: float, grammar: list[str] | None) -> str:
    heard: Heard | None = ear.listen(timeout, grammar=grammar)
    return heard.text.strip() if heard is not None else ""


def _answer(text: str) -> str | None:
    from intents import classify_answer

    if not text:
        return None
    intent = classify_answer(text)
    return RESULTS[intent.label] if intent.confidence >= DOUBTFUL_BELOW else None


def run_checkin(
    database: Database,
    item_id: int,
    ear: Ear,
    voice: Voice,
    now: Callable[[], datetime],
    on_crisis: Callable[[str], bool] | None = None,
) -> CheckinOutcome:
    """Ask, record the answer, and after "partly" or "no" what got in the way.

    `on_crisis(words)` hears what got in the way first; True means it answered with
    support (what got in the way was words of crisis), and the routine thanks are left out.
    """
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
        question = (
            plan.question
            if plan and plan.question
            else checkin_question(
                item.text, plan.cue if plan else None, once=bool(plan and plan.once_on)
            )
        )

    if not ear.can_hear:
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
            if on_crisis is not None and on_crisis(note):
                return CheckinOutcome(item_id, result, checkin_id, noted)
    voice.say(THANKS[result])
    return CheckinOutcome(item_id, result, checkin_id, noted)

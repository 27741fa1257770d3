"""What each scheduled dialog says and hears: the agenda readout, the after-session talk,
the check-in, and the mention of what was missed while the service was off."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from assistant.conversation import Ear, Voice
from assistant.spoken_numbers import count_words

if TYPE_CHECKING:
    from assistant.agenda_compose import Agenda
    from assistant.settings import Settings
    from storage import Database

POST_SESSION_PROMPT = "How did it go? Tell me your notes, questions, homework and needs."
POST_SESSION_SILENCE_SECONDS = 90.0
MISSED_WORDS = {
    "checkin": "check-in",
    "agenda_readout": "agenda reading",
    "post_session": "after-session talk",
}

log = logging.getLogger("sessionmate.service")


def missed_sentence(kinds: Counter[str]) -> str:
    """Counter({"checkin": 2}) -> "While I was off, I missed two check-ins."."""
    parts = [count_words(kinds[kind], words) for kind, words in MISSED_WORDS.items() if kinds[kind]]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"While I was off, I missed {listed}."


def current_agenda(database: Database, now: datetime, settings: Settings) -> Agenda:
    """The agenda for the next appointment, composed once for every way it is shown."""
    from assistant.agenda_compose import compose
    from assistant.agenda_data import gather

    with database.session() as session:
        return compose(gather(session, now, settings.zone))


def mention_missed(database: Database, voice: Voice, now: datetime) -> None:
    from storage.missed import mark_mentioned, unmentioned

    with database.session() as session:
        pending = [(m.id, m.kind) for m in unmentioned(session)]
    if not pending:
        return
    voice.say(missed_sentence(Counter(kind for _, kind in pending)))
    # Marked once said: a crash in between repeats the mention rather than losing it.
    with database.session(write=True) as session:
        mark_mentioned(session, [ident for ident, _ in pending], now)


def post_session(
    database: Database,
    settings: Settings,
    appointment_id: int,
    ear: Ear,
    voice: Voice,
    *,
    clock: Callable[[], datetime],
    silence_seconds: float,
) -> None:
    from assistant.reflection_loop import Reflection

    voice.say(POST_SESSION_PROMPT)
    loop = Reflection(
        database,
        settings,
        ear,
        voice,
        show=lambda _line: None,
        silence_timeout=silence_seconds,
        now=clock,
        appointment_id=appointment_id,
    )
    outcome = loop.run()
    log.info(
        "post_session #%d: %d saved, %d removed, ended by %s",
        appointment_id,
        len(outcome.saved),
        len(outcome.removed),
        outcome.ended_by,
    )


def checkin(
    database: Database,
    settings: Settings,
    plan_item_id: int,
    ear: Ear,
    voice: Voice,
    clock: Callable[[], datetime],
) -> None:
    from assistant.checkin import run_checkin

    def on_crisis(words: str) -> bool:
        return answer_crisis(database, settings, words, voice)

    outcome = run_checkin(database, plan_item_id, ear, voice, clock, on_crisis)
    log.info(
        "checkin #%d: %s%s",
        plan_item_id,
        outcome.result or "not asked",
        " with a note" if outcome.with_note else "",
    )


def answer_crisis(database: Database, settings: Settings, words: str, voice: Voice) -> bool:
    """Words of crisis said where only a routine answer was expected (what got in the way
    of homework): kept as a note the therapist hears first, and answered with support.
    False when the words hold no crisis."""
    from assistant.crisis import crisis_concern, crisis_message, record_concern
    from assistant.safety_plan_words import read_plan
    from storage import StorageError
    from storage.items import add_item

    concern = crisis_concern(words)
    if concern is None:
        return False
    item_id: int | None = None
    try:
        with database.session(write=True) as session:
            item_id = add_item(session, "note", words, transcript=words, source="voice").id
    except StorageError as err:  # the support below must not wait on the database
        log.error("crisis note not saved: %s", type(err).__name__)
    record_concern(database, item_id, concern)
    voice.say_all(crisis_message(settings, plan=read_plan(database), level=concern.level))
    return True

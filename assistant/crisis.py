"""What the assistant says when someone expresses thoughts of suicide or self-harm.

The item is stored as usual first; this message comes straight after, printed and spoken,
with the crisis contacts from settings and the person's own safety plan. Two levels
(``intents.safety``): *urgent* (a plan, means, preparation, a recent attempt, being at a
place to do it) leads with the emergency contacts and asks whether the person is safe right
now; *concern* (passive wishes, hopelessness, burden, self-harm) is gentler. Both read the
person's own plan before the generic lines. Logs say that a concern was raised, never the words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.safety_plan_words import Entry, plan_lines
from assistant.settings import Settings

if TYPE_CHECKING:
    from intents.safety import Concern

# Under "sessionmate" so the service's log file records it; INFO so a terminal is not
# interrupted by it (the person has just been answered).
_log = logging.getLogger("sessionmate.crisis")

SAFE_NOW_QUESTION = "Are you safe right now?"
URGENT = "urgent"


def crisis_concern(text: str) -> Concern | None:
    """The concern the text raises, if any (local; rules and the learned net)."""
    from intents.safety import detect_crisis

    return detect_crisis(text)


def concern_in(text: str) -> bool:
    """True when the text expresses thoughts of suicide or self-harm (local, conservative)."""
    return crisis_concern(text) is not None


def log_concern(item_id: int | None, concern: Concern) -> None:
    """Record that a concern was raised: the item, the level, what fired. Never the words."""
    _log.info("crisis concern raised: item #%s, %s", item_id, concern.describe())


def record_concern(database, item_id: int | None, concern: Concern) -> None:  # noqa: ANN001
    """Log it and flag the item for the agenda's "Bring up first". A failed write is logged,
    never allowed to delay the support that follows."""
    from storage import StorageError
    from storage.crisis_flags import flag_item

    log_concern(item_id, concern)
    if item_id is None:
        return
    try:
        with database.session(write=True) as session:
            flag_item(session, item_id, concern.level, concern.describe().split("fired by ")[-1])
    except StorageError as err:
        _log.error("crisis flag for item #%s not saved: %s", item_id, type(err).__name__)


def urgent_opening(settings: Settings) -> list[str]:
    """First the emergency contacts, then the question."""
    return [
        "Please reach out for help right now:",
        *settings.crisis_contacts,
        "I've kept what you said, and your therapist will want to know.",
        SAFE_NOW_QUESTION,
    ]


def after_safe_answer(settings: Settings, safe: bool | None, plan: Sequence[Entry]) -> list[str]:
    """The answer to "are you safe right now?": no or silence, contacts and the plan's people;
    yes, the plan's own coping steps."""
    if safe:
        own = plan_lines(plan, ("coping", "distractions", "environment"))
        return [
            "I'm glad. Here is what you planned for moments like this:"
            if own
            else "I'm glad. Stay with someone or somewhere safe, and take it one hour at a time.",
            *own,
            "If that changes, reach out at once.",
        ]
    own = plan_lines(plan, ("people", "professionals"))
    return [
        "Please don't stay alone with this: call someone now.",
        *settings.crisis_contacts,
        *(["The people in your safety plan:", *own] if own else []),
    ]


def concern_message(settings: Settings, plan: Sequence[Entry]) -> list[str]:
    """The gentler answer: acknowledged, the person's own plan, then the contacts."""
    own = plan_lines(plan, ("coping", "distractions", "people", "professionals"))
    return [
        "What you just said matters, and I'm glad you said it. I've kept it.",
        *(["Your safety plan says:", *own] if own else []),
        "If it gets heavier, you don't have to carry it alone:",
        *settings.crisis_contacts,
        "Your therapist will want to know too.",
    ]


def crisis_message(
    settings: Settings,
    asked: bool = False,
    plan: Sequence[Entry] = (),
    level: str = URGENT,
) -> list[str]:
    """The words after a crisis statement where nobody can answer back; `asked`: the person
    asked for help themselves (`support`). The person's own plan comes first."""
    if asked:
        own = plan_lines(plan)
        return [
            *(["Your safety plan:", *own] if own else []),
            "You don't have to carry this alone: please reach out to someone now.",
            *settings.crisis_contacts,
            "Your therapist will want to know too.",
        ]
    if level != URGENT:
        return concern_message(settings, plan)
    own = plan_lines(plan, ("people", "professionals", "coping"))
    return [
        "You don't have to carry this alone: please reach out to someone now.",
        *settings.crisis_contacts,
        *(["Your safety plan:", *own] if own else []),
        "What you just said matters, and I'm glad you said it.",
        "Your therapist will want to know too. I've kept what you said.",
    ]

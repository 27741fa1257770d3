"""Spot thoughts of suicide or self-harm in one utterance: locally, purely, conservatively.

``detect_crisis(text)`` returns a ``Concern`` or ``None``. A miss is far worse than a false
alarm (the app answers with a short supportive message and the crisis contacts and stores the
item as usual), so the patterns lean towards firing; only idioms, accidents, explicit denials
and other people's suicide are set aside.

How it works:
1. ``normalize`` (``safety_normalize``) reduces typed or recognized text to one form:
   lowercase words, contractions and slang spelled out ("wanna", "dont"), split words joined
   ("my self", "over dose"), fillers, hedges ("just", "really", "like" as a filler) and
   stutters dropped.
2. ``safety_others`` replaces someone else's suicide or self-harm ("my uncle's suicide") with
   a placeholder and remembers that it did, because then an echo ("i think about doing the
   same") counts. ``safety_harmless`` does the same for known harmless spans: idioms
   ("killing myself trying to", "rather die than"), accidents ("cut myself shaving"), denials
   ("i don't want to die", "i'm not suicidal") and topics ("career suicide").
3. What is left is searched by ``safety_suicide`` and ``safety_self_harm``, one section per
   concept; suicide is checked first. A rule is tried only when one of its cue words is
   present (``safety_ruleset``). The rules are written in ``safety_vocabulary``'s fragments.

Judgement calls (see also the test data):
- Someone else's suicide, overdose or self-harm, and the topic as such (a documentary, a
  film's suicide scene, "career suicide", assisted-suicide debates), does not trigger by
  itself: the message is for the speaker's own thoughts. The speaker's pull towards it
  ("i want to do it too", "i'm scared i'll end up like him") does.
- Denials ("i don't want to die", "i would never hurt myself", "i'm not suicidal", a
  screening question answered "no") do not trigger unless "anymore" or "again" turns them
  into an admission; "i don't want to live" does trigger.
- The obvious words trigger even in hyperbole or history ("i'm going to kill myself if i
  fail", "i wanted to die when i was fifteen", "i haven't self harmed in a month"): a gentle
  false alarm costs little, and a past attempt is a present risk. "just kill me now" and
  "i wanted to disappear" (past, embarrassment) do not; "i want to disappear" does.
- "i planned how i would do it" triggers: "do it" with no object after planning how or when.
- Hopelessness alone ("i feel hopeless", "i'm worthless") does not trigger; hopelessness
  about living ("no reason to keep going"), feeling a burden, and a future one cannot
  picture do. So does safety language ("i don't trust myself to stay safe tonight").
- A medication overdose warning, an overdose of sugar, overwork idioms ("killing myself
  trying to finish") and "hurting myself by saying yes to everything" do not; nor does a
  clinician's advice ("warned me not to overdose", "too many painkillers would hurt my
  liver"), a title ("an album called suicide season"), a game's "jump off the cliff to finish
  the level", a safety plan's "if i ever feel suicidal" (unless "again", "tonight"), "i don't
  want to live forever", or someone else's wish to die, cutting or call to a crisis line
  ("so do i" after it does trigger).
- Preparation without a method triggers ("i've picked a date", "tonight is the night",
  pills put aside instead of taken, bought from several pharmacies so nobody notices), as
  do indifference beside a means ("stood by the tracks not caring what happened"), pills with
  spirits, drugs taken to excess on purpose, starving or purging as punishment, and a prayer
  that god or death "take me".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .safety_context import harmless_context
from .safety_harmless import HARMLESS_RULES
from .safety_normalize import normalize
from .safety_others import ECHO_RULES, OTHERS_RULES
from .safety_self_harm import SELF_HARM_RULES
from .safety_suicide import PREPARATION_END, PREPARATION_START, SUICIDE_RULES

if TYPE_CHECKING:
    from .safety_net import NetScore

__all__ = [
    "CONCERN",
    "KINDS",
    "LEVELS",
    "SELF_HARM",
    "SUICIDE",
    "URGENT",
    "Concern",
    "detect_by_rules",
    "detect_crisis",
    "normalize",
]

SUICIDE = "suicide"
SELF_HARM = "self_harm"
KINDS: tuple[str, ...] = (SUICIDE, SELF_HARM)
# Concern: passive wishes, hopelessness, burden, self-harm. Urgent: a plan, means,
# preparation, rehearsal, a recent attempt, being at a place to do it.
CONCERN = "concern"
URGENT = "urgent"
LEVELS: tuple[str, ...] = (CONCERN, URGENT)
RULES = "rules"
NET = "net"
# In a harmless context (``safety_context``: fiction, a work role, a resolved past, ... and no
# present intent), a line is answered only where the net scores it at least this, well above
# its threshold: neither a rule's hit nor the net's usual bar is enough there. No crisis line
# in our examples, rules data or development set sits in such a context; every harmless one
# there scored below 0.2.
CONTEXT_NET_BAR = 0.5

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Concern:
    """Why an utterance looks like a crisis: what fired, and how urgent it is."""

    kind: str  # one of KINDS
    matched: str  # the normalized phrase that matched, for tests and debugging; never logged
    level: str = CONCERN  # one of LEVELS
    fired: str = RULES  # "rules: suicide rule 12" (which rule) or "net"
    score: float | None = None  # the net's risk score, where the net fired or judged the level

    def describe(self) -> str:
        """What fired and the level, without the person's words: safe to log."""
        source = self.fired if self.score is None else f"{self.fired} (score {self.score:.2f})"
        return f"{self.level}, {self.kind}, fired by {source}"


_PLACEHOLDER = " ~"  # keeps the space the match began with; no pattern matches "~"


# Without the net, the level comes from these cues: a plan, means, preparation, an attempt,
# a place, a time. Recall-first: a concern said beside one of them is answered as urgent.
_URGENT_CUES = re.compile(
    r"\b(?:plan(?:ned|ning)?|decided|tonight|tomorrow|this (?:week|weekend)|date|note|letters?|"
    r"goodbye|rope|noose|gun|rifle|pistol|shotgun|pills?|tablets|bridge|roof|ledge|edge|tracks|"
    r"train|bought|saved|saving|stockpil\w*|hoard\w*|tried|attempt\w*|overdosed|took|taken|"
    r"right now|method\w*|how to|how many|ready)\b"
)


def detect_crisis(text: str) -> Concern | None:
    """A ``Concern`` if ``text`` expresses thoughts of suicide or self-harm, else ``None``.

    The rules first, then the learned net (``safety_net``) for what they miss; the net also
    judges the level. Where the embedding model is unavailable the rules work alone (logged
    once). Never raises for any ``str``.
    """
    concern = _detect(text, gated=True)
    score = _net_score(text) if text.strip() else None
    if (score is None or score.risk < CONTEXT_NET_BAR) and harmless_context(normalize(text)):
        return None
    if concern is None:
        if score is None or not score.fires:
            return None
        if score.risk < CONTEXT_NET_BAR and _holds_set_aside_span(text):
            # an idiom, an accident, a denial or someone else's suicide was set aside and no
            # rule fired on what is left: the net's usual bar is not enough ("i'd rather die
            # than wear that uniform")
            return None
        level = URGENT if score.is_urgent else CONCERN
        return Concern(SUICIDE, "", level, NET, round(score.risk, 3))
    if score is None:
        return replace(
            concern,
            level=URGENT
            if _is_preparation(concern)
            or _URGENT_CUES.search(concern.matched)
            or _URGENT_CUES.search(normalize(text))
            else CONCERN,
        )
    return replace(
        concern,
        level=URGENT if score.is_urgent or _is_preparation(concern) else CONCERN,
        score=round(score.risk, 3),
    )


def detect_by_rules(text: str) -> Concern | None:
    """The rules alone (the level from cue words): the figure the net is measured beside."""
    concern = _detect(text, gated=True)
    if concern is None or harmless_context(normalize(text)):
        return None
    urgent = _is_preparation(concern) or _URGENT_CUES.search(normalize(text))
    return replace(concern, level=URGENT if urgent else CONCERN)


def _is_preparation(concern: Concern) -> bool:
    """Fired by a preparation rule (``safety_preparation``): urgent whatever the net says."""
    prefix = f"{RULES}: {SUICIDE} rule "
    if not concern.fired.startswith(prefix):
        return False
    return PREPARATION_START < int(concern.fired.removeprefix(prefix)) <= PREPARATION_END


def _net_score(text: str) -> NetScore | None:
    from .safety_net import net_score

    try:
        score = net_score(text)
    except Exception as err:  # noqa: BLE001 - detection must never raise; the rules still hold
        _say_net_unavailable(f"the crisis net failed ({type(err).__name__})")
        return None
    if score is None:
        from .safety_net import net_unavailable

        _say_net_unavailable(net_unavailable() or "unknown reason")
    return score


@lru_cache(maxsize=1)
def _say_net_unavailable(reason: str) -> None:
    """Said once a process: the rules alone are listening."""
    _log.warning("crisis detection by rules alone: %s", reason)


def detect_ungated(text: str) -> Concern | None:
    """``detect_by_rules`` trying every rule (without the level): the reference the cue gate is
    tested against."""
    concern = _detect(text, gated=False)
    if concern is None or harmless_context(normalize(text), gated=False):
        return None
    return concern


def _holds_set_aside_span(text: str) -> bool:
    """Whether a known harmless span or someone else's suicide is in ``text``."""
    spoken = f" {normalize(text)} "
    rules = (*OTHERS_RULES.select(spoken, gated=True), *HARMLESS_RULES.select(spoken, gated=True))
    return any(pattern.search(spoken) for pattern in rules)


def _detect(text: str, *, gated: bool) -> Concern | None:
    normalized = normalize(text)
    if not normalized:
        return None
    # Padded so that every word, the first and last included, has a space on each side.
    spoken = f" {normalized} "
    others = 0
    for pattern in OTHERS_RULES.select(spoken, gated=gated):
        spoken, count = pattern.subn(_PLACEHOLDER, spoken)
        others += count
    for pattern in HARMLESS_RULES.select(spoken, gated=gated):
        spoken = pattern.sub(_PLACEHOLDER, spoken)
    for kind, rules in ((SUICIDE, SUICIDE_RULES), (SELF_HARM, SELF_HARM_RULES)):
        for pattern in rules.select(spoken, gated=gated):
            if match := pattern.search(spoken):
                # named by its set and place, so a log can say which rule fired
                rule = f"{RULES}: {kind} rule {rules.patterns.index(pattern) + 1}"
                return Concern(kind, match.group()[1:], fired=rule)
    if others:
        for pattern in ECHO_RULES.select(spoken, gated=gated):
            if match := pattern.search(spoken):
                rule = f"{RULES}: echo rule {ECHO_RULES.patterns.index(pattern) + 1}"
                return Concern(SUICIDE, match.group()[1:], fired=rule)
    return None

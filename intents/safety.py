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

from dataclasses import dataclass

from .safety_harmless import HARMLESS_RULES
from .safety_normalize import normalize
from .safety_others import ECHO_RULES, OTHERS_RULES
from .safety_self_harm import SELF_HARM_RULES
from .safety_suicide import SUICIDE_RULES

__all__ = ["KINDS", "SELF_HARM", "SUICIDE", "Concern", "detect_crisis", "normalize"]

SUICIDE = "suicide"
SELF_HARM = "self_harm"
KINDS: tuple[str, ...] = (SUICIDE, SELF_HARM)


@dataclass(frozen=True)
class Concern:
    """Why an utterance looks like a crisis."""

    kind: str  # one of KINDS
    matched: str  # the normalized phrase that matched, for tests and debugging; never logged


_PLACEHOLDER = " ~"  # keeps the space the match began with; no pattern matches "~"


def detect_crisis(text: str) -> Concern | None:
    """A ``Concern`` if ``text`` expresses thoughts of suicide or self-harm, else ``None``.

    Pure and fast; never raises for any ``str``.
    """
    return _detect(text, gated=True)


def detect_ungated(text: str) -> Concern | None:
    """``detect_crisis`` trying every rule: the reference the cue gate is tested against."""
    return _detect(text, gated=False)


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
                return Concern(kind, match.group()[1:])
    if others:
        for pattern in ECHO_RULES.select(spoken, gated=gated):
            if match := pattern.search(spoken):
                return Concern(SUICIDE, match.group()[1:])
    return None

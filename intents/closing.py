"""An utterance made only of closing words ("enough stop", "log off", "night then") ends the
reflection by rule: short sign-offs share too few words with the examples for the models.
So do the stock phrases of leaving ("i'll leave it at that", "log out", "finished for
today"), whose words alone ("leave", "out", "log") mean other things elsewhere.
"""

from __future__ import annotations

import re

# What a sign-off is made of: the closing words themselves, and glue around them.
_CLOSING = frozenset(
    """
stop exit quit bye goodbye goodnight night wrap finished done enough end close off
silence concludes
""".split()
)
_GLUE = frozenset(
    """
now and save log that's that is it a on for today tonight the i i'm i've have am we we're
all here thanks thank you please okay ok so good sessionmate assistant then just
session recording book
""".split()
)
MAX_WORDS = 6
# A stock phrase of leaving carries more glue: "okay i'm going to leave it there for today".
MAX_PHRASE_WORDS = 10
# Phrases that close whatever glue surrounds them; "leave that out" (undo) is not one.
_CLOSING_PHRASE = re.compile(
    r"\b(?:log(?:ging)? (?:out|off)|sign(?:ing)? (?:out|off)|"
    r"leave (?:it|things) (?:there|at that|here)|call it a (?:day|night)|"
    r"(?:stop|end|wrap (?:it |things )?up) (?:there|here|at that)|"
    r"finish(?:ed|ing)? (?:up )?for (?:today|now|tonight|the day)|"
    # The hedged last word: "i think that's maybe everything", "that's about it for now".
    r"that(?:'s| is) (?:maybe |probably |about |pretty much |just )?(?:everything|all|it)"
    r"(?: for (?:today|now|tonight))?$|"
    r"that(?:'s| about| just| pretty much)? (?:does it|covers it|wraps (?:it|things|us) up)"
    r"(?: for (?:today|now|tonight))?$|"
    # Out of energy for the session, not for life: only with the evening named.
    r"(?:can't|cannot) (?:do|manage|say) any ?more (?:tonight|today|for (?:today|tonight|now)))\b"
)
_PHRASE_GLUE = _GLUE | frozenset(
    "i'll i will let's lets let us we can can gonna going to think guess yeah well maybe "
    "probably".split()
)


def closing_only(words: list[str]) -> bool:
    """True when every word is a closing word or glue, and one of them closes."""
    if not 0 < len(words) <= MAX_PHRASE_WORDS:
        return False
    if (
        len(words) <= MAX_WORDS
        and bool(_CLOSING & set(words))
        and all(w in _CLOSING or w in _GLUE for w in words)
    ):
        return True
    joined = " ".join(words)
    m = _CLOSING_PHRASE.search(joined)
    rest = (joined[: m.start()] + " " + joined[m.end() :]).split() if m else []
    return m is not None and all(w in _PHRASE_GLUE or w in _CLOSING for w in rest)

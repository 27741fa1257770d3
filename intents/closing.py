"""An utterance made only of closing words ("enough stop", "log off", "night then") ends the
reflection by rule: short sign-offs share too few words with the examples for the models.
"""

from __future__ import annotations

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


def closing_only(words: list[str]) -> bool:
    """True when every word is a closing word or glue, and one of them closes."""
    return (
        0 < len(words) <= MAX_WORDS
        and bool(_CLOSING & set(words))
        and all(w in _CLOSING or w in _GLUE for w in words)
    )

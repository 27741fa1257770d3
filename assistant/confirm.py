"""Reading short spoken answers to the assistant's own questions: yes/no, and a kind.

The words are in intents/data/templates/yes_no.txt, kinds.txt and kind_denied.txt.
"""

from __future__ import annotations

from intents.language import language, vosk_grammar

# What the assistant may listen for after "Should I keep that as a note?".
CONFIRM_GRAMMAR = vosk_grammar("yes_no", "kinds")


def yes_or_no(text: str) -> bool | None:
    """True for yes, False for no, None when it is neither or both."""
    said = language().labels_in("yes_no", text) & {"yes", "no"}  # "other" means neither
    if len(said) != 1:
        return None
    return said == {"yes"}


def kind_named(text: str) -> str | None:
    """The one kind a reply names ("a question", "make it homework"), else None."""
    named = language().labels_in("kinds", text)
    named -= {m.slots["kinds"] for m in language().matches_in("kind_denied", text)}
    return named.pop() if len(named) == 1 else None

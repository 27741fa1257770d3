"""The words for each thing the handlers did: what is printed and what is said. Pure.

The one place this wording lives: the reflection loop, the typed commands and the Voice
(which keeps the fixed phrases rendered as audio) all read it here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from intents.messages import (
    EndReflection,
    Filed,
    KeptKind,
    NothingToUndo,
    Outcome,
    ReadAgenda,
    Refiled,
    ReportHomework,
    StoredItem,
    Undone,
)

KIND_PHRASES = {
    "note": "a note",
    "question": "a question",
    "homework": "homework",
    "need": "a need",
}
# Counted in a list of several ("a note and a homework").
LISTED_KINDS = {
    "note": "a note",
    "question": "a question",
    "homework": "a homework",
    "need": "a need",
}
# What the person hears after one reflection is filed (short: it interrupts their flow).
SPOKEN_SAVED = {
    "note": "Note saved.",
    "question": "Question saved.",
    "homework": "Homework saved.",
    "need": "Need saved.",
}
FLAGGED = "  (unsure: flagged for review)"
WHICH_KIND = "Which kind: a note, a question, homework, or a need?"
LEFT_FLAGGED = "I'll keep it flagged, so you can check it later."
NOTHING_TO_UNDO = "There is nothing to undo."


def keep_as_question(kind: str) -> str:
    return f"Should I keep that as {KIND_PHRASES[kind]}?"


def left_flagged_line(item: StoredItem) -> str:
    return f"  left flagged for review: {item.kind} #{item.item_id}"


def spoken_list(kinds: Sequence[str]) -> str:
    """ "a note", "a note and a homework", "a note, a question and a need"."""
    phrases = [LISTED_KINDS[k] for k in kinds]
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def saved_line(item: StoredItem) -> str:
    """ "Saved as note #3: ..." (the typed commands)."""
    return f"Saved as {item.kind} #{item.item_id}: {item.text}"


def heard_line(item: StoredItem) -> str:
    """ "note #3: ..." under what was just said, flagged when the kind was a guess."""
    return f"{item.kind} #{item.item_id}: {item.text}{FLAGGED if item.needs_review else ''}"


def printed(outcome: Outcome) -> str:
    match outcome:
        case Filed(items):
            return "\n".join(saved_line(i) + (FLAGGED if i.needs_review else "") for i in items)
        case Undone(items) if len(items) == 1:
            return f"Removed {items[0].kind} #{items[0].item_id}: {items[0].text}"
        case Undone(items):
            return "Removed " + ", ".join(f"{i.kind} #{i.item_id}" for i in items)
        case NothingToUndo():
            return "Nothing to undo."
        case Refiled(item_id, kind):
            return f"  refiled #{item_id} as {kind}"
        case KeptKind(item_id, kind):
            return f"  kept as {kind} #{item_id}"
        case ReadAgenda():
            return "Reading your agenda."
        case ReportHomework():
            return "Your homework:"
        case EndReflection():
            return "Done. Everything is saved."
        case _:
            assert_never(outcome)  # a new Outcome needs its words here (mypy checks)


def spoken(outcome: Outcome) -> str:
    match outcome:
        case Filed(items) if len(items) == 1:
            return SPOKEN_SAVED[items[0].kind]
        case Filed(items):
            return f"Saved {spoken_list([i.kind for i in items])}."
        case Undone(items) if len(items) == 1:
            return f"Removed that {items[0].kind}."
        case Undone(items):
            return f"Removed {spoken_list([i.kind for i in items])}."
        case NothingToUndo():
            return NOTHING_TO_UNDO
        case Refiled(_, kind):
            return f"Filed as {KIND_PHRASES[kind]}."
        case KeptKind(_, kind):
            return f"Kept as {KIND_PHRASES[kind]}."
        case ReadAgenda():
            return "Here is your agenda."
        case ReportHomework():
            return "Here is your homework."
        case EndReflection():
            return "Okay. Everything is saved."
        case _:
            assert_never(outcome)


# What is said that never holds the person's words: safe to keep rendered as audio.
FIXED_PHRASES = frozenset(
    [WHICH_KIND, LEFT_FLAGGED, NOTHING_TO_UNDO]
    + list(SPOKEN_SAVED.values())
    + [keep_as_question(kind) for kind in KIND_PHRASES]
    + [spoken(KeptKind(0, kind)) for kind in KIND_PHRASES]
    + [spoken(Refiled(0, kind)) for kind in KIND_PHRASES]
    + [f"Removed that {kind}." for kind in KIND_PHRASES]
)

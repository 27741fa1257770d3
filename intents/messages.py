"""What flows along an utterance's path, one small frozen type per step.

    Ear --Heard--> loop --Intent--> handlers --an Outcome--> loop --words--> Voice

`Heard` is what the Ear hands over; `intents.intent.Intent` is what was understood; each
Outcome says what the handlers did, with the data the loop needs to answer. The words
for each Outcome live in `assistant/replies.py`, never here: these carry data only, so
nothing along the path parses our own text back.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heard:
    """One utterance as the application needs it."""

    text: str
    confidence: float | None = None  # the recognizer's, when there is one
    start: float | None = None  # seconds from the start of the stream
    end: float | None = None


@dataclass(frozen=True)
class StoredItem:
    """An item as it was stored (or as it was just before it was removed)."""

    item_id: int
    kind: str  # note | question | homework | need
    text: str
    needs_review: bool = False  # filed on an unsure guess


@dataclass(frozen=True)
class Filed:
    """One utterance stored: one item, or every item it held, in spoken order."""

    items: tuple[StoredItem, ...]

    @property
    def item_ids(self) -> list[int]:
        return [item.item_id for item in self.items]


@dataclass(frozen=True)
class Undone:
    """What "scratch that" removed: the last item, or every item the last utterance held."""

    items: tuple[StoredItem, ...]

    @property
    def item_ids(self) -> list[int]:
        return [item.item_id for item in self.items]


@dataclass(frozen=True)
class NothingToUndo:
    """ "Scratch that" with nothing (in this conversation) left to remove."""


@dataclass(frozen=True)
class Refiled:
    """An item filed under another kind ("make that a question", or an answered check)."""

    item_id: int
    kind: str


@dataclass(frozen=True)
class KeptKind:
    """The person confirmed the guessed kind: the item is no longer flagged."""

    item_id: int
    kind: str


@dataclass(frozen=True)
class ReadAgenda:
    """ "Read me my agenda": the loop reads it aloud."""


@dataclass(frozen=True)
class ReportHomework:
    """ "What's my homework": the loop reads the homework's state aloud."""


@dataclass(frozen=True)
class EndReflection:
    """ "That's all": everything is saved and the loop ends."""


# Every answer the handlers give; the loop matches on the type.
Outcome = (
    Filed
    | Undone
    | NothingToUndo
    | Refiled
    | KeptKind
    | ReadAgenda
    | ReportHomework
    | EndReflection
)

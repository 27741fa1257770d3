"""Every item one utterance holds, stored together and undone together.

"we talked about my dad and she wants me to write him a letter" stores a note and a
homework, each with its own clean text and the whole raw transcript; the confirmation names
them all ("Saved a note and a homework."), and "scratch that" right after removes both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from intents.handlers import Reply, file_reflection
from intents.intent import Intent
from storage.items import delete_item, get_item

ARTICLES = {"note": "a note", "question": "a question", "homework": "a homework", "need": "a need"}


def spoken_list(kinds: Sequence[str]) -> str:
    """ "a note", "a note and a homework", "a note, a question and a need"."""
    phrases = [ARTICLES[k] for k in kinds]
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


@dataclass(frozen=True)
class Filed:
    replies: tuple[Reply, ...]  # one per stored item, in spoken order
    text: str  # printed
    spoken: str  # said aloud

    @property
    def item_ids(self) -> list[int]:
        return [r.item_id for r in self.replies if r.item_id is not None]


def file_items(
    session: Session,
    items: Sequence[Intent],
    *,
    transcript: str,
    source: str,
    review_threshold: float,
    appointment_id: int | None = None,
) -> Filed:
    """Store each item with its clean body; every one keeps the raw transcript."""
    replies = tuple(
        file_reflection(
            session,
            item.label,
            item,
            transcript=transcript,
            source=source,
            needs_review=item.confidence < review_threshold,
            appointment_id=appointment_id,
        )
        for item in items
    )
    kinds = [r.kind for r in replies if r.kind is not None]
    lines = [r.text + ("  (unsure: flagged for review)" if r.needs_review else "") for r in replies]
    spoken = f"Saved {spoken_list(kinds)}."
    return Filed(replies, "\n".join(lines), spoken)


def undo_items(session: Session, item_ids: Sequence[int]) -> Reply:
    """Remove every item one utterance stored; says which kinds went."""
    kinds: list[str] = []
    for item_id in item_ids:
        kinds.append(get_item(session, item_id).kind)
        delete_item(session, item_id)
    listed = ", ".join(f"{k} #{i}" for k, i in zip(kinds, item_ids, strict=True))
    return Reply(
        "undone",
        f"Removed {listed}",
        f"Removed {spoken_list(kinds)}.",
        item_ids[-1] if item_ids else None,
        kinds[-1] if kinds else None,
    )

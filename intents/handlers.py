"""Turning what was understood into stored items or carried-out commands.

Each handler runs inside the caller's session and answers with an Outcome
(`intents.messages`) that says what it did; the caller commits at once, so a crash
loses at most the utterance being spoken. Commands that need the application (reading
the agenda aloud, ending the loop) come back as an Outcome the loop acts on. One
utterance may hold several items ("we talked about my dad and she wants me to write
him a letter"): each is stored with its own clean text and the whole raw transcript,
and "scratch that" right after removes them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from intents.intent import CMD_AGENDA, CMD_DONE, CMD_HOMEWORK_STATUS, CMD_UNDO, REFLECTIONS, Intent
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
from storage.item_edits import keep_item, refile_item
from storage.items import add_item, delete_item, get_item, newest_item

COMMAND_OUTCOMES: dict[str, Outcome] = {
    CMD_AGENDA: ReadAgenda(),
    CMD_HOMEWORK_STATUS: ReportHomework(),
    CMD_DONE: EndReflection(),
}


def file_reflection(
    session: Session,
    kind: str,
    intent: Intent,
    *,
    transcript: str,
    source: str,
    needs_review: bool,
    appointment_id: int | None = None,
    confidence: float | None = None,
) -> Filed:
    item = add_item(
        session,
        kind,
        intent.body or transcript,
        transcript=transcript,
        confidence=intent.confidence if confidence is None else confidence,
        source=source,
        needs_review=needs_review,
        appointment_id=appointment_id,
    )
    return Filed((StoredItem(item.id, kind, item.text, needs_review),))


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
    stored = tuple(
        stored
        for item in items
        for stored in file_reflection(
            session,
            item.label,
            item,
            transcript=transcript,
            source=source,
            needs_review=item.confidence < review_threshold,
            appointment_id=appointment_id,
        ).items
    )
    return Filed(stored)


def undo_last(session: Session, since: datetime | None = None) -> Undone | NothingToUndo:
    """Remove the newest item (only one filed at or after `since`, when given)."""
    item = newest_item(session, since=since)
    if item is None:
        return NothingToUndo()
    return undo_items(session, [item.id])


def undo_items(session: Session, item_ids: Sequence[int]) -> Undone:
    """Remove every item one utterance stored."""
    removed = []
    for item_id in item_ids:
        item = get_item(session, item_id)
        removed.append(StoredItem(item.id, item.kind, item.text, item.needs_review))
        delete_item(session, item_id)
    return Undone(tuple(removed))


def refile(session: Session, item_id: int, kind: str) -> Refiled:
    """ "Make that a question", or a kind named in answer to "should I keep that as ...?"."""
    refile_item(session, item_id, kind)
    return Refiled(item_id, kind)


def keep_kind(session: Session, item_id: int) -> KeptKind:
    """The guessed kind was right: the item is no longer flagged for review."""
    return KeptKind(item_id, keep_item(session, item_id).kind)


def handle(
    session: Session,
    intent: Intent,
    *,
    transcript: str,
    source: str,
    review_threshold: float,
    since: datetime | None = None,
    appointment_id: int | None = None,
) -> Outcome:
    """Store a reflection (flagged for review when unsure) or carry out a command."""
    if intent.label in REFLECTIONS:
        return file_reflection(
            session,
            intent.label,
            intent,
            transcript=transcript,
            source=source,
            needs_review=intent.confidence < review_threshold,
            appointment_id=appointment_id,
        )
    if intent.label == CMD_UNDO:
        return undo_last(session, since)
    return COMMAND_OUTCOMES[intent.label]

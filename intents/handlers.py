"""Turning an intent into a stored item or a carried-out command, with a short reply.

Each call runs inside the caller's session; the caller commits at once, so a crash
loses at most the utterance being spoken. Commands that need the application
(reading the agenda aloud, ending the loop) come back as a Reply with that action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intents.intent import (
    CMD_AGENDA,
    CMD_DONE,
    CMD_HOMEWORK_STATUS,
    CMD_UNDO,
    REFLECTIONS,
    Intent,
)
from storage.items import add_item, delete_item
from storage.tables import Item

# What the person hears after each reflection is filed (short: it interrupts their flow).
SPOKEN_SAVED = {
    "note": "Note saved.",
    "question": "Question saved.",
    "homework": "Homework saved.",
    "need": "Need saved.",
}


@dataclass(frozen=True)
class Reply:
    action: str  # saved | undone | nothing_to_undo | agenda | homework_status | done
    text: str  # printed
    spoken: str  # said aloud
    item_id: int | None = None
    kind: str | None = None
    needs_review: bool = False


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
) -> Reply:
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
    text = f"Saved as {kind} #{item.id}: {item.text}"
    return Reply("saved", text, SPOKEN_SAVED[kind], item.id, kind, needs_review)


def undo_last(session: Session, since: datetime | None = None) -> Reply:
    """Remove the newest item (only one filed at or after `since`, when given)."""
    query = select(Item).order_by(Item.created_at.desc(), Item.id.desc())
    if since is not None:
        query = query.where(Item.created_at >= since)
    item = session.scalars(query).first()
    if item is None:
        return Reply("nothing_to_undo", "Nothing to undo.", "There is nothing to undo.")
    kind, item_id, text = item.kind, item.id, item.text
    delete_item(session, item_id)
    return Reply(
        "undone", f"Removed {kind} #{item_id}: {text}", f"Removed that {kind}.", item_id, kind
    )


COMMAND_ACTIONS = {
    CMD_AGENDA: Reply("agenda", "Reading your agenda.", "Here is your agenda."),
    CMD_HOMEWORK_STATUS: Reply("homework_status", "Your homework:", "Here is your homework."),
    CMD_DONE: Reply("done", "Done. Everything is saved.", "Okay. Everything is saved."),
}


def handle(
    session: Session,
    intent: Intent,
    *,
    transcript: str,
    source: str,
    review_threshold: float,
    since: datetime | None = None,
    appointment_id: int | None = None,
) -> Reply:
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
    return COMMAND_ACTIONS[intent.label]

"""Filing a typed reflection: the one code path behind `sessionmate add` and the web page.

The classifier's guess decides the kind unless the person chose one; a guess below the
review threshold, or a sentence that reads like a command, is kept and flagged for review.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from intents import Intent, classify
from intents.handlers import file_reflection
from intents.messages import Filed


@dataclass(frozen=True)
class Filing:
    kind: str
    needs_review: bool
    confidence: float


def decide(text: str, kind: str | None, review_threshold: float) -> tuple[Intent, Filing]:
    """(the classifier's intent, how to file it)."""
    intent = classify(text)
    if kind is not None:
        return intent, Filing(kind, False, 1.0)
    if intent.is_command:
        # Typed text is always kept: a command-like sentence is filed as a note to check.
        return intent, Filing("note", True, intent.confidence)
    return intent, Filing(intent.label, intent.confidence < review_threshold, intent.confidence)


def file_typed(session: Session, text: str, intent: Intent, filing: Filing) -> Filed:
    return file_reflection(
        session,
        filing.kind,
        intent,
        transcript=text,
        source="typed",
        needs_review=filing.needs_review,
        confidence=filing.confidence,
    )

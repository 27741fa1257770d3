"""The person's own safety plan (Stanley and Brown's Safety Planning Intervention).

Six steps, in the order a plan is made and used: warning signs, things I can do on my own,
people and places that take my mind off it, people I can ask for help, professionals and
crisis lines, making my surroundings safe. Each step holds the person's own lines.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError, NotFoundError
from storage.tables import SAFETY_PLAN_STEPS, SafetyPlanEntry

__all__ = ["STEPS", "SafetyPlanEntry", "add_entry", "entries", "remove_entry"]

STEPS: tuple[str, ...] = SAFETY_PLAN_STEPS
MAX_LENGTH = 500


def add_entry(session: Session, step: str, text: str) -> int:
    """Add one line under ``step``; returns its id."""
    if step not in STEPS:
        raise InvalidValueError("safety plan step", step, STEPS)
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidValueError("safety plan text", text, ("a few words",))
    if len(cleaned) > MAX_LENGTH:
        raise InvalidValueError(
            "safety plan text", cleaned[:40] + "...", (f"at most {MAX_LENGTH} characters",)
        )
    entry = SafetyPlanEntry(step=step, text=cleaned)
    session.add(entry)
    session.flush()
    return entry.id


def entries(session: Session, step: str | None = None) -> list[SafetyPlanEntry]:
    """The plan's lines in step order, oldest first within a step (one step if given)."""
    if step is not None and step not in STEPS:
        raise InvalidValueError("safety plan step", step, STEPS)
    query = select(SafetyPlanEntry).order_by(SafetyPlanEntry.id)
    if step is not None:
        query = query.where(SafetyPlanEntry.step == step)
    rows = list(session.scalars(query))
    return sorted(rows, key=lambda entry: STEPS.index(entry.step))


def remove_entry(session: Session, entry_id: int) -> None:
    """Remove one line by id."""
    entry = session.get(SafetyPlanEntry, entry_id)
    if entry is None:
        raise NotFoundError("safety plan entry", entry_id)
    session.delete(entry)
    session.flush()

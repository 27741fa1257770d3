"""The safety plan in words: each step's title and question, and the plan read back.

After Stanley and Brown's Safety Planning Intervention. Storage is ``storage.safety_plan``;
this module says it (the CLI walk-through, ``support`` and the crisis answers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

# step -> (title, the question that walks the person through it)
STEP_WORDS: dict[str, tuple[str, str]] = {
    "warning-signs": (
        "Warning signs",
        "What thoughts, moods or situations tell you a crisis may be coming?",
    ),
    "coping": (
        "Things I can do on my own",
        "What can you do on your own to take your mind off it (a walk, music, a shower)?",
    ),
    "distractions": (
        "People and places that take my mind off it",
        "Which people or places help you feel better for a while?",
    ),
    "people": (
        "People I can ask for help",
        "Who can you ask for help? A name and a phone number each.",
    ),
    "professionals": (
        "Professionals and crisis lines",
        "Which professionals or crisis lines can you reach, and how?",
    ),
    "environment": (
        "Making my surroundings safe",
        "How can you make where you are safer (put things away, give them to someone)?",
    ),
}


class Entry(Protocol):
    id: int
    step: str
    text: str


def plan_lines(entries: Sequence[Entry], steps: Sequence[str] | None = None) -> list[str]:
    """The plan read back, step by step, only the steps that hold something."""
    lines: list[str] = []
    for step, (title, _question) in STEP_WORDS.items():
        if steps is not None and step not in steps:
            continue
        texts = [entry.text for entry in entries if entry.step == step]
        if texts:
            lines.append(f"{title}: {'; '.join(texts)}.")
    return lines


def read_plan(database: Callable[[], Any] | Any) -> list[Entry]:
    """The person's plan, or nothing where the database cannot be opened or read: the crisis
    contacts must never wait on it. ``database``: a storage Database, or a function opening one
    (``lambda: app.database``, which may fail for a forgotten passphrase)."""
    from assistant.errors import AssistantError
    from storage import StorageError
    from storage.safety_plan import entries

    try:
        if callable(database):
            database = database()
        with database.session() as session:
            found: list[Entry] = list(entries(session))
            for entry in found:  # loaded now: the session closes
                _ = entry.text
            session.expunge_all()
            return found
    except (StorageError, AssistantError):
        return []

"""Sort what a person says after a session: reflections, commands and check-in answers.

``classify(text)`` returns an ``Intent`` whose label is one of ``LABELS``;
``classify_answer(text)`` one of ``ANSWER_LABELS``; ``split_items(text)`` the items one
utterance holds, in spoken order. All are pure and never raise.
"""

from .classify import classify, classify_answer
from .intent import (
    ANSWER_DONE,
    ANSWER_LABELS,
    ANSWER_NOT_DONE,
    ANSWER_PARTIAL,
    CMD_AGENDA,
    CMD_DONE,
    CMD_HOMEWORK_STATUS,
    CMD_UNDO,
    COMMANDS,
    HOMEWORK,
    LABELS,
    NEED,
    NOTE,
    QUESTION,
    REFLECTIONS,
    Intent,
)
from .split import split_items

__all__ = [
    "ANSWER_DONE",
    "ANSWER_LABELS",
    "ANSWER_NOT_DONE",
    "ANSWER_PARTIAL",
    "CMD_AGENDA",
    "CMD_DONE",
    "CMD_HOMEWORK_STATUS",
    "CMD_UNDO",
    "COMMANDS",
    "HOMEWORK",
    "LABELS",
    "NEED",
    "NOTE",
    "QUESTION",
    "REFLECTIONS",
    "Intent",
    "classify",
    "classify_answer",
    "split_items",
]

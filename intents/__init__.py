"""Sort what a person says after a session: reflections, commands and check-in answers.

``classify(text)`` returns an ``Intent`` whose label is one of ``LABELS``;
``classify_answer(text)`` one of ``ANSWER_LABELS``. Both are pure and never raise.
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
]

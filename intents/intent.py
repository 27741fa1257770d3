"""What the classifier returns, and the labels it may return."""

from __future__ import annotations

from dataclasses import dataclass

NOTE = "note"
QUESTION = "question"
HOMEWORK = "homework"
NEED = "need"
CMD_AGENDA = "cmd_agenda"
CMD_HOMEWORK_STATUS = "cmd_homework_status"
CMD_UNDO = "cmd_undo"
CMD_DONE = "cmd_done"

ANSWER_DONE = "answer_done"
ANSWER_PARTIAL = "answer_partial"
ANSWER_NOT_DONE = "answer_not_done"

REFLECTIONS: tuple[str, ...] = (NOTE, QUESTION, HOMEWORK, NEED)
COMMANDS: tuple[str, ...] = (CMD_AGENDA, CMD_HOMEWORK_STATUS, CMD_UNDO, CMD_DONE)
LABELS: tuple[str, ...] = REFLECTIONS + COMMANDS
ANSWER_LABELS: tuple[str, ...] = (ANSWER_DONE, ANSWER_PARTIAL, ANSWER_NOT_DONE)


@dataclass(frozen=True)
class Intent:
    """One classified utterance."""

    label: str  # one of LABELS (classify) or ANSWER_LABELS (classify_answer)
    body: str  # the text to file: the utterance minus an explicit lead phrase and fillers
    confidence: float  # 0..1: the chance the label is right; below 0.8 it is flagged

    @property
    def is_command(self) -> bool:
        return self.label in COMMANDS

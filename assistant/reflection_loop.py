"""The reflection loop: each utterance is understood, stored at once, and answered.

Voice commands act inside the flow ("scratch that", "read me my agenda", "what's my
homework", "that's all"), and so do corrections of the last item ("make that a
question"): the loop alone knows what "that" was. An item the
classifier is unsure of is filed with its best guess and flagged; when someone is
listening, the assistant asks to confirm it. The path and its messages are drawn in
docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from assistant.confirm import CONFIRM_GRAMMAR, kind_named, yes_or_no
from assistant.conversation import Ear, Voice
from assistant.crisis import crisis_concern
from assistant.refile_words import refile_request
from assistant.replies import (
    LEFT_FLAGGED,
    WHICH_KIND,
    heard_line,
    keep_as_question,
    left_flagged_line,
    printed,
    spoken,
)
from assistant.settings import Settings
from intents.intent import CMD_DONE, CMD_UNDO, NOTE, Intent
from intents.messages import (
    EndReflection,
    Filed,
    Heard,
    KeptKind,
    NothingToUndo,
    Outcome,
    ReadAgenda,
    Refiled,
    ReportHomework,
    StoredItem,
    Undone,
)
from storage import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from intents.safety import Concern

T = TypeVar("T")

# How long to wait for the answer to the assistant's own question before giving up.
ANSWER_TIMEOUT_SECONDS = 8.0


@dataclass
class ReflectionOutcome:
    saved: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    ended_by: str = "end_of_input"  # done | end_of_input | silence


class Reflection:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        ear: Ear,
        voice: Voice,
        show: Callable[[str], None],
        *,
        dialogs: bool = True,
        silence_timeout: float | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
        appointment_id: int | None = None,
    ) -> None:
        self.database, self.settings = database, settings
        self.ear, self.voice, self.show = ear, voice, show
        # Confirmation questions make sense only if the person hears them and can answer.
        self.dialogs = dialogs and voice.interactive
        self.silence_timeout = silence_timeout
        self.now, self.sleep = now, sleep
        self.appointment_id = appointment_id  # the session these reflections come from
        self.started_at = now()
        self.outcome = ReflectionOutcome()
        # What the last utterance stored when it held several items: "scratch that" removes all.
        self.last_stored: list[int] = []

    def run(self) -> ReflectionOutcome:
        from intents.classify import understanding_reduced

        if (reason := understanding_reduced()) is not None:
            # Said once, up front: sorting still works, by the words alone.
            self.show(f"Understanding is reduced ({reason}): sorting by the words alone.")
        while True:
            heard = self.ear.listen(self.silence_timeout)
            if heard is None:
                self.outcome.ended_by = "silence" if self.silence_timeout else "end_of_input"
                return self.outcome
            if heard.text.strip() and not self.on_utterance(heard):
                self.outcome.ended_by = "done"
                return self.outcome

    def on_utterance(self, heard: Heard) -> bool:
        """Act on one utterance; False when the person said they are done."""
        from intents import split_items

        refile_kind = refile_request(heard.text)
        if refile_kind is not None and self.outcome.saved:
            return self._answer(self._refile(self.outcome.saved[-1], refile_kind, heard.text))
        items = split_items(heard.text)
        if len(items) == 1 and items[0].is_command and crisis_concern(heard.text) is not None:
            # "that's all, i can't go on": words of crisis are never lost in a command. Kept
            # as a note (flagged: the kind is a guess) and answered; the command waits.
            items = [Intent(NOTE, heard.text.strip(), 0.0)]
        keeps_then_ends = _says_more_than_goodbye(items)
        if keeps_then_ends:
            # "today i understood i'm angry at my father that's it" heard as "i'm done": the
            # words are kept as a note (flagged: the kind is a guess), then the talk ends.
            items = [Intent(NOTE, heard.text.strip(), 0.0)]
        outcome = self._save(lambda session: self._handle(session, items, heard.text), heard.text)
        # Committed: from here on a crash cannot lose this utterance.
        self._remember(outcome)
        if isinstance(outcome, Filed) and (concern := crisis_concern(heard.text)) is not None:
            # Support comes before anything routine: no "Note saved.", no kind check.
            self._show_filed(outcome)
            self._offer_support(_holding_crisis(outcome, items), concern)
            return True
        if keeps_then_ends:
            self._answer(outcome)
            return self._answer(EndReflection())
        return self._answer(outcome)

    def _handle(self, session: Session, items: list[Intent], text: str) -> Outcome:
        """The handler for what was understood: several items, "scratch that", or one."""
        from intents.handlers import file_items, handle, undo_items

        if len(items) > 1:
            return file_items(
                session,
                items,
                transcript=text,
                source="voice",
                review_threshold=self.settings.review_threshold,
                appointment_id=self.appointment_id,
            )
        if items[0].label == CMD_UNDO and len(self.last_stored) > 1:
            return undo_items(session, self.last_stored)
        return handle(
            session,
            items[0],
            transcript=text,
            source="voice",
            review_threshold=self.settings.review_threshold,
            since=self.started_at,
            appointment_id=self.appointment_id,
        )

    def _refile(self, item_id: int, kind: str, text: str) -> Refiled:
        from intents.handlers import refile

        # Through the same retries as every save: a locked database must not end the talk.
        return self._save(lambda session: refile(session, item_id, kind), text)

    def _remember(self, outcome: Outcome) -> None:
        """Keep count of what this conversation stored; "scratch that" removes the last."""
        self.last_stored = []
        if isinstance(outcome, Filed):
            self.outcome.saved.extend(outcome.item_ids)
            self.last_stored = outcome.item_ids
        elif isinstance(outcome, Undone):
            for item_id in outcome.item_ids:
                self.outcome.removed.append(item_id)
                if item_id in self.outcome.saved:
                    self.outcome.saved.remove(item_id)

    def _show_filed(self, filed: Filed) -> None:
        # One item shows under what was said; several are each named in full.
        self.show(heard_line(filed.items[0]) if len(filed.items) == 1 else printed(filed))

    def _save(self, action: Callable[[Session], T], text: str) -> T:
        """Store at once; through a locked database or a full disk, keep trying and say so."""
        from assistant.retry import write_with_retry

        reported: list[bool] = []

        def waiting(err: Exception) -> None:
            if not reported:
                reported.append(True)
                self.show(f"Could not save yet: {err}. Trying again; Ctrl-C gives up.")

        try:
            return write_with_retry(self.database, action, waiting, sleep=self.sleep)
        except KeyboardInterrupt:
            self.show(f"Not saved: {text}")  # the last place it exists: on the screen
            raise

    def _offer_support(self, item_id: int | None, concern: Concern) -> None:
        """Urgent: the contacts, then "are you safe right now?" where someone can answer.
        Concern: the gentler answer. Both read the person's own safety plan."""
        from assistant.crisis import (
            after_safe_answer,
            crisis_message,
            record_concern,
            urgent_opening,
        )
        from assistant.safety_plan_words import read_plan

        record_concern(self.database, item_id, concern)
        plan = read_plan(self.database)
        if concern.level != "urgent" or not self.dialogs:
            self._say_and_show(crisis_message(self.settings, plan=plan, level=concern.level))
            return
        self._say_and_show(urgent_opening(self.settings))
        answer = self.ear.listen(ANSWER_TIMEOUT_SECONDS)
        safe = yes_or_no(answer.text) if answer else None
        self._say_and_show(after_safe_answer(self.settings, safe, plan))

    def _say_and_show(self, message: list[str]) -> None:
        for line in message:
            self.show(line)
        self.voice.say_all(message)

    def _answer(self, outcome: Outcome) -> bool:
        """Show and say what was done; False when the person is done."""
        match outcome:
            case Filed(items) if len(items) == 1 and items[0].needs_review and self.dialogs:
                self._show_filed(outcome)
                self._confirm_kind(items[0])
            case Filed():
                self._show_filed(outcome)
                self.voice.say(spoken(outcome))
            case ReadAgenda():
                self._read_agenda()
            case ReportHomework():
                self._read_homework()
            case Undone() | NothingToUndo() | Refiled() | KeptKind() | EndReflection():
                self._show_and_say(outcome)
        return not isinstance(outcome, EndReflection)

    def _confirm_kind(self, item: StoredItem) -> None:
        """ "Should I keep that as a question?": yes keeps it, a named kind re-files it."""
        from intents.handlers import keep_kind, refile

        self.voice.say(keep_as_question(item.kind))
        # A closed question: the recognizer listens for yes/no and kind names only. The
        # safe-now question stays open, so whatever a person in crisis says is heard whole.
        answer = self.ear.listen(ANSWER_TIMEOUT_SECONDS, grammar=CONFIRM_GRAMMAR)
        verdict = yes_or_no(answer.text) if answer else None
        named = kind_named(answer.text) if answer else None
        if verdict is True and named in (None, item.kind):
            with self.database.session(write=True) as session:
                kept = keep_kind(session, item.item_id)
            self._show_and_say(kept)
            return
        if verdict is False and named is None:
            self.voice.say(WHICH_KIND)
            answer = self.ear.listen(ANSWER_TIMEOUT_SECONDS, grammar=CONFIRM_GRAMMAR)
            named = kind_named(answer.text) if answer else None
        if named is None:
            self.show(left_flagged_line(item))
            self.voice.say(LEFT_FLAGGED)
            return
        with self.database.session(write=True) as session:
            refiled = refile(session, item.item_id, named)
        self._show_and_say(refiled)

    def _show_and_say(self, outcome: Outcome) -> None:
        self.show(printed(outcome))
        self.voice.say(spoken(outcome))

    def _read_agenda(self) -> None:
        from assistant.dialogs import current_agenda

        agenda = current_agenda(self.database, self.now(), self.settings)
        self.show(agenda.text.rstrip())
        self.voice.say_all(agenda.script)

    def _read_homework(self) -> None:
        from assistant.homework_report import homework_report

        with self.database.session() as session:
            lines, script = homework_report(session, self.settings.zone)
        self.show("\n".join(lines))
        self.voice.say_all(script)


# A sign-off is short ("okay that's me done for tonight"); a line this long that was still
# heard as "i'm done" holds something said before the goodbye, and nothing said is lost.
GOODBYE_MAX_WORDS = 16


def _says_more_than_goodbye(items: list[Intent]) -> bool:
    return (
        len(items) == 1
        and items[0].label == CMD_DONE
        and len(items[0].body.split()) > GOODBYE_MAX_WORDS
    )


def _holding_crisis(filed: Filed, items: list[Intent]) -> int:
    """The item to flag for "Bring up first": the one whose words hold the crisis (the
    first, when only the whole line does)."""
    if len(filed.items) != len(items):
        return filed.item_ids[0]
    return next(
        (
            stored.item_id
            for stored, item in zip(filed.items, items, strict=True)
            if crisis_concern(item.body) is not None
        ),
        filed.item_ids[0],
    )

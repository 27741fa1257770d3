"""The reflection loop: each utterance is classified, stored at once, and answered.

Voice commands act inside the flow ("scratch that", "read me my agenda", "what's my
homework", "that's all"). An item the classifier is unsure of is filed with its best
guess and flagged; when someone is listening, the assistant asks to confirm it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from assistant.confirm import kind_named, yes_or_no
from assistant.conversation import Ear, Heard, Voice
from assistant.crisis import crisis_concern
from assistant.settings import Settings
from intents.handlers import Reply
from intents.intent import NOTE, Intent
from storage import Database

# How long to wait for the answer to the assistant's own question before giving up.
ANSWER_TIMEOUT_SECONDS = 8.0
KIND_PHRASES = {
    "note": "a note",
    "question": "a question",
    "homework": "homework",
    "need": "a need",
}
WHICH_KIND = "Which kind: a note, a question, homework, or a need?"
LEFT_FLAGGED = "I'll keep it flagged, so you can check it later."
# What the loop says that never holds the person's words (cacheable as audio).
FIXED_PHRASES = frozenset(
    [WHICH_KIND, LEFT_FLAGGED, "There is nothing to undo."]
    + [f"Should I keep that as {phrase}?" for phrase in KIND_PHRASES.values()]
    + [f"Kept as {phrase}." for phrase in KIND_PHRASES.values()]
    + [f"Filed as {phrase}." for phrase in KIND_PHRASES.values()]
    + [f"Removed that {kind}." for kind in KIND_PHRASES]
)


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
        from intents.handlers import handle

        if self._refile_last(heard.text):
            return True
        items = split_items(heard.text)
        if len(items) > 1:
            return self._on_items(heard, items)
        intent = items[0]
        if intent.is_command and crisis_concern(heard.text) is not None:
            # "that's all, i can't go on": words of crisis are never lost in a command. Kept
            # as a note (flagged: the kind is a guess) and answered; the command waits.
            intent = Intent(NOTE, heard.text.strip(), 0.0)
        if intent.label == "cmd_undo" and len(self.last_stored) > 1:
            return self._undo_items()
        self.last_stored = []
        reply = self._save(
            lambda session: handle(
                session,
                intent,
                transcript=heard.text,
                source="voice",
                review_threshold=self.settings.review_threshold,
                since=self.started_at,
                appointment_id=self.appointment_id,
            ),
            heard.text,
        )
        # Committed: from here on a crash cannot lose this utterance.
        if reply.action == "saved":
            self.outcome.saved.append(reply.item_id)
            self.last_stored = [reply.item_id]
        concern = crisis_concern(heard.text) if reply.action == "saved" else None
        if concern is not None:
            # Support comes before anything routine: no "Note saved.", no kind check.
            self._respond(reply, confirm=False)
            self._offer_support(reply.item_id, concern)
            return True
        return self._respond(reply)

    def _refile_last(self, text: str) -> bool:
        """ "Make that a question": re-file the last item saved here; True when done."""
        from assistant.refile_words import refile_request

        kind = refile_request(text)
        if kind is None or not self.outcome.saved:
            return False
        from storage.item_edits import refile_item

        item_id = self.outcome.saved[-1]
        # Through the same retries as every save: a locked database must not end the talk.
        self._save(lambda session: refile_item(session, item_id, kind), text)
        self.show(f"  refiled #{item_id} as {kind}")
        self.voice.say(f"Filed as {KIND_PHRASES[kind]}.")
        return True

    def _on_items(self, heard: Heard, items: list) -> bool:
        """Several items in one breath: store them all, name them all, no per-item dialog."""
        from intents.filing import file_items

        filed = self._save(
            lambda session: file_items(
                session,
                items,
                transcript=heard.text,
                source="voice",
                review_threshold=self.settings.review_threshold,
                appointment_id=self.appointment_id,
            ),
            heard.text,
        )
        self.outcome.saved.extend(filed.item_ids)
        self.last_stored = filed.item_ids
        self.show(filed.text)
        if (concern := crisis_concern(heard.text)) is not None:
            # Flag the item that holds it (the first, when only the whole line does).
            flagged = next(
                (
                    ident
                    for ident, item in zip(filed.item_ids, items, strict=True)
                    if crisis_concern(item.body) is not None
                ),
                filed.item_ids[0],
            )
            self._offer_support(flagged, concern)
            return True
        self.voice.say(filed.spoken)
        return True

    def _undo_items(self) -> bool:
        from intents.filing import undo_items

        ids, self.last_stored = self.last_stored, []
        reply = self._save(lambda session: undo_items(session, ids), "scratch that")
        for item_id in ids:
            self.outcome.removed.append(item_id)
            if item_id in self.outcome.saved:
                self.outcome.saved.remove(item_id)
        self.show(reply.text)
        self.voice.say(reply.spoken)
        return True

    def _save(self, action, text: str):
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

    def _offer_support(self, item_id: int | None, concern) -> None:  # noqa: ANN001
        """Urgent: the contacts, then "are you safe right now?" where someone can answer.
        Concern: the gentler answer. Both read the person's own safety plan."""
        from assistant.crisis import (
            after_safe_answer,
            crisis_message,
            record_concern,
            urgent_opening,
        )
        from assistant.safety_plan import read_plan

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

    def _respond(self, reply: Reply, confirm: bool = True) -> bool:
        if reply.action == "saved":
            flag = "  (unsure: flagged for review)" if reply.needs_review else ""
            self.show(f"{reply.kind} #{reply.item_id}: {reply.text.split(': ', 1)[1]}{flag}")
            if not confirm:
                pass
            elif reply.needs_review and self.dialogs:
                self._confirm_kind(reply)
            else:
                self.voice.say(reply.spoken)
        elif reply.action in ("undone", "nothing_to_undo"):
            if reply.item_id is not None:
                self.outcome.removed.append(reply.item_id)
                if reply.item_id in self.outcome.saved:
                    self.outcome.saved.remove(reply.item_id)
            self.show(reply.text)
            self.voice.say(reply.spoken)
        elif reply.action == "agenda":
            self._read_agenda()
        elif reply.action == "homework_status":
            self._read_homework()
        elif reply.action == "done":
            self.show(reply.text)
            self.voice.say(reply.spoken)
            return False
        return True

    def _confirm_kind(self, reply: Reply) -> None:
        from storage.items import refile, set_needs_review

        # Only a saved reflection is confirmed: it has both.
        if reply.item_id is None or reply.kind is None:
            raise ValueError(f"nothing saved to confirm: {reply.action}")

        self.voice.say(f"Should I keep that as {KIND_PHRASES[reply.kind]}?")
        answer = self.ear.listen(ANSWER_TIMEOUT_SECONDS)
        verdict = yes_or_no(answer.text) if answer else None
        named = kind_named(answer.text) if answer else None
        if verdict is True and named in (None, reply.kind):
            with self.database.session(write=True) as session:
                set_needs_review(session, reply.item_id, False)
            self.show(f"  kept as {reply.kind} #{reply.item_id}")
            self.voice.say(f"Kept as {KIND_PHRASES[reply.kind]}.")
            return
        if verdict is False and named is None:
            self.voice.say(WHICH_KIND)
            answer = self.ear.listen(ANSWER_TIMEOUT_SECONDS)
            named = kind_named(answer.text) if answer else None
        if named is None:
            self.show(f"  left flagged for review: {reply.kind} #{reply.item_id}")
            self.voice.say(LEFT_FLAGGED)
            return
        with self.database.session(write=True) as session:
            refile(session, reply.item_id, named)
        self.show(f"  refiled #{reply.item_id} as {named}")
        self.voice.say(f"Filed as {KIND_PHRASES[named]}.")

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

"""The service: APScheduler runs the job definitions; one worker thread holds the dialogs.

- Jobs live in APScheduler's SQLAlchemy job store on the application's own database,
  named by textual reference with ids as arguments, coalesced, with a misfire grace.
- They are rebuilt from the database on start and whenever the schedule change counter
  moves (`check_for_changes`, polled by `serve`): added, replaced or removed so exactly
  the current definitions remain. An unchanged job is left alone, keeping its next run.
- A job only queues a request; the one dialog worker takes them in turn, so the service
  never talks over itself or over the person.
- Runs missed while the service was down: the newest within the grace period fires once
  (APScheduler's coalescing); older ones are recorded in `missed_runs` and mentioned at
  the start of the next conversation.
- The log holds kinds, ids and times only: never what was said or heard.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import jobs
from assistant.conversation import Ear, Voice
from assistant.spoken import count_words
from storage.tables import JOB_KINDS

if TYPE_CHECKING:
    from apscheduler.job import Job

    from assistant.schedule import JobSpec
    from assistant.settings import Settings
    from storage import Database

# A fresh (ear, voice) for one dialog: the microphone is open only while it runs, and
# the voice can mute that same microphone while it speaks.
ConversationFactory = Callable[[], AbstractContextManager[tuple[Ear, Voice]]]

DEFAULT_GRACE_SECONDS = 15 * 60
POST_SESSION_PROMPT = "How did it go? Tell me your notes, questions, homework and needs."
POST_SESSION_SILENCE_SECONDS = 90.0
STOP_WAIT_SECONDS = 10.0
# Enough for a year of daily check-ins missed while switched off.
MAX_MISSED_PER_JOB = 400
MISSED_WORDS = {"checkin": "check-in", "agenda_readout": "agenda reading",
                "post_session": "after-session talk"}
LOG_NAME = "sessionmate.log"

log = logging.getLogger("sessionmate.service")


def utc_now() -> datetime:
    return datetime.now(UTC)


def conversation_of(
    ear_factory: Callable[[], Ear], voice_factory: Callable[[], Voice]
) -> ConversationFactory:
    """A conversation from separate factories; the voice is closed after each dialog."""

    @contextmanager
    def conversation() -> Iterator[tuple[Ear, Voice]]:
        voice = voice_factory()
        try:
            yield ear_factory(), voice
        finally:
            voice.close()

    return conversation


def missed_sentence(kinds: Counter[str]) -> str:
    """Counter({"checkin": 2}) -> "While I was off, I missed two check-ins."."""
    parts = [count_words(kinds[kind], words) for kind, words in MISSED_WORDS.items() if kinds[kind]]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"While I was off, I missed {listed}."


@dataclass(frozen=True)
class DialogRequest:
    kind: str  # one of JOB_KINDS
    target_id: int
    queued_at: datetime

    def __post_init__(self) -> None:
        # A kind we do not know must not quietly become a check-in.
        if self.kind not in JOB_KINDS:
            raise ValueError(f"unknown dialog kind {self.kind!r}; known: {', '.join(JOB_KINDS)}")


class Service:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        conversation: ConversationFactory,
        *,
        clock: Callable[[], datetime] = utc_now,
        grace_seconds: int = DEFAULT_GRACE_SECONDS,
        silence_seconds: float = POST_SESSION_SILENCE_SECONDS,
    ) -> None:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler

        self.database, self.settings, self.conversation = database, settings, conversation
        self.clock, self.grace_seconds, self.silence_seconds = clock, grace_seconds, silence_seconds
        self.scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=database.engine)},
            # Jobs only queue a request: one thread is plenty.
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "misfire_grace_time": grace_seconds,
                          "max_instances": 1},
            timezone=settings.zone,
        )
        self.version: int | None = None
        self._queue: queue.Queue[DialogRequest | None] = queue.Queue()
        self._stopping = threading.Event()
        self._worker = threading.Thread(target=self._work, name="sessionmate-dialogs",
                                        daemon=True)

    # --- lifecycle -------------------------------------------------------------------

    def start(self, paused: bool = False) -> None:
        """Load, check and rebuild the stored jobs, then run them (unless `paused`)."""
        from apscheduler.events import EVENT_JOB_MISSED

        self.scheduler.add_listener(self._on_missed, EVENT_JOB_MISSED)
        # Paused: the stored jobs are loaded but nothing runs until they match the database.
        self.scheduler.start(paused=True)
        version, specs = self._read()
        self._note_missed(specs)
        self._apply(specs)
        self.version = version
        jobs.install(self._enqueue)
        self._worker.start()
        log.info("started with %d jobs", len(self.scheduler.get_jobs()))
        if not paused:
            self.resume()

    def resume(self) -> None:
        self.scheduler.resume()

    def stop(self, wait_seconds: float = STOP_WAIT_SECONDS) -> None:
        """Stop scheduling; requests not yet voiced are recorded as missed."""
        self._stopping.set()
        if self.scheduler.running:
            # shutdown() wakes the loop for one last pass over due jobs that submits to the
            # stopped executor and still moves the job's next run on in the store: a run
            # lost (agronholm/apscheduler#285, #985). Detached first, the store keeps it.
            self.scheduler.pause()
            self.scheduler.remove_jobstore("default", shutdown=False)
            self.scheduler.shutdown(wait=True)
        jobs.install(None)
        pending = []
        while True:
            try:
                request = self._queue.get_nowait()
            except queue.Empty:
                break
            if request is not None:
                pending.append(request)
        self._record_missed((r.kind, r.target_id, r.queued_at) for r in pending)
        self._queue.put(None)
        if self._worker.is_alive():
            # Each answer is committed as it is heard; a dialog cut off here loses at most
            # the utterance under way.
            self._worker.join(wait_seconds)
        log.info("stopped; %d queued dialogs recorded as missed", len(pending))

    # --- jobs ------------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        return self.scheduler.get_jobs()

    def check_for_changes(self) -> bool:
        """Rebuild the jobs if the schedule changed since the last look (one cheap read)."""
        from storage.changes import schedule_version

        with self.database.session() as session:
            if schedule_version(session) == self.version:
                return False
        self.sync()
        return True

    def sync(self) -> None:
        version, specs = self._read()
        self._apply(specs)
        self.version = version

    def _read(self) -> tuple[int, list[JobSpec]]:
        from assistant.schedule import load_job_specs
        from storage.changes import schedule_version

        with self.database.session() as session:
            # One read transaction: the version matches the definitions read with it.
            version = schedule_version(session)
            specs = load_job_specs(
                session,
                lead_minutes=self.settings.readout_lead_minutes,
                grace_seconds=self.grace_seconds,
            )
        return version, specs

    def _apply(self, specs: list[JobSpec]) -> None:
        """Add, replace and remove jobs so that exactly `specs` remain."""
        from apscheduler.jobstores.base import JobLookupError

        now = self.clock()
        current = {job.id: job for job in self.scheduler.get_jobs()}
        keep: set[str] = set()
        changes: Counter[str] = Counter()
        for spec in specs:
            job = current.get(spec.id)
            if job is not None and job.name == spec.name:
                keep.add(spec.id)  # unchanged: keep its next run, even one due after downtime
                continue
            first = spec.trigger.get_next_fire_time(None, now)
            if first is None or first < now:
                continue  # a one-off already past: never fire it late
            self.scheduler.add_job(
                spec.func, spec.trigger, args=spec.args, id=spec.id, name=spec.name,
                misfire_grace_time=spec.grace_seconds, coalesce=True, max_instances=1,
                next_run_time=first, replace_existing=True,
            )
            keep.add(spec.id)
            changes["replaced" if job is not None else "added"] += 1
        for job_id in current.keys() - keep:
            try:
                self.scheduler.remove_job(job_id)
                changes["removed"] += 1
            except JobLookupError:
                pass  # a one-off that has just run and removed itself
        if changes:
            log.info("jobs rebuilt: %s", ", ".join(f"{n} {what}" for what, n in changes.items()))

    # --- missed runs -----------------------------------------------------------------

    def _note_missed(self, specs: list[JobSpec]) -> None:
        """Record runs of unchanged stored jobs that are now past their grace period."""
        now = self.clock()
        wanted = {spec.id: spec for spec in specs}
        missed = []
        for job in self.scheduler.get_jobs():
            spec = wanted.get(job.id)
            if spec is None or job.name != spec.name:
                continue  # the definition changed while down: its old runs are moot
            grace = timedelta(seconds=spec.grace_seconds)
            moment = job.next_run_time
            for _ in range(MAX_MISSED_PER_JOB):
                if moment is None or moment > now:
                    break
                if now - moment > grace:
                    missed.append((spec.kind, spec.target_id, moment))
                moment = job.trigger.get_next_fire_time(moment, now)
        self._record_missed(missed)

    def _on_missed(self, event) -> None:
        """APScheduler found a run too late to make (after a suspend, say)."""
        kind, _, target = event.job_id.partition(":")
        if kind in JOB_KINDS and target.isdigit():
            self._record_missed([(kind, int(target), event.scheduled_run_time)])

    def _record_missed(self, missed) -> None:
        from storage.missed import record_missed

        missed = list(missed)
        if not missed:
            return
        with self.database.session(write=True) as session:
            for kind, target_id, due in missed:
                if record_missed(session, kind, target_id, due):
                    log.info("missed %s #%d due %s", kind, target_id, due.isoformat())

    # --- dialogs ---------------------------------------------------------------------

    def _enqueue(self, kind: str, target_id: int) -> None:
        request = DialogRequest(kind, target_id, self.clock())
        if self._stopping.is_set():
            self._record_missed([(kind, target_id, request.queued_at)])
            return
        log.info("queued %s #%d", kind, target_id)
        self._queue.put(request)

    def _work(self) -> None:
        while (request := self._queue.get()) is not None:
            if self.clock() - request.queued_at > timedelta(seconds=self.grace_seconds):
                # It waited behind a long dialog past its grace: an agenda read out after
                # the session began helps no one. Kept as missed, mentioned next time.
                self._record_missed([(request.kind, request.target_id, request.queued_at)])
                log.info("%s #%d went stale in the queue", request.kind, request.target_id)
                continue
            try:
                self._run(request)
            except Exception as err:  # noqa: BLE001 - one failed dialog must not end the rest
                # The type and the frames, not the message: it could quote what was said.
                log.error("%s #%d failed: %s\n%s", request.kind, request.target_id,
                          type(err).__name__, "".join(traceback.format_tb(err.__traceback__)))

    def _run(self, request: DialogRequest) -> None:
        from assistant.checkin import run_checkin

        log.info("dialog %s #%d", request.kind, request.target_id)
        with self.conversation() as (ear, voice):
            self._mention_missed(voice)
            if request.kind == "agenda_readout":
                self._read_agenda(voice)
            elif request.kind == "post_session":
                self._post_session(request.target_id, ear, voice)
            elif request.kind == "checkin":
                outcome = run_checkin(self.database, request.target_id, ear, voice, self.clock)
                log.info("checkin #%d: %s%s", request.target_id, outcome.result or "not asked",
                         " with a note" if outcome.with_note else "")

    def _mention_missed(self, voice: Voice) -> None:
        from storage.missed import mark_mentioned, unmentioned

        with self.database.session() as session:
            pending = [(m.id, m.kind) for m in unmentioned(session)]
        if not pending:
            return
        voice.say(missed_sentence(Counter(kind for _, kind in pending)))
        # Marked once said: a crash in between repeats the mention rather than losing it.
        with self.database.session(write=True) as session:
            mark_mentioned(session, [ident for ident, _ in pending], self.clock())

    def _read_agenda(self, voice: Voice) -> None:
        from assistant.agenda import compose
        from assistant.agenda_data import gather

        with self.database.session() as session:
            agenda = compose(gather(session, self.clock(), self.settings.zone))
        voice.say_all(agenda.script)

    def _post_session(self, appointment_id: int, ear: Ear, voice: Voice) -> None:
        from assistant.reflect import Reflection

        voice.say(POST_SESSION_PROMPT)
        loop = Reflection(
            self.database, self.settings, ear, voice, show=lambda _line: None,
            silence_timeout=self.silence_seconds, now=self.clock,
            appointment_id=appointment_id,
        )
        outcome = loop.run()
        log.info("post_session #%d: %d saved, %d removed, ended by %s", appointment_id,
                 len(outcome.saved), len(outcome.removed), outcome.ended_by)


@contextmanager
def file_log(data_dir: Path) -> Iterator[Path]:
    """Log the service and the scheduler to `sessionmate.log` (owner-only) while open."""
    path = data_dir / LOG_NAME
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # Not speech.*: its debug lines can carry the words being spoken.
    loggers = [logging.getLogger("sessionmate"), logging.getLogger("apscheduler")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield path
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
        handler.close()

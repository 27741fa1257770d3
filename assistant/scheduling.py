"""The service: APScheduler runs the job definitions; one worker thread holds the dialogs.

This module keeps the scheduler in step with the database and records missed runs; the
queue is `dialog_queue.py`, what each dialog says is `dialogs.py`, the log `service_log.py`.

- Jobs live in APScheduler's SQLAlchemy job store on the application's own database,
  named by textual reference with ids as arguments, coalesced, with a misfire grace.
- They are rebuilt from the database on start and whenever the schedule change counter
  moves (`check_for_changes`, polled by `serve`): added, replaced or removed so exactly
  the current definitions remain. An unchanged job is left alone, keeping its next run.
  `serve` also rebuilds every sixty polls, for a change made where no counter moves.
- A job only queues a request; the one dialog worker takes them in turn, so the service
  never talks over itself or over the person.
- Runs missed while the service was down: the newest within the grace period fires once
  (APScheduler's coalescing); older ones are recorded in `missed_runs` and mentioned at
  the start of the next conversation.
- The log holds kinds, ids and times only: never what was said or heard.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from assistant import dialogs, jobs
from assistant.conversation import Ear, Voice
from assistant.dialog_queue import DialogQueue, DialogRequest, Missed
from storage.tables import JOB_KINDS

if TYPE_CHECKING:
    from apscheduler.events import JobExecutionEvent
    from apscheduler.job import Job

    from assistant.schedule import JobSpec
    from assistant.settings import Settings
    from storage import Database

# A fresh (ear, voice) for one dialog: the microphone is open only while it runs, and
# the voice can mute that same microphone while it speaks.
ConversationFactory = Callable[[], AbstractContextManager[tuple[Ear, Voice]]]

DEFAULT_GRACE_SECONDS = 15 * 60
STOP_WAIT_SECONDS = 10.0
# Enough for a year of daily check-ins missed while switched off.
MAX_MISSED_PER_JOB = 400

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


class Service:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        conversation: ConversationFactory,
        *,
        clock: Callable[[], datetime] = utc_now,
        grace_seconds: int = DEFAULT_GRACE_SECONDS,
        silence_seconds: float = dialogs.POST_SESSION_SILENCE_SECONDS,
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
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": grace_seconds,
                "max_instances": 1,
            },
            timezone=settings.zone,
        )
        self.version: int | None = None
        self.dialogs = DialogQueue(
            self._run, self._record_missed, clock=clock, grace_seconds=grace_seconds
        )

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
        jobs.install(self.dialogs.enqueue)
        self.dialogs.start()
        log.info("started with %d jobs", len(self.scheduler.get_jobs()))
        if not paused:
            self.resume()

    def resume(self) -> None:
        self.scheduler.resume()

    def stop(self, wait_seconds: float = STOP_WAIT_SECONDS) -> None:
        """Stop scheduling; requests not yet voiced are recorded as missed."""
        if self.scheduler.running:
            # shutdown() wakes the loop for one last pass over due jobs that submits to the
            # stopped executor and still moves the job's next run on in the store: a run
            # lost (agronholm/apscheduler#285, #985). Detached first, the store keeps it.
            self.scheduler.pause()
            self.scheduler.remove_jobstore("default", shutdown=False)
            self.scheduler.shutdown(wait=True)
        jobs.install(None)
        unvoiced = self.dialogs.stop(wait_seconds)
        log.info("stopped; %d queued dialogs recorded as missed", unvoiced)

    # --- jobs ------------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        jobs: list[Job] = self.scheduler.get_jobs()  # apscheduler ships no types
        return jobs

    def check_for_changes(self) -> bool:
        """Rebuild the jobs if the schedule changed since the last look (one cheap read)."""
        from storage.changes import schedule_version

        with self.database.session() as session:
            version = schedule_version(session)
        if version == self.version:
            return False
        log.info("schedule changed (version %s -> %s): rebuilding jobs", self.version, version)
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
                spec.func,
                spec.trigger,
                args=spec.args,
                id=spec.id,
                name=spec.name,
                misfire_grace_time=spec.grace_seconds,
                coalesce=True,
                max_instances=1,
                next_run_time=first,
                replace_existing=True,
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

    def _on_missed(self, event: JobExecutionEvent) -> None:
        """APScheduler found a run too late to make (after a suspend, say)."""
        kind, _, target = event.job_id.partition(":")
        if kind in JOB_KINDS and target.isdigit():
            self._record_missed([(kind, int(target), event.scheduled_run_time)])

    def _record_missed(self, missed: Iterable[Missed]) -> None:
        from storage.missed import record_missed

        missed = list(missed)
        if not missed:
            return
        with self.database.session(write=True) as session:
            for kind, target_id, due in missed:
                if record_missed(session, kind, target_id, due):
                    log.info("missed %s #%d due %s", kind, target_id, due.isoformat())

    # --- dialogs ---------------------------------------------------------------------

    def _run(self, request: DialogRequest) -> None:
        log.info("dialog %s #%d", request.kind, request.target_id)
        with self.conversation() as (ear, voice):
            dialogs.mention_missed(self.database, voice, self.clock())
            if request.kind == "agenda_readout":
                voice.say_all(
                    dialogs.current_agenda(self.database, self.clock(), self.settings).script
                )
            elif request.kind == "post_session":
                dialogs.post_session(
                    self.database,
                    self.settings,
                    request.target_id,
                    ear,
                    voice,
                    clock=self.clock,
                    silence_seconds=self.silence_seconds,
                )
            elif request.kind == "checkin":
                dialogs.checkin(
                    self.database, self.settings, request.target_id, ear, voice, self.clock
                )

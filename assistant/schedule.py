"""What the service does and when: one job definition per appointment prompt and check-in.

`serve` hands these definitions to APScheduler and `schedule` lists their triggers' fire
times, so the two cannot disagree. Each trigger carries its own time zone: weekly
appointments and check-ins keep their local wall-clock time across daylight saving,
as assistant.calendar does. Pure, except `load_job_specs`, the one reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

from assistant.calendar import AppointmentSpec
from storage.tables import JOB_KINDS, PLAN_DAYS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Textual references, so jobs in the persistent store survive a restart; arguments are ids.
JOB_FUNCTIONS = {
    "agenda_readout": "assistant.jobs:read_agenda",
    "post_session": "assistant.jobs:post_session",
    "checkin": "assistant.jobs:checkin",
}
# What the id argument names, by kind: the key `schedule --json` prints it under.
TARGETS = {
    "agenda_readout": "appointment_id",
    "post_session": "appointment_id",
    "checkin": "item_id",
}


@dataclass(frozen=True)
class PlanSpec:
    item_id: int
    days: tuple[str, ...]  # PLAN_DAYS names
    time_of_day: time  # local wall clock in `timezone`
    timezone: str
    extra_times: tuple[time, ...] = ()  # further times on the same days
    once_on: date | None = None  # a one-off: only this date, at time_of_day


@dataclass(frozen=True)
class JobSpec:
    kind: str  # one of JOB_KINDS
    target_id: int  # appointment id or item id, by kind
    trigger: BaseTrigger
    grace_seconds: int  # how late a run may still happen (after downtime, say)

    @property
    def id(self) -> str:
        """Stable, so a rebuild replaces a job rather than adding a second one."""
        return f"{self.kind}:{self.target_id}"

    @property
    def func(self) -> str:
        return JOB_FUNCTIONS[self.kind]

    @property
    def args(self) -> tuple[int]:
        return (self.target_id,)

    @property
    def name(self) -> str:
        """The stored job's name doubles as its fingerprint: ids and times only, no text."""
        return f"{self.id} {self.trigger!r} grace={self.grace_seconds}s"


@dataclass(frozen=True)
class Planned:
    """One run in a listing."""

    when: datetime  # in the person's zone
    kind: str
    target_id: int
    job_id: str

    def as_json(self) -> dict[str, object]:
        return {
            "when": self.when.isoformat(),
            "timezone": str(self.when.tzinfo),
            "kind": self.kind,
            TARGETS[self.kind]: self.target_id,
            "job_id": self.job_id,
        }


def _weekly(wall: datetime, zone: ZoneInfo) -> CronTrigger:
    """Every week at this local wall-clock time, from this first one on."""
    return CronTrigger(
        day_of_week=PLAN_DAYS[wall.weekday()],  # a name: crontab numbers start on Sunday
        hour=wall.hour,
        minute=wall.minute,
        second=wall.second,
        start_date=wall.replace(tzinfo=zone),
        timezone=zone,
    )


def appointment_jobs(
    appointment: AppointmentSpec, *, lead_minutes: int, grace_seconds: int
) -> list[JobSpec]:
    """The agenda readout `lead_minutes` before it, and the prompt when it ends."""
    zone = ZoneInfo(appointment.timezone)
    start = appointment.starts_at.astimezone(zone)
    lead, length = timedelta(minutes=lead_minutes), timedelta(minutes=appointment.minutes)
    if appointment.recurrence == "weekly":
        # Wall-clock arithmetic: a 15:00 session is read out at 14:00 in winter and summer.
        wall = start.replace(tzinfo=None)
        readout, ended = _weekly(wall - lead, zone), _weekly(wall + length, zone)
    else:
        readout = DateTrigger(start - lead, timezone=zone)
        ended = DateTrigger(start + length, timezone=zone)
    return [
        JobSpec("agenda_readout", appointment.id, readout, grace_seconds),
        JobSpec("post_session", appointment.id, ended, grace_seconds),
    ]


def checkin_job(plan: PlanSpec, *, grace_seconds: int) -> JobSpec:
    """One job per plan, so its id stays "checkin:ITEM"; several times combine their triggers."""
    zone = ZoneInfo(plan.timezone)
    if plan.once_on is not None:
        wall = datetime.combine(plan.once_on, plan.time_of_day)
        return JobSpec(
            "checkin", plan.item_id, DateTrigger(wall.replace(tzinfo=zone), zone), grace_seconds
        )
    every_day = set(plan.days) == set(PLAN_DAYS)
    triggers = [
        CronTrigger(
            day_of_week=None if every_day else ",".join(plan.days),
            hour=at.hour,
            minute=at.minute,
            second=0,
            timezone=zone,
        )
        for at in sorted({plan.time_of_day, *plan.extra_times})
    ]
    trigger = triggers[0] if len(triggers) == 1 else OrTrigger(triggers)
    return JobSpec("checkin", plan.item_id, trigger, grace_seconds)


def job_specs(
    appointments: Iterable[AppointmentSpec],
    plans: Iterable[PlanSpec],
    *,
    lead_minutes: int,
    grace_seconds: int,
) -> list[JobSpec]:
    """Every job the service runs: THE definition `serve` and `schedule` share."""
    specs = [
        job
        for appointment in appointments
        for job in appointment_jobs(
            appointment, lead_minutes=lead_minutes, grace_seconds=grace_seconds
        )
    ]
    specs += [checkin_job(plan, grace_seconds=grace_seconds) for plan in plans]
    return specs


def fire_times(trigger: BaseTrigger, start: datetime, end: datetime) -> list[datetime]:
    """The trigger's fire times in [start, end), as the scheduler would compute them."""
    found = []
    moment = trigger.get_next_fire_time(None, start)
    while moment is not None and moment < end:
        if moment >= start:  # a date trigger hands back its date even when it is past
            found.append(moment)
        moment = trigger.get_next_fire_time(moment, moment)
    return found


def planned(
    specs: Iterable[JobSpec], start: datetime, end: datetime, zone: ZoneInfo
) -> list[Planned]:
    runs = [
        Planned(moment.astimezone(zone), spec.kind, spec.target_id, spec.id)
        for spec in specs
        for moment in fire_times(spec.trigger, start, end)
    ]
    return sorted(runs, key=lambda run: (run.when, JOB_KINDS.index(run.kind), run.target_id))


def clock_change_day(at: time, zone: ZoneInfo, start: date, days: int = 366) -> date | None:
    """The first day from `start` on which local time `at` is skipped or happens twice.

    A daily trigger at such a time fires an hour late in spring and twice in autumn.
    """
    for offset in range(days):
        wall = datetime.combine(start + timedelta(days=offset), at)
        if (
            wall.replace(tzinfo=zone, fold=0).utcoffset()
            != wall.replace(tzinfo=zone, fold=1).utcoffset()
        ):
            return wall.date()
    return None


def load_job_specs(session: Session, *, lead_minutes: int, grace_seconds: int) -> list[JobSpec]:
    """The job definitions for what is in the database now."""
    from assistant.agenda_data import appointment_specs
    from assistant.stored_rows import plan_problem, warn_bad_row, warned_in
    from storage.plans import list_plans, plan_times

    plans = []
    for plan in list_plans(session, active=True):
        problem = plan_problem(plan.item_id, plan.days, plan.timezone)
        if problem is not None:
            warn_bad_row(problem, warned_in(session))
            continue
        plans.append(
            PlanSpec(
                plan.item_id,
                tuple(plan.days.split(",")),
                plan.time_of_day,
                plan.timezone,
                tuple(plan_times(plan)),
                plan.once_on,
            )
        )
    return job_specs(
        appointment_specs(session), plans, lead_minutes=lead_minutes, grace_seconds=grace_seconds
    )

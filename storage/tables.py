"""ORM tables. Times are timezone-aware UTC in Python and naive UTC in SQLite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    event,
    inspect,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

ITEM_KINDS = ("note", "question", "homework", "need")
ITEM_STATUSES = ("open", "answered", "done", "dropped")
ITEM_SOURCES = ("typed", "voice")
CHECKIN_RESULTS = ("done", "partial", "not_done", "no_answer")
RECURRENCES = ("weekly",)
# Day names as APScheduler's cron trigger spells them (never numbers: 0 is Monday there).
PLAN_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# What the service does at a scheduled time.
JOB_KINDS = ("agenda_readout", "post_session", "checkin")
CRISIS_LEVELS = ("concern", "urgent")
# Stanley and Brown's Safety Planning Intervention, in the order a plan is made and used.
SAFETY_PLAN_STEPS = (
    "warning-signs",
    "coping",
    "distractions",
    "people",
    "professionals",
    "environment",
)

# Named constraints let Alembic's batch mode rebuild SQLite tables predictably.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; hands back aware datetimes on every backend (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], datetime | None] | None:
        # A hand-edited 'garbage' in a time column fails in the driver's parser: say what
        # was found instead of a traceback from deep inside the ORM.
        inner = super().result_processor(dialect, coltype)
        if inner is None:
            return None

        def process(value: Any) -> datetime | None:
            try:
                return inner(value)
            except (ValueError, TypeError, OverflowError) as err:
                from storage.errors import UnreadableValueError

                raise UnreadableValueError(
                    f"the database holds a time that cannot be read: {value!r:.40} ({err});"
                    " it was changed by hand or by another program"
                ) from err

        return process


# SQLite would hand a deleted item's id to the next one: "#12" must always mean one item.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def utcnow() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Appointment(Base):
    """A therapy appointment, one-off or the first of a weekly series."""

    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes_positive"),
        CheckConstraint(
            "recurrence IS NULL OR " + _one_of("recurrence", RECURRENCES), name="recurrence"
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    minutes: Mapped[int] = mapped_column(Integer, default=50)
    # The zone the person booked in: weekly repeats keep local wall-clock time across DST.
    timezone: Mapped[str] = mapped_column(String(64))
    recurrence: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Imported from a calendar file: the event's UID (and, for one of a finite series,
    # the occurrence's start), so importing the same file again adds nothing.
    calendar_uid: Mapped[str | None] = mapped_column(String(512), default=None, index=True)


class Item(Base):
    """One reflection: a note, a question, a homework task or a need."""

    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint(_one_of("kind", ITEM_KINDS), name="kind"),
        CheckConstraint(_one_of("status", ITEM_STATUSES), name="status"),
        CheckConstraint(_one_of("source", ITEM_SOURCES), name="source"),
        CheckConstraint(
            "confidence IS NULL OR (confidence >= 0 AND confidence <= 1)", name="confidence_range"
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text)
    # What the recognizer heard (or what was typed), before the lead word was dropped.
    transcript: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float, default=None)
    source: Mapped[str] = mapped_column(String(8), default="typed")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    needs_review: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="SET NULL"), default=None
    )

    checkins: Mapped[list[CheckIn]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CheckIn.at",
    )


class CheckIn(Base):
    """One answer to "did you do your homework?"."""

    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint(_one_of("result", CHECKIN_RESULTS), name="result"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    result: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, default=None)

    item: Mapped[Item] = relationship(back_populates="checkins")


class HomeworkPlan(Base):
    """When to ask about one homework item: on these days at this local time."""

    __tablename__ = "homework_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    # Comma-separated PLAN_DAYS in week order; all seven means daily.
    days: Mapped[str] = mapped_column(String(27))
    # Local wall-clock time in `timezone`: 20:00 stays 20:00 across daylight saving.
    time_of_day: Mapped[time] = mapped_column(Time)
    timezone: Mapped[str] = mapped_column(String(64))
    # The person's own moment, spoken in the question: "after dinner".
    cue: Mapped[str | None] = mapped_column(Text, default=None)
    # Further times the same days, "21:30" or "13:00,21:30": daily at several times.
    extra_times: Mapped[str | None] = mapped_column(String(64), default=None)
    # The person's own wording of the check-in question (`homework plan --ask`).
    question: Mapped[str | None] = mapped_column(Text, default=None)
    # A one-off task: ask once, on this local date at time_of_day, and not on `days`.
    once_on: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MissedRun(Base):
    """A readout, prompt or check-in that was due while the service was not running.

    Kept apart from check-ins so that a switched-off computer never counts against
    the person's homework; mentioned (and stamped) at the next conversation.
    """

    __tablename__ = "missed_runs"
    __table_args__ = (
        CheckConstraint(_one_of("kind", JOB_KINDS), name="kind"),
        # The same run can be noticed twice (on start and by the scheduler): keep one.
        UniqueConstraint("kind", "target_id", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    # An appointment id or an item id, by kind; no foreign key so the record outlives them.
    target_id: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    mentioned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SafetyPlanEntry(Base):
    """One line of the person's own safety plan, under one of its steps."""

    __tablename__ = "safety_plan_entries"
    __table_args__ = (CheckConstraint(_one_of("step", SAFETY_PLAN_STEPS), name="step"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CrisisFlag(Base):
    """An item that raised a crisis concern: brought up first at the next appointment.

    Holds what fired, never the words (those stay in the item itself).
    """

    __tablename__ = "crisis_flags"
    __table_args__ = (CheckConstraint(_one_of("level", CRISIS_LEVELS), name="level"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    level: Mapped[str] = mapped_column(String(16))
    fired: Mapped[str] = mapped_column(String(64))  # "rules" or "net (score 0.42)"
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScheduleChange(Base):
    """One row whose version goes up whenever what the service schedules may have changed.

    A running service polls it (one cheap read) and rebuilds its jobs when it moves.
    """

    __tablename__ = "schedule_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


def _changes_schedule(session: Session, obj: object) -> bool:
    if isinstance(obj, Appointment | HomeworkPlan):
        return True
    if isinstance(obj, Item):
        if obj in session.deleted:
            return True
        state = inspect(obj)
        # A new item has no plan yet; only a change of kind or status matters.
        return not state.pending and any(
            state.attrs[name].history.has_changes() for name in ("kind", "status")
        )
    return False


class StoreSession(Session):
    """Our sessions: the schedule hook below runs for these, not for every Session in the
    process (a host application's own SQLAlchemy sessions are none of our business)."""


@event.listens_for(StoreSession, "before_flush")
def _bump_schedule_version(session: Session, _context: object, _instances: object) -> None:
    """In the same transaction as the change, so a poller never sees one without the other."""
    changed = (*session.new, *session.dirty, *session.deleted)
    if any(_changes_schedule(session, obj) for obj in changed):
        session.connection().execute(
            update(ScheduleChange).values(version=ScheduleChange.version + 1)
        )

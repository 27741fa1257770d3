"""Queries on homework check-in plans: when to ask about a homework item."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import InvalidValueError
from storage.items import get_item
from storage.tables import PLAN_DAYS, HomeworkPlan, Item


def _days(days: Iterable[str]) -> str:
    chosen = set()
    for day in days:
        if day not in PLAN_DAYS:
            raise InvalidValueError("day", day, PLAN_DAYS)
        chosen.add(day)
    if not chosen:
        raise InvalidValueError("days", "", ("at least one of " + ", ".join(PLAN_DAYS),))
    return ",".join(day for day in PLAN_DAYS if day in chosen)


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise InvalidValueError("timezone", name, ("an IANA name such as Europe/Berlin",)) from err
    return name


def set_plan(
    session: Session,
    item_id: int,
    *,
    days: Iterable[str],
    time_of_day: time,
    timezone: str,
    cue: str | None = None,
    extra_times: Iterable[time] = (),
    question: str | None = None,
    once_on: date | None = None,
) -> HomeworkPlan:
    """Create or replace the plan of a homework item.

    `extra_times` are further times on the same days; `once_on` makes it a one-off,
    asked on that date at `time_of_day`; `question` is the person's own wording.
    """
    item = get_item(session, item_id)
    if item.kind != "homework":
        raise InvalidValueError(f"kind of item #{item_id}", item.kind, ("homework",))
    if time_of_day.tzinfo is not None:
        raise InvalidValueError("time_of_day", time_of_day, ("a local time without a zone",))
    plan = get_plan(session, item_id) or HomeworkPlan(item_id=item_id)
    plan.days = _days(days)
    plan.time_of_day = time_of_day.replace(microsecond=0)
    plan.timezone = _zone(timezone)
    plan.cue = (cue or "").strip() or None
    others = sorted(
        {t.replace(second=0, microsecond=0) for t in extra_times}
        - {plan.time_of_day.replace(second=0)}
    )
    for extra in others:
        if extra.tzinfo is not None:
            raise InvalidValueError("extra time", extra, ("a local time without a zone",))
    plan.extra_times = ",".join(f"{t:%H:%M}" for t in others) or None
    plan.question = " ".join((question or "").split()) or None
    plan.once_on = once_on
    session.add(plan)
    session.flush()
    return plan


def get_plan(session: Session, item_id: int) -> HomeworkPlan | None:
    return session.scalars(select(HomeworkPlan).where(HomeworkPlan.item_id == item_id)).first()


def clear_plan(session: Session, item_id: int) -> bool:
    """Remove an item's plan; False when it had none."""
    get_item(session, item_id)
    plan = get_plan(session, item_id)
    if plan is None:
        return False
    session.delete(plan)
    session.flush()
    return True


def list_plans(session: Session, *, active: bool = False) -> list[HomeworkPlan]:
    """Plans by item id; `active` keeps those of open homework, the ones to ask about."""
    query = select(HomeworkPlan).order_by(HomeworkPlan.item_id)
    if active:
        query = query.join(Item, Item.id == HomeworkPlan.item_id).where(
            Item.kind == "homework", Item.status == "open"
        )
    return list(session.scalars(query))


def plan_times(plan: HomeworkPlan) -> list[time]:
    """All the times of day a plan asks at, earliest first."""
    extra = [time.fromisoformat(t) for t in (plan.extra_times or "").split(",") if t]
    return sorted({plan.time_of_day, *extra})

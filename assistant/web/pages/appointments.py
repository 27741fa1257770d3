"""Appointments (add, change, remove) and homework check-in plans (set, stop)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.web.responses import back_to, form_action, form_fields, form_lists, page

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PATH = "/appointments"


def _start(raw: str, zone: ZoneInfo) -> datetime:
    """A datetime-local field ("2026-12-03T15:00") in the person's zone."""
    try:
        local = datetime.fromisoformat(raw.strip())
    except ValueError as err:
        raise InvalidInputError(
            f"{raw!r} is not a date and time: use e.g. 2026-12-03T15:00"
        ) from err
    if local.tzinfo is not None:
        raise InvalidInputError(f"{raw!r}: give the local time without a zone")
    return local.replace(tzinfo=zone)


def _minutes(raw: str) -> int:
    try:
        minutes = int(raw)
    except ValueError as err:
        raise InvalidInputError(f"minutes {raw!r} is not a whole number, e.g. 50") from err
    if not 1 <= minutes <= 24 * 60:
        raise InvalidInputError(f"minutes {minutes} is not from 1 to 1440")
    return minutes


async def appointments_page(request: Request) -> Response:
    from zoneinfo import ZoneInfo

    from storage.appointments import list_appointments
    from storage.checkin_history import open_homework
    from storage.plans import list_plans

    context = request.app.state.context
    with context.database.session() as session:
        appointments = [
            (a.id, a.starts_at.astimezone(ZoneInfo(a.timezone)), a.minutes, a.recurrence)
            for a in list_appointments(session)
        ]
        plans = {p.item_id: p for p in list_plans(session)}
        homework = [
            (
                ident,
                text,
                plans[ident].days.split(",") if ident in plans else [],
                plans[ident].time_of_day.strftime("%H:%M") if ident in plans else "",
                (plans[ident].cue or "") if ident in plans else "",
            )
            for ident, text in open_homework(session)
        ]
    return page(
        request,
        "appointments.html",
        title="Appointments and check-ins",
        appointments=appointments,
        homework=homework,
        days=DAYS,
    )


@form_action(PATH)
async def add_appointment_action(request: Request) -> Response:
    from storage.appointments import add_appointment

    fields = await form_fields(request)
    context = request.app.state.context
    settings = context.settings
    starts_at = _start(fields.get("starts_at", ""), settings.zone)
    minutes = _minutes(fields.get("minutes", "50"))
    with context.database.session(write=True) as session:
        add_appointment(
            session,
            starts_at,
            minutes=minutes,
            timezone=settings.timezone,
            recurrence="weekly" if fields.get("weekly") else None,
        )
    return back_to(request, PATH, f"Added the appointment on {starts_at:%A %d %B %Y, %H:%M}.")


@form_action(PATH)
async def change_appointment_action(request: Request) -> Response:
    from storage.appointments import get_appointment, reschedule_appointment

    fields = await form_fields(request)
    context = request.app.state.context
    starts_at = _start(fields.get("starts_at", ""), context.settings.zone)
    with context.database.session(write=True) as session:
        reschedule_appointment(
            session,
            get_appointment(session, request.path_params["appointment_id"]),
            starts_at,
            minutes=_minutes(fields.get("minutes", "")),
            timezone=context.settings.timezone,  # the form's time was read in this zone
            recurrence="weekly" if fields.get("weekly") else None,
        )
    return back_to(request, PATH, f"Changed the appointment to {starts_at:%A %d %B %Y, %H:%M}.")


@form_action(PATH)
async def remove_appointment_action(request: Request) -> Response:
    from storage.appointments import remove_appointment

    with request.app.state.context.database.session(write=True) as session:
        removed = remove_appointment(session, request.path_params["appointment_id"])
        when = removed.starts_at.astimezone(request.app.state.context.settings.zone)
    return back_to(request, PATH, f"Removed the appointment on {when:%A %d %B %Y, %H:%M}.")


@form_action(PATH)
async def set_plan_action(request: Request) -> Response:
    from assistant.commands.homework import homework_item, parse_clock
    from assistant.schedule import clock_change_day
    from storage.plans import set_plan

    fields = await form_fields(request)
    chosen = (await form_lists(request)).get("days", [])
    days = tuple(day for day in DAYS if day in chosen)
    if not days:
        raise InvalidInputError("choose at least one day for the check-ins")
    at = parse_clock(fields.get("time", ""), "the check-in time")
    context = request.app.state.context
    settings = context.settings
    item_id = request.path_params["item_id"]
    changes = clock_change_day(at, settings.zone, context.now().astimezone(settings.zone).date())
    if changes is not None:
        raise InvalidInputError(
            f"{at:%H:%M} is skipped or happens twice in {settings.timezone} when the clocks "
            f"change ({changes}): pick a time outside that hour"
        )
    with context.database.session(write=True) as session:
        text = homework_item(session, item_id).text
        set_plan(
            session,
            item_id,
            days=days,
            time_of_day=at,
            timezone=settings.timezone,
            cue=fields.get("cue", ""),
        )
    return back_to(request, PATH, f"Check-ins for “{text}” at {at:%H:%M} on {', '.join(days)}.")


@form_action(PATH)
async def clear_plan_action(request: Request) -> Response:
    from assistant.commands.homework import homework_item
    from storage.plans import clear_plan

    item_id = request.path_params["item_id"]
    with request.app.state.context.database.session(write=True) as session:
        text = homework_item(session, item_id).text
        clear_plan(session, item_id)
    return back_to(request, PATH, f"No more check-ins for “{text}”.")


ROUTES = [
    Route(PATH, appointments_page),
    Route(f"{PATH}/add", add_appointment_action, methods=["POST"]),
    Route(f"{PATH}/{{appointment_id:int}}/change", change_appointment_action, methods=["POST"]),
    Route(f"{PATH}/{{appointment_id:int}}/remove", remove_appointment_action, methods=["POST"]),
    Route("/plans/{item_id:int}/set", set_plan_action, methods=["POST"]),
    Route("/plans/{item_id:int}/clear", clear_plan_action, methods=["POST"]),
]

"""Homework: a week grid per task, a chart across weeks, and check-ins by clicking."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.homework_weeks import Week, weeks_of
from assistant.web.responses import back_to, form_action, form_fields, page

GRID_WEEKS = 4
CHART_WEEKS = 12
HAND_RESULTS = (("done", "Done"), ("partial", "Partly"), ("not_done", "Not done"))


def _tasks(request: Request, weeks: int) -> list[tuple[int, str, list[Week], str | None]]:
    """(id, text, weeks, check-in plan described) per open homework task."""
    from datetime import datetime, time, timedelta

    from assistant.commands.homework import describe
    from assistant.homework_weeks import monday_of
    from storage.checkin_history import checkins_since, open_homework
    from storage.missed_checkins import missed_checkins
    from storage.plans import list_plans

    context = request.app.state.context
    zone = context.settings.zone
    today = context.now().astimezone(zone).date()
    # Only the weeks shown are read: a year of daily answers stays in the database.
    first = datetime.combine(monday_of(today) - timedelta(weeks=weeks - 1), time(0), zone)
    with context.database.session() as session:
        tasks = open_homework(session)
        ids = [ident for ident, _ in tasks]
        answers = checkins_since(session, ids, first)
        missed = missed_checkins(session, ids)
        plans = {plan.item_id: describe(plan) for plan in list_plans(session)}
    return [
        (ident, text, weeks_of(answers[ident], missed[ident], zone, today, weeks), plans.get(ident))
        for ident, text in tasks
    ]


async def homework_page(request: Request) -> Response:
    tasks = _tasks(request, GRID_WEEKS)
    return page(
        request,
        "homework.html",
        title="Homework",
        tasks=tasks,
        results=HAND_RESULTS,
        chart_weeks=CHART_WEEKS,
    )


async def homework_chart(request: Request) -> Response:
    from assistant.web.chart import weeks_chart

    tasks = _tasks(request, CHART_WEEKS)
    svg = weeks_chart([(text, weeks) for _, text, weeks, _ in tasks])
    # Shown as an <img>, where no script runs; pygal's styles are inside the SVG.
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"},
    )


@form_action("/homework")
async def record_checkin(request: Request) -> Response:
    from assistant.commands.homework import homework_item
    from storage.checkins import add_checkin

    fields = await form_fields(request)
    result = fields.get("result", "")
    shown = dict(HAND_RESULTS)
    if result not in shown:
        raise InvalidInputError(f"result {result!r} is not one of: {', '.join(shown)}")
    item_id = request.path_params["item_id"]
    context = request.app.state.context
    note = fields.get("note", "").strip() or None
    with context.database.session(write=True) as session:
        text = homework_item(session, item_id).text
        add_checkin(session, item_id, result, at=context.now(), note=note)
    return back_to(request, "/homework", f"Recorded for “{text}”: {shown[result].lower()}.")


ROUTES = [
    Route("/homework", homework_page),
    Route("/homework/chart.svg", homework_chart),
    Route("/homework/{item_id:int}/checkin", record_checkin, methods=["POST"]),
]

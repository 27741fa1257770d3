"""The agenda page and its PDF download."""

from __future__ import annotations

from datetime import date

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.web.agenda_sheet import Sheet, agenda_sheet
from assistant.web.responses import back_to, page


def _for_day(request: Request) -> date | None:
    raw = request.query_params.get("for", "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as err:
        raise InvalidInputError(f"{raw!r} is not a date: use YYYY-MM-DD, e.g. 2026-12-03") from err


def _sheet(request: Request, day: date | None) -> Sheet:
    context = request.app.state.context
    with context.database.session() as session:
        return agenda_sheet(session, context.now(), context.settings.zone, day)


async def agenda_page(request: Request) -> Response:
    try:
        day = _for_day(request)
    except InvalidInputError as err:
        return back_to(request, "/", problem=str(err))
    sheet = _sheet(request, day)
    return page(request, "agenda.html", title=sheet.title, sheet=sheet, for_day=day, here="/")


async def agenda_pdf(request: Request) -> Response:
    from assistant.agenda_pdf import pdf_bytes

    try:
        day = _for_day(request)
    except InvalidInputError as err:
        return back_to(request, "/", problem=str(err))
    body = pdf_bytes(_sheet(request, day))
    name = f"agenda-{day.isoformat()}.pdf" if day else "agenda.pdf"
    return Response(
        body,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


ROUTES = [Route("/", agenda_page), Route("/agenda.pdf", agenda_pdf)]

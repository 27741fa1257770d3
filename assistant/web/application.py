"""The companion page's ASGI application: the pages' routes behind the Guard."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from assistant.web.context import WebContext
from assistant.web.flash import FlashStore
from assistant.web.pages import agenda, appointments, homework, items, reflect, safety
from assistant.web.security import Guard
from storage.errors import NotFoundError


async def _not_found(request: Request, exc: Exception) -> PlainTextResponse:
    return PlainTextResponse(f"Not found: {exc}", status_code=404)


def build_app(context: WebContext) -> Guard:
    routes = [
        *agenda.ROUTES,
        *homework.ROUTES,
        *items.ROUTES,
        *appointments.ROUTES,
        *reflect.ROUTES,
        *safety.ROUTES,
        Mount("/static", StaticFiles(packages=[("assistant.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={NotFoundError: _not_found})
    app.state.context = context
    app.state.flashes = FlashStore()
    return Guard(app, context.token)

"""How a page answers: a rendered template, or a redirect after a form with a message."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from assistant.errors import AssistantError
from assistant.web.flash import Flash, FlashStore
from assistant.web.templating import render
from storage.errors import StorageError

Handler = Callable[[Request], Awaitable[Response]]


def flashes(request: Request) -> FlashStore:
    store: FlashStore = request.app.state.flashes  # put there by the application
    return store


def page(request: Request, template: str, *, status: int = 200, **values: object) -> HTMLResponse:
    flash = flashes(request).get(request.query_params.get("note"))
    context = request.app.state.context
    html = render(
        template,
        here=values.pop("here", request.url.path),
        csrf=context.csrf,
        message=flash.message,
        problem=flash.problem,
        flash=flash,
        **values,
    )
    return HTMLResponse(html, status_code=status)


def back_to(
    request: Request, path: str, message: str = "", problem: str = "", **extra: object
) -> Response:
    key = flashes(request).put(Flash(message, problem, extra))
    separator = "&" if "?" in path else "?"
    return RedirectResponse(f"{path}{separator}{urlencode({'note': key})}", status_code=303)


def form_action(path: str | Callable[[Request], str]) -> Callable[[Handler], Handler]:
    """A form handler whose user mistakes come back as one line on the page it came from."""

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapped(request: Request) -> Response:
            try:
                return await handler(request)
            except (AssistantError, StorageError) as err:
                where = path(request) if callable(path) else path
                return back_to(request, where, problem=" ".join(str(err).split()))

        return wrapped

    return decorate


async def form_fields(request: Request) -> dict[str, str]:
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


async def form_lists(request: Request) -> dict[str, list[str]]:
    form = await request.form()
    return {key: [v for v in form.getlist(key) if isinstance(v, str)] for key in form}

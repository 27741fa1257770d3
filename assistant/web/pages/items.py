"""Items: search and filter; one item to edit, re-file, mark or drop; the review queue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.web.responses import back_to, form_action, form_fields, page
from storage import ITEM_KINDS, ITEM_STATUSES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.tables import Item

SHOWN = 200  # a page lists at most this many; the filters narrow the rest


def _day(raw: str, name: str) -> date | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as err:
        raise InvalidInputError(f"{name} {raw!r} is not a date: use YYYY-MM-DD") from err


def _choice(raw: str, name: str, valid: tuple[str, ...]) -> str | None:
    if not raw:
        return None
    if raw not in valid:
        raise InvalidInputError(f"{name} {raw!r} is not one of: {', '.join(valid)}")
    return raw


def _item_id(request: Request) -> int:
    item_id: int = request.path_params["item_id"]  # the routes' {item_id:int} converts it
    return item_id


async def items_page(request: Request) -> Response:
    from storage.item_search import ItemQuery, search_items

    context = request.app.state.context
    zone = context.settings.zone
    params = request.query_params
    try:
        since = _day(params.get("since", ""), "from")
        until = _day(params.get("until", ""), "to")
        query = ItemQuery(
            words=params.get("q", ""),
            kind=_choice(params.get("kind", ""), "kind", ITEM_KINDS),
            status=_choice(params.get("status", ""), "status", ITEM_STATUSES),
            since=datetime.combine(since, time(0), zone) if since else None,
            until=datetime.combine(until + timedelta(days=1), time(0), zone) if until else None,
        )
    except InvalidInputError as err:
        return back_to(request, "/items", problem=str(err))
    with context.database.session() as session:
        found, total = search_items(session, query, limit=SHOWN)
        rows = [
            (i.id, i.kind, i.status, i.created_at.astimezone(zone), i.text, i.needs_review)
            for i in found
        ]
    return page(
        request,
        "items.html",
        title="Items",
        rows=rows,
        total=total,
        query=query,
        since=since,
        until=until,
        kinds=ITEM_KINDS,
        statuses=ITEM_STATUSES,
    )


async def item_page(request: Request) -> Response:
    from storage.items import get_item

    context = request.app.state.context
    with context.database.session() as session:
        item = get_item(session, _item_id(request))
        created = item.created_at.astimezone(context.settings.zone)
    return page(
        request,
        "item.html",
        title=f"{item.kind.capitalize()}",
        item=item,
        created=created,
        kinds=ITEM_KINDS,
        statuses=ITEM_STATUSES,
        here="/items",
    )


def _back(request: Request) -> str:
    return f"/items/{_item_id(request)}"


def _return_to(request: Request, fields: dict[str, str]) -> str:
    """Back to the review queue when the form came from there."""
    return "/review" if fields.get("from") == "review" else _back(request)


@form_action(_back)
async def edit_text(request: Request) -> Response:
    from storage.item_edits import edit_item_text

    fields = await form_fields(request)
    with request.app.state.context.database.session(write=True) as session:
        edit_item_text(session, _item_id(request), fields.get("text", ""))
    return back_to(request, _back(request), "Saved the new words.")


def _chosen(fields: dict[str, str], name: str, valid: tuple[str, ...]) -> str:
    chosen = _choice(fields.get(name, ""), name, valid)
    if chosen is None:
        raise InvalidInputError(f"choose a {name}: one of {', '.join(valid)}")
    return chosen


def _changed(
    request: Request, fields: dict[str, str], change: Callable[[Session, int], Item], done: str
) -> Response:
    """`change` made to this item in one write, then back, saying `done` and its words."""
    with request.app.state.context.database.session(write=True) as session:
        text = change(session, _item_id(request)).text
    return back_to(request, _return_to(request, fields), f"{done}: {text}")


@form_action(_back)
async def refile_kind(request: Request) -> Response:
    from storage.item_edits import refile_item

    fields = await form_fields(request)
    kind = _chosen(fields, "kind", ITEM_KINDS)
    return _changed(request, fields, lambda s, i: refile_item(s, i, kind), f"Filed as {kind}")


@form_action(_back)
async def mark_status(request: Request) -> Response:
    from storage.items import set_status

    fields = await form_fields(request)
    status = _chosen(fields, "status", ITEM_STATUSES)
    return _changed(request, fields, lambda s, i: set_status(s, i, status), f"Marked {status}")


@form_action(_back)
async def split(request: Request) -> Response:
    from storage.item_split import split_item

    fields = await form_fields(request)
    with request.app.state.context.database.session(write=True) as session:
        made = split_item(session, _item_id(request), fields.get("parts", "").splitlines())
        count = len(made)
    return back_to(request, _back(request), f"Split into {count} items.")


async def review_page(request: Request) -> Response:
    from storage.items import list_items

    context = request.app.state.context
    zone = context.settings.zone
    with context.database.session() as session:
        rows = [
            (i.id, i.kind, i.created_at.astimezone(zone), i.text)
            for i in list_items(session, needs_review=True)
        ]
    return page(request, "review.html", title="Review", rows=rows, kinds=ITEM_KINDS)


ROUTES = [
    Route("/items", items_page),
    Route("/items/{item_id:int}", item_page),
    Route("/items/{item_id:int}/text", edit_text, methods=["POST"]),
    Route("/items/{item_id:int}/kind", refile_kind, methods=["POST"]),
    Route("/items/{item_id:int}/status", mark_status, methods=["POST"]),
    Route("/items/{item_id:int}/split", split, methods=["POST"]),
    Route("/review", review_page),
]

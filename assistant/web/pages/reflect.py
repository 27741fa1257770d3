"""Add a reflection by typing: classified and filed as `sessionmate add` does, with undo."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.web.responses import back_to, form_action, form_fields, page
from storage import ITEM_KINDS


async def reflect_page(request: Request) -> Response:
    return page(request, "reflect.html", title="Add a reflection", kinds=ITEM_KINDS)


@form_action("/reflect")
async def add_reflection(request: Request) -> Response:
    from assistant.crisis import crisis_concern, crisis_message, record_concern
    from assistant.safety_plan import read_plan
    from assistant.typed_reflection import decide, file_typed

    fields = await form_fields(request)
    text = " ".join(fields.get("text", "").split())
    if not text:
        raise InvalidInputError("empty text: write what to save")
    kind = fields.get("kind") or None
    if kind is not None and kind not in ITEM_KINDS:
        raise InvalidInputError(f"kind {kind!r} is not one of: {', '.join(ITEM_KINDS)}")
    context = request.app.state.context
    intent, filing = decide(text, kind, context.settings.review_threshold)
    with context.database.session(write=True) as session:
        (stored,) = file_typed(session, text, intent, filing).items
        item_id, saved = stored.item_id, stored.text
    message = f"Saved as {filing.kind}: {saved}"
    if filing.needs_review:
        message += " (not sure of the kind: check it under Review)"
    crisis: list[str] = []
    if (concern := crisis_concern(text)) is not None:
        # As everywhere: flagged for "Bring up first", answered with the person's own plan.
        record_concern(context.database, item_id, concern)
        plan = read_plan(context.database)
        crisis = crisis_message(context.settings, plan=plan, level=concern.level)
    return back_to(request, "/reflect", message, undo_id=item_id, crisis=crisis)


@form_action("/reflect")
async def undo_reflection(request: Request) -> Response:
    from assistant.replies import spoken
    from intents.handlers import undo_items

    fields = await form_fields(request)
    try:
        item_id = int(fields.get("item_id", ""))
    except ValueError as err:
        raise InvalidInputError("nothing to undo: no item was given") from err
    context = request.app.state.context
    with context.database.session(write=True) as session:
        undone = undo_items(session, [item_id])
    return back_to(request, "/reflect", spoken(undone))


ROUTES = [
    Route("/reflect", reflect_page),
    Route("/reflect", add_reflection, methods=["POST"]),
    Route("/reflect/undo", undo_reflection, methods=["POST"]),
]

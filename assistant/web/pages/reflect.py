"""Add a reflection by typing: classified and filed as `sessionmate add` does, with undo.

A line that holds several things ("we talked about my dad and she wants me to write him a
letter") is filed as each of them, as `add` and `reflect` do; the confirmation names them
all and one Undo removes them all.
"""

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
    from assistant.safety_plan_words import read_plan
    from assistant.typed_reflection import decide, file_typed

    fields = await form_fields(request)
    text = " ".join(fields.get("text", "").split())
    if not text:
        raise InvalidInputError("empty text: write what to save")
    kind = fields.get("kind") or None
    if kind is not None and kind not in ITEM_KINDS:
        raise InvalidInputError(f"kind {kind!r} is not one of: {', '.join(ITEM_KINDS)}")
    context = request.app.state.context
    if kind is None and (several := _file_several(request, text)) is not None:
        return several
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


def _file_several(request: Request, text: str) -> Response | None:
    """Every item a line holds, stored together, when it holds more than one; else None."""
    from assistant.crisis import crisis_concern, crisis_message, record_concern
    from assistant.replies import spoken
    from assistant.safety_plan_words import read_plan
    from intents import split_items
    from intents.handlers import file_items

    found = split_items(text)
    if len(found) < 2:
        return None
    context = request.app.state.context
    with context.database.session(write=True) as session:
        filed = file_items(
            session,
            found,
            transcript=text,
            source="typed",
            review_threshold=context.settings.review_threshold,
        )
    ids = filed.item_ids
    listed = "; ".join(f"{stored.kind}: {stored.text}" for stored in filed.items)
    message = f"{spoken(filed)[:-1]}: {listed}"
    if any(stored.needs_review for stored in filed.items):
        message += " (not sure of every kind: check them under Review)"
    crisis: list[str] = []
    if (concern := crisis_concern(text)) is not None:
        # The item that holds the words of crisis (the first, when only the whole line does).
        flagged = next(
            (i for i, item in zip(ids, found, strict=True) if crisis_concern(item.body)), ids[0]
        )
        record_concern(context.database, flagged, concern)
        plan = read_plan(context.database)
        crisis = crisis_message(context.settings, plan=plan, level=concern.level)
    undo = ",".join(str(i) for i in ids)
    return back_to(request, "/reflect", message, undo_id=undo, crisis=crisis)


@form_action("/reflect")
async def undo_reflection(request: Request) -> Response:
    from assistant.replies import spoken
    from intents.handlers import undo_items

    fields = await form_fields(request)
    try:
        item_ids = [int(part) for part in fields.get("item_id", "").split(",")]
    except ValueError as err:
        raise InvalidInputError("nothing to undo: no item was given") from err
    context = request.app.state.context
    with context.database.session(write=True) as session:
        undone = undo_items(session, item_ids)
    return back_to(request, "/reflect", spoken(undone))


ROUTES = [
    Route("/reflect", reflect_page),
    Route("/reflect", add_reflection, methods=["POST"]),
    Route("/reflect/undo", undo_reflection, methods=["POST"]),
]

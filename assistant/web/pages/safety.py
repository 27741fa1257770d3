"""The safety plan (a Stanley-Brown plan, step by step) and the support contacts.

The plan's storage (storage.safety_plan) comes with issue 10; until it is there the page
still gives the contacts, which matter most.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from assistant.errors import InvalidInputError
from assistant.web.responses import back_to, form_action, form_fields, page

PATH = "/safety"
STEP_TITLES = {
    "warning-signs": "My warning signs",
    "coping": "Things I can do on my own",
    "distractions": "People and places that take my mind off it",
    "people": "People I can ask for help",
    "professionals": "Professionals and services I can call",
    "environment": "Making my surroundings safer",
}


def _plan_storage() -> ModuleType | None:
    # Imported by name, so this file type-checks whether or not the module is there yet.
    try:
        return importlib.import_module("storage.safety_plan")
    except ImportError:
        return None


async def safety_page(request: Request) -> Response:
    context = request.app.state.context
    storage = _plan_storage()
    steps = []
    if storage is not None:
        with context.database.session() as session:
            entries = [(e.id, e.step, e.text) for e in storage.entries(session)]
        steps = [
            (step, STEP_TITLES.get(step, step), [(i, t) for i, s, t in entries if s == step])
            for step in storage.STEPS
        ]
    return page(
        request,
        "safety.html",
        title="Safety plan and support",
        contacts=context.settings.crisis_contacts,
        steps=steps,
        has_plan=storage is not None,
    )


def _storage_or_fail() -> ModuleType:
    storage = _plan_storage()
    if storage is None:
        raise InvalidInputError("the safety plan cannot be kept by this version yet")
    return storage


@form_action(PATH)
async def add_entry_action(request: Request) -> Response:
    storage = _storage_or_fail()
    fields = await form_fields(request)
    step, text = fields.get("step", ""), " ".join(fields.get("text", "").split())
    if step not in storage.STEPS:
        raise InvalidInputError(f"step {step!r} is not one of: {', '.join(storage.STEPS)}")
    if not text:
        raise InvalidInputError("empty text: write what to add to your plan")
    with request.app.state.context.database.session(write=True) as session:
        storage.add_entry(session, step, text)
    return back_to(request, PATH, f"Added to “{STEP_TITLES.get(step, step)}”: {text}")


@form_action(PATH)
async def remove_entry_action(request: Request) -> Response:
    storage = _storage_or_fail()
    with request.app.state.context.database.session(write=True) as session:
        storage.remove_entry(session, request.path_params["entry_id"])
    return back_to(request, PATH, "Removed it from your plan.")


ROUTES = [
    Route(PATH, safety_page),
    Route(f"{PATH}/add", add_entry_action, methods=["POST"]),
    Route(f"{PATH}/{{entry_id:int}}/remove", remove_entry_action, methods=["POST"]),
]

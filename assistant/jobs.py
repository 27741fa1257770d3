"""The functions APScheduler runs, named textually ("assistant.jobs:read_agenda") in its store.

They take only ids and do no talking themselves: each hands a request to the running
service, whose one dialog worker speaks, so the service never talks over itself.
APScheduler cannot pass the service to a stored job, hence the one module-level hook.
"""

from __future__ import annotations

from collections.abc import Callable

Dispatch = Callable[[str, int], None]  # (kind, target id)

_dispatch: Dispatch | None = None


def install(dispatch: Dispatch | None) -> None:
    """Route jobs to a running service (None when it stops)."""
    global _dispatch
    _dispatch = dispatch


def _submit(kind: str, target_id: int) -> None:
    if _dispatch is None:
        raise RuntimeError(f"{kind} job for #{target_id} ran with no service running")
    _dispatch(kind, target_id)


def read_agenda(appointment_id: int) -> None:
    _submit("agenda_readout", appointment_id)


def post_session(appointment_id: int) -> None:
    _submit("post_session", appointment_id)


def checkin(item_id: int) -> None:
    _submit("checkin", item_id)

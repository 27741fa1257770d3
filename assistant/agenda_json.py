"""The agenda as JSON, for scripts: the same entries the printed agenda shows."""

from __future__ import annotations

import json

from assistant.agenda_compose import AgendaInput, Entry


def _entry(entry: Entry) -> dict[str, object]:
    shown: dict[str, object] = {"id": entry.id, "text": entry.text}
    if entry.adherence is not None:
        shown["checkins"] = entry.adherence.as_json()
    return shown


def agenda_json(agenda: AgendaInput, zone_name: str) -> str:
    start, since = agenda.appointment_start, agenda.notes_since
    return json.dumps(
        {
            "appointment": None
            if start is None
            else {"starts_at": start.isoformat(), "timezone": str(start.tzinfo)},
            "timezone": zone_name,
            "notes_since": None if since is None else since.isoformat(),
            "needs": [_entry(e) for e in agenda.needs],
            "questions": [_entry(e) for e in agenda.questions],
            "homework": [_entry(e) for e in agenda.homework],
            "notes": [_entry(e) for e in agenda.notes],
        },
        indent=2,
        ensure_ascii=False,
    )

"""Everything the person has stored, as JSON-ready data (read back by assistant.importing;
the readable Markdown copy is assistant.export_markdown)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.export_rows import all_appointments, all_crisis_flags, all_items

FORMAT = "sessionmate-export"
VERSION = 1


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def export_data(session: Session, now: datetime) -> dict[str, Any]:
    from storage.plans import list_plans, plan_times
    from storage.safety_plan import entries as plan_entries

    flags = {
        f.item_id: {"level": f.level, "fired": f.fired, "flagged_at": _iso(f.flagged_at)}
        for f in all_crisis_flags(session)
    }

    items = all_items(session)
    plans = {
        plan.item_id: {
            "days": plan.days.split(","),
            "time": plan.time_of_day.strftime("%H:%M"),
            "times": [f"{at:%H:%M}" for at in plan_times(plan)],
            "timezone": plan.timezone,
            "cue": plan.cue,
            "question": plan.question,
            "once_on": None if plan.once_on is None else plan.once_on.isoformat(),
        }
        for plan in list_plans(session)
    }
    appointments = all_appointments(session)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _iso(now),
        "appointments": [
            {
                "id": a.id,
                "starts_at": _iso(a.starts_at),
                "minutes": a.minutes,
                "timezone": a.timezone,
                "recurrence": a.recurrence,
                "created_at": _iso(a.created_at),
            }
            for a in appointments
        ],
        "items": [
            {
                "id": i.id,
                "kind": i.kind,
                "text": i.text,
                "transcript": i.transcript,
                "confidence": i.confidence,
                "source": i.source,
                "status": i.status,
                "needs_review": i.needs_review,
                "created_at": _iso(i.created_at),
                "appointment_id": i.appointment_id,
                "checkins": [
                    {"at": _iso(c.at), "result": c.result, "note": c.note} for c in i.checkins
                ],
                "plan": plans.get(i.id),
                "crisis_flag": flags.get(i.id),
            }
            for i in items
        ],
        "safety_plan": [
            {"step": e.step, "text": e.text, "created_at": _iso(e.created_at)}
            for e in plan_entries(session)
        ],
    }

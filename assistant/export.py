"""Everything the person has stored, out to JSON and Markdown (read back by assistant.importing)."""

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


def _local(value: str, zone_name: str) -> str:
    """An exported ISO time as local wall-clock time in `zone_name`: "2026-12-03 10:30"."""
    from zoneinfo import ZoneInfo

    return f"{datetime.fromisoformat(value).astimezone(ZoneInfo(zone_name)):%Y-%m-%d %H:%M}"


def export_markdown(data: dict[str, Any], zone_name: str = "UTC") -> str:
    """A readable copy of the same export, for printing or sharing by choice.

    Times are local: an appointment's in its own zone, everything else in `zone_name`,
    each said with its zone.
    """
    lines = [f"# Sessionmate export, {_local(data['exported_at'], zone_name)} ({zone_name})", ""]
    titles = {"need": "Needs", "question": "Questions", "homework": "Homework", "note": "Notes"}
    for kind, title in titles.items():
        chosen = [i for i in data["items"] if i["kind"] == kind]
        lines += [f"## {title}", ""]
        if not chosen:
            lines.append("_None._")
        for item in chosen:
            status = "" if item["status"] == "open" else f" ({item['status']})"
            created = _local(item["created_at"], zone_name)[:10]
            lines.append(f"- **#{item['id']}** {item['text']}{status} _{created}_")
            for checkin in item["checkins"]:
                note = f": {checkin['note']}" if checkin["note"] else ""
                lines.append(
                    f"  - {_local(checkin['at'], zone_name)} "
                    f"{checkin['result'].replace('_', ' ')}{note}"
                )
        lines.append("")
    lines += _safety_plan_markdown(data.get("safety_plan", []))
    lines += ["## Appointments", ""]
    if not data["appointments"]:
        lines.append("_None._")
    for appt in data["appointments"]:
        repeat = ", weekly" if appt["recurrence"] == "weekly" else ""
        lines.append(
            f"- #{appt['id']} {_local(appt['starts_at'], appt['timezone'])} "
            f"({appt['timezone']}, {appt['minutes']} min{repeat})"
        )
    return "\n".join(lines).rstrip() + "\n"


def _safety_plan_markdown(entries: list[dict[str, Any]]) -> list[str]:
    from assistant.safety_plan import STEP_WORDS

    lines = ["## Safety plan", ""]
    if not entries:
        lines.append("_None._")
    for step, (title, _question) in STEP_WORDS.items():
        chosen = [e["text"] for e in entries if e["step"] == step]
        if chosen:
            lines.append(f"### {title}")
            lines += [f"- {text}" for text in chosen]
    return [*lines, ""]

"""A readable Markdown copy of an export (assistant.export_json), for printing or sharing."""

from __future__ import annotations

from datetime import datetime
from typing import Any


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
    from assistant.safety_plan_words import STEP_WORDS

    lines = ["## Safety plan", ""]
    if not entries:
        lines.append("_None._")
    for step, (title, _question) in STEP_WORDS.items():
        chosen = [e["text"] for e in entries if e["step"] == step]
        if chosen:
            lines.append(f"### {title}")
            lines += [f"- {text}" for text in chosen]
    return [*lines, ""]

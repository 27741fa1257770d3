"""Everything the person has stored, out to JSON and Markdown, and back in from JSON.

Import never duplicates: each record is matched on what identifies it for a person
(an item's kind, text and creation time; an appointment's start, zone and length),
so importing the same file twice, or into the database it came from, adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import InvalidInputError
from storage.tables import (
    CHECKIN_RESULTS,
    ITEM_KINDS,
    ITEM_SOURCES,
    ITEM_STATUSES,
    Appointment,
    CheckIn,
    Item,
)

FORMAT = "sessionmate-export"
VERSION = 1


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment(value: object, where: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError as err:
        raise InvalidInputError(f"{where}: {value!r} is not an ISO 8601 time") from err
    if parsed.tzinfo is None:
        raise InvalidInputError(f"{where}: {value!r} has no UTC offset")
    return parsed


def _one_of(record: dict, field: str, valid: tuple[str, ...], where: str, default=None) -> str:
    value = record.get(field, default)
    if value not in valid:
        raise InvalidInputError(f"{where}.{field}: {value!r} is not one of {', '.join(valid)}")
    return value


def _text(record: dict, field: str, where: str) -> str:
    value = record.get(field)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{where}.{field}: expected non-empty text, got {value!r}")
    return value


def export_data(session: Session, now: datetime) -> dict[str, Any]:
    from storage.plans import list_plans
    from storage.safety_plan import entries as plan_entries
    from storage.tables import CrisisFlag

    flags = {
        f.item_id: {"level": f.level, "fired": f.fired, "flagged_at": _iso(f.flagged_at)}
        for f in session.scalars(select(CrisisFlag))
    }

    items = session.scalars(select(Item).order_by(Item.id)).all()
    plans = {
        plan.item_id: {
            "days": plan.days.split(","),
            "time": plan.time_of_day.strftime("%H:%M"),
            "timezone": plan.timezone,
            "cue": plan.cue,
        }
        for plan in list_plans(session)
    }
    appointments = session.scalars(select(Appointment).order_by(Appointment.id)).all()
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


@dataclass
class ImportCounts:
    added: dict[str, int]
    skipped: dict[str, int]

    def summary(self) -> str:
        def part(counts: dict[str, int]) -> str:
            shown = (
                f"{n} {what if n != 1 else what.removesuffix('s')}" for what, n in counts.items()
            )
            return ", ".join(shown) or "nothing"

        return f"Imported {part(self.added)}; already there: {part(self.skipped)}."


def _count(counts: dict[str, int], what: str) -> None:
    counts[what] = counts.get(what, 0) + 1


def import_data(session: Session, data: object) -> ImportCounts:
    """Add what `data` (a parsed export) holds that the database does not."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInputError(f'not a Sessionmate export: expected "format": "{FORMAT}"')
    if data.get("version") != VERSION:
        raise InvalidInputError(
            f"export version {data.get('version')!r} is not one this program reads ({VERSION})"
        )
    counts = ImportCounts({}, {})
    appointment_ids = _import_appointments(session, _records(data, "appointments", ""), counts)
    for n, record in enumerate(_records(data, "items", "")):
        _import_item(session, record, f"items[{n}]", appointment_ids, counts)
    session.flush()
    return counts


def _records(container: dict, key: str, where: str) -> list[dict]:
    """container[key] as a list of objects (missing means none), or InvalidInputError."""
    records = container.get(key, [])
    if not isinstance(records, list):
        raise InvalidInputError(f"{where}{key}: expected a list, got {records!r:.40}")
    for n, record in enumerate(records):
        if not isinstance(record, dict):
            raise InvalidInputError(f"{where}{key}[{n}]: expected an object, got {record!r:.40}")
    return records


def _import_appointments(session: Session, records: list, counts: ImportCounts) -> dict:
    existing = {
        (a.starts_at, a.timezone, a.minutes, a.recurrence): a.id
        for a in session.scalars(select(Appointment))
    }
    ids = {}
    for n, record in enumerate(records):
        where = f"appointments[{n}]"
        minutes = record.get("minutes")
        if not isinstance(minutes, int) or minutes <= 0:
            raise InvalidInputError(f"{where}.minutes: {minutes!r} is not a positive number")
        _one_of(record, "recurrence", (None, "weekly"), where)
        key = (
            _moment(record.get("starts_at"), where),
            _text(record, "timezone", where),
            minutes,
            record.get("recurrence"),
        )
        if key in existing:
            _count(counts.skipped, "appointments")
        else:
            appointment = Appointment(
                starts_at=key[0],
                timezone=key[1],
                minutes=key[2],
                recurrence=key[3],
                created_at=_moment(record.get("created_at"), where),
            )
            session.add(appointment)
            session.flush()
            existing[key] = appointment.id
            _count(counts.added, "appointments")
        ids[record.get("id")] = existing[key]
    return ids


def _import_item(
    session: Session, record: dict, where: str, appointment_ids: dict, counts: ImportCounts
) -> None:
    if not isinstance(record, dict):
        raise InvalidInputError(f"{where}: expected an object, got {record!r:.40}")
    created = _moment(record.get("created_at"), where)
    kind = _one_of(record, "kind", ITEM_KINDS, where)
    text = _text(record, "text", where)
    item = session.scalars(
        select(Item).where(Item.kind == kind, Item.text == text, Item.created_at == created)
    ).first()
    if item is None:
        confidence = record.get("confidence")
        if confidence is not None and not (
            isinstance(confidence, int | float) and 0 <= confidence <= 1
        ):
            raise InvalidInputError(f"{where}.confidence: {confidence!r} is not from 0 to 1")
        item = Item(
            kind=kind,
            text=text,
            transcript=record.get("transcript") or text,
            confidence=confidence,
            source=_one_of(record, "source", ITEM_SOURCES, where, "typed"),
            status=_one_of(record, "status", ITEM_STATUSES, where, "open"),
            needs_review=bool(record.get("needs_review", False)),
            created_at=created,
            appointment_id=appointment_ids.get(record.get("appointment_id")),
        )
        session.add(item)
        session.flush()
        _count(counts.added, "items")
    else:
        _count(counts.skipped, "items")
    if record.get("plan"):
        _import_plan(session, item, record["plan"], f"{where}.plan", counts)
    known = {(c.at, c.result) for c in item.checkins}
    for m, checkin in enumerate(_records(record, "checkins", f"{where}.")):
        at = _moment(checkin.get("at"), f"{where}.checkins[{m}]")
        _one_of(checkin, "result", CHECKIN_RESULTS, f"{where}.checkins[{m}]")
        if (at, checkin.get("result")) in known:
            _count(counts.skipped, "check-ins")
            continue
        session.add(
            CheckIn(item_id=item.id, at=at, result=checkin.get("result"), note=checkin.get("note"))
        )
        known.add((at, checkin.get("result")))
        _count(counts.added, "check-ins")


def _import_plan(
    session: Session, item: Item, plan: object, where: str, counts: ImportCounts
) -> None:
    from storage.errors import StorageError
    from storage.plans import get_plan, set_plan

    if get_plan(session, item.id) is not None:
        _count(counts.skipped, "plans")
        return
    if not isinstance(plan, dict):
        raise InvalidInputError(f"{where}: expected an object, got {plan!r:.40}")
    try:
        at = time.fromisoformat(str(plan.get("time")))
        set_plan(
            session,
            item.id,
            days=list(plan.get("days") or []),
            time_of_day=at,
            timezone=str(plan.get("timezone")),
            cue=plan.get("cue"),
        )
    except (ValueError, TypeError, StorageError) as err:
        raise InvalidInputError(f"{where}: {err}") from err
    _count(counts.added, "plans")


def export_markdown(data: dict[str, Any]) -> str:
    """A readable copy of the same export, for printing or sharing by choice."""
    lines = [f"# Sessionmate export, {data['exported_at'][:16].replace('T', ' ')} UTC", ""]
    titles = {"need": "Needs", "question": "Questions", "homework": "Homework", "note": "Notes"}
    for kind, title in titles.items():
        chosen = [i for i in data["items"] if i["kind"] == kind]
        lines += [f"## {title}", ""]
        if not chosen:
            lines.append("_None._")
        for item in chosen:
            status = "" if item["status"] == "open" else f" ({item['status']})"
            lines.append(f"- **#{item['id']}** {item['text']}{status} _{item['created_at'][:10]}_")
            for checkin in item["checkins"]:
                note = f": {checkin['note']}" if checkin["note"] else ""
                lines.append(
                    f"  - {checkin['at'][:10]} {checkin['result'].replace('_', ' ')}{note}"
                )
        lines.append("")
    lines += _safety_plan_markdown(data.get("safety_plan", []))
    lines += ["## Appointments", ""]
    if not data["appointments"]:
        lines.append("_None._")
    for appt in data["appointments"]:
        repeat = ", weekly" if appt["recurrence"] == "weekly" else ""
        lines.append(
            f"- #{appt['id']} {appt['starts_at'][:16].replace('T', ' ')} "
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

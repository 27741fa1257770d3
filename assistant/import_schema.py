"""The shape of a Sessionmate export, declared once and checked by msgspec.

msgspec decodes and validates in one pass, strictly: no bool where a number belongs,
no "no" where a bool belongs, integers within SQLite's range, texts within their size.
What a type cannot say (known zones, a window of plausible times, valid Unicode, the
kinds and statuses of the tables) is checked by `check_document`, entry by entry in
file order, so the message names the first bad entry by its position.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Annotated

import msgspec

from assistant.checks import (
    MAX_ID,
    MAX_MINUTES,
    MAX_TEXT_CHARS,
    MIN_MINUTES,
    check_moment,
    check_text,
    check_zone,
)
from assistant.errors import InvalidInputError
from assistant.export_json import FORMAT, VERSION
from storage.tables import (
    CHECKIN_RESULTS,
    CRISIS_LEVELS,
    ITEM_KINDS,
    ITEM_SOURCES,
    ITEM_STATUSES,
    PLAN_DAYS,
    RECURRENCES,
    SAFETY_PLAN_STEPS,
)

Id = Annotated[int, msgspec.Meta(ge=1, le=MAX_ID)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_CHARS)]
Name = Annotated[str, msgspec.Meta(max_length=64)]


class CheckInRecord(msgspec.Struct):
    at: datetime
    result: Name
    note: Text | None = None


ClockTime = Annotated[str, msgspec.Meta(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")]


class PlanRecord(msgspec.Struct):
    days: Annotated[list[Name], msgspec.Meta(max_length=len(PLAN_DAYS))]
    time: ClockTime
    timezone: Name
    cue: Text | None = None
    # Since plans could ask at several times, in the person's words, or once by a date.
    times: Annotated[list[ClockTime], msgspec.Meta(max_length=24)] = []
    question: Text | None = None
    once_on: date | None = None


class CrisisFlagRecord(msgspec.Struct):
    level: Name
    fired: Annotated[str, msgspec.Meta(max_length=64)]
    flagged_at: datetime | None = None


class SafetyPlanRecord(msgspec.Struct):
    step: Name
    text: Annotated[str, msgspec.Meta(max_length=500)]
    created_at: datetime | None = None


class ItemRecord(msgspec.Struct):
    kind: Name
    text: Text
    created_at: datetime
    id: Id | None = None
    transcript: Text | None = None
    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)] | None = None
    source: Name = "typed"
    status: Name = "open"
    needs_review: bool = False
    appointment_id: Id | None = None
    checkins: list[CheckInRecord] = []
    plan: PlanRecord | None = None
    crisis_flag: CrisisFlagRecord | None = None


class AppointmentRecord(msgspec.Struct):
    starts_at: datetime
    minutes: Annotated[int, msgspec.Meta(ge=MIN_MINUTES, le=MAX_MINUTES)]
    timezone: Name
    id: Id | None = None
    recurrence: Name | None = None
    created_at: datetime | None = None


class ExportDocument(msgspec.Struct):
    # Unknown fields are skipped: a newer export's additions do not block an import.
    format: str
    version: int
    exported_at: str | None = None
    appointments: list[AppointmentRecord] = []
    items: list[ItemRecord] = []
    safety_plan: list[SafetyPlanRecord] = []


class _Header(msgspec.Struct):
    format: str | None = None
    version: object = None


def decode_export(raw: bytes) -> ExportDocument:
    """The export in `raw` JSON, or InvalidInputError naming where it went wrong."""
    try:
        header = msgspec.json.decode(raw, type=_Header)
    except msgspec.ValidationError as err:  # a DecodeError too: caught first
        raise InvalidInputError(
            f'not a Sessionmate export: expected "format": "{FORMAT}" ({_reason(err)})'
        ) from err
    except (msgspec.DecodeError, RecursionError) as err:
        raise InvalidInputError(f"not valid JSON: {_reason(err)}") from err
    if header.format != FORMAT:
        raise InvalidInputError(f'not a Sessionmate export: expected "format": "{FORMAT}"')
    if type(header.version) is not int or header.version != VERSION:
        raise InvalidInputError(
            f"export version {header.version!r:.20} is not one this program reads ({VERSION})"
        )
    try:
        return msgspec.json.decode(raw, type=ExportDocument)
    except msgspec.ValidationError as err:
        raise InvalidInputError(_reason(err, raw)) from err
    except (msgspec.DecodeError, RecursionError) as err:
        raise InvalidInputError(f"not valid JSON: {_reason(err)}") from err


_TYPE_WORDS = {
    "array": "a list",
    "object": "an object",
    "str": "text",
    "int": "a whole number",
    "bool": "true or false",
    "float": "a number",
    "null": "null",
}
_STEP = re.compile(r"\.([A-Za-z_]\w*)|\[(\d+)\]")


def _reason(err: Exception, raw: bytes = b"") -> str:
    """msgspec's message in our words: where, what was expected, and the value found."""
    if isinstance(err, RecursionError):
        return "nested too deeply"
    message = str(err)
    if " - at `$" not in message:
        return message.replace("`", "")
    what, where = message.rsplit(" - at `$", 1)
    where = where.rstrip("`")
    what = re.sub(
        r"`([^`]+)`",
        lambda m: " or ".join(_TYPE_WORDS.get(t.strip(), t.strip()) for t in m[1].split("|")),
        what,
    )
    what = re.sub(r"text matching regex '.*'", "a time of day as HH:MM", what)
    what = what[:1].lower() + what[1:]
    if "rfc3339" in what.lower():
        what = "expected an ISO 8601 time such as 2026-12-03T15:00:00+01:00"
    if what.startswith("expected"):
        what = what.split(", got")[0] + f", got {_value_at(raw, where)}"
    return f"{where.lstrip('.')}: {what}"


def _value_at(raw: bytes, where: str) -> str:
    try:
        value: object = msgspec.json.decode(raw)
        for name, index in _STEP.findall(where):
            value = value[int(index)] if index else value[name]  # type: ignore[index]
    except (msgspec.DecodeError, RecursionError, LookupError, TypeError, ValueError):
        return "something else"
    if isinstance(value, list | dict) and len(repr(value)) > 40:
        return "a list" if isinstance(value, list) else "an object"
    return f"{value!r:.40}"


def check_document(document: ExportDocument, now: datetime) -> None:
    """What the types cannot say, entry by entry in file order."""
    for n, appointment in enumerate(document.appointments):
        where = f"appointments[{n}]"
        check_moment(appointment.starts_at, now, f"{where}.starts_at")
        if appointment.created_at is not None:
            _check_created(appointment.created_at, now, f"{where}.created_at")
        check_zone(appointment.timezone, f"time zone in {where}.timezone:")
        _one_of(appointment.recurrence, (None, *RECURRENCES), f"{where}.recurrence")
    for n, item in enumerate(document.items):
        where = f"items[{n}]"
        _one_of(item.kind, ITEM_KINDS, f"{where}.kind")
        _one_of(item.source, ITEM_SOURCES, f"{where}.source")
        _one_of(item.status, ITEM_STATUSES, f"{where}.status")
        if not item.text.strip():
            raise InvalidInputError(f"{where}.text: expected non-empty text")
        check_text(item.text, f"{where}.text")
        if item.transcript is not None:
            check_text(item.transcript, f"{where}.transcript")
        _check_created(item.created_at, now, f"{where}.created_at")
        for m, checkin in enumerate(item.checkins):
            at = f"{where}.checkins[{m}]"
            _check_created(checkin.at, now, f"{at}.at")
            _one_of(checkin.result, CHECKIN_RESULTS, f"{at}.result")
            if checkin.note is not None:
                check_text(checkin.note, f"{at}.note")
        if item.plan is not None:
            plan = item.plan
            if item.kind != "homework":
                raise InvalidInputError(
                    f"{where}.plan: only homework has a plan, not a {item.kind}"
                )
            if not plan.days:
                raise InvalidInputError(f"{where}.plan.days: expected at least one day")
            for day in plan.days:
                _one_of(day, PLAN_DAYS, f"{where}.plan.days")
            check_zone(plan.timezone, f"time zone in {where}.plan.timezone:")
            if plan.cue is not None:
                check_text(plan.cue, f"{where}.plan.cue")
            if plan.question is not None:
                check_text(plan.question, f"{where}.plan.question")
            if plan.once_on is not None:
                _check_created(
                    datetime.combine(plan.once_on, time(12), UTC), now, f"{where}.plan.once_on"
                )
        if item.crisis_flag is not None:
            _one_of(item.crisis_flag.level, CRISIS_LEVELS, f"{where}.crisis_flag.level")
            check_text(item.crisis_flag.fired, f"{where}.crisis_flag.fired")
    for n, entry in enumerate(document.safety_plan):
        where = f"safety_plan[{n}]"
        _one_of(entry.step, SAFETY_PLAN_STEPS, f"{where}.step")
        if not entry.text.strip():
            raise InvalidInputError(f"{where}.text: expected a few words, got an empty text")
        check_text(entry.text, f"{where}.text")


def _check_created(moment: datetime, now: datetime, where: str) -> None:
    """When a thing was made: never later than the window, and with its offset."""
    check_moment(moment, now, where)


def _one_of(value: str | None, valid: tuple, where: str) -> None:
    if value not in valid:
        shown = ", ".join("none" if v is None else v for v in valid)
        raise InvalidInputError(f"{where}: {value!r:.40} is not one of {shown}")

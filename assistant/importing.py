"""`import`: an export read back in, all or nothing.

The file is read only if it is a regular file no larger than MAX_EXPORT_BYTES (a FIFO
or /dev/zero would never end), decoded and checked whole (assistant.import_schema)
before the first row is written, and written in the caller's one transaction.

Import never duplicates: each record is matched on what identifies it for a person
(an item's kind, text and creation time; an appointment's start, zone, length and
recurrence), so importing the same file twice adds nothing. Records keep their ids
where those are free in this database; the others are renumbered, and counted.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from assistant.errors import InvalidInputError
from assistant.import_schema import (
    AppointmentRecord,
    ExportDocument,
    ItemRecord,
    SafetyPlanRecord,
    check_document,
    decode_export,
)
from storage.export_rows import all_appointments, find_item, id_is_free
from storage.tables import Appointment, CheckIn, Item

# Thousands of notes fit in a few megabytes; this leaves room and refuses a flood.
MAX_EXPORT_BYTES = 64 * 1024**2


def read_export_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_EXPORT_BYTES, or InvalidInputError."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError as err:
        raise InvalidInputError(f"no such file: {path}") from err
    except (OSError, ValueError) as err:
        reason = getattr(err, "strerror", None) or str(err)
        raise InvalidInputError(f"cannot read {path!s:.200}: {reason}") from err
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise InvalidInputError(f"cannot import {path}: it is {kind}, not an export file")
        if info.st_size > MAX_EXPORT_BYTES:
            raise _too_big(path, info.st_size)
        try:
            raw = handle.read(MAX_EXPORT_BYTES + 1)
        except OSError as err:
            raise InvalidInputError(f"cannot read {path}: {err.strerror}") from err
    if len(raw) > MAX_EXPORT_BYTES:
        raise _too_big(path, len(raw))
    return raw


def _too_big(path: Path, size: int) -> InvalidInputError:
    return InvalidInputError(
        f"cannot import {path}: {size:,} bytes is more than an export may be "
        f"({MAX_EXPORT_BYTES:,} bytes)"
    )


def load_export(path: Path, now: datetime) -> ExportDocument:
    """The checked export at `path`; the message names the first bad entry by position."""
    raw = read_export_bytes(path)
    try:
        document = decode_export(raw)
    except InvalidInputError as err:
        raise InvalidInputError(f"cannot read {path} as a Sessionmate export: {err}") from err
    try:
        check_document(document, now)
    except InvalidInputError as err:
        raise InvalidInputError(f"cannot import {path}, nothing was imported: {err}") from err
    return document


@dataclass
class ImportCounts:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    renumbered: int = 0

    def count(self, counts: dict[str, int], what: str) -> None:
        counts[what] = counts.get(what, 0) + 1

    def summary(self) -> str:
        def part(counts: dict[str, int]) -> str:
            shown = (
                f"{n} {what if n != 1 else what.removesuffix('s')}" for what, n in counts.items()
            )
            return ", ".join(shown) or "nothing"

        line = f"Imported {part(self.added)}; already there: {part(self.skipped)}."
        if self.renumbered:
            line += (
                f" {self.renumbered} {'record was' if self.renumbered == 1 else 'records were'}"
                " renumbered: their ids were taken here."
            )
        return line


def import_document(session: Session, document: ExportDocument) -> ImportCounts:
    """Add what a checked export holds that the database does not, in `session`."""
    from storage.identity import sync_id_sequences

    counts = ImportCounts()
    appointment_ids = _import_appointments(session, document.appointments, counts)
    items = _import_items(session, document.items, appointment_ids, counts)
    for record, item in zip(document.items, items, strict=True):
        _import_plan(session, record, item, counts)
        _import_checkins(record, item, counts)
        _import_crisis_flag(session, record, item)
    _import_safety_plan(session, document.safety_plan, counts)
    session.flush()
    sync_id_sequences(session, ("appointments", "items"))
    return counts


Row = TypeVar("Row", Item, Appointment)


class _NewRows(Generic[Row]):
    """New rows of one table: a row whose exported id is free here keeps it and is added
    first; the others are renumbered after them, so a kept id is never taken by a new one."""

    def __init__(self, session: Session, table: type[Row], what: str, counts: ImportCounts):
        self.session = session
        self.table: type[Row] = table
        self.what = what
        self.counts = counts
        self.taken: set[int] = set()
        self.later: list[Row] = []

    def id_to_keep(self, exported: int | None) -> int | None:
        """`exported` if no row here has that id yet, else None (the row is renumbered)."""
        if exported is None or exported in self.taken:
            return None
        return exported if id_is_free(self.session, self.table, exported) else None

    def add(self, row: Row, exported: int | None) -> Row:
        if row.id is not None:
            self.taken.add(row.id)
            self.session.add(row)
        else:
            self.later.append(row)
            self.counts.renumbered += exported is not None
        self.counts.count(self.counts.added, self.what)
        return row

    def flush(self) -> None:
        self.session.flush()  # the kept ids first, so the renumbered ones come after them
        self.session.add_all(self.later)
        self.session.flush()


def _import_appointments(
    session: Session, records: list[AppointmentRecord], counts: ImportCounts
) -> dict[int, int]:
    existing = {
        (a.starts_at, a.timezone, a.minutes, a.recurrence): a for a in all_appointments(session)
    }
    made: dict[int, Appointment] = {}  # record position -> row
    new = _NewRows(session, Appointment, "appointments", counts)
    for n, record in enumerate(records):
        key = (record.starts_at, record.timezone, record.minutes, record.recurrence)
        if key in existing:
            made[n] = existing[key]
            counts.count(counts.skipped, "appointments")
            continue
        row = Appointment(
            id=new.id_to_keep(record.id),
            starts_at=record.starts_at,
            timezone=record.timezone,
            minutes=record.minutes,
            recurrence=record.recurrence,
            **({"created_at": record.created_at} if record.created_at else {}),
        )
        existing[key] = made[n] = new.add(row, record.id)
    new.flush()
    return {r.id: made[n].id for n, r in enumerate(records) if r.id is not None}


def _import_items(
    session: Session,
    records: list[ItemRecord],
    appointment_ids: dict[int, int],
    counts: ImportCounts,
) -> list[Item]:
    made: list[Item] = []
    new = _NewRows(session, Item, "items", counts)
    seen: dict[tuple, Item] = {}
    for record in records:
        key = (record.kind, record.text, record.created_at)
        item = seen.get(key) or find_item(session, record.kind, record.text, record.created_at)
        if item is not None:
            counts.count(counts.skipped, "items")
            made.append(item)
            continue
        item = Item(
            id=new.id_to_keep(record.id),
            kind=record.kind,
            text=record.text,
            transcript=record.transcript or record.text,
            confidence=record.confidence,
            source=record.source,
            status=record.status,
            needs_review=record.needs_review,
            created_at=record.created_at,
            appointment_id=(
                None
                if record.appointment_id is None
                else appointment_ids.get(record.appointment_id)
            ),
        )
        seen[key] = new.add(item, record.id)
        made.append(item)
    new.flush()
    return made


def _import_checkins(record: ItemRecord, item: Item, counts: ImportCounts) -> None:
    known = {(c.at, c.result) for c in item.checkins}
    for checkin in record.checkins:
        if (checkin.at, checkin.result) in known:
            counts.count(counts.skipped, "check-ins")
            continue
        item.checkins.append(CheckIn(at=checkin.at, result=checkin.result, note=checkin.note))
        known.add((checkin.at, checkin.result))
        counts.count(counts.added, "check-ins")


def _import_plan(session: Session, record: ItemRecord, item: Item, counts: ImportCounts) -> None:
    from storage.plans import get_plan, set_plan

    if record.plan is None:
        return
    if get_plan(session, item.id) is not None:
        counts.count(counts.skipped, "plans")
        return
    plan = record.plan
    set_plan(
        session,
        item.id,
        days=plan.days,
        time_of_day=time.fromisoformat(plan.time),
        timezone=plan.timezone,
        cue=plan.cue,
        extra_times=[time.fromisoformat(at) for at in plan.times],
        question=plan.question,
        once_on=plan.once_on,
    )
    counts.count(counts.added, "plans")


def _import_crisis_flag(session: Session, record: ItemRecord, item: Item) -> None:
    # The therapist should still hear it first: the flag travels with its item.
    from storage.crisis_flags import flag_item

    if record.crisis_flag is not None:
        flag_item(session, item.id, record.crisis_flag.level, record.crisis_flag.fired)


def _import_safety_plan(
    session: Session, records: list[SafetyPlanRecord], counts: ImportCounts
) -> None:
    from storage.safety_plan import add_entry, entries

    present = {(entry.step, entry.text) for entry in entries(session)}
    for record in records:
        key = (record.step, " ".join(record.text.split()))
        if key in present:
            counts.count(counts.skipped, "safety plan lines")
            continue
        add_entry(session, *key)
        present.add(key)
        counts.count(counts.added, "safety plan lines")

"""What the service will do, as an iCalendar file: `sessionmate schedule --ics FILE`.

One event per planned run, at its time, with its kind in the summary. No note or
homework text goes into the file: calendar files get synced and shared, and a summary
like "homework check-in #3" is enough to see when the assistant will speak.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.errors import InvalidInputError
from assistant.schedule import Planned

SUMMARIES = {
    "agenda_readout": "Sessionmate: agenda readout before appointment #{id}",
    "post_session": "Sessionmate: after-session prompt for appointment #{id}",
    "checkin": "Sessionmate: homework check-in #{id}",
}
RUN_MINUTES = 5  # each run shown as a short event


def calendar_bytes(runs: Sequence[Planned], now: datetime) -> bytes:
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Sessionmate//schedule//EN")
    calendar.add("version", "2.0")
    for run in runs:
        event = icalendar.Event()
        event.add("uid", f"{run.job_id}-{run.when.astimezone(UTC):%Y%m%dT%H%M%SZ}@sessionmate")
        event.add("dtstamp", now.astimezone(UTC))
        # In UTC: every calendar program reads it, with no VTIMEZONE to ship.
        event.add("dtstart", run.when.astimezone(UTC))
        event.add("dtend", (run.when + timedelta(minutes=RUN_MINUTES)).astimezone(UTC))
        event.add("summary", SUMMARIES[run.kind].format(id=run.target_id))
        event.add("categories", [run.kind])
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()  # icalendar leaves to_ical() unannotated
    return ical


def write_calendar(path: Path, data: bytes) -> None:
    """Written beside, then renamed into place; owner-only like everything we write."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInputError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise InvalidInputError(f"cannot write {path}: it is a folder")
    temporary = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise InvalidInputError(f"cannot write {path}: {err.strerror}") from err

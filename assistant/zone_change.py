"""Saying what a change of the configured time zone does to existing appointments.

Appointments keep the zone they were booked in (a 15:00 Berlin session stays 15:00 in
Berlin), which is right for a session with a therapist in that city but surprising if
unsaid. The zone last seen is kept in the data directory; when it differs, the next
command that shows appointments says so once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SEEN_FILE = "timezone-seen"


def zone_change_notice(
    data_dir: Path,
    zone_name: str,
    appointments: Iterable[tuple[int, datetime, str]],
) -> list[str]:
    """Lines to show once after the zone changed (and remember the new one)."""
    seen_path = data_dir / SEEN_FILE
    try:
        seen = seen_path.read_text(encoding="utf-8").strip()
    except OSError:
        seen = ""
    if seen == zone_name:
        return []
    try:
        seen_path.write_text(zone_name + "\n", encoding="utf-8")
    except OSError:
        return []  # a read-only data directory: say nothing rather than say it every time
    if not seen:
        return []
    lines = [
        f"Your time zone is now {zone_name} (it was {seen}). Appointments keep the zone "
        "they were made in:"
    ]
    here = ZoneInfo(zone_name)
    for ident, starts_at, own in appointments:
        there = starts_at.astimezone(ZoneInfo(own))
        local = starts_at.astimezone(here)
        lines.append(
            f"  #{ident} {there:%a %d %b %Y %H:%M} {own}"
            + ("" if own == zone_name else f" ({local:%H:%M} {zone_name})")
        )
    if len(lines) == 1:
        lines[0] = lines[0].replace("Appointments keep", "Appointments will keep")
    return lines

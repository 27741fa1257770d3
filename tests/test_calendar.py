"""Appointment occurrences keep local wall-clock time across daylight saving."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar import (
    AppointmentSpec,
    next_occurrence,
    occurrences,
    previous_occurrence,
)


@pytest.mark.parametrize(
    ("zone_name", "first"),
    [
        ("Europe/Berlin", datetime(2026, 10, 15, 15, 0)),
        ("America/New_York", datetime(2026, 10, 22, 15, 0)),
    ],
)
def test_weekly_keeps_local_time_across_the_autumn_change(zone_name, first):
    zone = ZoneInfo(zone_name)
    spec = AppointmentSpec(1, first.replace(tzinfo=zone), 50, zone_name, "weekly")
    found = occurrences(spec, datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    assert len(found) >= 6
    assert {occ.starts_at.astimezone(zone).hour for occ in found} == {15}
    utc_hours = {occ.starts_at.astimezone(UTC).hour for occ in found}
    assert len(utc_hours) == 2  # the UTC time moved by an hour with the clocks


def test_one_off_occurs_once():
    zone = ZoneInfo("Europe/Berlin")
    spec = AppointmentSpec(2, datetime(2026, 12, 3, 10, 0, tzinfo=zone), 30, "Europe/Berlin", None)
    wide = occurrences(spec, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert [occ.starts_at for occ in wide] == [datetime(2026, 12, 3, 10, 0, tzinfo=zone)]
    assert wide[0].ends_at == datetime(2026, 12, 3, 10, 30, tzinfo=zone)


def test_next_and_previous_around_a_running_appointment():
    zone = ZoneInfo("Europe/Berlin")
    spec = AppointmentSpec(
        1, datetime(2026, 11, 5, 15, 0, tzinfo=zone), 50, "Europe/Berlin", "weekly"
    )
    during = datetime(2026, 11, 26, 15, 20, tzinfo=zone)
    # An appointment still running is the next one: its agenda is still useful.
    assert next_occurrence([spec], during).starts_at == datetime(2026, 11, 26, 15, 0, tzinfo=zone)
    assert previous_occurrence([spec], datetime(2026, 11, 26, 15, 0, tzinfo=zone)).starts_at == (
        datetime(2026, 11, 19, 15, 0, tzinfo=zone)
    )
    assert next_occurrence([], during) is None

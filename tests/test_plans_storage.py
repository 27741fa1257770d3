"""Check-in plans, the schedule change counter and missed runs, on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from storage import InvalidValueError, NotFoundError
from storage.appointments import add_appointment, remove_appointment
from storage.changes import schedule_version
from storage.checkin_notes import set_checkin_note
from storage.checkins import add_checkin, list_checkins
from storage.items import add_item, delete_item, set_status
from storage.missed import mark_mentioned, record_missed, unmentioned
from storage.plans import clear_plan, get_plan, list_plans, set_plan

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
EVENING = time(20, 0)


@pytest.fixture
def homework(database) -> int:
    with database.session(write=True) as s:
        return add_item(s, "homework", "journaling").id


def plan(session, item_id, days=("mon", "wed", "fri"), **options):
    return set_plan(
        session,
        item_id,
        days=days,
        time_of_day=options.pop("at", EVENING),
        timezone=options.pop("timezone", "Europe/Berlin"),
        **options,
    )


def test_a_plan_is_stored_with_its_zone_days_in_week_order_and_cue(database, homework):
    with database.session(write=True) as s:
        plan(s, homework, days=("fri", "mon", "wed", "mon"), cue="  after dinner ")
    with database.session() as s:
        stored = get_plan(s, homework)
        assert (stored.days, stored.time_of_day, stored.timezone, stored.cue) == (
            "mon,wed,fri",
            EVENING,
            "Europe/Berlin",
            "after dinner",
        )


def test_setting_a_plan_again_replaces_it(database, homework):
    with database.session(write=True) as s:
        plan(s, homework, cue="after dinner")
        plan(s, homework, days=("sun",), at=time(8, 30))
    with database.session() as s:
        (only,) = list_plans(s)
        assert (only.days, only.time_of_day, only.cue) == ("sun", time(8, 30), None)


@pytest.mark.parametrize(
    ("options", "field", "valid"),
    [
        ({"days": ("mon", "funday")}, "day", "mon"),
        ({"days": ()}, "days", "at least one of mon"),
        ({"timezone": "Mars/Olympus"}, "timezone", "Europe/Berlin"),
    ],
)
def test_bad_plan_values_name_the_field_and_what_is_valid(
    database, homework, options, field, valid
):
    with pytest.raises(InvalidValueError) as caught, database.session(write=True) as s:
        plan(s, homework, **options)
    assert caught.value.field == field
    assert any(valid in choice for choice in caught.value.valid)
    with database.session() as s:
        assert list_plans(s) == []


def test_only_homework_can_have_a_plan(database):
    with database.session(write=True) as s:
        note = add_item(s, "note", "we talked about my dad").id
    bad = pytest.raises(InvalidValueError, match="'note' is not one of: homework")
    with bad, database.session(write=True) as s:
        plan(s, note)
    missing = pytest.raises(NotFoundError, match="no item with id 99")
    with missing, database.session(write=True) as s:
        plan(s, 99)


def test_clearing_and_deleting_the_item_remove_the_plan(database, homework):
    with database.session(write=True) as s:
        plan(s, homework)
    with database.session(write=True) as s:
        assert clear_plan(s, homework) is True
        assert clear_plan(s, homework) is False
        plan(s, homework)
    with database.session(write=True) as s:
        delete_item(s, homework)
    with database.session() as s:
        assert list_plans(s) == []


def test_active_plans_are_those_of_open_homework(database, homework):
    with database.session(write=True) as s:
        other = add_item(s, "homework", "box breathing").id
        plan(s, homework)
        plan(s, other)
        set_status(s, other, "done")
    with database.session() as s:
        assert [p.item_id for p in list_plans(s, active=True)] == [homework]
        assert len(list_plans(s)) == 2


def version(database) -> int:
    with database.session() as s:
        return schedule_version(s)


def test_the_change_counter_moves_with_whatever_the_service_schedules(database, homework):
    steps = []
    with database.session(write=True) as s:
        appointment = add_appointment(s, T0, minutes=50, timezone="Europe/Berlin").id
    steps.append(("add appointment", version(database)))
    with database.session(write=True) as s:
        plan(s, homework)
    steps.append(("set plan", version(database)))
    with database.session(write=True) as s:
        set_status(s, homework, "done")
    steps.append(("homework done", version(database)))
    with database.session(write=True) as s:
        remove_appointment(s, appointment)
    steps.append(("remove appointment", version(database)))
    with database.session(write=True) as s:
        clear_plan(s, homework)
    steps.append(("clear plan", version(database)))
    versions = [v for _, v in steps]
    assert versions == sorted(set(versions)) and versions[0] > 0, steps


def test_the_counter_stays_put_for_what_does_not_change_the_schedule(database, homework):
    before = version(database)
    with database.session(write=True) as s:
        add_item(s, "note", "a new reflection")
        add_checkin(s, homework, "done", at=T0)
    with database.session(write=True) as s:
        set_status(s, homework, "open")  # unchanged
    assert version(database) == before


def test_a_missed_run_is_recorded_once_and_mentioned_once(database):
    due = T0 + timedelta(days=1)
    with database.session(write=True) as s:
        assert record_missed(s, "checkin", 3, due) is True
        assert record_missed(s, "checkin", 3, due) is False
        assert record_missed(s, "agenda_readout", 3, due) is True
    with database.session(write=True) as s:
        pending = unmentioned(s)
        assert [(m.kind, m.target_id, m.due_at) for m in pending] == [
            ("checkin", 3, due),
            ("agenda_readout", 3, due),
        ]
        mark_mentioned(s, [m.id for m in pending], T0)
    with database.session() as s:
        assert unmentioned(s) == []
    with pytest.raises(InvalidValueError), database.session(write=True) as s:
        record_missed(s, "lunch", 1, due)


def test_a_checkin_note_is_added_after_the_answer(database, homework):
    with database.session(write=True) as s:
        checkin = add_checkin(s, homework, "partial", at=T0).id
    with database.session(write=True) as s:
        set_checkin_note(s, checkin, "  work ran late ")
    with database.session() as s:
        assert list_checkins(s, homework)[0].note == "work ran late"
    with pytest.raises(NotFoundError), database.session(write=True) as s:
        set_checkin_note(s, 42, "x")


def test_the_counter_hook_leaves_other_sessions_in_the_process_alone(tmp_path):
    # A host program's own SQLAlchemy session, on a database without our counter table,
    # must not run our hook (which would fail there with "no such table").
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from storage.tables import Appointment

    theirs = create_engine(f"sqlite:///{tmp_path / 'theirs.db'}")
    Appointment.__table__.create(theirs)
    with Session(theirs) as session:
        session.add(Appointment(starts_at=T0, minutes=50, timezone="Europe/Berlin"))
        session.commit()
    theirs.dispose()

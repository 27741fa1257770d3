"""The query layer: validation, cascades, ordering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import InvalidValueError, NotFoundError
from storage.appointments import add_appointment, list_appointments, remove_appointment
from storage.checkins import add_checkin, list_checkins
from storage.items import (
    add_item,
    delete_item,
    get_item,
    list_items,
    newest_item,
    refile,
    set_status,
)

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_items_are_listed_oldest_first_and_filtered(database):
    with database.session(write=True) as s:
        for n, kind in enumerate(["note", "question", "homework", "need", "question"]):
            add_item(s, kind, f"{kind} {n}", created_at=T0 + timedelta(minutes=n))
        set_status(s, 2, "answered")
    with database.session() as s:
        assert [i.id for i in list_items(s)] == [1, 2, 3, 4, 5]
        assert [i.id for i in list_items(s, kind="question")] == [2, 5]
        assert [i.id for i in list_items(s, kind="question", status="open")] == [5]
        assert newest_item(s).id == 5


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s: add_item(s, "todo", "x"), "kind"),
        (lambda s: add_item(s, "note", "   "), "text"),
        (lambda s: add_item(s, "note", "x", source="email"), "source"),
        (lambda s: add_item(s, "note", "x", confidence=1.5), "confidence"),
        (lambda s: list_items(s, status="closed"), "status"),
    ],
)
def test_bad_values_name_the_field_and_what_is_valid(database, call, field):
    with pytest.raises(InvalidValueError) as caught, database.session(write=True) as s:
        call(s)
    assert caught.value.field == field
    with database.session() as s:
        assert list_items(s) == []


def test_unknown_ids_are_not_found(database):
    with database.session(write=True) as s:
        with pytest.raises(NotFoundError, match="no item with id 99"):
            set_status(s, 99, "done")
        with pytest.raises(NotFoundError, match="no appointment with id 7"):
            remove_appointment(s, 7)


def test_deleting_homework_deletes_its_checkins(database):
    with database.session(write=True) as s:
        hw = add_item(s, "homework", "journal every night")
        add_checkin(s, hw.id, "done")
        add_checkin(s, hw.id, "partial", note="too tired")
    with database.session(write=True) as s:
        delete_item(s, hw.id)
    with database.session() as s:
        assert list_checkins(s) == []


def test_checkins_only_for_homework_with_known_results(database):
    with database.session(write=True) as s:
        note = add_item(s, "note", "a note")
        hw = add_item(s, "homework", "walk daily")
        with pytest.raises(InvalidValueError, match="homework"):
            add_checkin(s, note.id, "done")
        with pytest.raises(InvalidValueError, match="no_answer"):
            add_checkin(s, hw.id, "maybe")


def test_refile_changes_the_kind_and_clears_review(database):
    with database.session(write=True) as s:
        item = add_item(s, "note", "can we go slower", needs_review=True)
        refile(s, item.id, "need")
    with database.session() as s:
        item = get_item(s, 1)
        assert (item.kind, item.needs_review) == ("need", False)


def test_removing_an_appointment_keeps_its_items(database):
    with database.session(write=True) as s:
        appt = add_appointment(s, T0, minutes=50, timezone="Europe/Berlin", recurrence="weekly")
        add_item(s, "question", "is it normal", appointment_id=appt.id)
        remove_appointment(s, appt.id)
    with database.session() as s:
        assert list_appointments(s) == []
        assert list_items(s)[0].appointment_id is None


def test_appointments_need_an_aware_start_and_positive_length(database):
    with database.session(write=True) as s:
        with pytest.raises(InvalidValueError, match="minutes"):
            add_appointment(s, T0, minutes=0, timezone="UTC")
        with pytest.raises(InvalidValueError, match="time zone"):
            add_appointment(s, T0.replace(tzinfo=None), minutes=50, timezone="UTC")
        with pytest.raises(InvalidValueError, match="weekly"):
            add_appointment(s, T0, minutes=50, timezone="UTC", recurrence="daily")


def test_an_id_is_never_handed_out_twice(database):
    with database.session(write=True) as s:
        add_item(s, "note", "first")
        second = add_item(s, "note", "second")
        delete_item(s, second.id)
        third = add_item(s, "note", "third")
    assert third.id == second.id + 1

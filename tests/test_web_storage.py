"""The queries behind the companion page, on SQLite, SQLCipher and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.homework_weeks import weeks_of
from storage.appointments import add_appointment, get_appointment, reschedule_appointment
from storage.errors import InvalidValueError, NotFoundError
from storage.item_edits import edit_item_text, refile_item
from storage.item_search import ItemQuery, search_items
from storage.items import add_item, get_item
from storage.missed import record_missed
from storage.missed_checkins import missed_checkins

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_refiling_clears_the_review_flag_and_editing_keeps_the_transcript(database):
    with database.session(write=True) as session:
        ident = add_item(session, "note", "ask about the time", needs_review=True).id
    with database.session(write=True) as session:
        refile_item(session, ident, "question")
        edit_item_text(session, ident, "  ask about moving the time  ")
    with database.session() as session:
        item = get_item(session, ident)
        assert (item.kind, item.needs_review, item.text, item.transcript) == (
            "question",
            False,
            "ask about moving the time",
            "ask about the time",
        )
    with database.session(write=True) as session, pytest.raises(InvalidValueError):
        edit_item_text(session, ident, "   ")
    with database.session(write=True) as session, pytest.raises(InvalidValueError):
        refile_item(session, ident, "wish")
    with database.session(write=True) as session, pytest.raises(NotFoundError):
        refile_item(session, ident + 100, "note")


def test_search_by_words_kind_status_and_date_newest_first(database):
    with database.session(write=True) as session:
        for day, kind, text in (
            (0, "note", "100% of the walk"),
            (1, "question", "why Sundays"),
            (2, "note", "a_b sunday walk"),
            (3, "need", "more time"),
        ):
            add_item(session, kind, text, created_at=T0 + timedelta(days=day))
    with database.session() as session:

        def texts(**query) -> list[str]:
            found, total = search_items(session, ItemQuery(**query))
            assert total == len(found)
            return [item.text for item in found]

        assert texts() == ["more time", "a_b sunday walk", "why Sundays", "100% of the walk"]
        assert texts(words="SUNDAY") == ["a_b sunday walk", "why Sundays"]
        assert texts(words="100%") == ["100% of the walk"]  # % and _ are literal
        assert texts(words="a_b") == ["a_b sunday walk"]
        assert texts(kind="note") == ["a_b sunday walk", "100% of the walk"]
        assert texts(status="done") == []
        assert texts(since=T0 + timedelta(days=1), until=T0 + timedelta(days=3)) == [
            "a_b sunday walk",
            "why Sundays",
        ]
        found, total = search_items(session, ItemQuery(), limit=2)
        assert (len(found), total) == (2, 4)
        with pytest.raises(InvalidValueError):
            search_items(session, ItemQuery(kind="wish"))


def test_an_appointment_changes_in_place(database):
    with database.session(write=True) as session:
        ident = add_appointment(session, T0, minutes=50, timezone="Europe/Berlin").id
    with database.session(write=True) as session:
        reschedule_appointment(
            session,
            get_appointment(session, ident),
            T0 + timedelta(days=1),
            minutes=45,
            timezone="Europe/Berlin",
            recurrence="weekly",
        )
    with database.session() as session:
        changed = get_appointment(session, ident)
        assert (changed.starts_at, changed.minutes, changed.recurrence) == (
            T0 + timedelta(days=1),
            45,
            "weekly",
        )
    with database.session(write=True) as session, pytest.raises(InvalidValueError):
        reschedule_appointment(
            session,
            get_appointment(session, ident),
            T0,
            minutes=0,
            timezone="Europe/Berlin",
            recurrence=None,
        )


def test_missed_check_ins_per_item(database):
    with database.session(write=True) as session:
        ident = add_item(session, "homework", "journal").id
        record_missed(session, "checkin", ident, T0)
        record_missed(session, "agenda_readout", ident, T0)  # another kind: not a check-in
    with database.session() as session:
        assert missed_checkins(session, [ident, ident + 1]) == {ident: [T0], ident + 1: []}
        assert missed_checkins(session, []) == {}


def test_weeks_keep_the_last_answer_of_a_day_and_missed_only_without_one():
    zone = ZoneInfo("Europe/Berlin")
    monday = datetime(2026, 11, 30, 20, 0, tzinfo=zone)
    checkins = [
        (monday, "not_done", "tired"),
        (monday + timedelta(hours=2), "done", None),  # later that evening: this one counts
        (monday + timedelta(days=1), "partial", "late shift"),
    ]
    missed = [monday + timedelta(days=1), monday + timedelta(days=2)]
    grid = weeks_of(checkins, missed, zone, date(2026, 12, 3), weeks=2)
    assert [week.monday for week in grid] == [date(2026, 11, 23), date(2026, 11, 30)]
    this_week = grid[-1].days
    assert [(d.state, d.note) for d in this_week[:4]] == [
        ("done", None),
        ("partial", "late shift"),
        ("missed", None),
        (None, None),
    ]
    assert grid[-1].count("done") == 1 and grid[0].count("done") == 0
    assert this_week[1].shown == "partly" and this_week[3].shown == ""


def test_open_homework_and_check_in_rows(database):
    from storage.checkin_history import checkins_since, open_homework
    from storage.checkins import add_checkin
    from storage.items import set_status

    with database.session(write=True) as session:
        first = add_item(session, "homework", "journal", created_at=T0).id
        second = add_item(session, "homework", "walk", created_at=T0 + timedelta(days=2)).id
        done = add_item(session, "homework", "old task", created_at=T0).id
        set_status(session, done, "done")
        add_item(session, "note", "not homework", created_at=T0)
        add_checkin(session, first, "partial", at=T0 + timedelta(days=1), note="tired")
        add_checkin(session, first, "done", at=T0 + timedelta(days=3))
    with database.session() as session:
        assert open_homework(session) == [(first, "journal"), (second, "walk")]
        assert open_homework(session, created_before=T0 + timedelta(days=1)) == [(first, "journal")]
        assert checkins_since(session, [first, second]) == {
            first: [
                (T0 + timedelta(days=1), "partial", "tired"),
                (T0 + timedelta(days=3), "done", None),
            ],
            second: [],
        }
        assert checkins_since(session, [first], T0 + timedelta(days=2)) == {
            first: [(T0 + timedelta(days=3), "done", None)]
        }


def test_an_item_is_split_into_one_per_part(database):
    from storage.item_split import split_item
    from storage.items import list_items, set_status

    with database.session(write=True) as session:
        ident = add_item(
            session,
            "question",
            "why Sundays and what about January",
            created_at=T0,
            needs_review=True,
        ).id
        set_status(session, ident, "answered")
    with database.session(write=True) as session:
        made = split_item(session, ident, ["why Sundays", "  ", "what about January "])
        assert made[0].id == ident
    with database.session() as session:
        rows = [
            (i.kind, i.text, i.status, i.created_at, i.transcript, i.needs_review)
            for i in list_items(session)
        ]
    same = ("answered", T0, "why Sundays and what about January", True)
    assert rows == [("question", "why Sundays", *same), ("question", "what about January", *same)]
    with database.session(write=True) as session, pytest.raises(InvalidValueError):
        split_item(session, ident, ["only one part", ""])

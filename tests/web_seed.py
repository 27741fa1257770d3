"""A small, known week of Sessionmate data for the companion page's tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from storage import Database
from storage.appointments import add_appointment
from storage.checkins import add_checkin
from storage.items import add_item
from storage.missed import record_missed

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Seeded:
    appointment_id: int
    needs: list[int]
    questions: list[int]
    homework: int
    notes: list[int]
    flagged: int
    texts: dict[int, str]  # id -> text, in agenda order

    def agenda_texts(self) -> list[str]:
        return list(self.texts.values())


def seed(database: Database, now: datetime | None = None) -> Seeded:
    now = now or datetime.now(UTC)
    local = now.astimezone(BERLIN)
    with database.session(write=True) as session:
        appointment = add_appointment(
            session,
            (local + timedelta(days=3)).replace(hour=15, minute=0, second=0, microsecond=0),
            minutes=50,
            timezone="Europe/Berlin",
            recurrence="weekly",
        )
        earlier = now - timedelta(hours=5)
        needs = [
            add_item(session, "need", "more time on the breathing exercises", created_at=earlier)
        ]
        questions = [
            add_item(session, "question", "why do Sundays feel so heavy", created_at=earlier),
            add_item(
                session,
                "question",
                "is it fine to skip a week in January",
                created_at=earlier + timedelta(minutes=1),
            ),
        ]
        homework = add_item(
            session,
            "homework",
            "write three lines in the journal",
            created_at=now - timedelta(days=9),
        )
        for days_ago, result, note in (
            (1, "done", None),
            (2, "partial", "too tired"),
            (3, "not_done", "late shift"),
        ):
            add_checkin(session, homework.id, result, at=now - timedelta(days=days_ago), note=note)
        record_missed(session, "checkin", homework.id, now - timedelta(days=4))
        notes = [
            add_item(
                session,
                "note",
                "the walk on Tuesday helped",
                created_at=earlier + timedelta(minutes=2),
            )
        ]
        flagged = add_item(
            session,
            "note",
            "ask about changing the time",
            needs_review=True,
            created_at=earlier + timedelta(minutes=3),
        )
        # The agenda shows open items kind by kind: needs, questions, homework, notes.
        agenda_order = [
            *needs,
            *questions,
            homework,
            *sorted([*notes, flagged], key=lambda i: i.created_at),
        ]
        return Seeded(
            appointment.id,
            [i.id for i in needs],
            [i.id for i in questions],
            homework.id,
            [i.id for i in notes],
            flagged.id,
            {i.id: i.text for i in agenda_order},
        )

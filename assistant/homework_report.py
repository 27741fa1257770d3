"""What homework is open and how its check-ins went, to print and to say."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from assistant.adherence import checkin_notes, summarise
from assistant.spoken_numbers import count_words, say_numbers
from storage.items import list_items


def homework_report(session: Session, zone: ZoneInfo) -> tuple[list[str], list[str]]:
    """(lines to print, sentences to say) for the open homework."""
    open_homework = list_items(session, kind="homework", status="open")
    if not open_homework:
        return ["No open homework."], ["You have no open homework."]
    lines, script = [], [f"You have {count_words(len(open_homework), 'homework task')}."]
    for item in open_homework:
        progress = summarise(
            ((c.at, c.result) for c in item.checkins), zone, checkin_notes(item.checkins)
        ).phrase()
        lines.append(f"#{item.id:<4} {item.text}: {progress}")
        script.append(say_numbers(f"{item.text[:1].upper()}{item.text[1:]}: {progress}."))
    return lines, script

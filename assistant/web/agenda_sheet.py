"""The agenda as one printable sheet: the composer's sections, without ids, with tick boxes.

The web page shows it and `agenda --pdf` prints it; both come from assistant.agenda_compose's
compose(), so there is one agenda, drawn three ways (speech, text, this sheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from assistant.agenda_compose import Agenda, compose
from assistant.agenda_data import gather


@dataclass(frozen=True)
class SheetEntry:
    item_id: int  # for links on screen only; never printed
    text: str
    detail: str = ""  # homework: how its check-ins went


@dataclass(frozen=True)
class SheetSection:
    title: str
    entries: list[SheetEntry]


@dataclass(frozen=True)
class Sheet:
    title: str
    sections: list[SheetSection]  # "Bring up first", when anything is flagged, leads

    @property
    def is_empty(self) -> bool:
        return not any(s.entries for s in self.sections)


def sheet_of(agenda: Agenda) -> Sheet:
    sections = [
        SheetSection(
            section.title,
            [
                SheetEntry(
                    entry.id,
                    entry.text,
                    entry.adherence.phrase() if entry.adherence is not None else "",
                )
                for entry in section.entries
            ],
        )
        for section in agenda.sections
    ]
    return Sheet(agenda.title, sections)


def agenda_sheet(
    session: Session, now: datetime, zone: ZoneInfo, for_day: date | None = None
) -> Sheet:
    return sheet_of(compose(gather(session, now, zone, for_day)))


def sheet_document(sheet: Sheet) -> str:
    """A standalone HTML document of the sheet, for printing to PDF."""
    from assistant.web.templating import render

    return render("agenda_document.html", sheet=sheet)

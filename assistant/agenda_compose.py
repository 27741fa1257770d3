"""The agenda for the next appointment, composed once and rendered three ways.

Pure: it takes plain values (no database, no clock) and returns a speakable script
of short sentences with numbers said as words, Markdown, and terminal text.
Order: "Bring up first" (what raised a crisis concern, the person's words, dated) leads;
then needs, open questions, homework with its check-ins, then notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from assistant.adherence import Adherence
from assistant.spoken_numbers import clock_words, count_words, day_words, ordinal_words, say_numbers


@dataclass(frozen=True)
class Entry:
    id: int
    text: str
    adherence: Adherence | None = None  # homework only


@dataclass(frozen=True)
class AgendaInput:
    appointment_start: datetime | None  # local, aware; None when no appointment is set
    notes_since: datetime | None  # local, aware: the previous appointment's start
    needs: list[Entry] = field(default_factory=list)
    questions: list[Entry] = field(default_factory=list)
    homework: list[Entry] = field(default_factory=list)
    notes: list[Entry] = field(default_factory=list)
    # Items that raised a crisis concern, still open: their text already dated.
    bring_up_first: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    title: str  # as shown: "Needs"
    spoken_intro: str  # "You have two needs."
    entries: list[Entry]


@dataclass(frozen=True)
class Agenda:
    title: str
    sections: list[Section]
    script: list[str]  # sentences to speak, in order
    markdown: str
    text: str

    @property
    def is_empty(self) -> bool:
        return not any(section.entries for section in self.sections)


BRING_UP_FIRST = "Bring up first"


def _shown(entry: Entry) -> str:
    if entry.adherence is None:
        return entry.text
    return f"{entry.text}: {entry.adherence.phrase()}"


def _sentence(text: str) -> str:
    text = say_numbers(text.strip())
    return text if text[-1:] in ".?!" else text + "."


def _spoken_entry(position: int | None, entry: Entry, question: bool) -> str:
    """One sentence per entry; numbered ("Second, ...") only when there are several."""
    text = say_numbers(_shown(entry))
    if question and not text.endswith("?"):
        text += "?"
    if position is None:
        return _sentence(text[:1].upper() + text[1:])
    return _sentence(f"{ordinal_words(position).capitalize()}, {text}")


def _title(agenda: AgendaInput) -> tuple[str, str]:
    start = agenda.appointment_start
    if start is None:
        return "Agenda: everything still open", "Here is everything still open."
    shown = f"Agenda for {start:%A} {start.day} {start:%B %Y}, {start:%H:%M} ({start.tzinfo})"
    spoken = f"Here is your agenda for {day_words(start.date())}, at {clock_words(start)}."
    return shown, spoken


def _notes_title(agenda: AgendaInput) -> tuple[str, str]:
    since = agenda.notes_since
    if since is None:
        return "Notes", "notes"
    return f"Notes since {since:%A} {since.day} {since:%B}", "notes since your last session"


def compose(agenda: AgendaInput) -> Agenda:
    notes_title, notes_spoken = _notes_title(agenda)
    # Shown only when there is something to bring up; then it leads every form.
    first = (
        [
            Section(
                BRING_UP_FIRST,
                "Bring up first: what you said that your therapist should hear.",
                agenda.bring_up_first,
            )
        ]
        if agenda.bring_up_first
        else []
    )
    sections = [
        *first,
        Section("Needs", f"You have {count_words(len(agenda.needs), 'need')}.", agenda.needs),
        Section(
            "Questions",
            f"You have {count_words(len(agenda.questions), 'open question')}.",
            agenda.questions,
        ),
        Section(
            "Homework",
            f"You have {count_words(len(agenda.homework), 'homework task')}.",
            agenda.homework,
        ),
        Section(
            notes_title,
            f"And {count_words(len(agenda.notes), 'note')}{notes_spoken.removeprefix('notes')}.",
            agenda.notes,
        ),
    ]
    title, spoken_title = _title(agenda)
    script = [spoken_title]
    for section in sections:
        if not section.entries:
            continue
        script.append(section.spoken_intro)
        several = len(section.entries) > 1
        for position, entry in enumerate(section.entries, start=1):
            script.append(
                _spoken_entry(
                    position if several else None, entry, question=section.title == "Questions"
                )
            )
    if len(script) == 1:
        script.append("There is nothing on it yet.")

    markdown = [f"# {title}", ""]
    text = [title, ""]
    for section in sections:
        markdown += [f"## {section.title}", ""]
        text.append(section.title)
        if not section.entries:
            markdown.append("_Nothing yet._")
            text.append("  (nothing yet)")
        for entry in section.entries:
            markdown.append(f"- **#{entry.id}** {_shown(entry)}")
            text.append(f"  #{entry.id:<4} {_shown(entry)}")
        markdown.append("")
        text.append("")
    return Agenda(
        title=title,
        sections=sections,
        script=script,
        markdown="\n".join(markdown).rstrip() + "\n",
        text="\n".join(text).rstrip() + "\n",
    )

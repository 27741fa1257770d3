"""The pure agenda composer: order, numbers as words, and the three renderings agree."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.adherence import Adherence, summarise
from assistant.agenda_compose import AgendaInput, Entry, compose
from assistant.spoken_numbers import clock_words, number_words, ordinal_words, say_numbers

BERLIN = ZoneInfo("Europe/Berlin")
SAMPLE = AgendaInput(
    appointment_start=datetime(2026, 11, 26, 15, 0, tzinfo=BERLIN),
    notes_since=datetime(2026, 11, 19, 15, 0, tzinfo=BERLIN),
    needs=[Entry(4, "more time to talk about my mom")],
    questions=[Entry(2, "is it normal to feel numb after crying"), Entry(5, "what is emdr?")],
    homework=[Entry(3, "journaling", Adherence(done=5, partial=1, not_done=1))],
    notes=[Entry(1, "we talked about my dad"), Entry(6, "i slept 8 hours")],
)


def test_sections_come_in_order_needs_questions_homework_notes():
    agenda = compose(SAMPLE)
    ids = [int(n) for n in re.findall(r"#(\d+)", agenda.text)]
    assert ids == [4, 2, 5, 3, 1, 6]
    assert [s.title for s in agenda.sections][:3] == ["Needs", "Questions", "Homework"]


def test_markdown_and_text_carry_the_same_content():
    agenda = compose(SAMPLE)
    for entry in ("#4", "more time to talk about my mom", "journaling: done five of seven days"):
        assert entry in agenda.text and entry in agenda.markdown
    assert agenda.markdown.startswith(
        "# Agenda for Thursday 26 November 2026, 15:00 (Europe/Berlin)"
    )
    assert "## Notes since Thursday 19 November" in agenda.markdown


def test_the_script_is_short_sentences_with_numbers_as_words():
    script = compose(SAMPLE).script
    assert script[0] == "Here is your agenda for Thursday, November twenty-sixth, at three PM."
    assert "Journaling: done five of seven days, partly once." in script
    assert "Second, i slept eight hours." in script
    assert "First, is it normal to feel numb after crying?" in script
    assert not any(re.search(r"\d", sentence) for sentence in script)
    assert all(len(sentence) < 120 for sentence in script)
    assert script.index("You have one need.") < script.index("You have two open questions.")


def test_an_empty_agenda_still_speaks():
    agenda = compose(AgendaInput(None, None))
    assert agenda.is_empty
    assert agenda.script == ["Here is everything still open.", "There is nothing on it yet."]


def test_adherence_counts_the_last_answer_of_each_local_day():
    def at(day, hour):
        return datetime(2026, 11, day, hour, 0, tzinfo=BERLIN)

    checkins = [(at(d, 20), "done") for d in range(1, 6)]
    checkins += [(at(6, 20), "no_answer"), (at(6, 21), "partial"), (at(7, 20), "not_done")]
    summary = summarise(checkins, BERLIN)
    assert summary == Adherence(done=5, partial=1, not_done=1)
    assert summary.phrase() == "done five of seven days, partly once"
    assert Adherence().phrase() == "no check-ins yet"
    assert Adherence(done=1, no_answer=2).phrase() == "done one of three days, no answer twice"


def test_spoken_numbers():
    assert [number_words(n) for n in (0, 13, 42, 105, 2026)] == [
        "zero",
        "thirteen",
        "forty-two",
        "one hundred five",
        "two thousand twenty-six",
    ]
    assert [ordinal_words(n) for n in (1, 2, 3, 12, 20, 21, 26, 31)] == [
        "first",
        "second",
        "third",
        "twelfth",
        "twentieth",
        "twenty-first",
        "twenty-sixth",
        "thirty-first",
    ]
    assert clock_words(datetime(2026, 1, 1, 9, 5)) == "nine oh five AM"
    assert clock_words(datetime(2026, 1, 1, 12, 0)) == "noon"
    assert say_numbers("read chapter 3, pages 10 to 12") == (
        "read chapter three, pages ten to twelve"
    )

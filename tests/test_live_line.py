"""The live reflection screen: partial words rewrite one line; filed items get their own."""

from __future__ import annotations

import io

from conversation_helpers import RecordingVoice

from assistant.live_line import CLEAR, EchoingVoice, LiveLine


class Terminal(io.StringIO):
    """A stream that says it is a terminal (the real pty case is the same bytes)."""

    def isatty(self) -> bool:
        return True


def test_partials_rewrite_one_line_and_a_filed_item_gets_its_own(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "40")
    out, err = Terminal(), Terminal()
    live = LiveLine(out, err)
    live.partial("we talked")
    live.partial("we talked about my dad")
    live.line("note #1: we talked about my dad")
    live.line("need #2: more time")
    assert err.getvalue() == f"{CLEAR}… we talked{CLEAR}… we talked about my dad{CLEAR}"
    assert out.getvalue() == "note #1: we talked about my dad\nneed #2: more time\n"


def test_a_long_partial_is_cut_to_the_terminal_width(monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "20")
    err = Terminal()
    LiveLine(Terminal(), err).partial("one two three four five six seven eight nine ten")
    shown = err.getvalue().removeprefix(CLEAR)
    assert len(shown) <= 19 and shown.endswith("nine ten") and "\n" not in shown


def test_off_a_terminal_partials_are_not_shown(monkeypatch):
    out, err = io.StringIO(), io.StringIO()
    live = LiveLine(out, err)
    live.partial("we talked")
    live.line("note #1: we talked")
    assert err.getvalue() == "" and out.getvalue() == "note #1: we talked\n"


def test_every_spoken_sentence_is_also_printed():
    shown: list[str] = []
    voice = RecordingVoice()
    echoing = EchoingVoice(voice, shown.append)
    echoing.say("Should I keep that as a question?")
    echoing.say_all(["Here is your agenda.", "You have one need."])
    assert shown == [
        "» Should I keep that as a question?",
        "» Here is your agenda.",
        "» You have one need.",
    ]
    assert voice.said == [
        "Should I keep that as a question?",
        "Here is your agenda.",
        "You have one need.",
    ]
    assert echoing.interactive is True

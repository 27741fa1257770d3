"""`sessionmate review` in a real terminal (a pty): keep, refile, edit, split and drop.

The program runs as its own process on a pseudo-terminal, as a person would run it; the
test types at the prompts and reads the database after each run.
"""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

TWO_IN_ONE = "we talked about my dad's drinking and she wants me to write him a letter"


class Terminal:
    """One program on a pty; `expect` reads until a text shows, `type` sends a line."""

    def __init__(self, home: Path, *args: str, no_color: bool = True) -> None:
        self.master, slave = pty.openpty()
        env = {
            **os.environ,
            "SESSIONMATE_HOME": str(home),
            "SESSIONMATE_TZ": "Europe/Berlin",
            "TERM": "xterm",
            "NO_COLOR": "1",
        }
        if not no_color:
            del env["NO_COLOR"]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60.0) -> None:
        while text not in self.seen:
            ready, _, _ = select.select([self.master], [], [], timeout)
            if not ready:
                raise AssertionError(f"waited for {text!r}; the screen shows:\n{self.seen}")
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the program ended and closed the terminal
                chunk = b""
            if not chunk:
                raise AssertionError(f"ended before {text!r}; the screen shows:\n{self.seen}")
            self.seen += chunk.decode(errors="replace").replace("\r\n", "\n")

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")

    def finish(self) -> int:
        code = self.process.wait(timeout=60)
        os.close(self.master)
        return code


def _add(home: Path, kind: str, text: str) -> None:
    env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "Europe/Berlin"}
    subprocess.run(
        [sys.executable, "-m", "assistant", "add", "--as", kind, text],
        check=True,
        capture_output=True,
        env=env,
    )


def _rows(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute(
            "SELECT id, kind, text, status, needs_review FROM items ORDER BY id"
        ).fetchall()


def _flag_all(home: Path) -> None:
    with sqlite3.connect(home / "sessionmate.db") as db:
        db.execute("UPDATE items SET needs_review = 1")


def test_review_keeps_refiles_edits_and_drops(tmp_path):
    home = tmp_path / "home"
    _add(home, "note", "today was really hard")
    _add(home, "note", "is it normal to feel numb")
    _add(home, "homework", "call my sister before sundy")
    _add(home, "note", "a stray half sentence")
    _add(home, "need", "more time for my mom")
    _flag_all(home)

    term = Terminal(home, "review")
    term.expect("5 flagged items to review.")
    term.expect("#1 filed as note: today was really hard")
    term.type("k")
    term.expect("Kept #1 as note.")
    term.expect("#2 filed as note")
    term.type("r")
    term.expect("Kind")
    term.type("question")
    term.expect("Filed #2 as question.")
    term.expect("#3 filed as homework")
    term.type("e")
    term.expect("New words")
    term.type("call my sister before sunday")
    term.expect("Changed #3.")
    term.expect("#4 filed as note: a stray half sentence")
    term.type("d")
    term.expect("Dropped #4.")
    term.expect("#5 filed as need")
    term.type("q")
    term.expect("Settled 4 of 5; 1 still flagged.")
    assert term.finish() == 0

    assert _rows(home) == [
        (1, "note", "today was really hard", "open", 0),
        (2, "question", "is it normal to feel numb", "open", 0),
        (3, "homework", "call my sister before sunday", "open", 0),
        (4, "note", "a stray half sentence", "dropped", 0),
        (5, "need", "more time for my mom", "open", 1),
    ]


def test_review_with_nothing_flagged_says_so(tmp_path):
    home = tmp_path / "home"
    _add(home, "note", "today was really hard")
    term = Terminal(home, "review")
    term.expect("Nothing to review: no item is flagged as unsure.")
    assert term.finish() == 0


def test_review_splits_an_item_that_holds_two(tmp_path):
    home = tmp_path / "home"
    _add(home, "note", TWO_IN_ONE)
    _flag_all(home)
    term = Terminal(home, "review")
    term.expect("#1 filed as note")
    term.type("s")
    term.expect("Split #1 into note #1, homework #2.")
    term.expect("Settled 1 of 1.")
    assert term.finish() == 0
    rows = _rows(home)
    assert [(r[0], r[1], r[4]) for r in rows] == [(1, "note", 0), (2, "homework", 0)]
    assert "letter" in rows[1][2]


def test_add_with_no_words_asks_for_them(tmp_path):
    home = tmp_path / "home"
    term = Terminal(home, "add")
    term.expect("What would you like to save? ")
    term.type("i don't know why i can't say no to my mom")
    term.expect("Saved as ")
    assert term.finish() == 0
    assert _rows(home)[0][2] == "i don't know why i can't say no to my mom"


def test_colour_and_a_header_only_on_a_terminal_and_never_with_no_color(tmp_path):
    home = tmp_path / "home"
    _add(home, "note", "today was really hard")
    _flag_all(home)
    env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "Europe/Berlin"}
    env.pop("NO_COLOR", None)

    coloured = Terminal(home, "items", no_color=False)
    coloured.expect("today was really hard")
    assert coloured.finish() == 0
    assert "\x1b[1mID" in coloured.seen and "(times in Europe/Berlin)" in coloured.seen
    assert "\x1b[33m (review)" in coloured.seen

    plain = Terminal(home, "items")  # NO_COLOR=1
    plain.expect("today was really hard")
    assert plain.finish() == 0
    assert "ID    KIND" in plain.seen and "\x1b[" not in plain.seen

    piped = subprocess.run(
        [sys.executable, "-m", "assistant", "items"], capture_output=True, text=True, env=env
    )
    assert piped.stdout.startswith("#1 ") and "\x1b[" not in piped.stdout

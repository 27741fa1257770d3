"""The README's tour is what the program really prints.

Every ```console block of README.md is run in order, in one fresh data directory, with the
clock set to the morning the tour was written (libfaketime), and each command's output must
match the lines below it. A change to the program's output or to the README that makes the
two disagree fails here.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from requirements_check import require

README = Path(__file__).resolve().parents[1] / "README.md"
# Tuesday evening, two days before the tour's first appointment ("thursday 3pm").
TOUR_CLOCK = "@2026-11-24 21:00:00"  # UTC: 22:00 in Berlin
TOUR_ZONE = "Europe/Berlin"
# How the README names the data directory; the test uses a temporary one.
README_HOME = "~/.local/share/sessionmate"
# Commands that run until stopped: the tour shows the first lines of their output only.
LONG_RUNNING = {"serve"}


@dataclass(frozen=True)
class Step:
    command: str  # as typed after "$ "
    expected: tuple[str, ...]


def tour_steps(text: str) -> list[Step]:
    steps: list[Step] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.S):
        command: str | None = None
        lines: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    steps.append(Step(command, tuple(lines)))
                command, lines = line[2:], []
            else:
                lines.append(line.rstrip())
        if command is not None:
            steps.append(Step(command, tuple(lines)))
    return steps


def _libfaketime() -> str | None:
    # Preloaded straight into the program (not through the `faketime` wrapper), so the
    # signal that stops `serve` reaches the program itself.
    found = glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
    return found[0] if found else None


def _environment(home: Path, libfaketime: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SESSIONMATE_")}
    env.update(
        LD_PRELOAD=libfaketime,
        FAKETIME=TOUR_CLOCK,
        SESSIONMATE_HOME=str(home),
        SESSIONMATE_TZ=TOUR_ZONE,
        # Sleeps and time-outs keep real time; only the wall clock is the tour's.
        FAKETIME_DONT_FAKE_MONOTONIC="1",
        NO_COLOR="1",
        COLUMNS="100",
    )
    return env


def _run(step: Step, home: Path, libfaketime: str) -> list[str]:
    words = shlex.split(step.command)
    assert words[0] == "sessionmate", f"the tour runs only sessionmate commands: {step.command}"
    argv = [sys.executable, "-m", "assistant", *words[1:]]
    env = _environment(home, libfaketime)
    if words[1] in LONG_RUNNING:
        return _first_lines(argv, env, len(step.expected))
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"{step.command}: exit {done.returncode}\n{done.stderr}"
    return (done.stdout + done.stderr).splitlines()


def _first_lines(argv: list[str], env: dict[str, str], count: int) -> list[str]:
    # Its standard output only: the health check before it (stderr) depends on the machine.
    process = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        return [process.stdout.readline() for _ in range(count)]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            raise


def _as_in_readme(lines: list[str], home: Path) -> list[str]:
    shown = [line.rstrip().replace(str(home), README_HOME) for line in lines]
    while shown and not shown[-1]:
        shown.pop()
    return shown


def test_the_readme_has_a_tour() -> None:
    steps = tour_steps(README.read_text(encoding="utf-8"))
    commands = {shlex.split(step.command)[1] for step in steps}
    assert {"add", "agenda", "appointments", "homework", "schedule"} <= commands


def test_every_tour_command_prints_what_the_readme_shows(tmp_path: Path) -> None:
    libfaketime = _libfaketime()
    if libfaketime is None:
        require("libfaketime (apt package faketime) sets the tour's clock")
    assert libfaketime is not None
    home = tmp_path / "home"
    for step in tour_steps(README.read_text(encoding="utf-8")):
        shown = _as_in_readme(_run(step, home, libfaketime), home)
        assert shown == list(step.expected), f"$ {step.command}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("```console\n$ sessionmate add x\nSaved\n```\n", [Step("sessionmate add x", ("Saved",))]),
        ("```sh\n$ not a tour\n```\n", []),
    ],
)
def test_tour_blocks_are_read_as_commands_and_their_output(text, expected) -> None:
    assert tour_steps(text) == expected


def _commands_named_in(text: str) -> list[str]:
    """Every `sessionmate ...` the README shows, inline or in a code block."""
    found = re.findall(r"`sessionmate ([^`]+)`", text)
    for block in re.findall(r"```(?:sh|console|text)\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            line = line.removeprefix("$ ").split("#")[0].split(" && ")[-1]
            if line.startswith("sessionmate "):
                found.append(line.removeprefix("sessionmate "))
    return found


def test_every_command_and_option_the_readme_names_exists() -> None:
    import click

    from assistant.cli import cli

    problems = []
    for shown in _commands_named_in(README.read_text(encoding="utf-8")):
        command: click.Command = cli
        options = {name for p in cli.params for name in p.opts}
        for word in shlex.split(shown.replace("...", ""), comments=True):
            if isinstance(command, click.Group) and word in command.commands:
                command = command.commands[word]
                options |= {name for p in command.params for name in p.opts}
            elif word.startswith("--") and word.split("=")[0] not in options | {"--help"}:
                problems.append(f"`sessionmate {shown}`: no option {word} on {command.name}")
        if command is cli:
            problems.append(f"`sessionmate {shown}`: no such command")
    assert not problems, "\n".join(problems)

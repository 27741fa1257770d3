"""``python -m intents``: one output line per input line, through a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intents import ANSWER_LABELS, LABELS

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intents", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def parse(stdout: str) -> list[tuple[str, float]]:
    rows = []
    for line in stdout.splitlines():
        label, confidence = line.split("\t")
        assert len(confidence.split(".")[1]) in (2, 3)
        rows.append((label, float(confidence)))
    return rows


def test_one_line_out_for_every_line_in_blank_lines_included() -> None:
    stdin = "question is it normal to cry a lot\n\nscratch that\n   \nwhat's my homework\n"
    result = run(stdin=stdin)
    assert result.returncode == 0, result.stderr
    rows = parse(result.stdout)
    assert len(rows) == 5
    assert [label for label, _ in rows] == [
        "question",
        "note",
        "cmd_undo",
        "note",
        "cmd_homework_status",
    ]
    assert rows[1][1] == rows[3][1] == 0.0
    assert all(label in LABELS and 0.0 <= c <= 1.0 for label, c in rows)


def test_checkin_mode_classifies_answers() -> None:
    result = run("--checkin", stdin="yes every day\nkind of\nnope\n")
    assert result.returncode == 0, result.stderr
    rows = parse(result.stdout)
    assert [label for label, _ in rows] == ["answer_done", "answer_partial", "answer_not_done"]
    assert all(label in ANSWER_LABELS for label, _ in rows)


def test_a_last_line_without_newline_and_crlf_endings_still_count() -> None:
    result = run(stdin="that's all\r\nread me my agenda")
    assert [label for label, _ in parse(result.stdout)] == ["cmd_done", "cmd_agenda"]


def test_empty_input_prints_nothing() -> None:
    result = run(stdin="")
    assert result.returncode == 0
    assert result.stdout == ""


def test_help_names_the_labels_and_the_checkin_switch() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "--checkin" in result.stdout
    assert "cmd_homework_status" in result.stdout and "answer_partial" in result.stdout


def test_an_unknown_option_is_a_usage_error() -> None:
    result = run("--bogus")
    assert result.returncode == 2
    assert "unrecognized arguments: --bogus" in result.stderr


def test_invalid_utf8_costs_one_line_not_the_run() -> None:
    stdin = b"scratch that\n\xff\xfe\nthat's all\n"
    result = subprocess.run(
        [sys.executable, "-m", "intents"], input=stdin, capture_output=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    labels = [line.split(b"\t")[0] for line in result.stdout.splitlines()]
    assert len(labels) == 3
    assert labels[0] == b"cmd_undo" and labels[2] == b"cmd_done"

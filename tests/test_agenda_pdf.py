"""`sessionmate agenda --pdf`: the printable sheet as a PDF, read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from cli_helpers import run_in_process, run_program
from requirements_check import require
from web_seed import seed

from storage import open_database


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        require("pdftotext is not installed (apt poppler-utils; scripts/setup.sh --test)")
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


@pytest.fixture
def seeded_home(home):
    home.mkdir(parents=True)
    database = open_database(f"sqlite:///{home / 'sessionmate.db'}")
    seeded = seed(database)
    database.dispose()
    return seeded


def test_the_pdf_holds_every_agenda_item_in_order_and_no_ids(seeded_home, home, tmp_path):
    target = tmp_path / "agenda.pdf"
    run = run_program(home, "agenda", "--pdf", str(target))
    assert run.code == 0, run.err
    assert f"Wrote the printable agenda to {target}" in run.err
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    text = pdf_text(target)
    flat = " ".join(text.split())
    positions = [flat.index(item) for item in seeded_home.agenda_texts()]
    assert positions == sorted(positions)
    for title in ("Needs", "Questions", "Homework", "Notes", "Agenda for "):
        assert title in flat
    assert "done one of three days, partly once" in flat
    assert re.search(r"#\s?\d", text) is None
    assert text.count("\f") == 1  # one page


def test_the_pdf_is_the_same_agenda_as_the_text(seeded_home, home, tmp_path, capsys):
    target = tmp_path / "agenda.pdf"
    run = run_in_process(capsys, "agenda", "--pdf", str(target))
    assert run.code == 0
    flat = " ".join(pdf_text(target).split())
    for line in run.out.splitlines():
        shown = re.sub(r"^\s*#\d+\s+", "", line).strip()
        if shown and shown != "(nothing yet)":
            assert shown in flat


@pytest.mark.parametrize(
    "title, zone",
    [
        # this date left "(Europe/" at a line's end and put "Berlin)" on the next
        ("Agenda for Friday 11 December 2026, 15:00 (Europe/Berlin)", "(Europe/Berlin)"),
        (
            "Agenda for Wednesday 30 September 2026, 15:00 (America/Argentina/Buenos_Aires)",
            "(America/Argentina/Buenos_Aires)",
        ),
    ],
)
def test_the_time_zone_in_the_heading_is_never_broken_across_lines(title, zone, tmp_path):
    from assistant.agenda_pdf import pdf_bytes
    from assistant.web.agenda_sheet import Sheet

    target = tmp_path / "agenda.pdf"
    target.write_bytes(pdf_bytes(Sheet(title, [])))
    lines = [line.strip() for line in pdf_text(target).splitlines()]
    assert any(line.endswith(zone) for line in lines), lines


def test_an_empty_agenda_still_prints(home, tmp_path):
    target = tmp_path / "empty.pdf"
    run = run_program(home, "agenda", "--pdf", str(target))
    assert run.code == 0
    assert "Agenda: everything still open" in pdf_text(target)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("missing/agenda.pdf", "does not exist"),
        ("agenda.txt", "ending in .pdf"),
        ("folder.pdf", "it is a folder"),
        ("a-file/agenda.pdf", "is not a folder"),
    ],
)
def test_bad_paths_are_one_line_and_nothing_is_written(home, tmp_path, capsys, name, expected):
    (tmp_path / "folder.pdf").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    run = run_in_process(capsys, "agenda", "--pdf", str(tmp_path / name))
    assert run.code == 2
    assert run.err.count("\n") == 1 and expected in run.err
    assert run.out == ""  # nothing printed either
    assert not (tmp_path / name).is_file()

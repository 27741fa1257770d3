"""A misfiled item is fixed by typing: edit, refile, mark several, split (the CLI, in-process)."""

from __future__ import annotations

import sqlite3

from cli_helpers import run_in_process

TWO_IN_ONE = "we talked about my dad's drinking and she wants me to write him a letter"


def _rows(home) -> list[tuple]:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return db.execute(
            "SELECT id, kind, text, status, needs_review FROM items ORDER BY id"
        ).fetchall()


def test_refile_a_flagged_item_clears_its_flag(home, capsys):
    assert run_in_process(capsys, "add", "--as", "note", "is it normal to feel numb").code == 0
    run_in_process(capsys, "mark", "1", "open")
    with sqlite3.connect(home / "sessionmate.db") as db:
        db.execute("UPDATE items SET needs_review = 1")
    run = run_in_process(capsys, "refile", "1", "need")
    assert run.code == 0, run.err
    assert run.out == "Filed #1 as need (it was a note).\n"
    assert _rows(home) == [(1, "need", "is it normal to feel numb", "open", 0)]
    review = run_in_process(capsys, "items", "--review")
    assert "#1" not in review.out


def test_mark_takes_several_ids_and_dropped_leaves_review(home, capsys):
    for text in ("first thought", "second thought", "third thought"):
        run_in_process(capsys, "add", "--as", "note", text)
    with sqlite3.connect(home / "sessionmate.db") as db:
        db.execute("UPDATE items SET needs_review = 1")
    run = run_in_process(capsys, "mark", "1", "2", "dropped")
    assert run.code == 0, run.err
    assert run.out == "Marked note #1 dropped.\nMarked note #2 dropped.\n"
    review = run_in_process(capsys, "items", "--review")
    assert "#1" not in review.out and "#2" not in review.out and "#3" in review.out


def test_mark_with_an_unknown_id_marks_none(home, capsys):
    run_in_process(capsys, "add", "--as", "note", "first thought")
    run = run_in_process(capsys, "mark", "1", "7", "done")
    assert run.code == 2 and "no item with id 7" in run.err
    assert _rows(home)[0][3] == "open"


def test_edit_with_words_replaces_them(home, capsys):
    run_in_process(capsys, "add", "--as", "homework", "call my sister before sunday")
    run = run_in_process(capsys, "edit", "1", "call", "my", "sister", "on", "saturday")
    assert run.code == 0, run.err
    assert run.out == (
        "Changed homework #1: call my sister on saturday\n  It was: call my sister before sunday\n"
    )
    assert _rows(home)[0][2] == "call my sister on saturday"


def test_edit_without_words_opens_the_editor(home, capsys, monkeypatch, tmp_path):
    run_in_process(capsys, "add", "--as", "note", "my mom called on tusday")
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nsed -i "s/tusday/tuesday/" "$1"\n')
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    run = run_in_process(capsys, "edit", "1")
    assert run.code == 0, run.err
    assert _rows(home)[0][2] == "my mom called on tuesday"


def test_edit_left_unchanged_in_the_editor_says_so(home, capsys, monkeypatch, tmp_path):
    run_in_process(capsys, "add", "--as", "note", "a thought")
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.delenv("VISUAL", raising=False)
    run = run_in_process(capsys, "edit", "1")
    assert run.code == 0 and run.out == "Item #1 is unchanged.\n"


def test_items_review_with_nothing_flagged_says_so(home, capsys):
    run_in_process(capsys, "add", "--as", "note", "a thought")
    run = run_in_process(capsys, "items", "--review")
    assert run.code == 0
    assert "No items are flagged for review." in run.out + run.err


def test_split_makes_a_note_and_a_homework(home, capsys):
    run_in_process(capsys, "add", "--as", "note", TWO_IN_ONE)
    run = run_in_process(capsys, "split", "1")
    assert run.code == 0, run.err
    rows = _rows(home)
    assert [(r[0], r[1]) for r in rows] == [(1, "note"), (2, "homework")]
    assert "drinking" in rows[0][2] and "letter" in rows[1][2]


def test_split_of_a_single_item_is_one_line_and_changes_nothing(home, capsys):
    run_in_process(capsys, "add", "--as", "note", "today was really hard")
    before = _rows(home)
    run = run_in_process(capsys, "split", "1")
    assert run.code == 2 and "nothing to split" in run.err
    assert _rows(home) == before

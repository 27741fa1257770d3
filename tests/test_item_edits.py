"""Corrections to saved items, on every backend: refile, new words, several marks, split."""

from __future__ import annotations

import pytest

from storage import InvalidValueError, NotFoundError
from storage.item_edits import (
    edit_item_text,
    keep_item,
    mark_items,
    refile_item,
    split_item,
)
from storage.items import add_item, get_item, list_items

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher


def _flagged(database, kind: str, text: str) -> int:
    with database.session(write=True) as session:
        return add_item(session, kind, text, needs_review=True).id


def test_refile_changes_the_kind_and_clears_the_flag(database):
    item_id = _flagged(database, "note", "is it normal to feel numb")
    with database.session(write=True) as session:
        refile_item(session, item_id, "question")
    with database.session() as session:
        item = get_item(session, item_id)
        assert (item.kind, item.needs_review) == ("question", False)
        assert list_items(session, needs_review=True) == []


def test_refile_to_an_unknown_kind_changes_nothing(database):
    item_id = _flagged(database, "note", "hello")
    with (
        pytest.raises(InvalidValueError, match="'journal'"),
        database.session(write=True) as session,
    ):
        refile_item(session, item_id, "journal")
    with database.session() as session:
        assert (get_item(session, item_id).kind, get_item(session, item_id).needs_review) == (
            "note",
            True,
        )


def test_edit_replaces_the_words_and_keeps_the_transcript(database):
    item_id = _flagged(database, "homework", "call my sister before sunday")
    with database.session(write=True) as session:
        edit_item_text(session, item_id, "  call my  sister on saturday ")
    with database.session() as session:
        item = get_item(session, item_id)
        assert item.text == "call my sister on saturday"
        assert item.transcript == "call my sister before sunday"
        assert item.needs_review is False


def test_edit_to_nothing_is_refused(database):
    item_id = _flagged(database, "note", "hello")
    with pytest.raises(InvalidValueError), database.session(write=True) as session:
        edit_item_text(session, item_id, "   ")


def test_keep_clears_only_the_flag(database):
    item_id = _flagged(database, "need", "more time for my mom")
    with database.session(write=True) as session:
        keep_item(session, item_id)
    with database.session() as session:
        item = get_item(session, item_id)
        assert (item.kind, item.text, item.needs_review) == ("need", "more time for my mom", False)


def test_mark_several_at_once_and_a_dropped_item_leaves_review(database):
    ids = [_flagged(database, "note", f"thought {n}") for n in range(3)]
    with database.session(write=True) as session:
        mark_items(session, ids[:2], "dropped")
    with database.session() as session:
        assert [i.id for i in list_items(session, needs_review=True)] == [ids[2]]
        assert [i.id for i in list_items(session, status="dropped")] == ids[:2]


def test_mark_with_one_unknown_id_marks_none(database):
    item_id = _flagged(database, "note", "hello")
    with pytest.raises(NotFoundError), database.session(write=True) as session:
        mark_items(session, [item_id, 999], "done")
    with database.session() as session:
        assert get_item(session, item_id).status == "open"


def test_split_keeps_the_first_id_and_adds_the_rest(database):
    item_id = _flagged(database, "note", "my dad's drinking and write him a letter")
    with database.session(write=True) as session:
        made = split_item(
            session,
            item_id,
            [("note", "we talked about my dad's drinking"), ("homework", "write him a letter")],
        )
        ids = [item.id for item in made]
    assert ids[0] == item_id and len(ids) == 2
    with database.session() as session:
        first, second = (get_item(session, i) for i in ids)
        assert (first.kind, first.text, first.needs_review) == (
            "note",
            "we talked about my dad's drinking",
            False,
        )
        assert (second.kind, second.text) == ("homework", "write him a letter")
        assert second.created_at == first.created_at


def test_split_into_one_part_is_refused(database):
    item_id = _flagged(database, "note", "hello")
    with (
        pytest.raises(InvalidValueError, match="two or more"),
        database.session(write=True) as session,
    ):
        split_item(session, item_id, [("note", "hello")])

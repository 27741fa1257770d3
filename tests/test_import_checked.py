"""`import` checks the whole file first, writes all or nothing, keeps zones and free ids."""

from __future__ import annotations

import json
import sqlite3

import pytest
from cli_helpers import run_in_process


def _export(items: list[dict], appointments: list[dict] | None = None) -> dict:
    return {
        "format": "sessionmate-export",
        "version": 1,
        "appointments": appointments or [],
        "items": items,
    }


def _items(count: int) -> list[dict]:
    return [
        {
            "id": n + 1,
            "kind": "note",
            "text": f"note number {n}",
            "created_at": f"2026-0{1 + n % 9}-{1 + n % 28:02d}T10:{n % 60:02d}:00+00:00",
        }
        for n in range(count)
    ]


def _count(home) -> int:
    with sqlite3.connect(home / "sessionmate.db") as raw:
        return raw.execute("SELECT count(*) FROM items").fetchone()[0]


def test_one_bad_entry_among_a_thousand_writes_nothing_and_is_named(home, tmp_path, capsys):
    assert run_in_process(capsys, "add", "note already here").code == 0
    items = _items(1000)
    items[537]["created_at"] = "9999-12-31T23:59:59-05:00"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_export(items)))

    run = run_in_process(capsys, "import", str(path))
    assert run.code == 2 and run.err.count("\n") == 1
    assert "items[537].created_at" in run.err and "10 years back and ahead" in run.err
    assert _count(home) == 1

    items[537]["created_at"] = "2026-03-03T10:00:00+00:00"
    path.write_text(json.dumps(_export(items)))
    run = run_in_process(capsys, "import", str(path))
    assert run.code == 0, run
    assert run.out.startswith("Imported 1000 items;")
    assert "1 record was renumbered" in run.out  # id 1 was taken by the note already here
    assert _count(home) == 1001


def test_a_wrong_type_names_the_entry_and_the_value(home, tmp_path, capsys):
    items = _items(3)
    items[2]["needs_review"] = "no"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_export(items)))
    run = run_in_process(capsys, "import", str(path))
    assert run.code == 2
    assert "items[2].needs_review: expected true or false, got 'no'" in run.err


def test_import_keeps_free_ids_and_each_appointments_zone(home, tmp_path, capsys):
    appointment = {
        "id": 7,
        "starts_at": "2030-01-10T15:00:00+00:00",
        "minutes": 50,
        "timezone": "America/New_York",
        "recurrence": None,
    }
    items = _items(2)
    items[0]["id"], items[1]["id"] = 40, 41
    items[1]["appointment_id"] = 7
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_export(items, [appointment])))
    run = run_in_process(capsys, "import", str(path))
    assert run.code == 0, run
    assert "renumbered" not in run.out
    listed = run_in_process(capsys, "appointments", "list").out
    assert listed.startswith("#7") and "10:00-10:50 America/New_York" in listed
    with sqlite3.connect(home / "sessionmate.db") as raw:
        rows = raw.execute("SELECT id, appointment_id FROM items ORDER BY id").fetchall()
    assert rows == [(40, None), (41, 7)]
    assert run_in_process(capsys, "add", "note after").code == 0
    assert "#42" in run_in_process(capsys, "items").out


@pytest.mark.every_backend
def test_kept_ids_leave_room_for_the_next_on_every_backend(database):
    """PostgreSQL's sequences do not look at the table: an import must move them on."""
    from assistant.import_schema import decode_export
    from assistant.importing import import_document
    from storage.items import add_item

    items = _items(3)
    for n, item in enumerate(items):
        item["id"] = 10 + n
    document = decode_export(json.dumps(_export(items)).encode())
    with database.session(write=True) as session:
        counts = import_document(session, document)
    assert counts.renumbered == 0
    with database.session(write=True) as session:
        assert add_item(session, "note", "written after the import").id == 13
    other = _items(1)
    other[0]["text"] = "a different note"
    with database.session(write=True) as session:
        again = import_document(session, decode_export(json.dumps(_export(other)).encode()))
    assert again.added == {"items": 1} and again.renumbered == 0  # id 1 was still free

"""The service's real conversation when the machine cannot listen."""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.checkin import run_checkin
from assistant.live import live_conversation
from assistant.settings import Settings
from storage import open_database
from storage.checkins import list_checkins
from storage.items import add_item


def test_without_a_model_reminders_are_said_but_nothing_is_recorded(tmp_path, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent")  # and no sound card either
    database = open_database(f"sqlite:///{tmp_path / 'sessionmate.db'}")
    with database.session(write=True) as session:
        item_id = add_item(session, "homework", "walk for twenty minutes").id
    settings = Settings(data_dir=tmp_path, database_url="", timezone="UTC")
    notices: list[str] = []
    shown: list[str] = []
    conversation = live_conversation(settings, None, None, notices.append, show=shown.append)
    for _ in range(2):
        with conversation() as (ear, voice):
            outcome = run_checkin(database, item_id, ear, voice, lambda: datetime.now(UTC))
        assert outcome.result is None
    why = [line for line in notices if line.startswith("Cannot speak")]
    assert len(why) == 1  # said once, not once per dialog
    assert shown == ["» Did you walk for twenty minutes today?"] * 2
    assert not any("walk" in line for line in notices)  # notices never carry the words
    with database.session() as session:
        assert list_checkins(session, item_id) == []
    database.dispose()


def test_an_unusable_microphone_is_said_once_and_not_answered(tmp_path, korean_model_path):
    settings = Settings(data_dir=tmp_path, database_url="", timezone="UTC")
    notices: list[str] = []
    conversation = live_conversation(
        settings, korean_model_path, "no such microphone", notices.append
    )
    for _ in range(2):
        with conversation() as (ear, _voice):
            assert ear.can_hear is False
    listening = [n for n in notices if n.startswith("Cannot listen")]
    assert len(listening) == 1 and "no such microphone" in listening[0]


def test_without_a_terminal_unspoken_words_are_dropped_not_logged(tmp_path, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent")
    database = open_database(f"sqlite:///{tmp_path / 'sessionmate.db'}")
    with database.session(write=True) as session:
        item_id = add_item(session, "homework", "walk for twenty minutes").id
    settings = Settings(data_dir=tmp_path, database_url="", timezone="UTC")
    notices: list[str] = []
    with live_conversation(settings, None, None, notices.append)() as (ear, voice):
        run_checkin(database, item_id, ear, voice, lambda: datetime.now(UTC))
    assert notices and not any("walk" in line for line in notices)
    database.dispose()

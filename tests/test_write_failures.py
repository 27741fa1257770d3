"""A locked database or a full disk is reported and retried; nothing is dropped."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading

import pytest
from cli_helpers import run_in_process
from conversation_helpers import ScriptedEar
from requirements_check import require

from assistant.conversation import SilentVoice
from assistant.reflection_loop import Reflection
from assistant.settings import Settings
from storage import open_database
from storage.items import list_items


def reflect(database, tmp_path, utterances, on_show):
    settings = Settings(data_dir=tmp_path, database_url="", timezone="UTC")
    loop = Reflection(
        database,
        settings,
        ScriptedEar(utterances),
        SilentVoice(),
        on_show,
        sleep=lambda seconds: None,
    )
    return loop.run()


def texts(database):
    with database.session() as session:
        return [item.text for item in list_items(session)]


def test_a_locked_database_is_waited_out(tmp_path):
    path = tmp_path / "sessionmate.db"
    database = open_database(f"sqlite:///{path}", busy_timeout_ms=50)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    shown: list[str] = []

    def show(line: str) -> None:
        shown.append(line)
        if line.startswith("Could not save yet"):
            holder.execute("COMMIT")  # the other program lets go

    outcome = reflect(database, tmp_path, ["we talked about my sister", "that's all"], show)
    assert texts(database) == ["we talked about my sister"]
    assert outcome.saved == [1]
    assert [line for line in shown if line.startswith("Could not save yet")] == [
        "Could not save yet: the database is in use by another program (database is locked)."
        " Trying again; Ctrl-C gives up."
    ]
    holder.close()
    database.dispose()


def test_typed_add_reports_a_lock_that_does_not_pass(tmp_path, capsys, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    monkeypatch.setenv("SESSIONMATE_TZ", "UTC")
    run_in_process(capsys, "add", "note first")
    monkeypatch.setattr("storage.database.SQLITE_BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr("assistant.retry.FIRST_WAIT_SECONDS", 0.01)
    holder = sqlite3.connect(home / "sessionmate.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        run = run_in_process(capsys, "add", "note second")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.code == 2
    assert run.err.splitlines()[-1].startswith("sessionmate: error: the database is in use")
    assert "second" not in run_in_process(capsys, "items").out


@pytest.fixture
def tiny_disk(tmp_path):
    if os.geteuid() != 0:
        require("mounting a small disk needs root (CI runs as root)")
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def _fill(folder) -> object:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:  # no space left: the disk is full
        pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_is_waited_out(tmp_path, tiny_disk):
    path = tiny_disk / "sessionmate.db"
    database = open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the next write needs new space
    filler = _fill(tiny_disk)
    shown: list[str] = []
    freed = threading.Event()

    def show(line: str) -> None:
        shown.append(line)
        if line.startswith("Could not save yet") and not freed.is_set():
            filler.unlink()  # the person makes room
            freed.set()

    long_text = "we talked about the move and how hard it has been " * 40
    reflect(database, tmp_path, [long_text, "that's all"], show)
    assert freed.is_set(), shown
    assert any("disk holding the database is full" in line for line in shown)
    assert texts(database) == [long_text.strip()]
    database.dispose()

"""Owner-only files after init, a migration, export and serve.

The data directory is 0700 and every file the program writes 0600. Each test starts
from what a person could really have: a folder made with the usual umask 022, a database
copied from an older version with 0644 and its -wal/-shm beside it, a shared folder to
export into. tests/test_cli.py checks a fresh `add`; tests/test_export.py the export
files in a new folder; tests/test_storage_database.py the opener under umask 022.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path

from cli_helpers import run_in_process
from sqlalchemy import create_engine, text
from test_service_process import Serve

from storage.migrations import HEAD_REVISION, alembic_config


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@contextmanager
def usual_umask():
    """Files made here get the modes a person's own tools would give them."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_init_makes_the_data_directory_0700_and_every_file_0600(home, capsys):
    run = run_in_process(capsys, "init")
    assert run.code == 0, run.err
    assert mode(home) == 0o700
    written = files_in(home)
    assert home / "sessionmate.db" in written
    assert {p: mode(p) for p in written} == {p: 0o600 for p in written}


def test_init_tightens_a_folder_and_database_the_person_made(home, tmp_path, capsys):
    with usual_umask():
        home.mkdir()
        # A database file made beforehand, still open in another program (WAL). Empty of
        # tables: one holding another program's tables is refused, never written to.
        holder = sqlite3.connect(home / "sessionmate.db")
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("PRAGMA user_version = 7")
        holder.commit()
    try:
        before = {p.name: mode(p) for p in files_in(home)}
        assert before == {
            "sessionmate.db": 0o644,
            "sessionmate.db-wal": 0o644,
            "sessionmate.db-shm": 0o644,
        }
        assert mode(home) == 0o755
        run = run_in_process(capsys, "init")
        assert run.code == 0, run.err
        assert mode(home) == 0o700
        written = files_in(home)
        assert len(written) == 3
        assert {p: mode(p) for p in written} == {p: 0o600 for p in written}
    finally:
        holder.close()


def old_database(path: Path) -> None:
    """A database at schema revision 0001 holding one note, made as an older version did."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.execute(
                text(
                    "INSERT INTO items (kind, text, transcript, source, status, needs_review,"
                    " created_at) VALUES ('note', 'kept across the upgrade',"
                    " 'kept across the upgrade', 'typed', 'open', 0, '2026-01-05 10:00:00.000000')"
                )
            )
    finally:
        engine.dispose()


def test_a_migration_keeps_the_row_and_leaves_the_file_and_sidecars_0600(home, capsys):
    with usual_umask():
        home.mkdir(mode=0o700)
        database = home / "sessionmate.db"
        old_database(database)
        # Another reader holds the database open in WAL mode: -wal and -shm stay beside it.
        holder = sqlite3.connect(database)
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("SELECT count(*) FROM items").fetchall()
    try:
        sidecars = [home / "sessionmate.db-wal", home / "sessionmate.db-shm"]
        assert all(p.exists() and mode(p) == 0o644 for p in [database, *sidecars])
        assert holder.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)

        listed = run_in_process(capsys, "items")
        assert listed.code == 0, listed.err
        assert "kept across the upgrade" in listed.out

        assert holder.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert HEAD_REVISION != "0001"
        assert {p: mode(p) for p in [database, *sidecars]} == {
            p: 0o600 for p in [database, *sidecars]
        }
    finally:
        holder.close()
    assert {p: mode(p) for p in files_in(home)} == {p: 0o600 for p in files_in(home)}


def test_export_makes_new_folders_0700_and_its_files_0600(home, tmp_path, capsys):
    assert run_in_process(capsys, "add", "note", "a private thought").code == 0
    with usual_umask():
        shared = tmp_path / "Documents"
        shared.mkdir()
    nested = tmp_path / "backups" / "sessionmate"
    for folder in (shared, nested):
        run = run_in_process(capsys, "export", "--out", str(folder))
        assert run.code == 0, run.err
        exported = files_in(folder)
        assert [p.suffix for p in exported] == [".json", ".md"]
        assert {p: mode(p) for p in exported} == {p: 0o600 for p in exported}
    assert mode(nested) == 0o700 and mode(nested.parent) == 0o700
    assert mode(shared) == 0o755  # the person's own folder is theirs to set


def test_serve_keeps_its_log_and_lock_0600(home, capsys):
    assert run_in_process(capsys, "appointments", "add", "2030-01-10T15:00", "--weekly").code == 0
    with usual_umask():
        # A log written before, with looser modes: serving appends to it, owner-only.
        (home / "sessionmate.log").write_text("2026-01-01 00:00:00 INFO earlier\n")
    serve = Serve(home)
    try:
        ready = serve.next_line()
        assert ready is not None and ready.startswith("Serving with 2 scheduled jobs"), ready
        log, lock = home / "sessionmate.log", home / "sessionmate.db.serve-lock"
        running = {p: mode(p) for p in files_in(home)}
        assert log in running and lock in running
        assert running == {p: 0o600 for p in running}
        code, rest, err = serve.stop(signal.SIGTERM)
        assert (code, rest) == (0, ["Stopped."]), err
    finally:
        serve.kill()
    assert "started with 2 jobs" in log.read_text()
    assert {p: mode(p) for p in files_in(home)} == {p: 0o600 for p in files_in(home)}
    assert mode(home) == 0o700

"""Opening the database: migrations, pragmas, file modes, clear failures."""

from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, inspect, text

from storage import DatabaseUnavailableError, open_database
from storage.items import add_item, list_items
from storage.migrations import HEAD_REVISION, SCRIPTS
from storage.tables import Base

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher


def test_an_empty_database_is_migrated_to_head_and_matches_the_tables(db_url, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    if db_url.startswith("sqlite"):
        (tmp_path / "sessionmate.db").touch()  # an existing empty file, as a user may have
    open_database(db_url).dispose()

    engine = create_engine(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == HEAD_REVISION
        assert compare_metadata(context, Base.metadata) == []
        assert {"appointments", "items", "checkins"} <= set(inspect(connection).get_table_names())
    engine.dispose()
    assert ScriptDirectory(str(SCRIPTS)).get_current_head() == HEAD_REVISION


def test_reopening_keeps_the_data(db_url):
    with open_database(db_url) as db, db.session(write=True) as session:
        add_item(session, "note", "we talked about my dad")
    with open_database(db_url) as db, db.session() as session:
        assert [item.text for item in list_items(session)] == ["we talked about my dad"]


def test_pragmas_are_in_force_on_every_connection(sqlite_url):
    database = open_database(sqlite_url)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    database.dispose()


def test_the_database_file_and_its_sidecars_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        with open_database(f"sqlite:///{tmp_path / 'x.db'}") as db, db.session(write=True) as s:
            add_item(s, "note", "private")
    finally:
        os.umask(old)
    files = [p for p in tmp_path.iterdir() if p.name.startswith("x.db")]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_times_come_back_aware_and_in_utc(database):
    local = datetime(2026, 3, 29, 3, 30, tzinfo=UTC).astimezone()
    with database.session(write=True) as session:
        add_item(session, "note", "x", created_at=local)
    with database.session() as session:
        (item,) = list_items(session)
    assert item.created_at == local
    assert item.created_at.tzinfo == UTC


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://nobody@127.0.0.1:1/nothing",
        "sqlite:////no/such/folder/sessionmate.db",
        "nosuchdialect://x",
        "not a url",
    ],
)
def test_an_unusable_database_is_one_clear_error(url):
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(url)
    message = str(caught.value)
    assert "\n" not in message
    assert "database" in message


def test_a_password_never_appears_in_the_error():
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database("postgresql+psycopg://me:s3cret@127.0.0.1:1/db")
    assert "s3cret" not in str(caught.value)


def test_concurrent_writers_wait_instead_of_failing(db_url):
    """Read-then-write from two connections: BEGIN IMMEDIATE makes the second wait."""
    open_database(db_url).dispose()
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            with open_database(db_url) as db:
                for n in range(40):
                    with db.session(write=True) as session:
                        count = len(list_items(session))
                        add_item(session, "note", f"{tag} {n} after {count}")
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=writer, args=(tag,)) for tag in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_database(db_url) as db, db.session() as session:
        assert len(list_items(session)) == 80

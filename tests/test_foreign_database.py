"""A database of another program (tables, no Sessionmate revision) is never written to."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from storage import DatabaseUnavailableError, open_database

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher


def test_another_programs_database_is_refused_on_every_backend(db_url):
    other = create_engine(db_url)
    with other.begin() as connection:
        connection.execute(text("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"))
        connection.execute(text("INSERT INTO recipes (id, name) VALUES (1, 'bread')"))
    with pytest.raises(DatabaseUnavailableError, match="not a Sessionmate database") as caught:
        open_database(db_url)
    assert "recipes" in str(caught.value) and "nothing was written" in str(caught.value)
    with other.connect() as connection:
        assert inspect(connection).get_table_names() == ["recipes"]
        assert connection.execute(text("SELECT name FROM recipes")).scalars().all() == ["bread"]
    other.dispose()

"""The item "scratch that" removes: the newest, or only one filed during this conversation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage.items import add_item, newest_item

pytestmark = pytest.mark.every_backend  # storage: SQLite, PostgreSQL, SQLCipher

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_newest_item_since_a_moment_ignores_what_was_filed_before_it(database):
    with database.session(write=True) as s:
        add_item(s, "note", "from last week", created_at=T0)
        add_item(s, "question", "from today", created_at=T0 + timedelta(days=7))
    with database.session() as s:
        assert newest_item(s).text == "from today"
        assert newest_item(s, since=T0 + timedelta(days=7)).text == "from today"
        assert newest_item(s, since=T0 + timedelta(days=7, seconds=1)) is None

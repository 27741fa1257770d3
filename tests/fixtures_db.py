"""Fixtures: a real database file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import Database, open_database


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sessionmate.db'}"


@pytest.fixture
def database(db_url: str) -> Database:
    db = open_database(db_url)
    yield db
    db.dispose()

"""Fixtures: an empty data directory that the CLI run in-process will use."""

from __future__ import annotations

import pytest


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(folder))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    return folder

"""Fixtures: an empty data directory, the only one the program under test will see."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh data directory in SESSIONMATE_HOME, Berlin time, and no other SESSIONMATE_* value.

    A variable left over from the developer's shell (a database URL, a model, a passphrase)
    would otherwise reach the program under test, in-process or in a subprocess.
    """
    for name in [name for name in os.environ if name.startswith("SESSIONMATE_")]:
        monkeypatch.delenv(name)
    folder = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(folder))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    return folder

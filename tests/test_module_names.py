"""A module's name says what it does: no application module is named like a CLI command."""

from __future__ import annotations

from pathlib import Path

ASSISTANT = Path(__file__).resolve().parents[1] / "assistant"


def test_no_application_module_shares_its_name_with_a_command_module():
    commands = {p.name for p in (ASSISTANT / "commands").glob("*.py")} - {"__init__.py"}
    application = {p.name for p in ASSISTANT.glob("*.py")}
    assert len(commands) > 15, "the command modules were found"
    assert commands & application == set()

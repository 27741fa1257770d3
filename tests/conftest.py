"""Shared test set-up.

Fixtures live in one module per concern, registered here as plugins so that each
can be owned and read on its own.
"""

from __future__ import annotations

import pytest
from requirements_check import IN_CI

pytest_plugins = [
    "fixtures_db",
    "fixtures_home",
    "fixtures_keyring",
    "fixtures_soundcard",
    "fixtures_speech",
    "fixtures_web",
]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a skipped test is a failure: nothing may silently not run there."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which counts as a failure: {report.longrepr}"

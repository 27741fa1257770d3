"""What a test needs from the machine: outside CI a missing piece skips, in CI it fails."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(reason: str) -> None:
    """Stop this test for a missing requirement: a failure in CI, a skip elsewhere."""
    if IN_CI:
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)

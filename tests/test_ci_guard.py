"""The CI guard itself: a skip must not pass unnoticed when CI=true."""

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent


def _copy_the_guard(folder: Path) -> None:
    """conftest.py and what it needs; its fixture plugins as empty modules."""
    for name in ("conftest.py", "requirements_check.py"):
        (folder / name).write_text((TESTS / name).read_text())
    for plugin in TESTS.glob("fixtures_*.py"):
        (folder / plugin.name).write_text("")


def test_a_skip_fails_the_run_in_ci(tmp_path):
    _copy_the_guard(tmp_path)
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\ndef test_skipped():\n    pytest.skip('no sound card')\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        env={"CI": "true", "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert run.returncode == 1, run.stdout
    assert "1 failed" in run.stdout


def test_a_missing_requirement_fails_in_ci_and_skips_elsewhere(tmp_path):
    _copy_the_guard(tmp_path)
    (tmp_path / "test_needs.py").write_text(
        "from requirements_check import require\n\n"
        "def test_needs_a_sound_card():\n    require('no sound card')\n"
    )

    def run(ci: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
            capture_output=True,
            text=True,
            env={"CI": ci, "PATH": "/usr/bin:/bin"},
            cwd=tmp_path,
        ).stdout

    assert "1 failed" in run("true") and "required in CI: no sound card" in run("true")
    assert "1 skipped" in run("")

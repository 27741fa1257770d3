"""The CI guard itself: a skip must not pass unnoticed when CI=true."""

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent


def test_a_skip_fails_the_run_in_ci(tmp_path):
    for name in ("conftest.py", "requirements_check.py"):
        (tmp_path / name).write_text((TESTS / name).read_text())
    for name in ("fixtures_db", "fixtures_home", "fixtures_soundcard", "fixtures_speech",
                 "fixtures_web"):
        (tmp_path / f"{name}.py").write_text("")
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\ndef test_skipped():\n    pytest.skip('no sound card')\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True, text=True, env={"CI": "true", "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert run.returncode == 1, run.stdout
    assert "1 failed" in run.stdout


def test_a_missing_requirement_fails_in_ci_and_skips_elsewhere(tmp_path):
    for name in ("conftest.py", "requirements_check.py"):
        (tmp_path / name).write_text((TESTS / name).read_text())
    for name in ("fixtures_db", "fixtures_home", "fixtures_soundcard", "fixtures_speech",
                 "fixtures_web"):
        (tmp_path / f"{name}.py").write_text("")
    (tmp_path / "test_needs.py").write_text(
        "from requirements_check import require\n\n"
        "def test_needs_a_sound_card():\n    require('no sound card')\n"
    )

    def run(ci: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
            capture_output=True, text=True, env={"CI": ci, "PATH": "/usr/bin:/bin"},
            cwd=tmp_path,
        ).stdout

    assert "1 failed" in run("true") and "required in CI: no sound card" in run("true")
    assert "1 skipped" in run("")

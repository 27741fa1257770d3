"""The CI guard itself: a skip must not pass unnoticed when CI=true."""

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent


def test_a_skip_fails_the_run_in_ci(tmp_path):
    (tmp_path / "conftest.py").write_text((TESTS / "conftest.py").read_text())
    for name in ("fixtures_db", "fixtures_soundcard", "fixtures_speech"):
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

"""Running the real `sessionmate` program, in-process or as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_in_process(capsys, *args: str) -> Run:
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def run_program(home: Path, *args: str, tz: str = "Europe/Berlin", **env: str) -> Run:
    environment = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": tz, **env}
    done = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    return Run(done.returncode, done.stdout, done.stderr)

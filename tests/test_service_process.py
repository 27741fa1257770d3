"""The real `sessionmate serve`: one per database, clean stops, live changes."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_helpers import run_program

from assistant.service_lock import ServiceAlreadyRunningError, acquire

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher

STARTUP_SECONDS = 60.0


def test_one_lock_per_database_on_every_backend(database, tmp_path):
    lock = acquire(database, tmp_path)
    with pytest.raises(ServiceAlreadyRunningError) as refused:
        acquire(database, tmp_path)
    message = str(refused.value)
    assert "already running" in message and "\n" not in message
    if database.file is not None:
        assert f"pid {os.getpid()}" in message
    lock.release()
    acquire(database, tmp_path).release()  # free again once released


class Serve:
    """`sessionmate serve` in a subprocess, its stdout read line by line."""

    def __init__(self, home: Path, *args: str) -> None:
        env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "Europe/Berlin"}
        env.pop("SESSIONMATE_DB_URL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str | None:
        try:
            return self.lines.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            return None

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, list[str], str]:
        self.process.send_signal(sig)
        code = self.process.wait(timeout=STARTUP_SECONDS)
        rest = []
        while (line := self.next_line()) is not None:
            rest.append(line)
        return code, rest, self.process.stderr.read()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def serving(home):
    started: list[Serve] = []

    def start(*args: str) -> Serve:
        serve = Serve(home, *args)
        started.append(serve)
        return serve

    yield start
    for serve in started:
        serve.kill()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_second_serve_refuses_and_the_first_stops_cleanly(home, serving, sig):
    first = serving()
    ready = first.next_line()
    assert ready is not None and ready.startswith("Serving with 0 scheduled jobs"), ready

    second = run_program(home, "serve")
    assert second.code == 2 and second.out == ""
    assert second.err.count("\n") == 1
    assert "already running" in second.err and f"pid {first.process.pid}" in second.err

    code, rest, err = first.stop(sig)
    assert (code, rest) == (0, ["Stopped."])
    assert "Traceback" not in err
    log = home / "sessionmate.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "started with 0 jobs" in log.read_text() and "stopped;" in log.read_text()

    again = serving()  # the lock went with the first process
    assert again.next_line().startswith("Serving with")
    assert again.stop()[0] == 0


def stored_jobs(home: Path) -> set[str]:
    with sqlite3.connect(home / "sessionmate.db") as db:
        return {row[0] for row in db.execute("SELECT id FROM apscheduler_jobs")}


def test_removing_an_appointment_while_serving_removes_its_jobs(home, serving):
    for args in (
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        ("appointments", "add", "2030-01-11T10:00"),
    ):
        assert run_program(home, *args).code == 0
    serve = serving("--poll-seconds", "0.2")
    assert serve.next_line().startswith("Serving with 4 scheduled jobs")
    assert stored_jobs(home) == {
        "agenda_readout:1",
        "post_session:1",
        "agenda_readout:2",
        "post_session:2",
    }

    assert run_program(home, "appointments", "remove", "1").code == 0
    deadline = time.monotonic() + STARTUP_SECONDS
    while stored_jobs(home) != {"agenda_readout:2", "post_session:2"}:
        log = home / "sessionmate.log"
        assert serve.process.poll() is None and time.monotonic() < deadline, (
            stored_jobs(home),
            log.read_text()[-3000:] if log.exists() else "no log",
        )
        time.sleep(0.05)
    assert serve.stop()[0] == 0


def test_an_appointment_removed_behind_the_services_back_loses_its_jobs_at_the_next_resync(
    home, serving
):
    """Another program deletes the row directly, so no change counter moves."""
    assert run_program(home, "appointments", "add", "2030-01-10T15:00", "--weekly").code == 0
    serve = serving("--poll-seconds", "0.1")  # a rebuild every 60 polls: every 6 s
    assert serve.next_line().startswith("Serving with 2 scheduled jobs")
    with sqlite3.connect(home / "sessionmate.db") as db:
        db.execute("DELETE FROM appointments")
    deadline = time.monotonic() + STARTUP_SECONDS
    while stored_jobs(home):
        assert serve.process.poll() is None and time.monotonic() < deadline, stored_jobs(home)
        time.sleep(0.1)
    assert serve.stop()[0] == 0

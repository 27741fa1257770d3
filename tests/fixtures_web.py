"""Fixtures: the real `sessionmate web` in a subprocess, and Debian's Chromium driven by Playwright.

The browser may talk to the page's own origin only: every other request is refused by
its host resolver and aborted by a route, and written down, so a test can assert none.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from requirements_check import require

from storage import Database, open_database

# What `serve --web` prints, without a terminal, in place of the secret address.
ADDRESS_IN_FILE = "Companion page: see "

STARTUP_SECONDS = 60.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Nothing but loopback resolves: a request elsewhere fails in the browser itself.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


class WebProcess:
    """`sessionmate web --no-browser` (or `serve --web`); its first line is the address."""

    def __init__(self, home: Path, *args: str, command: str = "web", **env: str) -> None:
        environment = {
            **os.environ,
            "SESSIONMATE_HOME": str(home),
            "SESSIONMATE_TZ": "Europe/Berlin",
            **env,
        }
        environment.pop("SESSIONMATE_DB_URL", None)
        extra = ["--no-browser"] if command == "web" else ["--web"]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", command, *extra, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=environment,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        first = self.next_line()
        if first is not None and first.startswith(ADDRESS_IN_FILE):
            # `serve --web` with no terminal keeps the secret address out of its output.
            address_file = Path(first.removeprefix(ADDRESS_IN_FILE))
            assert stat.S_IMODE(address_file.stat().st_mode) == 0o600
            first = address_file.read_text(encoding="utf-8").strip()
        if first is None or "?token=" not in first:
            self.kill()
            raise AssertionError(f"no address printed: {first!r}; {self.process.stderr.read()}")
        self.url = first
        parts = urlsplit(first)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.port = parts.port
        self.token = first.split("?token=", 1)[1]

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self) -> str | None:
        try:
            return self.lines.get(timeout=STARTUP_SECONDS)
        except queue.Empty:
            return None

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=STARTUP_SECONDS)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def web_home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("SESSIONMATE_HOME", str(folder))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    return folder


@pytest.fixture
def web_db(web_home) -> Iterator[Database]:
    """The database the page serves, open in the test to seed it and to check changes."""
    db = open_database(f"sqlite:///{web_home / 'sessionmate.db'}")
    yield db
    db.dispose()


@pytest.fixture
def start_web(web_home) -> Iterator:
    started: list[WebProcess] = []

    def start(*args: str, **kwargs) -> WebProcess:
        server = WebProcess(web_home, *args, **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.kill()


@pytest.fixture
def web_server(start_web, web_db) -> WebProcess:
    return start_web()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        require("Debian's chromium is not installed (scripts/setup.sh --test installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Browsing:
    """A page logged in to the companion page, with every request it made."""

    page: object
    origin: str
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.origin + "/")]


@pytest.fixture
def browsing(chromium, web_server) -> Iterator[Browsing]:
    context = chromium.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    seen = Browsing(page, web_server.origin)
    page.on("request", lambda request: seen.requests.append(request.url))

    def only_own_origin(route) -> None:
        url = route.request.url
        if url.startswith(web_server.origin + "/"):
            route.continue_()
        else:
            seen.refused.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", only_own_origin)
    page.goto(web_server.url)  # trades the token for its cookie
    yield seen
    context.close()

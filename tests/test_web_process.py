"""`sessionmate web` on an encrypted database, and `serve --web` beside the service."""

from __future__ import annotations

import http.client
from pathlib import Path

from cli_helpers import run_program
from web_seed import seed

from storage import open_database
from storage.encryption import encrypted_url
from storage.items import add_item


def _get(server, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request(
        "GET",
        path,
        headers={"Host": f"127.0.0.1:{server.port}", "Cookie": f"sessionmate_token={server.token}"},
    )
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


PASSPHRASE = "quiet lantern moss for the page"


def test_the_page_works_on_an_encrypted_database(web_home, start_web):
    done = run_program(web_home, "init", "--encrypt", SESSIONMATE_PASSPHRASE=PASSPHRASE)
    assert done.code == 0, done.err
    database = open_database(encrypted_url(web_home / "sessionmate.db", PASSPHRASE))
    with database.session(write=True) as session:
        add_item(session, "question", "what keeps me awake at night")
    database.dispose()
    server = start_web(SESSIONMATE_PASSPHRASE=PASSPHRASE)
    status, body = _get(server, "/")
    assert status == 200 and "what keeps me awake at night" in body
    assert server.stop() == 0


def test_without_the_passphrase_the_page_does_not_start(web_home):
    done = run_program(web_home, "init", "--encrypt", SESSIONMATE_PASSPHRASE="quiet lantern moss")
    assert done.code == 0
    run = run_program(web_home, "web", "--no-browser", SESSIONMATE_PASSPHRASE="")
    assert run.code == 2 and run.out == ""
    assert run.err.startswith("sessionmate: error: the database is encrypted")


def test_serve_web_serves_the_page_beside_the_service(web_home, start_web):
    server = start_web(command="serve")
    status, body = _get(server, "/items")
    assert status == 200 and "<h1>Items</h1>" in body
    serving = server.next_line()
    assert serving is not None and serving.startswith("Serving with ")
    assert server.stop() == 0


NETGUARD = Path(__file__).parent / "netguard"


def test_the_page_and_the_pdf_open_no_connection(web_home, web_db, start_web, tmp_path):
    """Served and drawn with every outgoing connection refused and written down."""
    log = tmp_path / "connections.log"
    log.touch()
    guard = {"PYTHONPATH": str(NETGUARD), "NETGUARD_LOG": str(log)}
    seed(web_db)
    server = start_web(**guard)
    for path in (
        "/",
        "/homework",
        "/homework/chart.svg",
        "/items",
        "/review",
        "/appointments",
        "/reflect",
        "/safety",
        "/agenda.pdf",
    ):
        assert _get(server, path)[0] == 200, path
    assert server.stop() == 0
    run = run_program(web_home, "agenda", "--pdf", str(tmp_path / "agenda.pdf"), **guard)
    assert run.code == 0, run.err
    assert log.read_text() == ""

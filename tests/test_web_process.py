"""`sessionmate web` on an encrypted database, and `serve --web` beside the service."""

from __future__ import annotations

import http.client

from cli_helpers import run_program

from storage import open_database
from storage.encryption import encrypted_url
from storage.items import add_item


def _get(server, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request("GET", path, headers={
        "Host": f"127.0.0.1:{server.port}", "Cookie": f"sessionmate_token={server.token}"})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    return response.status, body


def test_the_page_works_on_an_encrypted_database(web_home, start_web):
    done = run_program(web_home, "init", "--encrypt", SESSIONMATE_PASSPHRASE="pw for the page")
    assert done.code == 0, done.err
    database = open_database(encrypted_url(web_home / "sessionmate.db", "pw for the page"))
    with database.session(write=True) as session:
        add_item(session, "question", "what keeps me awake at night")
    database.dispose()
    server = start_web(SESSIONMATE_PASSPHRASE="pw for the page")
    status, body = _get(server, "/")
    assert status == 200 and "what keeps me awake at night" in body
    assert server.stop() == 0


def test_without_the_passphrase_the_page_does_not_start(web_home):
    done = run_program(web_home, "init", "--encrypt", SESSIONMATE_PASSPHRASE="pw")
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

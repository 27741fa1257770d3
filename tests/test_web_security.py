"""Who may use the companion page: this machine's browser with the secret, nothing else."""

from __future__ import annotations

import http.client
import sys
from urllib.parse import urlsplit

import pytest
from cli_helpers import run_in_process, run_program

from storage.items import add_item


def _request(
    server,
    path: str,
    *,
    host: str | None = None,
    cookie: str | None = None,
    method: str = "GET",
    body: str | None = None,
    headers: dict | None = None,
):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    sent = {"Host": f"127.0.0.1:{server.port}" if host is None else host, **(headers or {})}
    if cookie is not None:
        sent["Cookie"] = cookie
    if body is not None:
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    connection.close()
    return response, text


def _cookie(server) -> str:
    return f"sessionmate_token={server.token}"


def test_the_first_line_is_the_address_with_its_token(web_server):
    parts = urlsplit(web_server.url)
    assert parts.hostname == "127.0.0.1" and parts.port and parts.path == "/"
    assert len(web_server.token) >= 32


@pytest.mark.parametrize("path", ["/", "/items", "/static/style.css", "/agenda.pdf", "/safety"])
def test_without_the_token_every_request_is_refused(web_server, path):
    response, text = _request(web_server, path)
    assert response.status == 403
    assert "Open the address" in text


def test_a_wrong_token_is_refused_in_the_address_and_in_the_cookie(web_server):
    wrong = ("A" if web_server.token[0] != "A" else "B") + web_server.token[1:]
    assert _request(web_server, f"/?token={wrong}")[0].status == 403
    assert _request(web_server, "/", cookie=f"sessionmate_token={wrong}")[0].status == 403


def test_the_token_becomes_a_strict_cookie_and_leaves_the_address(web_server):
    response, _ = _request(web_server, f"/items?kind=note&token={web_server.token}")
    assert response.status == 303
    assert response.getheader("Location") == "/items?kind=note"
    cookie = response.getheader("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    page, text = _request(web_server, "/items?kind=note", cookie=_cookie(web_server))
    assert page.status == 200 and "<h1>Items</h1>" in text


@pytest.mark.parametrize(
    "host", ["evil.example:80", "attacker.test", "192.168.1.5", "127.0.0.1.nip.io", ""]
)
def test_a_foreign_host_header_is_refused_even_with_the_token(web_server, host):
    response, _ = _request(web_server, "/", host=host, cookie=_cookie(web_server))
    assert response.status == 403


def test_localhost_names_are_accepted(web_server):
    for host in (f"localhost:{web_server.port}", f"127.0.0.1:{web_server.port}"):
        assert _request(web_server, "/", host=host, cookie=_cookie(web_server))[0].status == 200


def test_a_post_without_the_csrf_token_is_refused_and_writes_nothing(web_server, web_db):
    body = "text=my+boss+said+so"
    response, _ = _request(
        web_server,
        "/reflect",
        method="POST",
        body=body,
        cookie=_cookie(web_server),
        headers={"Origin": "http://evil.example"},
    )
    assert response.status == 403
    wrong, _ = _request(
        web_server, "/reflect", method="POST", body=body + "&csrf=abc", cookie=_cookie(web_server)
    )
    assert wrong.status == 403
    with web_db.session() as session:
        from storage.items import list_items

        assert list_items(session) == []


def test_every_page_forbids_loading_from_elsewhere(web_server):
    response, _ = _request(web_server, "/", cookie=_cookie(web_server))
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy
    for directive in (
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy
    assert response.getheader("Referrer-Policy") == "no-referrer"


def test_the_pages_escape_what_the_person_wrote(web_server, web_db):
    with web_db.session(write=True) as session:
        add_item(session, "question", "<script>alert(1)</script> why?")
    _, text = _request(web_server, "/", cookie=_cookie(web_server))
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "localhost.evil"])
def test_any_other_host_is_refused_in_one_line(home, capsys, host):
    run = run_in_process(capsys, "web", "--no-browser", "--host", host)
    assert run.code == 2
    assert run.err.count("\n") == 1 and "this machine only" in run.err
    assert run.out == ""


def test_a_port_in_use_is_one_line(web_server, home):
    run = run_program(home, "web", "--no-browser", "--port", str(web_server.port))
    assert run.code == 2
    assert run.err.startswith("sessionmate: error: cannot listen on 127.0.0.1:")
    assert run.err.count("\n") == 1 and "Traceback" not in run.err


def test_agenda_and_the_cli_import_no_web_library(home):
    import os
    import subprocess

    probe = (
        "import sys\n"
        "from assistant.cli import main\n"
        "code = main(['agenda'])\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "web = sorted(loaded & {'starlette', 'uvicorn', 'jinja2', 'pygal', 'weasyprint',"
        " 'multipart', 'python_multipart', 'anyio'})\n"
        "print('WEB', web, 'assistant.web' in sys.modules, code)\n"
    )
    env = {**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "UTC"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "WEB [] False 0" in done.stdout


def test_an_oversized_form_is_refused_and_writes_nothing(web_server, web_db):
    from assistant.web.security import MAX_FORM_BYTES, csrf_token

    body = f"csrf={csrf_token(web_server.token)}&text=" + "a" * (MAX_FORM_BYTES + 1)
    response, text = _request(
        web_server, "/reflect", method="POST", body=body, cookie=_cookie(web_server)
    )
    assert response.status == 403 and "too large" in text
    from storage.items import list_items

    with web_db.session() as session:
        assert list_items(session) == []


def test_a_post_with_the_csrf_token_is_accepted(web_server, web_db):
    from assistant.web.security import csrf_token

    body = f"csrf={csrf_token(web_server.token)}&text=why+do+Sundays+feel+heavy&kind=question"
    response, _ = _request(
        web_server, "/reflect", method="POST", body=body, cookie=_cookie(web_server)
    )
    assert response.status == 303
    from storage.items import list_items

    with web_db.session() as session:
        assert [(i.kind, i.text) for i in list_items(session)] == [
            ("question", "why do Sundays feel heavy")
        ]

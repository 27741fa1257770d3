"""`sessionmate web`: the companion page, on this machine only."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from assistant.web.server import WebServer

pass_app = click.make_pass_decorator(App)
ONLY_HOST = "127.0.0.1"


def check_host(host: str) -> None:
    """Therapy notes are never served to the network: only loopback is accepted."""
    if host.strip() != ONLY_HOST:
        raise InvalidInputError(
            f"--host {host}: the companion page is served on this machine only; use {ONLY_HOST}"
        )


def start_web(app: App, port: int) -> WebServer:
    """The server, bound and ready, for `web` and `serve --web` (the database opened first)."""
    from assistant.web.context import WebContext
    from assistant.web.security import new_token
    from assistant.web.server import WebServer, bind_loopback

    database = app.database  # asks for the passphrase first, like every command
    context = WebContext(database, app.settings, app.now, new_token())
    return WebServer(context, bind_loopback(port))


def open_browser(url: str) -> None:
    import webbrowser

    if not webbrowser.open(url):
        click.echo("Could not open a browser: open the address above.", err=True)


@click.command()
@click.option(
    "--host",
    default=ONLY_HOST,
    show_default=True,
    help="Only 127.0.0.1 is accepted: the page is for this machine.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="The port to listen on (default: a free one).",
)
@click.option("--no-browser", is_flag=True, help="Do not open the browser.")
@pass_app
def web(app: App, host: str, port: int, no_browser: bool) -> None:
    """The companion page: agenda, homework, items and more, in your browser."""
    check_host(host)
    server = start_web(app, port)
    click.echo(server.url)
    click.echo("Keep this address to yourself; Ctrl-C stops the page.", err=True)
    import signal
    import threading

    stop = threading.Event()
    # The server runs in its own thread; here Ctrl-C and SIGTERM stop it cleanly (exit 0).
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        server.start_in_thread()
        if not no_browser:
            open_browser(server.url)
        while not stop.wait(0.5):
            if not server.running:
                break
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    click.echo("Stopped.", err=True)

"""Serving the companion page with uvicorn on a loopback socket we bind ourselves.

Binding first gives the port before the address is printed (a free one by default),
and makes sure nothing but 127.0.0.1 is ever listened on.
"""

from __future__ import annotations

import socket
import threading

import uvicorn

from assistant.errors import InvalidInputError
from assistant.web.application import build_app
from assistant.web.context import WebContext

LOOPBACK = "127.0.0.1"


def bind_loopback(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((LOOPBACK, port))
    except OSError as err:
        sock.close()
        raise InvalidInputError(
            f"cannot listen on {LOOPBACK}:{port} ({err.strerror}): choose another --port, "
            "or leave it out for a free one"
        ) from err
    sock.listen(64)
    return sock


class WebServer:
    def __init__(self, context: WebContext, sock: socket.socket) -> None:
        self.sock = sock
        self.port = sock.getsockname()[1]
        self.url = f"http://{LOOPBACK}:{self.port}/?token={context.token}"
        config = uvicorn.Config(
            build_app(context),
            lifespan="off",
            log_level="warning",
            access_log=False,  # the address holds the secret; the pages hold therapy notes
            server_header=False,
        )
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Serve until stopped (in the main thread: until Ctrl-C or SIGTERM)."""
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self.sock.close()

    def start_in_thread(self) -> None:
        """Beside the service: its own thread; the service keeps the signals."""
        self._thread = threading.Thread(target=self.run, name="sessionmate-web", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
